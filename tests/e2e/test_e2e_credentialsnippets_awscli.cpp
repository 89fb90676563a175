// The Copy-as snippets fed to the real Debian AWS CLI: a key created through KeyWarden's own
// client in the Wasabi IAM and CoreWeave sandboxes, copied as export lines, .env lines and an
// AWS profile, lists the buckets with `aws s3 ls` and nothing else telling aws where to go. The
// secret reaches aws through a private file only, never argv or a log.

#include "AwsCli.h"
#include "console/CredentialSnippets.h"
#include "providers/CoreWeaveProvider.h"
#include "providers/WasabiIamProvider.h"
#include "sandbox/coreweave/CoreWeaveSandbox.h"
#include "sandbox/wasabiiam/WasabiIamSandbox.h"
#include "support/ProviderTestSupport.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;
using kw::CredentialSnippets;
using kw::CredentialSnippetSource;
using kw::sandbox::CoreWeaveSandbox;
using kw::sandbox::WasabiIamSandbox;

namespace {

using kw::test::AwsRun;
using kw::test::awsTimeoutMs;
const QString awsPath = kw::test::awsPath();

// The names `aws s3 ls` printed, one bucket a line: "<date> <time> <name>".
QStringList bucketsIn(const QByteArray& out)
{
    QStringList names;
    for (const QByteArray& line : out.split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() == 3)
            names.append(QString::fromUtf8(parts[2]));
    }
    return names;
}

} // namespace

class TestCredentialSnippetsAwsCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QNetworkAccessManager m_network;

    // Writes text to a file only this user can read.
    bool writePrivate(const QString& path, QByteArrayView text)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return file.write(text.data(), text.size()) == text.size();
    }

    // Runs `aws s3 ls` the way the snippet is meant to be used, with an environment cleared of
    // every AWS_ variable: the snippet alone says which key, where, and in which region.
    // Debian 12's awscli (2.9) reads no endpoint from the environment or a profile (2.13 does),
    // so the endpoint the snippet names is passed with --endpoint-url, as its comment says.
    // The snippet's file name is in argv, its content is not.
    AwsRun s3lsWith(const QString& id, const kw::Secret& snippet, const QString& profile)
    {
        const QString endpoint = endpointIn(snippet.view());
        if (endpoint.isEmpty()) {
            qWarning("the snippet names no endpoint");
            return {};
        }
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString& name : environment.keys()) {
            if (name.startsWith(u"AWS_"_s))
                environment.remove(name);
        }
        const QString config = m_home.filePath(u"config"_s);
        const QString credentials = m_home.filePath(u"credentials"_s);
        const QString snippetFile = m_home.filePath(u"snippet"_s);
        QFile::remove(credentials);
        if (!writePrivate(config, "") || !writePrivate(snippetFile, snippet.view()))
            return {};
        environment.insert(u"HOME"_s, m_home.path());
        environment.insert(u"AWS_CONFIG_FILE"_s, config);
        environment.insert(u"AWS_SHARED_CREDENTIALS_FILE"_s, credentials);
        environment.insert(u"AWS_PAGER"_s, QString());
        environment.insert(u"AWS_EC2_METADATA_DISABLED"_s, u"true"_s);
        environment.insert(u"AWS_MAX_ATTEMPTS"_s, u"1"_s);

        QProcess process;
        process.setProcessEnvironment(environment);
        if (id == u"aws-profile") {
            if (!writePrivate(credentials, snippet.view()))
                return {};
            environment.insert(u"AWS_PROFILE"_s, profile);
            process.setProcessEnvironment(environment);
            process.setProgram(awsPath);
            process.setArguments(
                {u"--endpoint-url"_s, endpoint, u"--no-cli-pager"_s, u"s3"_s, u"ls"_s});
        } else {
            // export lines are sourced as they are; .env lines the way a shell loads them.
            const QString load = id == u"dotenv" ? u"set -a; . \"$1\"; set +a"_s : u". \"$1\""_s;
            process.setProgram(u"/bin/sh"_s);
            process.setArguments(
                {u"-c"_s,
                 load +
                     u" && exec \"$2\" --endpoint-url \"$AWS_ENDPOINT_URL_S3\" --no-cli-pager s3 ls"_s,
                 u"sh"_s, snippetFile, awsPath});
        }
        QEventLoop loop;
        connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
        QTimer guard;
        guard.setSingleShot(true);
        connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
        guard.start(awsTimeoutMs);
        process.start();
        loop.exec(); // the sandbox answers on this thread meanwhile

        AwsRun run;
        run.finished =
            process.state() == QProcess::NotRunning && process.exitStatus() == QProcess::NormalExit;
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
        run.exitCode = process.exitCode();
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        QFile::remove(snippetFile);
        QFile::remove(credentials);
        return run;
    }

    // Creates a key with KeyWarden's client, builds snippet id for it and runs aws with it.
    void checkSnippet(kw::KeyProvider& provider, const kw::Account& account,
                      const kw::KeySpec& spec, const QString& id, const QStringList& buckets)
    {
        auto reply = kw::testsupport::waitForReply(provider.createKey(spec));
        QVERIFY(reply->isFinished());
        QVERIFY2(reply->ok() && reply->hasCreated(), qPrintable(reply->error().message));
        kw::CreatedKey created = reply->takeCreated();
        CredentialSnippetSource source;
        source.capabilities = provider.capabilities();
        source.account = account;
        source.accessKeyId = created.accessKeyId.isEmpty() ? created.key.id : created.accessKeyId;
        const CredentialSnippets snippets(source);
        const kw::Secret text = snippets.text(id, created.secret);
        QVERIFY2(!text.isEmpty(), qPrintable(id));

        const AwsRun run = s3lsWith(id, text, kw::defaultAwsProfileName(source.accessKeyId));
        QVERIFY(run.finished);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(bucketsIn(run.out), buckets);
        QVERIFY(!run.err.contains(created.secret.view().toByteArray()));
    }

    // The endpoint a snippet names (AWS_ENDPOINT_URL_S3=… or endpoint_url = …): public.
    static QString endpointIn(QByteArrayView snippet)
    {
        for (const QByteArray& line : snippet.toByteArray().split('\n')) {
            for (const QByteArray& prefix : {"export AWS_ENDPOINT_URL_S3="_ba,
                                             "AWS_ENDPOINT_URL_S3="_ba, "endpoint_url = "_ba}) {
                if (line.startsWith(prefix))
                    return QString::fromUtf8(line.mid(prefix.size()));
            }
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        if (!QFileInfo(awsPath).isExecutable())
            QFAIL("/usr/bin/aws is missing: install the Debian package with "
                  "`apt-get install awscli` (installer/install-deps.sh lists it)");
        QVERIFY(m_home.isValid());
    }

    void snippetsWork_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("export lines") << u"shell"_s;
        QTest::newRow(".env lines") << u"dotenv"_s;
        QTest::newRow("AWS profile") << u"aws-profile"_s;
    }

    void wasabiIamKeyListsTheBuckets_data() { snippetsWork_data(); }
    void wasabiIamKeyListsTheBuckets()
    {
        QFETCH(QString, id);
        WasabiIamSandbox sandbox;
        sandbox.seedSamples();
        QVERIFY(sandbox.listen());
        kw::Account account;
        account.id = u"acc-wasabi"_s;
        account.provider = u"wasabi-iam"_s;
        account.endpoint = sandbox.url();
        account.s3Endpoint = sandbox.url(); // region: the provider's default, us-east-1
        kw::WasabiIamProvider provider(
            account,
            kw::Secret::fromString(
                QString(sandbox.adminAccessKeyId() + u':' + sandbox.adminSecret())),
            &m_network);
        kw::KeySpec spec;
        spec.bearerId = u"backup-agent"_s;
        checkSnippet(provider, account, spec, id, sandbox.bucketNames());
    }

    void coreWeaveKeyListsTheBuckets_data() { snippetsWork_data(); }
    void coreWeaveKeyListsTheBuckets()
    {
        QFETCH(QString, id);
        CoreWeaveSandbox sandbox;
        sandbox.seedSamples(5);
        QVERIFY(sandbox.listen());
        kw::Account account;
        account.id = u"acc-coreweave"_s;
        account.provider = u"coreweave"_s;
        account.endpoint = sandbox.url();
        account.s3Endpoint = sandbox.url();
        account.region = CoreWeaveSandbox::s3Regions().constFirst();
        kw::CoreWeaveProvider provider(account, kw::Secret::fromString(sandbox.adminToken()),
                                       &m_network);
        kw::KeySpec spec;
        spec.durationSeconds = 0;
        checkSnippet(provider, account, spec, id, sandbox.bucketNames());
    }
};

QTEST_GUILESS_MAIN(TestCredentialSnippetsAwsCli)
#include "test_e2e_credentialsnippets_awscli.moc"

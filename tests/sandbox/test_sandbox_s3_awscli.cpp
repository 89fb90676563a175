// A real AWS client against the S3 ListBuckets of the CoreWeave and Scaleway emulators: the
// Debian awscli package signs with botocore's SigV4 and reads the answer with botocore's parser,
// so a pass here means the sandbox speaks S3's wire format for a freshly created key, not only
// our own reading of it.

#include "AwsCli.h"
#include "RawHttp.h"
#include "sandbox/coreweave/CoreWeaveSandbox.h"
#include "sandbox/scaleway/ScalewaySandbox.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using kw::sandbox::CoreWeaveSandbox;
using kw::sandbox::ScalewaySandbox;
using kw::sandbox::test::RawHttp;
using kw::sandbox::test::RawReply;

namespace {

using kw::test::AwsRun;
using kw::test::awsTimeoutMs;
const QString awsPath = kw::test::awsPath();

struct Credentials
{
    QString accessKeyId;
    QString secret;
};

} // namespace

class TestS3AwsCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    // Runs `aws s3 ls` with a private, empty configuration and the key in the environment (never
    // on the command line), while this thread's event loop keeps the sandbox answering.
    AwsRun s3ls(const QUrl& endpoint, const QString& region, const Credentials& credentials)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString& name : environment.keys()) {
            if (name.startsWith(u"AWS_"_s))
                environment.remove(name);
        }
        environment.insert(u"HOME"_s, m_home.path());
        environment.insert(u"AWS_CONFIG_FILE"_s, m_home.filePath(u"config"_s));
        environment.insert(u"AWS_SHARED_CREDENTIALS_FILE"_s, m_home.filePath(u"credentials"_s));
        environment.insert(u"AWS_ACCESS_KEY_ID"_s, credentials.accessKeyId);
        environment.insert(u"AWS_SECRET_ACCESS_KEY"_s, credentials.secret);
        environment.insert(u"AWS_DEFAULT_REGION"_s, region);
        environment.insert(u"AWS_PAGER"_s, QString());
        environment.insert(u"AWS_EC2_METADATA_DISABLED"_s, u"true"_s);
        environment.insert(u"AWS_MAX_ATTEMPTS"_s, u"1"_s);

        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProgram(awsPath);
        process.setArguments(
            {u"--endpoint-url"_s, endpoint.toString(), u"--no-cli-pager"_s, u"s3"_s, u"ls"_s});
        QEventLoop loop;
        connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
        QTimer guard;
        guard.setSingleShot(true);
        connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
        guard.start(awsTimeoutMs);
        process.start();
        loop.exec();

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
        return run;
    }

    // The names `aws s3 ls` printed, one bucket a line: "<date> <time> <name>".
    static QStringList bucketsIn(const QByteArray& out)
    {
        QStringList names;
        for (const QByteArray& line : out.split('\n')) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (parts.size() == 3)
                names.append(QString::fromUtf8(parts[2]));
        }
        return names;
    }

    static Credentials createCoreWeaveKey(CoreWeaveSandbox& sandbox)
    {
        RawHttp http(sandbox.url());
        const RawReply reply = http.post(u"/v1/cwobject/access-key"_s, sandbox.adminToken(),
                                         QJsonObject{{u"durationSeconds"_s, 0}});
        return {reply.object().value(u"accessKeyId"_s).toString(),
                reply.object().value(u"secretKey"_s).toString()};
    }

private slots:
    void initTestCase()
    {
        if (!QFileInfo(awsPath).isExecutable())
            QFAIL("/usr/bin/aws is missing: install the Debian package with "
                  "`apt-get install awscli` (installer/install-deps.sh lists it)");
        QVERIFY(m_home.isValid());
    }

    void aNewCoreWeaveKeyListsTheBuckets()
    {
        CoreWeaveSandbox sandbox;
        sandbox.seedSamples(5);
        QVERIFY(sandbox.listen());
        const Credentials key = createCoreWeaveKey(sandbox);
        QVERIFY(!key.accessKeyId.isEmpty() && !key.secret.isEmpty());

        const AwsRun run = s3ls(sandbox.url(), CoreWeaveSandbox::s3Regions().constFirst(), key);
        QVERIFY(run.finished);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(bucketsIn(run.out), sandbox.bucketNames());
    }

    void aCoreWeaveKeyWithTheWrongSecretOrRevokedIsRefused()
    {
        CoreWeaveSandbox sandbox;
        QVERIFY(sandbox.listen());
        const QString zone = CoreWeaveSandbox::s3Regions().constFirst();
        const Credentials key = createCoreWeaveKey(sandbox);

        const AwsRun wrong = s3ls(sandbox.url(), zone, {key.accessKeyId, u"WRONGEXAMPLESECRET"_s});
        QVERIFY(wrong.finished);
        QVERIFY(wrong.exitCode != 0);
        QVERIFY2(wrong.err.contains("SignatureDoesNotMatch"), wrong.err.constData());

        const AwsRun elsewhere = s3ls(sandbox.url(), u"us-east-1"_s, key);
        QVERIFY(elsewhere.exitCode != 0);
        QVERIFY2(elsewhere.err.contains("AuthorizationHeaderMalformed"), elsewhere.err.constData());

        RawHttp http(sandbox.url());
        QCOMPARE(http.post(u"/v1/cwobject/revoke-access-key/access-key"_s, sandbox.adminToken(),
                           QJsonObject{{u"accessKey"_s, key.accessKeyId}})
                     .status,
                 200);
        const AwsRun revoked = s3ls(sandbox.url(), zone, key);
        QVERIFY(revoked.exitCode != 0);
        QVERIFY2(revoked.err.contains("InvalidAccessKeyId"), revoked.err.constData());
    }

    void aNewScalewayKeyListsTheBuckets()
    {
        ScalewaySandbox sandbox;
        QVERIFY(sandbox.listen());
        RawHttp http(sandbox.url());
        const RawReply created =
            http.send("POST", u"/iam/v1alpha1/api-keys"_s,
                      {{"X-Auth-Token", sandbox.adminToken().toLatin1()}},
                      QJsonDocument(QJsonObject{{u"user_id"_s, sandbox.ownUserId()}})
                          .toJson(QJsonDocument::Compact));
        const Credentials key{created.object().value(u"access_key"_s).toString(),
                              created.object().value(u"secret_key"_s).toString()};
        QVERIFY(!key.accessKeyId.isEmpty() && !key.secret.isEmpty());

        const AwsRun run = s3ls(sandbox.url(), u"fr-par"_s, key);
        QVERIFY(run.finished);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(bucketsIn(run.out), sandbox.bucketNames());
    }
};

QTEST_GUILESS_MAIN(TestS3AwsCli)
#include "test_sandbox_s3_awscli.moc"

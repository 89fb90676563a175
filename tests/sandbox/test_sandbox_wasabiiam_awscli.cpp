// A real AWS client against the Wasabi IAM sandbox: the Debian awscli package signs with
// botocore's SigV4 and reads the answers with botocore's parsers, so a pass here means the
// sandbox speaks AWS's IAM and S3 wire formats, not only our own reading of them.

#include "sandbox/wasabiiam/WasabiIamSandbox.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;
using kw::sandbox::WasabiIamSandbox;

namespace {

// The Debian package, by path: an `aws` earlier on PATH may be another installation.
const QString awsPath = u"/usr/bin/aws"_s;
constexpr int awsTimeoutMs = 60000;

struct AwsRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

struct Credentials
{
    QString accessKeyId;
    QString secret;
};

} // namespace

class TestWasabiIamAwsCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WasabiIamSandbox> m_sandbox;
    QTemporaryDir m_home;

    Credentials admin() const { return {m_sandbox->adminAccessKeyId(), m_sandbox->adminSecret()}; }

    // Runs aws with a private, empty configuration and the given key in the environment (never
    // on the command line), while this thread's event loop keeps the sandbox answering.
    AwsRun aws(const QStringList& arguments, const Credentials& credentials)
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
        environment.insert(u"AWS_DEFAULT_REGION"_s, u"us-east-1"_s);
        environment.insert(u"AWS_PAGER"_s, QString());
        environment.insert(u"AWS_EC2_METADATA_DISABLED"_s, u"true"_s);
        environment.insert(u"AWS_MAX_ATTEMPTS"_s, u"1"_s);

        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProgram(awsPath);
        process.setArguments(QStringList{u"--endpoint-url"_s, m_sandbox->url().toString(),
                                         u"--output"_s, u"json"_s, u"--no-cli-pager"_s} +
                             arguments);
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

    AwsRun awsOk(const QStringList& arguments, const Credentials& credentials)
    {
        AwsRun run = aws(arguments, credentials);
        if (!run.finished || run.exitCode != 0)
            qWarning().noquote() << "aws" << arguments.join(u' ') << "exit" << run.exitCode
                                 << "stderr:" << QString::fromUtf8(run.err);
        return run;
    }

    // Creates a key for `user` through awscli and returns it.
    Credentials createKey(const QString& user)
    {
        const AwsRun run =
            awsOk({u"iam"_s, u"create-access-key"_s, u"--user-name"_s, user}, admin());
        const QJsonObject key = run.json().value(u"AccessKey"_s).toObject();
        return {key.value(u"AccessKeyId"_s).toString(), key.value(u"SecretAccessKey"_s).toString()};
    }

private slots:
    void initTestCase()
    {
        if (!QFileInfo(awsPath).isExecutable())
            QFAIL("/usr/bin/aws is missing: install the Debian package with "
                  "`apt-get install awscli` (installer/install-deps.sh lists it)");
        QVERIFY(m_home.isValid());
    }

    void init()
    {
        m_sandbox = std::make_unique<WasabiIamSandbox>();
        m_sandbox->seedSamples();
        QVERIFY(m_sandbox->listen());
    }

    void cleanup() { m_sandbox.reset(); }

    void createAccessKeyShowsTheSecretOnceAndTheKeyWorks()
    {
        const AwsRun run =
            awsOk({u"iam"_s, u"create-access-key"_s, u"--user-name"_s, u"backup-agent"_s}, admin());
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject key = run.json().value(u"AccessKey"_s).toObject();
        QCOMPARE(key.value(u"UserName"_s).toString(), u"backup-agent"_s);
        QCOMPARE(key.value(u"Status"_s).toString(), u"Active"_s);
        const QString id = key.value(u"AccessKeyId"_s).toString();
        QVERIFY2(QRegularExpression(u"\\AAKIA[A-Z0-9]{16}\\z"_s).match(id).hasMatch(),
                 qPrintable(id));
        QCOMPARE(key.value(u"SecretAccessKey"_s).toString().size(), 40);
        QVERIFY(
            QDateTime::fromString(key.value(u"CreateDate"_s).toString(), Qt::ISODate).isValid());

        const QList<WasabiIamSandbox::AccessKeyState> keys =
            m_sandbox->accessKeys(u"backup-agent"_s);
        QCOMPARE(keys.size(), 2);
        QCOMPARE(keys.last().accessKeyId, id);
        QVERIFY(keys.last().active);

        // The new pair signs for itself: botocore's signature with the secret we handed out.
        const Credentials created{id, key.value(u"SecretAccessKey"_s).toString()};
        const AwsRun listed = awsOk({u"s3"_s, u"ls"_s}, created);
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains("media-archive"));
        QVERIFY(m_sandbox->accessKeys(u"backup-agent"_s).last().lastUsedAt.isValid());

        // The secret is not shown again: listing gives metadata only.
        const AwsRun again =
            awsOk({u"iam"_s, u"list-access-keys"_s, u"--user-name"_s, u"backup-agent"_s}, admin());
        QVERIFY(!again.out.contains(created.secret.toUtf8()));
    }

    void thirdKeyIsRefusedWithLimitExceeded()
    {
        const int before = m_sandbox->accessKeys(u"media-pipeline"_s).size();
        QCOMPARE(before, 2);
        const AwsRun run =
            aws({u"iam"_s, u"create-access-key"_s, u"--user-name"_s, u"media-pipeline"_s}, admin());
        QVERIFY(run.finished);
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains("LimitExceeded"), run.err.constData());
        QVERIFY2(run.err.contains("AccessKeysPerUser"), run.err.constData());
        QCOMPARE(m_sandbox->accessKeys(u"media-pipeline"_s).size(), before);
    }

    void unknownUserIsNoSuchEntity()
    {
        const AwsRun run =
            aws({u"iam"_s, u"list-access-keys"_s, u"--user-name"_s, u"nobody"_s}, admin());
        QVERIFY(run.finished);
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains("NoSuchEntity"), run.err.constData());
    }

    void listAccessKeysMatchesTheSandbox_data()
    {
        QTest::addColumn<QString>("user"); // empty: the caller (root)
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("root, caller implied") << QString() << QStringList();
        QTest::newRow("sub-user at the limit") << u"media-pipeline"_s << QStringList();
        QTest::newRow("one key per page, Marker paging")
            << u"media-pipeline"_s << QStringList{u"--page-size"_s, u"1"_s};
        QTest::newRow("inactive key") << u"archive-reader"_s << QStringList();
        QTest::newRow("no keys") << u"ci-readonly"_s << QStringList();
    }

    void listAccessKeysMatchesTheSandbox()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, extra);
        QStringList arguments{u"iam"_s, u"list-access-keys"_s};
        if (!user.isEmpty())
            arguments << u"--user-name"_s << user;
        const int requestsBefore = m_sandbox->requestCount();
        const AwsRun run = awsOk(arguments + extra, admin());
        QCOMPARE(run.exitCode, 0);

        const QJsonArray listed = run.json().value(u"AccessKeyMetadata"_s).toArray();
        const QList<WasabiIamSandbox::AccessKeyState> expected = m_sandbox->accessKeys(user);
        QCOMPARE(listed.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonObject item = listed.at(i).toObject();
            QCOMPARE(item.value(u"AccessKeyId"_s).toString(), expected[i].accessKeyId);
            QCOMPARE(item.value(u"Status"_s).toString(),
                     expected[i].active ? u"Active"_s : u"Inactive"_s);
            QCOMPARE(QDateTime::fromString(item.value(u"CreateDate"_s).toString(), Qt::ISODate),
                     expected[i].createdAt);
            if (!user.isEmpty())
                QCOMPARE(item.value(u"UserName"_s).toString(), user);
        }
        if (!extra.isEmpty()) // one request per page
            QCOMPARE(m_sandbox->requestCount() - requestsBefore, int(expected.size()));
    }

    void updateAccessKeyDeactivatesAndTheKeyStopsWorking()
    {
        const Credentials created = createKey(u"backup-agent"_s);
        QVERIFY(!created.accessKeyId.isEmpty());
        const AwsRun update =
            awsOk({u"iam"_s, u"update-access-key"_s, u"--user-name"_s, u"backup-agent"_s,
                   u"--access-key-id"_s, created.accessKeyId, u"--status"_s, u"Inactive"_s},
                  admin());
        QCOMPARE(update.exitCode, 0);
        QVERIFY(!m_sandbox->accessKeys(u"backup-agent"_s).last().active);

        const AwsRun s3 = aws({u"s3"_s, u"ls"_s}, created);
        QVERIFY(s3.finished);
        QVERIFY(s3.exitCode != 0);
        QVERIFY2(s3.err.contains("InvalidAccessKeyId"), s3.err.constData());
        const AwsRun iam = aws({u"iam"_s, u"list-access-keys"_s}, created);
        QVERIFY(iam.exitCode != 0);
        QVERIFY2(iam.err.contains("InvalidClientTokenId"), iam.err.constData());

        const AwsRun reactivate =
            awsOk({u"iam"_s, u"update-access-key"_s, u"--user-name"_s, u"backup-agent"_s,
                   u"--access-key-id"_s, created.accessKeyId, u"--status"_s, u"Active"_s},
                  admin());
        QCOMPARE(reactivate.exitCode, 0);
        QCOMPARE(awsOk({u"s3"_s, u"ls"_s}, created).exitCode, 0);
    }

    void deleteAccessKeyRemovesIt()
    {
        const Credentials created = createKey(u"backup-agent"_s);
        QVERIFY(!created.accessKeyId.isEmpty());
        const AwsRun run = awsOk({u"iam"_s, u"delete-access-key"_s, u"--user-name"_s,
                                  u"backup-agent"_s, u"--access-key-id"_s, created.accessKeyId},
                                 admin());
        QCOMPARE(run.exitCode, 0);
        for (const auto& key : m_sandbox->accessKeys(u"backup-agent"_s))
            QVERIFY(key.accessKeyId != created.accessKeyId);

        const AwsRun again = aws({u"iam"_s, u"delete-access-key"_s, u"--user-name"_s,
                                  u"backup-agent"_s, u"--access-key-id"_s, created.accessKeyId},
                                 admin());
        QVERIFY(again.exitCode != 0);
        QVERIFY2(again.err.contains("NoSuchEntity"), again.err.constData());
        const AwsRun s3 = aws({u"s3"_s, u"ls"_s}, created);
        QVERIFY(s3.exitCode != 0);
        QVERIFY2(s3.err.contains("InvalidAccessKeyId"), s3.err.constData());
    }

    void s3LsListsTheBuckets()
    {
        const AwsRun run = awsOk({u"s3"_s, u"ls"_s}, admin());
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), m_sandbox->bucketNames().size());
        for (const QString& bucket : m_sandbox->bucketNames())
            QVERIFY2(run.out.contains(QByteArray(" " + bucket.toUtf8() + "\n")),
                     run.out.constData());

        const AwsRun api = awsOk({u"s3api"_s, u"list-buckets"_s}, admin());
        QCOMPARE(api.exitCode, 0);
        QCOMPARE(api.json().value(u"Buckets"_s).toArray().size(), m_sandbox->bucketNames().size());
        QCOMPARE(api.json().value(u"Owner"_s).toObject().value(u"DisplayName"_s).toString(),
                 u"keywarden-sandbox"_s);
    }

    void wrongSecretIsSignatureDoesNotMatch_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("s3 ls") << QStringList{u"s3"_s, u"ls"_s};
        QTest::newRow("iam list-access-keys") << QStringList{u"iam"_s, u"list-access-keys"_s};
    }

    void wrongSecretIsSignatureDoesNotMatch()
    {
        QFETCH(QStringList, arguments);
        QString wrong = m_sandbox->adminSecret();
        wrong[0] = wrong[0] == u'A' ? u'B' : u'A';
        const AwsRun run = aws(arguments, {m_sandbox->adminAccessKeyId(), wrong});
        QVERIFY(run.finished);
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains("SignatureDoesNotMatch"), run.err.constData());
    }

    void unknownKeyIsRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("code");
        QTest::newRow("s3") << QStringList{u"s3"_s, u"ls"_s} << QByteArray("InvalidAccessKeyId");
        QTest::newRow("iam") << QStringList{u"iam"_s, u"list-users"_s}
                             << QByteArray("InvalidClientTokenId");
    }

    void unknownKeyIsRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, code);
        const AwsRun run = aws(
            arguments, {u"AKIAIOSFODNN7EXAMPLE"_s, u"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"_s});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(code), run.err.constData());
    }

    void usersPoliciesAndLastUse()
    {
        const AwsRun users = awsOk({u"iam"_s, u"list-users"_s}, admin());
        QCOMPARE(users.exitCode, 0);
        QStringList names;
        for (const QJsonValue& user : users.json().value(u"Users"_s).toArray())
            names.append(user.toObject().value(u"UserName"_s).toString());
        QCOMPARE(names, m_sandbox->userNames());

        const AwsRun attached =
            awsOk({u"iam"_s, u"list-attached-user-policies"_s, u"--user-name"_s, u"air-indexer"_s},
                  admin());
        QCOMPARE(attached.exitCode, 0);
        const QJsonArray policies = attached.json().value(u"AttachedPolicies"_s).toArray();
        QCOMPARE(policies.size(), 1);
        QCOMPARE(policies.at(0).toObject().value(u"PolicyName"_s).toString(), u"WasabiManageAiR"_s);
        QCOMPARE(policies.at(0).toObject().value(u"PolicyArn"_s).toString(),
                 WasabiIamSandbox::manageAirPolicyArn());

        const AwsRun attach =
            awsOk({u"iam"_s, u"attach-user-policy"_s, u"--user-name"_s, u"ci-readonly"_s,
                   u"--policy-arn"_s, WasabiIamSandbox::viewAirPolicyArn()},
                  admin());
        QCOMPARE(attach.exitCode, 0);
        QCOMPARE(m_sandbox->attachedPolicyArns(u"ci-readonly"_s),
                 QStringList{WasabiIamSandbox::viewAirPolicyArn()});

        const AwsRun lastUsed = awsOk({u"iam"_s, u"get-access-key-last-used"_s,
                                       u"--access-key-id"_s, m_sandbox->adminAccessKeyId()},
                                      admin());
        QCOMPARE(lastUsed.exitCode, 0);
        const QJsonObject used = lastUsed.json().value(u"AccessKeyLastUsed"_s).toObject();
        QCOMPARE(used.value(u"ServiceName"_s).toString(), u"iam"_s);
        QCOMPARE(used.value(u"Region"_s).toString(), u"us-east-1"_s);
        QVERIFY(used.contains(u"LastUsedDate"_s));

        const AwsRun me = awsOk({u"iam"_s, u"get-user"_s}, admin());
        QCOMPARE(me.exitCode, 0);
        QCOMPARE(me.json().value(u"User"_s).toObject().value(u"Arn"_s).toString(),
                 u"arn:aws:iam::%1:root"_s.arg(m_sandbox->accountId()));
    }
};

QTEST_GUILESS_MAIN(TestWasabiIamAwsCli)
#include "test_sandbox_wasabiiam_awscli.moc"

// End to end, as an administrator would feed AWS tools from the keychain instead of
// ~/.aws/credentials: `keywarden-cli keys create --store`, `keys aws-profile` into the scratch
// HOME's ~/.aws/config, and the Debian awscli's `aws s3 ls` through credential_process against
// the S3 emulation of a `keywarden-sandbox` process, which verifies the SigV4 signature. Then the
// key is revoked: the provider refuses it and credential_process has nothing left to give.
#include "CliAccounts.h"
#include "CliRunner.h"
#include "SandboxProcess.h"
#include "SecretScan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

using namespace kw;
using namespace kw::e2e;
using namespace Qt::StringLiterals;

namespace {

// The Debian package, by path: an `aws` earlier on PATH may be another installation.
const QString awsPath = u"/usr/bin/aws"_s;

} // namespace

class TestCliCredentialProcess : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QString m_home;
    QMap<QString, QString> m_labels; // provider id → account label
    QList<QByteArray> m_secrets;     // every secret this test saw, to look for under HOME

    QString configFile() const { return m_home + u"/.aws/config"_s; }
    QString emptyCredentialsFile() const { return m_home + u"/.aws/credentials-empty"_s; }

    // aws with a clean environment: no AWS_* variable but the config files, so the only
    // credentials it can find are the profile's credential_process. Extra variables (a key pair
    // to try without the profile) go in the environment, never on the command line.
    CliRun aws(const QStringList& arguments, const QMap<QString, QString>& extra = {})
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString& name : environment.keys()) {
            if (name.startsWith(u"AWS_"_s))
                environment.remove(name);
        }
        environment.insert(u"AWS_CONFIG_FILE"_s, configFile());
        environment.insert(u"AWS_SHARED_CREDENTIALS_FILE"_s, emptyCredentialsFile());
        environment.insert(u"AWS_PAGER"_s, QString());
        environment.insert(u"AWS_EC2_METADATA_DISABLED"_s, u"true"_s);
        environment.insert(u"AWS_MAX_ATTEMPTS"_s, u"1"_s);
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            environment.insert(it.key(), it.value());
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProgram(awsPath);
        process.setArguments(arguments);
        return runProcess(process, {}, 60000);
    }

    // Whether the Secret Service holds the stored secret of a key (QtKeychain's libsecret
    // attributes: server = the keychain service, user = the entry's key). The secret itself is
    // read into memory only, and wiped.
    bool keychainHolds(const QString& accountId, const QString& keyId)
    {
        QProcess lookup;
        lookup.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, u"keywarden"_s, u"user"_s,
                                        u"key/%1/%2"_s.arg(accountId, keyId)});
        lookup.closeWriteChannel();
        if (!lookup.waitForFinished(10000))
            return true; // cannot prove it gone
        QByteArray found = lookup.readAllStandardOutput();
        const bool holds = lookup.exitCode() == 0 && !found.isEmpty();
        found.fill('\0');
        return holds;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"KeyWarden"_s);
        QCoreApplication::setApplicationName(u"keywarden"_s);
        m_home = qEnvironmentVariable("KEYWARDEN_TEST_HOME");
        if (!QFileInfo(awsPath).isExecutable())
            QFAIL("/usr/bin/aws is missing: install the Debian package with "
                  "`apt-get install awscli` (installer/install-deps.sh lists it)");
        const QString error = startCliSuite(m_sandbox);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QString& providerId :
             {u"coreweave"_s, u"scaleway"_s, u"wasabi-iam"_s, u"wayscloud"_s}) {
            const QString label = uniqueLabel(u"AWS tools "_s + providerId);
            const QString added = addCliAccount(m_sandbox, providerId, label);
            QVERIFY2(added.isEmpty(), qPrintable(added));
            m_labels.insert(providerId, label);
            m_secrets << m_sandbox.provider(providerId)->token.exposeBytes();
        }
        QVERIFY(QDir().mkpath(m_home + u"/.aws"_s));
        QFile empty(emptyCredentialsFile());
        QVERIFY(empty.open(QIODevice::WriteOnly | QIODevice::Truncate));
    }

    void cleanupTestCase()
    {
        // The accounts point at this test's sandbox, which is gone after it.
        for (const QString& label : m_labels.values())
            runCli({u"accounts"_s, u"remove"_s, u"--account"_s, label, u"--yes"_s});
        QFile::remove(configFile());
        QFile::remove(emptyCredentialsFile());
    }

    void storedKeyFeedsTheAwsCli_data()
    {
        QTest::addColumn<QString>("providerId");
        QTest::addColumn<QStringList>("createArguments");
        QTest::addColumn<QStringList>("buckets");
        const QStringList coreWeaveBuckets{u"training-data"_s, u"model-checkpoints"_s,
                                           u"inference-logs"_s};
        QTest::newRow("coreweave") << u"coreweave"_s << QStringList() << coreWeaveBuckets;
        QTest::newRow("coreweave expiring")
            << u"coreweave"_s << QStringList{u"--duration"_s, u"3600"_s} << coreWeaveBuckets;
        QTest::newRow("scaleway") << u"scaleway"_s << QStringList()
                                  << QStringList{u"site-assets"_s, u"db-backups-fr-par"_s,
                                                 u"uploads"_s};
        QTest::newRow("wasabi-iam sub-user")
            << u"wasabi-iam"_s << QStringList{u"--bearer"_s, u"user:ci-readonly"_s}
            << QStringList{u"media-archive"_s, u"backups-2026"_s, u"air-index"_s};
    }

    void storedKeyFeedsTheAwsCli()
    {
        QFETCH(QString, providerId);
        QFETCH(QStringList, createArguments);
        QFETCH(QStringList, buckets);
        const QString label = m_labels.value(providerId);
        const SandboxProcess::Provider* emulator = m_sandbox.provider(providerId);
        QVERIFY(emulator && emulator->s3Url.isValid());
        if (createArguments.isEmpty())
            createArguments = createArgumentsFor(providerId, label);

        // 1. Create with --store: nothing secret on standard output.
        const CliRun created = runCli(
            QStringList{u"--json"_s, u"keys"_s, u"create"_s, u"--account"_s, label, u"--store"_s} +
            nameArgumentsFor(providerId, u"aws-tools"_s) + createArguments);
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        const QJsonObject key = created.object();
        const QString keyId = field(key, u"id"_s);
        QVERIFY2(!keyId.isEmpty(), qPrintable(created.describe()));
        QCOMPARE(key.value(u"secretStored"_s), true);
        QVERIFY2(!key.contains(u"secret"_s), qPrintable(created.describe()));
        const bool expires = !key.value(u"expires"_s).isNull();
        const QString accountId = field(key, u"accountId"_s);
        QVERIFY2(keychainHolds(accountId, keyId), "the secret went to the keychain");
        QCOMPARE(expires, createArguments.contains(u"--duration"_s));

        // 2. keys verify with the stored secret.
        const CliRun verified =
            runCli({u"--json"_s, u"keys"_s, u"verify"_s, u"--account"_s, label, u"--key"_s, keyId},
                   {}, 60000);
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.describe()));
        const QJsonObject verification = verified.object();
        const QJsonValue outcome =
            verification.contains(u"verification"_s)
                ? verification.value(u"verification"_s).toObject().value(u"outcome"_s)
                : verification.value(u"outcome"_s);
        QVERIFY2(outcome == u"works"_s, qPrintable(verified.describe()));

        // 3. credential-process: exactly the AWS format.
        const CliRun credentials =
            runCli({u"credential-process"_s, u"--account"_s, label, u"--key"_s, keyId});
        QVERIFY2(credentials.exitCode == 0, qPrintable(credentials.describe()));
        QCOMPARE(credentials.jsonLines().size(), 1);
        const QJsonObject document = credentials.object();
        QStringList expectedFields{u"AccessKeyId"_s, u"SecretAccessKey"_s, u"Version"_s};
        if (expires)
            expectedFields.append(u"Expiration"_s);
        expectedFields.sort();
        QCOMPARE(document.keys(), expectedFields); // sorted by QJsonObject
        QCOMPARE(document.value(u"Version"_s), 1);
        QCOMPARE(field(document, u"AccessKeyId"_s), keyId);
        const QString secret = field(document, u"SecretAccessKey"_s);
        QVERIFY(secret.size() >= 16);
        m_secrets << secret.toUtf8();
        if (expires) {
            const QString expiration = field(document, u"Expiration"_s);
            QVERIFY2(expiration.endsWith(u'Z'), qPrintable(expiration));
            const QDateTime when = QDateTime::fromString(expiration, Qt::ISODate);
            QVERIFY2(when.isValid() &&
                         qAbs(when.secsTo(QDateTime::currentDateTimeUtc().addSecs(3600))) < 300,
                     qPrintable(expiration));
        }

        // 4. The profile, in the scratch HOME's ~/.aws/config.
        const QString profile = u"kw-"_s + providerId;
        const CliRun config = runCli({u"keys"_s, u"aws-profile"_s, u"--account"_s, label,
                                      u"--key"_s, keyId, u"--profile"_s, profile});
        QVERIFY2(config.exitCode == 0, qPrintable(config.describe()));
        QVERIFY2(config.out.contains(QByteArray("[profile " + profile.toUtf8() + "]")),
                 qPrintable(config.describe()));
        QVERIFY2(config.out.contains("credential_process = "), qPrintable(config.describe()));
        QVERIFY2(config.out.contains(QByteArray("region = " + emulator->region.toUtf8())),
                 qPrintable(config.describe()));
        QVERIFY2(!config.out.contains(secret.toUtf8()), "the profile holds no secret");
        {
            QFile file(configFile());
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(config.out);
        }

        // 5. The real awscli, through credential_process, signs ListBuckets.
        const QStringList listBuckets{u"s3"_s,
                                      u"ls"_s,
                                      u"--profile"_s,
                                      profile,
                                      u"--endpoint-url"_s,
                                      emulator->s3Url.toString()};
        const CliRun listed = aws(listBuckets);
        QVERIFY2(listed.finished && listed.exitCode == 0, qPrintable(listed.describe()));
        for (const QString& bucket : buckets)
            QVERIFY2(listed.out.contains(bucket.toUtf8()), qPrintable(listed.describe()));

        // 6. Revoke through the CLI: the stored secret is forgotten with the key.
        const CliRun revoked =
            runCli({u"keys"_s, u"revoke"_s, u"--account"_s, label, u"--key"_s, keyId, u"--yes"_s},
                   {}, 60000);
        QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.describe()));
        const CliRun gone =
            runCli({u"credential-process"_s, u"--account"_s, label, u"--key"_s, keyId});
        QVERIFY2(gone.exitCode == 4, qPrintable(gone.describe()));
        QVERIFY(gone.out.isEmpty());
        QVERIFY2(!keychainHolds(accountId, keyId), "the revoked key's secret left the keychain");
        const CliRun refused = aws(listBuckets);
        QVERIFY2(refused.finished && refused.exitCode != 0, qPrintable(refused.describe()));

        // The provider refuses the revoked pair itself, not only the missing profile secret.
        const CliRun revokedPair =
            aws({u"s3"_s, u"ls"_s, u"--endpoint-url"_s, emulator->s3Url.toString()},
                {{u"AWS_ACCESS_KEY_ID"_s, keyId},
                 {u"AWS_SECRET_ACCESS_KEY"_s, secret},
                 {u"AWS_DEFAULT_REGION"_s, emulator->region}});
        QVERIFY2(revokedPair.finished && revokedPair.exitCode != 0 &&
                     revokedPair.err.contains("InvalidAccessKeyId"),
                 qPrintable(revokedPair.describe()));
    }

    // keys rotate --store: the new secret goes to the keychain, the old key's leaves it.
    void rotateWithStoreMovesTheStoredSecret()
    {
        const QString label = m_labels.value(u"coreweave"_s);
        const CliRun created = runCli({u"--json"_s, u"keys"_s, u"create"_s, u"--account"_s, label,
                                       u"--name"_s, u"aws-rotating"_s, u"--store"_s});
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        const QString oldId = field(created.object(), u"id"_s);
        const QString accountId = field(created.object(), u"accountId"_s);
        QVERIFY(keychainHolds(accountId, oldId));

        const CliRun rotated = runCli({u"--json"_s, u"keys"_s, u"rotate"_s, u"--account"_s, label,
                                       u"--key"_s, oldId, u"--grace"_s, u"0"_s, u"--store"_s},
                                      {}, 60000);
        QVERIFY2(rotated.exitCode == 0, qPrintable(rotated.describe()));
        const QJsonObject newKey = rotated.object(0);
        QCOMPARE(newKey.value(u"secretStored"_s), true);
        QVERIFY2(!newKey.contains(u"secret"_s), qPrintable(rotated.describe()));
        QCOMPARE(rotated.object(1).value(u"oldKeyRevoked"_s), true);
        const QString newId = field(newKey, u"id"_s);

        QVERIFY2(!keychainHolds(accountId, oldId), "the old key's secret left the keychain");
        const CliRun old =
            runCli({u"credential-process"_s, u"--account"_s, label, u"--key"_s, oldId});
        QVERIFY2(old.exitCode == 4, qPrintable(old.describe()));
        const CliRun fresh =
            runCli({u"credential-process"_s, u"--account"_s, label, u"--key"_s, newId});
        QVERIFY2(fresh.exitCode == 0, qPrintable(u"exit %1"_s.arg(fresh.exitCode)));
        QCOMPARE(field(fresh.object(), u"AccessKeyId"_s), newId);
        m_secrets << field(fresh.object(), u"SecretAccessKey"_s).toUtf8();
    }

    void credentialProcessRefusesKeysThatAreNotS3Pairs()
    {
        const CliRun run = runCli({u"credential-process"_s, u"--account"_s,
                                   m_labels.value(u"wayscloud"_s), u"--key"_s, u"anything"_s});
        QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
        QVERIFY(run.out.isEmpty());
        QVERIFY2(!run.err.trimmed().isEmpty() && !run.err.trimmed().contains('\n'),
                 qPrintable(run.describe()));
    }

    void credentialProcessWithoutStoredSecretIsNotFound()
    {
        const CliRun run = runCli({u"credential-process"_s, u"--account"_s,
                                   m_labels.value(u"coreweave"_s), u"--key"_s, u"CWEXAMPLE"_s});
        QVERIFY2(run.exitCode == 4, qPrintable(run.describe()));
        QVERIFY(run.out.isEmpty());
    }

    void noSecretIsWrittenUnderHome()
    {
        m_secrets.removeAll(QByteArray());
        QVERIFY(m_secrets.size() >= 7);
        const QStringList found = testsupport::filesContaining(m_home, m_secrets);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestCliCredentialProcess)
#include "test_cli_credential_process.moc"

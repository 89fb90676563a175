// End to end, as a cron job would rotate keys: `keywarden-cli keys rotate` against a
// `keywarden-sandbox` process for every provider that can rotate, with the real keychain of the
// test command's D-Bus session. Revoke at once, keep the old key for a grace period and finish it
// with `rotations finish-due`, keep the old key when the new one fails its test (or revoke it
// anyway with --force), and stop before anything changes at Wasabi IAM's two-key limit.
#include "CliAccounts.h"
#include "CliRunner.h"
#include "SandboxProcess.h"
#include "SecretScan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QTest>

using namespace kw;
using namespace kw::e2e;
using namespace Qt::StringLiterals;

namespace {

const QStringList rotatingProviders{u"wayscloud"_s, u"scaleway"_s, u"coreweave"_s, u"wasabi-air"_s,
                                    u"wasabi-iam"_s};

} // namespace

class TestCliRotation : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QString m_home;
    QMap<QString, QString> m_labels; // provider id → account label
    QStringList m_extraLabels;
    QList<QByteArray> m_secrets; // every secret this test saw, to look for under HOME

    // Creates a key through the CLI and returns its id (empty on failure, with a QTest failure).
    QString createKey(const QString& providerId, const QString& label, const QString& name,
                      QStringList createArguments = {})
    {
        if (createArguments.isEmpty())
            createArguments = createArgumentsFor(providerId, label);
        const CliRun run =
            runCli(QStringList{u"--json"_s, u"keys"_s, u"create"_s, u"--account"_s, label} +
                   nameArgumentsFor(providerId, name) + createArguments);
        const QJsonObject created = run.object();
        if (run.exitCode != 0 || field(created, u"id"_s).isEmpty()) {
            qWarning().noquote() << "keys create" << providerId << run.describe();
            return {};
        }
        m_secrets << field(created, u"secret"_s).toUtf8();
        return field(created, u"id"_s);
    }

    // The two lines of `keys rotate --json`: the new key (with its secret), then the outcome.
    struct Rotated
    {
        CliRun run;
        QJsonObject newKey;
        QJsonObject outcome;
    };
    Rotated rotate(const QString& label, const QString& keyId, const QStringList& extra)
    {
        Rotated rotated;
        rotated.run = runCli(QStringList{u"--json"_s, u"keys"_s, u"rotate"_s, u"--account"_s, label,
                                         u"--key"_s, keyId} +
                                 extra,
                             {}, 60000);
        const QList<QJsonDocument> lines = rotated.run.jsonLines();
        rotated.newKey = lines.value(0).object();
        rotated.outcome = lines.value(1).object();
        m_secrets << field(rotated.newKey, u"secret"_s).toUtf8();
        return rotated;
    }

    // The listed key of the Wasabi IAM account with this id, or an empty object.
    QJsonObject iamKey(const QString& keyId)
    {
        for (const QJsonValue& key :
             listKeys(m_labels.value(u"wasabi-iam"_s)).value_or(QJsonArray())) {
            if (field(key.toObject(), u"id"_s) == keyId)
                return key.toObject();
        }
        return {};
    }
    QString iamKeyOf(const QString& owner)
    {
        for (const QJsonValue& key :
             listKeys(m_labels.value(u"wasabi-iam"_s)).value_or(QJsonArray())) {
            if (field(key.toObject(), u"owner"_s) == owner)
                return field(key.toObject(), u"id"_s);
        }
        return {};
    }
    // Moves a record's dates into the past, as time passing would (the CLI reads the system
    // clock, so the record is what moves).
    static bool backdate(const QString& recordId, const QString& name, qint64 seconds)
    {
        QSettings settings;
        const QString key = u"rotations/%1/%2"_s.arg(recordId, name);
        settings.setValue(
            key, QDateTime::currentDateTimeUtc().addSecs(-seconds).toString(Qt::ISODateWithMs));
        settings.sync();
        return settings.status() == QSettings::NoError;
    }
    CliRun finishDue()
    {
        return runCli({u"--json"_s, u"rotations"_s, u"finish-due"_s, u"--account"_s,
                       m_labels.value(u"wasabi-iam"_s)},
                      {}, 60000);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"KeyWarden"_s);
        QCoreApplication::setApplicationName(u"keywarden"_s);
        m_home = qEnvironmentVariable("KEYWARDEN_TEST_HOME");
        const QString error = startCliSuite(m_sandbox);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QString& providerId : rotatingProviders) {
            const QString label = uniqueLabel(u"Rotation "_s + providerId);
            const QString added = addCliAccount(m_sandbox, providerId, label);
            QVERIFY2(added.isEmpty(), qPrintable(added));
            m_labels.insert(providerId, label);
            m_secrets << m_sandbox.provider(providerId)->token.exposeBytes();
        }
    }

    void cleanupTestCase()
    {
        // The accounts point at this test's sandbox, which is gone after it: later tests of the
        // same scratch HOME must not trip over them.
        for (const QString& label : m_labels.values() + m_extraLabels)
            runCli({u"accounts"_s, u"remove"_s, u"--account"_s, label, u"--yes"_s});
    }

    void rotateRevokesTheOldKeyAtOnce_data()
    {
        QTest::addColumn<QString>("providerId");
        for (const QString& providerId : rotatingProviders)
            QTest::newRow(qPrintable(providerId)) << providerId;
    }

    void rotateRevokesTheOldKeyAtOnce()
    {
        QFETCH(QString, providerId);
        const QString label = m_labels.value(providerId);
        const QString oldId = createKey(providerId, label, u"Nightly export"_s);
        QVERIFY(!oldId.isEmpty());

        const Rotated rotated = rotate(label, oldId, {u"--grace"_s, u"0"_s});
        QVERIFY2(rotated.run.exitCode == 0, qPrintable(rotated.run.describe()));
        const QString newId = field(rotated.newKey, u"id"_s);
        QVERIFY2(!newId.isEmpty() && newId != oldId, qPrintable(rotated.run.describe()));
        QVERIFY2(!field(rotated.newKey, u"secret"_s).isEmpty(), "the new secret is printed once");
        QCOMPARE(field(rotated.outcome, u"newKey"_s), newId);
        QCOMPARE(rotated.outcome.value(u"verification"_s).toObject().value(u"outcome"_s),
                 u"works"_s);
        QCOMPARE(rotated.outcome.value(u"oldKeyRevoked"_s), true);

        QString error;
        const std::optional<QJsonArray> keys = listKeys(label, &error);
        QVERIFY2(keys, qPrintable(error));
        QVERIFY2(!keyIds(*keys).contains(oldId), qPrintable(keyIds(*keys).join(u' ')));
        QVERIFY2(keyIds(*keys).contains(newId), qPrintable(keyIds(*keys).join(u' ')));

        const std::optional<QJsonObject> record =
            rotationRecord(field(rotated.outcome, u"rotation"_s), &error);
        QVERIFY2(record, qPrintable(error));
        QCOMPARE(field(*record, u"state"_s), u"completed"_s);
        QCOMPARE(field(*record, u"oldKeyId"_s), oldId);
        QCOMPARE(field(*record, u"newKeyId"_s), newId);
    }

    void graceKeepsTheOldKeyUntilFinishDue_data()
    {
        QTest::addColumn<QString>("providerId");
        QTest::newRow("wayscloud") << u"wayscloud"_s;
        QTest::newRow("wasabi-iam") << u"wasabi-iam"_s;
    }

    void graceKeepsTheOldKeyUntilFinishDue()
    {
        QFETCH(QString, providerId);
        const QString label = m_labels.value(providerId);
        // Not air-viewer's: the first test left it one key, and a rotation needs room for two.
        const QString oldId = createKey(providerId, label, u"Grace export"_s,
                                        providerId == u"wasabi-iam"_s
                                            ? QStringList{u"--bearer"_s, u"user:ci-readonly"_s}
                                            : QStringList());
        QVERIFY(!oldId.isEmpty());

        const QDateTime before = QDateTime::currentDateTimeUtc();
        const Rotated rotated = rotate(label, oldId, {u"--grace"_s, u"3"_s});
        QVERIFY2(rotated.run.exitCode == 0, qPrintable(rotated.run.describe()));
        const QString newId = field(rotated.newKey, u"id"_s);
        const QString recordId = field(rotated.outcome, u"rotation"_s);
        QCOMPARE(rotated.outcome.value(u"oldKeyRevoked"_s), false);
        const QDateTime revokeAfter =
            QDateTime::fromString(field(rotated.outcome, u"revokeAfter"_s), Qt::ISODate);
        QVERIFY2(revokeAfter.isValid() && revokeAfter >= before.addDays(3).addSecs(-60) &&
                     revokeAfter <= before.addDays(3).addSecs(120),
                 qPrintable(rotated.run.describe()));

        QString error;
        std::optional<QJsonArray> keys = listKeys(label, &error);
        QVERIFY2(keys, qPrintable(error));
        QVERIFY(keyIds(*keys).contains(oldId));
        QVERIFY(keyIds(*keys).contains(newId));
        std::optional<QJsonObject> record = rotationRecord(recordId, &error);
        QVERIFY2(record, qPrintable(error));
        QCOMPARE(field(*record, u"state"_s), u"grace-period"_s);
        QCOMPARE(record->value(u"due"_s), false);
        QVERIFY(record->contains(u"revokeAfter"_s));

        // Not due yet: finish-due revokes nothing.
        const CliRun early = runCli(
            {u"--json"_s, u"rotations"_s, u"finish-due"_s, u"--account"_s, label}, {}, 60000);
        QVERIFY2(early.exitCode == 0, qPrintable(early.describe()));
        QCOMPARE(early.array().size(), 0);
        keys = listKeys(label, &error);
        QVERIFY2(keys, qPrintable(error));
        QVERIFY(keyIds(*keys).contains(oldId));
        QCOMPARE(field(*rotationRecord(recordId), u"state"_s), u"grace-period"_s);

        // Three days later, as far as the record knows.
        {
            QSettings settings;
            const QString key = u"rotations/%1/revokeAfter"_s.arg(recordId);
            QVERIFY2(settings.contains(key), qPrintable(settings.fileName()));
            settings.setValue(
                key, QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODateWithMs));
            settings.sync();
            QCOMPARE(settings.status(), QSettings::NoError);
        }
        record = rotationRecord(recordId, &error);
        QVERIFY2(record, qPrintable(error));
        QCOMPARE(record->value(u"due"_s), true);

        const CliRun due = runCli(
            {u"--json"_s, u"rotations"_s, u"finish-due"_s, u"--account"_s, label}, {}, 60000);
        QVERIFY2(due.exitCode == 0, qPrintable(due.describe()));
        QCOMPARE(due.array().size(), 1);
        const QJsonObject finished = due.array().first().toObject();
        QCOMPARE(field(finished, u"id"_s), recordId);
        QCOMPARE(field(finished, u"oldKeyId"_s), oldId);
        QCOMPARE(field(finished, u"state"_s), u"completed"_s);

        keys = listKeys(label, &error);
        QVERIFY2(keys, qPrintable(error));
        QVERIFY2(!keyIds(*keys).contains(oldId), qPrintable(keyIds(*keys).join(u' ')));
        QVERIFY(keyIds(*keys).contains(newId));
        QCOMPARE(field(*rotationRecord(recordId), u"state"_s), u"completed"_s);

        // Nothing is due any more.
        const CliRun again = runCli(
            {u"--json"_s, u"rotations"_s, u"finish-due"_s, u"--account"_s, label}, {}, 60000);
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QCOMPARE(again.array().size(), 0);
    }

    // A CoreWeave account whose availability zone the S3 emulation refuses: every new key fails
    // its ListBuckets test, as it would against the wrong zone.
    void failingNewKeyKeepsTheOldKeyUnlessForced()
    {
        const QString label = uniqueLabel(u"Rotation coreweave wrong zone"_s);
        const QString added = addCliAccount(m_sandbox, u"coreweave"_s, label, u"EU-NOWHERE-01Z"_s);
        QVERIFY2(added.isEmpty(), qPrintable(added));
        m_extraLabels << label;
        const QString oldId = createKey(u"coreweave"_s, label, u"Zone export"_s);
        QVERIFY(!oldId.isEmpty());

        const Rotated kept = rotate(label, oldId, {u"--grace"_s, u"0"_s});
        QVERIFY2(kept.run.finished && kept.run.exitCode != 0, qPrintable(kept.run.describe()));
        QVERIFY2(kept.run.err.contains("old key was kept") && kept.run.err.contains("--force"),
                 qPrintable(kept.run.describe()));
        const QString keptNewId = field(kept.newKey, u"id"_s);
        QVERIFY2(!keptNewId.isEmpty() && !field(kept.newKey, u"secret"_s).isEmpty(),
                 "the new key exists and its secret was handed over before the test");
        QCOMPARE(kept.outcome.value(u"oldKeyKept"_s), true);
        QVERIFY2(kept.outcome.value(u"verification"_s).toObject().value(u"outcome"_s) != u"works"_s,
                 qPrintable(kept.run.describe()));
        QString error;
        std::optional<QJsonArray> keys = listKeys(label, &error);
        QVERIFY2(keys, qPrintable(error));
        QVERIFY(keyIds(*keys).contains(oldId));
        QVERIFY(keyIds(*keys).contains(keptNewId));
        std::optional<QJsonObject> record =
            rotationRecord(field(kept.outcome, u"rotation"_s), &error);
        QVERIFY2(record, qPrintable(error));
        QCOMPARE(field(*record, u"state"_s), u"abandoned"_s);
        QVERIFY(!field(*record, u"note"_s).isEmpty());

        const Rotated forced = rotate(label, oldId, {u"--grace"_s, u"0"_s, u"--force"_s});
        QVERIFY2(forced.run.exitCode == 0, qPrintable(forced.run.describe()));
        const QString forcedNewId = field(forced.newKey, u"id"_s);
        QVERIFY(!forcedNewId.isEmpty());
        QVERIFY(forced.outcome.value(u"verification"_s).toObject().value(u"outcome"_s) !=
                u"works"_s);
        QCOMPARE(forced.outcome.value(u"oldKeyRevoked"_s), true);
        keys = listKeys(label, &error);
        QVERIFY2(keys, qPrintable(error));
        QVERIFY2(!keyIds(*keys).contains(oldId), qPrintable(keyIds(*keys).join(u' ')));
        QVERIFY(keyIds(*keys).contains(keptNewId));
        QVERIFY(keyIds(*keys).contains(forcedNewId));
        record = rotationRecord(field(forced.outcome, u"rotation"_s), &error);
        QVERIFY2(record, qPrintable(error));
        QCOMPARE(field(*record, u"state"_s), u"completed"_s);
        QVERIFY2(field(*record, u"note"_s).contains(u"--force"_s),
                 qPrintable(field(*record, u"note"_s)));
    }

    // media-pipeline has two access keys, Wasabi's most: a third cannot be created, so the
    // rotation stops before it changes anything.
    void wasabiIamKeyLimitStopsTheRotation()
    {
        const QString label = m_labels.value(u"wasabi-iam"_s);
        QString error;
        const std::optional<QJsonArray> before = listKeys(label, &error);
        QVERIFY2(before, qPrintable(error));
        QString oldId;
        for (const QJsonValue& key : *before) {
            if (field(key.toObject(), u"owner"_s) == u"media-pipeline"_s)
                oldId = field(key.toObject(), u"id"_s);
        }
        QVERIFY2(!oldId.isEmpty(), "the sandbox's media-pipeline user has keys");

        const Rotated rotated = rotate(label, oldId, {u"--grace"_s, u"0"_s});
        QVERIFY2(rotated.run.finished && rotated.run.exitCode == 5,
                 qPrintable(rotated.run.describe()));
        QVERIFY2(rotated.run.err.toLower().contains("limit"), qPrintable(rotated.run.describe()));
        QVERIFY2(!rotated.run.out.contains("\"secret\""), qPrintable(rotated.run.describe()));
        const std::optional<QJsonArray> after = listKeys(label, &error);
        QVERIFY2(after, qPrintable(error));
        QCOMPARE(keyIds(*after), keyIds(*before));

        const CliRun open = runCli({u"--json"_s, u"rotations"_s, u"list"_s, u"--open"_s});
        QVERIFY2(open.exitCode == 0, qPrintable(open.describe()));
        for (const QJsonValue& record : open.array())
            QVERIFY2(field(record.toObject(), u"oldKeyId"_s) != oldId, "no rotation stays open");
    }

    // backup-agent's only key: disabled at the hand-over, deleted by a later run once due.
    void disableFirstDeletesTheOldKeyInALaterRun()
    {
        const QString label = m_labels.value(u"wasabi-iam"_s);
        const QString oldId = iamKeyOf(u"backup-agent"_s);
        QVERIFY2(!oldId.isEmpty(), "the sandbox's backup-agent user has a key");
        const Rotated rotated = rotate(label, oldId, {u"--grace"_s, u"2"_s, u"--disable-first"_s});
        QVERIFY2(rotated.run.exitCode == 0, qPrintable(rotated.run.describe()));
        const QString recordId = field(rotated.outcome, u"rotation"_s);
        QCOMPARE(field(rotated.outcome, u"mode"_s), u"disable-first"_s);
        QCOMPARE(field(iamKey(oldId), u"status"_s), u"disabled"_s);
        QCOMPARE(field(*rotationRecord(recordId), u"state"_s), u"old-key-disabled"_s);

        // Not due: nothing deleted. Then two days later, as far as the record knows.
        CliRun due = finishDue();
        QVERIFY2(due.exitCode == 0, qPrintable(due.describe()));
        QVERIFY(!iamKey(oldId).isEmpty());
        QVERIFY(backdate(recordId, u"revokeAfter"_s, 60));
        due = finishDue();
        QVERIFY2(due.exitCode == 0, qPrintable(due.describe()));
        QCOMPARE(field(*rotationRecord(recordId), u"state"_s), u"completed"_s);
        QVERIFY(iamKey(oldId).isEmpty());
        QVERIFY(!iamKey(field(rotated.newKey, u"id"_s)).isEmpty());
    }

    // The key the test above made for backup-agent: disabled, then enabled again with one command.
    void reenableUndoesTheDisable()
    {
        const QString label = m_labels.value(u"wasabi-iam"_s);
        const QString oldId = iamKeyOf(u"backup-agent"_s);
        QVERIFY(!oldId.isEmpty());
        const Rotated rotated = rotate(label, oldId, {u"--grace"_s, u"2"_s, u"--disable-first"_s});
        QVERIFY2(rotated.run.exitCode == 0, qPrintable(rotated.run.describe()));
        const QString recordId = field(rotated.outcome, u"rotation"_s);
        QCOMPARE(field(iamKey(oldId), u"status"_s), u"disabled"_s);

        const CliRun enabled = runCli({u"rotations"_s, u"reenable"_s, recordId}, {}, 60000);
        QVERIFY2(enabled.exitCode == 0, qPrintable(enabled.describe()));
        QCOMPARE(field(iamKey(oldId), u"status"_s), u"active"_s);
        QCOMPARE(field(*rotationRecord(recordId), u"state"_s), u"awaiting-decision"_s);
        const CliRun again = runCli({u"rotations"_s, u"reenable"_s, recordId}, {}, 60000);
        QVERIFY2(again.exitCode == 5, qPrintable(again.describe()));
        // Nothing is deleted on its own now, even long after the planned date.
        QVERIFY(backdate(recordId, u"revokeAfter"_s, 86400));
        const CliRun due = finishDue();
        QVERIFY2(due.exitCode == 5, qPrintable(due.describe())); // a decision is pending
        QVERIFY(!iamKey(oldId).isEmpty());
        // The user decides: revoke the old key by hand.
        const CliRun revoked =
            runCli({u"keys"_s, u"revoke"_s, u"--account"_s, label, u"--key"_s, oldId, u"--yes"_s},
                   {}, 60000);
        QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.describe()));
    }

    // air-indexer's key, still used (a signed S3 request with it) when its deadline passes: the
    // run reports it, exits 5 and revokes nothing.
    void quietWaitAsksWhenTheOldKeyIsStillInUse()
    {
        const QString label = m_labels.value(u"wasabi-iam"_s);
        const CliRun scaleway =
            runCli({u"keys"_s, u"rotate"_s, u"--account"_s, m_labels.value(u"scaleway"_s),
                    u"--key"_s, u"any"_s, u"--wait-quiet"_s, u"24"_s});
        QVERIFY2(scaleway.exitCode != 0, qPrintable(scaleway.describe()));

        // A key whose secret this test knows: air-indexer's, replaced at once.
        const QString firstId = iamKeyOf(u"air-indexer"_s);
        QVERIFY(!firstId.isEmpty());
        const Rotated first = rotate(label, firstId, {u"--grace"_s, u"0"_s});
        QVERIFY2(first.run.exitCode == 0, qPrintable(first.run.describe()));
        const QString oldId = field(first.newKey, u"id"_s);
        const QByteArray oldSecret = field(first.newKey, u"secret"_s).toUtf8();

        const Rotated rotated =
            rotate(label, oldId, {u"--grace"_s, u"7"_s, u"--wait-quiet"_s, u"24"_s});
        QVERIFY2(rotated.run.exitCode == 0, qPrintable(rotated.run.describe()));
        const QString recordId = field(rotated.outcome, u"rotation"_s);
        QCOMPARE(field(rotated.outcome, u"mode"_s), u"quiet"_s);
        QCOMPARE(field(*rotationRecord(recordId), u"state"_s), u"grace-period"_s);

        const CliRun used = runCli(
            {u"keys"_s, u"verify"_s, u"--account"_s, label, u"--key"_s, oldId, u"--secret-stdin"_s},
            oldSecret + '\n', 60000);
        QVERIFY2(used.exitCode == 0, qPrintable(used.describe()));
        QVERIFY(backdate(recordId, u"handedOver"_s, 2 * 86400));
        QVERIFY(backdate(recordId, u"revokeAfter"_s, 60));
        const CliRun due = finishDue();
        QVERIFY2(due.exitCode == 5, qPrintable(due.describe()));
        QVERIFY2(due.out.contains(oldId.toUtf8()), qPrintable(due.describe()));
        QVERIFY(!iamKey(oldId).isEmpty());
        const std::optional<QJsonObject> record = rotationRecord(recordId);
        QCOMPARE(field(*record, u"state"_s), u"awaiting-decision"_s);
        QVERIFY2(field(*record, u"oldKeyLastUse"_s).startsWith(u"old key last used "_s) &&
                     field(*record, u"oldKeyLastUse"_s).contains(u"(s3, "_s),
                 qPrintable(field(*record, u"oldKeyLastUse"_s)));
        const CliRun table = runCli({u"rotations"_s, u"list"_s, u"--open"_s});
        QVERIFY2(table.out.contains("old key last used"), qPrintable(table.describe()));
        runCli({u"keys"_s, u"revoke"_s, u"--account"_s, label, u"--key"_s, oldId, u"--yes"_s}, {},
               60000);
    }

    void noSecretIsWrittenUnderHome()
    {
        m_secrets.removeAll(QByteArray());
        QVERIFY(m_secrets.size() >= rotatingProviders.size() * 2);
        const QStringList found = testsupport::filesContaining(m_home, m_secrets);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u", "_s)));
    }
};

QTEST_GUILESS_MAIN(TestCliRotation)
#include "test_cli_rotation.moc"

// keywarden-cli audit, run as a script would run it, against a keywarden-sandbox process: what
// the command line did is read back with its account, key, outcome and source; a damaged line
// is listed as such and the lines after it still load; a bad --since is a usage error.
#include "CliAccounts.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using kw::e2e::CliRun;
using kw::e2e::field;
using kw::e2e::SandboxProcess;

class TestCliAudit : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    QString m_label;

    static QString auditLogPath()
    {
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/audit.log"_s;
    }

    // The audit records of the suite's account, as `audit --json --account` prints them.
    QJsonArray records(const QStringList& extra = {})
    {
        const CliRun run =
            kw::e2e::runCli(QStringList{u"--json"_s, u"audit"_s, u"--account"_s, m_label} + extra);
        if (run.exitCode != 0)
            qWarning().noquote() << run.describe();
        return run.array();
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"KeyWarden"_s);
        QCoreApplication::setApplicationName(u"keywarden"_s);
        const QString error = kw::e2e::startCliSuite(m_sandbox);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_label = kw::e2e::uniqueLabel(u"Audit"_s);
        const QString added = kw::e2e::addCliAccount(m_sandbox, u"wayscloud"_s, m_label);
        QVERIFY2(added.isEmpty(), qPrintable(added));
    }

    void cleanupTestCase()
    {
        kw::e2e::runCli({u"accounts"_s, u"remove"_s, u"--account"_s, m_label, u"--yes"_s});
    }

    void whatTheCommandLineDidIsReadBack()
    {
        const CliRun created =
            kw::e2e::runCli(QStringList{u"--json"_s, u"keys"_s, u"create"_s, u"--account"_s,
                                        m_label, u"--name"_s, u"audited"_s} +
                            kw::e2e::createArgumentsFor(u"wayscloud"_s, m_label));
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        const QString keyId = field(created.object(), u"id"_s);
        const QString secret = field(created.object(), u"secret"_s);
        QVERIFY(!keyId.isEmpty() && !secret.isEmpty());

        const QJsonArray found = records();
        QJsonObject create;
        for (const QJsonValue& record : found) {
            if (field(record.toObject(), u"keyId"_s) == keyId)
                create = record.toObject();
        }
        QVERIFY2(!create.isEmpty(), QJsonDocument(found).toJson().constData());
        QCOMPARE(field(create, u"action"_s), u"create"_s);
        QCOMPARE(field(create, u"account"_s), m_label);
        QCOMPARE(field(create, u"accountId"_s), field(created.object(), u"accountId"_s));
        QCOMPARE(field(create, u"key"_s), u"audited"_s);
        QCOMPARE(field(create, u"outcome"_s), u"ok"_s);
        QCOMPARE(field(create, u"source"_s), u"cli"_s);
        QVERIFY(create.value(u"line"_s).toInt() > 0);
        QVERIFY(QDateTime::fromString(field(create, u"time"_s), Qt::ISODateWithMs).isValid());

        // The same without --json: a table, and never the secret.
        const CliRun table = kw::e2e::runCli({u"audit"_s, u"--account"_s, m_label});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("audited"));
        QVERIFY(!table.out.contains(secret.toUtf8()));
        QVERIFY(!QJsonDocument(found).toJson().contains(secret.toUtf8()));
    }

    void aDamagedLineIsListedAndTheRestStillLoads()
    {
        {
            QFile log(auditLogPath());
            QVERIFY2(log.open(QIODevice::Append), qPrintable(log.fileName()));
            log.write("{\"account\":\"torn wri"); // a write that stopped mid-line
        }
        const CliRun revoked = kw::e2e::runCli({u"--json"_s, u"keys"_s, u"revoke"_s, u"--account"_s,
                                                m_label, u"--key"_s, u"audited"_s, u"--yes"_s});
        QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.describe()));

        const CliRun all = kw::e2e::runCli({u"--json"_s, u"audit"_s});
        QVERIFY2(all.exitCode == 0, qPrintable(all.describe()));
        const QJsonArray lines = all.array();
        int damagedLine = 0;
        int revokeLine = 0;
        for (const QJsonValue& value : lines) {
            const QJsonObject record = value.toObject();
            if (record.value(u"corrupt"_s).toBool() &&
                field(record, u"text"_s) == u"{\"account\":\"torn wri"_s)
                damagedLine = record.value(u"line"_s).toInt();
            if (field(record, u"account"_s) == m_label && field(record, u"action"_s) == u"revoke"_s)
                revokeLine = record.value(u"line"_s).toInt();
        }
        QVERIFY2(damagedLine > 0, all.out.constData());
        QCOMPARE(revokeLine, damagedLine + 1);
        const CliRun table = kw::e2e::runCli({u"audit"_s});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains("(damaged line)"), table.out.constData());
        // Filtered by account, the damaged line (no trustworthy account) is left out.
        for (const QJsonValue& value : records())
            QVERIFY(!value.toObject().contains(u"corrupt"_s));
    }

    void sinceNarrowsAndABadOneIsAUsageError()
    {
        QVERIFY(!records({u"--since"_s, u"2000-01-01"_s}).isEmpty());
        const QString tomorrow =
            QDateTime::currentDateTimeUtc().addDays(1).date().toString(Qt::ISODate);
        const CliRun none = kw::e2e::runCli(
            {u"--json"_s, u"audit"_s, u"--account"_s, m_label, u"--since"_s, tomorrow});
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.array().size(), 0);

        const CliRun bad = kw::e2e::runCli({u"audit"_s, u"--since"_s, u"last tuesday"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.oneErrorLine());
        QVERIFY2(bad.err.contains("--since"), bad.err.constData());
        QVERIFY(bad.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "test_cli_audit.moc"

// End to end: `keywarden-cli report` against a keywarden-sandbox, as an auditor would use it.
// The CSV is read back by Python's csv module (what LibreOffice and scripts rely on): every row
// has the header's columns, a name with a comma and quotes survives, and no field holds a secret.
#include "CliAccounts.h"
#include "CliRunner.h"
#include "SandboxProcess.h"
#include "console/Preferences.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace kw;
using namespace kw::e2e;
using namespace Qt::StringLiterals;

namespace {

const QStringList reportColumns{
    u"account"_s,     u"accountId"_s,    u"provider"_s,
    u"owner"_s,       u"name"_s,         u"id"_s,
    u"prefix"_s,      u"created"_s,      u"ageDays"_s,
    u"expires"_s,     u"lastUsed"_s,     u"status"_s,
    u"services"_s,    u"ipAllowlist"_s,  u"rotationDue"_s,
    u"expiresSoon"_s, u"unused90"_s,     u"multipleActiveKeysPerOwner"_s,
    u"noExpiry"_s,    u"noIpAllowlist"_s};

// The rows of a CSV file as Python's csv module reads them (as a JSON array of arrays).
std::optional<QJsonArray> pythonCsvRows(const QString& path, QString* error)
{
    QProcess python;
    python.setProgram(u"python3"_s);
    python.setArguments({u"-c"_s,
                         u"import csv, json, sys\n"
                         "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
                         "    print(json.dumps(list(csv.reader(f, strict=True))))\n"_s,
                         path});
    const CliRun run = runProcess(python);
    const QJsonDocument rows = run.json();
    if (run.exitCode != 0 || !rows.isArray()) {
        *error = run.describe();
        return std::nullopt;
    }
    return rows.array();
}

} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QString m_label;
    QByteArray m_secret; // of the key this suite created: must appear in no report
    QString m_keyName = u"billing, \"nightly\" export"_s;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"KeyWarden"_s);
        QCoreApplication::setApplicationName(u"keywarden"_s);
        const QString error = startCliSuite(m_sandbox);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_dir.isValid());
        m_label = uniqueLabel(u"Report, WAYSCloud"_s);
        const QString added = addCliAccount(m_sandbox, u"wayscloud"_s, m_label);
        QVERIFY2(added.isEmpty(), qPrintable(added));
        const CliRun created = runCli({u"--json"_s, u"keys"_s, u"create"_s, u"--account"_s, m_label,
                                       u"--name"_s, m_keyName, u"--service"_s, u"storage"_s});
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        m_secret = created.object().value(u"secret"_s).toString().toUtf8();
        QVERIFY(!m_secret.isEmpty());
    }

    void cleanupTestCase()
    {
        runCli({u"accounts"_s, u"remove"_s, u"--account"_s, m_label, u"--yes"_s});
    }

    void csvReadsBackWithPythonsCsvModule()
    {
        const QString path = m_dir.filePath(u"report.csv"_s);
        const CliRun run = runCli(
            {u"report"_s, u"--account"_s, m_label, u"--format"_s, u"csv"_s, u"--output"_s, path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.out.contains(path.toUtf8()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("account,accountId,"));
        QVERIFY(bytes.endsWith("\r\n"));
        QVERIFY(!bytes.contains(m_secret));
        QVERIFY(!bytes.contains(m_sandbox.provider(u"wayscloud"_s)->token.exposeBytes()));

        QString error;
        const std::optional<QJsonArray> rows = pythonCsvRows(path, &error);
        QVERIFY2(rows, qPrintable(error));
        QVERIFY(rows->size() >= 2); // the header and at least the key made here
        QJsonArray header = rows->first().toArray();
        QCOMPARE(header.toVariantList().size(), reportColumns.size());
        for (qsizetype i = 0; i < reportColumns.size(); ++i)
            QCOMPARE(header.at(i).toString(), reportColumns[i]);
        // A long run of key-like characters is what a secret or token looks like; ids and dates
        // are shorter runs between hyphens and colons.
        static const QRegularExpression secretLike(u"[A-Za-z0-9+/_]{32,}"_s);
        bool foundOurKey = false;
        for (qsizetype r = 1; r < rows->size(); ++r) {
            const QJsonArray row = rows->at(r).toArray();
            QCOMPARE(row.size(), header.size());
            for (const QJsonValue& value : row) {
                QVERIFY2(!secretLike.match(value.toString()).hasMatch(),
                         qPrintable(value.toString()));
            }
            QCOMPARE(row.at(0).toString(), m_label);
            if (row.at(4).toString() == m_keyName) {
                foundOurKey = true;
                QCOMPARE(row.at(11).toString(), u"active"_s);
                QCOMPARE(row.at(12).toString(), u"storage"_s);
                QCOMPARE(row.at(19).toString(), u"fail"_s); // no IP allowlist
            }
        }
        QVERIFY(foundOurKey);
    }

    // An account's own rotation policy (Preferences, in the settings keywarden-cli reads) decides
    // which of its keys `keys list --due` lists and what the report's rotationDue says; the
    // report keeps the default at the top and names the account's in its summary.
    void accountRotationPolicyReachesKeysListAndReport()
    {
        const CliRun accounts = runCli({u"--json"_s, u"accounts"_s, u"list"_s});
        QVERIFY2(accounts.exitCode == 0, qPrintable(accounts.describe()));
        QString accountId;
        for (const QJsonValue& value : accounts.json().array()) {
            if (value.toObject().value(u"label"_s).toString() == m_label)
                accountId = value.toObject().value(u"id"_s).toString();
        }
        QVERIFY(!accountId.isEmpty());
        const CliRun all = runCli({u"--json"_s, u"keys"_s, u"list"_s, u"--account"_s, m_label});
        QVERIFY2(all.exitCode == 0, qPrintable(all.describe()));
        auto olderThan = [&all](int days) {
            QStringList ids;
            for (const QJsonValue& key : all.json().array()) {
                const QJsonObject object = key.toObject();
                const QString status = object.value(u"status"_s).toString();
                const bool rotatable =
                    status != u"expired"_s && status != u"read-only"_s && status != u"revoked"_s;
                if (rotatable && object.value(u"ageDays"_s).toInt(-1) >= days)
                    ids << object.value(u"id"_s).toString();
            }
            ids.sort();
            return ids;
        };
        auto dueIds = [this] {
            const CliRun due =
                runCli({u"--json"_s, u"keys"_s, u"list"_s, u"--account"_s, m_label, u"--due"_s});
            QStringList ids;
            for (const QJsonValue& key : due.json().array())
                ids << key.toObject().value(u"id"_s).toString();
            ids.sort();
            return ids;
        };
        auto reportPolicy = [this] {
            const CliRun report =
                runCli({u"report"_s, u"--account"_s, m_label, u"--format"_s, u"json"_s});
            const QJsonObject json = report.json().object();
            const QJsonObject summary = json.value(u"summary"_s).toArray().first().toObject();
            return std::pair{json.value(u"rotationPolicyDays"_s).toInt(),
                             summary.value(u"rotationPolicyDays"_s).toInt()};
        };
        auto setPolicy = [&accountId](int days) {
            QSettings settings; // the same file keywarden-cli reads
            Preferences(settings).setAccountRotationPolicyDays(accountId, days);
            settings.sync();
        };

        setPolicy(1);
        const QStringList dueAtOneDay = olderThan(1);
        QVERIFY2(!dueAtOneDay.isEmpty(), "the sandbox has keys older than a day");
        QCOMPARE(dueIds(), dueAtOneDay);
        QCOMPARE(reportPolicy(), (std::pair{90, 1}));

        setPolicy(3650);
        QCOMPARE(dueIds(), olderThan(3650));
        QVERIFY(dueIds() != dueAtOneDay);
        QCOMPARE(reportPolicy(), (std::pair{90, 3650}));

        setPolicy(0); // back to the default
        QCOMPARE(dueIds(), olderThan(90));
        QCOMPARE(reportPolicy(), (std::pair{90, 90}));
    }

    void csvGoesToStandardOutputWithoutOutput()
    {
        const CliRun run = runCli({u"report"_s, u"--account"_s, m_label});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.out.startsWith("account,accountId,"));
        QVERIFY(run.out.contains(m_keyName.toUtf8().replace("\"", "\"\"")));
        QVERIFY(!run.out.contains(m_secret));
    }

    void jsonAndMarkdownByExtension()
    {
        const QString json = m_dir.filePath(u"report.json"_s);
        CliRun run = runCli({u"report"_s, u"--account"_s, m_label, u"--output"_s, json});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(report.value(u"summary"_s).toArray().size(), 1);
        QCOMPARE(field(report.value(u"summary"_s).toArray().first().toObject(), u"account"_s),
                 m_label);
        QVERIFY(report.value(u"keys"_s).toArray().size() >= 1);

        const QString md = m_dir.filePath(u"report.md"_s);
        run = runCli({u"report"_s, u"--account"_s, m_label, u"--output"_s, md});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QFile mdFile(md);
        QVERIFY(mdFile.open(QIODevice::ReadOnly));
        QVERIFY(mdFile.readAll().startsWith("# Credential report\n"));
    }

    void unknownFormatIsAUsageError()
    {
        const CliRun run = runCli({u"report"_s, u"--account"_s, m_label, u"--format"_s, u"xlsx"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.oneErrorLine(), run.err.constData());
        QVERIFY(run.err.contains("xlsx"));
        QVERIFY(run.err.contains("csv, json, md"));
    }

    void unwritablePathIsAClearErrorAndWritesNothing()
    {
        const QString blocker = m_dir.filePath(u"a-file"_s);
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString path = blocker + u"/report.csv"_s;
        const CliRun run = runCli({u"report"_s, u"--account"_s, m_label, u"--output"_s, path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(path.toUtf8()), run.err.constData());
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "test_cli_report.moc"

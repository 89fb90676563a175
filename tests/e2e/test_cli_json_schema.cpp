// End to end: every `keywarden-cli --json` command names its account the one way docs/cli.md
// documents: "account" is the label, "accountId" the id. Each command runs against a
// keywarden-sandbox; the last case checks that the commands covered here are exactly the ones
// `keywarden-cli --help` lists, and that docs/cli.md has a section with that schema for each, so
// that a new command, the code and the document cannot drift apart silently.
#include "CliAccounts.h"
#include "CliRunner.h"
#include "SandboxProcess.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace kw;
using namespace kw::e2e;
using namespace Qt::StringLiterals;

class TestCliJsonSchema : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QString m_label; // Wasabi AiR: per-key disable, edit, a secret the provider shows again
    QString m_id;
    QString m_s3Label; // CoreWeave: S3 key pairs, owners suspended as a whole
    QString m_s3Id;
    QStringList m_checked; // the commands whose JSON was checked

    // Runs `keywarden-cli --json <command>` and checks its exit code; the documents it printed.
    QList<QJsonDocument> json(const QStringList& command, const QByteArray& input = {})
    {
        const CliRun run = runCli(QStringList{u"--json"_s} + command, input, 60000);
        if (run.exitCode != 0 || run.jsonLines().isEmpty()) {
            qWarning().noquote() << command.join(u' ') << run.describe();
            return {};
        }
        // A top-level command ("report --account A") is one word.
        const bool topLevel = command.value(0) == u"credential-process"_s ||
                              command.value(0) == u"audit"_s || command.value(0) == u"report"_s;
        const QString name =
            topLevel ? command.value(0) : command.value(0) + u' ' + command.value(1);
        if (!m_checked.contains(name))
            m_checked.append(name);
        return run.jsonLines();
    }

    // The one schema: "account" the label, "accountId" the id.
    static bool namesAccount(const QJsonObject& object, const QString& label, const QString& id)
    {
        const bool right =
            field(object, u"account"_s) == label && field(object, u"accountId"_s) == id;
        if (!right)
            qWarning().noquote() << "wanted account" << label << id << "in"
                                 << QJsonDocument(object).toJson(QJsonDocument::Compact);
        return right;
    }
    bool namesAir(const QJsonObject& object) { return namesAccount(object, m_label, m_id); }
    bool namesS3(const QJsonObject& object) { return namesAccount(object, m_s3Label, m_s3Id); }

    QString addAccount(const QString& providerId, const QString& label, QString* id)
    {
        const SandboxProcess::Provider* emulator = m_sandbox.provider(providerId);
        if (!emulator)
            return u"no %1 emulator"_s.arg(providerId);
        QStringList command{u"accounts"_s, u"add"_s, u"--provider"_s, providerId,
                            u"--label"_s,  label,    u"--endpoint"_s, emulator->url.toString()};
        if (emulator->s3Url.isValid())
            command << u"--s3-endpoint"_s << emulator->s3Url.toString();
        if (!emulator->region.isEmpty())
            command << u"--region"_s << emulator->region;
        const QJsonObject added =
            json(command, emulator->token.exposeBytes() + '\n').value(0).object();
        *id = field(added, u"id"_s);
        if (id->isEmpty() || !namesAccount(added, label, *id))
            return u"accounts add %1: no account/accountId"_s.arg(providerId);
        return {};
    }

    static QString sourceFile(const QString& path)
    {
        return QString::fromUtf8(KEYWARDEN_SOURCE_DIR) + u'/' + path;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"KeyWarden"_s);
        QCoreApplication::setApplicationName(u"keywarden"_s);
        const QString error = startCliSuite(m_sandbox);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_label = uniqueLabel(u"Schema air"_s);
        QString added = addAccount(u"wasabi-air"_s, m_label, &m_id);
        QVERIFY2(added.isEmpty(), qPrintable(added));
        m_s3Label = uniqueLabel(u"Schema coreweave"_s);
        added = addAccount(u"coreweave"_s, m_s3Label, &m_s3Id);
        QVERIFY2(added.isEmpty(), qPrintable(added));
    }

    void cleanupTestCase()
    {
        runCli({u"accounts"_s, u"remove"_s, u"--account"_s, m_s3Label, u"--yes"_s});
    }

    void accountCommands()
    {
        const QJsonArray accounts = json({u"accounts"_s, u"list"_s}).value(0).array();
        QVERIFY(!accounts.isEmpty());
        bool listed = false;
        for (const QJsonValue& account : accounts) {
            const QJsonObject object = account.toObject();
            QCOMPARE(field(object, u"accountId"_s), field(object, u"id"_s));
            QCOMPARE(field(object, u"account"_s), field(object, u"label"_s));
            listed = listed || field(object, u"accountId"_s) == m_id;
        }
        QVERIFY(listed);
        QVERIFY(
            namesAir(json({u"accounts"_s, u"test"_s, u"--account"_s, m_label}).value(0).object()));

        const QString renamed = m_label + u" edited"_s;
        const QJsonObject edited =
            json({u"accounts"_s, u"edit"_s, u"--account"_s, m_label, u"--label"_s, renamed})
                .value(0)
                .object();
        QVERIFY(namesAccount(edited, renamed, m_id));
        m_label = renamed;
        // The same token again: tested, then kept.
        const SandboxProcess::Provider* air = m_sandbox.provider(u"wasabi-air"_s);
        QVERIFY(air);
        const QJsonObject replaced =
            json({u"accounts"_s, u"replace-token"_s, u"--account"_s, m_label},
                 air->token.exposeBytes() + '\n')
                .value(0)
                .object();
        QVERIFY(namesAir(replaced));
        QCOMPARE(replaced.value(u"tokenReplaced"_s).toBool(), true);
    }

    void keyCommands()
    {
        const QStringList account{u"--account"_s, m_label};
        const QJsonArray keys = json(QStringList{u"keys"_s, u"list"_s} + account).value(0).array();
        QVERIFY(!keys.isEmpty());
        for (const QJsonValue& key : keys)
            QVERIFY(namesAir(key.toObject()));
        QVERIFY(namesAir(
            json(QStringList{u"keys"_s, u"mark-seen"_s, u"--all"_s} + account).value(0).object()));

        const QJsonObject created =
            json(QStringList{u"keys"_s, u"create"_s, u"--name"_s, u"schema"_s} + account)
                .value(0)
                .object();
        QVERIFY(namesAir(created));
        const QStringList key = account + QStringList{u"--key"_s, field(created, u"id"_s)};
        QVERIFY(namesAir(json(QStringList{u"keys"_s, u"edit"_s, u"--name"_s, u"schema-2"_s} + key)
                             .value(0)
                             .object()));
        QVERIFY(namesAir(json(QStringList{u"keys"_s, u"disable"_s} + key).value(0).object()));
        QVERIFY(namesAir(json(QStringList{u"keys"_s, u"enable"_s} + key).value(0).object()));
        QVERIFY(namesAir(json(QStringList{u"keys"_s, u"verify"_s} + key).value(0).object()));

        const QList<QJsonDocument> rotated =
            json(QStringList{u"keys"_s, u"rotate"_s, u"--grace"_s, u"7"_s} + key);
        QCOMPARE(rotated.size(), 2);
        QVERIFY(namesAir(rotated.first().object()));
        const QJsonObject outcome = rotated.last().object();
        QVERIFY(namesAir(outcome));
        const QString recordId = field(outcome, u"rotation"_s);

        bool recorded = false;
        for (const QJsonValue& record : json({u"rotations"_s, u"list"_s}).value(0).array()) {
            if (field(record.toObject(), u"id"_s) == recordId) {
                recorded = true;
                QVERIFY(namesAir(record.toObject()));
            }
        }
        QVERIFY(recorded);
        // Due now, as far as the record knows (as a week later would make it).
        {
            QSettings settings;
            const QString revokeAfter = u"rotations/%1/revokeAfter"_s.arg(recordId);
            QVERIFY2(settings.contains(revokeAfter), qPrintable(settings.fileName()));
            settings.setValue(revokeAfter, QDateTime::currentDateTimeUtc().addSecs(-60).toString(
                                               Qt::ISODateWithMs));
        }
        const QJsonArray finished =
            json(QStringList{u"rotations"_s, u"finish-due"_s} + account).value(0).array();
        QCOMPARE(finished.size(), 1);
        QVERIFY(namesAir(finished.first().toObject()));

        QVERIFY(namesAir(json(QStringList{u"keys"_s, u"revoke"_s, u"--yes"_s, u"--key"_s,
                                          field(rotated.first().object(), u"id"_s)} +
                              account)
                             .value(0)
                             .object()));
    }

    void s3KeyAndOwnerCommands()
    {
        const QStringList account{u"--account"_s, m_s3Label};
        const QJsonObject created = json(QStringList{u"keys"_s, u"create"_s, u"--name"_s,
                                                     u"schema"_s, u"--permanent"_s, u"--store"_s} +
                                         account)
                                        .value(0)
                                        .object();
        QVERIFY(namesS3(created));
        const QStringList key = account + QStringList{u"--key"_s, field(created, u"id"_s)};
        QVERIFY(namesS3(json(QStringList{u"keys"_s, u"aws-profile"_s} + key).value(0).object()));
        // The owner, suspended as a whole and reactivated.
        QVERIFY(namesS3(
            json(QStringList{u"keys"_s, u"disable"_s, u"--yes"_s} + key).value(0).object()));
        QVERIFY(namesS3(json(QStringList{u"keys"_s, u"enable"_s} + key).value(0).object()));
        // AWS reads credential_process's output: its own format, no account fields.
        const QJsonObject credentials =
            json(QStringList{u"credential-process"_s} + key).value(0).object();
        QCOMPARE(field(credentials, u"AccessKeyId"_s), field(created, u"id"_s));
    }

    // The audit log keeps labels; the CLI names the account that has the label now.
    void auditCommand()
    {
        const QJsonArray records = json({u"audit"_s, u"--account"_s, m_label}).value(0).array();
        QVERIFY(!records.isEmpty());
        for (const QJsonValue& record : records)
            QVERIFY(namesAir(record.toObject()));
    }

    void reportCommand()
    {
        const QJsonObject report = json({u"report"_s, u"--account"_s, m_label}).value(0).object();
        const QJsonArray summary = report.value(u"summary"_s).toArray();
        QCOMPARE(summary.size(), 1);
        QVERIFY(namesAir(summary.first().toObject()));
        const QJsonArray keys = report.value(u"keys"_s).toArray();
        QVERIFY(!keys.isEmpty());
        for (const QJsonValue& key : keys)
            QVERIFY(namesAir(key.toObject()));
    }

    // A pasted id (no secret: nothing live, exit 0) names the account of its key in each match.
    void leakCommands()
    {
        const QString keyId = keyIds(listKeys(m_s3Label).value_or(QJsonArray())).value(0);
        QVERIFY(!keyId.isEmpty());
        const QJsonArray checked =
            json({u"leak"_s, u"check"_s}, "id " + keyId.toUtf8()).value(0).array();
        QVERIFY(namesS3(checked.first()[u"matches"_s][0].toObject()));
        QTemporaryDir dir;
        QFile file(dir.filePath(u"ids.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(keyId.toUtf8()) > 0);
        file.close();
        const QJsonArray scanned = json({u"leak"_s, u"scan"_s, dir.path()}).value(0).array();
        QVERIFY(namesS3(scanned.first()[u"matches"_s][0].toObject()));
    }

    void accountsRemove()
    {
        QVERIFY(namesAir(json({u"accounts"_s, u"remove"_s, u"--account"_s, m_label, u"--yes"_s})
                             .value(0)
                             .object()));
        // The add in initTestCase went through json() too.
        QVERIFY(m_checked.contains(u"accounts add"_s));
    }

    // Runs last (Qt Test keeps the declaration order).
    void everyCommandOfTheHelpIsCheckedAndDocumented()
    {
        const CliRun help = runCli({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        // "  keys create --account A …": two spaces, then the command's words.
        static const QRegularExpression commandLine(
            u"^  ([a-z][a-z-]*(?: [a-z][a-z-]*)?)(?= --|\\s*$| \\[)"_s,
            QRegularExpression::MultilineOption);
        QStringList commands;
        for (auto it = commandLine.globalMatch(QString::fromUtf8(help.out)); it.hasNext();)
            commands.append(it.next().captured(1));
        QVERIFY2(commands.size() >= 16, qPrintable(commands.join(u", "_s)));
        QCOMPARE(QSet<QString>(m_checked.cbegin(), m_checked.cend()),
                 QSet<QString>(commands.cbegin(), commands.cend()));

        QFile doc(sourceFile(u"docs/cli.md"_s));
        QVERIFY2(doc.open(QIODevice::ReadOnly), qPrintable(doc.fileName()));
        const QString text = QString::fromUtf8(doc.readAll());
        for (const QString& command : std::as_const(commands)) {
            const QString heading = u"\n### `%1`"_s.arg(command);
            const qsizetype start = text.indexOf(heading);
            QVERIFY2(start >= 0, qPrintable(u"docs/cli.md has no section "_s + heading.trimmed()));
            const qsizetype next = text.indexOf(u"\n#"_s, start + heading.size());
            const QString section = text.mid(start, next < 0 ? -1 : next - start);
            QVERIFY2(section.contains(u"```json"_s),
                     qPrintable(u"no JSON example for "_s + command));
            if (command != u"credential-process"_s)
                QVERIFY2(section.contains(u"\"accountId\""_s),
                         qPrintable(u"the example of %1 shows no accountId"_s.arg(command)));
        }
        QFile readme(sourceFile(u"README.md"_s));
        QVERIFY(readme.open(QIODevice::ReadOnly));
        QVERIFY2(readme.readAll().contains("docs/cli.md"), "README.md links docs/cli.md");
    }
};

QTEST_GUILESS_MAIN(TestCliJsonSchema)
#include "test_cli_json_schema.moc"

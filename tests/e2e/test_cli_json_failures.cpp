// End to end, as a script reading `keywarden-cli --json` meets an outage: the sandbox injects a
// fault (an HTTP error, a hang, a body cut short or malformed, a reset connection) and the
// command's standard output must not read as its result. A failed `keys list --json` prints
// nothing, never `[]` (one account or all of them); a command that fails before printing prints
// nothing, and so does a failed `rotations finish-due`; one that had printed already (keys rotate)
// or whose failure output carries a result (keys verify) ends with an object that has "error"
// and "exitCode" (docs/cli.md "Failures").
#include "CliAccounts.h"
#include "CliRunner.h"
#include "SandboxProcess.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSettings>
#include <QTest>

using namespace kw;
using namespace kw::e2e;
using namespace Qt::StringLiterals;

namespace {

const QString Provider = u"coreweave"_s;
const QString KeysPath = u"/v1/cwobject/access-key"_s;
const QString RevokePath = u"/v1/cwobject/revoke-access-key"_s;

// A hang is given up on after every attempt of the client's timeout: 4 × the 2 s these runs
// set with --timeout (30 s each without it), plus the backoff between attempts.
constexpr int HangTimeoutMs = 60000;

} // namespace

class TestCliJsonFailures : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QString m_label;      // the account the faults hit
    QString m_otherLabel; // a healthy account beside it

    bool control(const QByteArray& method, const QJsonObject& fault = {})
    {
        const SandboxProcess::Provider* emulator = m_sandbox.provider(Provider);
        QNetworkAccessManager network;
        QNetworkRequest request(emulator->url.resolved(QUrl(u"/_sandbox/faults"_s)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader("Authorization", "Bearer " + emulator->token.exposeBytes());
        QNetworkReply* reply = network.sendCustomRequest(
            request, method, QJsonDocument(fault).toJson(QJsonDocument::Compact));
        const bool done = QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (!done || status / 100 != 2)
            qWarning() << "fault control" << method << status << reply->readAll();
        reply->deleteLater();
        return done && status / 100 == 2;
    }
    bool inject(const QString& kind, const QByteArray& method, const QString& path)
    {
        return control("POST", {{u"kind"_s, kind},
                                {u"method"_s, QString::fromLatin1(method)},
                                {u"path"_s, path},
                                {u"count"_s, -1}});
    }

    QString createKey(const QString& name)
    {
        const CliRun run = runCli({u"--json"_s, u"keys"_s, u"create"_s, u"--account"_s, m_label,
                                   u"--name"_s, name, u"--permanent"_s});
        if (run.exitCode != 0)
            qWarning().noquote() << "keys create" << run.describe();
        return field(run.object(), u"id"_s);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"KeyWarden"_s);
        QCoreApplication::setApplicationName(u"keywarden"_s);
        const QString error = startCliSuite(m_sandbox);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_label = uniqueLabel(u"Faults coreweave"_s);
        QString added = addCliAccount(m_sandbox, Provider, m_label);
        QVERIFY2(added.isEmpty(), qPrintable(added));
        m_otherLabel = uniqueLabel(u"Healthy wayscloud"_s);
        added = addCliAccount(m_sandbox, u"wayscloud"_s, m_otherLabel);
        QVERIFY2(added.isEmpty(), qPrintable(added));
    }

    void cleanup() { QVERIFY(control("DELETE")); }

    void cleanupTestCase()
    {
        for (const QString& label : {m_label, m_otherLabel})
            runCli({u"accounts"_s, u"remove"_s, u"--account"_s, label, u"--yes"_s});
    }

    void aMalformedTimeoutIsRefusedBeforeAnyRequest_data()
    {
        QTest::addColumn<QString>("value");
        for (const QString& value : {u"0"_s, u"-3"_s, u"601"_s, u"soon"_s, QString()})
            QTest::newRow(qPrintable(value.isEmpty() ? u"missing"_s : value)) << value;
    }

    void aMalformedTimeoutIsRefusedBeforeAnyRequest()
    {
        QFETCH(QString, value);
        QStringList arguments{u"--json"_s,    u"keys"_s, u"list"_s,
                              u"--account"_s, m_label,   u"--timeout"_s};
        if (!value.isEmpty())
            arguments << value;
        const CliRun run = runCli(arguments);
        QVERIFY2(run.finished, qPrintable(run.describe()));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--timeout takes a number of seconds"),
                 qPrintable(run.describe()));
    }

    void aFailedListPrintsNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("allAccounts");
        for (const QString& kind : {u"503"_s, u"500"_s, u"401"_s, u"truncate"_s, u"malformed"_s,
                                    u"reset"_s, u"reset_before"_s, u"hang"_s}) {
            QTest::newRow(qPrintable(kind + u" one account"_s)) << kind << false;
            QTest::newRow(qPrintable(kind + u" all accounts"_s)) << kind << true;
        }
    }

    void aFailedListPrintsNothing()
    {
        QFETCH(QString, kind);
        QFETCH(bool, allAccounts);
        // Listed fine before the fault: the emptiness below is the fault's doing.
        QVERIFY(listKeys(m_label).value_or(QJsonArray()).size() > 0);
        QVERIFY(inject(kind, "GET", KeysPath));
        QStringList arguments{u"--json"_s, u"--timeout"_s, u"2"_s, u"keys"_s, u"list"_s};
        if (!allAccounts)
            arguments << u"--account"_s << m_label;
        const CliRun run = runCli(arguments, {}, HangTimeoutMs);
        QVERIFY2(run.finished, qPrintable(run.describe()));
        QVERIFY2(run.exitCode > 0, qPrintable(run.describe()));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.describe()));
        QVERIFY2(run.err.contains(m_label.toUtf8()), qPrintable(run.describe()));
        if (allAccounts) {
            // The healthy account alone would have read as "these are all the keys".
            QVERIFY2(!run.err.contains(m_otherLabel.toUtf8()), qPrintable(run.describe()));
        }
    }

    void aFailedCreateOrRevokePrintsNothing()
    {
        const QString keyId = createKey(u"json-failures"_s);
        QVERIFY(!keyId.isEmpty());
        QVERIFY(inject(u"503"_s, "POST", RevokePath));
        const CliRun revoked = runCli({u"--json"_s, u"keys"_s, u"revoke"_s, u"--account"_s, m_label,
                                       u"--key"_s, keyId, u"--yes"_s});
        QVERIFY2(revoked.exitCode > 0, qPrintable(revoked.describe()));
        QVERIFY2(revoked.out.isEmpty(), qPrintable(revoked.describe()));
        QVERIFY(control("DELETE"));

        QVERIFY(inject(u"503"_s, "POST", KeysPath));
        const CliRun created = runCli({u"--json"_s, u"keys"_s, u"create"_s, u"--account"_s, m_label,
                                       u"--name"_s, u"never-made"_s, u"--permanent"_s});
        QVERIFY2(created.exitCode > 0, qPrintable(created.describe()));
        QVERIFY2(created.out.isEmpty(), qPrintable(created.describe()));
    }

    void aRotationThatFailsAfterTheNewKeyEndsWithAnErrorObject()
    {
        const QString oldId = createKey(u"json-failures-rotate"_s);
        QVERIFY(!oldId.isEmpty());
        QVERIFY(inject(u"503"_s, "POST", RevokePath));
        const CliRun rotated = runCli({u"--json"_s, u"keys"_s, u"rotate"_s, u"--account"_s, m_label,
                                       u"--key"_s, oldId, u"--grace"_s, u"0"_s},
                                      {}, 60000);
        QVERIFY2(rotated.exitCode > 0, qPrintable(rotated.describe()));
        const QList<QJsonDocument> lines = rotated.jsonLines();
        QCOMPARE(lines.size(), 2);
        // The new key exists and its secret was handed over: that line stays true.
        QVERIFY(!field(lines.first().object(), u"secret"_s).isEmpty());
        const QJsonObject last = lines.last().object();
        QVERIFY2(!field(last, u"error"_s).isEmpty(), qPrintable(rotated.describe()));
        QCOMPARE(last.value(u"exitCode"_s).toInt(), rotated.exitCode);
        QCOMPARE(field(last, u"account"_s), m_label);
        QCOMPARE(field(last, u"accountId"_s), field(lines.first().object(), u"accountId"_s));
    }

    void aFailedFinishDuePrintsNothing()
    {
        const QString oldId = createKey(u"json-failures-due"_s);
        QVERIFY(!oldId.isEmpty());
        const CliRun rotated = runCli({u"--json"_s, u"keys"_s, u"rotate"_s, u"--account"_s, m_label,
                                       u"--key"_s, oldId, u"--grace"_s, u"7"_s},
                                      {}, 60000);
        QVERIFY2(rotated.exitCode == 0, qPrintable(rotated.describe()));
        const QString recordId = field(rotated.jsonLines().value(1).object(), u"rotation"_s);
        QVERIFY(!recordId.isEmpty());
        // Due now, as far as the record knows (as a week later would make it).
        {
            QSettings settings;
            const QString revokeAfter = u"rotations/%1/revokeAfter"_s.arg(recordId);
            QVERIFY2(settings.contains(revokeAfter), qPrintable(settings.fileName()));
            settings.setValue(revokeAfter, QDateTime::currentDateTimeUtc().addSecs(-60).toString(
                                               Qt::ISODateWithMs));
        }
        QVERIFY(inject(u"503"_s, "GET", KeysPath));
        const CliRun due = runCli(
            {u"--json"_s, u"rotations"_s, u"finish-due"_s, u"--account"_s, m_label}, {}, 60000);
        QVERIFY2(due.exitCode > 0, qPrintable(due.describe()));
        QVERIFY2(due.out.isEmpty(), qPrintable(due.describe()));
        QVERIFY(control("DELETE"));
        // Once the provider answers again, the next run finishes it.
        const CliRun again = runCli(
            {u"--json"_s, u"rotations"_s, u"finish-due"_s, u"--account"_s, m_label}, {}, 60000);
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        // (The rotation whose revoke failed above is due too.)
        QStringList finished;
        for (const QJsonValue& record : again.array())
            finished.append(field(record.toObject(), u"id"_s));
        QVERIFY2(finished.contains(recordId), qPrintable(again.describe()));
    }

    void aKeyThatFailsItsTestSaysErrorInItsObject()
    {
        const QString keyId = createKey(u"json-failures-verify"_s);
        QVERIFY(!keyId.isEmpty());
        const CliRun verified = runCli({u"--json"_s, u"keys"_s, u"verify"_s, u"--account"_s,
                                        m_label, u"--key"_s, keyId, u"--secret-stdin"_s},
                                       "not-the-secret-of-this-key\n");
        QVERIFY2(verified.exitCode > 0, qPrintable(verified.describe()));
        const QJsonObject answer = verified.object();
        QVERIFY(field(answer, u"outcome"_s) != u"works"_s);
        QVERIFY2(!field(answer, u"error"_s).isEmpty(), qPrintable(verified.describe()));
        QCOMPARE(answer.value(u"exitCode"_s).toInt(), verified.exitCode);
    }
};

QTEST_GUILESS_MAIN(TestCliJsonFailures)
#include "test_cli_json_failures.moc"

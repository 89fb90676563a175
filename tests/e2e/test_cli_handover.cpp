// End to end, as a script would meet it: `keywarden-cli` whose standard output cannot take the
// secret (a full disk: /dev/full; a reader that went away: a closed pipe) says so, exits with
// code 8, and a rotation then keeps the old key active. A create whose answer was lost (the
// sandbox commits the create, then drops the connection) names the key it made, with --json as
// an "orphan" object, and exits with code 1.
#include "CliAccounts.h"
#include "CliRunner.h"
#include "SandboxProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>
#include <fcntl.h>
#include <unistd.h>

using namespace kw;
using namespace kw::e2e;
using namespace Qt::StringLiterals;

namespace {

constexpr int HandOverExit = 8;
const QString Provider = u"wayscloud"_s;

enum class Output
{
    DevFull,    // every write fails with ENOSPC
    ClosedPipe, // a pipe whose reading end is closed: EPIPE
};

// Runs keywarden-cli with its standard output on a broken sink.
CliRun runCliInto(Output output, const QStringList& arguments, int timeoutMs = 60000)
{
    QProcess process;
    process.setProgram(cliExecutable());
    process.setArguments(arguments);
    int pipeEnds[2] = {-1, -1};
    if (output == Output::DevFull) {
        process.setStandardOutputFile(u"/dev/full"_s);
    } else {
        if (::pipe2(pipeEnds, O_CLOEXEC) != 0)
            return {};
        ::close(pipeEnds[0]); // nobody will ever read
        const int writeEnd = pipeEnds[1];
        process.setChildProcessModifier([writeEnd] { ::dup2(writeEnd, STDOUT_FILENO); });
    }
    // Only the child holds the writing end once it runs.
    return runProcess(process, {}, timeoutMs, [&pipeEnds] {
        if (pipeEnds[1] >= 0)
            ::close(pipeEnds[1]);
    });
}

} // namespace

class TestCliHandOver : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QString m_label;
    QString m_s3Label; // credential-process serves S3 key pairs: a CoreWeave account

    QString createKey(const QString& name, const QStringList& extra = {})
    {
        const CliRun run = runCli(
            QStringList{u"--json"_s, u"keys"_s, u"create"_s, u"--account"_s, m_label} +
            nameArgumentsFor(Provider, name) + createArgumentsFor(Provider, m_label) + extra);
        if (run.exitCode != 0)
            qWarning().noquote() << "keys create" << run.describe();
        return field(run.object(), u"id"_s);
    }

    // The key as a fresh `keys list` shows it; empty when it is not listed.
    QJsonObject listed(const QString& keyId)
    {
        QString error;
        const std::optional<QJsonArray> keys = listKeys(m_label, &error);
        if (!keys) {
            qWarning().noquote() << "keys list" << error;
            return {};
        }
        for (const QJsonValue& key : *keys) {
            if (field(key.toObject(), u"id"_s) == keyId)
                return key.toObject();
        }
        return {};
    }

    // The rotation record of the old key (the last one, when there are several).
    QJsonObject rotationOf(const QString& oldKeyId)
    {
        const CliRun run = runCli({u"--json"_s, u"rotations"_s, u"list"_s});
        QJsonObject found;
        for (const QJsonValue& record : run.array()) {
            const QJsonObject object = record.toObject();
            if (object.value(u"oldKeyId"_s).toString() == oldKeyId)
                found = object;
        }
        return found;
    }

    // Injects a fault into the WAYSCloud emulator through its control endpoint.
    bool injectFault(const QJsonObject& fault)
    {
        const SandboxProcess::Provider* emulator = m_sandbox.provider(Provider);
        QNetworkAccessManager network;
        QNetworkRequest request(emulator->url.resolved(QUrl(u"/_sandbox/faults"_s)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader("Authorization", "Bearer " + emulator->token.exposeBytes());
        QNetworkReply* reply =
            network.post(request, QJsonDocument(fault).toJson(QJsonDocument::Compact));
        const bool done = QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (!done || status != 201)
            qWarning() << "fault not injected:" << status << reply->readAll();
        reply->deleteLater();
        return done && status == 201;
    }

    void rotateIntoBrokenOutput(Output output)
    {
        const QString oldId = createKey(u"handover-old"_s);
        QVERIFY(!oldId.isEmpty());
        const CliRun run = runCliInto(output, {u"keys"_s, u"rotate"_s, u"--account"_s, m_label,
                                               u"--key"_s, oldId, u"--grace"_s, u"0"_s});
        QVERIFY2(run.finished, qPrintable(run.describe()));
        QCOMPARE(run.exitCode, HandOverExit);
        QVERIFY2(run.err.contains("could not be written to standard output"),
                 qPrintable(run.describe()));
        QVERIFY2(run.err.contains("old key was kept"), qPrintable(run.describe()));
        // A fresh list: the old key is there and active.
        const QJsonObject old = listed(oldId);
        QVERIFY2(!old.isEmpty(), "the old key is gone");
        QCOMPARE(field(old, u"status"_s), u"active"_s);
        // Its rotation is abandoned: nothing will revoke it later either.
        const CliRun finishDue = runCli({u"rotations"_s, u"finish-due"_s}, {}, 60000);
        QVERIFY2(finishDue.finished, qPrintable(finishDue.describe()));
        QCOMPARE(field(listed(oldId), u"status"_s), u"active"_s);
        const QJsonObject record = rotationOf(oldId);
        QVERIFY2(!record.isEmpty(), "no rotation record of the old key");
        QCOMPARE(field(record, u"state"_s), u"abandoned"_s);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"KeyWarden"_s);
        QCoreApplication::setApplicationName(u"keywarden"_s);
        const QString error = startCliSuite(m_sandbox);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_label = uniqueLabel(u"Hand-over "_s + Provider);
        const QString added = addCliAccount(m_sandbox, Provider, m_label);
        QVERIFY2(added.isEmpty(), qPrintable(added));
        m_s3Label = uniqueLabel(u"Hand-over coreweave"_s);
        const QString s3Added = addCliAccount(m_sandbox, u"coreweave"_s, m_s3Label);
        QVERIFY2(s3Added.isEmpty(), qPrintable(s3Added));
    }

    void cleanupTestCase()
    {
        runCli({u"accounts"_s, u"remove"_s, u"--account"_s, m_label, u"--yes"_s});
        runCli({u"accounts"_s, u"remove"_s, u"--account"_s, m_s3Label, u"--yes"_s});
    }

    void createIntoAFullDiskFails()
    {
        const CliRun run = runCliInto(Output::DevFull,
                                      QStringList{u"keys"_s, u"create"_s, u"--account"_s, m_label} +
                                          nameArgumentsFor(Provider, u"handover-full"_s) +
                                          createArgumentsFor(Provider, m_label));
        QVERIFY2(run.finished, qPrintable(run.describe()));
        QCOMPARE(run.exitCode, HandOverExit);
        QVERIFY2(run.err.contains("could not be written to standard output"),
                 qPrintable(run.describe()));
        QVERIFY2(run.err.contains("No space left on device"), qPrintable(run.describe()));
        QVERIFY2(run.err.contains("revoke"), qPrintable(run.describe()));
    }

    void createIntoAClosedPipeFails()
    {
        const CliRun run =
            runCliInto(Output::ClosedPipe,
                       QStringList{u"--json"_s, u"keys"_s, u"create"_s, u"--account"_s, m_label} +
                           nameArgumentsFor(Provider, u"handover-pipe"_s) +
                           createArgumentsFor(Provider, m_label));
        // Not killed by SIGPIPE: it ran to the end and said why.
        QVERIFY2(run.finished, qPrintable(run.describe()));
        QCOMPARE(run.exitCode, HandOverExit);
        QVERIFY2(run.err.contains("Broken pipe"), qPrintable(run.describe()));
    }

    void rotateIntoAFullDiskKeepsTheOldKey() { rotateIntoBrokenOutput(Output::DevFull); }
    void rotateIntoAClosedPipeKeepsTheOldKey() { rotateIntoBrokenOutput(Output::ClosedPipe); }

    void credentialProcessIntoAFullDiskFails()
    {
        const CliRun created = runCli(QStringList{u"--json"_s, u"keys"_s, u"create"_s,
                                                  u"--account"_s, m_s3Label, u"--store"_s} +
                                      nameArgumentsFor(u"coreweave"_s, u"handover-stored"_s) +
                                      createArgumentsFor(u"coreweave"_s, m_s3Label));
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        const QString keyId = field(created.object(), u"id"_s);
        QVERIFY(!keyId.isEmpty());
        const CliRun fine =
            runCli({u"credential-process"_s, u"--account"_s, m_s3Label, u"--key"_s, keyId});
        QVERIFY2(fine.exitCode == 0, qPrintable(fine.describe()));
        const CliRun full = runCliInto(Output::DevFull, {u"credential-process"_s, u"--account"_s,
                                                         m_s3Label, u"--key"_s, keyId});
        QVERIFY2(full.finished, qPrintable(full.describe()));
        QCOMPARE(full.exitCode, HandOverExit);
        QVERIFY2(full.err.contains("could not be written to standard output"),
                 qPrintable(full.describe()));
    }

    // The create is committed, then the connection drops before the answer: the CLI names the
    // key that now exists without a secret, and exits with 1.
    void lostCreateAnswerNamesTheOrphan()
    {
        QVERIFY(injectFault({{u"kind"_s, u"fail_after_commit"_s},
                             {u"method"_s, u"POST"_s},
                             {u"path"_s, u"/v1/account/api-keys"_s},
                             {u"count"_s, 1}}));
        const CliRun run =
            runCli(QStringList{u"--json"_s, u"keys"_s, u"create"_s, u"--account"_s, m_label} +
                       nameArgumentsFor(Provider, u"handover-orphan"_s) +
                       createArgumentsFor(Provider, m_label),
                   {}, 60000);
        QVERIFY2(run.finished, qPrintable(run.describe()));
        QCOMPARE(run.exitCode, 1);
        const QJsonObject answer = run.object();
        const QJsonObject orphan = answer.value(u"orphan"_s).toObject();
        QVERIFY2(!orphan.isEmpty(), qPrintable(run.describe()));
        QCOMPARE(field(orphan, u"name"_s), u"handover-orphan"_s);
        QCOMPARE(field(orphan, u"account"_s), m_label);
        QVERIFY(!field(orphan, u"id"_s).isEmpty());
        QVERIFY(!field(answer, u"error"_s).isEmpty());
        QVERIFY2(run.err.contains("“handover-orphan” was created but its secret never arrived"),
                 qPrintable(run.describe()));
        // It is the key a fresh list shows.
        QVERIFY(!listed(field(orphan, u"id"_s)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliHandOver)
#include "test_cli_handover.moc"

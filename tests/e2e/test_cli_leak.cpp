// End to end, as an administrator answering a leak would run it: `keywarden-cli leak check` reads
// a pasted log from standard input, names whose key it holds, tests the pasted secret against a
// running keywarden-sandbox and, with --revoke, revokes exactly that key; `leak scan` walks a
// folder (not .git, not binaries) and reports file:line. The pasted secrets appear in no output,
// no file under the scratch HOME (settings, audit log) and never on the command line.
#include "CliAccounts.h"
#include "CliRunner.h"
#include "ExecTrace.h"
#include "SandboxProcess.h"
#include "SecretScan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace kw;
using namespace kw::e2e;
using namespace Qt::StringLiterals;

namespace {

constexpr int LiveKeyExit = 10;
constexpr int UsageExit = 2;

struct Created
{
    QString id;
    QString prefix;
    QByteArray secret;
};

bool writeFile(const QString& path, const QByteArray& contents)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

} // namespace

class TestCliLeak : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QString m_home;
    QString m_ways; // account labels
    QString m_coreweave;
    QList<QByteArray> m_secrets;      // every secret this test saw
    QList<QByteArray> m_outputs;      // everything the leak commands printed
    QTemporaryDir m_traceDir;         // outside HOME, so that the scan of HOME does not read them
    QStringList m_traces;             // one strace record per leak command
    QStringList m_secretInArgvTraces; // the runs given a secret on their command line, on purpose
    QByteArray m_secretInArgv;

    Created create(const QString& providerId, const QString& label, const QString& name)
    {
        const CliRun run =
            runCli(QStringList{u"--json"_s, u"keys"_s, u"create"_s, u"--account"_s, label} +
                   nameArgumentsFor(providerId, name) + createArgumentsFor(providerId, label));
        const QJsonObject created = run.object();
        if (run.exitCode != 0)
            qWarning().noquote() << "keys create" << providerId << run.describe();
        Created out{field(created, u"id"_s), field(created, u"prefix"_s),
                    field(created, u"secret"_s).toUtf8()};
        m_secrets << out.secret;
        return out;
    }

    // A leak command, under strace when it is there: what it and its children start (argv) and
    // the files they write are checked for the pasted secrets at the end.
    CliRun traced(const QStringList& arguments, const QByteArray& input)
    {
        if (!testsupport::ExecTrace::available())
            return runCli(arguments, input, 90000);
        m_traces << m_traceDir.filePath(u"trace-%1"_s.arg(m_traces.size()));
        QProcess process;
        testsupport::ExecTrace(m_traces.last()).wrap(process, cliExecutable(), arguments);
        return runProcess(process, input, 90000);
    }

    CliRun leak(const QStringList& arguments, const QByteArray& input = {})
    {
        const CliRun run = traced(QStringList{u"leak"_s} + arguments, input);
        m_outputs << run.out << run.err;
        return run;
    }

    CliRun leakJson(const QStringList& arguments, const QByteArray& input = {})
    {
        const CliRun run = traced(QStringList{u"--json"_s, u"leak"_s} + arguments, input);
        m_outputs << run.out << run.err;
        return run;
    }

    QStringList idsOf(const QString& label)
    {
        QString error;
        const std::optional<QJsonArray> keys = listKeys(label, &error);
        if (!keys)
            qWarning().noquote() << "keys list" << error;
        return keyIds(keys.value_or(QJsonArray()));
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"KeyWarden"_s);
        QCoreApplication::setApplicationName(u"keywarden"_s);
        m_home = qEnvironmentVariable("KEYWARDEN_TEST_HOME");
        const QString error = startCliSuite(m_sandbox);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_ways = uniqueLabel(u"Leak wayscloud"_s);
        m_coreweave = uniqueLabel(u"Leak coreweave"_s);
        for (const auto& [provider, label] :
             {std::pair(u"wayscloud"_s, m_ways), std::pair(u"coreweave"_s, m_coreweave)}) {
            const QString added = addCliAccount(m_sandbox, provider, label);
            QVERIFY2(added.isEmpty(), qPrintable(added));
            m_secrets << m_sandbox.provider(provider)->token.exposeBytes();
        }
    }

    void cleanupTestCase()
    {
        for (const QString& label : {m_ways, m_coreweave})
            runCli({u"accounts"_s, u"remove"_s, u"--account"_s, label, u"--yes"_s});
    }

    void helpNamesStdinAndTheExitCodes()
    {
        const CliRun help = runCli({u"leak"_s, u"check"_s, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains("standard input") && help.out.contains("10") &&
                     help.out.contains("11") && help.out.contains("--revoke"),
                 qPrintable(help.describe()));
    }

    void aSecretOnTheCommandLineIsRefusedUnread()
    {
        const Created key = create(u"wayscloud"_s, m_ways, u"argv key"_s);
        QVERIFY(!key.secret.isEmpty());
        const CliRun run = leak({u"check"_s, u"--revoke"_s, QString::fromUtf8(key.secret)});
        QCOMPARE(run.exitCode, UsageExit);
        if (!m_traces.isEmpty()) { // the control: a trace shows a secret given on argv
            m_secretInArgvTraces << m_traces.last();
            m_secretInArgv = key.secret;
        }
        QVERIFY2(!run.err.contains(key.secret) && !run.out.contains(key.secret),
                 qPrintable(run.describe()));
        // Nor as the value of an option: no argument is repeated.
        const CliRun asOption = leak({u"check"_s, u"--text="_s + QString::fromUtf8(key.secret)});
        QCOMPARE(asOption.exitCode, UsageExit);
        if (!m_traces.isEmpty())
            m_secretInArgvTraces << m_traces.last();
        QVERIFY2(!asOption.err.contains(key.secret), qPrintable(asOption.describe()));
        QVERIFY(idsOf(m_ways).contains(key.id));
    }

    void aLiveKeyFailsTheJob()
    {
        const Created key = create(u"wayscloud"_s, m_ways, u"ci deploy"_s);
        QVERIFY(!key.secret.isEmpty());
        const CliRun run = leakJson({u"check"_s}, "2026-12-01 deploy: using " + key.secret + "\n");
        QCOMPARE(run.exitCode, LiveKeyExit);
        const QJsonObject item = run.array().first().toObject();
        QCOMPARE(field(item, u"liveness"_s), u"live"_s);
        QCOMPARE(item.value(u"line"_s).toInt(), 1);
        const QJsonObject match = item.value(u"matches"_s).toArray().first().toObject();
        QCOMPARE(field(match, u"id"_s), key.id);
        QCOMPARE(field(match, u"account"_s), m_ways);
        QVERIFY(!field(match, u"accountId"_s).isEmpty());
        QVERIFY(!run.out.contains(key.secret));
        QVERIFY(idsOf(m_ways).contains(key.id)); // nothing was done without --revoke
    }

    void revokeRevokesExactlyThePastedKey()
    {
        const Created leaked = create(u"wayscloud"_s, m_ways, u"leaked"_s);
        const Created neighbour = create(u"wayscloud"_s, m_ways, u"neighbour"_s);
        QVERIFY(!leaked.secret.isEmpty() && !neighbour.secret.isEmpty());
        const QStringList before = idsOf(m_ways);
        const CliRun run = leak({u"check"_s, u"--revoke"_s},
                                "diff --git a/.env b/.env\n+WAYSCLOUD_API_KEY=" + leaked.secret);
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.out.contains("revoked") && run.out.contains(m_ways.toUtf8()),
                 qPrintable(run.describe()));
        QStringList expected = before;
        expected.removeAll(leaked.id);
        QCOMPARE(idsOf(m_ways), expected);

        // Tested again, the same secret is refused by the provider: not live, nothing to fail on.
        const CliRun again = leakJson({u"check"_s}, leaked.secret);
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        QCOMPARE(field(again.array().first().toObject(), u"liveness"_s), u"not-live"_s);
    }

    void scanReportsFileAndLineSkippingGitAndBinaries()
    {
        const Created ways = create(u"wayscloud"_s, m_ways, u"in a log"_s);
        const Created cw = create(u"coreweave"_s, m_coreweave, u"in an env"_s);
        QVERIFY(!ways.secret.isEmpty() && !cw.secret.isEmpty());
        QTemporaryDir dir;
        const QString root = dir.path();
        QVERIFY(writeFile(root + u"/a.env"_s,
                          "# deploy\nREGION=us-east-04a\nAWS_ACCESS_KEY_ID=" + cw.id.toUtf8() +
                              "\nAWS_SECRET_ACCESS_KEY=" + cw.secret + "\n"));
        QVERIFY(writeFile(root + u"/logs/b.log"_s, "start\nGET /v1/storage/ key=" + ways.secret));
        QVERIFY(writeFile(root + u"/c.txt"_s, "example AKIAIOSFODNN7EXAMPLE\n"));
        QVERIFY(writeFile(root + u"/d.bin"_s, QByteArray("\0\1\2", 3) + ways.secret));
        QVERIFY(writeFile(root + u"/.git/config"_s, "token = " + ways.secret + "\n"));

        const CliRun run = leak({u"scan"_s, root});
        QVERIFY2(run.exitCode == LiveKeyExit, qPrintable(run.describe()));
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(root + u"/a.env:3:"_s), qPrintable(out));
        QVERIFY2(out.contains(root + u"/logs/b.log:2:"_s), qPrintable(out));
        QVERIFY2(out.contains(root + u"/c.txt:1:"_s) && out.contains(u"not one of yours"_s),
                 qPrintable(out));
        QVERIFY2(!out.contains(u"d.bin"_s) && !out.contains(u".git"_s), qPrintable(out));

        const CliRun json = leakJson({u"scan"_s, root});
        QCOMPARE(json.exitCode, LiveKeyExit);
        QSet<QString> files;
        for (const QJsonValue& item : json.array())
            files.insert(QFileInfo(field(item.toObject(), u"file"_s)).fileName());
        QCOMPARE(files, (QSet<QString>{u"a.env"_s, u"b.log"_s, u"c.txt"_s}));
    }

    void theIncidentIsAuditedWithoutTheSecret()
    {
        const CliRun audit = runCli({u"--json"_s, u"audit"_s});
        QCOMPARE(audit.exitCode, 0);
        int incidents = 0;
        for (const QJsonValue& line : audit.array())
            incidents += field(line.toObject(), u"action"_s) == u"incident"_s;
        QVERIFY2(incidents >= 4, qPrintable(audit.describe()));
        for (const QByteArray& secret : std::as_const(m_secrets))
            QVERIFY(!audit.out.contains(secret));
    }

    void noPastedSecretReachesOutputOrAFile()
    {
        m_secrets.removeAll(QByteArray());
        QVERIFY(m_secrets.size() >= 6);
        for (const QByteArray& secret : std::as_const(m_secrets)) {
            for (const QByteArray& output : std::as_const(m_outputs))
                QVERIFY2(!output.contains(secret), output.left(300).constData());
        }
        const testsupport::SecretScanResult scan = testsupport::scanForSecrets(m_home, m_secrets);
        QVERIFY2(scan.matches.isEmpty(), qPrintable(scan.matches.join(u' ')));
    }

    // Every program a leak command started (itself included, and any child) is in its strace
    // record with its whole argv, and so is every file it wrote, wherever: no pasted secret in
    // either. The run that was handed a secret on its command line shows that the record would
    // tell.
    void noPastedSecretOnAnyCommandLineOrInAnyWrittenFile()
    {
        if (!testsupport::ExecTrace::available())
            QSKIP("strace (Debian package strace) is not installed");
        QVERIFY(m_traces.size() >= 6);
        QVERIFY(!m_secretInArgv.isEmpty());
        QStringList written;
        qsizetype programs = 0;
        for (const QString& file : std::as_const(m_traces)) {
            const testsupport::ExecTrace trace(file);
            const QList<QByteArray> execs = trace.execLines();
            QVERIFY2(!execs.isEmpty() && execs.first().contains("/keywarden-cli\", [") &&
                         execs.first().contains(", \"leak\", "),
                     qPrintable(file));
            programs += execs.size();
            const QByteArray argv = execs.join('\n');
            const bool control = m_secretInArgvTraces.contains(file);
            if (control)
                QVERIFY(argv.contains(m_secretInArgv));
            for (const QByteArray& secret : std::as_const(m_secrets)) {
                if (!control || secret != m_secretInArgv)
                    QVERIFY2(!argv.contains(secret), qPrintable(file));
            }
            written += trace.writtenFiles();
        }
        written.removeDuplicates();
        const testsupport::SecretScanResult files =
            testsupport::scanFilesForSecrets(written, m_secrets);
        QVERIFY2(files.matches.isEmpty(), qPrintable(files.matches.join(u' ')));
        qInfo("%lld leak commands traced: %lld programs started, files written: %s",
              qlonglong(m_traces.size()), qlonglong(programs), qPrintable(written.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestCliLeak)
#include "test_cli_leak.moc"

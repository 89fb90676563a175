// Several keywarden-cli processes changing the account list at once (two scripts, or a script
// while the window saves): every account added is kept, every account removed is gone. The list
// is rewritten as a whole, so without a lock across processes one writer drops another's account.
#include "CliRunner.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int Writers = 8;
constexpr int Rounds = 3;
constexpr int TimeoutMs = 60000;

// The labels keywarden-cli lists now.
QSet<QString> listedLabels()
{
    const kw::e2e::CliRun listed = kw::e2e::runCli({u"--json"_s, u"accounts"_s, u"list"_s});
    QSet<QString> labels;
    for (const QJsonValue& account : listed.array())
        labels.insert(account.toObject().value(u"label"_s).toString());
    return labels;
}

// Starts one keywarden-cli per argument list at once and waits for all; the failures described.
QStringList runAtOnce(const QList<QStringList>& commands, const QByteArray& input)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const QStringList& arguments : commands) {
        auto process = std::make_unique<QProcess>();
        process->setProgram(kw::e2e::cliExecutable());
        process->setArguments(arguments);
        process->start();
        processes.push_back(std::move(process));
    }
    for (const auto& process : processes) {
        process->write(input);
        process->closeWriteChannel();
    }
    QStringList failures;
    for (const auto& process : processes) {
        if (!process->waitForFinished(TimeoutMs) || process->exitStatus() != QProcess::NormalExit ||
            process->exitCode() != 0)
            failures << process->arguments().join(u' ') + u": "_s +
                            QString::fromUtf8(process->readAllStandardError());
    }
    return failures;
}

} // namespace

class TestCliConcurrentAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString home = qEnvironmentVariable("KEYWARDEN_TEST_HOME");
        if (home.isEmpty() || QDir::homePath() != home)
            QFAIL(
                "run through tests/run-tests.sh: it gives the suite a scratch HOME and a keyring");
    }

    void accountsAddedAndRemovedAtOnceAreAllKept()
    {
        for (int round = 0; round < Rounds; ++round) {
            QStringList labels;
            QList<QStringList> adds;
            for (int i = 0; i < Writers; ++i) {
                labels << kw::e2e::uniqueLabel(u"Concurrent %1"_s.arg(i));
                // --no-test: nothing listens there; the list is what is under test.
                adds << QStringList{
                    u"accounts"_s, u"add"_s,      u"--provider"_s, u"wayscloud"_s,
                    u"--label"_s,  labels.last(), u"--endpoint"_s, u"http://127.0.0.1:9"_s,
                    u"--no-test"_s};
            }
            QStringList failures = runAtOnce(adds, "wayscloud_pat_concurrent-test-token\n");
            QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
            QSet<QString> listed = listedLabels();
            for (const QString& label : std::as_const(labels))
                QVERIFY2(listed.contains(label), qPrintable(u"lost: "_s + label));

            QList<QStringList> removes;
            for (const QString& label : std::as_const(labels))
                removes << QStringList{u"accounts"_s, u"remove"_s, u"--account"_s, label,
                                       u"--yes"_s};
            failures = runAtOnce(removes, {});
            QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
            listed = listedLabels();
            for (const QString& label : std::as_const(labels))
                QVERIFY2(!listed.contains(label), qPrintable(u"came back: "_s + label));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliConcurrentAccounts)
#include "test_cli_concurrent_accounts.moc"

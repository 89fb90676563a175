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
#include <QUuid>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int Writers = 8;
constexpr int Rounds = 3;
constexpr int TimeoutMs = 60000;

// A HOME of this suite's own: the accounts it adds (at an address nobody serves) must not show
// in the lists the other CLI suites make of the shared scratch HOME at the same time.
QProcessEnvironment ownHome(const QString& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/.cache"_s);
    return env;
}

// The labels keywarden-cli lists now.
QSet<QString> listedLabels(const QProcessEnvironment& env)
{
    const kw::e2e::CliRun listed =
        kw::e2e::runCli({u"--json"_s, u"accounts"_s, u"list"_s}, {}, 30000, env);
    QSet<QString> labels;
    for (const QJsonValue& account : listed.array())
        labels.insert(account.toObject().value(u"label"_s).toString());
    return labels;
}

// Starts one keywarden-cli per argument list at once and waits for all; the failures described.
QStringList runAtOnce(const QList<QStringList>& commands, const QByteArray& input,
                      const QProcessEnvironment& env)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const QStringList& arguments : commands) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(env);
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

    QProcessEnvironment m_env;

private slots:
    void initTestCase()
    {
        const QString home = qEnvironmentVariable("KEYWARDEN_TEST_HOME");
        if (home.isEmpty() || QDir::homePath() != home)
            QFAIL(
                "run through tests/run-tests.sh: it gives the suite a scratch HOME and a keyring");
        const QString own =
            home + u"/concurrent-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
        QVERIFY(QDir().mkpath(own));
        m_env = ownHome(own);
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
            QStringList failures = runAtOnce(adds, "wayscloud_pat_concurrent-test-token\n", m_env);
            QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
            QSet<QString> listed = listedLabels(m_env);
            for (const QString& label : std::as_const(labels))
                QVERIFY2(listed.contains(label), qPrintable(u"lost: "_s + label));

            QList<QStringList> removes;
            for (const QString& label : std::as_const(labels))
                removes << QStringList{u"accounts"_s, u"remove"_s, u"--account"_s, label,
                                       u"--yes"_s};
            failures = runAtOnce(removes, {}, m_env);
            QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
            listed = listedLabels(m_env);
            for (const QString& label : std::as_const(labels))
                QVERIFY2(!listed.contains(label), qPrintable(u"came back: "_s + label));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliConcurrentAccounts)
#include "test_cli_concurrent_accounts.moc"

// End to end, as an administrator would meet it in the shell: a provider that cannot disable one
// key but suspends a key's owner (CoreWeave, Capabilities::disablePrincipal). `keys disable`
// names the owner and every key that stops, asks for the owner's name on a terminal, needs --yes
// in a script (exit 2 and nothing sent without it), then suspends the owner; `keys enable`
// reactivates it. Checked against a fresh `keys list` of a running keywarden-sandbox.
#include "CliAccounts.h"
#include "CliRunner.h"
#include "SandboxProcess.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QTest>
#include <fcntl.h>
#include <pty.h>
#include <unistd.h>

using namespace kw;
using namespace kw::e2e;
using namespace Qt::StringLiterals;

namespace {

constexpr int UsageExit = 2;

// keywarden-cli with a pseudo-terminal as its standard input, as a person at a terminal runs it;
// typed is what they type at the prompt.
CliRun runCliOnTerminal(const QStringList& arguments, const QByteArray& typed)
{
    int master = -1;
    int slave = -1;
    if (::openpty(&master, &slave, nullptr, nullptr, nullptr) != 0)
        return {};
    ::fcntl(master, F_SETFD, FD_CLOEXEC);
    ::fcntl(slave, F_SETFD, FD_CLOEXEC);
    // Typed ahead: the terminal keeps it until the prompt reads its line.
    const QByteArray line = typed + '\n';
    if (::write(master, line.constData(), size_t(line.size())) != line.size())
        return {};
    QProcess process;
    process.setProgram(cliExecutable());
    process.setArguments(arguments);
    process.setChildProcessModifier([slave] { ::dup2(slave, STDIN_FILENO); });
    process.setStandardInputFile(QProcess::nullDevice());
    CliRun run = runProcess(process, {}, 30000, [slave] { ::close(slave); });
    ::close(master);
    return run;
}

} // namespace

class TestCliOwnerSuspend : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QString m_label;

    QJsonArray keys()
    {
        QString error;
        const std::optional<QJsonArray> listed = listKeys(m_label, &error);
        if (!listed)
            qWarning().noquote() << "keys list" << error;
        return listed.value_or(QJsonArray());
    }

    // Owner → the ids of its keys that have this status.
    QMap<QString, QStringList> keysByOwner(const QString& status)
    {
        QMap<QString, QStringList> owners;
        for (const QJsonValue& value : keys()) {
            const QJsonObject key = value.toObject();
            if (field(key, u"status"_s) == status)
                owners[field(key, u"owner"_s)].append(field(key, u"id"_s));
        }
        return owners;
    }

    // An owner with at least two active keys, so that "stops every key it has" is visible.
    QString ownerWithSeveralKeys(const QMap<QString, QStringList>& active)
    {
        for (auto it = active.cbegin(); it != active.cend(); ++it) {
            if (it.value().size() >= 2 && !it.key().isEmpty())
                return it.key();
        }
        return {};
    }

    QStringList args(const QString& command, const QString& keyId)
    {
        return {u"keys"_s, command, u"--account"_s, m_label, u"--key"_s, keyId};
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"KeyWarden"_s);
        QCoreApplication::setApplicationName(u"keywarden"_s);
        const QString error = startCliSuite(m_sandbox);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_label = uniqueLabel(u"Owners coreweave"_s);
        const QString added = addCliAccount(m_sandbox, u"coreweave"_s, m_label);
        QVERIFY2(added.isEmpty(), qPrintable(added));
    }

    void cleanupTestCase()
    {
        runCli({u"accounts"_s, u"remove"_s, u"--account"_s, m_label, u"--yes"_s});
    }

    void helpSaysDisablingSuspendsTheOwner()
    {
        const CliRun help = runCli({u"keys"_s, u"disable"_s, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains("owner") && help.out.contains("--yes"),
                 qPrintable(help.describe()));
        const CliRun enableHelp = runCli({u"keys"_s, u"enable"_s, u"--help"_s});
        QVERIFY2(enableHelp.out.contains("owner"), qPrintable(enableHelp.describe()));
    }

    void aScriptNeedsYesAndNothingIsSuspendedWithoutIt()
    {
        const QMap<QString, QStringList> active = keysByOwner(u"active"_s);
        const QString owner = ownerWithSeveralKeys(active);
        QVERIFY2(!owner.isEmpty(), "the sandbox has an owner with two active keys");
        const QString keyId = active.value(owner).first();

        const CliRun refused = runCli(QStringList{u"--json"_s} + args(u"disable"_s, keyId));
        QVERIFY2(refused.finished, qPrintable(refused.describe()));
        QCOMPARE(refused.exitCode, UsageExit);
        QVERIFY2(refused.out.isEmpty(), qPrintable(refused.describe()));
        QVERIFY2(refused.oneErrorLine(), qPrintable(refused.describe()));
        const QString message = QString::fromUtf8(refused.err);
        QVERIFY2(message.contains(owner), qPrintable(message));
        QVERIFY2(message.contains(u"stops its %1 keys"_s.arg(active.value(owner).size())),
                 qPrintable(message));
        QVERIFY2(message.contains(u"--yes"_s), qPrintable(message));
        QCOMPARE(keysByOwner(u"active"_s).value(owner), active.value(owner));
    }

    void yesSuspendsTheOwnerAndEnableReactivatesIt()
    {
        const QMap<QString, QStringList> active = keysByOwner(u"active"_s);
        const QString owner = ownerWithSeveralKeys(active);
        QVERIFY(!owner.isEmpty());
        const QStringList ownersKeys = active.value(owner);

        const CliRun disabled =
            runCli(QStringList{u"--json"_s} + args(u"disable"_s, ownersKeys.last()) +
                   QStringList{u"--yes"_s});
        QVERIFY2(disabled.exitCode == 0, qPrintable(disabled.describe()));
        const QJsonObject answer = disabled.object();
        QCOMPARE(field(answer, u"owner"_s), owner);
        QCOMPARE(field(answer, u"status"_s), u"suspended"_s);
        QCOMPARE(field(answer, u"account"_s), m_label);
        QVERIFY(!field(answer, u"accountId"_s).isEmpty());
        QStringList named;
        for (const QJsonValue& id : answer.value(u"keys"_s).toArray())
            named.append(id.toString());
        QCOMPARE(named, ownersKeys);

        // Every key of that owner is suspended; the other owners' keys are untouched.
        const QMap<QString, QStringList> suspended = keysByOwner(u"suspended"_s);
        for (const QString& id : ownersKeys)
            QVERIFY2(suspended.value(owner).contains(id), qPrintable(id));
        QMap<QString, QStringList> othersBefore = active;
        othersBefore.remove(owner);
        QMap<QString, QStringList> othersAfter = keysByOwner(u"active"_s);
        QVERIFY(!othersAfter.contains(owner));
        QCOMPARE(othersAfter, othersBefore);

        const CliRun enabled = runCli(args(u"enable"_s, ownersKeys.first()));
        QVERIFY2(enabled.exitCode == 0, qPrintable(enabled.describe()));
        QVERIFY2(enabled.out.contains(owner.toUtf8()), qPrintable(enabled.describe()));
        QCOMPARE(keysByOwner(u"active"_s).value(owner), ownersKeys);
    }

    void onATerminalTheOwnersNameConfirms()
    {
        const QMap<QString, QStringList> active = keysByOwner(u"active"_s);
        const QString owner = ownerWithSeveralKeys(active);
        QVERIFY(!owner.isEmpty());
        const QString keyId = active.value(owner).first();

        const CliRun wrong = runCliOnTerminal(args(u"disable"_s, keyId), "someone-else");
        QVERIFY2(wrong.finished, qPrintable(wrong.describe()));
        QCOMPARE(wrong.exitCode, UsageExit);
        QVERIFY2(wrong.err.contains(u"Suspends owner %1: stops its"_s.arg(owner).toUtf8()),
                 qPrintable(wrong.describe()));
        QVERIFY2(wrong.err.contains("nothing was suspended"), qPrintable(wrong.describe()));
        QCOMPARE(keysByOwner(u"active"_s).value(owner), active.value(owner));

        const CliRun typed = runCliOnTerminal(args(u"disable"_s, keyId), owner.toUtf8());
        QVERIFY2(typed.exitCode == 0, qPrintable(typed.describe()));
        QVERIFY(!keysByOwner(u"active"_s).contains(owner));
        QCOMPARE(runCli(args(u"enable"_s, keyId)).exitCode, 0);
        QCOMPARE(keysByOwner(u"active"_s).value(owner), active.value(owner));
    }
};

QTEST_GUILESS_MAIN(TestCliOwnerSuspend)
#include "test_cli_owner_suspend.moc"

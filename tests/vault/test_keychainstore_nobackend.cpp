// KeychainStore where no keychain can answer. Each case runs keychain_child in an environment
// of its own (a process connects to its session bus only once), so this test needs no running
// Secret Service and runs under plain ctest as well as under tests/run-tests.sh. It needs the
// dbus-daemon and gnome-keyring programs of the packages the project installs.
#include <QDir>
#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Mirrors kw::SecretStore::Status, which the child prints as a number.
enum ChildStatus
{
    Ok = 0,
    NotFound,
    NoBackend,
    Locked,
    Denied,
    Timeout,
    Other
};

struct ChildOutcome
{
    bool finished = false;
    int status = -1;
    QString message;
    QString help;
    qint64 elapsedMs = -1;
    QString diagnostics;
};

// A bus address on which a connection is accepted and then never answered, so that every
// keychain job waits forever: the situation of a keyring stuck on a password prompt.
class SilentBus : public QObject
{
public:
    bool listen(const QString& path)
    {
        connect(&m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket* socket = m_server.nextPendingConnection())
                socket->setParent(this); // kept open, never read, never answered
        });
        return m_server.listen(path);
    }

private:
    QLocalServer m_server;
};

} // namespace

class TestKeychainStoreNoBackend : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void answersNoBackendWithHelp_data();
    void answersNoBackendWithHelp();
    void keyringNeverUnlockedAnswersLocked();
    void silentKeychainTimesOutWithMessage();

private:
    ChildOutcome runChild(const QStringList& command, const QProcessEnvironment& environment,
                          int boundMs);
    QProcessEnvironment isolatedEnvironment();
    QStringList childCommand(const QString& operation, int timeoutMs) const;

    QString m_child;
    QTemporaryDir m_scratch;
    int m_runtimeDirs = 0;
};

void TestKeychainStoreNoBackend::initTestCase()
{
    m_child = QCoreApplication::applicationDirPath() + u"/keychain_child"_s;
    QVERIFY2(QFileInfo(m_child).isExecutable(), qPrintable(m_child + u" was not built"_s));
    QVERIFY(m_scratch.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(u"dbus-run-session"_s).isEmpty(),
             "dbus-run-session is missing (Debian package dbus-bin)");
}

QStringList TestKeychainStoreNoBackend::childCommand(const QString& operation, int timeoutMs) const
{
    return {m_child, operation, QString::number(timeoutMs)};
}

// No display (so nothing can autolaunch a bus or show a prompt), and runtime and home
// directories of its own (so the bus at $XDG_RUNTIME_DIR/bus of the caller is not found).
QProcessEnvironment TestKeychainStoreNoBackend::isolatedEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"DBUS_SESSION_BUS_ADDRESS"_s,
                                u"XDG_CURRENT_DESKTOP"_s, u"DESKTOP_SESSION"_s})
        environment.remove(name);
    const QString base = m_scratch.filePath(QString::number(++m_runtimeDirs));
    QDir().mkpath(base + u"/runtime"_s);
    QDir().mkpath(base + u"/home"_s);
    QFile::setPermissions(base + u"/runtime"_s,
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    environment.insert(u"XDG_RUNTIME_DIR"_s, base + u"/runtime"_s);
    environment.insert(u"HOME"_s, base + u"/home"_s);
    environment.insert(u"XDG_DATA_HOME"_s, base + u"/home/.local/share"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, base + u"/home/.config"_s);
    return environment;
}

ChildOutcome TestKeychainStoreNoBackend::runChild(const QStringList& command,
                                                  const QProcessEnvironment& environment,
                                                  int boundMs)
{
    ChildOutcome outcome;
    QProcess child;
    child.setProcessEnvironment(environment);
    child.start(command.first(), command.mid(1));
    // Wait in the event loop: a SilentBus in this process must keep accepting connections.
    const bool done =
        QTest::qWaitFor([&child] { return child.state() == QProcess::NotRunning; }, boundMs);
    if (!done) {
        child.kill();
        child.waitForFinished(2000);
    }
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    outcome.diagnostics = u"exit "_s + QString::number(child.exitCode()) + u"\nstdout:\n"_s + out +
                          u"\nstderr:\n"_s + QString::fromUtf8(child.readAllStandardError());
    outcome.finished = done && child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
    for (const QString& line : out.split(u'\n')) {
        const QString name = line.section(u'=', 0, 0);
        const QString value = line.section(u'=', 1);
        if (name == "status"_L1)
            outcome.status = value.toInt();
        else if (name == "message"_L1)
            outcome.message = value;
        else if (name == "help"_L1)
            outcome.help = value;
        else if (name == "elapsedMs"_L1)
            outcome.elapsedMs = value.toLongLong();
    }
    return outcome;
}

void TestKeychainStoreNoBackend::answersNoBackendWithHelp_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("helpMentions");
    for (const QString& operation : {u"read"_s, u"write"_s, u"remove"_s, u"probe"_s}) {
        QTest::addRow("bus address points nowhere, %s", qPrintable(operation))
            << u"nowhere"_s << operation << u"gnome-keyring"_s;
    }
    QTest::addRow("no session bus, no display, read") << u"nobus"_s << u"read"_s << u"D-Bus"_s;
    QTest::addRow("no session bus, no display, probe") << u"nobus"_s << u"probe"_s << u"D-Bus"_s;
    QTest::addRow("bus without Secret Service, read")
        << u"emptybus"_s << u"read"_s << u"apt install gnome-keyring libsecret-1-0"_s;
    QTest::addRow("bus without Secret Service, probe")
        << u"emptybus"_s << u"probe"_s << u"apt install gnome-keyring libsecret-1-0"_s;
}

void TestKeychainStoreNoBackend::answersNoBackendWithHelp()
{
    QFETCH(QString, situation);
    QFETCH(QString, operation);
    QFETCH(QString, helpMentions);

    constexpr int timeoutMs = 10000;
    QProcessEnvironment environment = isolatedEnvironment();
    QStringList command = childCommand(operation, timeoutMs);
    if (situation == "nowhere"_L1) {
        environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s);
    } else if (situation == "emptybus"_L1) {
        // A session bus of its own that knows no services, so nothing can be activated.
        const QString config = m_scratch.filePath(u"empty-bus.conf"_s);
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)");
        file.close();
        command =
            QStringList{u"dbus-run-session"_s, u"--config-file="_s + config, u"--"_s} + command;
    }

    const ChildOutcome outcome = runChild(command, environment, timeoutMs * 3 + 10000);
    QVERIFY2(outcome.finished, qPrintable(outcome.diagnostics));
    QVERIFY2(outcome.status == NoBackend, qPrintable(outcome.diagnostics));
    QVERIFY2(outcome.elapsedMs >= 0 && outcome.elapsedMs < timeoutMs,
             qPrintable(outcome.diagnostics));
    QVERIFY2(!outcome.message.isEmpty(), qPrintable(outcome.diagnostics));
    QVERIFY2(outcome.help.contains(helpMentions), qPrintable(outcome.diagnostics));
}

void TestKeychainStoreNoBackend::keyringNeverUnlockedAnswersLocked()
{
    // A fresh session where the bus starts gnome-keyring on demand, but its login keyring was
    // never created or unlocked and no prompt can be shown: a write must say "locked", fast.
    QVERIFY2(!QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s).isEmpty(),
             "gnome-keyring-daemon is missing (Debian package gnome-keyring)");
    constexpr int timeoutMs = 10000;
    const QStringList command =
        QStringList{u"dbus-run-session"_s, u"--"_s} + childCommand(u"write"_s, timeoutMs);
    const ChildOutcome outcome = runChild(command, isolatedEnvironment(), timeoutMs * 3 + 10000);
    QVERIFY2(outcome.finished, qPrintable(outcome.diagnostics));
    QVERIFY2(outcome.status == Locked, qPrintable(outcome.diagnostics));
    QVERIFY2(outcome.help.contains(u"Unlock"_s), qPrintable(outcome.diagnostics));
}

void TestKeychainStoreNoBackend::silentKeychainTimesOutWithMessage()
{
    SilentBus bus;
    const QString socket = m_scratch.filePath(u"silent-bus"_s);
    QVERIFY(bus.listen(socket));
    QProcessEnvironment environment = isolatedEnvironment();
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + socket);

    constexpr int timeoutMs = 1500;
    const ChildOutcome outcome =
        runChild(childCommand(u"read"_s, timeoutMs), environment, timeoutMs + 15000);
    QVERIFY2(outcome.finished, qPrintable(outcome.diagnostics));
    QVERIFY2(outcome.status == Timeout, qPrintable(outcome.diagnostics));
    QCOMPARE(outcome.message, u"The keychain did not answer within 1.5 s. It may be locked or "
                              u"waiting for a password prompt."_s);
    QVERIFY(!outcome.help.isEmpty());
    QVERIFY2(outcome.elapsedMs >= timeoutMs - 20 && outcome.elapsedMs < timeoutMs + 3000,
             qPrintable(outcome.diagnostics));
}

QTEST_GUILESS_MAIN(TestKeychainStoreNoBackend)
#include "test_keychainstore_nobackend.moc"

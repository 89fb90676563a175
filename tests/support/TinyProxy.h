#pragma once

// A real HTTP proxy on loopback for the proxy tests: Debian's tinyproxy, started in the
// foreground with a configuration of its own in a temporary folder, and its log to tell which
// requests went through it. tinyproxy cannot be told to pick a port, so a free one is chosen and
// tinyproxy retried on another when something took it first.
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace kw::test {

class TinyProxy
{
public:
    static QString executable()
    {
        return QStandardPaths::findExecutable(QStringLiteral("tinyproxy"));
    }

    // Empty on success, else why it could not start.
    QString start()
    {
        if (executable().isEmpty())
            return QStringLiteral("tinyproxy is not installed (apt-get install tinyproxy)");
        for (int attempt = 0; attempt < 5; ++attempt) {
            if (startOn(freePort()))
                return {};
        }
        return QStringLiteral("tinyproxy did not start: %1").arg(log());
    }

    ~TinyProxy()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // Before start(): the proxy asks for this user name and password (407 without them).
    void setBasicAuth(const QString& user, const QString& password)
    {
        m_basicAuth = QStringLiteral("BasicAuth %1 %2\n").arg(user, password);
    }

    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QString log() const
    {
        QFile file(m_dir.filePath(QStringLiteral("tinyproxy.log")));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
    // Requests tinyproxy carried ("Request (file descriptor N): GET http://… HTTP/1.1").
    int requestCount() const
    {
        return int(log().count(QStringLiteral("]: Request (file descriptor")));
    }

private:
    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    bool startOn(quint16 port)
    {
        m_port = port;
        const QString config = m_dir.filePath(QStringLiteral("tinyproxy.conf"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        file.write(QStringLiteral("Port %1\nListen 127.0.0.1\nTimeout 30\nLogFile \"%2\"\n"
                                  "LogLevel Info\nMaxClients 20\nAllow 127.0.0.1\n")
                       .arg(port)
                       .arg(m_dir.filePath(QStringLiteral("tinyproxy.log")))
                       .toUtf8());
        file.write(m_basicAuth.toUtf8());
        file.close();
        m_process.setProgram(executable());
        m_process.setArguments({QStringLiteral("-d"), QStringLiteral("-c"), config});
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return false;
        // Up when it accepts a connection; gone when it could not bind.
        return QTest::qWaitFor(
                   [this] {
                       if (m_process.state() == QProcess::NotRunning)
                           return true;
                       QTcpSocket socket;
                       socket.connectToHost(QHostAddress::LocalHost, m_port);
                       return socket.waitForConnected(200);
                   },
                   10000) &&
               m_process.state() == QProcess::Running;
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_basicAuth;
};

} // namespace kw::test

#pragma once

#include "core/Secret.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace kw::e2e {

// Runs the built `keywarden-sandbox` executable and reads the URL and the throwaway admin token
// it prints. The process is terminated when this object is destroyed.
class SandboxProcess
{
public:
    SandboxProcess() = default;
    ~SandboxProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(2000);
        }
    }
    SandboxProcess(const SandboxProcess&) = delete;
    SandboxProcess& operator=(const SandboxProcess&) = delete;

    static QString executable()
    {
        return qEnvironmentVariable("KEYWARDEN_BUILD_DIR") +
               QStringLiteral("/app/keywarden-sandbox");
    }

    // Starts the process and waits for its two lines. Returns an error text, empty on success.
    QString start(const QStringList& arguments = {})
    {
        m_process.setProgram(executable());
        m_process.setArguments(arguments);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return QStringLiteral("cannot start %1: %2").arg(executable(), m_process.errorString());
        QByteArray out;
        while (!(out.contains("KEYWARDEN_SANDBOX_URL=") &&
                 out.contains("KEYWARDEN_SANDBOX_TOKEN=") && out.count('\n') >= 2)) {
            if (!m_process.waitForReadyRead(10000))
                return QStringLiteral("no URL/token lines within 10 s; stderr: %1")
                    .arg(QString::fromUtf8(m_process.readAllStandardError()));
            out += m_process.readAllStandardOutput();
        }
        for (QByteArray line : out.split('\n')) {
            line = line.trimmed();
            if (line.startsWith("KEYWARDEN_SANDBOX_URL="))
                m_url = QUrl(QString::fromUtf8(line.mid(22)));
            else if (line.startsWith("KEYWARDEN_SANDBOX_TOKEN="))
                m_token = Secret::fromUtf8(line.mid(24));
            wipe(line);
        }
        wipe(out);
        if (!m_url.isValid() || m_token.isEmpty())
            return QStringLiteral("unreadable URL/token lines");
        return {};
    }

    QUrl url() const { return m_url; }
    const Secret& token() const { return m_token; }
    QProcess& process() { return m_process; }

private:
    QProcess m_process;
    QUrl m_url;
    Secret m_token;
};

} // namespace kw::e2e

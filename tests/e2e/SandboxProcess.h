#pragma once

#include "core/Secret.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <map>
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
        // Every line is on standard output before the "listening" line on standard error.
        QByteArray out;
        QByteArray err;
        // waitForReadyRead() watches standard output only, so standard error is polled.
        QElapsedTimer waited;
        waited.start();
        while (!err.contains("listening")) {
            if (waited.hasExpired(10000) || m_process.state() == QProcess::NotRunning)
                return QStringLiteral("no URL/token lines within 10 s; stderr: %1")
                    .arg(QString::fromUtf8(err + m_process.readAllStandardError()));
            m_process.waitForReadyRead(50);
            out += m_process.readAllStandardOutput();
            err += m_process.readAllStandardError();
        }
        out += m_process.readAllStandardOutput();
        for (QByteArray line : out.split('\n')) {
            line = line.trimmed();
            const qsizetype equals = line.indexOf('=');
            if (line.startsWith("KEYWARDEN_SANDBOX_") && equals > 0) {
                const QByteArray name = line.left(equals).mid(18); // after KEYWARDEN_SANDBOX_
                const QByteArray value = line.mid(equals + 1);
                if (name == "URL")
                    m_url = QUrl(QString::fromUtf8(value));
                else if (name == "TOKEN")
                    m_token = Secret::fromUtf8(value);
                else
                    readProviderLine(name, value);
            }
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

    // One provider's emulator, from its KEYWARDEN_SANDBOX_<PROVIDER>_* lines.
    struct Provider
    {
        QUrl url;
        Secret token;
        QString organizationId; // Scaleway
        QUrl s3Url;             // S3-style providers: where keys are verified
        QString region;
    };
    // providerId as the console names it: "wayscloud", "scaleway", "coreweave", "wasabi-air",
    // "wasabi-iam". Null when the sandbox did not print it.
    const Provider* provider(const QString& providerId) const
    {
        const auto found = m_providers.find(providerId);
        return found == m_providers.end() ? nullptr : &found->second;
    }

private:
    void readProviderLine(const QByteArray& name, const QByteArray& value)
    {
        static const std::pair<const char*, const char*> suffixes[] = {
            {"_ORGANIZATION_ID", "organization"},
            {"_S3_URL", "s3"},
            {"_REGION", "region"},
            {"_URL", "url"},
            {"_TOKEN", "token"},
        };
        for (const auto& [suffix, field] : suffixes) {
            if (!name.endsWith(suffix))
                continue;
            // WASABI_IAM → wasabi-iam
            const QString id =
                QString::fromLatin1(name.left(name.size() - qsizetype(qstrlen(suffix))))
                    .toLower()
                    .replace(QLatin1Char('_'), QLatin1Char('-'));
            Provider& target = m_providers[id];
            const QByteArrayView which(field);
            if (which == "organization")
                target.organizationId = QString::fromUtf8(value);
            else if (which == "s3")
                target.s3Url = QUrl(QString::fromUtf8(value));
            else if (which == "region")
                target.region = QString::fromUtf8(value);
            else if (which == "url")
                target.url = QUrl(QString::fromUtf8(value));
            else
                target.token = Secret::fromUtf8(value);
            return;
        }
    }

    QProcess m_process;
    QUrl m_url;
    Secret m_token;
    std::map<QString, Provider> m_providers;
};

} // namespace kw::e2e

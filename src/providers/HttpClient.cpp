#include "HttpClient.h"

#include "providers/HttpJob.h"

#include <QFile>
#include <QHostAddress>
#include <QPointer>

namespace kw {

QByteArray HttpResponse::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpClient::HttpClient(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent), m_network(network)
{}

void HttpClient::setAuthorization(QByteArray headerName, QByteArray scheme, Secret credential)
{
    m_authHeader = std::move(headerName);
    m_authScheme = std::move(scheme);
    m_credential = std::move(credential);
}

void HttpClient::setExtraCaCertificates(const QList<QSslCertificate>& certificates)
{
    m_extraCa = certificates;
}

ProviderError HttpClient::trustCaFile(const QString& pemPath)
{
    ProviderError error;
    error.kind = ProviderError::Kind::Tls;
    error.transport.file = pemPath;
    QFile file(pemPath);
    if (!file.open(QIODevice::ReadOnly)) {
        error.transport.reason = TransportFacts::Reason::CaUnreadable;
        error.transport.systemText = file.errorString();
        return error;
    }
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        error.transport.reason = TransportFacts::Reason::CaEmpty;
        return error;
    }
    m_extraCa = certificates;
    return {};
}

bool HttpClient::loadCaFile(const QString& pemPath, QString* error)
{
    const ProviderError problem = trustCaFile(pemPath);
    if (problem && error)
        *error = problem.plainMessage();
    return problem.ok();
}

void HttpClient::copySettingsFrom(const HttpClient& other)
{
    m_extraCa = other.m_extraCa;
    m_errorParser = other.m_errorParser;
    m_timeoutMs = other.m_timeoutMs;
    m_maxAttempts = other.m_maxAttempts;
    m_backoffBaseMs = other.m_backoffBaseMs;
    m_maxRetryAfterMs = other.m_maxRetryAfterMs;
    m_maxBodyBytes = other.m_maxBodyBytes;
    m_jitter = other.m_jitter;
    m_listDeadlineMs = other.m_listDeadlineMs;
    m_maxListPages = other.m_maxListPages;
}

std::function<void()> HttpClient::send(const HttpRequest& request,
                                       std::function<void(const HttpResponse&)> done,
                                       const QObject* context)
{
    auto* job = new HttpJob(this, request, std::move(done), context);
    job->start();
    return [guard = QPointer<HttpJob>(job)] {
        if (guard)
            guard->cancel();
    };
}

bool HttpClient::isLoopback(const QUrl& url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

} // namespace kw

#pragma once

#include "core/ProviderError.h"
#include "core/Secret.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslCertificate>
#include <QUrl>
#include <functional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace kw {

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers; // non-secret headers
    QByteArray body;
    bool idempotent = true;         // false: never sent twice (create)
    int timeoutMs = -1;             // -1: the client's default
    bool sensitiveResponse = false; // the body carries a secret: wiped once done() returns
    // Called on a copy of this request before every attempt, so that a retry can carry fresh
    // headers or body (a SigV4 signature over the current time); URL and method stay as sent.
    std::function<void(HttpRequest& attempt)> prepare;
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    ProviderError error; // kind and facts; message/detail only from the error body parser
    int attempts = 0;
    QByteArray header(const QByteArray& name) const;
};

// Turns an error body of a provider's own shape into a readable message (providers.md A.10).
// Returns an empty string when the body is not of the expected shape.
using ErrorBodyParser = std::function<QString(int status, const QByteArray& body, QString* detail)>;

// Sends HTTP requests for one account over a QNetworkAccessManager owned by someone else.
// - per-request timeout, default 30 s: a transfer timeout (no data) plus a guard on the whole
//   attempt (a body that trickles in forever); answers larger than maxBodyBytes are refused
// - retries 429/500/502/503/504 and transport failures for idempotent requests only, after a
//   delay with full jitter (anywhere in [0, min(30 s, base·2^(attempt-1))]) that is at least
//   the Retry-After the server asked for; a non-idempotent request is sent exactly once
// - https:// required except to loopback (127.0.0.0/8, ::1, localhost)
// - TLS errors are never ignored; extra CA certificates can be trusted per account
// - the credential is set as a header from a Secret and never logged; logs are redacted
// - a failure comes back as a kind with facts (ProviderError::transport), not as words: those
//   are console/ProviderErrorText's
// Each request is an HttpJob; which failures are retried and how long to wait is HttpErrorPolicy.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    explicit HttpClient(QNetworkAccessManager* network, QObject* parent = nullptr);

    void setAuthorization(QByteArray headerName, QByteArray scheme, Secret credential);
    void setExtraCaCertificates(const QList<QSslCertificate>& certificates);
    // Trusts the certificates of a PEM file besides the system's. On failure the error is of
    // kind Tls with the facts (file, reason) for console/ProviderErrorText; ok() when loaded.
    ProviderError trustCaFile(const QString& pemPath);
    // The same, with a plain text of the problem (ProviderError::plainMessage).
    bool loadCaFile(const QString& pemPath, QString* error);
    void setErrorBodyParser(ErrorBodyParser parser) { m_errorParser = std::move(parser); }
    void setDefaultTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setMaxAttempts(int attempts) { m_maxAttempts = attempts; }
    void setBackoffBaseMs(int ms) { m_backoffBaseMs = ms; }
    void setMaxRetryAfterMs(int ms) { m_maxRetryAfterMs = ms; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    // The random part of a retry's delay: given the ceiling, a delay in [0, ceiling] (tests pin
    // it; by default uniformly random).
    void setJitter(std::function<qint64(qint64 ceilingMs)> jitter) { m_jitter = std::move(jitter); }
    // For the provider clients' multi-page lists: the whole list, every page and retry, gives
    // up after this long (default 3 minutes)...
    void setListDeadlineMs(int ms) { m_listDeadlineMs = ms; }
    // ...and after this many pages, so that paging that never ends cannot run forever.
    void setMaxListPages(int pages) { m_maxListPages = pages; }

    int defaultTimeoutMs() const { return m_timeoutMs; }
    int maxAttempts() const { return m_maxAttempts; }
    int backoffBaseMs() const { return m_backoffBaseMs; }
    int maxRetryAfterMs() const { return m_maxRetryAfterMs; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }
    int listDeadlineMs() const { return m_listDeadlineMs; }
    int maxListPages() const { return m_maxListPages; }
    const QList<QSslCertificate>& extraCaCertificates() const { return m_extraCa; }
    // Timeouts, retry policy, size cap, trusted CAs and error parser of another client (not its
    // credential): for a second client that talks to the same account with another key.
    void copySettingsFrom(const HttpClient& other);

    // Calls done(response) exactly once, from the event loop, unless context (when given) is
    // destroyed first. Returns an abort function: it ends in-flight work and any pending retry,
    // and done then receives Kind::Cancelled. If this client is destroyed with the request in
    // flight, done receives Kind::Cancelled when a context was given, and is dropped otherwise.
    std::function<void()> send(const HttpRequest& request,
                               std::function<void(const HttpResponse&)> done,
                               const QObject* context = nullptr);

    static bool isLoopback(const QUrl& url);

private:
    QNetworkAccessManager* m_network;
    QByteArray m_authHeader;
    QByteArray m_authScheme;
    Secret m_credential;
    QList<QSslCertificate> m_extraCa;
    ErrorBodyParser m_errorParser;
    int m_timeoutMs = 30000;
    int m_maxAttempts = 4;
    int m_backoffBaseMs = 250;
    int m_maxRetryAfterMs = 30000;
    qint64 m_maxBodyBytes = 16 * 1024 * 1024;
    std::function<qint64(qint64)> m_jitter;
    int m_listDeadlineMs = 3 * 60 * 1000;
    int m_maxListPages = 1000;

    friend class HttpJob;
};

} // namespace kw

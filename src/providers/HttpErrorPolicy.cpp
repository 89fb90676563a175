#include "HttpErrorPolicy.h"

#include "core/Redactor.h"

#include <QLocale>
#include <QRandomGenerator>
#include <algorithm>

namespace kw::http {

using namespace Qt::StringLiterals;

namespace {

using Kind = ProviderError::Kind;
using Reason = TransportFacts::Reason;

constexpr int MaxBackoffMs = 30000;

bool isRetryableTransportError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what Qt 6.4 reports for a transfer timeout
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

bool isTransportError(QNetworkReply::NetworkError error)
{
    // Codes below 200 are connection, TLS and proxy failures; the others derive from an HTTP
    // status or from the protocol.
    return error != QNetworkReply::NoError && int(error) < 200;
}

AttemptFailure failure(Kind kind, int httpStatus, const AttemptEnd& end, Reason reason,
                       bool retryable = false)
{
    AttemptFailure result;
    result.error.kind = kind;
    result.error.httpStatus = httpStatus;
    result.error.transport.reason = reason;
    result.error.transport.host = end.host;
    result.error.transport.timeoutMs = end.timeoutMs;
    result.status = end.status;
    result.retryable = retryable;
    return result;
}

AttemptFailure cutOff(const AttemptEnd& end, bool retryable)
{
    AttemptFailure result = failure(Kind::BadResponse, end.status, end, Reason::CutOff, retryable);
    result.error.transport.receivedBytes = end.receivedBytes;
    result.error.transport.expectedBytes = end.expectedBytes;
    result.status = 0;
    return result;
}

// The proxy between KeyWarden and the provider failed: named, so that no one looks for the
// fault at the provider.
AttemptFailure proxyFailure(const AttemptEnd& end, bool retryable)
{
    Reason reason = Reason::ProxyRefused;
    switch (end.error) {
    case QNetworkReply::HostNotFoundError: // through a proxy, only its name is looked up here
    case QNetworkReply::ProxyNotFoundError:
        reason = Reason::ProxyNotFound;
        break;
    case QNetworkReply::ProxyTimeoutError:
        reason = Reason::ProxyTimeout;
        break;
    case QNetworkReply::ProxyConnectionClosedError:
        reason = Reason::ProxyClosed;
        break;
    case QNetworkReply::ProxyAuthenticationRequiredError:
        reason = Reason::ProxyAuth;
        retryable = false; // the same credentials would be refused again
        break;
    default:
        break;
    }
    AttemptFailure result = failure(Kind::Network, 0, end, reason, retryable);
    result.error.transport.proxy = end.proxy;
    result.error.transport.systemText = Redactor::redact(end.systemText);
    return result;
}

// Connection, TLS-less and proxy failures (Qt's codes below 200).
AttemptFailure networkFailure(const AttemptEnd& end)
{
    const bool retryable = isRetryableTransportError(end.error);
    // Through an HTTP proxy, Qt reports the proxy's refusal as the connection's.
    if (!end.proxy.isEmpty() && (end.error == QNetworkReply::ConnectionRefusedError ||
                                 end.error == QNetworkReply::HostNotFoundError))
        return proxyFailure(end, retryable);
    AttemptFailure result;
    switch (end.error) {
    case QNetworkReply::ConnectionRefusedError:
        result = failure(Kind::Network, 0, end, Reason::Refused, retryable);
        break;
    case QNetworkReply::RemoteHostClosedError:
        if (end.status > 0)
            return cutOff(end, retryable);
        result = failure(Kind::Network, 0, end, Reason::Closed, retryable);
        break;
    case QNetworkReply::HostNotFoundError:
        result = failure(Kind::Network, 0, end, Reason::HostNotFound, retryable);
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        result = proxyFailure(end, retryable);
        break;
    default:
        result = failure(Kind::Network, 0, end, Reason::Unreachable, retryable);
        result.error.transport.systemText = Redactor::redact(end.systemText);
        break;
    }
    result.status = 0;
    return result;
}

} // namespace

QString hostOf(const QUrl& url)
{
    return url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port())
                          : url.host();
}

QString loggableUrl(const QUrl& url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toDisplayString();
}

bool isRetryableStatus(int status)
{
    // 500 too: most are passing trouble, and only idempotent requests are ever sent again.
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

ProviderError::Kind kindForStatus(int status)
{
    switch (status) {
    case 400:
    case 422:
        return Kind::Validation;
    case 401:
        return Kind::Auth;
    case 403:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    case 409:
        return Kind::Conflict;
    case 429:
        return Kind::RateLimited;
    default:
        break;
    }
    if (status >= 500)
        return Kind::Server;
    if (status >= 400)
        return Kind::Other;
    return Kind::BadResponse;
}

QString reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return u"Bad Request"_s;
    case 401:
        return u"Unauthorized"_s;
    case 403:
        return u"Forbidden"_s;
    case 404:
        return u"Not Found"_s;
    case 405:
        return u"Method Not Allowed"_s;
    case 409:
        return u"Conflict"_s;
    case 413:
        return u"Content Too Large"_s;
    case 422:
        return u"Unprocessable Content"_s;
    case 429:
        return u"Too Many Requests"_s;
    case 500:
        return u"Internal Server Error"_s;
    case 501:
        return u"Not Implemented"_s;
    case 502:
        return u"Bad Gateway"_s;
    case 503:
        return u"Service Unavailable"_s;
    case 504:
        return u"Gateway Timeout"_s;
    default:
        return {};
    }
}

std::optional<qint64> parseRetryAfterMs(const QByteArray& raw, const QDateTime& nowUtc)
{
    const QByteArray value = raw.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? 0 : std::min<qint64>(seconds, qint64(24) * 3600) * 1000;

    QString text = QString::fromLatin1(value);
    if (text.endsWith(QLatin1String(" GMT")))
        text.chop(4);
    const QLocale c = QLocale::c();
    static const char* const formats[] = {
        "ddd, dd MMM yyyy hh:mm:ss", // IMF-fixdate
        "dddd, dd-MMM-yy hh:mm:ss",  // obsolete RFC 850
        "ddd MMM d hh:mm:ss yyyy",   // asctime
    };
    for (const char* format : formats) {
        const QDateTime parsed = c.toDateTime(text.simplified(), QLatin1String(format));
        if (parsed.isValid()) {
            QDateTime utc(parsed.date(), parsed.time(), Qt::UTC);
            if (utc.date().year() < 1970)
                utc = utc.addYears(100);
            return std::max<qint64>(0, nowUtc.msecsTo(utc));
        }
    }
    return std::nullopt;
}

std::optional<AttemptFailure> attemptFailure(const AttemptEnd& end)
{
    if (end.abort == AttemptEnd::Abort::TooLarge) {
        AttemptFailure result = failure(Kind::BadResponse, end.status, end, Reason::TooLarge);
        result.error.transport.limitBytes = end.maxBodyBytes;
        return result;
    }
    if (end.abort == AttemptEnd::Abort::Guard || end.error == QNetworkReply::TimeoutError ||
        end.error == QNetworkReply::OperationCanceledError)
        return failure(Kind::Timeout, 0, end, Reason::Timeout, true);
    if (!end.sslErrors.isEmpty() || end.error == QNetworkReply::SslHandshakeFailedError) {
        AttemptFailure result = failure(Kind::Tls, 0, end, Reason::Tls);
        const QString why = end.sslErrors.isEmpty() ? end.systemText : end.sslErrors.join(u"; ");
        result.error.transport.systemText = Redactor::redact(why);
        return result;
    }
    if (end.error == QNetworkReply::ContentReSendError)
        return failure(Kind::Network, 0, end, Reason::NotResent);
    if (isTransportError(end.error))
        return networkFailure(end);
    if (end.status == 0) {
        AttemptFailure result = failure(Kind::BadResponse, 0, end, Reason::NotHttp);
        result.error.transport.systemText = Redactor::redact(end.systemText);
        return result;
    }
    // Qt 6.4 now and then reports NoError for a body cut short of its Content-Length: count
    // the bytes ourselves. (A gzip body only grows when inflated, so "shorter" stays true.)
    if (end.expectedBytes >= 0 && end.receivedBytes < end.expectedBytes)
        return cutOff(end, true);
    return std::nullopt;
}

ProviderError statusError(int status, const QString& message, const QString& detail,
                          const QString& statusText)
{
    ProviderError error;
    error.kind = kindForStatus(status);
    error.httpStatus = status;
    error.detail = Redactor::redact(detail);
    if (!message.trimmed().isEmpty()) {
        error.message = Redactor::redact(message);
        return error;
    }
    error.transport.reason = Reason::HttpStatus;
    const QString phrase = statusText.trimmed();
    error.transport.statusText = Redactor::redact(phrase.isEmpty() ? reasonPhrase(status) : phrase);
    return error;
}

RetryDecision decideRetry(const RetrySettings& settings, int attemptsMade, bool idempotent,
                          std::optional<qint64> retryAfterMs)
{
    RetryDecision decision;
    const bool attemptsLeft = attemptsMade < std::max(1, settings.maxAttempts);
    if (retryAfterMs && *retryAfterMs > settings.maxRetryAfterMs) {
        decision.retryAfterMs = *retryAfterMs;
        return decision;
    }
    if (!idempotent || !attemptsLeft) {
        if (retryAfterMs && *retryAfterMs > 0)
            decision.retryAfterMs = *retryAfterMs;
        return decision;
    }
    const int base = std::max(1, settings.backoffBaseMs);
    const qint64 ceiling =
        std::min<qint64>(MaxBackoffMs, qint64(base) << std::min(attemptsMade - 1, 16));
    qint64 delay = settings.jitter
                       ? settings.jitter(ceiling)
                       : qint64(QRandomGenerator::global()->bounded(quint64(ceiling) + 1));
    delay = std::clamp<qint64>(delay, 0, ceiling);
    if (retryAfterMs && *retryAfterMs > delay)
        delay = *retryAfterMs;
    decision.retry = true;
    decision.delayMs = delay;
    return decision;
}

} // namespace kw::http

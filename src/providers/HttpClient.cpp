#include "HttpClient.h"

#include "core/Redactor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <algorithm>
#include <cstring>
#include <optional>

Q_LOGGING_CATEGORY(lcHttp, "kw.http")

namespace kw {

namespace {

constexpr int MaxBackoffMs = 30000;

QString hostOf(const QUrl& url)
{
    return url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port())
                          : url.host();
}

// The URL as it may appear in a log: no user info, query or fragment (they can carry secrets).
QString loggableUrl(const QUrl& url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)
        .toDisplayString();
}

QString secondsText(qint64 ms)
{
    if (ms % 1000 == 0 || ms >= 10000)
        return QString::number((ms + 999) / 1000);
    return QLocale().toString(double(ms) / 1000.0, 'f', 1);
}

bool isRetryableStatus(int status)
{
    // 500 too: most are passing trouble, and only idempotent requests are ever sent again.
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

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

ProviderError::Kind kindForStatus(int status)
{
    switch (status) {
    case 400:
    case 422:
        return ProviderError::Kind::Validation;
    case 401:
        return ProviderError::Kind::Auth;
    case 403:
        return ProviderError::Kind::Forbidden;
    case 404:
        return ProviderError::Kind::NotFound;
    case 409:
        return ProviderError::Kind::Conflict;
    case 429:
        return ProviderError::Kind::RateLimited;
    default:
        break;
    }
    if (status >= 500)
        return ProviderError::Kind::Server;
    if (status >= 400)
        return ProviderError::Kind::Other;
    return ProviderError::Kind::BadResponse;
}

// Retry-After is either a number of seconds or an HTTP date (RFC 9110 10.2.3).
std::optional<qint64> parseRetryAfterMs(const QByteArray& raw, const QDateTime& now)
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
            return std::max<qint64>(0, now.msecsTo(utc));
        }
    }
    return std::nullopt;
}

QString httpReasonPhrase(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 409:
        return QStringLiteral("Conflict");
    case 413:
        return QStringLiteral("Content Too Large");
    case 422:
        return QStringLiteral("Unprocessable Content");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 501:
        return QStringLiteral("Not Implemented");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return {};
    }
}

QString retryHint(qint64 delayMs)
{
    const QDateTime when = QDateTime::currentDateTimeUtc().addMSecs(delayMs).toLocalTime();
    return QCoreApplication::translate("kw::HttpClient", "Try again after %1 (in %2 s).")
        .arg(QLocale().toString(when.time(), QLocale::LongFormat), secondsText(delayMs));
}

// The body of a request that must not reach the server twice. Qt's HTTP stack silently sends a
// request again when the connection closes before an answer (whatever the method); it first
// rewinds the body, and this device refuses to rewind over bytes it has already handed out, so
// Qt gives up with ContentReSendError instead.
class SendOnceBody : public QIODevice
{
public:
    explicit SendOnceBody(QByteArray data) : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }
    bool seek(qint64 position) override
    {
        if (position < m_handedOut)
            return false;
        return QIODevice::seek(position);
    }

protected:
    qint64 readData(char* out, qint64 maxSize) override
    {
        const qint64 at = pos();
        const qint64 count = std::max<qint64>(0, std::min(maxSize, m_data.size() - at));
        std::memcpy(out, m_data.constData() + at, size_t(count));
        m_handedOut = std::max(m_handedOut, at + count);
        return count;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_handedOut = 0;
};

} // namespace

QByteArray HttpResponse::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// One request with its retries. Lives as a child of its client; delivers its result once.
class HttpJob : public QObject
{
public:
    HttpJob(HttpClient* client, HttpRequest request, std::function<void(const HttpResponse&)> done,
            const QObject* context)
        : QObject(client), m_client(client), m_request(std::move(request)), m_done(std::move(done)),
          m_context(context), m_hasContext(context != nullptr)
    {
        m_retryTimer.setSingleShot(true);
        m_guardTimer.setSingleShot(true);
        connect(&m_retryTimer, &QTimer::timeout, this, &HttpJob::startAttempt);
        connect(&m_guardTimer, &QTimer::timeout, this, &HttpJob::onGuardTimeout);
        if (context)
            connect(context, &QObject::destroyed, this, &HttpJob::dropSilently);
        m_clock.start();
    }

    ~HttpJob() override
    {
        releaseReply();
        if (m_request.sensitiveResponse) {
            wipe(m_response.body);
            wipe(m_body);
        }
        // The client went away before done() was called. Whoever waits on a context still hears
        // about it; without a context nobody can be called safely any more. Even when the answer
        // had arrived (its delivery queued), it is not handed over: whoever made the request may
        // be gone with the client, and a Cancelled answer asks nothing of it.
        if (m_delivered || !m_hasContext || !m_context)
            return;
        m_response = {};
        m_response.attempts = m_attempts;
        m_response.error = {ProviderError::Kind::Cancelled,
                            0,
                            QCoreApplication::translate("kw::HttpClient", "Cancelled."),
                            {}};
        QMetaObject::invokeMethod(
            const_cast<QObject*>(m_context.data()),
            [done = std::move(m_done), response = std::move(m_response)] { done(response); },
            Qt::QueuedConnection);
    }

    void start()
    {
        const QUrl& url = m_request.url;
        if (!url.isValid() || url.host().isEmpty()) {
            fail({ProviderError::Kind::Other,
                  0,
                  QCoreApplication::translate("kw::HttpClient", "The address “%1” is not valid.")
                      .arg(Redactor::redact(loggableUrl(url))),
                  {}});
            return;
        }
        const QString scheme = url.scheme().toLower();
        if (scheme != QLatin1String("https") &&
            !(scheme == QLatin1String("http") && HttpClient::isLoopback(url))) {
            fail({ProviderError::Kind::Insecure,
                  0,
                  QCoreApplication::translate(
                      "kw::HttpClient",
                      "Refusing to connect to %1 over %2: credentials are only sent over "
                      "https:// (plain http:// is allowed to this computer only).")
                      .arg(hostOf(url), scheme.isEmpty() ? QStringLiteral("?") : scheme + u"://"),
                  {}});
            return;
        }
        startAttempt();
    }

    void cancel()
    {
        if (m_finished)
            return;
        releaseReply();
        fail({ProviderError::Kind::Cancelled,
              0,
              QCoreApplication::translate("kw::HttpClient", "Cancelled."),
              {}});
    }

private:
    enum class AbortReason
    {
        None,
        Guard,
        TooLarge
    };

    int timeoutMs() const
    {
        return m_request.timeoutMs > 0 ? m_request.timeoutMs : m_client->m_timeoutMs;
    }

    void startAttempt()
    {
        if (m_finished)
            return;
        ++m_attempts;
        m_body.clear();
        m_sslErrors.clear();
        m_abortReason = AbortReason::None;

        HttpRequest attempt = m_request;
        if (m_request.prepare)
            m_request.prepare(attempt);
        QNetworkRequest request(attempt.url);
        for (const auto& [name, value] : attempt.headers)
            request.setRawHeader(name, value);
        if (!attempt.body.isEmpty() && !request.hasRawHeader("Content-Type"))
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (!request.hasRawHeader("Accept"))
            request.setRawHeader("Accept", "application/json");
        if (!m_client->m_authHeader.isEmpty() && !m_client->m_credential.isEmpty()) {
            QByteArray value =
                m_client->m_authScheme.isEmpty()
                    ? m_client->m_credential.exposeBytes()
                    : m_client->m_authScheme + ' ' + m_client->m_credential.exposeBytes();
            request.setRawHeader(m_client->m_authHeader, value);
            wipe(value);
        }
        request.setTransferTimeout(timeoutMs());
        // The credential header must not follow a redirect to another host, and a request that
        // must be sent once must not be sent again to the redirect target either.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             m_request.idempotent ? QNetworkRequest::SameOriginRedirectPolicy
                                                  : QNetworkRequest::ManualRedirectPolicy);
        if (m_request.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 &&
            !m_client->m_extraCa.isEmpty()) {
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.addCaCertificates(m_client->m_extraCa);
            request.setSslConfiguration(tls);
            // Qt reuses connections by host, port and verify name, not by TLS configuration: a
            // distinct (equivalent) verify name keeps a connection trusted only through these
            // extra CAs away from clients that trust the system CAs alone.
            request.setPeerVerifyName(m_request.url.host());
        }

        if (attempt.idempotent) {
            m_reply = m_client->m_network->sendCustomRequest(request, attempt.method, attempt.body);
        } else {
            request.setHeader(QNetworkRequest::ContentLengthHeader, attempt.body.size());
            auto* body = new SendOnceBody(attempt.body);
            m_reply = m_client->m_network->sendCustomRequest(request, attempt.method, body);
            body->setParent(m_reply); // lives as long as the reply that reads it
        }
        connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpJob::onMetaData);
        connect(m_reply, &QNetworkReply::readyRead, this, &HttpJob::onReadyRead);
        connect(m_reply, &QNetworkReply::finished, this, &HttpJob::onFinished);
        connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
            for (const QSslError& error : errors)
                m_sslErrors << error.errorString();
        });
        m_guardTimer.start(timeoutMs());
    }

    void onMetaData()
    {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (!length.isValid())
            return;
        const qint64 announced = length.toLongLong();
        if (announced > m_client->m_maxBodyBytes)
            abortAttempt(AbortReason::TooLarge);
        else if (m_request.sensitiveResponse && announced > 0)
            m_body.reserve(qsizetype(announced)); // no reallocation leaves copies behind
    }

    void onReadyRead()
    {
        if (!m_reply)
            return;
        // Straight into the (reserved) body buffer: no temporary copy of a secret is left behind.
        const qint64 available = m_reply->bytesAvailable();
        if (available > 0) {
            const qsizetype used = m_body.size();
            m_body.resize(used + qsizetype(available));
            const qint64 got = m_reply->read(m_body.data() + used, available);
            m_body.resize(used + qsizetype(std::max<qint64>(0, got)));
        }
        if (m_body.size() > m_client->m_maxBodyBytes)
            abortAttempt(AbortReason::TooLarge);
    }

    void onGuardTimeout() { abortAttempt(AbortReason::Guard); }

    void abortAttempt(AbortReason reason)
    {
        if (!m_reply || m_abortReason != AbortReason::None)
            return;
        m_abortReason = reason;
        m_reply->abort(); // emits finished → onFinished
    }

    void onFinished()
    {
        m_guardTimer.stop();
        QNetworkReply* reply = m_reply;
        if (!reply || m_finished)
            return;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->deleteLater();
        if (m_abortReason == AbortReason::None) {
            m_reply = reply;
            onReadyRead();
            m_reply = nullptr;
        }

        HttpResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        for (const auto& pair : reply->rawHeaderPairs())
            response.headers.append(pair);
        const QNetworkReply::NetworkError error = reply->error();

        if (m_abortReason == AbortReason::TooLarge) {
            response.error = {
                ProviderError::Kind::BadResponse,
                response.status,
                QCoreApplication::translate(
                    "kw::HttpClient", "The answer from %1 is larger than %2 MiB; it was not read.")
                    .arg(hostOf(m_request.url))
                    .arg(m_client->m_maxBodyBytes / (1024 * 1024)),
                {}};
            complete(std::move(response));
            return;
        }
        if (m_abortReason == AbortReason::Guard || error == QNetworkReply::TimeoutError ||
            error == QNetworkReply::OperationCanceledError) {
            response.error = {
                ProviderError::Kind::Timeout,
                0,
                QCoreApplication::translate("kw::HttpClient", "No answer from %1 within %2 s.")
                    .arg(hostOf(m_request.url), secondsText(timeoutMs())),
                {}};
            retryOrComplete(std::move(response), std::nullopt);
            return;
        }
        if (!m_sslErrors.isEmpty() || error == QNetworkReply::SslHandshakeFailedError) {
            QString why = m_sslErrors.isEmpty() ? reply->errorString() : m_sslErrors.join(u"; ");
            response.error = {ProviderError::Kind::Tls, 0,
                              QCoreApplication::translate("kw::HttpClient",
                                                          "The secure connection to %1 failed: %2")
                                  .arg(hostOf(m_request.url), Redactor::redact(why)),
                              QCoreApplication::translate(
                                  "kw::HttpClient",
                                  "If the server uses a private certificate authority, configure "
                                  "its CA file for this account.")};
            complete(std::move(response));
            return;
        }
        if (error == QNetworkReply::ContentReSendError) {
            response.error = {
                ProviderError::Kind::Network, 0,
                QCoreApplication::translate(
                    "kw::HttpClient", "%1 closed the connection without answering. The request was "
                                      "not sent again because repeating it is not safe.")
                    .arg(hostOf(m_request.url)),
                QCoreApplication::translate(
                    "kw::HttpClient", "It may or may not have taken effect: refresh before trying "
                                      "again.")};
            complete(std::move(response));
            return;
        }
        if (isTransportError(error)) {
            response.error = transportError(error, response.status, reply);
            response.status = 0;
            if (isRetryableTransportError(error))
                retryOrComplete(std::move(response), std::nullopt);
            else
                complete(std::move(response));
            return;
        }
        if (response.status == 0) {
            response.error = {
                ProviderError::Kind::BadResponse,
                0,
                QCoreApplication::translate("kw::HttpClient",
                                            "%1 sent an answer that is not HTTP: %2")
                    .arg(hostOf(m_request.url), Redactor::redact(reply->errorString())),
                {}};
            complete(std::move(response));
            return;
        }

        // Qt 6.4 now and then reports NoError for a body cut short of its Content-Length: count
        // the bytes ourselves. (A gzip body only grows when inflated, so "shorter" stays true.)
        const QVariant announced = reply->header(QNetworkRequest::ContentLengthHeader);
        if (announced.isValid() && m_body.size() < announced.toLongLong()) {
            response.error = {ProviderError::Kind::BadResponse,
                              response.status,
                              QCoreApplication::translate(
                                  "kw::HttpClient",
                                  "The answer from %1 was cut off: the connection closed after "
                                  "%2 of %3 bytes.")
                                  .arg(hostOf(m_request.url))
                                  .arg(m_body.size())
                                  .arg(announced.toLongLong()),
                              {}};
            response.status = 0;
            retryOrComplete(std::move(response), std::nullopt);
            return;
        }

        response.body = m_body;
        if (response.status >= 200 && response.status < 300) {
            complete(std::move(response));
            return;
        }
        response.error = httpError(response.status, reply);
        if (isRetryableStatus(response.status)) {
            const auto retryAfter =
                parseRetryAfterMs(response.header("Retry-After"), QDateTime::currentDateTimeUtc());
            retryOrComplete(std::move(response), retryAfter);
            return;
        }
        complete(std::move(response));
    }

    ProviderError transportError(QNetworkReply::NetworkError error, int status,
                                 QNetworkReply* reply) const
    {
        const QString host = hostOf(m_request.url);
        switch (error) {
        case QNetworkReply::ConnectionRefusedError:
            return {ProviderError::Kind::Network,
                    0,
                    QCoreApplication::translate("kw::HttpClient",
                                                "%1 refused the connection. Check the address "
                                                "and that the service is running.")
                        .arg(host),
                    {}};
        case QNetworkReply::RemoteHostClosedError:
            if (status > 0) {
                const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
                return {ProviderError::Kind::BadResponse,
                        status,
                        length.isValid()
                            ? QCoreApplication::translate(
                                  "kw::HttpClient",
                                  "The answer from %1 was cut off: the connection closed after "
                                  "%2 of %3 bytes.")
                                  .arg(host)
                                  .arg(m_body.size())
                                  .arg(length.toLongLong())
                            : QCoreApplication::translate(
                                  "kw::HttpClient",
                                  "The answer from %1 was cut off: the connection closed after "
                                  "%2 bytes.")
                                  .arg(host)
                                  .arg(m_body.size()),
                        {}};
            }
            return {ProviderError::Kind::Network,
                    0,
                    QCoreApplication::translate("kw::HttpClient",
                                                "%1 closed the connection before answering.")
                        .arg(host),
                    {}};
        case QNetworkReply::HostNotFoundError:
            return {ProviderError::Kind::Network,
                    0,
                    QCoreApplication::translate("kw::HttpClient",
                                                "Cannot find the host %1. Check the address.")
                        .arg(host),
                    {}};
        default:
            return {ProviderError::Kind::Network,
                    0,
                    QCoreApplication::translate("kw::HttpClient", "Cannot reach %1: %2")
                        .arg(host, Redactor::redact(reply->errorString())),
                    {}};
        }
    }

    ProviderError httpError(int status, QNetworkReply* reply) const
    {
        QString detail;
        QString message;
        if (m_client->m_errorParser)
            message = m_client->m_errorParser(status, m_body, &detail);
        if (message.trimmed().isEmpty()) {
            QString reason =
                reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().trimmed();
            if (reason.isEmpty())
                reason = httpReasonPhrase(status);
            message = QCoreApplication::translate("kw::HttpClient", "HTTP %1 %2")
                          .arg(status)
                          .arg(reason)
                          .trimmed();
        }
        return {kindForStatus(status), status, Redactor::redact(message), Redactor::redact(detail)};
    }

    void retryOrComplete(HttpResponse response, std::optional<qint64> retryAfterMs)
    {
        const bool attemptsLeft = m_attempts < std::max(1, m_client->m_maxAttempts);
        if (retryAfterMs && *retryAfterMs > m_client->m_maxRetryAfterMs) {
            appendDetail(response.error, retryHint(*retryAfterMs));
            complete(std::move(response));
            return;
        }
        if (!m_request.idempotent || !attemptsLeft) {
            if (retryAfterMs && *retryAfterMs > 0)
                appendDetail(response.error, retryHint(*retryAfterMs));
            complete(std::move(response));
            return;
        }
        // Full jitter: anywhere between 0 and the exponential ceiling, so that clients that
        // failed together do not come back together; Retry-After is the least the server asked.
        const int base = std::max(1, m_client->m_backoffBaseMs);
        const qint64 ceiling =
            std::min<qint64>(MaxBackoffMs, qint64(base) << std::min(m_attempts - 1, 16));
        qint64 delay = m_client->m_jitter
                           ? m_client->m_jitter(ceiling)
                           : qint64(QRandomGenerator::global()->bounded(quint64(ceiling) + 1));
        delay = std::clamp<qint64>(delay, 0, ceiling);
        if (retryAfterMs && *retryAfterMs > delay)
            delay = *retryAfterMs;
        qCInfo(lcHttp).noquote() << Redactor::redact(
            QStringLiteral("%1 %2 -> %3 (attempt %4/%5), retrying in %6 ms")
                .arg(QString::fromLatin1(m_request.method), loggableUrl(m_request.url),
                     response.status ? QString::number(response.status) : response.error.message)
                .arg(m_attempts)
                .arg(m_client->m_maxAttempts)
                .arg(delay));
        m_retryTimer.start(int(delay));
    }

    // After several attempts "within 30 s" would understate the wait: say how many, how long.
    QString timeoutAfterRetries() const
    {
        const qint64 ms = m_clock.elapsed();
        const QString span =
            ms < 90000 ? QCoreApplication::translate("kw::HttpClient", "%1 s").arg(secondsText(ms))
                       : QCoreApplication::translate("kw::HttpClient", "%1 min")
                             .arg(qRound64(double(ms) / 60000.0));
        return QCoreApplication::translate("kw::HttpClient",
                                           "No answer from %1 after %2 attempts over %3.")
            .arg(hostOf(m_request.url))
            .arg(m_attempts)
            .arg(span);
    }

    static void appendDetail(ProviderError& error, const QString& more)
    {
        error.detail = error.detail.isEmpty() ? more : error.detail + u' ' + more;
    }

    void complete(HttpResponse response)
    {
        if (response.body.isEmpty() && response.error.ok())
            response.body = m_body;
        if (response.error.kind == ProviderError::Kind::Timeout && response.status == 0 &&
            m_attempts > 1)
            response.error.message = timeoutAfterRetries();
        deliver(std::move(response));
    }

    void fail(ProviderError error)
    {
        HttpResponse response;
        response.error = std::move(error);
        deliver(std::move(response));
    }

    void deliver(HttpResponse response)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_retryTimer.stop();
        m_guardTimer.stop();
        response.attempts = m_attempts;
        m_response = std::move(response);
        const QString outcome = m_response.error.ok() ? QString::number(m_response.status)
                                                      : m_response.error.toString();
        qCInfo(lcHttp).noquote() << Redactor::redact(
            QStringLiteral("%1 %2 -> %3 in %4 ms, %5 attempt(s)")
                .arg(QString::fromLatin1(m_request.method), loggableUrl(m_request.url), outcome)
                .arg(m_clock.elapsed())
                .arg(m_attempts));
        // Always from the event loop, even when the result is known inside send().
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_delivered = true;
                if (!m_hasContext || m_context)
                    m_done(m_response);
                if (m_request.sensitiveResponse) {
                    wipe(m_response.body);
                    wipe(m_body);
                }
                deleteLater();
            },
            Qt::QueuedConnection);
    }

    void dropSilently()
    {
        m_finished = true;
        m_delivered = true;
        m_retryTimer.stop();
        m_guardTimer.stop();
        releaseReply();
        deleteLater();
    }

    void releaseReply()
    {
        if (!m_reply)
            return;
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }

    HttpClient* m_client;
    HttpRequest m_request;
    std::function<void(const HttpResponse&)> m_done;
    QPointer<const QObject> m_context;
    bool m_hasContext;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QTimer m_guardTimer;
    QElapsedTimer m_clock;
    QByteArray m_body;
    QStringList m_sslErrors;
    AbortReason m_abortReason = AbortReason::None;
    int m_attempts = 0;
    bool m_finished = false;  // the outcome is known (or the work was dropped)
    bool m_delivered = false; // done() was called, or must not be called any more
    HttpResponse m_response;
};

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

bool HttpClient::loadCaFile(const QString& pemPath, QString* error)
{
    QFile file(pemPath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the CA file %1: %2").arg(pemPath, file.errorString());
        return false;
    }
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        if (error)
            *error = tr("The CA file %1 holds no PEM certificate.").arg(pemPath);
        return false;
    }
    m_extraCa = certificates;
    return true;
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

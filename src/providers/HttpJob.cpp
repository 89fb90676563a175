#include "HttpJob.h"

#include "ProxyAuth.h"
#include "core/Clock.h"
#include "core/Redactor.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <algorithm>
#include <cstring>

Q_LOGGING_CATEGORY(lcHttp, "kw.http")

namespace kw {

using namespace Qt::StringLiterals;

namespace {

using Reason = TransportFacts::Reason;

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

ProviderError transportError(ProviderError::Kind kind, Reason reason, const QString& host)
{
    ProviderError error;
    error.kind = kind;
    error.transport.reason = reason;
    error.transport.host = host;
    return error;
}

} // namespace

HttpJob::HttpJob(HttpClient* client, HttpRequest request,
                 std::function<void(const HttpResponse&)> done, const QObject* context)
    : QObject(client), m_client(client), m_request(std::move(request)), m_done(std::move(done)),
      m_context(context), m_hasContext(context != nullptr)
{
    m_retryTimer.setSingleShot(true);
    // A server's Retry-After is a floor: a coarse timer may fire up to 5 % early, and a retry
    // sent before the wait is over meets the same 429 or 503 again.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    m_guardTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &HttpJob::startAttempt);
    connect(&m_guardTimer, &QTimer::timeout, this, [this] { abortAttempt(Abort::Guard); });
    if (context)
        connect(context, &QObject::destroyed, this, &HttpJob::dropSilently);
    m_clock.start();
}

HttpJob::~HttpJob()
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
    m_response.error = transportError(ProviderError::Kind::Cancelled, Reason::Cancelled,
                                      http::hostOf(m_request.url));
    m_response.error.transport.attempts = m_attempts;
    QMetaObject::invokeMethod(
        const_cast<QObject*>(m_context.data()),
        [done = std::move(m_done), response = std::move(m_response)] { done(response); },
        Qt::QueuedConnection);
}

void HttpJob::start()
{
    const QUrl& url = m_request.url;
    if (!url.isValid() || url.host().isEmpty()) {
        fail(transportError(ProviderError::Kind::Other, Reason::BadAddress,
                            Redactor::redact(http::loggableUrl(url))));
        return;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") &&
        !(scheme == QLatin1String("http") && HttpClient::isLoopback(url))) {
        ProviderError error =
            transportError(ProviderError::Kind::Insecure, Reason::Insecure, http::hostOf(url));
        error.transport.scheme = scheme;
        fail(std::move(error));
        return;
    }
    startAttempt();
}

void HttpJob::cancel()
{
    if (m_finished)
        return;
    releaseReply();
    fail(transportError(ProviderError::Kind::Cancelled, Reason::Cancelled,
                        http::hostOf(m_request.url)));
}

int HttpJob::timeoutMs() const
{
    return m_request.timeoutMs > 0 ? m_request.timeoutMs : m_client->m_timeoutMs;
}

QNetworkRequest HttpJob::networkRequest(const HttpRequest& attempt) const
{
    QNetworkRequest request(attempt.url);
    for (const auto& [name, value] : attempt.headers)
        request.setRawHeader(name, value);
    if (!attempt.body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    if (!request.hasRawHeader("Accept"))
        request.setRawHeader("Accept", "application/json");
    if (!m_client->m_authHeader.isEmpty() && !m_client->m_credential.isEmpty()) {
        // Built in one buffer from the secret's own bytes: no exposeBytes() temporary is freed
        // unwiped. The request keeps a shared reference, freed (scrubbed) with the request.
        const QByteArray& scheme = m_client->m_authScheme;
        const QByteArrayView credential = m_client->m_credential.view();
        QByteArray value;
        value.reserve(scheme.size() + 1 + credential.size());
        if (!scheme.isEmpty())
            value.append(scheme).append(' ');
        value.append(credential);
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
    return request;
}

void HttpJob::startAttempt()
{
    if (m_finished)
        return;
    ++m_attempts;
    wipe(m_body); // the last attempt's answer, overwritten before a retry reads the next
    m_sslErrors.clear();
    m_abortReason = Abort::None;

    HttpRequest attempt = m_request;
    if (m_request.prepare)
        m_request.prepare(attempt);
    QNetworkRequest request = networkRequest(attempt);
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

void HttpJob::onMetaData()
{
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (!length.isValid())
        return;
    const qint64 announced = length.toLongLong();
    if (announced > m_client->m_maxBodyBytes)
        abortAttempt(Abort::TooLarge);
    else if (m_request.sensitiveResponse && announced > 0)
        m_body.reserve(qsizetype(announced)); // no reallocation leaves copies behind
}

void HttpJob::onReadyRead()
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
        abortAttempt(Abort::TooLarge);
}

void HttpJob::abortAttempt(Abort reason)
{
    if (!m_reply || m_abortReason != Abort::None)
        return;
    m_abortReason = reason;
    m_reply->abort(); // emits finished → onFinished
}

QString HttpJob::proxyFor(const QUrl& url) const
{
    QNetworkProxy proxy = m_client->m_network->proxy();
    if (proxy.type() == QNetworkProxy::DefaultProxy) {
        const QList<QNetworkProxy> chosen =
            QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
        proxy = chosen.value(0);
    }
    if (proxy.hostName().isEmpty())
        return {};
    return proxy.hostName() + u':' + QString::number(proxy.port());
}

http::AttemptEnd HttpJob::attemptEnd(QNetworkReply* reply) const
{
    http::AttemptEnd end;
    end.abort = m_abortReason;
    end.error = reply->error();
    end.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    end.host = http::hostOf(m_request.url);
    if (end.error != QNetworkReply::NoError && int(end.error) < 200) // below HTTP: maybe the proxy
        end.proxy = proxyFor(m_request.url);
    // tinyproxy before 1.11.2 (Debian 12's; its issue #532) refuses a wrong login with 401 and
    // WWW-Authenticate instead of 407: no provider here answers Basic, so after a login was given
    // to the proxy such a 401 is the proxy's refusal of it.
    if (end.status == 401 && reply->rawHeader("WWW-Authenticate").startsWith("Basic")) {
        const QString proxy = proxyFor(m_request.url);
        if (!proxy.isEmpty() && ProxyAuth::loginGiven(proxy)) {
            end.error = QNetworkReply::ProxyAuthenticationRequiredError;
            end.status = 0;
            end.proxy = proxy;
        }
    }
    end.systemText = reply->errorString();
    end.sslErrors = m_sslErrors;
    end.receivedBytes = m_body.size();
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid())
        end.expectedBytes = length.toLongLong();
    end.maxBodyBytes = m_client->m_maxBodyBytes;
    end.timeoutMs = timeoutMs();
    return end;
}

void HttpJob::onFinished()
{
    m_guardTimer.stop();
    QNetworkReply* reply = m_reply;
    if (!reply || m_finished)
        return;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    if (m_abortReason == Abort::None) {
        m_reply = reply;
        onReadyRead();
        m_reply = nullptr;
    }

    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto& pair : reply->rawHeaderPairs())
        response.headers.append(pair);
    const http::AttemptEnd end = attemptEnd(reply);
    if (end.error == QNetworkReply::ProxyAuthenticationRequiredError) {
        // The login the proxy refused is forgotten here and in Qt's cache: the next request
        // asks for another.
        ProxyAuth::refused(end.proxy);
        m_client->m_network->clearAccessCache();
    }
    if (std::optional<http::AttemptFailure> failed = http::attemptFailure(end)) {
        response.error = std::move(failed->error);
        response.status = failed->status;
        if (failed->retryable)
            retryOrComplete(std::move(response), std::nullopt);
        else
            complete(std::move(response));
        return;
    }
    onHttpAnswer(std::move(response), reply);
}

void HttpJob::onHttpAnswer(HttpResponse response, QNetworkReply* reply)
{
    response.body = m_body;
    if (response.status >= 200 && response.status < 300) {
        complete(std::move(response));
        return;
    }
    QString detail;
    QString message;
    if (m_client->m_errorParser)
        message = m_client->m_errorParser(response.status, m_body, &detail);
    response.error =
        http::statusError(response.status, message, detail,
                          reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    response.error.transport.host = http::hostOf(m_request.url);
    if (http::isRetryableStatus(response.status)) {
        // The clock is read only for an answer that names a wait (signers count its reads).
        const QByteArray asked = response.header("Retry-After");
        const auto retryAfter =
            asked.isEmpty() ? std::nullopt : http::parseRetryAfterMs(asked, Clock::app().nowUtc());
        retryOrComplete(std::move(response), retryAfter);
        return;
    }
    complete(std::move(response));
}

void HttpJob::retryOrComplete(HttpResponse response, std::optional<qint64> retryAfterMs)
{
    const http::RetryDecision decision =
        http::decideRetry({m_client->m_maxAttempts, m_client->m_backoffBaseMs,
                           m_client->m_maxRetryAfterMs, m_client->m_jitter},
                          m_attempts, m_request.idempotent, retryAfterMs);
    if (!decision.retry) {
        if (decision.retryAfterMs >= 0) {
            response.error.transport.retryAfterMs = decision.retryAfterMs;
            response.error.transport.retryAt =
                Clock::app().nowUtc().addMSecs(decision.retryAfterMs);
        }
        complete(std::move(response));
        return;
    }
    qCInfo(lcHttp).noquote() << Redactor::redact(
        u"%1 %2 -> %3 (attempt %4/%5), retrying in %6 ms"_s
            .arg(QString::fromLatin1(m_request.method), http::loggableUrl(m_request.url),
                 response.status ? QString::number(response.status) : response.error.plainMessage())
            .arg(m_attempts)
            .arg(m_client->m_maxAttempts)
            .arg(decision.delayMs));
    m_retryTimer.start(int(decision.delayMs));
}

void HttpJob::complete(HttpResponse response)
{
    if (response.body.isEmpty() && response.error.ok())
        response.body = m_body;
    deliver(std::move(response));
}

void HttpJob::fail(ProviderError error)
{
    HttpResponse response;
    response.error = std::move(error);
    deliver(std::move(response));
}

void HttpJob::deliver(HttpResponse response)
{
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer.stop();
    m_guardTimer.stop();
    response.attempts = m_attempts;
    if (!response.error.ok()) {
        response.error.transport.attempts = m_attempts;
        response.error.transport.elapsedMs = m_clock.elapsed();
    }
    m_response = std::move(response);
    const QString outcome =
        m_response.error.ok() ? QString::number(m_response.status) : m_response.error.toString();
    qCInfo(lcHttp).noquote() << Redactor::redact(
        u"%1 %2 -> %3 in %4 ms, %5 attempt(s)"_s
            .arg(QString::fromLatin1(m_request.method), http::loggableUrl(m_request.url), outcome)
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

void HttpJob::dropSilently()
{
    m_finished = true;
    m_delivered = true;
    m_retryTimer.stop();
    m_guardTimer.stop();
    releaseReply();
    deleteLater();
}

void HttpJob::releaseReply()
{
    if (!m_reply)
        return;
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

} // namespace kw

#pragma once

#include "providers/HttpClient.h"
#include "providers/HttpErrorPolicy.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <optional>

namespace kw {

// One request with its retries (one job per request). Lives as a child of its client; delivers
// its result once, always from the event loop.
class HttpJob : public QObject
{
public:
    HttpJob(HttpClient* client, HttpRequest request, std::function<void(const HttpResponse&)> done,
            const QObject* context);
    ~HttpJob() override;

    void start();
    void cancel();

private:
    using Abort = http::AttemptEnd::Abort;

    int timeoutMs() const;
    // host:port of the proxy a request to url goes through (the client's network manager's
    // own, else the application's proxy factory's); empty when none.
    QString proxyFor(const QUrl& url) const;
    void startAttempt();
    QNetworkRequest networkRequest(const HttpRequest& attempt) const;
    void onMetaData();
    void onReadyRead();
    void abortAttempt(Abort reason);
    void onFinished();
    http::AttemptEnd attemptEnd(QNetworkReply* reply) const;
    void onHttpAnswer(HttpResponse response, QNetworkReply* reply);
    void retryOrComplete(HttpResponse response, std::optional<qint64> retryAfterMs);
    void complete(HttpResponse response);
    void fail(ProviderError error);
    void deliver(HttpResponse response);
    void dropSilently();
    void releaseReply();

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
    Abort m_abortReason = Abort::None;
    int m_attempts = 0;
    bool m_finished = false;  // the outcome is known (or the work was dropped)
    bool m_delivered = false; // done() was called, or must not be called any more
    HttpResponse m_response;
};

} // namespace kw

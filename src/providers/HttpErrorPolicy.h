#pragma once

#include "core/ProviderError.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <optional>

namespace kw {

// Which failures of an HTTP request are sent again, after how long, and what kind of error they
// are. Facts only: the words for them are in console/ProviderErrorText.
namespace http {

// host[:port], as errors name it.
QString hostOf(const QUrl& url);
// The URL as it may appear in a log: no user info, query or fragment (they can carry secrets).
QString loggableUrl(const QUrl& url);

bool isRetryableStatus(int status);
ProviderError::Kind kindForStatus(int status);
QString reasonPhrase(int status); // "Service Unavailable"; empty when not a common status
// Retry-After is either a number of seconds or an HTTP date (RFC 9110 10.2.3).
std::optional<qint64> parseRetryAfterMs(const QByteArray& raw, const QDateTime& nowUtc);

// How one attempt ended, as far as telling the error apart needs it.
struct AttemptEnd
{
    enum class Abort
    {
        None,
        Guard,   // the whole-attempt guard ran out
        TooLarge // the body went over the cap
    };
    Abort abort = Abort::None;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QString host;
    QString proxy;             // host:port of the proxy the request went through, if any
    QString systemText;        // the reply's errorString()
    QStringList sslErrors;     // what the TLS layer reported, if anything
    qint64 receivedBytes = 0;  // of the body
    qint64 expectedBytes = -1; // Content-Length, -1 when not announced
    qint64 maxBodyBytes = 0;
    int timeoutMs = 0;
};

// An attempt that failed: the error, and whether the failure is worth another attempt (for a
// request that may be sent again). A failed attempt with status 0 carries no HTTP status.
struct AttemptFailure
{
    ProviderError error;
    int status = 0;
    bool retryable = false;
};

// The failure of an attempt below HTTP (transport, TLS, timeout, size, a body cut short), or
// nullopt when an HTTP answer arrived whole (its status may still be an error: statusError).
std::optional<AttemptFailure> attemptFailure(const AttemptEnd& end);

// An HTTP error status. message and detail: what the provider's error body said (may be
// empty); statusText: the reason phrase the server sent.
ProviderError statusError(int status, const QString& message, const QString& detail,
                          const QString& statusText);

struct RetrySettings
{
    int maxAttempts = 4;
    int backoffBaseMs = 250;
    int maxRetryAfterMs = 30000;
    std::function<qint64(qint64 ceilingMs)> jitter; // empty: uniformly random
};

struct RetryDecision
{
    bool retry = false;
    qint64 delayMs = 0;       // when retrying
    qint64 retryAfterMs = -1; // when giving up: the wait the server asked for, to tell the user
};

// Full jitter: anywhere between 0 and min(30 s, base·2^(attempt-1)), so that clients that failed
// together do not come back together; Retry-After is the least the server asked for. A request
// that must be sent once, or that has no attempts left, or whose Retry-After is beyond the cap,
// is not retried.
RetryDecision decideRetry(const RetrySettings& settings, int attemptsMade, bool idempotent,
                          std::optional<qint64> retryAfterMs);

} // namespace http
} // namespace kw

#pragma once

#include <QDateTime>
#include <QString>

namespace kw {

// What the transport found out about a failed request: facts only. The words for them are in
// console/ProviderErrorText; ProviderError::toString() has a plain fallback for logs.
struct TransportFacts
{
    enum class Reason
    {
        None,
        BadAddress,   // the URL is not valid (host holds the redacted address)
        Insecure,     // plain http:// to a non-loopback host (scheme: what was refused)
        Refused,      // connection refused
        Closed,       // closed before any answer
        CutOff,       // closed mid-body (receivedBytes of expectedBytes, when announced)
        HostNotFound, // DNS
        Unreachable,  // any other network failure (systemText says which)
        NotHttp,      // an answer without an HTTP status
        TooLarge,     // announced or received more than limitBytes
        Timeout,      // timeoutMs per attempt; after several attempts, elapsedMs in all
        Tls,          // systemText: the certificate problems or the handshake error
        NotResent,    // a request that must be sent once lost its connection: not sent again
        Cancelled,
        HttpStatus,   // an error status whose body had no message of the provider's own
        CaUnreadable, // the account's CA file (file) cannot be read (systemText)
        CaEmpty,      // the account's CA file holds no PEM certificate
        // The proxy (proxy: its host:port) refused the connection, was not found, did not
        // answer in time, closed the connection, or asked for credentials it was not given.
        ProxyRefused,
        ProxyNotFound,
        ProxyTimeout,
        ProxyClosed,
        ProxyAuth,
    };
    Reason reason = Reason::None;
    QString host;       // host[:port] the request went to
    QString proxy;      // Proxy*: host:port of the proxy it went through
    QString scheme;     // Insecure: the scheme that was refused ("" when none)
    QString file;       // CaUnreadable, CaEmpty: the CA file
    QString systemText; // the network stack's or TLS library's own words, redacted
    QString statusText; // HttpStatus: the reason phrase ("Service Unavailable")
    int attempts = 0;
    qint64 elapsedMs = 0; // from the first attempt until the outcome was known
    int timeoutMs = 0;    // the per-attempt timeout
    qint64 receivedBytes = 0;
    qint64 expectedBytes = -1; // the announced Content-Length, -1 when none
    qint64 limitBytes = 0;     // TooLarge: the cap
    qint64 retryAfterMs = -1;  // the wait the server asked for and was not waited for, -1: none
    QDateTime retryAt;         // when that wait ends (UTC)
};

// Why a provider call failed, in a form both the UI and the CLI can act on.
struct ProviderError
{
    enum class Kind
    {
        None,
        Network,     // connection refused, reset, DNS, …
        Timeout,     // no answer in time
        Tls,         // certificate or handshake failure (never ignored)
        Insecure,    // plain http:// to a non-loopback host
        Auth,        // 401
        Forbidden,   // 403
        NotFound,    // 404
        Conflict,    // 409, limits
        Validation,  // 400, 422
        RateLimited, // 429 after retries
        Server,      // 5xx after retries
        BadResponse, // truncated, malformed or unexpected body
        Cancelled,
        Other,
    };
    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message; // readable: the provider's own text, or ours from the layers above transport
    QString detail;  // extra facts: which field, which quota (already redacted)
    TransportFacts transport{}; // what the transport found out (reason None: nothing)

    bool ok() const { return kind == Kind::None; }
    explicit operator bool() const { return !ok(); } // true when there is an error
    // The message, or when there is none a plain text for the transport facts or the kind.
    QString plainMessage() const;
    QString toString() const; // "HTTP 409: limit reached (50 keys) — detail"
};

} // namespace kw

#pragma once

#include <QString>

namespace kw {

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
    QString message; // readable, translated where it is ours; the provider's own text otherwise
    QString detail;  // extra facts: which field, which quota (already redacted)

    bool ok() const { return kind == Kind::None; }
    explicit operator bool() const { return !ok(); } // true when there is an error
    QString toString() const; // "HTTP 409: limit reached (50 keys) — detail"
};

} // namespace kw

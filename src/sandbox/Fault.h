#pragma once

#include <QByteArray>
#include <QString>

namespace kw::sandbox {

// A fault the sandbox injects into the next matching requests (tests, demos).
// Delay, ResetMidBody, TruncatedBody, MalformedBody and FailAfterCommit answer after the real
// handler ran (a create did happen); the others answer instead of it. Error statuses carry the
// provider's own error body (EmulatorApi::error). Note for client tests: Qt's network stack sends a
// request (POST too) once more when the connection drops before any answer if it can rewind the
// body, so against a plain QNetworkAccessManager POST a FailAfterCommit with count 1 goes unseen
// and the create happens twice (see requestCount()).
struct Fault
{
    enum class Kind
    {
        Delay,              // answer normally after delayMs
        Hang,               // accept the request and never answer
        TooManyRequests,    // 429 with Retry-After: retryAfterSeconds (or as a date)
        InternalError,      // 500
        Unavailable,        // 503 (with Retry-After when retryAfterSeconds > 0)
        BadGateway,         // 502
        GatewayTimeout,     // 504
        Unauthorized,       // 401
        Forbidden,          // 403
        NotFound,           // 404
        ResetBeforeHeaders, // read the request, then drop the connection without a byte of answer
                            // (the handler does not run)
        ResetMidBody,       // send headers and part of the body, then reset the connection
        TruncatedBody,      // Content-Length larger than the body sent, then close
        MalformedBody,      // the request is carried out, then 200 with a body that is not JSON
        HugeBody,           // 200 with a body of hugeBytes
        FailAfterCommit,    // perform the operation (e.g. create), then reset before answering
    };
    Kind kind = Kind::InternalError;
    QByteArray method;  // empty = any
    QString pathPrefix; // empty = any
    int count = 1;      // how many matching requests it applies to; -1 = until cleared
    int delayMs = 0;
    int retryAfterSeconds = 0;
    qint64 hugeBytes = 8 * 1024 * 1024;
    // Below: added later, after the fields above so that positional initialisers stay valid.
    bool exactPath = false; // pathPrefix must be the whole path ("/" for S3 ListBuckets)
    // Only requests whose body or raw query contains this (e.g. "Action=CreateAccessKey" for
    // the IAM Query API, where every call is POST /); empty = any.
    QByteArray contains = {};
    // Retry-After as an HTTP date (now + retryAfterSeconds) instead of a number of seconds.
    bool retryAfterAsDate = false;
};

} // namespace kw::sandbox

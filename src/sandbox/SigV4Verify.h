#pragma once

#include "sandbox/HttpExchange.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace kw::sandbox {

// The parts of an `Authorization: AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…`
// header (providers.md B.5). Parts may be separated by "," or ", ".
struct SigV4Authorization
{
    QString accessKeyId;
    QString date;                    // YYYYMMDD of the credential scope
    QString region;                  // us-east-1, …
    QString service;                 // iam, s3, …
    QList<QByteArray> signedHeaders; // lower case, in the order sent
    QByteArray signature;            // 64 hex, lower case

    QString scope() const; // date/region/service/aws4_request
};

// nullopt when the header is not a well-formed SigV4 authorization.
std::optional<SigV4Authorization> parseSigV4Authorization(QByteArrayView header);

// The canonical request of providers.md B.5 step 1, recomputed from the request as it arrived.
// S3 encodes path segments once, every other service twice (as AWS specifies). nullopt when a
// signed header is missing from the request.
std::optional<QByteArray> sigV4CanonicalRequest(const HttpRequest& request,
                                                const SigV4Authorization& authorization,
                                                QByteArrayView payloadHash);

QByteArray sigV4StringToSign(QByteArrayView amzDate, const QString& scope,
                             QByteArrayView canonicalRequest);

// hex(HMAC(SigningKey(secret, scope), stringToSign)).
QByteArray sigV4Signature(QByteArrayView secret, const SigV4Authorization& authorization,
                          QByteArrayView stringToSign);

QByteArray hexSha256(QByteArrayView data);

// Constant-time comparison of two signatures.
bool sameSignature(QByteArrayView a, QByteArrayView b);

// Why a request's signature was refused, once its key is known (providers.md B.5). Each
// service answers these with its own code; the HTTP status is the same everywhere.
enum class SigV4Failure
{
    None,
    BadDate,             // 400: no valid x-amz-date
    TooSkewed,           // 403: more than maxSkewSeconds away from now
    PayloadHashMismatch, // 400: x-amz-content-sha256 is not the body's hash
    MissingContentHash,  // 400: S3 requires x-amz-content-sha256
    HostNotSigned,       // 403
    SignatureMismatch,   // 403
};

struct SigV4Check
{
    SigV4Failure failure = SigV4Failure::None;
    int status = 200;
    QString message;                      // AWS's wording
    QList<QPair<QString, QString>> extra; // fields S3 adds to its <Error> (RequestTime, …)

    bool ok() const { return failure == SigV4Failure::None; }
};

inline constexpr qint64 sigV4MaxSkewSeconds = 15 * 60;

// Checks the signature of a request signed with `secret` (the key's secret as the server keeps
// it; an empty one never matches), the date and its skew from now, and the payload hash. S3
// (requireContentHash) also needs x-amz-content-sha256 to be sent.
SigV4Check verifySigV4(const HttpRequest& request, const SigV4Authorization& authorization,
                       QByteArrayView secret, const QDateTime& now, bool requireContentHash);

} // namespace kw::sandbox

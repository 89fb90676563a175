#pragma once

#include "HttpExchange.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
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

} // namespace kw::sandbox

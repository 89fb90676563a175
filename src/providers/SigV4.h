#pragma once

#include "HttpClient.h"
#include "core/Secret.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QNetworkRequest;
QT_END_NAMESPACE

namespace kw {

// AWS Signature Version 4 (providers.md B.5) with S3's rules: path segments are encoded once,
// never normalised. Used by the Wasabi IAM client and by key verification (ListBuckets) on any
// S3-compatible endpoint.
class SigV4
{
public:
    SigV4() = delete;

    // The non-secret half of a credential plus the scope it signs for.
    struct Credential
    {
        QString accessKeyId;
        QString region;
        QString service;
    };

    struct Request
    {
        QByteArray method = "GET";
        QString path;                                 // decoded; "" signs as "/"
        QList<QPair<QString, QString>> query;         // decoded keys and values, any order
        QList<QPair<QByteArray, QByteArray>> headers; // exactly the headers to sign, as sent
        QByteArray payloadHash; // hex SHA-256 of the body, or UNSIGNED-PAYLOAD
        Credential credential;
        QDateTime timestamp;         // any time spec; signed as UTC
        bool keepSigningKey = false; // fill Signed::signingKeyHex (tests only)
    };

    // Every intermediate value, so that a mismatch can be located step by step.
    struct Signed
    {
        QByteArray canonicalRequest;
        QByteArray canonicalRequestHash;
        QByteArray stringToSign;
        QByteArray amzDate;         // YYYYMMDDTHHMMSSZ
        QByteArray credentialScope; // date/region/service/aws4_request
        QByteArray signedHeaders;
        QByteArray signature;
        QByteArray authorization; // the value of the Authorization header
        Secret signingKeyHex;     // empty unless Request::keepSigningKey
        QString error;            // why nothing was signed; empty on success

        [[nodiscard]] bool isValid() const { return !signature.isEmpty(); }
    };

    static constexpr QByteArrayView Algorithm = "AWS4-HMAC-SHA256";
    static constexpr QByteArrayView UnsignedPayload = "UNSIGNED-PAYLOAD";
    static constexpr QByteArrayView EmptyPayloadHash =
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    [[nodiscard]] static Signed sign(const Request& request, const Secret& secret);

    // The steps, exposed for tests and for a verifier that rebuilds a request it received.
    [[nodiscard]] static QByteArray uriEncode(QByteArrayView utf8, bool keepSlash);
    [[nodiscard]] static QByteArray canonicalUri(const QString& path);
    [[nodiscard]] static QByteArray canonicalQuery(const QList<QPair<QString, QString>>& query);
    // Lower-cased names, trimmed values with inner whitespace collapsed, repeated names joined
    // with ',' in the order given, sorted by name. Returns the block and sets signedHeaders.
    [[nodiscard]] static QByteArray
    canonicalHeaders(const QList<QPair<QByteArray, QByteArray>>& headers,
                     QByteArray* signedHeaders);
    [[nodiscard]] static QByteArray amzDate(const QDateTime& time);
    [[nodiscard]] static QByteArray sha256Hex(QByteArrayView data);

    // The decoded query pairs of url, in order ('+' is a literal plus, as S3 reads it).
    [[nodiscard]] static QList<QPair<QString, QString>> queryPairs(const QUrl& url);
    // The Host header Qt sends for url: lower-case host (IPv6 in brackets) and ":port" unless
    // the port is absent or the scheme's default.
    [[nodiscard]] static QByteArray hostHeader(const QUrl& url);
    // url without user info, fragment or a port equal to the scheme's default, so that the Host
    // (HTTP/1.1) or :authority (HTTP/2) Qt derives from it is the one that was signed.
    [[nodiscard]] static QUrl normalizedUrl(const QUrl& url);

    // Signs a GET with an empty body to url (which may carry a query). Returns the headers to
    // send (x-amz-date, x-amz-content-sha256, Authorization; Host is left to Qt) and sets
    // *sendUrl to the URL to send them to. Empty on failure, with *error set when given.
    [[nodiscard]] static QList<QPair<QByteArray, QByteArray>>
    signedGetHeaders(const QUrl& url, const Credential& credential, const Secret& secret,
                     const QDateTime& now, QUrl* sendUrl, QString* error = nullptr);
    // The same applied to a QNetworkRequest: its URL is normalised and the headers set.
    static bool signGet(QNetworkRequest& request, const Credential& credential,
                        const Secret& secret, const QDateTime& now, QString* error = nullptr);
    // S3 ListBuckets (GET on the endpoint, "/" when it has no path), signed for
    // credential.region and credential.service ("s3" when empty): the read-only call that verifies
    // an S3 key pair (providers.md A.9). Send it with an HttpClient that holds no credential of its
    // own. On failure the request has an empty URL and *error is set when given.
    [[nodiscard]] static HttpRequest listBucketsRequest(const QUrl& endpoint,
                                                        const Credential& credential,
                                                        const Secret& secret, const QDateTime& now,
                                                        QString* error = nullptr);
};

} // namespace kw

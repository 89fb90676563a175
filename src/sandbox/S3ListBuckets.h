#pragma once

#include "core/Clock.h"
#include "sandbox/HttpExchange.h"
#include "sandbox/SigV4Verify.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace kw::sandbox {

// S3's XML (providers.md B.5): ListAllMyBucketsResult and <Error>, in AWS's shapes.
namespace s3xml {

QString xmlNamespace();                   // http://s3.amazonaws.com/doc/2006-03-01/
QString timestamp(const QDateTime& when); // 2026-02-03T21:10:00.000Z
// <Error><Code/><Message/>[extra…]<RequestId/><HostId/></Error>
HttpResponse error(int status, const QString& code, const QString& message,
                   const QString& requestId, const QList<QPair<QString, QString>>& extra = {});

} // namespace s3xml

// S3 ListBuckets with SigV4 verification, for every emulator whose keys are S3 key pairs
// (Wasabi IAM, CoreWeave, Scaleway): `GET /` signed `AWS4-HMAC-SHA256 Credential=<key>/<date>/
// <region>/s3/aws4_request, …` on the emulator's own server, so a sandbox account's S3 endpoint
// is its API URL. Refusals are S3's (providers.md B.5): AccessDenied 403 when unsigned,
// AuthorizationHeaderMalformed 400 for a malformed header or a region not accepted,
// InvalidAccessKeyId 403 for a key that is unknown, revoked, inactive or expired,
// RequestTimeTooSkewed 403 beyond 15 minutes, SignatureDoesNotMatch 403.
class S3ListBuckets
{
public:
    struct Bucket
    {
        QString name;
        QDateTime createdAt;
    };
    struct Listing
    {
        QString ownerId;
        QString ownerDisplayName;
        QList<Bucket> buckets;
        QStringList bucketNames() const;
    };

    // The secret S3 checks a key's signature with. False when the key is unknown, revoked,
    // inactive or expired at `now` (InvalidAccessKeyId); an empty secret never matches.
    using KeyLookup = std::function<bool(const QString& accessKeyId, const QDateTime& now,
                                         QByteArrayView* secret)>;
    // What the key sees in ListBuckets.
    using ListingFor = std::function<Listing(const QString& accessKeyId)>;

    // Reads "now" (expiry, clock skew) from the sandbox's clock.
    S3ListBuckets(QStringList regions, KeyLookup lookup, ListingFor listing,
                  const kw::Clock& clock);

    // True when the request carries a SigV4 Authorization header: an emulator whose own API
    // authenticates otherwise (Bearer, X-Auth-Token) hands such a request to handle().
    static bool isSigV4(const HttpRequest& request);
    static QString newRequestId();

    // Verification and answer in one: what an emulator sends back.
    HttpResponse handle(const HttpRequest& request) const;

    struct Caller
    {
        QString accessKeyId;
        QString region;
    };
    struct Outcome
    {
        std::optional<Caller> caller;
        std::optional<HttpResponse> refusal; // set when caller is not
    };
    // The two steps of handle(), for an emulator that records who used a key in between.
    Outcome authenticate(const HttpRequest& request, const QString& requestId) const;
    HttpResponse answer(const HttpRequest& request, const Caller& caller,
                        const QString& requestId) const;

    void setRegions(const QStringList& regions) { m_regions = regions; }
    QStringList regions() const { return m_regions; }

private:
    QStringList m_regions;
    KeyLookup m_lookup;
    ListingFor m_listing;
    const kw::Clock& m_clock;
};

} // namespace kw::sandbox

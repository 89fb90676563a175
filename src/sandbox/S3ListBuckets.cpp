#include "sandbox/S3ListBuckets.h"

#include "sandbox/SandboxCrypto.h"

#include <QXmlStreamWriter>

namespace kw::sandbox {

namespace {

using namespace Qt::StringLiterals;

QString codeFor(SigV4Failure failure)
{
    switch (failure) {
    case SigV4Failure::None:
        break;
    case SigV4Failure::BadDate:
    case SigV4Failure::HostNotSigned:
        return u"AccessDenied"_s;
    case SigV4Failure::TooSkewed:
        return u"RequestTimeTooSkewed"_s;
    case SigV4Failure::PayloadHashMismatch:
        return u"XAmzContentSHA256Mismatch"_s;
    case SigV4Failure::MissingContentHash:
        return u"InvalidRequest"_s;
    case SigV4Failure::SignatureMismatch:
        return u"SignatureDoesNotMatch"_s;
    }
    return u"AccessDenied"_s;
}

} // namespace

namespace s3xml {

QString xmlNamespace()
{
    return u"http://s3.amazonaws.com/doc/2006-03-01/"_s;
}

QString timestamp(const QDateTime& when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

HttpResponse error(int status, const QString& code, const QString& message,
                   const QString& requestId, const QList<QPair<QString, QString>>& extra)
{
    QByteArray body;
    QXmlStreamWriter xml(&body);
    xml.writeStartDocument();
    xml.writeStartElement(u"Error"_s);
    xml.writeTextElement(u"Code"_s, code);
    xml.writeTextElement(u"Message"_s, message);
    for (const auto& [name, value] : extra)
        xml.writeTextElement(name, value);
    xml.writeTextElement(u"RequestId"_s, requestId);
    xml.writeTextElement(u"HostId"_s, requestId);
    xml.writeEndElement();
    xml.writeEndDocument();
    HttpResponse response = HttpResponse::empty(status);
    response.body = body;
    response.withHeader("Content-Type", "application/xml");
    response.withHeader("x-amzn-RequestId", requestId.toLatin1());
    response.withHeader("x-amz-request-id", requestId.toLatin1());
    return response;
}

} // namespace s3xml

QStringList S3ListBuckets::Listing::bucketNames() const
{
    QStringList names;
    for (const Bucket& bucket : buckets)
        names.append(bucket.name);
    return names;
}

S3ListBuckets::S3ListBuckets(QStringList regions, KeyLookup lookup, ListingFor listing,
                             const kw::Clock& clock)
    : m_regions(std::move(regions)), m_lookup(std::move(lookup)), m_listing(std::move(listing)),
      m_clock(clock)
{}

bool S3ListBuckets::isSigV4(const HttpRequest& request)
{
    return request.header("Authorization").trimmed().startsWith("AWS4-HMAC-SHA256");
}

QString S3ListBuckets::newRequestId()
{
    return randomUuid();
}

HttpResponse S3ListBuckets::handle(const HttpRequest& request) const
{
    const QString requestId = newRequestId();
    const Outcome outcome = authenticate(request, requestId);
    if (outcome.refusal)
        return *outcome.refusal;
    return answer(request, *outcome.caller, requestId);
}

S3ListBuckets::Outcome S3ListBuckets::authenticate(const HttpRequest& request,
                                                   const QString& requestId) const
{
    Outcome outcome;
    const auto refused = [&](int status, const QString& code, const QString& message,
                             const QList<QPair<QString, QString>>& extra = {}) {
        outcome.refusal = s3xml::error(status, code, message, requestId, extra);
        return outcome;
    };

    if (!request.hasHeader("Authorization"))
        return refused(403, u"AccessDenied"_s, u"Request is missing Authentication Token"_s);
    const std::optional<SigV4Authorization> authorization =
        parseSigV4Authorization(request.header("Authorization"));
    if (!authorization)
        return refused(400, u"AuthorizationHeaderMalformed"_s,
                       u"The authorization header is malformed; expected "
                       "'AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…'"_s);
    if (authorization->service != u"s3"_s)
        return refused(403, u"SignatureDoesNotMatch"_s,
                       u"Credential should be scoped to correct service: 's3'."_s);
    if (!m_regions.contains(authorization->region))
        return refused(
            400, u"AuthorizationHeaderMalformed"_s,
            u"The authorization header is malformed; the region '%1' is wrong; "
            "expecting one of '%2'"_s.arg(authorization->region, m_regions.join(u", "_s)));

    const QDateTime now = m_clock.nowUtc();
    QByteArrayView secret;
    if (!m_lookup(authorization->accessKeyId, now, &secret))
        return refused(403, u"InvalidAccessKeyId"_s,
                       u"The AWS Access Key Id you provided does not exist in our records."_s,
                       {{u"AWSAccessKeyId"_s, authorization->accessKeyId}});

    const SigV4Check check = verifySigV4(request, *authorization, secret, now, true);
    if (!check.ok())
        return refused(check.status, codeFor(check.failure), check.message, check.extra);
    outcome.caller = Caller{authorization->accessKeyId, authorization->region};
    return outcome;
}

HttpResponse S3ListBuckets::answer(const HttpRequest& request, const Caller& caller,
                                   const QString& requestId) const
{
    const Listing listing = m_listing(caller.accessKeyId);
    if (request.method != "GET" || (request.path != u"/"_s && !request.path.isEmpty())) {
        const QString bucket = request.path.section(u'/', 1, 1);
        for (const Bucket& known : listing.buckets) {
            if (known.name == bucket)
                return s3xml::error(501, u"NotImplemented"_s,
                                    u"The sandbox implements ListBuckets only."_s, requestId);
        }
        return s3xml::error(404, u"NoSuchBucket"_s, u"The specified bucket does not exist"_s,
                            requestId, {{u"BucketName"_s, bucket}});
    }

    QByteArray body;
    QXmlStreamWriter xml(&body);
    xml.writeStartDocument();
    xml.writeStartElement(u"ListAllMyBucketsResult"_s);
    xml.writeDefaultNamespace(s3xml::xmlNamespace());
    xml.writeStartElement(u"Owner"_s);
    xml.writeTextElement(u"ID"_s, listing.ownerId);
    xml.writeTextElement(u"DisplayName"_s, listing.ownerDisplayName);
    xml.writeEndElement();
    xml.writeStartElement(u"Buckets"_s);
    for (const Bucket& bucket : listing.buckets) {
        xml.writeStartElement(u"Bucket"_s);
        xml.writeTextElement(u"Name"_s, bucket.name);
        xml.writeTextElement(u"CreationDate"_s, s3xml::timestamp(bucket.createdAt));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    HttpResponse response = HttpResponse::empty(200);
    response.body = body;
    response.withHeader("Content-Type", "application/xml");
    response.withHeader("x-amz-request-id", requestId.toLatin1());
    return response;
}

} // namespace kw::sandbox

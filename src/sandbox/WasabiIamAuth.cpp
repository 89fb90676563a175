#include "WasabiIamAuth.h"

#include "WasabiIamSigV4.h"
#include "WasabiIamXml.h"

namespace kw::sandbox {

namespace {

using namespace Qt::StringLiterals;

const QByteArray emptyPayloadHash =
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

QDateTime parseAmzDate(const QByteArray& text)
{
    QDateTime when = QDateTime::fromString(QString::fromLatin1(text), u"yyyyMMdd'T'HHmmss'Z'"_s);
    when.setTimeSpec(Qt::UTC);
    return when;
}

// Refusals in the shape of the service the request was meant for.
class Refuser
{
public:
    Refuser(bool s3, const QString& requestId) : m_s3(s3), m_requestId(requestId) {}

    HttpResponse operator()(int status, const QString& iamCode, const QString& s3Code,
                            const QString& message,
                            const QList<QPair<QString, QString>>& s3Extra = {}) const
    {
        return m_s3 ? iamxml::s3Error(status, s3Code, message, m_requestId, s3Extra)
                    : iamxml::iamError(status, iamCode, message, m_requestId);
    }

private:
    bool m_s3;
    QString m_requestId;
};

} // namespace

WasabiIamAuth::WasabiIamAuth(WasabiIamAccount& account)
    : m_account(account), m_s3Regions{u"us-east-1"_s,      u"us-east-2"_s,      u"us-central-1"_s,
                                      u"us-west-1"_s,      u"us-west-2"_s,      u"ca-central-1"_s,
                                      u"eu-central-1"_s,   u"eu-central-2"_s,   u"eu-west-1"_s,
                                      u"eu-west-2"_s,      u"eu-west-3"_s,      u"eu-south-1"_s,
                                      u"ap-northeast-1"_s, u"ap-northeast-2"_s, u"ap-southeast-1"_s,
                                      u"ap-southeast-2"_s},
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

IamAuthOutcome WasabiIamAuth::authenticate(const HttpRequest& request,
                                           const QString& requestId) const
{
    IamAuthOutcome outcome;
    const std::optional<SigV4Authorization> authorization =
        parseSigV4Authorization(request.header("Authorization"));
    outcome.s3 = authorization ? authorization->service == u"s3"_s : request.method != "POST";
    const Refuser refuse(outcome.s3, requestId);
    const auto refused = [&](HttpResponse response) {
        outcome.refusal = std::move(response);
        return outcome;
    };

    if (!request.hasHeader("Authorization"))
        return refused(refuse(403, u"MissingAuthenticationToken"_s, u"AccessDenied"_s,
                              u"Request is missing Authentication Token"_s));
    if (!authorization)
        return refused(refuse(400, u"IncompleteSignature"_s, u"AuthorizationHeaderMalformed"_s,
                              u"The authorization header is malformed; expected "
                              "'AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…'"_s));
    if (authorization->service != u"iam"_s && authorization->service != u"s3"_s)
        return refused(refuse(403, u"SignatureDoesNotMatch"_s, u"SignatureDoesNotMatch"_s,
                              u"Credential should be scoped to correct service: 'iam'."_s));
    if (!outcome.s3 && authorization->region != u"us-east-1"_s)
        return refused(refuse(403, u"SignatureDoesNotMatch"_s, QString(),
                              u"Credential should be scoped to a valid region, not '%1'."_s.arg(
                                  authorization->region)));
    if (outcome.s3 && !m_s3Regions.contains(authorization->region))
        return refused(refuse(400, QString(), u"AuthorizationHeaderMalformed"_s,
                              u"The authorization header is malformed; the region '%1' is "
                              "wrong; expecting one of '%2'"_s.arg(authorization->region,
                                                                   m_s3Regions.join(u", "_s))));

    IamAccessKey* key = m_account.findKey(authorization->accessKeyId);
    if (!key || !key->active)
        return refused(refuse(403, u"InvalidClientTokenId"_s, u"InvalidAccessKeyId"_s,
                              outcome.s3 ? u"The AWS Access Key Id you provided does not exist "
                                           "in our records."_s
                                         : u"The security token included in the request is "
                                           "invalid."_s,
                              {{u"AWSAccessKeyId"_s, authorization->accessKeyId}}));

    const QByteArray amzDateText = request.header("x-amz-date");
    const QDateTime amzDate = parseAmzDate(amzDateText);
    if (!amzDate.isValid())
        return refused(refuse(400, u"IncompleteSignature"_s, u"AccessDenied"_s,
                              u"AWS authentication requires a valid Date or x-amz-date header"_s));
    const QDateTime now = m_clock();
    if (qAbs(amzDate.secsTo(now)) > maxSkewSeconds)
        return refused(
            refuse(403, u"RequestTimeTooSkewed"_s, u"RequestTimeTooSkewed"_s,
                   u"The difference between the request time and the current time is too large."_s,
                   {{u"RequestTime"_s, QString::fromLatin1(amzDateText)},
                    {u"ServerTime"_s, iamxml::timestamp(now)},
                    {u"MaxAllowedSkewMilliseconds"_s, QString::number(maxSkewSeconds * 1000)}}));

    const bool signsContentHash = request.hasHeader("x-amz-content-sha256");
    const QByteArray bodyHash = request.body.isEmpty() ? emptyPayloadHash : hexSha256(request.body);
    QByteArray payloadHash = bodyHash;
    if (signsContentHash) {
        payloadHash = request.header("x-amz-content-sha256");
        if (payloadHash != "UNSIGNED-PAYLOAD" && payloadHash != bodyHash)
            return refused(refuse(400, u"IncompleteSignature"_s, u"XAmzContentSHA256Mismatch"_s,
                                  u"The provided 'x-amz-content-sha256' header does not match "
                                  "what was computed."_s));
    } else if (outcome.s3) {
        return refused(refuse(400, QString(), u"InvalidRequest"_s,
                              u"Missing required header for this request: "
                              "x-amz-content-sha256"_s));
    }
    if (!authorization->signedHeaders.contains("host"))
        return refused(refuse(403, u"SignatureDoesNotMatch"_s, u"AccessDenied"_s,
                              u"'Host' must be a signed header."_s));

    const std::optional<QByteArray> canonical =
        sigV4CanonicalRequest(request, *authorization, payloadHash);
    const QByteArray stringToSign =
        canonical ? sigV4StringToSign(amzDateText, authorization->scope(), *canonical)
                  : QByteArray();
    const bool dateMatchesScope = amzDateText.startsWith(authorization->date.toLatin1());
    if (!canonical || !dateMatchesScope ||
        !sameSignature(sigV4Signature(key->secret.view(), *authorization, stringToSign),
                       authorization->signature))
        return refused(refuse(
            403, u"SignatureDoesNotMatch"_s, u"SignatureDoesNotMatch"_s,
            u"The request signature we calculated does not match the signature you provided. "
            "Check your AWS Secret Access Key and signing method."_s,
            {{u"AWSAccessKeyId"_s, key->id},
             {u"StringToSign"_s, QString::fromLatin1(stringToSign)},
             {u"CanonicalRequest"_s, QString::fromUtf8(canonical.value_or(QByteArray()))}}));

    key->lastUsedAt = now;
    key->lastUsedService = authorization->service;
    key->lastUsedRegion = authorization->region;
    outcome.caller = IamCaller{key, authorization->service, authorization->region};
    return outcome;
}

} // namespace kw::sandbox

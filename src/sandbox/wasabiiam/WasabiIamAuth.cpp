#include "sandbox/wasabiiam/WasabiIamAuth.h"

#include "sandbox/wasabiiam/WasabiIamXml.h"

namespace kw::sandbox {

namespace {

using namespace Qt::StringLiterals;

QString iamCodeFor(SigV4Failure failure)
{
    switch (failure) {
    case SigV4Failure::None:
        break;
    case SigV4Failure::BadDate:
    case SigV4Failure::PayloadHashMismatch:
    case SigV4Failure::MissingContentHash:
        return u"IncompleteSignature"_s;
    case SigV4Failure::TooSkewed:
        return u"RequestTimeTooSkewed"_s;
    case SigV4Failure::HostNotSigned:
    case SigV4Failure::SignatureMismatch:
        return u"SignatureDoesNotMatch"_s;
    }
    return u"AccessDenied"_s;
}

} // namespace

WasabiIamAuth::WasabiIamAuth(WasabiIamAccount& account, S3ListBuckets& s3, const kw::Clock& clock)
    : m_account(account), m_s3(s3), m_clock(clock)
{}

IamAuthOutcome WasabiIamAuth::authenticate(const HttpRequest& request,
                                           const QString& requestId) const
{
    const std::optional<SigV4Authorization> authorization =
        parseSigV4Authorization(request.header("Authorization"));
    const bool s3 = authorization ? authorization->service == u"s3"_s : request.method != "POST";
    if (!s3)
        return authenticateIam(request, requestId);

    IamAuthOutcome outcome;
    outcome.s3 = true;
    S3ListBuckets::Outcome checked = m_s3.authenticate(request, requestId);
    if (checked.refusal) {
        outcome.refusal = std::move(checked.refusal);
        return outcome;
    }
    IamAccessKey* key = m_account.findKey(checked.caller->accessKeyId);
    key->lastUsedAt = m_clock.nowUtc();
    key->lastUsedService = u"s3"_s;
    key->lastUsedRegion = checked.caller->region;
    outcome.caller = IamCaller{key, u"s3"_s, checked.caller->region};
    return outcome;
}

IamAuthOutcome WasabiIamAuth::authenticateIam(const HttpRequest& request,
                                              const QString& requestId) const
{
    IamAuthOutcome outcome;
    const auto refused = [&](int status, const QString& code, const QString& message) {
        outcome.refusal = iamxml::iamError(status, code, message, requestId);
        return outcome;
    };

    const std::optional<SigV4Authorization> authorization =
        parseSigV4Authorization(request.header("Authorization"));
    if (!request.hasHeader("Authorization"))
        return refused(403, u"MissingAuthenticationToken"_s,
                       u"Request is missing Authentication Token"_s);
    if (!authorization)
        return refused(400, u"IncompleteSignature"_s,
                       u"The authorization header is malformed; expected "
                       "'AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…'"_s);
    if (authorization->service != u"iam"_s)
        return refused(403, u"SignatureDoesNotMatch"_s,
                       u"Credential should be scoped to correct service: 'iam'."_s);
    if (authorization->region != u"us-east-1"_s)
        return refused(403, u"SignatureDoesNotMatch"_s,
                       u"Credential should be scoped to a valid region, not '%1'."_s.arg(
                           authorization->region));

    IamAccessKey* key = m_account.findKey(authorization->accessKeyId);
    if (!key || !key->active)
        return refused(403, u"InvalidClientTokenId"_s,
                       u"The security token included in the request is invalid."_s);

    const QDateTime now = m_clock.nowUtc();
    const SigV4Check check = verifySigV4(request, *authorization, key->secret.view(), now, false);
    if (!check.ok())
        return refused(check.status, iamCodeFor(check.failure), check.message);

    key->lastUsedAt = now;
    key->lastUsedService = authorization->service;
    key->lastUsedRegion = authorization->region;
    outcome.caller = IamCaller{key, authorization->service, authorization->region};
    return outcome;
}

} // namespace kw::sandbox

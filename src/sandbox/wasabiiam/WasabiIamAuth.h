#pragma once

#include "core/Clock.h"
#include "sandbox/HttpExchange.h"
#include "sandbox/S3ListBuckets.h"
#include "sandbox/SigV4Verify.h"
#include "sandbox/wasabiiam/WasabiIamAccount.h"

#include <QDateTime>
#include <QStringList>
#include <functional>
#include <optional>

namespace kw::sandbox {

// Who signed a request, once its SigV4 signature checked out.
struct IamCaller
{
    IamAccessKey* key = nullptr;
    QString service; // "iam" or "s3"
    QString region;
};

struct IamAuthOutcome
{
    bool s3 = false; // answer in S3's shapes (scope service s3, or an unsigned GET)
    std::optional<IamCaller> caller;
    std::optional<HttpResponse> refusal; // set when caller is not
};

// SigV4 verification of every request against the account's keys (providers.md B.1.2, B.5):
// the canonical request is recomputed from the request as it arrived. IAM accepts region
// us-east-1 only; S3 requests go to the shared S3 check (S3ListBuckets), which accepts its
// configured regions. Refusals use the codes each service sends: SignatureDoesNotMatch,
// InvalidClientTokenId (IAM) / InvalidAccessKeyId (S3) for unknown and inactive keys,
// RequestTimeTooSkewed beyond 15 minutes. A key that signs successfully is recorded as used.
class WasabiIamAuth
{
public:
    static constexpr qint64 maxSkewSeconds = sigV4MaxSkewSeconds;

    // Reads "now" (clock skew, last use) from the sandbox's clock.
    WasabiIamAuth(WasabiIamAccount& account, S3ListBuckets& s3, const kw::Clock& clock);

    IamAuthOutcome authenticate(const HttpRequest& request, const QString& requestId) const;

    void setS3Regions(const QStringList& regions) { m_s3.setRegions(regions); }
    QStringList s3Regions() const { return m_s3.regions(); }

private:
    IamAuthOutcome authenticateIam(const HttpRequest& request, const QString& requestId) const;

    WasabiIamAccount& m_account;
    S3ListBuckets& m_s3;
    const kw::Clock& m_clock;
};

} // namespace kw::sandbox

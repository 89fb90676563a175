#pragma once

#include "core/Clock.h"
#include "sandbox/HttpExchange.h"
#include "sandbox/wasabiiam/WasabiIamAccount.h"
#include "sandbox/wasabiiam/WasabiIamAuth.h"

#include <QDateTime>
#include <QMap>
#include <functional>
#include <optional>

namespace kw::sandbox {

// The Wasabi IAM Query API (providers.md A.7, B.1.2) and S3 ListBuckets (B.5, S3ListBuckets) as
// plain request -> response, on one server: the credential scope's service (`iam` or `s3`)
// tells which API a request is for. Every request is SigV4-verified (WasabiIamAuth).
//
// Choices where the contract is silent (B.1.2, part 7 "Gaps"; AWS's behaviour where known):
// - The root user has no UserName: its keys and GetUser answer carry none, as AWS's root.
// - A sub-user's key may only read and manage that user's own keys (and GetUser itself);
//   anything else is AccessDenied, unless the user has IAMFullAccess attached: then, as an IAM
//   administrator that is not the root user, it may do everything the root key may. Asked
//   without a UserName, it is still about the caller's own keys, which ListUsers lists as well.
// - The root key may do everything.
// - GetAccessKeyLastUsed of a key never used answers ServiceName and Region "N/A".
// - Markers are opaque: the id of the next item.
class WasabiIamApi
{
public:
    static QString manageAirPolicyArn();     // arn:aws:iam::aws:policy/WasabiManageAiR
    static QString viewAirPolicyArn();       // arn:aws:iam::aws:policy/WasabiViewAiR
    static QString iamFullAccessPolicyArn(); // arn:aws:iam::aws:policy/IAMFullAccess

    WasabiIamApi(WasabiIamAccount& account, WasabiIamAuth& auth, S3ListBuckets& s3,
                 const kw::Clock& clock);

    HttpResponse handle(const HttpRequest& request);
    // The IAM error shape for a status the shared server answers itself.
    static HttpResponse error(int status, const QString& message);

    // Control endpoints: any request signed by an active key of the root user or of an IAM
    // administrator (IAMFullAccess).
    std::optional<HttpResponse> refuseControl(const HttpRequest& request) const;

    int createRequestCount() const { return m_createRequests; }

private:
    using Params = QMap<QString, QString>;
    struct Call;

    HttpResponse handleIam(const HttpRequest& request, const IamCaller& caller,
                           const QString& requestId);

    HttpResponse listUsers(const Call& call) const;
    HttpResponse getUser(const Call& call) const;
    HttpResponse listAccessKeys(const Call& call) const;
    HttpResponse createAccessKey(const Call& call);
    HttpResponse updateAccessKey(const Call& call);
    HttpResponse deleteAccessKey(const Call& call);
    HttpResponse getAccessKeyLastUsed(const Call& call) const;
    HttpResponse listAttachedUserPolicies(const Call& call) const;
    HttpResponse attachUserPolicy(const Call& call);

    WasabiIamAccount& m_account;
    WasabiIamAuth& m_auth;
    S3ListBuckets& m_s3;
    int m_createRequests = 0;
    const kw::Clock& m_clock;
};

} // namespace kw::sandbox

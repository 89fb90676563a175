#pragma once

#include "core/Clock.h"
#include "sandbox/HttpExchange.h"
#include "sandbox/scaleway/ScalewayOrganization.h"

#include <QDateTime>
#include <functional>
#include <optional>

namespace kw::sandbox {

// The Scaleway IAM API keys, users and applications (providers.md A.5, A.9, B.3), and the
// Account API's project list that names the keys' default projects, as plain
// request -> response, with no knowledge of sockets or faults.
//
// Where the contract is silent [I]: every valid key may manage the Organization's keys (no IAM
// policies are modelled), except that keys are created only for the caller's own user or for an
// application; an organization_id other than the caller's is refused with permissions_denied.
class ScalewayApi
{
public:
    // Reads "now" from the sandbox's clock.
    ScalewayApi(ScalewayOrganization& organization, const kw::Clock& clock);

    HttpResponse handle(const HttpRequest& request);
    int createRequestCount() const { return m_createRequests; }

    // Who is calling: the key, or the 401 answer.
    struct Caller
    {
        const ScalewayKey* key = nullptr;
        std::optional<HttpResponse> refusal;
    };
    Caller authenticate(const HttpRequest& request) const;
    // The control endpoints: keys of the Organization's owner only.
    std::optional<HttpResponse> refuseControl(const HttpRequest& request) const;

    QDateTime now() const { return m_clock.nowUtc(); }

private:
    HttpResponse listKeys(const HttpRequest& request);
    HttpResponse createKey(const HttpRequest& request, const ScalewayKey& caller);
    HttpResponse getKey(const QString& accessKey);
    HttpResponse updateKey(const HttpRequest& request, const QString& accessKey);
    HttpResponse deleteKey(const QString& accessKey);
    HttpResponse listUsers(const HttpRequest& request);
    HttpResponse getUser(const QString& id);
    HttpResponse listApplications(const HttpRequest& request);
    HttpResponse getApplication(const QString& id);
    std::optional<HttpResponse> refuseOtherOrganization(const std::optional<QString>& requested,
                                                        const QString& resource) const;

    ScalewayOrganization& m_organization;
    int m_createRequests = 0;
    const kw::Clock& m_clock;
};

} // namespace kw::sandbox

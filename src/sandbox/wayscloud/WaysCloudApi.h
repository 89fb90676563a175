#pragma once

#include "core/Clock.h"
#include "sandbox/HttpExchange.h"
#include "sandbox/wayscloud/WaysCloudAccount.h"

#include <functional>
#include <optional>

namespace kw::sandbox {

// The WAYSCloud account API and the per-service verify endpoints (providers.md A.8, A.9, B.4)
// as plain request -> response, with no knowledge of sockets or faults.
class WaysCloudApi
{
public:
    // Reads "now" from the sandbox's clock.
    WaysCloudApi(WaysCloudAccount& account, const kw::Clock& clock);

    HttpResponse handle(const HttpRequest& request);
    int createRequestCount() const { return m_createRequests; }

    // Who is calling: the key, or the 401/403 answer. needsAccountScope: only the account's own
    // token may pass.
    struct Caller
    {
        const StoredKey* key = nullptr;
        std::optional<HttpResponse> refusal;
    };
    Caller authenticate(const HttpRequest& request, bool needsAccountScope) const;

private:
    HttpResponse listKeys(const HttpRequest& request);
    HttpResponse createKey(const HttpRequest& request, bool pat);
    HttpResponse revokeKey(const HttpRequest& request, const QString& id);
    HttpResponse verify(const HttpRequest& request, Service service, const QString& pathName);

    WaysCloudAccount& m_account;
    int m_createRequests = 0;
    const kw::Clock& m_clock;
};

} // namespace kw::sandbox

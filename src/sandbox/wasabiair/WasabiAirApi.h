#pragma once

#include "core/Clock.h"
#include "sandbox/HttpExchange.h"
#include "sandbox/wasabiair/WasabiAirAccount.h"

#include <functional>
#include <optional>

namespace kw::sandbox {

// The Wasabi AiR API-key endpoints (providers.md A.6, B.1.1) as plain request -> response, with
// no knowledge of sockets or faults. Every error is {"error": "…"}.
//
// Choices where the contract is silent (B.1.1, part 7 "Gaps"):
// - Create answers 201 Created: it makes a resource; clients must accept any 2xx.
// - Key objects carry "name" besides the documented fields, since names can be set and changed;
//   setListsNames(false) gives the documented shape exactly, for clients that must cope with it.
// - A key may delete or deactivate itself (the key of the request): the API has no rule against
//   it, so the client is the one to warn.
class WasabiAirApi
{
public:
    static constexpr int maxNameLength = 128; // characters

    // Reads "now" from the sandbox's clock.
    WasabiAirApi(WasabiAirAccount& account, const kw::Clock& clock);

    HttpResponse handle(const HttpRequest& request);
    static HttpResponse error(int status, const QString& message);

    // The 401 for a request without a usable key (missing, not ours, deleted, inactive).
    std::optional<HttpResponse> refuse(const HttpRequest& request) const;

    int createRequestCount() const { return m_createRequests; }
    void setListsNames(bool listsNames) { m_listsNames = listsNames; }

private:
    HttpResponse listKeys() const;
    HttpResponse createKey(const HttpRequest& request);
    HttpResponse updateKey(const HttpRequest& request, const QString& id);
    HttpResponse deleteKey(const QString& id);
    nlohmann::json keyToJson(const AirKey& key) const;

    WasabiAirAccount& m_account;
    int m_createRequests = 0;
    bool m_listsNames = true;
    const kw::Clock& m_clock;
};

} // namespace kw::sandbox

#pragma once

#include "sandbox/wayscloud/WaysCloudAccount.h"

#include <QByteArray>
#include <nlohmann/json.hpp>
#include <optional>

namespace kw::sandbox {

// Validates the body of a create request the way the FastAPI server does: either a KeyRequest,
// or the list of errors for a 422 `{"detail": [{"loc", "msg", "type", "input"}…]}`.
struct ParsedKeyRequest
{
    std::optional<KeyRequest> request;
    nlohmann::json errors = nlohmann::json::array();
};

// POST /v1/account/api-keys/service: {"service", "name", "description", "ip_whitelist"}, or the
// guide's {"name", "service_name", "permissions": ["read", "write"]}.
ParsedKeyRequest parseServiceKeyRequest(const QByteArray& body);
// POST /v1/account/api-keys/pat: {"name", "scopes": ["<svc>:read", …], "description",
// "ip_whitelist"}.
ParsedKeyRequest parsePatRequest(const QByteArray& body);

} // namespace kw::sandbox

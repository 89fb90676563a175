#pragma once

#include "HttpClient.h"
#include "ProviderReply.h"

#include <optional>

namespace kw {

// What the answer to a request made with a new credential says about it (providers.md A.9):
// 2xx works, 401 unauthorized, 403 forbidden (with the provider's reason), no connection
// unreachable, anything else failed. nullopt when the request was cancelled: there is nothing to
// report then, and the reply should finish with the response's error instead.
std::optional<Verification> verificationOf(const HttpResponse& response);

} // namespace kw

#pragma once

#include "HttpClient.h"
#include "ProviderReply.h"

#include <functional>
#include <optional>

namespace kw {

// What the answer to a request made with a new credential says about it (providers.md A.9):
// 2xx works, 401 unauthorized, 403 forbidden (with the provider's reason), no connection
// unreachable, anything else failed. nullopt when the request was cancelled: there is nothing to
// report then, and the reply should finish with the response's error instead.
std::optional<Verification> verificationOf(const HttpResponse& response);

// Sends request with client (the one holding the credential under test) and finishes reply with
// the verification of the answer, passed through adjust when one is given; a cancel finishes it
// with the cancel's error. Aborting the reply aborts the request.
void sendVerificationFor(
    ProviderReply* reply, HttpClient& client, const HttpRequest& request,
    std::function<Verification(Verification, const HttpResponse&)> adjust = {});

} // namespace kw

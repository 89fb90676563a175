#include "VerifyOutcome.h"

namespace kw {

std::optional<Verification> verificationOf(const HttpResponse& response)
{
    using Kind = ProviderError::Kind;
    using Outcome = Verification::Outcome;
    Verification verification;
    verification.httpStatus = response.status;
    verification.reason = response.error.plainMessage();
    verification.error = response.error;
    switch (response.error.kind) {
    case Kind::None:
        verification.outcome = Outcome::Works;
        verification.reason.clear();
        break;
    case Kind::Auth:
        verification.outcome = Outcome::Unauthorized;
        break;
    case Kind::Forbidden:
        verification.outcome = Outcome::Forbidden;
        break;
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Tls:
    case Kind::Insecure:
        verification.outcome = Outcome::Unreachable;
        break;
    case Kind::Cancelled:
        return std::nullopt;
    default:
        verification.outcome = Outcome::Failed;
        break;
    }
    return verification;
}

void sendVerificationFor(ProviderReply* reply, HttpClient& client, const HttpRequest& request,
                         std::function<Verification(Verification, const HttpResponse&)> adjust)
{
    reply->setAbortHandler(client.send(
        request,
        [reply, adjust = std::move(adjust)](const HttpResponse& response) {
            std::optional<Verification> verification = verificationOf(response);
            if (!verification) {
                reply->finish(response.error);
                return;
            }
            reply->setVerification(adjust ? adjust(std::move(*verification), response)
                                          : std::move(*verification));
            reply->finish();
        },
        reply));
}

} // namespace kw

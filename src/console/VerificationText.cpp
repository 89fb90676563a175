#include "console/VerificationText.h"

#include "console/ProviderErrorText.h"

namespace kw {

QString VerificationText::text(const Verification& verification, const QString& providerName)
{
    // What the transport found out is worded here; reason is the provider's (or a plain text).
    const bool facts = verification.error.transport.reason != TransportFacts::Reason::None;
    const QString said =
        facts ? ProviderErrorText::message(verification.error) : verification.reason;
    const QString reason = said.isEmpty() ? QString() : tr(" %1 says: %2").arg(providerName, said);
    switch (verification.outcome) {
    case Verification::Outcome::Works:
        return tr("The key works: %1 accepted it.").arg(providerName);
    case Verification::Outcome::Unauthorized:
        return tr("The key was refused (HTTP 401): %1 does not accept it.").arg(providerName) +
               reason;
    case Verification::Outcome::Forbidden:
        return tr("The key is valid but not allowed here (HTTP 403).") + reason;
    case Verification::Outcome::Unreachable:
        return tr("%1 could not be reached; the key was not tested.").arg(providerName) + reason;
    case Verification::Outcome::Failed:
        break;
    }
    return (verification.httpStatus > 0
                ? tr("The test failed (HTTP %1).").arg(verification.httpStatus)
                : tr("The test failed.")) +
           reason;
}

} // namespace kw

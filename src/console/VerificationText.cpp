#include "console/VerificationText.h"

namespace kw {

QString VerificationText::text(const Verification& verification, const QString& providerName)
{
    const QString reason = verification.reason.isEmpty()
                               ? QString()
                               : tr(" %1 says: %2").arg(providerName, verification.reason);
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

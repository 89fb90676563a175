#pragma once

#include "core/ProviderError.h"
#include "providers/ProviderReply.h"
#include "vault/SecretStore.h"

namespace kw::cli {

// What keywarden-cli returns, so that a script can tell a typo from an outage. Documented in
// `keywarden-cli --help`; keep the two in step.
enum ExitCode : int
{
    Success = 0,
    Failure = 1,  // anything not listed below (a server error, a bad answer, a refused test)
    Usage = 2,    // bad command line or bad input (nothing was sent)
    Auth = 3,     // the provider said 401 or 403, or a key test was refused
    NotFound = 4, // no such account, key or rotation (or the provider said 404)
    Conflict = 5, // a limit or conflict (409, 429)
    Network = 6,  // no connection, timeout, TLS failure, http:// to a non-loopback host
    Keychain = 7, // the keychain is missing, locked, refused access or has no such entry
    HandOver = 8, // standard output could not be written (full disk, closed pipe): a secret
                  // printed there is lost, and a rotation keeps the old key
};

inline ExitCode exitCodeFor(const ProviderError& error)
{
    using Kind = ProviderError::Kind;
    switch (error.kind) {
    case Kind::None:
        return Success;
    case Kind::Validation:
        return Usage;
    case Kind::Auth:
    case Kind::Forbidden:
        return Auth;
    case Kind::NotFound:
        return NotFound;
    case Kind::Conflict:
    case Kind::RateLimited:
        return Conflict;
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Tls:
    case Kind::Insecure:
        return Network;
    case Kind::Server:
    case Kind::BadResponse:
    case Kind::Cancelled:
    case Kind::Other:
        break;
    }
    return Failure;
}

inline ExitCode exitCodeFor(const Verification& verification)
{
    switch (verification.outcome) {
    case Verification::Outcome::Works:
        return Success;
    case Verification::Outcome::Unauthorized:
    case Verification::Outcome::Forbidden:
        return Auth;
    case Verification::Outcome::Unreachable:
        return Network;
    case Verification::Outcome::Failed:
        break;
    }
    return Failure;
}

// Why an account could not be loaded: its token (keychain) or its key list (provider).
inline ExitCode exitCodeForLoad(SecretStore::Status tokenStatus, const ProviderError& listError)
{
    if (tokenStatus != SecretStore::Status::Ok)
        return Keychain;
    const ExitCode code = exitCodeFor(listError);
    return code == Success ? Failure : code;
}

} // namespace kw::cli

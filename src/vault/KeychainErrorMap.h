#pragma once

#include "vault/SecretStore.h"

#include <QString>
#include <qt6keychain/keychain.h>

namespace kw {

// Turns what QtKeychain reports into a SecretStore status with a message that says what failed
// and help that says what to do. QtKeychain reports most Secret Service failures as OtherError
// with libsecret's text, so the text decides whether the backend is missing or locked.
SecretStore::Result keychainResultFor(QKeychain::Error error, const QString& errorString);

// The result of a job that did not finish within `timeoutMs`.
SecretStore::Result keychainTimeoutResult(int timeoutMs);

} // namespace kw

#pragma once

#include "ApiKey.h"
#include "KeySpec.h"
#include "ProviderError.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <optional>

namespace kw {

// A create is sent once and never retried. When its answer goes missing, the key may exist at
// the provider with a secret nobody saw; these rules decide when to look and what to look for.

// Could the request have reached the provider and made the key although this error came back?
// Yes for a timeout, a connection dropped after the request went out, a server error and an
// answer that could not be read; no for a refusal the provider stated (400, 401, 403, 404, 409,
// 429), for a request that never left (TLS, insecure URL) and for a call that was cancelled.
bool createMayHaveHappened(const ProviderError& error);

// The key a create made, among a complete fresh list: one that was not listed before the create
// (knownBefore), matches what was asked (name, description, owner, project, where given) and
// was not created before the request went out (sentAt, with a minute of clock skew; a key
// without a creation time passes). The newest such key when several match; nullopt for none.
std::optional<ApiKey> findCreatedKey(const QList<ApiKey>& listed, const KeySpec& spec,
                                     const QSet<QString>& knownBefore, const QDateTime& sentAt);

} // namespace kw

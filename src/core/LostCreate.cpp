#include "LostCreate.h"

namespace kw {

bool createMayHaveHappened(const ProviderError& error)
{
    using Kind = ProviderError::Kind;
    switch (error.kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Server:
    case Kind::BadResponse:
        return true;
    case Kind::None:
    case Kind::Tls:
    case Kind::Insecure:
    case Kind::Auth:
    case Kind::Forbidden:
    case Kind::NotFound:
    case Kind::Conflict:
    case Kind::Validation:
    case Kind::RateLimited:
    case Kind::Cancelled:
    case Kind::Other:
        return false;
    }
    return false;
}

namespace {

// A field the provider did not echo (empty in the list) neither confirms nor rules out.
bool agrees(const QString& listed, const QString& asked)
{
    return listed.isEmpty() || asked.isEmpty() || listed == asked;
}

bool matchesSpec(const ApiKey& key, const KeySpec& spec)
{
    return agrees(key.name, spec.name) && agrees(key.description, spec.description) &&
           agrees(key.principal, spec.bearerId) && agrees(key.projectId, spec.projectId);
}

} // namespace

std::optional<ApiKey> findCreatedKey(const QList<ApiKey>& listed, const KeySpec& spec,
                                     const QSet<QString>& knownBefore, const QDateTime& sentAt)
{
    constexpr qint64 clockSkewSeconds = 60;
    const QDateTime earliest = sentAt.isValid() ? sentAt.addSecs(-clockSkewSeconds) : QDateTime();
    std::optional<ApiKey> best;
    for (const ApiKey& key : listed) {
        if (key.id.isEmpty() || knownBefore.contains(key.id) || !matchesSpec(key, spec))
            continue;
        if (earliest.isValid() && key.created.isValid() && key.created < earliest)
            continue;
        if (!best ||
            (key.created.isValid() && best->created.isValid() && key.created > best->created))
            best = key;
    }
    return best;
}

} // namespace kw

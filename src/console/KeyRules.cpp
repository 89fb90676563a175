#include "KeyRules.h"

namespace kw {

bool KeyRules::canChange(const ApiKey& key)
{
    return key.status != KeyStatus::ReadOnly && key.status != KeyStatus::Revoked;
}

bool KeyRules::editable(const ApiKey& key)
{
    return key.editable && canChange(key);
}

bool KeyRules::limitReached(const Capabilities& caps, qsizetype keyCount)
{
    return caps.keyLimit > 0 && !caps.keyLimitPerUser && keyCount >= caps.keyLimit;
}

KeyRules::Action KeyRules::toggleAction(bool enable, const Capabilities& caps)
{
    if (!caps.disable && caps.disablePrincipal)
        return enable ? Action::ReactivateOwner : Action::SuspendOwner;
    return enable ? Action::Enable : Action::Disable;
}

KeyRules::Block KeyRules::check(Action action, const ApiKey& key, const Capabilities* caps,
                                const Context& context)
{
    if (!caps)
        return Block::NoProvider;
    if (key.status == KeyStatus::Revoked)
        return Block::Revoked;
    switch (action) {
    case Action::Revoke:
    case Action::Rotate:
        return revokeOrRotate(action, key, *caps, context);
    case Action::SuspendOwner:
    case Action::ReactivateOwner:
        return owner(action, key, *caps);
    case Action::Disable:
    case Action::Enable:
        return toggle(action, key, *caps);
    }
    return Block::None;
}

KeyRules::Block KeyRules::revokeOrRotate(Action action, const ApiKey& key, const Capabilities& caps,
                                         const Context& context)
{
    if (!caps.revoke)
        return Block::CannotRevoke;
    if (!key.deletable || !canChange(key))
        return Block::NotDeletable;
    if (action == Action::Revoke)
        return Block::None;
    if (context.rotating)
        return Block::Rotating;
    if (limitReached(caps, context.keyCount))
        return Block::KeyLimit;
    return Block::None;
}

// The provider suspends every key of a user (CoreWeave): the key's owner must be listed, and in
// the state the action starts from.
KeyRules::Block KeyRules::owner(Action action, const ApiKey& key, const Capabilities& caps)
{
    if (!caps.disablePrincipal)
        return Block::CannotDisable;
    if (key.principal.isEmpty())
        return Block::NoOwner;
    if (action == Action::ReactivateOwner)
        return key.status == KeyStatus::Suspended ? Block::None : Block::OwnerNotSuspended;
    if (key.status == KeyStatus::Active)
        return Block::None;
    return key.status == KeyStatus::Suspended ? Block::OwnerSuspended : Block::NotActive;
}

KeyRules::Block KeyRules::toggle(Action action, const ApiKey& key, const Capabilities& caps)
{
    if (!caps.disable)
        return Block::CannotDisable;
    if (!editable(key))
        return Block::NotEditable;
    if (action == Action::Enable)
        return key.status == KeyStatus::Disabled ? Block::None : Block::NotDisabled;
    if (key.status == KeyStatus::Active)
        return Block::None;
    return key.status == KeyStatus::Disabled ? Block::AlreadyDisabled : Block::NotActive;
}

} // namespace kw

#pragma once

#include "core/ApiKey.h"
#include "core/Capabilities.h"

namespace kw {

// What else the rules read: the account's listed keys and whether the key is being rotated.
// (Outside KeyRules so that it can be a default argument of its functions.)
struct KeyRulesContext
{
    qsizetype keyCount = 0;
    bool rotating = false;
};

// Which key can be revoked, rotated, disabled, enabled, or have its owner suspended: the one
// source of these rules for the window's single-key actions (ui/KeyActionPolicy) and the bulk
// actions (BulkKeyActions). Each caller words the answer its own way (a tool tip, a "skipped"
// line); the rule and the order in which the reasons are checked live here only.
class KeyRules
{
public:
    enum class Action
    {
        Revoke,
        Rotate,
        Disable,         // one key (Capabilities::disable)
        Enable,          // one key
        SuspendOwner,    // every key of the owner (Capabilities::disablePrincipal)
        ReactivateOwner, // every key of the owner
    };
    // Why an action cannot be done; None when it can. The first that applies, in this order.
    enum class Block
    {
        None,
        NoProvider,        // no client for the account's provider (no Capabilities)
        Revoked,           // the key is revoked already
        CannotRevoke,      // the provider cannot revoke keys here
        NotDeletable,      // the provider does not let this key be deleted (read-only)
        Rotating,          // Rotate: the key has an open rotation
        KeyLimit,          // Rotate: the account is at the provider's limit of keys
        CannotDisable,     // the provider can neither disable a key nor suspend its owner this way
        NotEditable,       // the provider does not let this key be changed (read-only)
        NotDisabled,       // Enable: the key is not disabled
        AlreadyDisabled,   // Disable: the key is disabled already
        NotActive,         // Disable, SuspendOwner: only an active key
        NoOwner,           // SuspendOwner, ReactivateOwner: the key has no owner listed
        OwnerNotSuspended, // ReactivateOwner
        OwnerSuspended,    // SuspendOwner: the owner is suspended already
    };
    using Context = KeyRulesContext;

    static Block check(Action action, const ApiKey& key, const Capabilities* caps,
                       const Context& context = {});
    static bool allows(Action action, const ApiKey& key, const Capabilities* caps,
                       const Context& context = {})
    {
        return check(action, key, caps, context) == Block::None;
    }

    // Disabling (enable: enabling) a key with this provider: the key itself where it can, else
    // its owner's keys where it can only do that.
    static Action toggleAction(bool enable, const Capabilities& caps);

    // Neither revoked nor read-only.
    static bool canChange(const ApiKey& key);
    // Its fields may be changed (the provider lists it as editable, and canChange).
    static bool editable(const ApiKey& key);
    // A new key would go over the provider's limit of keys per account.
    static bool limitReached(const Capabilities& caps, qsizetype keyCount);

private:
    static Block revokeOrRotate(Action action, const ApiKey& key, const Capabilities& caps,
                                const Context& context);
    static Block owner(Action action, const ApiKey& key, const Capabilities& caps);
    static Block toggle(Action action, const ApiKey& key, const Capabilities& caps);
};

} // namespace kw

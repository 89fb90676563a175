#include "KeyActionPolicy.h"

#include "EditKeyDialog.h"
#include "console/KeyRules.h"

#include <algorithm>

namespace kw {

namespace {

// Whether the key's listing lets the rules be asked at all, and what they say.
bool allows(const KeyActionPolicy::Input& in, KeyRules::Action action)
{
    return in.loaded && in.key &&
           KeyRules::allows(action, *in.key, in.caps, {in.keyCount, in.rotating});
}

QString providerName(const Capabilities* caps)
{
    return caps ? caps->providerName : QString();
}

bool limitReached(const KeyActionPolicy::Input& in)
{
    return in.loaded && KeyRules::limitReached(*in.caps, in.keyCount);
}

} // namespace

KeyActionPolicy::Actions KeyActionPolicy::evaluate(const Input& input)
{
    Input in = input;
    in.loaded = in.loaded && in.caps; // the rules below read caps wherever the keys are listed
    Actions out;
    const bool limit = limitReached(in);
    out.createKey.enabled = in.loaded && !limit;
    out.createKey.toolTip =
        limit ? tr("The account has reached %1's limit of %n keys. Revoke one first.", nullptr,
                   in.caps->keyLimit)
                    .arg(in.caps->providerName)
              : tr("Create a key in the selected account (Ctrl+N)");
    changeActions(in, out);
    activeActions(in, out);
    out.attachPolicy = attach(in);
    secretActions(in, out);
    out.copyKeyId.enabled = in.key.has_value();
    out.refresh.enabled = in.account && !in.busy;
    out.removeAccount.enabled = in.account;
    return out;
}

// Revoke, rotate and edit.
void KeyActionPolicy::changeActions(const Input& in, Actions& out)
{
    const std::optional<ApiKey>& key = in.key;
    const bool changeable = allows(in, KeyRules::Action::Revoke);
    const QString notDeletable =
        key && !key->deletable
            ? (key->readOnlyReason.isEmpty()
                   ? tr("%1 does not let this key be deleted").arg(providerName(in.caps))
                   : key->readOnlyReason)
            : QString();
    out.revokeKey.enabled = changeable;
    out.revokeKey.toolTip =
        notDeletable.isEmpty() ? tr("Revoke the selected key (Delete)") : notDeletable;
    out.rotateKey.enabled = allows(in, KeyRules::Action::Rotate);
    out.rotateKey.toolTip =
        key && in.rotating ? tr("This key is already being rotated")
        : !notDeletable.isEmpty()
            ? notDeletable
            : tr("Replace the selected key by a new one and revoke the old one (Ctrl+R)");

    // Edit: offered where the provider can edit; otherwise disabled with the provider's hint.
    const bool providerEdits = in.caps && EditKeyDialog::canEdit(*in.caps);
    const bool keyEditable = key && KeyRules::editable(*key);
    out.editKey.enabled = in.loaded && providerEdits && keyEditable;
    QString editTip = tr("Change what the provider lets change in the selected key (Ctrl+E)");
    if (in.caps && !providerEdits)
        editTip = in.caps->cannotEditHint.isEmpty()
                      ? tr("%1 keys cannot be edited; rotate instead").arg(in.caps->providerName)
                      : in.caps->cannotEditHint;
    else if (key && !key->editable)
        editTip = key->readOnlyReason.isEmpty()
                      ? tr("%1 does not let this key be edited").arg(providerName(in.caps))
                      : key->readOnlyReason;
    out.editKey.toolTip = editTip;
    out.editKey.statusTip = true;
}

// Disable one key; suspend every key of its owner.
void KeyActionPolicy::activeActions(const Input& in, Actions& out)
{
    const Capabilities* caps = in.caps;
    const std::optional<ApiKey>& key = in.key;
    const bool disables = caps && caps->disable;
    const bool isDisabled = key && key->status == KeyStatus::Disabled;
    // A provider without it says what to do instead, where it has something to say.
    const bool explainsNoDisable =
        caps && !caps->disable && !caps->disablePrincipal && !caps->cannotDisableHint.isEmpty();
    State& toggle = out.toggleKeyActive;
    toggle.visible = disables || explainsNoDisable;
    toggle.enabled = allows(in, isDisabled ? KeyRules::Action::Enable : KeyRules::Action::Disable);
    toggle.text = isDisabled ? tr("&Enable Key") : tr("&Disable Key…");
    toggle.toolTip = explainsNoDisable ? caps->cannotDisableHint
                     : isDisabled
                         ? tr("Enable the selected key again (Ctrl+D)")
                         : tr("Disable the selected key; it can be enabled again (Ctrl+D)");
    toggle.statusTip = true;

    const bool suspends = caps && caps->disablePrincipal;
    const bool suspended = key && key->status == KeyStatus::Suspended;
    State& principal = out.togglePrincipal;
    principal.visible = suspends;
    principal.enabled =
        allows(in, suspended ? KeyRules::Action::ReactivateOwner : KeyRules::Action::SuspendOwner);
    principal.text = suspended ? tr("Reacti&vate Owner's Keys…") : tr("&Suspend Owner's Keys…");
    principal.toolTip = suspended ? tr("Reactivate every key of the selected key's owner")
                                  : tr("Suspend every key of the selected key's owner; %1 cannot "
                                       "disable a single key")
                                        .arg(providerName(caps));
}

// Attach a policy to the key's owner, where the provider offers policies.
KeyActionPolicy::State KeyActionPolicy::attach(const Input& in)
{
    State state;
    const bool offers = in.caps && !in.caps->principalPolicies.offered.isEmpty();
    state.visible = offers;
    if (!offers)
        return state;
    const PrincipalPolicies& policies = in.caps->principalPolicies;
    state.text = policies.attachText;
    const std::optional<ApiKey>& key = in.key;
    const bool hasOwner = key && !key->principal.isEmpty();
    const bool allRights = key && key->ownerIsCaller;
    const bool known = hasOwner && in.ownerPolicies.has_value();
    const bool hasEveryOffered =
        known && std::all_of(policies.offered.cbegin(), policies.offered.cend(),
                             [&](const PolicyInfo& offered) {
                                 return in.ownerPolicies->contains(offered.arn);
                             });
    state.enabled = in.loaded && hasOwner && !allRights && !hasEveryOffered;
    state.toolTip = tr("Attach a policy to the selected key's owner (Ctrl+Shift+P)");
    if (allRights)
        state.toolTip = tr("%1: there is nothing to attach.").arg(policies.allRights);
    else if (hasEveryOffered)
        state.toolTip = tr("%1 has every policy offered here already.").arg(key->principal);
    else if (hasOwner)
        state.toolTip = tr("Attach a policy to %1, the owner of the selected key (Ctrl+Shift+P)")
                            .arg(key->principal);
    state.statusTip = true;
    return state;
}

// Show the secret again, where the provider lists it; test a listed key.
void KeyActionPolicy::secretActions(const Input& in, Actions& out)
{
    const Capabilities* caps = in.caps;
    const std::optional<ApiKey>& key = in.key;
    const bool reveals = caps && !caps->secretShownOnce;
    out.showSecret.visible = reveals;
    out.showSecret.enabled = in.loaded && reveals && key && key->status != KeyStatus::Revoked;
    // Only where the console can get its secret again (the provider lists it, or it was kept in
    // the keychain with keywarden-cli --store); elsewhere the secret was shown once and never
    // stored, so there is nothing to test it with.
    const bool verifies = caps && caps->verify;
    const bool stored = key && in.storedSecret;
    out.testKey.visible = verifies;
    out.testKey.enabled =
        in.loaded && verifies && (reveals || stored) && key && key->status != KeyStatus::Revoked;
    out.testKey.toolTip =
        verifies && !reveals && !stored
            ? tr("%1 shows a secret only once and KeyWarden does not store it, so a listed key "
                 "cannot be tested. Test a new key in the dialog that shows its secret.")
                  .arg(caps->providerName)
            : tr("Check that the selected key works with a read-only call (Ctrl+Shift+K)");
    out.testKey.statusTip = true;
}

} // namespace kw

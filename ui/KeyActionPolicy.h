#pragma once

#include "core/ApiKey.h"
#include "core/Capabilities.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace kw {

// What the main window's key actions offer: enabled, visible, text and tips, from what the
// provider can do, whether the account's keys are listed, the selected key and whether a secret
// of it is kept. Pure: no window, no controller; the window applies the result to its actions.
class KeyActionPolicy
{
    // The strings were the main window's and keep its translations.
    Q_DECLARE_TR_FUNCTIONS(kw::MainWindow)

public:
    struct Input
    {
        const Capabilities* caps = nullptr; // null: no account, or its provider is not known yet
        bool account = false;               // an account is selected
        bool loaded = false;                // its keys are listed (and caps is set)
        bool busy = false;                  // its keys or its token are being read
        qsizetype keyCount = 0;             // listed keys of the account
        std::optional<ApiKey> key;          // the selected key
        bool rotating = false;              // the selected key has an open rotation
        bool storedSecret = false;          // a secret of the selected key is in the keychain
        // The policies attached to the key's owner, once known (Capabilities::principalPolicies).
        std::optional<QStringList> ownerPolicies;
    };

    // One action. An empty text or tip, or no visibility, leaves the action's own as it is.
    struct State
    {
        bool enabled = false;
        std::optional<bool> visible;
        QString text;
        QString toolTip;
        bool statusTip = false; // the tool tip is the status tip too
    };

    struct Actions
    {
        State createKey;
        State revokeKey;
        State rotateKey;
        State editKey;
        State toggleKeyActive;
        State togglePrincipal;
        State attachPolicy;
        State showSecret;
        State testKey;
        State copyKeyId;
        State refresh;
        State removeAccount;

        // Every state, in the order of ActionNames.
        std::array<const State*, 12> all() const
        {
            return {&createKey,       &revokeKey,       &rotateKey,    &editKey,
                    &toggleKeyActive, &togglePrincipal, &attachPolicy, &showSecret,
                    &testKey,         &copyKeyId,       &refresh,      &removeAccount};
        }
    };
    // The object names of the window's actions (MainWindow.ui) that Actions::all() is for.
    static constexpr std::array<const char*, 12> ActionNames = {
        "actionCreateKey",    "actionRevokeKey",       "actionRotateKey",
        "actionEditKey",      "actionToggleKeyActive", "actionTogglePrincipal",
        "actionAttachPolicy", "actionShowSecret",      "actionTestKey",
        "actionCopyKeyId",    "actionRefresh",         "actionRemoveAccount"};

    static Actions evaluate(const Input& in);

private:
    static void changeActions(const Input& in, Actions& out);
    static void activeActions(const Input& in, Actions& out);
    static State attach(const Input& in);
    static void secretActions(const Input& in, Actions& out);
};

} // namespace kw

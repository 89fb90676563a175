#pragma once

#include "core/Account.h"
#include "core/ApiKey.h"
#include "core/Capabilities.h"
#include "core/KeySpec.h"
#include "core/ProviderError.h"
#include "core/Secret.h"
#include "providers/ProviderReply.h"
#include "vault/SecretStore.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace kw {

class KeyProvider;

// One key and the account it belongs to: what the all-accounts view and the actions on several
// keys at once work on (the account's capabilities decide what can be done to the key).
struct KeyRef
{
    QString accountId;
    ApiKey key;
};

// What the controller's parts and their callers share: an account as it is shown, and the
// shapes of the callbacks. AppController and its parts inherit these, so that callers keep
// writing AppController::AccountView and AppController::Done.
struct ConsoleTypes
{
    enum class LoadState
    {
        Idle,
        ReadingToken,
        Loading,
        Ok,
        Error
    };
    struct AccountView
    {
        Account account;
        LoadState state = LoadState::Idle;
        QString errorText; // what failed and why (the provider's or the keychain's message)
        QString errorHelp; // what to do about it
        // Why the last load failed, for callers that act on the kind (the CLI's exit codes):
        // the provider's error, or tokenStatus when the keychain did not hand the token out.
        ProviderError loadError;
        SecretStore::Status tokenStatus = SecretStore::Status::Ok;
        QList<ApiKey> keys;
        QDateTime loadedAt;
        bool sessionOnly = false; // the token is held in memory for this session only
        const Capabilities* capabilities = nullptr; // null for a provider this build lacks
    };
    using Done = std::function<void(const ProviderError&)>;
    using CreateDone = std::function<void(const ProviderError&, CreatedKey* created)>;
    using VaultDone = std::function<void(const SecretStore::Result&)>;
    using VerifyDone =
        std::function<void(const ProviderError&, const std::optional<Verification>& result)>;
    using BearersDone = std::function<void(const ProviderError&, const QList<Bearer>& bearers)>;
    using PoliciesDone =
        std::function<void(const ProviderError&, const QList<AttachedPolicy>& policies)>;
    // A rotation's first step: the new key (or the orphan a lost answer left), and the record.
    using RotationStarted =
        std::function<void(const ProviderError&, CreatedKey* created, QString recordId)>;
    // Makes the client for an account; tests hand in fakes. Default: kw::createProvider.
    using ProviderMaker = std::function<std::unique_ptr<KeyProvider>(
        const Account&, Secret token, QNetworkAccessManager* network)>;
};

} // namespace kw

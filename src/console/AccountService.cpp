#include "console/AccountService.h"

#include "console/Callbacks.h"
#include "console/ProviderErrorText.h"
#include "core/Clock.h"

#include <utility>

namespace kw {

AccountService::AccountService(QSettings& settings, SecretStore* vault, SecretStore* sessionVault,
                               QNetworkAccessManager* network, QObject* parent)
    : QObject(parent), m_accountStore(settings), m_storedSecrets(settings, vault), m_vault(vault),
      m_sessionVault(sessionVault), m_network(network)
{}

AccountService::~AccountService()
{
    for (const auto& added : std::as_const(m_entries)) {
        if (added->listReply)
            added->listReply->disconnect(this);
    }
}

QStringList AccountService::loadSavedAccounts()
{
    QStringList added;
    for (const Account& saved : m_accountStore.load()) {
        if (entry(saved.id))
            continue;
        insertAccount(saved, m_vault, false);
        added.append(saved.id);
    }
    return added;
}

const AccountService::AccountView* AccountService::account(const QString& accountId) const
{
    const AccountEntry* found = entry(accountId);
    return found ? &found->view : nullptr;
}

AccountEntry* AccountService::entry(const QString& accountId) const
{
    const auto found = m_entries.constFind(accountId);
    return found == m_entries.constEnd() ? nullptr : found.value().get();
}

AccountEntry* AccountService::ready(const QString& accountId) const
{
    AccountEntry* found = entry(accountId);
    return found && found->provider ? found : nullptr;
}

QString AccountService::labelOf(const QString& accountId) const
{
    const AccountEntry* found = entry(accountId);
    return found ? found->view.account.label : QString();
}

ProviderError AccountService::notLoaded()
{
    return {ProviderError::Kind::Other,
            0,
            tr("The account is not loaded yet. Retry once its keys show."),
            {}};
}

void AccountService::insertAccount(const Account& account, SecretStore* store, bool sessionOnly)
{
    auto created = std::make_shared<AccountEntry>();
    created->view.account = account;
    created->view.sessionOnly = sessionOnly;
    created->view.capabilities = capabilitiesFor(account.provider);
    created->store = store;
    m_entries.insert(account.id, created);
    m_order.append(account.id);
    emit accountAdded(account.id);
}

void AccountService::addAccount(const Account& account, Secret token, const QObject* context,
                                VaultDone done)
{
    auto secret = std::make_shared<Secret>(std::move(token));
    m_vault->write(account.vaultKey(), *secret, this,
                   [this, account, secret, caller = CallerGuard(context),
                    done = std::move(done)](SecretStore::Result result) {
                       if (result.ok()) {
                           m_accountStore.add(account);
                           insertAccount(account, m_vault, false);
                           refresh(account.id);
                       } else {
                           m_pending.insert(account.id, {account, secret});
                       }
                       if (done && caller.alive())
                           done(result);
                   });
}

void AccountService::useForThisSessionOnly(const QString& accountId, const QObject* context,
                                           VaultDone done)
{
    const auto pending = m_pending.take(accountId);
    if (!pending.second) {
        SecretStore::Result missing;
        missing.status = SecretStore::Status::NotFound;
        missing.message = tr("The token was already discarded; add the account again.");
        QMetaObject::invokeMethod(
            this, [done, missing = std::move(missing)]() mutable { done(std::move(missing)); },
            Qt::QueuedConnection);
        return;
    }
    const Account account = pending.first;
    const std::shared_ptr<Secret> secret = pending.second;
    m_sessionVault->write(account.vaultKey(), *secret, this,
                          [this, account, secret, caller = CallerGuard(context),
                           done = std::move(done)](SecretStore::Result result) {
                              if (result.ok()) {
                                  insertAccount(account, m_sessionVault, true);
                                  refresh(account.id);
                              }
                              if (done && caller.alive())
                                  done(result);
                          });
}

void AccountService::discardPendingAccount(const QString& accountId)
{
    m_pending.remove(accountId); // the shared Secret wipes itself
}

void AccountService::addSessionAccount(const Account& account, Secret token)
{
    insertAccount(account, m_sessionVault, true);
    if (AccountEntry* added = entry(account.id))
        setState(*added, LoadState::ReadingToken);
    auto secret = std::make_shared<Secret>(std::move(token));
    m_sessionVault->write(
        account.vaultKey(), *secret, this,
        [this, id = account.id, secret](SecretStore::Result result) {
            AccountEntry* added = entry(id);
            if (!added)
                return;
            if (!result.ok()) {
                setState(*added, LoadState::Error,
                         tr("Could not keep the token in memory: %1").arg(result.message),
                         result.help);
                return;
            }
            refresh(id);
        });
}

void AccountService::removeAccount(const QString& accountId)
{
    const std::shared_ptr<AccountEntry> removed = m_entries.take(accountId);
    if (!removed)
        return;
    m_order.removeAll(accountId);
    if (removed->listReply)
        removed->listReply->abort();
    const bool saved = !removed->view.sessionOnly && !removed->view.account.sandbox;
    if (saved)
        m_accountStore.remove(accountId);
    removed->store->remove(removed->view.account.vaultKey(), this, [](SecretStore::Result) {});
    if (saved)
        forgetStoredSecrets(accountId);
    emit accountRemoved(accountId);
}

ProviderError AccountService::editAccount(const Account& edited)
{
    AccountEntry* target = entry(edited.id);
    if (!target)
        return {ProviderError::Kind::NotFound, 0, tr("The account is not there any more."), {}};
    Account& current = target->view.account;
    if (edited.provider != current.provider)
        return {ProviderError::Kind::Validation,
                0,
                tr("An account's provider cannot be changed; add a new account instead."),
                {}};
    const bool sandbox = current.sandbox;
    current = edited;
    current.sandbox = sandbox;
    if (!target->view.sessionOnly && !sandbox)
        m_accountStore.add(current);
    dropClient(*target);
    emit accountChanged(current.id);
    refresh(current.id);
    return {};
}

void AccountService::dropClient(AccountEntry& target)
{
    // Cleared first: the aborted list's answer must not be taken for this account's list.
    if (ProviderReply* inFlight = std::exchange(target.listReply, nullptr))
        inFlight->abort();
    target.listAgain = false;
    target.provider.reset();
}

void AccountService::replaceToken(const QString& accountId, Secret newToken, const QObject* context,
                                  Done done)
{
    const AccountEntry* target = entry(accountId);
    if (!target || newToken.isEmpty()) {
        answerLater(this, context, std::move(done),
                    {target ? ProviderError::Kind::Validation : ProviderError::Kind::NotFound,
                     0,
                     target ? tr("Enter the new token.") : tr("The account is not there any more."),
                     {}});
        return;
    }
    auto token = std::make_shared<Secret>(newToken.clone());
    auto tested = std::make_shared<std::unique_ptr<KeyProvider>>(
        makeProvider(target->view.account, std::move(newToken)));
    if (!*tested) {
        answerLater(this, context, std::move(done),
                    {ProviderError::Kind::Other,
                     0,
                     tr("This version of KeyWarden has no client for the provider “%1”.")
                         .arg(target->view.account.provider),
                     {}});
        return;
    }
    // The old token is not touched until the new one has worked once.
    whenFinished(this, (*tested)->testAccount(), context,
                 [this, accountId, token, tested, context,
                  done = std::move(done)](ProviderReply* finished, bool alive) mutable {
                     if (!finished->ok()) {
                         if (alive)
                             done(finished->error());
                         return;
                     }
                     storeTestedToken(accountId, token, tested, context, std::move(done));
                 });
}

void AccountService::storeTestedToken(const QString& accountId, std::shared_ptr<Secret> token,
                                      std::shared_ptr<std::unique_ptr<KeyProvider>> tested,
                                      const QObject* context, Done done)
{
    AccountEntry* target = entry(accountId);
    if (!target) {
        answerLater(
            this, context, std::move(done),
            {ProviderError::Kind::NotFound, 0, tr("The account is not there any more."), {}});
        return;
    }
    const QString where = target->store->backendName();
    target->store->write(
        target->view.account.vaultKey(), *token, this,
        [this, accountId, token, tested, where, caller = CallerGuard(context),
         done = std::move(done)](const SecretStore::Result& result) {
            AccountEntry* stored = entry(accountId);
            ProviderError error;
            if (!result.ok())
                error = {ProviderError::Kind::Other, 0,
                         tr("The new token works, but could not be stored in %1: %2. The old "
                            "token is still in use.")
                             .arg(where, result.message),
                         result.help};
            else if (!stored)
                error = {
                    ProviderError::Kind::NotFound, 0, tr("The account is not there any more."), {}};
            if (!error && stored) {
                dropClient(*stored);
                stored->provider = std::move(*tested);
                stored->view.capabilities = &stored->provider->capabilities();
                stored->view.tokenStatus = result.status;
                refresh(accountId);
            }
            if (done && caller.alive())
                done(error);
        });
}

void AccountService::forgetStoredSecrets(const QString& accountId)
{
    for (const StoredKeySecrets::Entry& stored : m_storedSecrets.all()) {
        if (stored.accountId == accountId)
            m_storedSecrets.forget(accountId, stored.keyId, this,
                                   [](const SecretStore::Result&) {});
    }
}

void AccountService::refresh(const QString& accountId)
{
    AccountEntry* target = entry(accountId);
    if (!target)
        return;
    if (target->listReply) {
        target->listAgain = true;
        return;
    }
    if (!target->provider) {
        readToken(*target);
        return;
    }
    listKeys(*target);
}

void AccountService::forgetTokens()
{
    for (const QString& id : std::as_const(m_order)) {
        AccountEntry* target = entry(id);
        if (!target || !target->provider)
            continue;
        dropClient(*target);
        // The capabilities pointed into the dropped client; the registry's stay valid.
        target->view.capabilities = capabilitiesFor(target->view.account.provider);
        setState(*target, LoadState::Idle);
    }
}

void AccountService::refreshAll()
{
    for (const QString& id : std::as_const(m_order))
        refresh(id);
}

void AccountService::setState(AccountEntry& target, LoadState state, const QString& errorText,
                              const QString& errorHelp)
{
    target.view.state = state;
    target.view.errorText = errorText;
    target.view.errorHelp = errorHelp;
    emit accountChanged(target.view.account.id);
}

void AccountService::readToken(AccountEntry& target)
{
    setState(target, LoadState::ReadingToken);
    target.store->read(target.view.account.vaultKey(), this,
                       [this, accountId = target.view.account.id](SecretStore::Result result) {
                           tokenRead(accountId, std::move(result));
                       });
}

void AccountService::tokenRead(const QString& accountId, SecretStore::Result result)
{
    AccountEntry* reading = entry(accountId);
    // A token replaced while the old one was being read already made the client.
    if (!reading || reading->provider)
        return;
    reading->view.tokenStatus = result.status;
    if (!result.ok()) {
        const QString where = reading->store->backendName();
        if (result.status == SecretStore::Status::NotFound) {
            setState(*reading, LoadState::Error,
                     tr("No token is stored for this account in %1.").arg(where),
                     tr("Remove the account and add it again with its token."));
        } else {
            setState(
                *reading, LoadState::Error,
                tr("Could not read the account's token from %1: %2").arg(where, result.message),
                result.help.isEmpty() ? tr("Unlock or start your keychain, then retry.")
                                      : result.help);
        }
        return;
    }
    reading->provider = makeProvider(reading->view.account, std::move(result.secret));
    if (!reading->provider) {
        setState(*reading, LoadState::Error,
                 tr("This version of KeyWarden has no client for the provider “%1”.")
                     .arg(reading->view.account.provider),
                 tr("Update KeyWarden, or remove the account."));
        return;
    }
    reading->view.capabilities = &reading->provider->capabilities();
    refresh(accountId);
}

std::unique_ptr<KeyProvider> AccountService::makeProvider(const Account& account,
                                                          Secret token) const
{
    return m_providerMaker ? m_providerMaker(account, std::move(token), m_network)
                           : createProvider(account, std::move(token), m_network);
}

void AccountService::listKeys(AccountEntry& target)
{
    setState(target, LoadState::Loading);
    ProviderReply* reply = target.provider->listKeys();
    target.listReply = reply;
    whenFinished(this, reply, nullptr,
                 [this, accountId = target.view.account.id](ProviderReply* finished, bool) {
                     listed(accountId, finished);
                 });
}

void AccountService::listed(const QString& accountId, ProviderReply* finished)
{
    AccountEntry* loaded = entry(accountId);
    if (!loaded || loaded->listReply != finished)
        return;
    loaded->listReply = nullptr;
    if (std::exchange(loaded->listAgain, false)) {
        refresh(accountId);
        return;
    }
    loaded->view.loadError = finished->error();
    if (!finished->ok()) {
        setState(*loaded, LoadState::Error,
                 tr("Could not load the keys: %1").arg(ProviderErrorText::what(finished->error())),
                 ProviderErrorText::advice(finished->error()));
        return;
    }
    loaded->view.keys = finished->keys();
    loaded->view.loadedAt = Clock::app().nowUtc();
    emit keysListed(accountId);
    if (AccountEntry* shown = entry(accountId)) {
        setState(*shown, LoadState::Ok);
        emit keysShown(accountId);
    }
}

} // namespace kw

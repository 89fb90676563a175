#pragma once

#include "console/ConsoleTypes.h"
#include "console/StoredKeySecrets.h"
#include "core/AccountStore.h"
#include "providers/KeyProvider.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <memory>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace kw {

// The controller's record of one account: what is shown, where its token lives, its client.
struct AccountEntry
{
    ConsoleTypes::AccountView view;
    SecretStore* store = nullptr;
    std::unique_ptr<KeyProvider> provider; // made once the token is read
    QPointer<ProviderReply> listReply;
    // A refresh asked for while a list was in flight: that list may predate the change that
    // asked (a revoke finishing after the list started), so list again once it is back.
    bool listAgain = false;
};

// The accounts and their tokens: which accounts there are (saved, session-only, sandbox), where
// each token lives, the client made from it, and the key list shown for each. The key and
// rotation flows find an account's client here.
class AccountService : public QObject, public ConsoleTypes
{
    Q_OBJECT
public:
    // vault keeps tokens across sessions (the keychain); sessionVault only for this session.
    AccountService(QSettings& settings, SecretStore* vault, SecretStore* sessionVault,
                   QNetworkAccessManager* network, QObject* parent = nullptr);
    ~AccountService() override;

    void setProviderMaker(ProviderMaker maker) { m_providerMaker = std::move(maker); }

    // Adds the saved accounts not added yet (state Idle) and returns their ids.
    QStringList loadSavedAccounts();
    QStringList accountIds() const { return m_order; }
    const AccountView* account(const QString& accountId) const;
    AccountEntry* entry(const QString& accountId) const;
    // The entry once its token is read and its client made; null before.
    AccountEntry* ready(const QString& accountId) const;
    // The account's label, empty for an account that is gone.
    QString labelOf(const QString& accountId) const;
    StoredKeySecrets& storedSecrets() { return m_storedSecrets; }
    SecretStore* vault() const { return m_vault; }
    // What a call on an account whose client is not made yet fails with.
    static ProviderError notLoaded();

    // An account whose token never leaves memory (the sandbox, or "use for this session only").
    void addSessionAccount(const Account& account, Secret token);
    // Stores the token in the vault, then adds and loads the account. When the vault fails, the
    // token is kept (in memory) until useForThisSessionOnly() or discardPendingAccount().
    void addAccount(const Account& account, Secret token, const QObject* context, VaultDone done);
    void useForThisSessionOnly(const QString& accountId, const QObject* context, VaultDone done);
    void discardPendingAccount(const QString& accountId);
    // Forgets the account, its token and (for a saved account) its kept key secrets.
    void removeAccount(const QString& accountId);
    // Changes what may change of an account (label, endpoint, CA file, S3 endpoint and region);
    // its id, provider and token stay. A saved account is saved again, and its client is made
    // anew from the stored token, since the client holds the endpoint and CA it was made with.
    // Fails (changing nothing) for an account that is gone or a different provider.
    ProviderError editAccount(const Account& edited);
    // Tests newToken at the provider (testAccount) and only then writes it over the old one in
    // the account's store and lists the keys with it. On any failure (refused, unreachable, the
    // store's write) the old token stays where it was and done gets the error.
    void replaceToken(const QString& accountId, Secret newToken, const QObject* context, Done done);

    // Drops every account's client and with it the token it was made with (idle lock). The
    // keys listed stay; the next refresh reads the token again from the account's store (the
    // keychain, or the session store for a session-only account).
    void forgetTokens();
    // Whether the account's token is in memory (its client is made).
    bool holdsToken(const QString& accountId) const { return ready(accountId) != nullptr; }

    // Reads the token when the client is not made yet, then lists the keys.
    void refresh(const QString& accountId);
    void refreshAll();

signals:
    void accountAdded(const QString& accountId);
    void accountChanged(const QString& accountId);
    void accountRemoved(const QString& accountId);
    // A fresh list is in the view but not shown yet (the state is still Loading): what depends
    // on the list (open rotations) is brought up to date before anyone sees it.
    void keysListed(const QString& accountId);
    // The fresh list is shown (state Ok).
    void keysShown(const QString& accountId);

private:
    void insertAccount(const Account& account, SecretStore* store, bool sessionOnly);
    void setState(AccountEntry& entry, LoadState state, const QString& errorText = {},
                  const QString& errorHelp = {});
    void readToken(AccountEntry& entry);
    void tokenRead(const QString& accountId, SecretStore::Result result);
    void listKeys(AccountEntry& entry);
    void listed(const QString& accountId, ProviderReply* finished);
    std::unique_ptr<KeyProvider> makeProvider(const Account& account, Secret token) const;
    void forgetStoredSecrets(const QString& accountId);
    // Drops the account's client (and the list in flight with it), so that the next refresh
    // makes one from what is stored now.
    void dropClient(AccountEntry& target);
    void storeTestedToken(const QString& accountId, std::shared_ptr<Secret> token,
                          std::shared_ptr<std::unique_ptr<KeyProvider>> tested,
                          const QObject* context, Done done);

    ProviderMaker m_providerMaker;
    AccountStore m_accountStore;
    StoredKeySecrets m_storedSecrets;
    SecretStore* m_vault;
    SecretStore* m_sessionVault;
    QNetworkAccessManager* m_network;
    QStringList m_order;
    QHash<QString, std::shared_ptr<AccountEntry>> m_entries;
    QHash<QString, std::pair<Account, std::shared_ptr<Secret>>> m_pending;
};

} // namespace kw

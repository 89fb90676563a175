#pragma once

#include "console/StoredKeySecrets.h"
#include "core/Account.h"
#include "core/AccountStore.h"
#include "core/ApiKey.h"
#include "core/Capabilities.h"
#include "core/KeySpec.h"
#include "core/ProviderError.h"
#include "core/Rotation.h"
#include "core/Secret.h"
#include "providers/ProviderReply.h"
#include "vault/SecretStore.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QSettings;
QT_END_NAMESPACE

namespace kw {

class AuditLog;
class KeyProvider;
class ProviderReply;

// Holds the accounts, their providers and tokens, the rotation records and the audit log, and
// runs the provider side of every flow (list, create, revoke, rotate). It knows no widgets: the
// main window opens the dialogs and calls in here. Everything is asynchronous; callbacks run from
// the event loop and only while their context object is alive.
class AppController : public QObject
{
    Q_OBJECT
public:
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
    using Clock = std::function<QDateTime()>;
    using Done = std::function<void(const ProviderError&)>;
    using CreateDone = std::function<void(const ProviderError&, CreatedKey* created)>;
    using VaultDone = std::function<void(const SecretStore::Result&)>;
    using VerifyDone =
        std::function<void(const ProviderError&, const std::optional<Verification>& result)>;
    using BearersDone = std::function<void(const ProviderError&, const QList<Bearer>& bearers)>;
    using PoliciesDone =
        std::function<void(const ProviderError&, const QList<AttachedPolicy>& policies)>;
    // Makes the client for an account; tests hand in fakes. Default: kw::createProvider.
    using ProviderMaker = std::function<std::unique_ptr<KeyProvider>(
        const Account&, Secret token, QNetworkAccessManager* network)>;

    static constexpr int RotationCheckIntervalMs = 60 * 60 * 1000;

    // vault keeps tokens across sessions (the keychain); sessionVault only for this session.
    AppController(QSettings& settings, SecretStore* vault, SecretStore* sessionVault,
                  QNetworkAccessManager* network, AuditLog* audit, QObject* parent = nullptr);
    ~AppController() override;

    void setClock(Clock clock);
    QDateTime now() const;
    void setProviderMaker(ProviderMaker maker);

    // Keys older than this many days are due for rotation (QSettings "rotationPolicyDays").
    static constexpr int DefaultRotationPolicyDays = 90;
    int rotationPolicyDays() const;
    void setRotationPolicyDays(int days);

    // Loads the saved accounts, reads their tokens, lists their keys, and finishes due rotations
    // now and every hour.
    void start();
    // Only adds the saved accounts (state Idle): nothing is read or listed until refresh(). For
    // keywarden-cli, which touches one account per command.
    void loadSavedAccounts();
    // Whether listing an account's keys also revokes its rotations' old keys that are due
    // (default true; keywarden-cli keeps a list free of side effects and has finish-due).
    void setFinishesDueRotationsOnLoad(bool finishes) { m_finishDueOnLoad = finishes; }

    QStringList accountIds() const { return m_order; }
    const AccountView* account(const QString& accountId) const;
    RotationStore& rotations() { return m_rotations; }
    // Secrets the user chose to keep in the keychain; a revoke forgets them.
    StoredKeySecrets& storedSecrets() { return m_storedSecrets; }
    SecretStore* vault() const { return m_vault; }
    // The open rotation whose old key is this one, if any.
    std::optional<RotationRecord> openRotationFor(const QString& accountId,
                                                  const QString& keyId) const;

    // Stores the token in the vault, then adds and loads the account. When the vault fails, the
    // token is kept (in memory) until useForThisSessionOnly() or discardPendingAccount().
    void addAccount(const Account& account, Secret token, const QObject* context, VaultDone done);
    void useForThisSessionOnly(const QString& accountId, const QObject* context, VaultDone done);
    void discardPendingAccount(const QString& accountId);
    // An account whose token never leaves memory (the sandbox, or "use for this session only").
    void addSessionAccount(const Account& account, Secret token);
    void removeAccount(const QString& accountId);

    void refresh(const QString& accountId);
    void refreshAll();

    void createKey(const QString& accountId, const KeySpec& spec, const QObject* context,
                   CreateDone done);
    void revokeKey(const QString& accountId, const ApiKey& key, const QObject* context, Done done);
    void updateKey(const QString& accountId, const ApiKey& key, const KeyChange& change,
                   const QObject* context, Done done);
    void setKeyActive(const QString& accountId, const ApiKey& key, bool active,
                      const QObject* context, Done done);
    // Suspends or reactivates every key of a principal (Capabilities::disablePrincipal).
    void setPrincipalActive(const QString& accountId, const QString& principal, bool active,
                            const QObject* context, Done done);
    // Fetches a listed secret again (Capabilities::secretShownOnce == false), or reads one kept
    // in the keychain (storedSecrets()). Never cached.
    void revealSecret(const QString& accountId, const ApiKey& key, const QObject* context,
                      CreateDone done);
    void listBearers(const QString& accountId, const QObject* context, BearersDone done);
    // The policies attached to a key's owner (Capabilities::principalPolicies). Read-only.
    void listPrincipalPolicies(const QString& accountId, const QString& principal,
                               const QObject* context, PoliciesDone done);
    // Attaches a policy to a key's owner; audited with its outcome.
    void attachPrincipalPolicy(const QString& accountId, const QString& principal,
                               const QString& policyArn, const QObject* context, Done done);
    // Does this secret work? (Capabilities::verify) The provider takes what it needs of the
    // secret during the call; nothing is kept here. The outcome is audited, the secret not.
    void verifyKey(const QString& accountId, const ApiKey& key, const Secret& secret,
                   const QObject* context, VerifyDone done);

    // Rotation, step 1: records the rotation, then creates the new key.
    void
    startRotation(const QString& accountId, const ApiKey& oldKey, const KeySpec& newKeySpec,
                  const QObject* context,
                  std::function<void(const ProviderError&, CreatedKey*, QString recordId)> done);
    // Step 2, once the new secret was handed over: revoke the old key now, or after graceDays.
    // note (e.g. that the user overrode a failed verification) goes to the record and the audit.
    void finishHandover(const QString& recordId, bool revokeNow, int graceDays,
                        const QObject* context, Done done, const QString& note = {});
    // Step 2 when the new key did not prove to work and the user keeps the old one: both keys
    // stay, the record closes as abandoned with note, and nothing is revoked.
    void keepOldKey(const QString& recordId, const QString& note);
    // Revokes the old keys whose grace period is over. Failures keep the record open.
    void finishDueRotations();
    // The same for one loaded account; done runs once every due revocation has an answer, with
    // the first error if any.
    void finishDueRotations(const QString& accountId, const QObject* context, Done done);

signals:
    void accountAdded(const QString& accountId);
    void accountChanged(const QString& accountId);
    void accountRemoved(const QString& accountId);
    void statusMessage(const QString& text);
    // The audit log could not be written (a full disk, a read-only folder): the action itself
    // happened, but its record is missing. reason is the file system's word for it.
    void auditWriteFailed(const QString& path, const QString& reason);

private:
    struct Entry;

    Entry* entry(const QString& accountId) const;
    void insertAccount(const Account& account, SecretStore* store, bool sessionOnly);
    void load(const QString& accountId);
    void setState(Entry& entry, LoadState state, const QString& errorText = {},
                  const QString& errorHelp = {});
    void finishDueRotations(const QString& accountId);
    void forgetStoredSecret(const QString& accountId, const QString& keyId);
    void reconcileRotations(const QString& accountId);
    void revokeOldKey(RotationRecord record, const QObject* context, Done done);
    void audit(const QString& action, const QString& accountLabel, const QString& keyName,
               const QString& keyId, const QString& outcome);
    static QString outcomeOf(const ProviderError& error);
    template <typename Callback>
    void failLater(const QObject* context, Callback done, const ProviderError& error);
    template <typename Handler>
    void whenFinished(ProviderReply* reply, const QObject* context, Handler handler);

    // The trust rules (AppControllerTrust.cpp): what a lost answer or a 404 really means.
    using KeysDone = std::function<void(const ProviderError&, const QList<ApiKey>&)>;
    using Resolved = std::function<void(const ProviderError&, CreatedKey*)>;
    // A complete list fetched now, beside the account's shown one (which it leaves alone).
    void listFresh(const QString& accountId, KeysDone done);
    // After a revoke answered 404, or failed in a way that leaves its outcome unknown (a lost
    // answer): a complete fresh list decides. done(error, note): ok with a note ("already
    // gone", "its answer was lost") only when the list lacks the key.
    using RevokeChecked = std::function<void(const ProviderError&, const QString& note)>;
    static bool revokeNeedsCheck(const ProviderError& error);
    void confirmRevoke(const QString& accountId, const QString& keyId, const ProviderError& answer,
                       RevokeChecked done);
    // Turns a finished create into what the caller is told: the new key with its secret (its
    // id looked up when the answer had none), an orphan when the answer was lost but the key
    // exists, or the error. next may run later, from the event loop.
    void resolveCreate(const QString& accountId, const KeySpec& spec,
                       const QSet<QString>& knownBefore, const QDateTime& sentAt,
                       ProviderReply* finished, Resolved next);
    // The old key of a rotation as the provider lists it (with its owner), or NotFound when a
    // complete fresh list confirms it is gone.
    void findOldKey(const RotationRecord& record,
                    std::function<void(const ProviderError&, const ApiKey&)> done);

    template <typename Make>
    void simpleOperation(const QString& accountId, const QString& action, const ApiKey& key,
                         const QObject* context, Done done, Make makeReply);

    QSettings& m_settings;
    ProviderMaker m_providerMaker;
    AccountStore m_accountStore;
    RotationStore m_rotations;
    StoredKeySecrets m_storedSecrets;
    bool m_finishDueOnLoad = true;
    SecretStore* m_vault;
    SecretStore* m_sessionVault;
    QNetworkAccessManager* m_network;
    AuditLog* m_audit;
    Clock m_clock;
    QTimer m_rotationTimer;
    QStringList m_order;
    QHash<QString, std::shared_ptr<Entry>> m_entries;
    QHash<QString, std::pair<Account, std::shared_ptr<Secret>>> m_pending;
    QSet<QString> m_rotationsInFlight;
    QSet<QString> m_awaitingHandover; // new key shown, the user has not closed the reveal yet
};

} // namespace kw

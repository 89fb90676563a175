#pragma once

#include "console/ConsoleTypes.h"
#include "console/KeyDrift.h"
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
#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QSettings;
QT_END_NAMESPACE

namespace kw {

class AccountService;
class AuditLog;
class AuditTrail;
class KeyOperations;
class RotationOrchestrator;

// What the window and the command line call: the accounts and their tokens (AccountService),
// what is done to a key (KeyOperations) and key rotation (RotationOrchestrator), behind one
// facade. It knows no widgets: the main window opens the dialogs and calls in here. Everything
// is asynchronous; callbacks run from the event loop and only while their context object is
// alive.
class AppController : public QObject, public ConsoleTypes
{
    Q_OBJECT
public:
    static constexpr int RotationCheckIntervalMs = 60 * 60 * 1000;

    // vault keeps tokens across sessions (the keychain); sessionVault only for this session.
    AppController(QSettings& settings, SecretStore* vault, SecretStore* sessionVault,
                  QNetworkAccessManager* network, AuditLog* audit, QObject* parent = nullptr);
    ~AppController() override;

    // The app's time (kw::Clock::app()); tests set that clock's source, or hold a
    // kw::ScopedClock, instead of giving the controller a clock of its own.
    QDateTime now() const;
    void setProviderMaker(ProviderMaker maker);

    // Keys older than this many days are due for rotation (QSettings "rotationPolicyDays").
    static constexpr int DefaultRotationPolicyDays = 90;
    int rotationPolicyDays() const;
    void setRotationPolicyDays(int days);
    // The account's own policy (Preferences) when it has one, else the default above.
    int rotationPolicyDays(const QString& accountId) const;
    // The user's settings (Preferences reads and writes them); nothing secret.
    QSettings& settings() const { return m_settings; }

    // Idle lock: every account's token leaves memory (its client is dropped). A saved account's
    // token stays in the keychain; a session-only one (the sandbox, "this session only") stays
    // in the session store, the only place it can be read again from. unlock() reads them back
    // and lists the keys again (refreshAll).
    void lock();
    void unlock();
    bool isLocked() const { return m_locked; }
    // Whether the account's token is in memory (its client is made).
    bool holdsToken(const QString& accountId) const;

    // Loads the saved accounts, reads their tokens, lists their keys, and finishes due rotations
    // now and every hour.
    void start();
    // Only adds the saved accounts (state Idle): nothing is read or listed until refresh(). For
    // keywarden-cli, which touches one account per command.
    void loadSavedAccounts();
    // Whether listing an account's keys also revokes its rotations' old keys that are due
    // (default true; keywarden-cli keeps a list free of side effects and has finish-due).
    void setFinishesDueRotationsOnLoad(bool finishes);
    // Whether drift files are written off the calling thread (KeyDrift::setWritesOffThread;
    // default false): the window's GUI thread must not wait for a large account's file.
    void setDriftWritesOffThread(bool offThread) { m_drift.setWritesOffThread(offThread); }

    QStringList accountIds() const;
    const AccountView* account(const QString& accountId) const;
    RotationStore& rotations();
    // The rotation steps beyond the facade's (grace modes, re-enable, attention signals).
    RotationOrchestrator& rotationOrchestrator() { return *m_rotation; }
    // Secrets the user chose to keep in the keychain; a revoke forgets them.
    StoredKeySecrets& storedSecrets();
    SecretStore* vault() const;
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
    // Changes an account's label, endpoint, CA file (and S3 endpoint and region); its id,
    // provider and token stay, and its keys are listed again. Audited; the error when refused.
    ProviderError editAccount(const Account& edited);
    // Tests the new token at the provider, and only once it works replaces the stored one; on
    // failure the old token stays in use. Audited with its outcome, never with the token.
    void replaceToken(const QString& accountId, Secret newToken, const QObject* context, Done done);

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
    void startRotation(const QString& accountId, const ApiKey& oldKey, const KeySpec& newKeySpec,
                       const QObject* context, RotationStarted done);
    // Step 2, once the new secret was handed over: revoke the old key now, or after graceDays.
    // note (e.g. that the user overrode a failed verification) goes to the record and the audit.
    void finishHandover(const QString& recordId, bool revokeNow, int graceDays,
                        const QObject* context, Done done, const QString& note = {});
    // Step 2 when the new key did not prove to work and the user keeps the old one: both keys
    // stay, the record closes as abandoned with note, and nothing is revoked.
    void keepOldKey(const QString& recordId, const QString& note);
    // A rotation in its grace period, from the Rotations view (RotationOrchestrator): revoke the
    // old key now, move the planned date, or close it keeping both keys. Each is audited.
    void revokeRotationNow(const QString& recordId, const QObject* context, Done done);
    bool postponeRotation(const QString& recordId, const QDateTime& revokeAfter);
    bool keepBothRotationKeys(const QString& recordId);
    // Revokes the old keys whose grace period is over. Failures keep the record open.
    void finishDueRotations();
    // The same for one loaded account; done runs once every due revocation has an answer, with
    // the first error if any.
    void finishDueRotations(const QString& accountId, const QObject* context, Done done);

    // Drift (KeyDrift): which keys of the account appeared or vanished behind KeyWarden's back
    // since its last look, and the orphans its lost creates left. Shared with keywarden-cli
    // through a file next to the audit log.
    AccountDrift keyDrift(const QString& accountId) const;
    // The user has seen them (empty: every key of the account); emits accountChanged.
    void acknowledgeDrift(const QString& accountId, const QStringList& keyIds = {});

signals:
    void accountAdded(const QString& accountId);
    void accountChanged(const QString& accountId);
    void accountRemoved(const QString& accountId);
    void statusMessage(const QString& text);
    // The audit log could not be written (a full disk, a read-only folder): the action itself
    // happened, but its record is missing. reason is the file system's word for it.
    void auditWriteFailed(const QString& path, const QString& reason);
    // A rotation's planned revocation was done or failed without the user's hand
    // (RotationOrchestrator::rotationRevocationFinished).
    void rotationRevocationFinished(const QString& recordId, const QString& accountId,
                                    const QString& oldKeyId, const kw::ProviderError& error);

private:
    QSettings& m_settings;
    bool m_locked = false;
    // Declared in the order they depend on each other: each part outlives the ones using it.
    std::unique_ptr<AuditTrail> m_audit;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<KeyOperations> m_keys;
    std::unique_ptr<RotationOrchestrator> m_rotation;
    KeyDrift m_drift;

    void noteDrift(const QString& accountId);
};

} // namespace kw

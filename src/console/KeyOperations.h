#pragma once

#include "console/ConsoleTypes.h"
#include "console/TrustChecks.h"

#include <QObject>

namespace kw {

class AccountService;
class AuditTrail;
struct AccountEntry;

// What is done to one key (or its owner) of a loaded account: create, edit, enable or disable,
// revoke, reveal or verify its secret, and the owner's access (bearers, policies, suspension).
// Each outcome that changes something or shows a secret is audited; a change refreshes the
// account's list. Answers come from the event loop and only while the caller's context lives.
class KeyOperations : public QObject, public ConsoleTypes
{
    Q_OBJECT
public:
    KeyOperations(AccountService& accounts, AuditTrail& audit, QObject* parent = nullptr);

    // Changes, each audited with its outcome; one that succeeds refreshes the account's list.
    void createKey(const QString& accountId, const KeySpec& spec, const QObject* context,
                   CreateDone done);
    void updateKey(const QString& accountId, const ApiKey& key, const KeyChange& change,
                   const QObject* context, Done done);
    void setKeyActive(const QString& accountId, const ApiKey& key, bool active,
                      const QObject* context, Done done);
    // Reported once a kept secret of the key is forgotten too.
    void revokeKey(const QString& accountId, const ApiKey& key, const QObject* context, Done done);
    // Suspends or reactivates every key of a principal (Capabilities::disablePrincipal).
    void setPrincipalActive(const QString& accountId, const QString& principal, bool active,
                            const QObject* context, Done done);
    // Attaches a policy, by its ARN, to a key's owner. The list shows no policies: no refresh.
    void attachPrincipalPolicy(const QString& accountId, const QString& principal,
                               const QString& policyArn, const QObject* context, Done done);

    // Secrets: who looked at one, and when, is audited; the secret never is.
    // Fetches a listed secret again (Capabilities::secretShownOnce == false), or reads one kept
    // in the keychain (AccountService::storedSecrets()). Never cached.
    void revealSecret(const QString& accountId, const ApiKey& key, const QObject* context,
                      CreateDone done);
    // Does this secret work? (Capabilities::verify) The provider takes what it needs of the
    // secret during the call; nothing is kept here.
    void verifyKey(const QString& accountId, const ApiKey& key, const Secret& secret,
                   const QObject* context, VerifyDone done);

    // Reads, not audited.
    // The provider's bearers, each owner with its keyCount in the account's loaded list.
    void listBearers(const QString& accountId, const QObject* context, BearersDone done);
    // The policies attached to a key's owner (Capabilities::principalPolicies).
    void listPrincipalPolicies(const QString& accountId, const QString& principal,
                               const QObject* context, PoliciesDone done);

private:
    // The account's entry when its client is made; otherwise fail(notLoaded) runs later (while
    // context lives) and the result is null.
    template <typename Fail>
    AccountEntry* readyOr(const QString& accountId, const QObject* context, Fail fail);
    // A call whose answer is only an error: audited as action on key, refreshes on success.
    template <typename Make>
    void change(const QString& accountId, const QString& action, const ApiKey& key,
                const QObject* context, Done done, Make makeReply);
    // A read-only call whose answer is a list: done(error, take(reply)).
    template <typename Make, typename Take, typename Callback>
    void query(const QString& accountId, const QObject* context, Callback done, Make makeReply,
               Take take);
    void auditCreate(const QString& label, const KeySpec& spec, const ProviderError& error,
                     const CreatedKey* created);
    void revealStored(const QString& label, const QString& accountId, const ApiKey& key,
                      const QObject* context, CreateDone done);

    AccountService& m_accounts;
    AuditTrail& m_audit;
    TrustChecks m_trust;
};

} // namespace kw

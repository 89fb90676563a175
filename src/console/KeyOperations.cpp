#include "console/KeyOperations.h"

#include "console/AccountService.h"
#include "console/AuditTrail.h"
#include "console/Callbacks.h"
#include "providers/KeyProvider.h"

namespace kw {

using namespace Qt::StringLiterals;

namespace {

// Each owner's keys in the account's loaded list (the account's own identity's keys belong to
// the owner with the empty id); unknown while no list was loaded. Projects own no keys.
QList<Bearer> withKeyCounts(QList<Bearer> bearers, const ConsoleTypes::AccountView* view)
{
    if (!view || !view->loadedAt.isValid())
        return bearers;
    QHash<QString, int> counts;
    for (const ApiKey& key : view->keys)
        ++counts[key.ownerIsCaller ? QString() : key.principal];
    for (Bearer& bearer : bearers) {
        if (bearer.type != u"project")
            bearer.keyCount = counts.value(bearer.id, 0);
    }
    return bearers;
}

} // namespace

KeyOperations::KeyOperations(AccountService& accounts, AuditTrail& audit, QObject* parent)
    : QObject(parent), m_accounts(accounts), m_audit(audit), m_trust(accounts, this)
{}

template <typename Fail>
AccountEntry* KeyOperations::readyOr(const QString& accountId, const QObject* context, Fail fail)
{
    AccountEntry* target = m_accounts.ready(accountId);
    if (!target)
        answerLater(this, context, std::move(fail), AccountService::notLoaded());
    return target;
}

void KeyOperations::createKey(const QString& accountId, const KeySpec& spec, const QObject* context,
                              CreateDone done)
{
    const AccountEntry* target =
        readyOr(accountId, context, [done](const ProviderError& error) { done(error, nullptr); });
    if (!target)
        return;
    m_trust.create(accountId, spec,
                   [this, accountId, label = target->view.account.label, spec,
                    caller = CallerGuard(context),
                    done = std::move(done)](const ProviderError& error, CreatedKey* created) {
                       auditCreate(label, spec, error, created);
                       if (!error || created)
                           m_accounts.refresh(accountId);
                       if (caller.alive())
                           done(error, created);
                   });
}

void KeyOperations::auditCreate(const QString& label, const KeySpec& spec,
                                const ProviderError& error, const CreatedKey* created)
{
    const QString outcome = AuditTrail::outcomeOf(error);
    if (!created) {
        m_audit.record(u"create"_s, label, spec.name, QString(), outcome);
        return;
    }
    m_audit.record(u"create"_s, label, created->key.name, created->key.id,
                   error ? u"orphan: the key exists, its secret never arrived; "_s + outcome
                         : outcome);
}

void KeyOperations::revokeKey(const QString& accountId, const ApiKey& key, const QObject* context,
                              Done done)
{
    const AccountEntry* target = readyOr(accountId, context, done);
    if (!target)
        return;
    m_trust.revoke(
        accountId, key,
        [this, accountId, label = target->view.account.label, key, caller = CallerGuard(context),
         done = std::move(done)](const ProviderError& error, const QString& note) {
            m_audit.record(u"revoke"_s, label, key.name, key.id,
                           error.ok() && !note.isEmpty() ? u"ok: "_s + note
                                                         : AuditTrail::outcomeOf(error));
            if (!error.ok()) {
                if (caller.alive())
                    done(error);
                return;
            }
            m_accounts.refresh(accountId);
            // Reported once a kept secret is gone too: a command-line caller exits then, which
            // would cut the keychain call short.
            m_accounts.storedSecrets().forgetIfKept(accountId, key.id, this, [caller, done] {
                if (caller.alive())
                    done({});
            });
        });
}

template <typename Make>
void KeyOperations::change(const QString& accountId, const QString& action, const ApiKey& key,
                           const QObject* context, Done done, Make makeReply)
{
    const AccountEntry* target = readyOr(accountId, context, done);
    if (!target)
        return;
    whenFinished(this, makeReply(*target->provider), context,
                 [this, accountId, label = target->view.account.label, action, key,
                  done = std::move(done)](ProviderReply* finished, bool alive) {
                     m_audit.record(action, label, key.name, key.id,
                                    AuditTrail::outcomeOf(finished->error()));
                     if (finished->ok())
                         m_accounts.refresh(accountId);
                     if (alive)
                         done(finished->error());
                 });
}

void KeyOperations::updateKey(const QString& accountId, const ApiKey& key, const KeyChange& edit,
                              const QObject* context, Done done)
{
    change(accountId, u"edit"_s, key, context, std::move(done),
           [&](KeyProvider& provider) { return provider.updateKey(key, edit); });
}

void KeyOperations::setKeyActive(const QString& accountId, const ApiKey& key, bool active,
                                 const QObject* context, Done done)
{
    change(accountId, active ? u"enable"_s : u"disable"_s, key, context, std::move(done),
           [&](KeyProvider& provider) { return provider.setKeyActive(key, active); });
}

void KeyOperations::setPrincipalActive(const QString& accountId, const QString& principal,
                                       bool active, const QObject* context, Done done)
{
    ApiKey subject; // the audit names the principal where a key would be
    subject.name = principal;
    change(accountId, active ? u"reactivate-principal"_s : u"suspend-principal"_s, subject, context,
           std::move(done),
           [&](KeyProvider& provider) { return provider.setPrincipalActive(principal, active); });
}

void KeyOperations::attachPrincipalPolicy(const QString& accountId, const QString& principal,
                                          const QString& policyArn, const QObject* context,
                                          Done done)
{
    const AccountEntry* target = readyOr(accountId, context, done);
    if (!target)
        return;
    whenFinished(this, target->provider->attachPrincipalPolicy(principal, policyArn), context,
                 [this, label = target->view.account.label, principal, policyArn,
                  done = std::move(done)](ProviderReply* finished, bool alive) {
                     // The audit names the owner where a key would be, and the policy's ARN. The
                     // key list does not show policies, so nothing is refreshed.
                     m_audit.record(u"attach-policy"_s, label, principal, policyArn,
                                    AuditTrail::outcomeOf(finished->error()));
                     if (alive)
                         done(finished->error());
                 });
}

template <typename Make, typename Take, typename Callback>
void KeyOperations::query(const QString& accountId, const QObject* context, Callback done,
                          Make makeReply, Take take)
{
    const AccountEntry* target =
        readyOr(accountId, context, [done](const ProviderError& error) { done(error, {}); });
    if (!target)
        return;
    whenFinished(this, makeReply(*target->provider), context,
                 [done = std::move(done), take](ProviderReply* finished, bool alive) {
                     if (alive)
                         done(finished->error(), take(*finished));
                 });
}

void KeyOperations::listBearers(const QString& accountId, const QObject* context, BearersDone done)
{
    query(
        accountId, context, std::move(done),
        [](KeyProvider& provider) { return provider.listBearers(); },
        [this, accountId](const ProviderReply& reply) {
            return withKeyCounts(reply.bearers(), m_accounts.account(accountId));
        });
}

void KeyOperations::listPrincipalPolicies(const QString& accountId, const QString& principal,
                                          const QObject* context, PoliciesDone done)
{
    query(
        accountId, context, std::move(done),
        [&](KeyProvider& provider) { return provider.listPrincipalPolicies(principal); },
        [](const ProviderReply& reply) { return reply.policies(); });
}

void KeyOperations::revealSecret(const QString& accountId, const ApiKey& key,
                                 const QObject* context, CreateDone done)
{
    const AccountEntry* target =
        readyOr(accountId, context, [done](const ProviderError& error) { done(error, nullptr); });
    if (!target)
        return;
    const QString label = target->view.account.label;
    if (target->provider->capabilities().secretShownOnce &&
        m_accounts.storedSecrets().contains(accountId, key.id)) {
        // The provider shows secrets once; this one was kept in the keychain on request.
        revealStored(label, accountId, key, context, std::move(done));
        return;
    }
    whenFinished(this, target->provider->revealSecret(key), context,
                 [this, label, key, done = std::move(done)](ProviderReply* finished, bool alive) {
                     // Who looked at a secret, and when, belongs in the audit; the secret not.
                     m_audit.record(u"reveal"_s, label, key.name, key.id,
                                    AuditTrail::outcomeOf(finished->error()));
                     if (!alive)
                         return;
                     if (!finished->ok() || !finished->hasCreated()) {
                         done(finished->error(), nullptr);
                         return;
                     }
                     CreatedKey revealed = finished->takeCreated();
                     done({}, &revealed);
                 });
}

void KeyOperations::revealStored(const QString& label, const QString& accountId, const ApiKey& key,
                                 const QObject* context, CreateDone done)
{
    m_accounts.storedSecrets().read(
        accountId, key.id, this,
        [this, label, key, caller = CallerGuard(context),
         done = std::move(done)](SecretStore::Result result) {
            m_audit.record(u"reveal-stored"_s, label, key.name, key.id,
                           result.ok() ? u"ok"_s : u"failed: "_s + result.message);
            if (!caller.alive())
                return;
            if (!result.ok()) {
                done({ProviderError::Kind::Other, 0,
                      tr("The stored secret could not be read: %1").arg(result.message),
                      result.help},
                     nullptr);
                return;
            }
            CreatedKey stored;
            stored.key = key;
            stored.secret = std::move(result.secret);
            done({}, &stored);
        });
}

void KeyOperations::verifyKey(const QString& accountId, const ApiKey& key, const Secret& secret,
                              const QObject* context, VerifyDone done)
{
    const AccountEntry* target = readyOr(
        accountId, context, [done](const ProviderError& error) { done(error, std::nullopt); });
    if (!target)
        return;
    whenFinished(
        this, target->provider->verifyKey(key, secret), context,
        [this, label = target->view.account.label, key,
         done = std::move(done)](ProviderReply* finished, bool alive) {
            const std::optional<Verification>& result = finished->verification();
            QString outcome = AuditTrail::outcomeOf(finished->error());
            if (finished->ok() && result) {
                outcome =
                    result->outcome == Verification::Outcome::Works
                        ? u"works"_s
                        : u"refused: HTTP %1 %2"_s.arg(result->httpStatus).arg(result->reason);
            }
            m_audit.record(u"verify"_s, label, key.name, key.id, outcome.trimmed());
            if (alive)
                done(finished->error(), result);
        });
}

} // namespace kw

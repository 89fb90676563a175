#include "console/AppController.h"

#include "console/AccountService.h"
#include "console/AuditTrail.h"
#include "console/Callbacks.h"
#include "console/KeyOperations.h"
#include "console/RotationOrchestrator.h"
#include "core/AuditLog.h"
#include "core/Clock.h"

#include <QFileInfo>

namespace kw {

using namespace Qt::StringLiterals;

static_assert(AppController::RotationCheckIntervalMs == RotationOrchestrator::CheckIntervalMs);
static_assert(AppController::DefaultRotationPolicyDays == RotationOrchestrator::DefaultPolicyDays);

AppController::AppController(QSettings& settings, SecretStore* vault, SecretStore* sessionVault,
                             QNetworkAccessManager* network, AuditLog* audit, QObject* parent)
    : QObject(parent), m_settings(settings), m_audit(std::make_unique<AuditTrail>(audit)),
      m_accounts(std::make_unique<AccountService>(settings, vault, sessionVault, network)),
      m_keys(std::make_unique<KeyOperations>(*m_accounts, *m_audit)),
      m_rotation(std::make_unique<RotationOrchestrator>(settings, *m_accounts, *m_audit)),
      m_drift(audit ? QFileInfo(audit->filePath()).absolutePath() : QString())
{
    // Before the list is shown, so that the window shows it with its drift.
    connect(m_accounts.get(), &AccountService::keysListed, this, &AppController::noteDrift);
    connect(m_accounts.get(), &AccountService::accountAdded, this, &AppController::accountAdded);
    connect(m_accounts.get(), &AccountService::accountChanged, this,
            &AppController::accountChanged);
    connect(m_accounts.get(), &AccountService::accountRemoved, this,
            &AppController::accountRemoved);
    connect(m_rotation.get(), &RotationOrchestrator::accountChanged, this,
            &AppController::accountChanged);
    connect(m_rotation.get(), &RotationOrchestrator::statusMessage, this,
            &AppController::statusMessage);
    connect(m_audit.get(), &AuditTrail::writeFailed, this, &AppController::auditWriteFailed);
    connect(m_rotation.get(), &RotationOrchestrator::rotationRevocationFinished, this,
            &AppController::rotationRevocationFinished);
}

AppController::~AppController() = default;

QDateTime AppController::now() const
{
    return Clock::app().nowUtc();
}

void AppController::setProviderMaker(ProviderMaker maker)
{
    m_accounts->setProviderMaker(std::move(maker));
}

int AppController::rotationPolicyDays() const
{
    return m_rotation->policyDays();
}

void AppController::setRotationPolicyDays(int days)
{
    m_rotation->setPolicyDays(days);
}

int AppController::rotationPolicyDays(const QString& accountId) const
{
    return m_rotation->policyDays(accountId);
}

void AppController::lock()
{
    m_locked = true;
    m_accounts->forgetTokens();
}

void AppController::unlock()
{
    if (!std::exchange(m_locked, false))
        return;
    m_accounts->refreshAll();
}

bool AppController::holdsToken(const QString& accountId) const
{
    return m_accounts->holdsToken(accountId);
}

void AppController::start()
{
    for (const QString& added : m_accounts->loadSavedAccounts())
        m_accounts->refresh(added);
    m_rotation->startChecking();
}

void AppController::loadSavedAccounts()
{
    m_accounts->loadSavedAccounts();
}

void AppController::setFinishesDueRotationsOnLoad(bool finishes)
{
    m_rotation->setFinishesDueOnLoad(finishes);
}

QStringList AppController::accountIds() const
{
    return m_accounts->accountIds();
}

const AppController::AccountView* AppController::account(const QString& accountId) const
{
    return m_accounts->account(accountId);
}

RotationStore& AppController::rotations()
{
    return m_rotation->records();
}

StoredKeySecrets& AppController::storedSecrets()
{
    return m_accounts->storedSecrets();
}

SecretStore* AppController::vault() const
{
    return m_accounts->vault();
}

std::optional<RotationRecord> AppController::openRotationFor(const QString& accountId,
                                                             const QString& keyId) const
{
    return m_rotation->openRotationFor(accountId, keyId);
}

void AppController::addAccount(const Account& account, Secret token, const QObject* context,
                               VaultDone done)
{
    m_accounts->addAccount(account, std::move(token), context, std::move(done));
}

void AppController::useForThisSessionOnly(const QString& accountId, const QObject* context,
                                          VaultDone done)
{
    m_accounts->useForThisSessionOnly(accountId, context, std::move(done));
}

void AppController::discardPendingAccount(const QString& accountId)
{
    m_accounts->discardPendingAccount(accountId);
}

void AppController::addSessionAccount(const Account& account, Secret token)
{
    if (account.sandbox)
        m_drift.keepInMemory(account.id);
    m_accounts->addSessionAccount(account, std::move(token));
}

void AppController::removeAccount(const QString& accountId)
{
    m_accounts->removeAccount(accountId);
    m_drift.forget(accountId);
}

ProviderError AppController::editAccount(const Account& edited)
{
    const QString before = m_accounts->labelOf(edited.id);
    const ProviderError error = m_accounts->editAccount(edited);
    QString outcome = AuditTrail::outcomeOf(error);
    if (!error && !before.isEmpty() && before != edited.label)
        outcome += u"; label now “%1”"_s.arg(edited.label);
    m_audit->record(u"edit-account"_s, before.isEmpty() ? edited.label : before, QString(),
                    QString(), outcome);
    return error;
}

void AppController::replaceToken(const QString& accountId, Secret newToken, const QObject* context,
                                 Done done)
{
    // Audited even when the caller is gone by the time the answer comes.
    m_accounts->replaceToken(accountId, std::move(newToken), this,
                             [this, label = m_accounts->labelOf(accountId),
                              caller = CallerGuard(context),
                              done = std::move(done)](const ProviderError& error) {
                                 m_audit->record(u"replace-token"_s, label, QString(), QString(),
                                                 AuditTrail::outcomeOf(error));
                                 if (done && caller.alive())
                                     done(error);
                             });
}

void AppController::refresh(const QString& accountId)
{
    m_accounts->refresh(accountId);
}

void AppController::refreshAll()
{
    m_accounts->refreshAll();
}

void AppController::createKey(const QString& accountId, const KeySpec& spec, const QObject* context,
                              CreateDone done)
{
    // Noted even when the caller is gone by the time the answer comes.
    m_keys->createKey(accountId, spec, this,
                      [this, accountId, caller = CallerGuard(context),
                       done = std::move(done)](const ProviderError& error, CreatedKey* created) {
                          if (created)
                              m_drift.noteCreated(accountId, created->key.id, created->orphan);
                          if (caller.alive())
                              done(error, created);
                      });
}

void AppController::revokeKey(const QString& accountId, const ApiKey& key, const QObject* context,
                              Done done)
{
    m_drift.noteRevoking(accountId, key.id);
    m_keys->revokeKey(accountId, key, this,
                      [this, accountId, keyId = key.id, caller = CallerGuard(context),
                       done = std::move(done)](const ProviderError& error) {
                          if (error)
                              m_drift.noteRevokeFailed(accountId, keyId);
                          if (caller.alive())
                              done(error);
                      });
}

void AppController::updateKey(const QString& accountId, const ApiKey& key, const KeyChange& change,
                              const QObject* context, Done done)
{
    m_keys->updateKey(accountId, key, change, context, std::move(done));
}

void AppController::setKeyActive(const QString& accountId, const ApiKey& key, bool active,
                                 const QObject* context, Done done)
{
    m_keys->setKeyActive(accountId, key, active, context, std::move(done));
}

void AppController::setPrincipalActive(const QString& accountId, const QString& principal,
                                       bool active, const QObject* context, Done done)
{
    m_keys->setPrincipalActive(accountId, principal, active, context, std::move(done));
}

void AppController::revealSecret(const QString& accountId, const ApiKey& key,
                                 const QObject* context, CreateDone done)
{
    m_keys->revealSecret(accountId, key, context, std::move(done));
}

void AppController::listBearers(const QString& accountId, const QObject* context, BearersDone done)
{
    m_keys->listBearers(accountId, context, std::move(done));
}

void AppController::listPrincipalPolicies(const QString& accountId, const QString& principal,
                                          const QObject* context, PoliciesDone done)
{
    m_keys->listPrincipalPolicies(accountId, principal, context, std::move(done));
}

void AppController::attachPrincipalPolicy(const QString& accountId, const QString& principal,
                                          const QString& policyArn, const QObject* context,
                                          Done done)
{
    m_keys->attachPrincipalPolicy(accountId, principal, policyArn, context, std::move(done));
}

void AppController::verifyKey(const QString& accountId, const ApiKey& key, const Secret& secret,
                              const QObject* context, VerifyDone done)
{
    m_keys->verifyKey(accountId, key, secret, context, std::move(done));
}

void AppController::startRotation(const QString& accountId, const ApiKey& oldKey,
                                  const KeySpec& newKeySpec, const QObject* context,
                                  RotationStarted done)
{
    m_rotation->start(accountId, oldKey, newKeySpec, this,
                      [this, accountId, caller = CallerGuard(context),
                       done = std::move(done)](const ProviderError& error, CreatedKey* created,
                                               const QString& recordId) {
                          if (created)
                              m_drift.noteCreated(accountId, created->key.id, created->orphan);
                          if (caller.alive())
                              done(error, created, recordId);
                      });
}

void AppController::finishHandover(const QString& recordId, bool revokeNow, int graceDays,
                                   const QObject* context, Done done, const QString& note)
{
    m_rotation->finishHandover(recordId, revokeNow, graceDays, context, std::move(done), note);
}

void AppController::keepOldKey(const QString& recordId, const QString& note)
{
    m_rotation->keepOldKey(recordId, note);
}

void AppController::revokeRotationNow(const QString& recordId, const QObject* context, Done done)
{
    m_rotation->revokeNow(recordId, context, std::move(done));
}

bool AppController::postponeRotation(const QString& recordId, const QDateTime& revokeAfter)
{
    return m_rotation->postpone(recordId, revokeAfter);
}

bool AppController::keepBothRotationKeys(const QString& recordId)
{
    return m_rotation->keepBoth(recordId);
}

void AppController::finishDueRotations()
{
    m_rotation->finishDue();
}

void AppController::finishDueRotations(const QString& accountId, const QObject* context, Done done)
{
    m_rotation->finishDue(accountId, context, std::move(done));
}

AccountDrift AppController::keyDrift(const QString& accountId) const
{
    return m_drift.drift(accountId);
}

void AppController::acknowledgeDrift(const QString& accountId, const QStringList& keyIds)
{
    m_drift.acknowledge(accountId, keyIds);
    emit accountChanged(accountId);
}

void AppController::noteDrift(const QString& accountId)
{
    const AccountView* view = m_accounts->account(accountId);
    if (!view)
        return;
    // A rotation's new key is KeyWarden's, and so is the revocation of a completed rotation's
    // old key, whoever (window, CLI, the hourly check) did it.
    QSet<QString> created;
    QSet<QString> revoked;
    for (const RotationRecord& record : m_rotation->records().all()) {
        if (record.accountId != accountId)
            continue;
        created.insert(record.newKeyId);
        if (record.state == RotationRecord::State::Completed)
            revoked.insert(record.oldKeyId);
    }
    const KeyDrift::Detected found = m_drift.update(accountId, view->keys, created, revoked);
    if (found.isEmpty())
        return;
    // Ids only: the names of keys made behind KeyWarden's back are nobody's words yet.
    QStringList parts;
    if (!found.newIds.isEmpty())
        parts.append(u"new: "_s + found.newIds.join(u", "_s));
    if (!found.vanishedIds.isEmpty())
        parts.append(u"vanished: "_s + found.vanishedIds.join(u", "_s));
    m_audit->record(u"drift"_s, view->account.label, QString(), QString(), parts.join(u"; "_s));
}

} // namespace kw

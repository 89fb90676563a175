#include "console/AppController.h"

#include "console/AppControllerEntry.h"
#include "console/ProviderErrorText.h"
#include "core/AuditLog.h"
#include "providers/KeyProvider.h"
#include "providers/ProviderReply.h"

#include <QSettings>
#include <QUuid>
#include <utility>

namespace kw {

AppController::AppController(QSettings& settings, SecretStore* vault, SecretStore* sessionVault,
                             QNetworkAccessManager* network, AuditLog* audit, QObject* parent)
    : QObject(parent), m_settings(settings), m_accountStore(settings), m_rotations(settings),
      m_storedSecrets(settings, vault), m_vault(vault), m_sessionVault(sessionVault),
      m_network(network), m_audit(audit)
{
    m_rotationTimer.setInterval(RotationCheckIntervalMs);
    connect(&m_rotationTimer, &QTimer::timeout, this,
            qOverload<>(&AppController::finishDueRotations));
}

AppController::~AppController()
{
    for (const auto& entry : std::as_const(m_entries)) {
        if (entry->listReply)
            entry->listReply->disconnect(this);
    }
}

void AppController::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime AppController::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void AppController::setProviderMaker(ProviderMaker maker)
{
    m_providerMaker = std::move(maker);
}

namespace {
const QString RotationPolicyKey = QStringLiteral("rotationPolicyDays");
}

int AppController::rotationPolicyDays() const
{
    bool ok = false;
    const int days = m_settings.value(RotationPolicyKey, DefaultRotationPolicyDays).toInt(&ok);
    return ok && days > 0 ? days : DefaultRotationPolicyDays;
}

void AppController::setRotationPolicyDays(int days)
{
    if (days <= 0)
        return;
    m_settings.setValue(RotationPolicyKey, days);
}

void AppController::start()
{
    const QStringList before = m_order;
    loadSavedAccounts();
    for (const QString& id : std::as_const(m_order)) {
        if (!before.contains(id))
            load(id);
    }
    m_rotationTimer.start();
}

void AppController::loadSavedAccounts()
{
    const QList<Account> saved = m_accountStore.load();
    for (const Account& account : saved) {
        if (!entry(account.id))
            insertAccount(account, m_vault, false);
    }
}

const AppController::AccountView* AppController::account(const QString& accountId) const
{
    const Entry* found = entry(accountId);
    return found ? &found->view : nullptr;
}

std::optional<RotationRecord> AppController::openRotationFor(const QString& accountId,
                                                             const QString& keyId) const
{
    for (const RotationRecord& record : m_rotations.open()) {
        if (record.accountId == accountId && record.oldKeyId == keyId)
            return record;
    }
    return std::nullopt;
}

AppController::Entry* AppController::entry(const QString& accountId) const
{
    const auto found = m_entries.constFind(accountId);
    return found == m_entries.constEnd() ? nullptr : found.value().get();
}

void AppController::insertAccount(const Account& account, SecretStore* store, bool sessionOnly)
{
    auto created = std::make_shared<Entry>();
    created->view.account = account;
    created->view.sessionOnly = sessionOnly;
    created->view.capabilities = capabilitiesFor(account.provider);
    created->store = store;
    m_entries.insert(account.id, created);
    m_order.append(account.id);
    emit accountAdded(account.id);
}

void AppController::addAccount(const Account& account, Secret token, const QObject* context,
                               VaultDone done)
{
    auto secret = std::make_shared<Secret>(std::move(token));
    QPointer<const QObject> guard(context);
    m_vault->write(account.vaultKey(), *secret, this,
                   [this, account, secret, guard, hasContext = context != nullptr,
                    done = std::move(done)](SecretStore::Result result) {
                       if (result.ok()) {
                           m_accountStore.add(account);
                           insertAccount(account, m_vault, false);
                           load(account.id);
                       } else {
                           m_pending.insert(account.id, {account, secret});
                       }
                       if (done && (!hasContext || guard))
                           done(result);
                   });
}

void AppController::useForThisSessionOnly(const QString& accountId, const QObject* context,
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
    QPointer<const QObject> guard(context);
    m_sessionVault->write(account.vaultKey(), *secret, this,
                          [this, account, secret, guard, hasContext = context != nullptr,
                           done = std::move(done)](SecretStore::Result result) {
                              if (result.ok()) {
                                  insertAccount(account, m_sessionVault, true);
                                  load(account.id);
                              }
                              if (done && (!hasContext || guard))
                                  done(result);
                          });
}

void AppController::discardPendingAccount(const QString& accountId)
{
    m_pending.remove(accountId); // the shared Secret wipes itself
}

void AppController::addSessionAccount(const Account& account, Secret token)
{
    insertAccount(account, m_sessionVault, true);
    if (Entry* added = entry(account.id))
        setState(*added, LoadState::ReadingToken);
    auto secret = std::make_shared<Secret>(std::move(token));
    m_sessionVault->write(
        account.vaultKey(), *secret, this,
        [this, id = account.id, secret](SecretStore::Result result) {
            Entry* added = entry(id);
            if (!added)
                return;
            if (!result.ok()) {
                setState(*added, LoadState::Error,
                         tr("Could not keep the token in memory: %1").arg(result.message),
                         result.help);
                return;
            }
            load(id);
        });
}

void AppController::removeAccount(const QString& accountId)
{
    const std::shared_ptr<Entry> removed = m_entries.take(accountId);
    if (!removed)
        return;
    m_order.removeAll(accountId);
    if (removed->listReply) {
        removed->listReply->abort();
    }
    if (!removed->view.sessionOnly && !removed->view.account.sandbox)
        m_accountStore.remove(accountId);
    removed->store->remove(removed->view.account.vaultKey(), this, [](SecretStore::Result) {});
    if (!removed->view.sessionOnly && !removed->view.account.sandbox) {
        for (const StoredKeySecrets::Entry& stored : m_storedSecrets.all()) {
            if (stored.accountId == accountId)
                forgetStoredSecret(accountId, stored.keyId);
        }
    }
    emit accountRemoved(accountId);
}

void AppController::refresh(const QString& accountId)
{
    load(accountId);
}

void AppController::refreshAll()
{
    for (const QString& id : std::as_const(m_order))
        load(id);
}

void AppController::setState(Entry& target, LoadState state, const QString& errorText,
                             const QString& errorHelp)
{
    target.view.state = state;
    target.view.errorText = errorText;
    target.view.errorHelp = errorHelp;
    emit accountChanged(target.view.account.id);
}

template <typename Handler>
void AppController::whenFinished(ProviderReply* reply, const QObject* context, Handler handler)
{
    // Owned by the controller until it finishes: a reply still in flight when the controller
    // goes (quitting mid-load) is deleted with it, which also stops its HTTP job.
    reply->setParent(this);
    QPointer<const QObject> guard(context);
    connect(
        reply, &ProviderReply::finished, this,
        [reply, guard, hasContext = context != nullptr, handler = std::move(handler)]() mutable {
            reply->deleteLater();
            handler(reply, !hasContext || !guard.isNull());
        });
}

template <typename Callback>
void AppController::failLater(const QObject* context, Callback done, const ProviderError& error)
{
    QPointer<const QObject> guard(context);
    QMetaObject::invokeMethod(
        this,
        [guard, hasContext = context != nullptr, done = std::move(done), error]() mutable {
            if (!hasContext || guard)
                done(error);
        },
        Qt::QueuedConnection);
}

void AppController::load(const QString& accountId)
{
    Entry* target = entry(accountId);
    if (!target)
        return;
    if (target->listReply) {
        target->listAgain = true;
        return;
    }
    if (!target->provider) {
        setState(*target, LoadState::ReadingToken);
        target->store->read(
            target->view.account.vaultKey(), this, [this, accountId](SecretStore::Result result) {
                Entry* reading = entry(accountId);
                if (!reading)
                    return;
                reading->view.tokenStatus = result.status;
                if (!result.ok()) {
                    const QString where = reading->store->backendName();
                    if (result.status == SecretStore::Status::NotFound) {
                        setState(*reading, LoadState::Error,
                                 tr("No token is stored for this account in %1.").arg(where),
                                 tr("Remove the account and add it again with its token."));
                    } else {
                        setState(*reading, LoadState::Error,
                                 tr("Could not read the account's token from %1: %2")
                                     .arg(where, result.message),
                                 result.help.isEmpty()
                                     ? tr("Unlock or start your keychain, then retry.")
                                     : result.help);
                    }
                    return;
                }
                reading->provider = m_providerMaker
                                        ? m_providerMaker(reading->view.account,
                                                          std::move(result.secret), m_network)
                                        : createProvider(reading->view.account,
                                                         std::move(result.secret), m_network);
                if (!reading->provider) {
                    setState(*reading, LoadState::Error,
                             tr("This version of KeyWarden has no client for the provider "
                                "“%1”.")
                                 .arg(reading->view.account.provider),
                             tr("Update KeyWarden, or remove the account."));
                    return;
                }
                reading->view.capabilities = &reading->provider->capabilities();
                load(accountId);
            });
        return;
    }
    setState(*target, LoadState::Loading);
    ProviderReply* reply = target->provider->listKeys();
    target->listReply = reply;
    whenFinished(reply, nullptr, [this, accountId](ProviderReply* finished, bool) {
        Entry* loaded = entry(accountId);
        if (!loaded || loaded->listReply != finished)
            return;
        loaded->listReply = nullptr;
        if (std::exchange(loaded->listAgain, false)) {
            load(accountId);
            return;
        }
        loaded->view.loadError = finished->error();
        if (!finished->ok()) {
            setState(
                *loaded, LoadState::Error,
                tr("Could not load the keys: %1").arg(ProviderErrorText::what(finished->error())),
                ProviderErrorText::advice(finished->error()));
            return;
        }
        loaded->view.keys = finished->keys();
        loaded->view.loadedAt = now();
        reconcileRotations(accountId);
        setState(*loaded, LoadState::Ok);
        if (m_finishDueOnLoad)
            finishDueRotations(accountId);
    });
}

QString AppController::outcomeOf(const ProviderError& error)
{
    return error.ok() ? QStringLiteral("ok")
                      : QStringLiteral("failed: ") + ProviderErrorText::what(error);
}

void AppController::audit(const QString& action, const QString& accountLabel,
                          const QString& keyName, const QString& keyId, const QString& outcome)
{
    QString reason;
    if (m_audit && !m_audit->record(action, accountLabel, keyName, keyId, outcome, &reason))
        emit auditWriteFailed(m_audit->filePath(), reason);
}

namespace {

ProviderError notLoadedError()
{
    ProviderError error;
    error.kind = ProviderError::Kind::Other;
    error.message = AppController::tr("The account is not loaded yet. Retry once its keys show.");
    return error;
}

QSet<QString> knownKeyIds(const QList<ApiKey>& keys)
{
    QSet<QString> ids;
    for (const ApiKey& key : keys)
        ids.insert(key.id);
    return ids;
}

} // namespace

void AppController::createKey(const QString& accountId, const KeySpec& spec, const QObject* context,
                              CreateDone done)
{
    Entry* target = entry(accountId);
    if (!target || !target->provider) {
        failLater(
            context, [done](const ProviderError& error) { done(error, nullptr); },
            notLoadedError());
        return;
    }
    const QString label = target->view.account.label;
    const QSet<QString> knownBefore = knownKeyIds(target->view.keys);
    const QDateTime sentAt = now();
    ProviderReply* reply = target->provider->createKey(spec);
    const QPointer<const QObject> guard(context);
    whenFinished(
        reply, nullptr,
        [this, accountId, label, spec, knownBefore, sentAt, guard, hasContext = context != nullptr,
         done = std::move(done)](ProviderReply* finished, bool) {
            resolveCreate(accountId, spec, knownBefore, sentAt, finished,
                          [this, accountId, label, spec, guard, hasContext,
                           done](const ProviderError& error, CreatedKey* created) {
                              if (error) {
                                  audit(QStringLiteral("create"), label,
                                        created ? created->key.name : spec.name,
                                        created ? created->key.id : QString(),
                                        created ? QStringLiteral("orphan: the key exists, its "
                                                                 "secret never arrived; ") +
                                                      outcomeOf(error)
                                                : outcomeOf(error));
                              } else {
                                  audit(QStringLiteral("create"), label, created->key.name,
                                        created->key.id, outcomeOf({}));
                              }
                              if (!error || created)
                                  refresh(accountId);
                              if (!hasContext || guard)
                                  done(error, created);
                          });
        });
}

void AppController::revokeKey(const QString& accountId, const ApiKey& key, const QObject* context,
                              Done done)
{
    Entry* target = entry(accountId);
    if (!target || !target->provider) {
        failLater(context, std::move(done), notLoadedError());
        return;
    }
    const QString label = target->view.account.label;
    ProviderReply* reply = target->provider->revokeKey(key);
    const QPointer<const QObject> guard(context);
    auto report = [this, accountId, label, key, guard, hasContext = context != nullptr,
                   done = std::move(done)](const ProviderError& error, const QString& note) {
        audit(QStringLiteral("revoke"), label, key.name, key.id,
              error.ok() && !note.isEmpty() ? QStringLiteral("ok: ") + note : outcomeOf(error));
        if (error.ok())
            refresh(accountId);
        if (error.ok() && m_storedSecrets.contains(accountId, key.id)) {
            // Reported once the stored secret is gone too: a command-line caller exits then,
            // which would cut the keychain call short.
            m_storedSecrets.forget(accountId, key.id, this,
                                   [guard, hasContext, done](const SecretStore::Result&) {
                                       if (!hasContext || guard)
                                           done({});
                                   });
            return;
        }
        if (!hasContext || guard)
            done(error);
    };
    whenFinished(reply, nullptr,
                 [this, accountId, key, report = std::move(report)](ProviderReply* finished, bool) {
                     if (!revokeNeedsCheck(finished->error())) {
                         report(finished->error(), {});
                         return;
                     }
                     // "Not found" is "already gone", and a lost answer "revoked", only once
                     // a complete list agrees.
                     confirmRevoke(accountId, key.id, finished->error(), report);
                 });
}

template <typename Make>
void AppController::simpleOperation(const QString& accountId, const QString& action,
                                    const ApiKey& key, const QObject* context, Done done,
                                    Make makeReply)
{
    Entry* target = entry(accountId);
    if (!target || !target->provider) {
        failLater(context, std::move(done), notLoadedError());
        return;
    }
    const QString label = target->view.account.label;
    ProviderReply* reply = makeReply(*target->provider);
    whenFinished(reply, context,
                 [this, accountId, label, action, key,
                  done = std::move(done)](ProviderReply* finished, bool alive) {
                     audit(action, label, key.name, key.id, outcomeOf(finished->error()));
                     if (finished->ok())
                         refresh(accountId);
                     if (alive)
                         done(finished->error());
                 });
}

void AppController::updateKey(const QString& accountId, const ApiKey& key, const KeyChange& change,
                              const QObject* context, Done done)
{
    simpleOperation(accountId, QStringLiteral("edit"), key, context, std::move(done),
                    [&](KeyProvider& provider) { return provider.updateKey(key, change); });
}

void AppController::setKeyActive(const QString& accountId, const ApiKey& key, bool active,
                                 const QObject* context, Done done)
{
    simpleOperation(accountId, active ? QStringLiteral("enable") : QStringLiteral("disable"), key,
                    context, std::move(done),
                    [&](KeyProvider& provider) { return provider.setKeyActive(key, active); });
}

void AppController::setPrincipalActive(const QString& accountId, const QString& principal,
                                       bool active, const QObject* context, Done done)
{
    ApiKey subject; // the audit names the principal where a key would be
    subject.name = principal;
    simpleOperation(
        accountId,
        active ? QStringLiteral("reactivate-principal") : QStringLiteral("suspend-principal"),
        subject, context, std::move(done),
        [&](KeyProvider& provider) { return provider.setPrincipalActive(principal, active); });
}

void AppController::revealSecret(const QString& accountId, const ApiKey& key,
                                 const QObject* context, CreateDone done)
{
    Entry* target = entry(accountId);
    if (!target || !target->provider) {
        failLater(
            context, [done](const ProviderError& error) { done(error, nullptr); },
            notLoadedError());
        return;
    }
    const QString label = target->view.account.label;
    if (target->provider->capabilities().secretShownOnce &&
        m_storedSecrets.contains(accountId, key.id)) {
        // The provider shows secrets once; this one was kept in the keychain on request.
        QPointer<const QObject> guard(context);
        m_storedSecrets.read(
            accountId, key.id, this,
            [this, label, key, guard, hasContext = context != nullptr,
             done = std::move(done)](SecretStore::Result result) {
                audit(QStringLiteral("reveal-stored"), label, key.name, key.id,
                      result.ok() ? QStringLiteral("ok")
                                  : QStringLiteral("failed: ") + result.message);
                if (hasContext && !guard)
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
        return;
    }
    ProviderReply* reply = target->provider->revealSecret(key);
    whenFinished(reply, context,
                 [this, label, key, done = std::move(done)](ProviderReply* finished, bool alive) {
                     // Who looked at a secret, and when, belongs in the audit; the secret not.
                     audit(QStringLiteral("reveal"), label, key.name, key.id,
                           outcomeOf(finished->error()));
                     if (!finished->ok() || !finished->hasCreated()) {
                         if (alive)
                             done(finished->error(), nullptr);
                         return;
                     }
                     CreatedKey revealed = finished->takeCreated();
                     if (alive)
                         done({}, &revealed);
                 });
}

void AppController::listBearers(const QString& accountId, const QObject* context, BearersDone done)
{
    Entry* target = entry(accountId);
    if (!target || !target->provider) {
        failLater(
            context, [done](const ProviderError& error) { done(error, {}); }, notLoadedError());
        return;
    }
    ProviderReply* reply = target->provider->listBearers();
    whenFinished(reply, context, [done = std::move(done)](ProviderReply* finished, bool alive) {
        if (alive)
            done(finished->error(), finished->bearers());
    });
}

void AppController::listPrincipalPolicies(const QString& accountId, const QString& principal,
                                          const QObject* context, PoliciesDone done)
{
    Entry* target = entry(accountId);
    if (!target || !target->provider) {
        failLater(
            context, [done](const ProviderError& error) { done(error, {}); }, notLoadedError());
        return;
    }
    ProviderReply* reply = target->provider->listPrincipalPolicies(principal);
    whenFinished(reply, context, [done = std::move(done)](ProviderReply* finished, bool alive) {
        if (alive)
            done(finished->error(), finished->policies());
    });
}

void AppController::attachPrincipalPolicy(const QString& accountId, const QString& principal,
                                          const QString& policyArn, const QObject* context,
                                          Done done)
{
    Entry* target = entry(accountId);
    if (!target || !target->provider) {
        failLater(context, std::move(done), notLoadedError());
        return;
    }
    const QString label = target->view.account.label;
    ProviderReply* reply = target->provider->attachPrincipalPolicy(principal, policyArn);
    whenFinished(reply, context,
                 [this, label, principal, policyArn,
                  done = std::move(done)](ProviderReply* finished, bool alive) {
                     // The audit names the owner where a key would be, and the policy's ARN.
                     audit(QStringLiteral("attach-policy"), label, principal, policyArn,
                           outcomeOf(finished->error()));
                     if (alive)
                         done(finished->error());
                 });
}

void AppController::startRotation(
    const QString& accountId, const ApiKey& oldKey, const KeySpec& newKeySpec,
    const QObject* context,
    std::function<void(const ProviderError&, CreatedKey*, QString recordId)> done)
{
    Entry* target = entry(accountId);
    if (!target || !target->provider) {
        failLater(
            context, [done](const ProviderError& error) { done(error, nullptr, {}); },
            notLoadedError());
        return;
    }
    RotationRecord record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.accountId = accountId;
    record.oldKeyId = oldKey.id;
    record.oldKeyName = oldKey.name;
    record.oldKeyOwner = oldKey.principal;
    record.newKeyName = newKeySpec.name;
    record.started = now();
    record.state = RotationRecord::State::NewKeyCreated;
    record.note = tr("Creating the new key");
    // Saved before the create call, so that a crash in between leaves a trace to resume from.
    m_rotations.save(record);

    const QString label = target->view.account.label;
    const QSet<QString> knownBefore = knownKeyIds(target->view.keys);
    const QDateTime sentAt = now();
    ProviderReply* reply = target->provider->createKey(newKeySpec);
    const QPointer<const QObject> guard(context);
    whenFinished(
        reply, nullptr,
        [this, accountId, label, record, newKeySpec, knownBefore, sentAt, guard,
         hasContext = context != nullptr,
         done = std::move(done)](ProviderReply* finished, bool) mutable {
            resolveCreate(
                accountId, newKeySpec, knownBefore, sentAt, finished,
                [this, accountId, label, record, guard, hasContext,
                 done](const ProviderError& error, CreatedKey* created) mutable {
                    const bool alive = !hasContext || guard;
                    if (error) {
                        record.state = RotationRecord::State::Abandoned;
                        if (created) {
                            // Kept so that the orphan can be found and revoked.
                            record.newKeyId = created->key.id;
                            record.note =
                                ProviderErrorText::orphan(created->key.name, created->key.id);
                            refresh(accountId);
                        } else {
                            record.note = tr("The new key could not be created: %1")
                                              .arg(ProviderErrorText::what(error));
                        }
                        m_rotations.save(record);
                        audit(QStringLiteral("rotate"), label, record.oldKeyName, record.oldKeyId,
                              created ? QStringLiteral("orphan new key ") + created->key.id +
                                            QStringLiteral("; ") + outcomeOf(error)
                                      : outcomeOf(error));
                        if (alive)
                            done(error, created, record.id);
                        return;
                    }
                    // Saved as soon as the create answers, so that a restart can find
                    // both keys.
                    record.newKeyId = created->key.id;
                    if (!created->key.name.isEmpty())
                        record.newKeyName = created->key.name;
                    record.note.clear();
                    m_rotations.save(record);
                    m_awaitingHandover.insert(record.id);
                    audit(QStringLiteral("rotate-new-key"), label, created->key.name,
                          created->key.id, QStringLiteral("ok: replaces ") + record.oldKeyId);
                    refresh(accountId);
                    if (alive)
                        done({}, created, record.id);
                });
        });
}

void AppController::verifyKey(const QString& accountId, const ApiKey& key, const Secret& secret,
                              const QObject* context, VerifyDone done)
{
    Entry* target = entry(accountId);
    if (!target || !target->provider) {
        failLater(
            context, [done](const ProviderError& error) { done(error, std::nullopt); },
            notLoadedError());
        return;
    }
    const QString label = target->view.account.label;
    ProviderReply* reply = target->provider->verifyKey(key, secret);
    whenFinished(reply, context,
                 [this, label, key, done = std::move(done)](ProviderReply* finished, bool alive) {
                     const std::optional<Verification>& result = finished->verification();
                     QString outcome = outcomeOf(finished->error());
                     if (finished->ok() && result) {
                         outcome = result->outcome == Verification::Outcome::Works
                                       ? QStringLiteral("works")
                                       : QStringLiteral("refused: HTTP %1 %2")
                                             .arg(result->httpStatus)
                                             .arg(result->reason);
                     }
                     audit(QStringLiteral("verify"), label, key.name, key.id, outcome.trimmed());
                     if (alive)
                         done(finished->error(), result);
                 });
}

void AppController::keepOldKey(const QString& recordId, const QString& note)
{
    for (RotationRecord record : m_rotations.open()) {
        if (record.id != recordId)
            continue;
        m_awaitingHandover.remove(recordId);
        record.state = RotationRecord::State::Abandoned;
        record.note = note;
        m_rotations.save(record);
        const Entry* target = entry(record.accountId);
        audit(QStringLiteral("rotate-keep-old"), target ? target->view.account.label : QString(),
              record.oldKeyName, record.oldKeyId, note);
        emit accountChanged(record.accountId);
        return;
    }
}

void AppController::finishHandover(const QString& recordId, bool revokeNow, int graceDays,
                                   const QObject* context, Done done, const QString& note)
{
    std::optional<RotationRecord> found;
    for (const RotationRecord& record : m_rotations.open()) {
        if (record.id == recordId)
            found = record;
    }
    if (!found) {
        ProviderError error;
        error.kind = ProviderError::Kind::Other;
        error.message = tr("The rotation record is gone.");
        failLater(context, std::move(done), error);
        return;
    }
    RotationRecord record = *found;
    m_awaitingHandover.remove(recordId);
    if (!note.isEmpty()) {
        record.note = note;
        m_rotations.save(record);
        const Entry* noted = entry(record.accountId);
        audit(QStringLiteral("rotate-override"), noted ? noted->view.account.label : QString(),
              record.oldKeyName, record.oldKeyId, note);
    }
    if (revokeNow) {
        revokeOldKey(record, context, std::move(done));
        return;
    }
    record.state = RotationRecord::State::GracePeriod;
    record.revokeAfter = now().addDays(graceDays);
    m_rotations.save(record);
    const Entry* target = entry(record.accountId);
    audit(QStringLiteral("rotate-grace"), target ? target->view.account.label : QString(),
          record.oldKeyName, record.oldKeyId,
          QStringLiteral("revoke after ") + record.revokeAfter.toString(Qt::ISODate));
    emit accountChanged(record.accountId);
    failLater(context, std::move(done), ProviderError{});
}

void AppController::revokeOldKey(RotationRecord record, const QObject* context, Done done)
{
    Entry* target = entry(record.accountId);
    if (!target || !target->provider) {
        if (record.state == RotationRecord::State::NewKeyCreated) {
            record.state = RotationRecord::State::GracePeriod;
            record.revokeAfter = now();
        }
        record.note = notLoadedError().message;
        m_rotations.save(record);
        failLater(context, std::move(done), notLoadedError());
        return;
    }
    const QString label = target->view.account.label;
    m_rotationsInFlight.insert(record.id);
    const QPointer<const QObject> guard(context);
    const bool hasContext = context != nullptr;
    // The outcome, recorded: Completed only when the key is revoked or a complete list confirms
    // it is gone; anything else keeps the rotation open and is tried again.
    auto conclude = [this, label, record, guard, hasContext, done](ProviderError error,
                                                                   bool alreadyGone) mutable {
        m_rotationsInFlight.remove(record.id);
        if (error.ok()) {
            // A revoke-now keeps the reason it was decided with (e.g. an override).
            const bool decidedNow = record.state == RotationRecord::State::NewKeyCreated;
            record.state = RotationRecord::State::Completed;
            record.note = alreadyGone  ? tr("The old key was already gone.")
                          : decidedNow ? record.note
                                       : QString();
            refresh(record.accountId);
        } else {
            if (record.state == RotationRecord::State::NewKeyCreated) {
                // Revoke-now failed: retry on the next check.
                record.state = RotationRecord::State::GracePeriod;
                record.revokeAfter = now();
            }
            record.note = ProviderErrorText::what(error);
        }
        m_rotations.save(record);
        audit(QStringLiteral("rotate-complete"), label, record.oldKeyName, record.oldKeyId,
              alreadyGone && error.ok() ? QStringLiteral("ok: already gone") : outcomeOf(error));
        emit accountChanged(record.accountId);
        const bool alive = !hasContext || guard;
        if (error.ok() && m_storedSecrets.contains(record.accountId, record.oldKeyId)) {
            // Reported once the old key's stored secret is gone too (see revokeKey).
            m_storedSecrets.forget(record.accountId, record.oldKeyId, this,
                                   [guard, hasContext, done](const SecretStore::Result&) {
                                       if (done && (!hasContext || guard))
                                           done({});
                                   });
            return;
        }
        if (alive && done)
            done(error);
    };
    findOldKey(record, [this, record, conclude](const ProviderError& found,
                                                const ApiKey& oldKey) mutable {
        if (found.kind == ProviderError::Kind::NotFound) {
            conclude({}, true); // a complete list no longer has it: revoked by hand
            return;
        }
        if (found) {
            conclude(found, false);
            return;
        }
        Entry* current = entry(record.accountId);
        if (!current || !current->provider) {
            conclude(notLoadedError(), false);
            return;
        }
        ProviderReply* reply = current->provider->revokeKey(oldKey);
        whenFinished(
            reply, nullptr, [this, record, conclude](ProviderReply* finished, bool) mutable {
                if (!revokeNeedsCheck(finished->error())) {
                    conclude(finished->error(), false);
                    return;
                }
                confirmRevoke(record.accountId, record.oldKeyId, finished->error(),
                              [conclude](const ProviderError& error, const QString& note) mutable {
                                  conclude(error, note == u"already gone");
                              });
            });
    });
}

void AppController::reconcileRotations(const QString& accountId)
{
    const Entry* target = entry(accountId);
    if (!target)
        return;
    QSet<QString> listed;
    for (const ApiKey& key : target->view.keys)
        listed.insert(key.id);
    for (RotationRecord record : m_rotations.open()) {
        if (record.accountId != accountId || m_rotationsInFlight.contains(record.id) ||
            m_awaitingHandover.contains(record.id))
            continue;
        if (!listed.contains(record.oldKeyId)) {
            record.state = RotationRecord::State::Completed;
            record.note = tr("The old key was revoked outside this rotation.");
            m_rotations.save(record);
            continue;
        }
        if (record.state == RotationRecord::State::NewKeyCreated) {
            // Interrupted (a crash or a quit) before the user chose when the old key goes:
            // revoking it now could cut off whoever never got the new secret, so keep both.
            record.state = RotationRecord::State::Abandoned;
            record.note = tr("Interrupted before the old key's revocation was planned; both keys "
                             "were kept.");
            m_rotations.save(record);
            audit(QStringLiteral("rotate-abandoned"), target->view.account.label, record.oldKeyName,
                  record.oldKeyId, record.note);
            emit statusMessage(tr("The rotation of “%1” was interrupted; both keys were kept. "
                                  "Rotate it again when you are ready.")
                                   .arg(record.oldKeyName));
        }
    }
}

void AppController::finishDueRotations()
{
    for (const QString& id : std::as_const(m_order))
        finishDueRotations(id);
}

void AppController::forgetStoredSecret(const QString& accountId, const QString& keyId)
{
    if (m_storedSecrets.contains(accountId, keyId))
        m_storedSecrets.forget(accountId, keyId, this, [](const SecretStore::Result&) {});
}

void AppController::finishDueRotations(const QString& accountId, const QObject* context, Done done)
{
    const Entry* target = entry(accountId);
    if (!target || !target->provider) {
        failLater(context, std::move(done), notLoadedError());
        return;
    }
    QList<RotationRecord> due;
    for (const RotationRecord& record : m_rotations.due(now())) {
        if (record.accountId == accountId && !m_rotationsInFlight.contains(record.id))
            due.append(record);
    }
    if (due.isEmpty()) {
        failLater(context, std::move(done), ProviderError{});
        return;
    }
    struct Tally
    {
        int pending = 0;
        ProviderError first;
    };
    auto tally = std::make_shared<Tally>();
    tally->pending = int(due.size());
    QPointer<const QObject> guard(context);
    for (const RotationRecord& record : std::as_const(due)) {
        revokeOldKey(
            record, nullptr,
            [tally, guard, hasContext = context != nullptr, done](const ProviderError& error) {
                if (error && tally->first.ok())
                    tally->first = error;
                if (--tally->pending == 0 && (!hasContext || guard))
                    done(tally->first);
            });
    }
}

void AppController::finishDueRotations(const QString& accountId)
{
    const Entry* target = entry(accountId);
    if (!target || !target->provider)
        return;
    const QString label = target->view.account.label;
    for (const RotationRecord& record : m_rotations.due(now())) {
        if (record.accountId != accountId || m_rotationsInFlight.contains(record.id))
            continue;
        revokeOldKey(record, nullptr, [this, label, record](const ProviderError& error) {
            if (error.ok()) {
                emit statusMessage(tr("Rotation finished: the old key “%1” of %2 was revoked.")
                                       .arg(record.oldKeyName, label));
            } else {
                emit statusMessage(
                    tr("Could not revoke the old key “%1” of %2: %3 It will be tried again.")
                        .arg(record.oldKeyName, label, ProviderErrorText::what(error)));
            }
        });
    }
}

} // namespace kw

#include "console/RotationOrchestrator.h"

#include "console/AccountService.h"
#include "console/AuditTrail.h"
#include "console/Callbacks.h"
#include "console/Preferences.h"
#include "console/ProviderErrorText.h"
#include "core/Clock.h"

#include <QSettings>
#include <QUuid>
#include <memory>
#include <optional>

namespace kw {

using namespace Qt::StringLiterals;

namespace {

QDateTime now()
{
    return Clock::app().nowUtc();
}

} // namespace

RotationOrchestrator::RotationOrchestrator(QSettings& settings, AccountService& accounts,
                                           AuditTrail& audit, QObject* parent)
    : QObject(parent), m_settings(settings), m_accounts(accounts), m_audit(audit),
      m_trust(accounts, this), m_rotations(settings)
{
    m_timer.setInterval(CheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, qOverload<>(&RotationOrchestrator::finishDue));
    connect(&accounts, &AccountService::keysListed, this, &RotationOrchestrator::reconcile);
    connect(&accounts, &AccountService::keysShown, this, [this](const QString& accountId) {
        if (m_finishDueOnLoad)
            finishDueAndReport(accountId);
    });
}

int RotationOrchestrator::policyDays() const
{
    return Preferences(m_settings).defaultRotationPolicyDays();
}

void RotationOrchestrator::setPolicyDays(int days)
{
    if (days <= 0)
        return;
    Preferences(m_settings).setDefaultRotationPolicyDays(days);
}

int RotationOrchestrator::policyDays(const QString& accountId) const
{
    return Preferences(m_settings).rotationPolicyDays(accountId);
}

std::optional<RotationRecord> RotationOrchestrator::openRotationFor(const QString& accountId,
                                                                    const QString& keyId) const
{
    for (const RotationRecord& record : m_rotations.open()) {
        if (record.accountId == accountId && record.oldKeyId == keyId)
            return record;
    }
    return std::nullopt;
}

std::optional<RotationRecord> RotationOrchestrator::openRecord(const QString& recordId) const
{
    for (const RotationRecord& record : m_rotations.open()) {
        if (record.id == recordId)
            return record;
    }
    return std::nullopt;
}

void RotationOrchestrator::start(const QString& accountId, const ApiKey& oldKey,
                                 const KeySpec& newKeySpec, const QObject* context,
                                 RotationStarted done)
{
    if (!m_accounts.ready(accountId)) {
        answerLater(
            this, context, [done](const ProviderError& error) { done(error, nullptr, {}); },
            AccountService::notLoaded());
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
    m_trust.create(accountId, newKeySpec,
                   [this, label = m_accounts.labelOf(accountId), record,
                    caller = CallerGuard(context),
                    done = std::move(done)](const ProviderError& error, CreatedKey* created) {
                       if (error)
                           newKeyFailed(record, label, error, created);
                       else
                           newKeyCreated(record, label, *created);
                       if (caller.alive())
                           done(error, created, record.id);
                   });
}

void RotationOrchestrator::newKeyFailed(RotationRecord record, const QString& label,
                                        const ProviderError& error, const CreatedKey* created)
{
    record.state = RotationRecord::State::Abandoned;
    if (created) {
        // Kept so that the orphan can be found and revoked.
        record.newKeyId = created->key.id;
        record.note = ProviderErrorText::orphan(created->key.name, created->key.id);
        m_accounts.refresh(record.accountId);
    } else {
        record.note =
            tr("The new key could not be created: %1").arg(ProviderErrorText::what(error));
    }
    m_rotations.save(record);
    const QString outcome = AuditTrail::outcomeOf(error);
    m_audit.record(u"rotate"_s, label, record.oldKeyName, record.oldKeyId,
                   created ? u"orphan new key "_s + created->key.id + u"; "_s + outcome : outcome);
}

void RotationOrchestrator::newKeyCreated(RotationRecord record, const QString& label,
                                         const CreatedKey& created)
{
    // Saved as soon as the create answers, so that a restart can find both keys.
    record.newKeyId = created.key.id;
    if (!created.key.name.isEmpty())
        record.newKeyName = created.key.name;
    record.note.clear();
    m_rotations.save(record);
    m_awaitingHandover.insert(record.id);
    m_audit.record(u"rotate-new-key"_s, label, created.key.name, created.key.id,
                   u"ok: replaces "_s + record.oldKeyId);
    m_accounts.refresh(record.accountId);
}

void RotationOrchestrator::keepOldKey(const QString& recordId, const QString& note)
{
    std::optional<RotationRecord> record = openRecord(recordId);
    if (!record)
        return;
    m_awaitingHandover.remove(recordId);
    record->state = RotationRecord::State::Abandoned;
    record->note = note;
    m_rotations.save(*record);
    m_audit.record(u"rotate-keep-old"_s, m_accounts.labelOf(record->accountId), record->oldKeyName,
                   record->oldKeyId, note);
    emit accountChanged(record->accountId);
}

void RotationOrchestrator::finishHandover(const QString& recordId, bool revokeNow, int graceDays,
                                          const QObject* context, Done done, const QString& note)
{
    GracePlan plan;
    plan.days = graceDays;
    handOver(recordId, revokeNow, plan, context, std::move(done), note);
}

void RotationOrchestrator::finishHandover(const QString& recordId, const GracePlan& plan,
                                          const QObject* context, Done done, const QString& note)
{
    const bool revokeNow = plan.mode == RotationRecord::GraceMode::Fixed && plan.days <= 0;
    handOver(recordId, revokeNow, plan, context, std::move(done), note);
}

void RotationOrchestrator::handOver(const QString& recordId, bool revokeNow, const GracePlan& plan,
                                    const QObject* context, Done done, const QString& note)
{
    std::optional<RotationRecord> found = openRecord(recordId);
    if (!found) {
        answerLater(this, context, std::move(done),
                    {ProviderError::Kind::Other, 0, tr("The rotation record is gone."), {}});
        return;
    }
    if (!revokeNow && !planPossible(found->accountId, plan)) {
        answerLater(this, context, std::move(done),
                    {ProviderError::Kind::Validation,
                     0,
                     tr("This provider cannot do that grace step; nothing was changed."),
                     {}});
        return;
    }
    RotationRecord record = *found;
    const QString label = m_accounts.labelOf(record.accountId);
    m_awaitingHandover.remove(recordId);
    if (!note.isEmpty()) {
        record.note = note;
        m_rotations.save(record);
        m_audit.record(u"rotate-override"_s, label, record.oldKeyName, record.oldKeyId, note);
    }
    if (revokeNow) {
        revokeOldKey(record, context, std::move(done));
        return;
    }
    beginGrace(record, plan, context, std::move(done));
}

std::optional<RotationRecord> RotationOrchestrator::plannedRecord(const QString& recordId) const
{
    std::optional<RotationRecord> record = openRecord(recordId);
    // Awaiting the user's decision and a disabled old key are planned revocations too.
    if (!record || record->state == RotationRecord::State::NewKeyCreated ||
        m_inFlight.contains(recordId))
        return std::nullopt;
    return record;
}

void RotationOrchestrator::revokeNow(const QString& recordId, const QObject* context, Done done)
{
    const std::optional<RotationRecord> record = plannedRecord(recordId);
    if (!record) {
        answerLater(this, context, std::move(done),
                    {ProviderError::Kind::Other,
                     0,
                     tr("This rotation has no planned revocation any more."),
                     {}});
        return;
    }
    m_audit.record(u"rotate-revoke-now"_s, m_accounts.labelOf(record->accountId),
                   record->oldKeyName, record->oldKeyId,
                   u"planned for "_s + record->revokeAfter.toString(Qt::ISODate));
    revokeOldKey(*record, context, std::move(done));
}

bool RotationOrchestrator::postpone(const QString& recordId, const QDateTime& revokeAfter)
{
    std::optional<RotationRecord> record = plannedRecord(recordId);
    if (!record || !revokeAfter.isValid() || revokeAfter <= now())
        return false;
    const QDateTime before = record->revokeAfter;
    record->revokeAfter = revokeAfter.toUTC();
    if (record->state == RotationRecord::State::AwaitingDecision) {
        // A new deadline: waiting (for quiet, or for the date) goes on.
        record->state = RotationRecord::State::GracePeriod;
        record->note.clear();
    }
    m_rotations.save(*record);
    m_audit.record(u"rotate-postpone"_s, m_accounts.labelOf(record->accountId), record->oldKeyName,
                   record->oldKeyId,
                   u"revoke after "_s + record->revokeAfter.toString(Qt::ISODate) + u" (was "_s +
                       before.toString(Qt::ISODate) + QLatin1Char(')'));
    emit accountChanged(record->accountId);
    return true;
}

bool RotationOrchestrator::keepBoth(const QString& recordId)
{
    std::optional<RotationRecord> record = plannedRecord(recordId);
    // A disabled old key is enabled again first (reenable), or it would be kept unusable.
    if (!record || record->state == RotationRecord::State::OldKeyDisabled)
        return false;
    record->state = RotationRecord::State::Abandoned;
    record->note = tr("Both keys were kept; the old key was not revoked.");
    m_rotations.save(*record);
    m_audit.record(u"rotate-keep-both"_s, m_accounts.labelOf(record->accountId), record->oldKeyName,
                   record->oldKeyId, u"ok: both keys kept"_s);
    emit accountChanged(record->accountId);
    return true;
}

void RotationOrchestrator::revokeOldKey(RotationRecord record, const QObject* context, Done done)
{
    if (!m_accounts.ready(record.accountId)) {
        if (record.state == RotationRecord::State::NewKeyCreated) {
            record.state = RotationRecord::State::GracePeriod;
            record.revokeAfter = now();
        }
        record.note = AccountService::notLoaded().message;
        m_rotations.save(record);
        answerLater(this, context, std::move(done), AccountService::notLoaded());
        return;
    }
    m_inFlight.insert(record.id);
    auto conclude = [this, label = m_accounts.labelOf(record.accountId), record,
                     caller = CallerGuard(context),
                     done = std::move(done)](const ProviderError& error, bool alreadyGone) {
        concludeRevoke(record, label, error, alreadyGone, caller, done);
    };
    m_trust.findOldKey(record, [this, accountId = record.accountId,
                                conclude](const ProviderError& found, const ApiKey& oldKey) {
        if (found.kind == ProviderError::Kind::NotFound) {
            conclude({}, true); // a complete list no longer has it: revoked by hand
            return;
        }
        if (found) {
            conclude(found, false);
            return;
        }
        // Revoked as the provider lists it, so as its owner's.
        m_trust.revoke(accountId, oldKey,
                       [conclude](const ProviderError& error, const QString& note) {
                           conclude(error, note == u"already gone");
                       });
    });
}

// The outcome, recorded: Completed only when the key is revoked or a complete list confirms it
// is gone; anything else keeps the rotation open and is tried again.
void RotationOrchestrator::concludeRevoke(RotationRecord record, const QString& label,
                                          const ProviderError& error, bool alreadyGone,
                                          const CallerGuard& caller, const Done& done)
{
    m_inFlight.remove(record.id);
    if (error.ok()) {
        // A revoke-now keeps the reason it was decided with (e.g. an override).
        const bool decidedNow = record.state == RotationRecord::State::NewKeyCreated;
        record.state = RotationRecord::State::Completed;
        record.note = alreadyGone  ? tr("The old key was already gone.")
                      : decidedNow ? record.note
                                   : QString();
        m_accounts.refresh(record.accountId);
    } else {
        if (record.state == RotationRecord::State::NewKeyCreated) {
            // Revoke-now failed: retry on the next check.
            record.state = RotationRecord::State::GracePeriod;
            record.revokeAfter = now();
        }
        record.note = ProviderErrorText::what(error);
    }
    m_rotations.save(record);
    m_audit.record(u"rotate-complete"_s, label, record.oldKeyName, record.oldKeyId,
                   alreadyGone && error.ok() ? u"ok: already gone"_s
                                             : AuditTrail::outcomeOf(error));
    emit accountChanged(record.accountId);
    if (!error.ok()) {
        if (done && caller.alive())
            done(error);
        return;
    }
    // Reported once the old key's kept secret is gone too (see KeyOperations::revokeKey).
    m_accounts.storedSecrets().forgetIfKept(record.accountId, record.oldKeyId, this,
                                            [caller, done] {
                                                if (done && caller.alive())
                                                    done({});
                                            });
}

void RotationOrchestrator::reconcile(const QString& accountId)
{
    const AccountEntry* target = m_accounts.entry(accountId);
    if (!target)
        return;
    std::optional<QSet<QString>> listed; // made for the account's first open rotation, if any
    for (RotationRecord record : m_rotations.open()) {
        if (record.accountId != accountId || m_inFlight.contains(record.id) ||
            m_awaitingHandover.contains(record.id))
            continue;
        if (!listed)
            listed = TrustChecks::idsOf(target->view.keys);
        if (!listed->contains(record.oldKeyId)) {
            record.state = RotationRecord::State::Completed;
            record.note = tr("The old key was revoked outside this rotation.");
            m_rotations.save(record);
            continue;
        }
        noteLastUse(record, target->view.keys);
        if (record.state == RotationRecord::State::NewKeyCreated) {
            // Interrupted (a crash or a quit) before the user chose when the old key goes:
            // revoking it now could cut off whoever never got the new secret, so keep both.
            record.state = RotationRecord::State::Abandoned;
            record.note = tr("Interrupted before the old key's revocation was planned; both keys "
                             "were kept.");
            m_rotations.save(record);
            m_audit.record(u"rotate-abandoned"_s, target->view.account.label, record.oldKeyName,
                           record.oldKeyId, record.note);
            emit statusMessage(tr("The rotation of “%1” was interrupted; both keys were kept. "
                                  "Rotate it again when you are ready.")
                                   .arg(record.oldKeyName));
        }
    }
}

QList<RotationRecord> RotationOrchestrator::dueFor(const QString& accountId) const
{
    QList<RotationRecord> due;
    for (const RotationRecord& record : m_rotations.due(now())) {
        if (record.accountId == accountId && !m_inFlight.contains(record.id))
            due.append(record);
    }
    return due;
}

void RotationOrchestrator::finishDue()
{
    for (const QString& id : m_accounts.accountIds())
        finishDueAndReport(id);
}

void RotationOrchestrator::finishDue(const QString& accountId, const QObject* context, Done done)
{
    if (!m_accounts.ready(accountId)) {
        answerLater(this, context, std::move(done), AccountService::notLoaded());
        return;
    }
    const QList<RotationRecord> due = dueFor(accountId);
    if (due.isEmpty()) {
        answerLater(this, context, std::move(done), ProviderError{});
        return;
    }
    struct Tally
    {
        int pending = 0;
        ProviderError first;
    };
    auto tally = std::make_shared<Tally>();
    tally->pending = int(due.size());
    for (const RotationRecord& record : due) {
        settleDue(record, nullptr,
                  [tally, caller = CallerGuard(context), done](const ProviderError& error) {
                      if (error && tally->first.ok())
                          tally->first = error;
                      if (--tally->pending == 0 && caller.alive())
                          done(tally->first);
                  });
    }
}

void RotationOrchestrator::finishDueAndReport(const QString& accountId)
{
    if (!m_accounts.ready(accountId))
        return;
    const QString label = m_accounts.labelOf(accountId);
    for (const RotationRecord& record : m_rotations.open()) {
        // Each check also tests the new key of a rotation whose old key is disabled.
        if (record.accountId == accountId &&
            record.state == RotationRecord::State::OldKeyDisabled && !record.isDue(now()) &&
            !m_inFlight.contains(record.id))
            checkReplacement(record, [](bool) {});
    }
    for (const RotationRecord& record : dueFor(accountId)) {
        settleDue(record, nullptr, [this, label, record](const ProviderError& error) {
            const std::optional<RotationRecord> after = findRecord(record.id);
            const bool revoked = after && after->state == RotationRecord::State::Completed;
            if (error.ok() && !revoked)
                return; // still waiting for quiet, or the user was asked
            emit rotationRevocationFinished(record.id, record.accountId, record.oldKeyId, error);
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

// The grace steps beyond a fixed wait (issue 14 part 2): waiting until the old key has gone quiet
// (the provider reports its last use), and disabling it first, deleting it later, with a way
// back. Each step is saved before and after its call, so that a restart resumes it, and audited
// with ids only.
#include "console/AccountService.h"
#include "console/AuditTrail.h"
#include "console/Callbacks.h"
#include "console/ProviderErrorText.h"
#include "console/RotationOrchestrator.h"
#include "core/Clock.h"
#include "providers/KeyProvider.h"

#include <algorithm>

namespace kw {

using namespace Qt::StringLiterals;

namespace {

QDateTime now()
{
    return Clock::app().nowUtc();
}

const ApiKey* findKey(const QList<ApiKey>& keys, const QString& id)
{
    const auto found =
        std::find_if(keys.begin(), keys.end(), [&](const ApiKey& key) { return key.id == id; });
    return found == keys.end() ? nullptr : &*found;
}

QString isoTime(const QDateTime& time)
{
    return time.isValid() ? time.toString(Qt::ISODate) : u"-"_s;
}

} // namespace

std::optional<RotationRecord> RotationOrchestrator::findRecord(const QString& recordId) const
{
    for (const RotationRecord& record : m_rotations.all()) {
        if (record.id == recordId)
            return record;
    }
    return std::nullopt;
}

bool RotationOrchestrator::planPossible(const QString& accountId, const GracePlan& plan) const
{
    if (plan.days < 0)
        return false;
    if (plan.mode == RotationRecord::GraceMode::Fixed)
        return true;
    const AccountEntry* target = m_accounts.entry(accountId);
    const Capabilities* caps = target ? target->view.capabilities : nullptr;
    if (!caps)
        return false;
    if (plan.mode == RotationRecord::GraceMode::Quiet)
        return canWaitForQuiet(*caps) && plan.quietHours > 0 && plan.days > 0;
    return canDisableFirst(*caps);
}

QString RotationOrchestrator::lastUseText(const RotationRecord& record, const QDateTime& at)
{
    if (!record.oldKeyLastUsed.isValid())
        return {};
    const qint64 minutes = std::max<qint64>(0, record.oldKeyLastUsed.secsTo(at) / 60);
    QString text;
    if (minutes < 60)
        text = tr("old key last used %n minute(s) ago", nullptr, int(minutes));
    else if (minutes < 48 * 60)
        text = tr("old key last used %n hour(s) ago", nullptr, int(minutes / 60));
    else
        text = tr("old key last used %n day(s) ago", nullptr, int(minutes / (24 * 60)));
    if (!record.oldKeyLastUsedWhere.isEmpty())
        text += u" ("_s + record.oldKeyLastUsedWhere + u')';
    return text;
}

void RotationOrchestrator::beginGrace(RotationRecord record, const GracePlan& plan,
                                      const QObject* context, Done done)
{
    const QString label = m_accounts.labelOf(record.accountId);
    record.mode = plan.mode;
    record.handedOver = now();
    record.revokeAfter = now().addDays(plan.days);
    if (const AccountEntry* target = m_accounts.entry(record.accountId))
        noteLastUse(record, target->view.keys);
    if (plan.mode == RotationRecord::GraceMode::DisableFirst) {
        disableOldKey(record, context, std::move(done));
        return;
    }
    record.state = RotationRecord::State::GracePeriod;
    if (plan.mode == RotationRecord::GraceMode::Quiet) {
        record.quietHours = plan.quietHours;
        m_rotations.save(record);
        m_audit.record(u"rotate-wait-quiet"_s, label, record.oldKeyName, record.oldKeyId,
                       u"revoke once unused for %1 h; ask after %2"_s.arg(record.quietHours)
                           .arg(isoTime(record.revokeAfter)));
    } else {
        m_rotations.save(record);
        m_audit.record(u"rotate-grace"_s, label, record.oldKeyName, record.oldKeyId,
                       u"revoke after "_s + isoTime(record.revokeAfter));
    }
    emit accountChanged(record.accountId);
    answerLater(this, context, std::move(done), ProviderError{});
}

void RotationOrchestrator::disableOldKey(RotationRecord record, const QObject* context, Done done)
{
    const QString label = m_accounts.labelOf(record.accountId);
    auto failed = [this, label](RotationRecord failedRecord, const ProviderError& error,
                                const CallerGuard& caller, const Done& callback) {
        m_inFlight.remove(failedRecord.id);
        // Neither disabled nor deleted: the user decides, rather than a deletion later that
        // nobody chose.
        failedRecord.state = RotationRecord::State::AwaitingDecision;
        failedRecord.note = tr("The old key could not be disabled: %1 It is still active.")
                                .arg(ProviderErrorText::what(error));
        m_rotations.save(failedRecord);
        m_audit.record(u"rotate-disable"_s, label, failedRecord.oldKeyName, failedRecord.oldKeyId,
                       AuditTrail::outcomeOf(error));
        emit accountChanged(failedRecord.accountId);
        if (callback && caller.alive())
            callback(error);
    };
    m_inFlight.insert(record.id);
    m_trust.findOldKey(
        record, [this, record, label, failed, caller = CallerGuard(context),
                 done = std::move(done)](const ProviderError& found, const ApiKey& oldKey) mutable {
            if (found.kind == ProviderError::Kind::NotFound) {
                concludeRevoke(record, label, {}, true, caller, done);
                return;
            }
            const AccountEntry* target = m_accounts.entry(record.accountId);
            if (found || !target || !target->provider) {
                failed(record, found ? found : AccountService::notLoaded(), caller, done);
                return;
            }
            whenFinished(
                this, target->provider->setKeyActive(oldKey, false), nullptr,
                [this, record, label, failed, caller, done](ProviderReply* finished, bool) mutable {
                    if (!finished->ok()) {
                        failed(record, finished->error(), caller, done);
                        return;
                    }
                    m_inFlight.remove(record.id);
                    record.state = RotationRecord::State::OldKeyDisabled;
                    record.note.clear();
                    m_rotations.save(record);
                    m_audit.record(u"rotate-disable"_s, label, record.oldKeyName, record.oldKeyId,
                                   u"ok: delete after "_s + isoTime(record.revokeAfter));
                    m_accounts.refresh(record.accountId);
                    emit accountChanged(record.accountId);
                    if (done && caller.alive())
                        done({});
                });
        });
}

void RotationOrchestrator::settleDue(const RotationRecord& record, const QObject* context,
                                     Done done)
{
    if (record.state == RotationRecord::State::OldKeyDisabled)
        deleteDisabled(record, context, std::move(done));
    else if (record.mode == RotationRecord::GraceMode::Quiet)
        checkQuiet(record, context, std::move(done));
    else
        revokeOldKey(record, context, std::move(done));
}

void RotationOrchestrator::checkQuiet(RotationRecord record, const QObject* context, Done done)
{
    m_inFlight.insert(record.id);
    // A fresh list: the shown one may be hours old, and its last use with it.
    m_trust.listFresh(record.accountId, [this, record, label = m_accounts.labelOf(record.accountId),
                                         caller = CallerGuard(context), done = std::move(done)](
                                            const ProviderError& error,
                                            const QList<ApiKey>& keys) mutable {
        if (error) {
            m_inFlight.remove(record.id);
            record.note = ProviderErrorText::what(error);
            m_rotations.save(record);
            if (done && caller.alive())
                done(error);
            return;
        }
        const ApiKey* old = findKey(keys, record.oldKeyId);
        if (!old) {
            concludeRevoke(record, label, {}, true, caller, done);
            return;
        }
        noteLastUse(record, keys);
        const QDateTime at = now();
        if (record.quietFrom() <= at) {
            m_audit.record(u"rotate-quiet"_s, label, record.oldKeyName, record.oldKeyId,
                           u"unused since "_s +
                               isoTime(std::max(record.handedOver, record.oldKeyLastUsed)) +
                               u"; revoking"_s);
            // Revoked as the provider lists it, so as its owner's.
            m_trust.revoke(record.accountId, *old,
                           [this, record, label, caller, done](const ProviderError& revoked,
                                                               const QString& note) {
                               concludeRevoke(record, label, revoked, note == u"already gone",
                                              caller, done);
                           });
            return;
        }
        m_inFlight.remove(record.id);
        if (record.revokeAfter.isValid() && record.revokeAfter <= at) {
            askUser(record, label,
                    tr("The old key “%1” of %2 was still in use at its deadline (%3), so it was "
                       "not revoked. Revoke it now, postpone, or keep both keys.")
                        .arg(record.oldKeyName.isEmpty() ? record.oldKeyId : record.oldKeyName,
                             label, lastUseText(record, at)));
        } else {
            m_rotations.save(record);
            emit accountChanged(record.accountId);
        }
        if (done && caller.alive())
            done({});
    });
}

void RotationOrchestrator::noteLastUse(RotationRecord& record, const QList<ApiKey>& listed)
{
    const ApiKey* old = findKey(listed, record.oldKeyId);
    if (!old || !old->lastUsed || !old->lastUsed->isValid())
        return;
    QStringList where{old->lastUsedService, old->lastUsedRegion};
    where.removeAll(QString());
    const QDateTime when = old->lastUsed->toUTC();
    if (when == record.oldKeyLastUsed && where.join(u", "_s) == record.oldKeyLastUsedWhere)
        return;
    record.oldKeyLastUsed = when;
    record.oldKeyLastUsedWhere = where.join(u", "_s);
    m_rotations.save(record);
}

void RotationOrchestrator::askUser(RotationRecord record, const QString& label, const QString& why)
{
    record.state = RotationRecord::State::AwaitingDecision;
    record.note = why;
    m_rotations.save(record);
    m_audit.record(u"rotate-ask"_s, label, record.oldKeyName, record.oldKeyId,
                   u"still in use at the deadline (last used "_s + isoTime(record.oldKeyLastUsed) +
                       u"); not revoked"_s);
    emit accountChanged(record.accountId);
    emit rotationNeedsAttention(record.id, record.accountId, why);
    emit statusMessage(why);
}

void RotationOrchestrator::checkReplacement(const RotationRecord& record,
                                            std::function<void(bool)> done)
{
    auto failing = [this, record](const QString& why) {
        const QString label = m_accounts.labelOf(record.accountId);
        const QString text =
            tr("The new key “%1” of %2 failed its test (%3) while the old key "
               "is disabled. Re-enable the old key in Rotations if something "
               "broke.")
                .arg(record.newKeyName.isEmpty() ? record.newKeyId : record.newKeyName, label, why);
        m_audit.record(u"rotate-new-key-failing"_s, label, record.newKeyName, record.newKeyId, why);
        if (const std::optional<RotationRecord> current = findRecord(record.id)) {
            RotationRecord noted = *current;
            noted.note = text;
            m_rotations.save(noted);
        }
        emit accountChanged(record.accountId);
        emit rotationNeedsAttention(record.id, record.accountId, text);
        emit statusMessage(text);
    };
    m_trust.listFresh(record.accountId, [this, record, failing, done = std::move(done)](
                                            const ProviderError& error, const QList<ApiKey>& keys) {
        if (error) {
            done(true); // not known to fail: no alarm on a network blip
            return;
        }
        const ApiKey* fresh = findKey(keys, record.newKeyId);
        if (!fresh || fresh->status != KeyStatus::Active) {
            failing(fresh ? keyStatusText(fresh->status) : tr("no longer listed"));
            done(false);
            return;
        }
        // With its secret kept in the keychain, the new key is tested as the user would.
        const AccountEntry* target = m_accounts.entry(record.accountId);
        const Capabilities* caps = target ? target->view.capabilities : nullptr;
        if (!caps || !caps->verify ||
            !m_accounts.storedSecrets().contains(record.accountId, record.newKeyId)) {
            done(true);
            return;
        }
        m_accounts.storedSecrets().read(
            record.accountId, record.newKeyId, this,
            [this, record, key = *fresh, failing, done](SecretStore::Result result) {
                const AccountEntry* entry = m_accounts.entry(record.accountId);
                if (!result.ok() || result.secret.isEmpty() || !entry || !entry->provider) {
                    done(true);
                    return;
                }
                whenFinished(this, entry->provider->verifyKey(key, result.secret), nullptr,
                             [failing, done](ProviderReply* finished, bool) {
                                 const auto& tested = finished->verification();
                                 const bool works =
                                     !finished->ok() || !tested ||
                                     tested->outcome == Verification::Outcome::Works ||
                                     tested->outcome == Verification::Outcome::Unreachable;
                                 if (!works)
                                     failing(tr("refused: HTTP %1").arg(tested->httpStatus));
                                 done(works);
                             });
            });
    });
}

void RotationOrchestrator::deleteDisabled(const RotationRecord& record, const QObject* context,
                                          Done done)
{
    m_inFlight.insert(record.id);
    checkReplacement(
        record, [this, record, caller = CallerGuard(context), done = std::move(done)](bool works) {
            m_inFlight.remove(record.id);
            if (works) {
                revokeOldKey(record, nullptr, [caller, done](const ProviderError& error) {
                    if (done && caller.alive())
                        done(error);
                });
                return;
            }
            // Kept disabled, not deleted: re-enabling must stay possible while the new key fails.
            if (done && caller.alive())
                done({ProviderError::Kind::Other,
                      0,
                      tr("The new key failed its test, so the disabled old key was not deleted."),
                      {}});
        });
}

void RotationOrchestrator::reenable(const QString& recordId, const QObject* context, Done done)
{
    std::optional<RotationRecord> found = openRecord(recordId);
    if (!found || found->state != RotationRecord::State::OldKeyDisabled ||
        m_inFlight.contains(recordId)) {
        answerLater(
            this, context, std::move(done),
            {ProviderError::Kind::Other, 0, tr("This rotation has no disabled old key."), {}});
        return;
    }
    const RotationRecord record = *found;
    const QString label = m_accounts.labelOf(record.accountId);
    m_inFlight.insert(record.id);
    auto finished = [this, record, label, caller = CallerGuard(context),
                     done = std::move(done)](const ProviderError& error) {
        m_inFlight.remove(record.id);
        m_audit.record(u"rotate-reenable"_s, label, record.oldKeyName, record.oldKeyId,
                       AuditTrail::outcomeOf(error));
        if (error.ok()) {
            // Whatever needed the old key needs it still: nothing is deleted on its own now.
            RotationRecord decided = record;
            decided.state = RotationRecord::State::AwaitingDecision;
            decided.mode = RotationRecord::GraceMode::Fixed;
            decided.note = tr("The old key was enabled again. Revoke it, postpone its revocation, "
                              "or keep both keys.");
            m_rotations.save(decided);
            m_accounts.refresh(record.accountId);
            emit accountChanged(record.accountId);
        }
        if (done && caller.alive())
            done(error);
    };
    m_trust.findOldKey(record, [this, accountId = record.accountId,
                                finished](const ProviderError& error, const ApiKey& oldKey) {
        const AccountEntry* target = m_accounts.entry(accountId);
        if (error || !target || !target->provider) {
            finished(error ? error : AccountService::notLoaded());
            return;
        }
        whenFinished(this, target->provider->setKeyActive(oldKey, true), nullptr,
                     [finished](ProviderReply* reply, bool) { finished(reply->error()); });
    });
}

} // namespace kw

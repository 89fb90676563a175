#include "console/ReminderTracker.h"

#include "console/AppController.h"
#include "console/Preferences.h"
#include "console/ProviderErrorText.h"
#include "console/RotationOrchestrator.h"
#include "core/ApiKey.h"
#include "core/Clock.h"
#include "core/Rotation.h"

#include <QLocale>
#include <QSet>
#include <QSettings>
#include <QUrl>
#include <algorithm>

namespace kw {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 SecondsPerDay = 24 * 60 * 60;

// "reminders/<account id, percent-encoded>" holds a list of "<kind>:<key id>": the key id goes
// in a value, never in a settings key, so no character of a provider's id can break the file.
QString groupKey(const QString& accountId)
{
    return u"reminders/"_s + QString::fromLatin1(QUrl::toPercentEncoding(accountId));
}

QString mark(const QString& kind, const QString& keyId)
{
    return kind + u':' + keyId;
}

QString expiryKind(int days)
{
    return u"expires"_s + QString::number(days);
}

const QString RotationKind = u"rotation"_s;
const QString RevokedKind = u"revoked"_s;
const QString RevokeFailedKind = u"revokeFailed"_s;
const QString NewKeyFailingKind = u"newKeyFailing"_s;
const QString DecisionKind = u"decide"_s;

bool isRevocationMark(const QString& entry)
{
    return entry.startsWith(RevokedKind + u':') || entry.startsWith(RevokeFailedKind + u':');
}

QString keyIdOf(const QString& entry)
{
    return entry.section(u':', 1);
}

QString nameOr(const QString& name, const QString& id)
{
    return name.isEmpty() ? id : name;
}

QString shortTime(const QDateTime& when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString shortDate(const QDateTime& when)
{
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

Reminder keyReminder(Reminder::Kind kind, const QString& accountId, const QString& label,
                     const ApiKey& key, int days, const QDateTime& when)
{
    return {.kind = kind,
            .accountId = accountId,
            .accountLabel = label,
            .keyId = key.id,
            .keyName = key.name,
            .days = days,
            .when = when,
            .problem = {}};
}

// One row per key: a key both expiring and due for rotation is one key that needs attention.
void addAttention(QList<AttentionKey>& keys, AttentionKey key)
{
    for (AttentionKey& known : keys) {
        if (known.accountId == key.accountId && known.keyId == key.keyId) {
            known.reason += u", "_s + key.reason;
            return;
        }
    }
    keys.append(std::move(key));
}

} // namespace

QString Reminder::title() const
{
    switch (kind) {
    case Kind::ExpiresWithin:
        return ReminderTracker::tr("Key expires within %n days", nullptr, days);
    case Kind::RotationDue:
        return ReminderTracker::tr("Key due for rotation");
    case Kind::RevocationDone:
        return ReminderTracker::tr("Rotation finished");
    case Kind::RevocationFailed:
        return ReminderTracker::tr("Planned revocation failed");
    case Kind::NewKeyFailing:
        return ReminderTracker::tr("New key failed its test");
    case Kind::DecisionNeeded:
        return ReminderTracker::tr("Rotation waits for your decision");
    }
    return {};
}

QString Reminder::text() const
{
    const QString name = nameOr(keyName, keyId);
    switch (kind) {
    case Kind::ExpiresWithin:
        return ReminderTracker::tr("“%1” of %2 expires on %3.")
            .arg(name, accountLabel, shortTime(when));
    case Kind::RotationDue:
        return ReminderTracker::tr("“%1” of %2 was created on %3; the rotation policy is %n "
                                   "days.",
                                   nullptr, days)
            .arg(name, accountLabel, shortDate(when));
    case Kind::RevocationDone:
        return ReminderTracker::tr("The old key “%1” of %2 was revoked as planned.")
            .arg(name, accountLabel);
    case Kind::RevocationFailed:
        return ReminderTracker::tr("The old key “%1” of %2 could not be revoked: %3 It still "
                                   "works; KeyWarden tries again every hour while it runs.")
            .arg(name, accountLabel, problem);
    case Kind::NewKeyFailing:
    case Kind::DecisionNeeded:
        return problem; // the window's notice, word for word
    }
    return {};
}

ReminderTracker::ReminderTracker(AppController& controller, QSettings& settings, QObject* parent)
    : QObject(parent), m_controller(controller), m_settings(settings)
{
    connect(&controller, &AppController::accountChanged, this, &ReminderTracker::check);
    connect(&controller, &AppController::accountRemoved, this, &ReminderTracker::forgetAccount);
    connect(&controller, &AppController::rotationRevocationFinished, this,
            &ReminderTracker::revocationFinished);
    connect(&controller.rotationOrchestrator(), &RotationOrchestrator::rotationNeedsAttention, this,
            &ReminderTracker::rotationNeedsAttention);
    m_timer.setInterval(CheckIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ReminderTracker::checkAll);
    m_timer.start();
}

void ReminderTracker::checkAll()
{
    const QStringList ids = m_controller.accountIds();
    for (const QString& id : ids)
        check(id);
    // Accounts removed while the window was not running (keywarden-cli accounts remove).
    const QSet<QString> present(ids.begin(), ids.end());
    m_settings.beginGroup(u"reminders"_s);
    const QStringList stored = m_settings.childKeys();
    m_settings.endGroup();
    for (const QString& key : stored) {
        const QString id = QUrl::fromPercentEncoding(key.toLatin1());
        if (!present.contains(id))
            forgetAccount(id);
    }
}

void ReminderTracker::check(const QString& accountId)
{
    const AppController::AccountView* view = m_controller.account(accountId);
    // A list that failed or is loading says nothing about which keys are gone.
    if (!view || view->state != AppController::LoadState::Ok)
        return;
    const QString label = view->account.label;
    const QStringList before = told(accountId);
    Findings found;
    QSet<QString> listed;
    for (const ApiKey& key : view->keys) {
        listed.insert(key.id);
        findExpiry(accountId, label, key, before, found);
        findRotationDue(accountId, label, key, before, found);
    }
    findOverdueRevocations(accountId, label, found);
    // A revocation's outcome is told once while its old key is listed (a failure is tried again
    // every hour, and told again only once it is done); a failing new key once while its
    // rotation keeps the old key disabled; an old key in use at its deadline once while its
    // rotation waits for the decision.
    QSet<QString> failingNewKeys;
    QSet<QString> undecidedOldKeys;
    for (const RotationRecord& record : m_controller.rotations().open()) {
        if (record.accountId != accountId)
            continue;
        if (record.state == RotationRecord::State::OldKeyDisabled)
            failingNewKeys.insert(record.newKeyId);
        if (record.state == RotationRecord::State::AwaitingDecision)
            undecidedOldKeys.insert(record.oldKeyId);
    }
    for (const QString& entry : before) {
        if ((isRevocationMark(entry) && listed.contains(keyIdOf(entry))) ||
            (entry.startsWith(NewKeyFailingKind + u':') &&
             failingNewKeys.contains(keyIdOf(entry))) ||
            (entry.startsWith(DecisionKind + u':') && undecidedOldKeys.contains(keyIdOf(entry))))
            found.entries.append(entry);
    }
    setTold(accountId, found.entries);
    setAttention(accountId, found.attention);
    if (!found.fresh.isEmpty())
        emit reminders(found.fresh);
}

void ReminderTracker::findExpiry(const QString& accountId, const QString& label, const ApiKey& key,
                                 const QStringList& told, Findings& found) const
{
    if (!key.expires || !key.expires->isValid())
        return;
    const QDateTime now = Clock::app().nowUtc();
    // Only a key that works now can stop working.
    const KeyStatus status = shownStatus(key, now);
    if (status != KeyStatus::Active && status != KeyStatus::ReadOnly)
        return;
    const qint64 left = now.secsTo(*key.expires);
    if (left <= 0)
        return;
    int tightest = 0;
    for (int days : Preferences(m_settings).expiryNoticeDays()) {
        if (left > qint64(days) * SecondsPerDay)
            continue;
        // Every threshold crossed is marked, so that a first look at a key expiring tomorrow
        // tells "within 1 day" only, and never "within 7 days" after it.
        found.entries.append(mark(expiryKind(days), key.id));
        tightest = tightest == 0 ? days : std::min(tightest, days);
    }
    if (tightest == 0)
        return;
    const int daysLeft = int((left + SecondsPerDay - 1) / SecondsPerDay);
    addAttention(found.attention,
                 {accountId, label, key.id, key.name, tr("expires in %n days", nullptr, daysLeft)});
    if (told.contains(mark(expiryKind(tightest), key.id)))
        return;
    found.fresh.append(
        keyReminder(Reminder::Kind::ExpiresWithin, accountId, label, key, tightest, *key.expires));
}

void ReminderTracker::findRotationDue(const QString& accountId, const QString& label,
                                      const ApiKey& key, const QStringList& told,
                                      Findings& found) const
{
    const QDateTime now = Clock::app().nowUtc();
    const Preferences preferences(m_settings);
    const int policy = preferences.rotationPolicyDays(accountId);
    // A key being rotated is already taken care of.
    if (!isRotationDue(key, policy, now) || m_controller.openRotationFor(accountId, key.id))
        return;
    addAttention(found.attention, {accountId, label, key.id, key.name, tr("rotation due")});
    // Not marked while the user does not want to hear of it: turning it on tells what is due.
    if (!preferences.notifyRotationDue())
        return;
    const QString entry = mark(RotationKind, key.id);
    found.entries.append(entry);
    if (told.contains(entry))
        return;
    found.fresh.append(
        keyReminder(Reminder::Kind::RotationDue, accountId, label, key, policy, key.created));
}

void ReminderTracker::findOverdueRevocations(const QString& accountId, const QString& label,
                                             Findings& found) const
{
    for (const RotationRecord& record : m_controller.rotations().due(Clock::app().nowUtc())) {
        if (record.accountId == accountId)
            addAttention(found.attention, {accountId, label, record.oldKeyId, record.oldKeyName,
                                           tr("planned revocation not done yet")});
    }
    // Nothing happens on its own to a rotation that waits for the user: it needs attention
    // until it is revoked, postponed or both keys are kept.
    for (const RotationRecord& record : m_controller.rotations().open()) {
        if (record.accountId == accountId &&
            record.state == RotationRecord::State::AwaitingDecision)
            addAttention(found.attention, {accountId, label, record.oldKeyId, record.oldKeyName,
                                           tr("rotation waits for your decision")});
    }
}

void ReminderTracker::revocationFinished(const QString& recordId, const QString& accountId,
                                         const QString& oldKeyId, const ProviderError& error)
{
    check(accountId); // the overdue revocation is no longer, or still, in the count
    if (!Preferences(m_settings).notifyRevocations())
        return;
    if (!markTold(accountId, mark(error.ok() ? RevokedKind : RevokeFailedKind, oldKeyId)))
        return;
    Reminder reminder;
    reminder.kind = error.ok() ? Reminder::Kind::RevocationDone : Reminder::Kind::RevocationFailed;
    reminder.accountId = accountId;
    reminder.keyId = oldKeyId;
    if (const AppController::AccountView* view = m_controller.account(accountId))
        reminder.accountLabel = view->account.label;
    for (const RotationRecord& record : m_controller.rotations().all()) {
        if (record.id == recordId)
            reminder.keyName = record.oldKeyName;
    }
    if (!error.ok())
        reminder.problem = ProviderErrorText::what(error);
    emit reminders({reminder});
}

void ReminderTracker::rotationNeedsAttention(const QString& recordId, const QString& accountId,
                                             const QString& text)
{
    // A failing new key (the old one disabled) is found again at every check; an old key still
    // in use at its deadline is asked once, and its rotation then waits (AwaitingDecision).
    // Either is told once while its rotation stays so; its click opens the key to act on.
    std::optional<RotationRecord> open;
    for (const RotationRecord& record : m_controller.rotations().open()) {
        if (record.id == recordId)
            open = record;
    }
    if (!open || !Preferences(m_settings).notifyRevocations())
        return;
    Reminder reminder;
    if (open->state == RotationRecord::State::OldKeyDisabled) {
        reminder.kind = Reminder::Kind::NewKeyFailing;
        reminder.keyId = open->newKeyId;
        reminder.keyName = open->newKeyName;
        if (!markTold(accountId, mark(NewKeyFailingKind, reminder.keyId)))
            return;
    } else if (open->state == RotationRecord::State::AwaitingDecision && open->note == text) {
        // The rotation's own question (kept as its note), not a late notice of its new key.
        reminder.kind = Reminder::Kind::DecisionNeeded;
        reminder.keyId = open->oldKeyId;
        reminder.keyName = open->oldKeyName;
        if (!markTold(accountId, mark(DecisionKind, reminder.keyId)))
            return;
        check(accountId); // the count holds it even if no change of the account came first
    } else {
        return;
    }
    reminder.accountId = accountId;
    if (const AppController::AccountView* view = m_controller.account(accountId))
        reminder.accountLabel = view->account.label;
    reminder.problem = text;
    emit reminders({reminder});
}

bool ReminderTracker::markTold(const QString& accountId, const QString& entry)
{
    QStringList entries = told(accountId);
    if (entries.contains(entry))
        return false;
    entries.append(entry);
    setTold(accountId, entries);
    return true;
}

void ReminderTracker::forgetAccount(const QString& accountId)
{
    m_settings.remove(groupKey(accountId));
    setAttention(accountId, {});
}

void ReminderTracker::setAttention(const QString& accountId, const QList<AttentionKey>& keys)
{
    if (m_attention.value(accountId) == keys)
        return;
    if (keys.isEmpty())
        m_attention.remove(accountId);
    else
        m_attention.insert(accountId, keys);
    emit attentionChanged(attentionCount());
}

QList<AttentionKey> ReminderTracker::attention() const
{
    // In the order of the accounts, then of their lists.
    QList<AttentionKey> all;
    for (const QString& id : m_controller.accountIds())
        all += m_attention.value(id);
    return all;
}

int ReminderTracker::attentionCount() const
{
    return int(attention().size());
}

QStringList ReminderTracker::told(const QString& accountId) const
{
    return m_settings.value(groupKey(accountId)).toStringList();
}

void ReminderTracker::setTold(const QString& accountId, const QStringList& entries)
{
    if (entries.isEmpty())
        m_settings.remove(groupKey(accountId));
    else if (entries != told(accountId))
        m_settings.setValue(groupKey(accountId), entries);
}

} // namespace kw

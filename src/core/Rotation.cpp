#include "Rotation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>
#include <algorithm>

namespace kw {

namespace {

using namespace Qt::StringLiterals;

const QString rotationsGroup = u"rotations"_s;
const QString graceDaysKey = u"rotationGraceDays"_s;

struct StateName
{
    RotationRecord::State state;
    QString name;
};

// Stored as words, not enum numbers, so that reordering the enum cannot change saved plans.
const StateName stateNames[] = {
    {RotationRecord::State::NewKeyCreated, u"new-key-created"_s},
    {RotationRecord::State::GracePeriod, u"grace-period"_s},
    {RotationRecord::State::Completed, u"completed"_s},
    {RotationRecord::State::Abandoned, u"abandoned"_s},
    {RotationRecord::State::OldKeyDisabled, u"old-key-disabled"_s},
    {RotationRecord::State::AwaitingDecision, u"awaiting-decision"_s},
};

struct ModeName
{
    RotationRecord::GraceMode mode;
    QString name;
};

const ModeName modeNames[] = {
    {RotationRecord::GraceMode::Fixed, u"fixed"_s},
    {RotationRecord::GraceMode::Quiet, u"quiet"_s},
    {RotationRecord::GraceMode::DisableFirst, u"disable-first"_s},
};

// A record of an earlier version has no mode: its grace period is a fixed one.
RotationRecord::GraceMode modeFromText(const QString& text)
{
    for (const ModeName& entry : modeNames) {
        if (entry.name == text)
            return entry.mode;
    }
    return RotationRecord::GraceMode::Fixed;
}

QString modeToText(RotationRecord::GraceMode mode)
{
    for (const ModeName& entry : modeNames) {
        if (entry.mode == mode)
            return entry.name;
    }
    return modeNames[0].name;
}

QString stateToText(RotationRecord::State state)
{
    for (const StateName& entry : stateNames) {
        if (entry.state == state)
            return entry.name;
    }
    return stateNames[0].name;
}

// An unknown state (a newer version wrote it) reads as NewKeyCreated: the state in which
// nothing happens on its own and the user is asked what to do.
RotationRecord::State stateFromText(const QString& text)
{
    for (const StateName& entry : stateNames) {
        if (entry.name == text)
            return entry.state;
    }
    return RotationRecord::State::NewKeyCreated;
}

QString dateToText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime dateFromText(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

RotationRecord readRecord(const QSettings& settings, const QString& id)
{
    RotationRecord record;
    record.id = id;
    record.accountId = settings.value(u"accountId"_s).toString();
    record.oldKeyId = settings.value(u"oldKeyId"_s).toString();
    record.oldKeyName = settings.value(u"oldKeyName"_s).toString();
    record.oldKeyOwner = settings.value(u"oldKeyOwner"_s).toString();
    record.newKeyId = settings.value(u"newKeyId"_s).toString();
    record.newKeyName = settings.value(u"newKeyName"_s).toString();
    record.started = dateFromText(settings.value(u"started"_s).toString());
    record.revokeAfter = dateFromText(settings.value(u"revokeAfter"_s).toString());
    record.state = stateFromText(settings.value(u"state"_s).toString());
    record.note = settings.value(u"note"_s).toString();
    record.mode = modeFromText(settings.value(u"graceMode"_s).toString());
    record.quietHours = std::max(0, settings.value(u"quietHours"_s).toInt());
    record.handedOver = dateFromText(settings.value(u"handedOver"_s).toString());
    record.oldKeyLastUsed = dateFromText(settings.value(u"oldKeyLastUsed"_s).toString());
    record.oldKeyLastUsedWhere = settings.value(u"oldKeyLastUsedWhere"_s).toString();
    if (record.mode == RotationRecord::GraceMode::Quiet && record.quietHours <= 0)
        record.quietHours = RotationStore::DefaultQuietHours;
    return record;
}

void writeRecord(QSettings& settings, const RotationRecord& record)
{
    settings.setValue(u"accountId"_s, record.accountId);
    settings.setValue(u"oldKeyId"_s, record.oldKeyId);
    settings.setValue(u"oldKeyName"_s, record.oldKeyName);
    settings.setValue(u"oldKeyOwner"_s, record.oldKeyOwner);
    settings.setValue(u"newKeyId"_s, record.newKeyId);
    settings.setValue(u"newKeyName"_s, record.newKeyName);
    settings.setValue(u"started"_s, dateToText(record.started));
    settings.setValue(u"revokeAfter"_s, dateToText(record.revokeAfter));
    settings.setValue(u"state"_s, stateToText(record.state));
    settings.setValue(u"note"_s, record.note);
    // Written only when they say something, so that a record without them reads as before.
    if (record.mode != RotationRecord::GraceMode::Fixed) {
        settings.setValue(u"graceMode"_s, modeToText(record.mode));
        settings.setValue(u"quietHours"_s, record.quietHours);
    }
    if (record.handedOver.isValid())
        settings.setValue(u"handedOver"_s, dateToText(record.handedOver));
    if (record.oldKeyLastUsed.isValid())
        settings.setValue(u"oldKeyLastUsed"_s, dateToText(record.oldKeyLastUsed));
    if (!record.oldKeyLastUsedWhere.isEmpty())
        settings.setValue(u"oldKeyLastUsedWhere"_s, record.oldKeyLastUsedWhere);
}

} // namespace

RotationStore::RotationStore(QSettings& settings) : m_settings(settings) {}

QList<RotationRecord> RotationStore::all() const
{
    QList<RotationRecord> records;
    m_settings.beginGroup(rotationsGroup);
    const QStringList ids = m_settings.childGroups();
    for (const QString& id : ids) {
        m_settings.beginGroup(id);
        records.append(readRecord(m_settings, id));
        m_settings.endGroup();
    }
    m_settings.endGroup();
    std::sort(records.begin(), records.end(), [](const RotationRecord& a, const RotationRecord& b) {
        return a.started != b.started ? a.started < b.started : a.id < b.id;
    });
    return records;
}

QList<RotationRecord> RotationStore::open() const
{
    QList<RotationRecord> records = all();
    records.removeIf([](const RotationRecord& record) { return !record.isOpen(); });
    return records;
}

QList<RotationRecord> RotationStore::due(const QDateTime& now) const
{
    QList<RotationRecord> records = all();
    records.removeIf([&now](const RotationRecord& record) { return !record.isDue(now); });
    return records;
}

void RotationStore::save(const RotationRecord& record)
{
    Q_ASSERT(!record.id.isEmpty());
    m_settings.beginGroup(rotationsGroup);
    m_settings.remove(record.id); // no field of an earlier version of the record survives
    m_settings.beginGroup(record.id);
    writeRecord(m_settings, record);
    m_settings.endGroup();
    m_settings.endGroup();
    m_settings.sync(); // every step must survive a crash right after it
}

void RotationStore::remove(const QString& id)
{
    if (id.isEmpty())
        return; // remove("") inside the group would wipe every record
    m_settings.beginGroup(rotationsGroup);
    m_settings.remove(id);
    m_settings.endGroup();
    m_settings.sync();
}

int RotationStore::graceDays() const
{
    bool ok = false;
    const int days = m_settings.value(graceDaysKey).toInt(&ok);
    return ok && days >= 0 ? days : DefaultGraceDays;
}

void RotationStore::setGraceDays(int days)
{
    m_settings.setValue(graceDaysKey, std::max(0, days));
    m_settings.sync();
}

namespace {

std::optional<QDateTime> copiedExpiry(const ApiKey& oldKey, const QDateTime& now)
{
    if (!oldKey.expires || !oldKey.expires->isValid())
        return std::nullopt;
    if (oldKey.created.isValid() && oldKey.created < *oldKey.expires)
        return now.addSecs(oldKey.created.secsTo(*oldKey.expires));
    return *oldKey.expires > now ? oldKey.expires : std::nullopt;
}

qint64 copiedDuration(const ApiKey& oldKey, const Capabilities& caps)
{
    if (!oldKey.expires || !oldKey.expires->isValid())
        return 0; // permanent stays permanent
    qint64 seconds = caps.maxDurationSeconds > 0 ? caps.maxDurationSeconds : 3600;
    if (oldKey.created.isValid() && oldKey.created < *oldKey.expires)
        seconds = oldKey.created.secsTo(*oldKey.expires);
    if (caps.maxDurationSeconds > 0)
        seconds = qMin(seconds, caps.maxDurationSeconds);
    return qMax<qint64>(1, seconds);
}

} // namespace

KeySpec rotationSpecFor(const ApiKey& oldKey, const Capabilities& caps, const QDateTime& now)
{
    KeySpec spec;
    if (caps.name != Capabilities::NameField::None)
        spec.name = oldKey.name;
    if (caps.description)
        spec.description = oldKey.description;
    if (!caps.services.isEmpty())
        spec.services = oldKey.services;
    if (caps.ipAllowlist)
        spec.ipAllowlist = oldKey.ipAllowlist;
    if (caps.bearer && !oldKey.principal.isEmpty()) {
        spec.bearerType = oldKey.bearerType;
        spec.bearerId = oldKey.principal;
    }
    if (caps.project)
        spec.projectId = oldKey.projectId;
    if (caps.expiry == Capabilities::Expiry::Date)
        spec.expires = copiedExpiry(oldKey, now);
    if (caps.expiry == Capabilities::Expiry::Duration)
        spec.durationSeconds = copiedDuration(oldKey, caps);
    return spec;
}

QString rotatedKeyName(const QString& oldName, const QDate& today)
{
    if (oldName.trimmed().isEmpty())
        return {};
    static const QRegularExpression earlier(u"\\s*\\(rotated [0-9-]+\\)$"_s);
    QString base = oldName;
    base.remove(earlier);
    return QCoreApplication::translate("kw::RotateKeyDialog", "%1 (rotated %2)")
        .arg(base, today.toString(Qt::ISODate));
}

} // namespace kw

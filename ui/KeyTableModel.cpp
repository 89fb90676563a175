#include "KeyTableModel.h"

#include "Palette.h"
#include "core/Clock.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <algorithm>
#include <limits>

namespace kw {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 SecondsPerDay = 24 * 60 * 60;

QColor rotationDueColor()
{
    return Palette::color(Palette::Role::Warning);
}
QColor inactiveColor()
{
    return Palette::color(Palette::Role::Inactive);
}
QColor expiredColor()
{
    return Palette::color(Palette::Role::Danger);
}

// A span in the unit people read, rounded to the nearest (7 200 s is "2 h", not "1 h"; 89 min
// is "1 h"); a count that rounds up to the next unit moves to that unit. At least a minute.
QString spanText(qint64 span)
{
    const qint64 minutes = (span + 30) / 60;
    if (minutes < 60)
        return KeyTableModel::tr("%n min", nullptr, int(std::max<qint64>(1, minutes)));
    const qint64 hours = (span + 30 * 60) / (60 * 60);
    if (hours < 24)
        return KeyTableModel::tr("%n h", nullptr, int(hours));
    const qint64 days = (span + SecondsPerDay / 2) / SecondsPerDay;
    return days == 1 ? KeyTableModel::tr("1 day")
                     : KeyTableModel::tr("%n days", nullptr, int(days));
}

bool isInactive(KeyStatus status)
{
    return status == KeyStatus::Disabled || status == KeyStatus::Suspended ||
           status == KeyStatus::Expired || status == KeyStatus::Revoked;
}

} // namespace

KeyTableModel::KeyTableModel(QObject* parent) : QAbstractTableModel(parent) {}

QDateTime KeyTableModel::now() const
{
    return Clock::app().nowUtc();
}

void KeyTableModel::setRotationDueDays(int days)
{
    m_rotationDueDays = days;
    refreshTimes();
}

void KeyTableModel::setServiceLabels(const QHash<QString, QString>& labels)
{
    m_serviceLabels = labels;
    if (!m_keys.isEmpty())
        emit dataChanged(index(0, ServicesColumn), index(rowCount() - 1, ServicesColumn));
}

void KeyTableModel::setScheduledRevocations(const QHash<QString, QDateTime>& revokeOn)
{
    if (revokeOn == m_revokeOn)
        return;
    m_revokeOn = revokeOn;
    refreshTimes();
}

QHash<QString, QDateTime> KeyTableModel::scheduledRevocations(const QList<RotationRecord>& open,
                                                              const QString& accountId)
{
    QHash<QString, QDateTime> revokeOn;
    for (const RotationRecord& record : open) {
        if (record.accountId == accountId && record.state == RotationRecord::State::GracePeriod &&
            record.revokeAfter.isValid())
            revokeOn.insert(record.oldKeyId, record.revokeAfter);
    }
    return revokeOn;
}

QDateTime KeyTableModel::scheduledRevocation(const QString& keyId) const
{
    return m_revokeOn.value(keyId);
}

QString KeyTableModel::statusText(const ApiKey& key) const
{
    const KeyStatus status = shownStatus(key, now());
    const QDateTime revokeOn = scheduledRevocation(key.id);
    if (!revokeOn.isValid() || status == KeyStatus::Revoked)
        return keyStatusText(status);
    // "Active — revoked on 11 Dec": the key still works, and when it stops is the news.
    const QDate day = revokeOn.toLocalTime().date();
    const QString date = day.year() == now().toLocalTime().date().year()
                             ? QLocale().toString(day, tr("d MMM", "day and short month"))
                             : QLocale().toString(day, QLocale::ShortFormat);
    return tr("%1 — revoked on %2").arg(keyStatusText(status), date);
}

void KeyTableModel::setKeys(const QList<ApiKey>& keys)
{
    beginResetModel();
    m_keys = keys;
    endResetModel();
}

const ApiKey* KeyTableModel::keyAt(int row) const
{
    if (row < 0 || row >= m_keys.size())
        return nullptr;
    return &m_keys.at(row);
}

int KeyTableModel::rowOfKey(const QString& keyId) const
{
    for (int row = 0; row < m_keys.size(); ++row) {
        if (m_keys.at(row).id == keyId)
            return row;
    }
    return -1;
}

int KeyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int KeyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyTableModel::data(const QModelIndex& index, int role) const
{
    const ApiKey* key = index.isValid() ? keyAt(index.row()) : nullptr;
    if (!key)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*key, column);
    case Qt::AccessibleTextRole:
        return displayData(*key, column);
    case SortRole:
        return sortData(*key, column);
    case KeyIdRole:
        return key->id;
    case RotationDueRole:
        return isRotationDue(*key);
    case ScheduledRevocationRole:
        return scheduledRevocation(key->id);
    case StatusRole:
        return int(shownStatus(*key, now()));
    case SearchTextRole:
        return searchText(*key);
    case Qt::ForegroundRole:
        if (column == AgeColumn && isRotationDue(*key))
            return QBrush(rotationDueColor());
        if (column == StatusColumn && scheduledRevocation(key->id).isValid() &&
            key->status != KeyStatus::Revoked)
            return QBrush(Palette::color(Palette::Role::ScheduledRevoke));
        if (column == ExpiresColumn && key->expires) {
            const qint64 left = now().secsTo(*key->expires);
            if (left <= 0)
                return QBrush(expiredColor());
            if (left < ExpiresSoonDays * SecondsPerDay)
                return QBrush(rotationDueColor());
        }
        if (isInactive(shownStatus(*key, now())))
            return QBrush(inactiveColor());
        return {};
    case Qt::FontRole:
        if (column == AgeColumn && isRotationDue(*key)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return toolTipData(*key, column);
    default:
        return {};
    }
}

QVariant KeyTableModel::toolTipData(const ApiKey& key, int column) const
{
    switch (column) {
    case AgeColumn:
        if (!key.created.isValid())
            return tr("The provider does not say when this key was created");
        if (isRotationDue(key))
            return tr("Rotation due: the policy is to rotate keys every %n days", nullptr,
                      m_rotationDueDays);
        if (scheduledRevocation(key.id).isValid())
            return tr("Being rotated: see View → Rotations");
        if (ageInDays(key.created, now()) >= m_rotationDueDays)
            return tr("Older than the rotation policy, but this key cannot be rotated");
        return tr("Rotation due in %n days", nullptr,
                  int(m_rotationDueDays - ageInDays(key.created, now())));
    case CreatedColumn:
        if (!key.created.isValid())
            return tr("The provider does not say when this key was created");
        return QLocale().toString(key.created.toLocalTime(), QLocale::LongFormat);
    case LastUsedColumn:
        return key.lastUsed ? QLocale().toString(key.lastUsed->toLocalTime(), QLocale::LongFormat)
                            : tr("This key has never been used");
    case ExpiresColumn:
        return key.expires
                   ? QVariant(QLocale().toString(key.expires->toLocalTime(), QLocale::LongFormat))
                   : QVariant(tr("This key does not expire"));
    case StatusColumn:
        if (scheduledRevocation(key.id).isValid())
            return tr("A rotation revokes this key on %1 (View → Rotations)")
                .arg(QLocale().toString(scheduledRevocation(key.id).toLocalTime(),
                                        QLocale::LongFormat));
        return key.readOnlyReason.isEmpty() ? QVariant() : QVariant(key.readOnlyReason);
    case OwnerColumn:
        return key.principal.isEmpty() ? QVariant() : QVariant(ownerText(key));
    default: {
        const QString text = displayData(key, column).toString();
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    }
}

QVariant KeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    // In the order of Column.
    static const char* const titles[ColumnCount] = {
        QT_TR_NOOP("Name"),     QT_TR_NOOP("Prefix"),       QT_TR_NOOP("Owner"),
        QT_TR_NOOP("Services"), QT_TR_NOOP("IP whitelist"), QT_TR_NOOP("Created"),
        QT_TR_NOOP("Age"),      QT_TR_NOOP("Last used"),    QT_TR_NOOP("Expires"),
        QT_TR_NOOP("Status")};
    if (section < 0 || section >= ColumnCount)
        return {};
    return tr(titles[section]);
}

qint64 KeyTableModel::ageInDays(const QDateTime& created, const QDateTime& now)
{
    return keyAgeInDays(created, now);
}

QString KeyTableModel::ageText(qint64 days)
{
    if (days <= 0)
        return tr("today");
    return days == 1 ? tr("1 day") : tr("%n days", nullptr, int(days));
}

QString KeyTableModel::lastUsedText(const std::optional<QDateTime>& lastUsed, const QDateTime& now)
{
    if (!lastUsed || !lastUsed->isValid())
        return tr("never");
    const qint64 seconds = lastUsed->secsTo(now);
    if (seconds < 60)
        return tr("just now");
    return tr("%1 ago").arg(spanText(seconds));
}

QString KeyTableModel::expiresText(const std::optional<QDateTime>& expires, const QDateTime& now)
{
    if (!expires || !expires->isValid())
        return tr("never");
    const qint64 seconds = now.secsTo(*expires);
    const qint64 span = seconds < 0 ? -seconds : seconds;
    if (span < 60)
        return seconds > 0 ? tr("in under a minute") : tr("expired just now");
    const QString amount = spanText(span);
    return seconds > 0 ? tr("in %1").arg(amount) : tr("expired %1 ago").arg(amount);
}

KeyStatus KeyTableModel::shownStatus(const ApiKey& key, const QDateTime& now)
{
    return kw::shownStatus(key, now);
}

QString KeyTableModel::createdText(const QDateTime& created)
{
    if (!created.isValid())
        return u"—"_s;
    return QLocale().toString(created.toLocalTime().date(), QLocale::ShortFormat);
}

QString KeyTableModel::servicesText(const QStringList& services) const
{
    QStringList labels;
    labels.reserve(services.size());
    for (const QString& service : services)
        labels.append(m_serviceLabels.value(service, service));
    return labels.join(u", "_s);
}

QString KeyTableModel::ipAllowlistText(const QStringList& entries)
{
    if (entries.isEmpty())
        return tr("All addresses");
    return entries.join(u", "_s);
}

QString KeyTableModel::ownerText(const ApiKey& key)
{
    if (key.bearerType.isEmpty() || key.principal.isEmpty())
        return key.principal;
    return tr("%1 (%2)").arg(key.principal, key.bearerType);
}

bool KeyTableModel::isRotationDue(const ApiKey& key) const
{
    // A key whose revocation is planned is being rotated already.
    return !m_revokeOn.contains(key.id) && kw::isRotationDue(key, m_rotationDueDays, now());
}

void KeyTableModel::refreshTimes()
{
    if (m_keys.isEmpty())
        return;
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QVariant KeyTableModel::displayData(const ApiKey& key, int column) const
{
    switch (column) {
    case NameColumn:
        return key.name.isEmpty() ? key.id : key.name;
    case PrefixColumn:
        // An unnamed S3-style key (Wasabi IAM) has its access key id as prefix, and the name
        // column already shows that id: once is enough.
        return key.name.isEmpty() && key.prefix == key.id ? QString() : key.prefix;
    case OwnerColumn:
        return key.principalName.isEmpty() ? key.principal : key.principalName;
    case ServicesColumn:
        return servicesText(key.services);
    case IpAllowlistColumn:
        return ipAllowlistText(key.ipAllowlist);
    case CreatedColumn:
        return createdText(key.created);
    case AgeColumn:
        return key.created.isValid() ? ageText(ageInDays(key.created, now())) : u"—"_s;
    case LastUsedColumn:
        return lastUsedText(key.lastUsed, now());
    case ExpiresColumn:
        return expiresText(key.expires, now());
    case StatusColumn:
        return statusText(key);
    default:
        return {};
    }
}

QVariant KeyTableModel::sortData(const ApiKey& key, int column) const
{
    switch (column) {
    case CreatedColumn:
        return key.created.isValid() ? key.created.toMSecsSinceEpoch() : qint64(0);
    case AgeColumn:
        return key.created.isValid() ? key.created.secsTo(now()) : qint64(0);
    case LastUsedColumn:
        // "never" sorts as the oldest use
        return key.lastUsed && key.lastUsed->isValid() ? key.lastUsed->toMSecsSinceEpoch()
                                                       : qint64(-1);
    case ExpiresColumn:
        // soonest first; "never" after every date
        return key.expires && key.expires->isValid() ? key.expires->toMSecsSinceEpoch()
                                                     : std::numeric_limits<qint64>::max();
    case StatusColumn:
        return int(shownStatus(key, now()));
    case IpAllowlistColumn:
        // all addresses (the widest) first, then by the entries
        return key.ipAllowlist.isEmpty() ? QString()
                                         : key.ipAllowlist.join(QLatin1Char(',')).toLower();
    default:
        return displayData(key, column).toString().toLower();
    }
}

QString KeyTableModel::searchText(const ApiKey& key) const
{
    QStringList parts;
    for (int column = 0; column < ColumnCount; ++column)
        parts.append(displayData(key, column).toString());
    parts << key.id << key.description << key.principal << key.kind << key.services;
    return parts.join(QLatin1Char('\n')).toLower();
}

} // namespace kw

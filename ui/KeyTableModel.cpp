#include "KeyTableModel.h"

#include "Palette.h"
#include "core/Clock.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <algorithm>
#include <functional>
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
    return KeyTableModel::tr("%n days", nullptr, int(days));
}

bool isInactive(KeyStatus status)
{
    return status == KeyStatus::Disabled || status == KeyStatus::Suspended ||
           status == KeyStatus::Expired || status == KeyStatus::Revoked;
}

} // namespace

KeyTableModel::KeyTableModel(QObject* parent) : QAbstractTableModel(parent)
{
    countGhostRows();
}

QDateTime KeyTableModel::now() const
{
    return Clock::app().nowUtc();
}

void KeyTableModel::setRotationDueDays(int days)
{
    m_defaults.rotationDueDays = days;
    refreshTimes();
}

void KeyTableModel::setServiceLabels(const QHash<QString, QString>& labels)
{
    m_defaults.serviceLabels = labels;
    rowsWillChange();
    if (!m_keys.isEmpty())
        emit dataChanged(index(0, ServicesColumn), index(rowCount() - 1, ServicesColumn));
}

void KeyTableModel::setScheduledRevocations(const QHash<QString, QDateTime>& revokeOn)
{
    if (revokeOn == m_defaults.revokeOn)
        return;
    m_defaults.revokeOn = revokeOn;
    refreshTimes();
}

const KeyTableModel::AccountData& KeyTableModel::dataOf(const QString& accountId) const
{
    const auto found = m_accountData.constFind(accountId);
    return found == m_accountData.cend() ? m_defaults : *found;
}

void KeyTableModel::setAccountData(const QString& accountId, const AccountData& data)
{
    // Asked again on each change of the account (every page of a long list): only a real
    // change repaints, and then once for the whole table rather than once per row.
    const auto found = m_accountData.constFind(accountId);
    if (found != m_accountData.cend() && found->label == data.label &&
        found->icon.cacheKey() == data.icon.cacheKey() &&
        found->serviceLabels == data.serviceLabels && found->revokeOn == data.revokeOn &&
        found->rotationDueDays == data.rotationDueDays)
        return;
    m_accountData.insert(accountId, data);
    if (m_accountOf.contains(accountId))
        rowsChanged(0, int(m_keys.size()) - 1);
}

void KeyTableModel::removeAccountData(const QString& accountId)
{
    if (m_accountData.contains(accountId))
        rowsWillChange(); // the rows' label, and so their search text and order, change
    m_accountData.remove(accountId);
}

void KeyTableModel::rowsChanged(int first, int last)
{
    rowsWillChange();
    emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

QList<ApiKey> KeyTableModel::setAccountKeys(const QString& accountId, const QList<ApiKey>& keys,
                                            qsizetype mostAdded)
{
    // The account's rows by key id, each taken by the first listed key of that id.
    QHash<QString, QList<int>> rowsOf;
    for (int row = 0; row < m_keys.size(); ++row) {
        if (m_accountOf.at(row) == accountId)
            rowsOf[m_keys.at(row).id].append(row);
    }
    QList<ApiKey> added;
    std::vector<int> changed;
    for (const ApiKey& key : keys) {
        QList<int>& rows = rowsOf[key.id];
        if (rows.isEmpty()) {
            added.append(key);
            continue;
        }
        const int row = rows.takeFirst();
        if (!(m_keys.at(row) == key)) {
            m_keys[row] = key;
            changed.push_back(row);
        }
    }
    keysChanged(std::move(changed));
    // What is no longer listed goes, from the bottom so the rows above keep their numbers.
    std::vector<int> gone;
    for (const QList<int>& rows : std::as_const(rowsOf))
        gone.insert(gone.end(), rows.cbegin(), rows.cend());
    removeKeyRows(std::move(gone));
    QList<ApiKey> later;
    if (added.size() > mostAdded) {
        later = added.mid(std::max<qsizetype>(0, mostAdded));
        added.resize(std::max<qsizetype>(0, mostAdded));
    }
    appendAccountKeys(accountId, added);
    return later;
}

void KeyTableModel::keysChanged(std::vector<int> rows)
{
    // Only these rows' search texts and places in the order are made again, and the views hear
    // of each run of neighbouring rows once.
    if (rows.empty())
        return;
    std::sort(rows.begin(), rows.end());
    rowsChanging(rows);
    dataChangedInRuns(rows, 0, ColumnCount - 1);
}

void KeyTableModel::dataChangedInRuns(const std::vector<int>& rows, int firstColumn, int lastColumn)
{
    std::size_t start = 0;
    for (std::size_t at = 1; at <= rows.size(); ++at) {
        if (at < rows.size() && rows[at] == rows[at - 1] + 1)
            continue;
        emit dataChanged(index(rows[start], firstColumn), index(rows[at - 1], lastColumn));
        start = at;
    }
}

void KeyTableModel::removeKeyRows(std::vector<int> rows)
{
    // From the bottom, a run of neighbouring rows at a time, so the rows above keep their numbers.
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    std::size_t start = 0;
    for (std::size_t at = 1; at <= rows.size(); ++at) {
        if (at < rows.size() && rows[at] == rows[at - 1] - 1)
            continue;
        const int first = rows[at - 1];
        const int last = rows[start];
        beginRemoveRows({}, first, last);
        m_keys.remove(first, last - first + 1);
        m_accountOf.remove(first, last - first + 1);
        keyRowsRemoved(first, last);
        endRemoveRows();
        start = at;
    }
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
    return m_defaults.revokeOn.value(keyId);
}

QString KeyTableModel::statusText(const Row& row) const
{
    const ApiKey& key = row.key;
    const KeyStatus status = shownStatus(key, now());
    const QDateTime revokeOn = revocationOf(row);
    if (!revokeOn.isValid() || status == KeyStatus::Revoked)
        return keyStatusText(status);
    // "Active — revoked on 11 Dec": the key still works, and when it stops is the news.
    const QDate day = revokeOn.toLocalTime().date();
    const QString date = day.year() == now().toLocalTime().date().year()
                             ? QLocale().toString(day, tr("d MMM", "day and short month"))
                             : QLocale().toString(day, QLocale::ShortFormat);
    return tr("%1 — revoked on %2").arg(keyStatusText(status), date);
}

void KeyTableModel::setKeys(const QList<ApiKey>& keys, const QString& accountId)
{
    rowsWillChange();
    beginResetModel();
    m_keys = keys;
    m_accountOf = QStringList(keys.size(), accountId);
    m_accountData.clear();
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

int KeyTableModel::rowOfKey(const QString& accountId, const QString& keyId) const
{
    for (int row = 0; row < m_keys.size(); ++row) {
        if (m_keys.at(row).id == keyId && m_accountOf.at(row) == accountId)
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
    const QString& accountId = m_accountOf.at(index.row());
    const Row row{*key, dataOf(accountId)};
    if (role == AccountIdRole)
        return accountId;
    if (!m_drift.isEmpty()) {
        if (QVariant drift = driftData(accountId, *key, index.column(), role); drift.isValid())
            return drift;
    }
    return roleData(row, index.column(), role);
}

QVariant KeyTableModel::roleData(const Row& row, int column, int role) const
{
    const ApiKey& key = row.key;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayData(row, column);
    case Qt::DecorationRole:
        return column == AccountColumn && !row.account.icon.isNull() ? QVariant(row.account.icon)
                                                                     : QVariant();
    case SortRole:
        return sortData(row, column);
    case KeyIdRole:
        return key.id;
    case RotationDueRole:
        return isRotationDue(row);
    case ScheduledRevocationRole:
        return revocationOf(row);
    case StatusRole:
        return int(shownStatus(key, now()));
    case SearchTextRole:
        return searchText(row);
    case Qt::ForegroundRole:
        return foregroundData(row, column);
    case Qt::FontRole:
        if (column == AgeColumn && isRotationDue(row)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return toolTipData(row, column);
    default:
        return {};
    }
}

QVariant KeyTableModel::foregroundData(const Row& row, int column) const
{
    const ApiKey& key = row.key;
    if (column == AgeColumn && isRotationDue(row))
        return QBrush(rotationDueColor());
    if (column == StatusColumn && revocationOf(row).isValid() && key.status != KeyStatus::Revoked)
        return QBrush(Palette::color(Palette::Role::ScheduledRevoke));
    if (column == ExpiresColumn && key.expires) {
        const qint64 left = now().secsTo(*key.expires);
        if (left <= 0)
            return QBrush(expiredColor());
        if (left < ExpiresSoonDays * SecondsPerDay)
            return QBrush(rotationDueColor());
    }
    if (isInactive(shownStatus(key, now())))
        return QBrush(inactiveColor());
    return {};
}

QVariant KeyTableModel::toolTipData(const Row& row, int column) const
{
    const ApiKey& key = row.key;
    const int policyDays = row.account.rotationDueDays;
    const QDateTime revokeOn = revocationOf(row);
    switch (column) {
    case AgeColumn:
        if (!key.created.isValid())
            return tr("The provider does not say when this key was created");
        if (isRotationDue(row))
            return tr("Rotation due: the policy is to rotate keys every %n days", nullptr,
                      policyDays);
        if (revokeOn.isValid())
            return tr("Being rotated: see View → Rotations");
        if (ageInDays(key.created, now()) >= policyDays)
            return tr("Older than the rotation policy, but this key cannot be rotated");
        return tr("Rotation due in %n days", nullptr,
                  int(policyDays - ageInDays(key.created, now())));
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
        if (revokeOn.isValid())
            return tr("A rotation revokes this key on %1 (View → Rotations)")
                .arg(QLocale().toString(revokeOn.toLocalTime(), QLocale::LongFormat));
        return key.readOnlyReason.isEmpty() ? QVariant() : QVariant(key.readOnlyReason);
    case OwnerColumn:
        return key.principal.isEmpty() ? QVariant() : QVariant(ownerText(key));
    default: {
        const QString text = displayData(row, column).toString();
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
        QT_TR_NOOP("Status"),   QT_TR_NOOP("Account")};
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
    return tr("%n days", nullptr, int(days));
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
    ApiKey key;
    key.services = services;
    return servicesText(Row{key, m_defaults});
}

QString KeyTableModel::servicesText(const Row& row) const
{
    QStringList labels;
    labels.reserve(row.key.services.size());
    for (const QString& service : row.key.services)
        labels.append(row.account.serviceLabels.value(service, service));
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
    return isRotationDue(Row{key, m_defaults});
}

bool KeyTableModel::isRotationDue(const Row& row) const
{
    // A key whose revocation is planned is being rotated already.
    return !row.account.revokeOn.contains(row.key.id) &&
           kw::isRotationDue(row.key, row.account.rotationDueDays, now());
}

void KeyTableModel::refreshTimes()
{
    if (m_keys.isEmpty())
        return;
    rowsWillChange();
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QVariant KeyTableModel::displayData(const Row& row, int column) const
{
    const ApiKey& key = row.key;
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
        return servicesText(row);
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
        return statusText(row);
    case AccountColumn:
        return row.account.label;
    default:
        return {};
    }
}

QVariant KeyTableModel::sortData(const Row& row, int column) const
{
    const ApiKey& key = row.key;
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
        return displayData(row, column).toString().toLower();
    }
}

QStringList KeyTableModel::searchParts(const Row& row, QHash<qint64, QString>* createdTexts) const
{
    const ApiKey& key = row.key;
    QStringList parts;
    parts.reserve(ColumnCount + 4 + key.services.size());
    // The account column is empty in the single-account view (no account data), so the filter
    // matches the account label only where the table shows it.
    for (int column = 0; column < ColumnCount; ++column) {
        if (column == CreatedColumn && createdTexts && key.created.isValid()) {
            // The local date is the same within a quarter of an hour (every UTC offset is a
            // whole number of quarters), and reading the time zone is slow.
            const qint64 quarter = key.created.toMSecsSinceEpoch() / (15 * 60 * 1000);
            auto known = createdTexts->constFind(quarter);
            if (known == createdTexts->cend())
                known = createdTexts->insert(quarter, createdText(key.created));
            parts.append(*known);
            continue;
        }
        parts.append(displayData(row, column).toString());
    }
    parts << key.id << key.description << key.principal << key.kind << key.services;
    return parts;
}

QString KeyTableModel::searchText(const Row& row) const
{
    return searchParts(row, nullptr).join(QLatin1Char('\n')).toLower();
}

} // namespace kw

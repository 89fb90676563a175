#pragma once

#include "core/ApiKey.h"
#include "core/Rotation.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <optional>

namespace kw {

// The keys of one account as table rows. Display text is what people read ("93 days",
// "3 h ago"); SortRole carries the raw value so that sorting never compares display text.
class KeyTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        PrefixColumn,
        OwnerColumn, // the key's principal; shown for providers whose keys have owners
        ServicesColumn,
        IpAllowlistColumn,
        CreatedColumn,
        AgeColumn,
        LastUsedColumn,
        ExpiresColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole,
        KeyIdRole,
        RotationDueRole, // bool, on every column of the row
        SearchTextRole,  // everything the filter box matches, lower case
        StatusRole,      // int(KeyStatus) as shown: an active key past its expiry reads Expired
        ScheduledRevocationRole, // QDateTime an open rotation revokes the key on; invalid: none
    };
    static constexpr int DefaultRotationDueDays = 90;

    explicit KeyTableModel(QObject* parent = nullptr);

    QDateTime now() const; // Clock::app(): tests hold a ScopedClock
    void setRotationDueDays(int days);
    int rotationDueDays() const { return m_rotationDueDays; }
    // Service id → translated label (from Capabilities); unknown ids are shown as they come.
    void setServiceLabels(const QHash<QString, QString>& labels);

    void setKeys(const QList<ApiKey>& keys);
    // Key id → when its open rotation revokes it (the grace period's end). Such a key reads
    // "Active — revoked on 11 Dec" and is not due for rotation.
    void setScheduledRevocations(const QHash<QString, QDateTime>& revokeOn);
    QDateTime scheduledRevocation(const QString& keyId) const;
    // What setScheduledRevocations takes, from the open rotations of one account.
    static QHash<QString, QDateTime> scheduledRevocations(const QList<RotationRecord>& open,
                                                          const QString& accountId);
    const QList<ApiKey>& keys() const { return m_keys; }
    const ApiKey* keyAt(int row) const;
    int rowOfKey(const QString& keyId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Shared with the details pane, so both read the same.
    static qint64 ageInDays(const QDateTime& created, const QDateTime& now);
    static QString ageText(qint64 days);
    static QString lastUsedText(const std::optional<QDateTime>& lastUsed, const QDateTime& now);
    static QString createdText(const QDateTime& created);
    // "never", "in 3 h", "in 20 days", "expired 2 days ago"
    static QString expiresText(const std::optional<QDateTime>& expires, const QDateTime& now);
    static constexpr int ExpiresSoonDays = 7;
    // The status people should see: a key past its expiry is expired whatever the list says.
    static KeyStatus shownStatus(const ApiKey& key, const QDateTime& now);
    QString servicesText(const QStringList& services) const;
    static QString ipAllowlistText(const QStringList& entries);
    // "root", a user name, a principal; with its kind where the provider says (Scaleway).
    static QString ownerText(const ApiKey& key);
    bool isRotationDue(const ApiKey& key) const;

public slots:
    // Re-reads the clock (age and "last used" move with time).
    void refreshTimes();

private:
    QVariant displayData(const ApiKey& key, int column) const;
    QVariant sortData(const ApiKey& key, int column) const;
    QVariant toolTipData(const ApiKey& key, int column) const;
    QString searchText(const ApiKey& key) const;
    QString statusText(const ApiKey& key) const;

    QList<ApiKey> m_keys;
    QHash<QString, QString> m_serviceLabels;
    QHash<QString, QDateTime> m_revokeOn;
    int m_rotationDueDays = DefaultRotationDueDays;
};

} // namespace kw

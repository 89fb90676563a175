#pragma once

#include "console/KeyDrift.h"
#include "core/ApiKey.h"
#include "core/Rotation.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QStringList>
#include <QTimer>
#include <array>
#include <limits>
#include <optional>
#include <vector>

namespace kw {

// The keys of one account, or of every account (the fleet view), as table rows. Each row carries
// its account (AccountIdRole); service labels, scheduled revocations and the rotation policy are
// the row's account's (setAccountData), else the defaults the plain setters give. Display text
// is what people read ("93 days", "3 h ago"); SortRole carries the raw value so that sorting
// never compares display text.
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
        AccountColumn, // provider icon and account label; the window shows it in the fleet view
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
        AccountIdRole,           // the account the row's key belongs to
        DriftRole,               // int(DriftKind): new, vanished or orphan (KeyDrift); 0: none
    };
    // What the rows of one account are shown with in the fleet view.
    struct AccountData
    {
        QString label;
        QIcon icon; // the provider's
        QHash<QString, QString> serviceLabels;
        QHash<QString, QDateTime> revokeOn; // key id → scheduled revocation
        int rotationDueDays = DefaultRotationDueDays;
    };
    static constexpr int DefaultRotationDueDays = 90;

    explicit KeyTableModel(QObject* parent = nullptr);

    QDateTime now() const; // Clock::app(): tests hold a ScopedClock
    void setRotationDueDays(int days);
    int rotationDueDays() const { return m_defaults.rotationDueDays; }
    // Service id → translated label (from Capabilities); unknown ids are shown as they come.
    void setServiceLabels(const QHash<QString, QString>& labels);

    // The keys of one account (the single-account view): replaces every row and forgets any
    // setAccountData; the plain setters' values apply.
    void setKeys(const QList<ApiKey>& keys, const QString& accountId = {});
    // Replaces the rows of one account only (the fleet view): rows of other accounts, and the
    // account's rows whose key id is listed again, stay where they are, so a selection held by
    // the view stays on the same (account, key id). Empty keys: the account's rows go.
    // mostAdded: at most that many keys not shown yet are added; the rest are returned, in
    // their order, for appendAccountKeys to add later (ui/FleetArrivals: in slices).
    QList<ApiKey> setAccountKeys(const QString& accountId, const QList<ApiKey>& keys,
                                 qsizetype mostAdded = std::numeric_limits<qsizetype>::max());
    // Adds rows for keys of the account that are not shown yet, after every row.
    void appendAccountKeys(const QString& accountId, const QList<ApiKey>& keys);
    void setAccountData(const QString& accountId, const AccountData& data);
    void removeAccountData(const QString& accountId);
    bool hasAccountData() const { return !m_accountData.isEmpty(); }
    QString accountIdAt(int row) const { return m_accountOf.value(row); }
    int rowOfKey(const QString& accountId, const QString& keyId) const;
    int rotationDueDaysOf(const QString& accountId) const
    {
        return dataOf(accountId).rotationDueDays;
    }
    QHash<QString, QString> serviceLabelsOf(const QString& accountId) const
    {
        return dataOf(accountId).serviceLabels;
    }
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

    // Without QAbstractItemModel::hasIndex's virtual calls: the proxy asks for an index on every
    // comparison of a sort and every row it filters.
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
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

    // What the filter and the sort read, kept per row and rebuilt only after the rows change
    // (KeyTableModelIndex.cpp). generation() changes before every change of the rows is
    // announced, so a reader can tell whether what it derived from them still holds.
    quint64 generation() const { return m_generation; }
    // Everything the filter box matches (SearchTextRole), case-folded, as UTF-8; built once a row.
    const QByteArray& foldedSearchText(int row) const;
    // A word typed in the filter box, folded the same way.
    static QByteArray foldedForSearch(const QString& text);
    // The row's place in the column's order by SortRole (as QSortFilterProxyModel compares it,
    // strings locale-aware): equal values have equal ranks. Built for a column on first use.
    quint32 sortRank(int column, int row) const;
    // Every row's sortRank for the column, by row.
    const std::vector<quint32>& sortRanks(int column) const;
    // The column's ranks made afresh from every row; sortRanks merges rows changed or appended
    // since into what it built, and must equal this.
    std::vector<quint32> buildSortRanks(int column) const;
    // Whether every row's search text is made. After the rows change they are made ahead, a few
    // milliseconds at a time while the event loop is idle, so that the first keystroke after a
    // load finds them made and no GUI-thread event takes long.
    bool searchTextsReady() const;

    // Drift (console/KeyDrift) of one account's keys: the name shows a badge with the word
    // ("new", "vanished", "orphan") and its accessible description says what it means. A
    // vanished key's row is one of the keys given to setKeys/setAccountKeys (KeyDrift's ghost).
    void setAccountDrift(const QString& accountId, const QHash<QString, DriftKind>& drift);
    DriftKind driftOf(const QString& accountId, const QString& keyId) const;
    // The rows kept for keys that vanished: shown, but no longer keys of their account.
    QList<int> vanishedRows() const;
    // How many there are: kept up to date as rows come and go and drift is set, so that the
    // window counts keys without looking through every row.
    int vanishedRowCount() const { return m_ghostRows; }
    // The badge: the word in a rounded frame, in the palette's colour for the kind.
    static QPixmap driftBadge(DriftKind kind);

public slots:
    // Re-reads the clock (age and "last used" move with time).
    void refreshTimes();

private:
    // A row's key with what its account shows it with.
    struct Row
    {
        const ApiKey& key;
        const AccountData& account;
    };
    const AccountData& dataOf(const QString& accountId) const;
    QVariant roleData(const Row& row, int column, int role) const;
    QVariant displayData(const Row& row, int column) const;
    QVariant sortData(const Row& row, int column) const;
    QVariant toolTipData(const Row& row, int column) const;
    QVariant foregroundData(const Row& row, int column) const;
    QString searchText(const Row& row) const;
    // The texts searchText joins; createdTexts, when given, keeps the dates already written.
    QStringList searchParts(const Row& row, QHash<qint64, QString>* createdTexts) const;
    void buildSearchTexts() const;
    QString statusText(const Row& row) const;
    static QDateTime revocationOf(const Row& row) { return row.account.revokeOn.value(row.key.id); }
    bool isRotationDue(const Row& row) const;
    QString servicesText(const Row& row) const;
    void rowsChanged(int first, int last);
    void keysChanged(std::vector<int> rows); // setAccountKeys' changed rows, told in runs
    // One dataChanged per run of neighbouring rows (rows sorted ascending).
    void dataChangedInRuns(const std::vector<int>& rows, int firstColumn, int lastColumn);
    void removeKeyRows(std::vector<int> rows); // setAccountKeys' rows no longer listed
    void rowsWillChange(); // a new generation: what was derived from the rows is dropped
    // DriftRole, and the name's badge and description; invalid for the other roles and columns.
    QVariant driftData(const QString& accountId, const ApiKey& key, int column, int role) const;
    // A new generation in which only these rows changed, were appended or were removed: the
    // rest of what was derived from the rows is kept (KeyTableModelIndex.cpp).
    void rowsChanging(const std::vector<int>& rows);
    void rowsAppended(int first, int last);
    void keyRowsRemoved(int first, int last); // not Qt's signal: the rows' derived data
    void restartSearchTexts(qsizetype from);

    // A column's ranks with the rows in their order, so that a few rows changed or appended are
    // merged in rather than every row sorted again.
    struct SortIndex
    {
        std::vector<quint32> ranks; // by row
        std::vector<int> order;     // rows by rank
        std::vector<int> pending;   // rows changed or appended since, to merge in
        bool numbers = false;       // compared as qint64 rather than as strings
        bool built = false;
    };
    SortIndex buildSortIndex(int column) const;
    void mergePending(int column, SortIndex& index) const;

    QList<ApiKey> m_keys;
    QStringList m_accountOf; // the account of each row of m_keys
    AccountData m_defaults;  // what the plain setters set
    QHash<QString, AccountData> m_accountData;
    quint64 m_generation = 0;
    mutable std::vector<QByteArray> m_searchTexts; // by row; null: not built yet
    mutable std::array<SortIndex, ColumnCount> m_sortIndex;
    // Making the search texts ahead (KeyTableModelIndex.cpp): rows before m_searchTextNext are
    // made; the timer makes the next slice.
    void makeSearchTexts(qsizetype first, qsizetype last,
                         QHash<qint64, QString>* createdTexts) const;
    void makeSearchTextsAhead();
    QTimer* m_searchTextTimer = nullptr;
    qsizetype m_searchTextNext = 0;
    QHash<QString, QHash<QString, DriftKind>> m_drift; // account id → key id → drift
    // Rows whose key vanished (vanishedRowCount), kept by the model's own row signals
    // (KeyTableModelDrift.cpp), so that every way rows come and go is counted.
    int m_ghostRows = 0;
    void countGhostRows();
    int ghostRowsIn(int first, int last) const;
};

} // namespace kw

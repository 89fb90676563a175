#pragma once

#include "console/KeyFilters.h"
#include "core/ApiKey.h"
#include "core/Capabilities.h"

#include <QAbstractProxyModel>
#include <QHash>
#include <QStringList>
#include <QThreadPool>
#include <optional>
#include <utility>
#include <vector>

namespace kw {

class KeyTableModel;

// Filters the key table by the words typed in the filter box: a row stays when every word
// occurs in one of its fields (name, prefix, id, services, whitelist, status, description…),
// and by the KeyFilter the window's filter row sets (console/KeyFilters, which keywarden-cli
// keys list applies too); every filter that is set must hold.
// In the fleet view each row is filtered with its own account's capabilities and rotation policy.
// Sorts by the model's raw values (KeyTableModel::SortRole), never by display text.
//
// It keeps its own rows: every source row in the sort's order, and the rows shown, in that order.
// A filter that changes is one pass over the sorted rows (no sort again); a sort is a counting
// sort on the model's sort ranks. Rows that come and go in a few runs are announced as inserted
// and removed (a selected row filtered out is deselected, the others keep their selection); many
// runs as one layout change.
class KeyFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit KeyFilterProxy(QObject* parent = nullptr);

    QString filterText() const { return m_text; }
    bool rotationDueOnly() const { return m_filter.rotationDueOnly; }
    std::optional<KeyStatus> statusFilter() const { return m_filter.status; }
    const KeyFilter& keyFilter() const { return m_filter; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    void setSourceModel(QAbstractItemModel* model) override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& index) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // By the model's SortRole values, strings locale-aware; equal values keep the source's order.
    // A column out of range: the source's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

public slots:
    void setFilterText(const QString& text);
    // Only keys whose rotation is due (KeyTableModel::RotationDueRole).
    void setRotationDueOnly(bool only);
    // Only keys shown with this status (KeyTableModel::StatusRole); nullopt: every status.
    void setStatusFilter(std::optional<KeyStatus> status);
    // The filters of KeyFilters; status and rotation due as the two setters above.
    void setExpiresWithinDays(std::optional<int> days);
    void setUnusedForDays(std::optional<int> days);
    void setInactiveOnly(bool only);
    void setNeverUsedOnly(bool only);
    // Keys with this drift (KeyTableModel::DriftRole); DriftKind::None: any; nullopt: every key.
    void setDriftFilter(std::optional<DriftKind> drift);
    // What the listed account's provider reports (whether it reports last use).
    void setCapabilities(const Capabilities& caps);
    // The same for the rows of one account (the fleet view); setCapabilities' for the others.
    void setAccountCapabilities(const QString& accountId, const Capabilities& caps);
    void removeAccountCapabilities(const QString& accountId);

private:
    // Filtering (KeyFilterProxy.cpp).
    bool filterAcceptsRow(int sourceRow) const;
    void setFilter(const KeyFilter& filter);
    bool textMatches(int sourceRow) const;
    // Which rows hold every word, for the model generation m_matchGeneration; when the new text
    // only narrows the old one, the rows that failed the old text are not looked at again.
    void matchText(bool hadNoWords, bool narrowsBefore);
    bool matchesKnown() const;
    // Every row filtered again (the text from what matchText found) and the rows shown changed.
    void refilterAll();
    void acceptAll();
    // The rows' filters looked at again, the text too (after a change of those rows).
    void refilterRows(int first, int last);
    std::vector<int> acceptedRows() const;

    // The rows (KeyFilterProxyRows.cpp).
    void connectSource(QAbstractItemModel* model);
    std::vector<int> sourceOrder() const;
    // base: every source row once, in the order rows of equal value keep.
    std::vector<int> sortedOrder(std::vector<int> base) const;
    void resetRows();
    // The accepted rows of m_order shown: as rows removed and inserted when the shown rows that
    // stay keep their order and the runs are few, else as a layout change.
    void showAccepted(bool orderChanged);
    bool changeInRuns(const std::vector<int>& rows);
    void relayout(std::vector<int> rows);
    int proxyRowOf(int sourceRow) const;
    void onRowsInserted(const QModelIndex& parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last);
    void onRowsRemoved(const QModelIndex& parent, int first, int last);
    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                       const QList<int>& roles);
    void onLayoutAboutToBeChanged();
    void onLayoutChanged();

    QString m_text;
    QStringList m_words;
    QList<QByteArray> m_foldedWords;
    const KeyTableModel* m_model = nullptr; // the source model, when it is a KeyTableModel
    // By source row: holds every word. Bytes, not bits: acceptAll copies it as it is.
    std::vector<char> m_matched;
    quint64 m_matchGeneration = 0;
    bool m_matchValid = false;
    KeyFilter m_filter;
    Capabilities m_caps;
    QHash<QString, Capabilities> m_accountCaps;

    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_order;              // every source row, in the sort's order
    std::vector<int> m_rows;               // by proxy row: its source row
    std::vector<char> m_accepted;          // by source row: passes every filter
    mutable std::vector<int> m_proxyRows;  // by source row: its proxy row, -1: not shown
    mutable bool m_proxyRowsValid = false; // m_proxyRows is made again when asked for
    QList<QMetaObject::Connection> m_connections;
    // A layout change of the source: its rows and the proxy's persistent indexes before it.
    QList<QPersistentModelIndex> m_layoutSources;
    QModelIndexList m_layoutBefore;
};

} // namespace kw

// KeyFilterProxy's own rows: every source row in the sort's order (m_order) and the accepted
// ones shown in that order (m_rows), kept in step with the source model's changes. With 100 000
// keys QSortFilterProxyModel sorted every row again when a filter was cleared; here that is one
// pass over m_order.
#include "KeyFilterProxy.h"
#include "KeyTableModel.h"

#include <QCollator>
#include <algorithm>
#include <numeric>

namespace kw {

void KeyFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    beginResetModel();
    for (const QMetaObject::Connection& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(model);
    m_model = qobject_cast<const KeyTableModel*>(model);
    if (model)
        connectSource(model);
    resetRows();
    endResetModel();
}

void KeyFilterProxy::connectSource(QAbstractItemModel* model)
{
    using M = QAbstractItemModel;
    const auto reset = [this] {
        resetRows();
        endResetModel();
    };
    const auto willReset = [this] { beginResetModel(); };
    m_connections << connect(model, &M::modelAboutToBeReset, this, willReset)
                  << connect(model, &M::modelReset, this, reset)
                  << connect(model, &M::rowsInserted, this, &KeyFilterProxy::onRowsInserted)
                  << connect(model, &M::rowsAboutToBeRemoved, this,
                             &KeyFilterProxy::onRowsAboutToBeRemoved)
                  << connect(model, &M::rowsRemoved, this, &KeyFilterProxy::onRowsRemoved)
                  << connect(model, &M::dataChanged, this, &KeyFilterProxy::onDataChanged)
                  << connect(model, &M::layoutAboutToBeChanged, this,
                             &KeyFilterProxy::onLayoutAboutToBeChanged)
                  << connect(model, &M::layoutChanged, this, &KeyFilterProxy::onLayoutChanged);
    // What a table model seldom does: a reset of the proxy.
    m_connections << connect(model, &M::rowsAboutToBeMoved, this, willReset)
                  << connect(model, &M::rowsMoved, this, reset)
                  << connect(model, &M::columnsAboutToBeInserted, this, willReset)
                  << connect(model, &M::columnsInserted, this, reset)
                  << connect(model, &M::columnsAboutToBeRemoved, this, willReset)
                  << connect(model, &M::columnsRemoved, this, reset)
                  << connect(model, &M::columnsAboutToBeMoved, this, willReset)
                  << connect(model, &M::columnsMoved, this, reset);
    m_connections << connect(model, &M::headerDataChanged, this,
                             [this](Qt::Orientation orientation, int first, int last) {
                                 if (orientation == Qt::Horizontal)
                                     emit headerDataChanged(orientation, first, last);
                                 else if (rowCount() > 0)
                                     emit headerDataChanged(orientation, 0, rowCount() - 1);
                             });
    m_connections << connect(model, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_model = nullptr;
        m_order.clear();
        m_rows.clear();
        m_accepted.clear();
        m_matched.clear();
        m_matchValid = false;
        m_proxyRowsValid = false;
        endResetModel();
    });
}

std::vector<int> KeyFilterProxy::sourceOrder() const
{
    std::vector<int> order(static_cast<std::size_t>(sourceModel() ? sourceModel()->rowCount() : 0));
    std::iota(order.begin(), order.end(), 0);
    return order;
}

std::vector<int> KeyFilterProxy::sortedOrder(std::vector<int> base) const
{
    const int count = int(base.size());
    if (count == 0 || m_sortColumn < 0 || m_sortColumn >= columnCount())
        return sourceOrder();
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    if (m_model && m_model->rowCount() == count) {
        // A counting sort on the ranks: rows of equal rank keep their order in base both ways,
        // as QSortFilterProxyModel's stable sort of its rows keeps them.
        const std::vector<quint32>& ranks = m_model->sortRanks(m_sortColumn);
        const quint32 top = *std::max_element(ranks.cbegin(), ranks.cend());
        const auto bucket = [&](int row) {
            const quint32 rank = ranks[std::size_t(row)];
            return std::size_t(ascending ? rank : top - rank);
        };
        std::vector<int> starts(std::size_t(top) + 2, 0);
        for (const int row : base)
            ++starts[bucket(row) + 1];
        std::partial_sum(starts.begin(), starts.end(), starts.begin());
        std::vector<int> order(base.size());
        for (const int row : base)
            order[std::size_t(starts[bucket(row)]++)] = row;
        return order;
    }
    std::vector<int>& order = base;
    // Another model: its SortRole values compared as QSortFilterProxyModel compares them.
    std::vector<QVariant> values(order.size());
    for (int row = 0; row < count; ++row)
        values[std::size_t(row)] =
            sourceModel()->index(row, m_sortColumn).data(KeyTableModel::SortRole);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const auto less = [&](int a, int b) {
        const QVariant& left = values[std::size_t(ascending ? a : b)];
        const QVariant& right = values[std::size_t(ascending ? b : a)];
        if (left.typeId() == QMetaType::QString || right.typeId() == QMetaType::QString)
            return collator.compare(left.toString(), right.toString()) < 0;
        return QVariant::compare(left, right) == QPartialOrdering::Less;
    };
    std::stable_sort(order.begin(), order.end(), less);
    return order;
}

void KeyFilterProxy::resetRows()
{
    m_order = sortedOrder(sourceOrder());
    matchText(true, false);
    acceptAll();
    m_rows = acceptedRows();
    m_proxyRowsValid = false;
}

void KeyFilterProxy::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column < 0 ? -1 : column;
    m_sortOrder = order;
    m_order = sortedOrder(m_order.size() == m_accepted.size() ? m_order : sourceOrder());
    std::vector<int> rows = acceptedRows();
    if (rows != m_rows)
        relayout(std::move(rows));
}

void KeyFilterProxy::showAccepted(bool orderChanged)
{
    std::vector<int> rows = acceptedRows();
    if (rows == m_rows)
        return;
    if (!orderChanged && changeInRuns(rows))
        return;
    relayout(std::move(rows));
}

bool KeyFilterProxy::changeInRuns(const std::vector<int>& rows)
{
    std::vector<char> shown(m_accepted.size(), 0);
    for (const int row : m_rows)
        shown[std::size_t(row)] = 1;
    std::vector<std::pair<int, int>> removals; // first and last proxy row of each run
    for (int at = 0; at < int(m_rows.size()); ++at) {
        if (m_accepted[std::size_t(m_rows[std::size_t(at)])])
            continue;
        if (!removals.empty() && removals.back().second == at - 1)
            removals.back().second = at;
        else
            removals.emplace_back(at, at);
    }
    std::vector<std::pair<int, int>> inserts; // first row in rows, and how many
    for (int at = 0; at < int(rows.size()); ++at) {
        if (shown[std::size_t(rows[std::size_t(at)])])
            continue;
        if (!inserts.empty() && inserts.back().first + inserts.back().second == at)
            ++inserts.back().second;
        else
            inserts.emplace_back(at, 1);
    }
    // Each run moves the rows after it, here and in every view's header; past that, one layout
    // change costs less: 256 runs of an account's new rows among 9 000 took 6-16 ms of processor
    // time (bench_fleet), where a layout change takes about one.
    constexpr std::size_t ManyRuns = 256;
    constexpr std::size_t ManyMoves = std::size_t(1) << 17;
    const std::size_t runs = removals.size() + inserts.size();
    if (runs > ManyRuns || runs * std::max(m_rows.size(), rows.size()) > ManyMoves)
        return false;
    // The rows that stay must keep their order.
    std::vector<int> stayBefore;
    std::vector<int> stayAfter;
    std::copy_if(m_rows.cbegin(), m_rows.cend(), std::back_inserter(stayBefore),
                 [this](int row) { return m_accepted[std::size_t(row)] != 0; });
    std::copy_if(rows.cbegin(), rows.cend(), std::back_inserter(stayAfter),
                 [&shown](int row) { return shown[std::size_t(row)] != 0; });
    if (stayBefore != stayAfter)
        return false;
    for (auto run = removals.crbegin(); run != removals.crend(); ++run) {
        beginRemoveRows({}, run->first, run->second);
        m_rows.erase(m_rows.begin() + run->first, m_rows.begin() + run->second + 1);
        m_proxyRowsValid = false;
        endRemoveRows();
    }
    for (const auto& [at, count] : inserts) {
        beginInsertRows({}, at, at + count - 1);
        m_rows.insert(m_rows.begin() + at, rows.begin() + at, rows.begin() + at + count);
        m_proxyRowsValid = false;
        endInsertRows();
    }
    return true;
}

void KeyFilterProxy::relayout(std::vector<int> rows)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<std::pair<int, int>> sources; // source row and column of each
    sources.reserve(std::size_t(before.size()));
    for (const QModelIndex& index : before) {
        const bool known = index.isValid() && index.row() < int(m_rows.size());
        sources.emplace_back(known ? m_rows[std::size_t(index.row())] : -1, index.column());
    }
    m_rows = std::move(rows);
    m_proxyRowsValid = false;
    QModelIndexList after;
    after.reserve(before.size());
    for (const auto& [source, column] : sources) {
        const int row = source < 0 ? -1 : proxyRowOf(source);
        after.append(row < 0 ? QModelIndex() : createIndex(row, column));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int KeyFilterProxy::proxyRowOf(int sourceRow) const
{
    if (!m_proxyRowsValid) {
        std::size_t size = m_accepted.size();
        for (const int row : m_rows)
            size = std::max(size, std::size_t(row) + 1);
        m_proxyRows.assign(size, -1);
        for (std::size_t at = 0; at < m_rows.size(); ++at)
            m_proxyRows[std::size_t(m_rows[at])] = int(at);
        m_proxyRowsValid = true;
    }
    return sourceRow >= 0 && std::size_t(sourceRow) < m_proxyRows.size()
               ? m_proxyRows[std::size_t(sourceRow)]
               : -1;
}

void KeyFilterProxy::onRowsInserted(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    for (int& row : m_order)
        row += row >= first ? count : 0;
    for (int& row : m_rows)
        row += row >= first ? count : 0;
    m_proxyRowsValid = false;
    m_accepted.insert(m_accepted.begin() + first, std::size_t(count), 0);
    if (m_matchValid && m_matched.size() + std::size_t(count) == std::size_t(m_model->rowCount()))
        m_matched.insert(m_matched.begin() + first, std::size_t(count), 0);
    else
        m_matchValid = false;
    refilterRows(first, last);
    // New rows come after the rows they equal, as QSortFilterProxyModel inserts them.
    for (int row = first; row <= last; ++row)
        m_order.push_back(row);
    m_order = sortedOrder(std::move(m_order));
    showAccepted(false);
}

void KeyFilterProxy::onRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    for (int row = first; row <= last && row < int(m_accepted.size()); ++row)
        m_accepted[std::size_t(row)] = 0;
    m_order.erase(std::remove_if(m_order.begin(), m_order.end(),
                                 [first, last](int row) { return row >= first && row <= last; }),
                  m_order.end());
    showAccepted(false);
}

void KeyFilterProxy::onRowsRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    for (int& row : m_order)
        row -= row > last ? count : 0;
    for (int& row : m_rows)
        row -= row > last ? count : 0;
    m_proxyRowsValid = false;
    if (std::size_t(last) < m_accepted.size())
        m_accepted.erase(m_accepted.begin() + first, m_accepted.begin() + last + 1);
    const bool keep = m_model && m_matchValid && std::size_t(last) < m_matched.size() &&
                      m_matched.size() == std::size_t(m_model->rowCount() + count);
    m_matchValid = keep;
    if (keep) {
        m_matched.erase(m_matched.begin() + first, m_matched.begin() + last + 1);
        m_matchGeneration = m_model->generation();
    }
}

void KeyFilterProxy::onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                   const QList<int>& roles)
{
    if (!topLeft.isValid() || topLeft.parent().isValid() || !bottomRight.isValid())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    refilterRows(first, last);
    bool orderChanged = false;
    if (m_sortColumn >= topLeft.column() && m_sortColumn <= bottomRight.column()) {
        // The changed rows go after the rows they equal, as QSortFilterProxyModel puts them.
        std::vector<int> base;
        base.reserve(m_order.size());
        std::copy_if(m_order.cbegin(), m_order.cend(), std::back_inserter(base),
                     [first, last](int row) { return row < first || row > last; });
        for (int row = first; row <= last; ++row)
            base.push_back(row);
        std::vector<int> order = sortedOrder(std::move(base));
        orderChanged = order != m_order;
        m_order = std::move(order);
    }
    showAccepted(orderChanged);
    int top = -1;
    int bottom = -1;
    for (int row = first; row <= last; ++row) {
        const int at = proxyRowOf(row);
        if (at < 0)
            continue;
        top = top < 0 ? at : std::min(top, at);
        bottom = std::max(bottom, at);
    }
    if (top >= 0)
        emit dataChanged(index(top, topLeft.column()), index(bottom, bottomRight.column()), roles);
}

void KeyFilterProxy::onLayoutAboutToBeChanged()
{
    emit layoutAboutToBeChanged();
    m_layoutBefore = persistentIndexList();
    m_layoutSources.clear();
    for (const QModelIndex& index : std::as_const(m_layoutBefore))
        m_layoutSources.append(QPersistentModelIndex(mapToSource(index)));
}

void KeyFilterProxy::onLayoutChanged()
{
    resetRows();
    QModelIndexList after;
    for (const QPersistentModelIndex& source : std::as_const(m_layoutSources))
        after.append(mapFromSource(source));
    changePersistentIndexList(m_layoutBefore, after);
    m_layoutBefore.clear();
    m_layoutSources.clear();
    emit layoutChanged();
}

QModelIndex KeyFilterProxy::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this || !sourceModel() ||
        proxyIndex.row() >= int(m_rows.size()))
        return {};
    return sourceModel()->index(m_rows[std::size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex KeyFilterProxy::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel())
        return {};
    const int row = proxyRowOf(sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QModelIndex KeyFilterProxy::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || row >= int(m_rows.size()) || column < 0 ||
        column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex KeyFilterProxy::parent(const QModelIndex&) const
{
    return {};
}

QModelIndex KeyFilterProxy::sibling(int row, int column, const QModelIndex&) const
{
    return index(row, column);
}

int KeyFilterProxy::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KeyFilterProxy::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool KeyFilterProxy::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QVariant KeyFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!sourceModel())
        return {};
    if (orientation == Qt::Vertical && section >= 0 && section < int(m_rows.size()))
        section = m_rows[std::size_t(section)];
    return sourceModel()->headerData(section, orientation, role);
}

} // namespace kw

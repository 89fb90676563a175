// What KeyFilterProxy filters and sorts on, derived from the rows once and kept until they
// change: with 100 000 keys, asking data() for a QVariant on every keystroke and on every
// comparison of a sort took seconds.
#include "KeyTableModel.h"

#include <QCollator>
#include <QCollatorSortKey>
#include <QElapsedTimer>
#include <algorithm>
#include <numeric>

namespace kw {

void KeyTableModel::rowsWillChange()
{
    ++m_generation;
    m_searchTexts.clear();
    for (SortIndex& index : m_sortIndex)
        index = SortIndex();
    restartSearchTexts(0);
}

void KeyTableModel::restartSearchTexts(qsizetype from)
{
    // The texts are made again once the rows have settled: a list arriving page by page, or
    // account by account, is not made again after every page.
    constexpr int SettleMs = 50;
    m_searchTextNext = std::min(m_searchTextNext, from);
    if (!m_searchTextTimer) {
        m_searchTextTimer = new QTimer(this);
        connect(m_searchTextTimer, &QTimer::timeout, this, &KeyTableModel::makeSearchTextsAhead);
    }
    m_searchTextTimer->start(SettleMs);
}

void KeyTableModel::rowsChanging(const std::vector<int>& rows)
{
    if (rows.empty())
        return;
    ++m_generation;
    const std::size_t count = std::size_t(m_keys.size());
    if (m_searchTexts.size() == count) {
        for (const int row : rows)
            m_searchTexts[std::size_t(row)] = QByteArray();
    }
    for (SortIndex& index : m_sortIndex) {
        if (index.built)
            index.pending.insert(index.pending.end(), rows.cbegin(), rows.cend());
    }
    restartSearchTexts(*std::min_element(rows.cbegin(), rows.cend()));
}

void KeyTableModel::appendAccountKeys(const QString& accountId, const QList<ApiKey>& keys)
{
    if (keys.isEmpty())
        return;
    const int first = int(m_keys.size());
    const int last = first + int(keys.size()) - 1;
    beginInsertRows({}, first, last);
    m_keys.append(keys);
    m_accountOf.reserve(m_keys.size());
    for (qsizetype i = 0; i < keys.size(); ++i)
        m_accountOf.append(accountId);
    rowsAppended(first, last); // only the new rows are sorted and merged in
    endInsertRows();
}

void KeyTableModel::rowsAppended(int first, int last)
{
    // Called with the rows in m_keys, before the views hear of them.
    ++m_generation;
    if (m_searchTexts.size() + std::size_t(last - first + 1) == std::size_t(m_keys.size()))
        m_searchTexts.resize(std::size_t(m_keys.size()));
    else
        m_searchTexts.clear();
    for (SortIndex& index : m_sortIndex) {
        if (!index.built)
            continue;
        index.ranks.resize(std::size_t(m_keys.size()), 0);
        for (int row = first; row <= last; ++row)
            index.pending.push_back(row);
    }
    restartSearchTexts(first);
}

void KeyTableModel::keyRowsRemoved(int first, int last)
{
    // Called with the rows gone from m_keys, before the views hear of it.
    ++m_generation;
    const int count = last - first + 1;
    if (m_searchTexts.size() == std::size_t(m_keys.size() + count))
        m_searchTexts.erase(m_searchTexts.begin() + first, m_searchTexts.begin() + last + 1);
    else
        m_searchTexts.clear();
    const auto shifted = [first, last, count](int row) {
        return row < first ? row : (row > last ? row - count : -1);
    };
    for (SortIndex& index : m_sortIndex) {
        if (!index.built)
            continue;
        // Equal neighbours stay equal: the ranks are numbered again from the old ones.
        std::vector<int> order;
        order.reserve(index.order.size());
        std::vector<quint32> ranks(std::size_t(m_keys.size()), 0);
        quint32 rank = 0;
        bool any = false;
        quint32 previous = 0;
        for (const int row : index.order) {
            const int now = shifted(row);
            if (now < 0)
                continue;
            const quint32 old = index.ranks[std::size_t(row)];
            rank += any && old != previous ? 1 : 0;
            any = true;
            previous = old;
            ranks[std::size_t(now)] = rank;
            order.push_back(now);
        }
        std::vector<int> pending;
        for (const int row : index.pending) {
            if (shifted(row) >= 0)
                pending.push_back(shifted(row));
        }
        index.order = std::move(order);
        index.ranks = std::move(ranks);
        index.pending = std::move(pending);
    }
    restartSearchTexts(first);
}

bool KeyTableModel::searchTextsReady() const
{
    return m_searchTextNext >= m_keys.size() && m_searchTexts.size() == std::size_t(m_keys.size());
}

void KeyTableModel::makeSearchTextsAhead()
{
    // A slice well under a frame, so that typing and painting go on while the texts are made.
    constexpr qint64 SliceNs = 4'000'000;
    constexpr qsizetype Step = 64;
    if (m_searchTexts.size() != std::size_t(m_keys.size()))
        buildSearchTexts();
    QElapsedTimer slice;
    slice.start();
    QHash<qint64, QString> createdTexts;
    while (m_searchTextNext < m_keys.size() && slice.nsecsElapsed() < SliceNs) {
        const qsizetype last = std::min<qsizetype>(m_keys.size(), m_searchTextNext + Step);
        makeSearchTexts(m_searchTextNext, last, &createdTexts);
        m_searchTextNext = last;
    }
    if (m_searchTextNext >= m_keys.size())
        m_searchTextTimer->stop();
    else
        m_searchTextTimer->start(0);
}

void KeyTableModel::makeSearchTexts(qsizetype first, qsizetype last,
                                    QHash<qint64, QString>* createdTexts) const
{
    for (qsizetype next = first; next < last; ++next) {
        QByteArray& made = m_searchTexts[std::size_t(next)];
        if (!made.isNull())
            continue;
        const Row key{m_keys.at(next), dataOf(m_accountOf.at(next))};
        made = foldedForSearch(searchParts(key, createdTexts).join(QLatin1Char('\n')));
        if (made.isNull())
            made = QByteArray("", 0);
    }
}

QByteArray KeyTableModel::foldedForSearch(const QString& text)
{
    QByteArray folded = text.toCaseFolded().toUtf8();
    folded.squeeze(); // toUtf8() leaves room for three bytes a character: kept for every row
    return folded;
}

void KeyTableModel::buildSearchTexts() const
{
    // None made yet: foldedSearchText makes them as the filter asks, so that a page of rows
    // coming in while a filter is set does not make every row's text again.
    m_searchTexts.assign(std::size_t(m_keys.size()), QByteArray());
}

const QByteArray& KeyTableModel::foldedSearchText(int row) const
{
    static const QByteArray none;
    if (row < 0 || row >= m_keys.size())
        return none;
    if (m_searchTexts.size() != std::size_t(m_keys.size()))
        buildSearchTexts();
    QByteArray& text = m_searchTexts[std::size_t(row)];
    if (text.isNull()) {
        // Rows are asked for in order on a keystroke: the following rows are made with the
        // same dates at hand, and reading the time zone for each date is slow.
        QHash<qint64, QString> createdTexts;
        makeSearchTexts(row, std::min<qsizetype>(m_keys.size(), row + 256), &createdTexts);
    }
    return text;
}

QModelIndex KeyTableModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || row >= m_keys.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

quint32 KeyTableModel::sortRank(int column, int row) const
{
    if (row < 0 || row >= m_keys.size() || column < 0 || column >= ColumnCount)
        return 0;
    return sortRanks(column)[std::size_t(row)];
}

const std::vector<quint32>& KeyTableModel::sortRanks(int column) const
{
    static const std::vector<quint32> none;
    if (column < 0 || column >= ColumnCount)
        return none;
    SortIndex& index = m_sortIndex[std::size_t(column)];
    if (index.built && !index.pending.empty())
        mergePending(column, index);
    if (!index.built || index.ranks.size() != std::size_t(m_keys.size()))
        index = buildSortIndex(column);
    return index.ranks;
}

namespace {

// Rows sorted by less, with their ranks: equal neighbours (neither less than the other) share
// a rank.
template <typename Less>
void rankRows(std::vector<int>& order, std::vector<quint32>& ranks, Less less)
{
    std::sort(order.begin(), order.end(), less);
    quint32 rank = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && less(order[i - 1], order[i]))
            ++rank;
        ranks[std::size_t(order[i])] = rank;
    }
}

} // namespace

std::vector<quint32> KeyTableModel::buildSortRanks(int column) const
{
    return buildSortIndex(column).ranks;
}

KeyTableModel::SortIndex KeyTableModel::buildSortIndex(int column) const
{
    const std::size_t count = std::size_t(m_keys.size());
    SortIndex index;
    index.built = true;
    index.order.resize(count);
    std::iota(index.order.begin(), index.order.end(), 0);
    index.ranks.assign(count, 0);
    std::vector<QVariant> values(count);
    bool numbers = true;
    for (std::size_t row = 0; row < count; ++row) {
        values[row] = sortData(
            Row{m_keys.at(qsizetype(row)), dataOf(m_accountOf.at(qsizetype(row)))}, column);
        numbers = numbers && values[row].typeId() != QMetaType::QString;
    }
    index.numbers = numbers;
    if (numbers) {
        std::vector<qint64> keys(count);
        for (std::size_t row = 0; row < count; ++row)
            keys[row] = values[row].toLongLong();
        rankRows(index.order, index.ranks,
                 [&keys](int a, int b) { return keys[std::size_t(a)] < keys[std::size_t(b)]; });
        return index;
    }
    // Strings compare as QString::localeAwareCompare does (the proxy sorts locale-aware), on
    // collation keys made once a row rather than twice a comparison.
    const QCollator collator;
    std::vector<QCollatorSortKey> keys;
    keys.reserve(count);
    for (std::size_t row = 0; row < count; ++row)
        keys.push_back(collator.sortKey(values[row].toString()));
    values.clear();
    rankRows(index.order, index.ranks, [&keys](int a, int b) {
        return keys[std::size_t(a)].compare(keys[std::size_t(b)]) < 0;
    });
    return index;
}

namespace {

// The rows to merge in, sorted among themselves: strings on collation keys made once a row.
template <typename ValueOf>
void sortFresh(std::vector<int>& fresh, bool numbers, ValueOf valueOf, const QCollator& collator)
{
    if (numbers) {
        std::sort(fresh.begin(), fresh.end(),
                  [&](int a, int b) { return valueOf(a).toLongLong() < valueOf(b).toLongLong(); });
        return;
    }
    std::vector<QCollatorSortKey> keys;
    keys.reserve(fresh.size());
    for (const int row : fresh)
        keys.push_back(collator.sortKey(valueOf(row).toString()));
    std::vector<std::size_t> at(fresh.size());
    std::iota(at.begin(), at.end(), std::size_t(0));
    std::sort(at.begin(), at.end(),
              [&keys](std::size_t a, std::size_t b) { return keys[a].compare(keys[b]) < 0; });
    std::vector<int> sorted;
    sorted.reserve(fresh.size());
    for (const std::size_t i : at)
        sorted.push_back(fresh[i]);
    fresh = std::move(sorted);
}

} // namespace

void KeyTableModel::mergePending(int column, SortIndex& index) const
{
    // The pending rows are sorted alone and merged into the order of the others; a search for
    // each in the rows after the last one's place, then one pass to number the ranks.
    const std::size_t count = std::size_t(m_keys.size());
    std::vector<char> isPending(count, 0);
    std::vector<int> fresh;
    for (const int row : index.pending) {
        if (row >= 0 && std::size_t(row) < count && !isPending[std::size_t(row)]) {
            isPending[std::size_t(row)] = 1;
            fresh.push_back(row);
        }
    }
    index.pending.clear();
    if (fresh.size() * 2 > count || index.ranks.size() != count) {
        index.built = false; // most rows changed: sorting them all costs less
        return;
    }
    std::vector<QVariant> values(count);
    const auto valueOf = [&](int row) -> const QVariant& {
        QVariant& value = values[std::size_t(row)];
        if (!value.isValid())
            value = sortData(Row{m_keys.at(row), dataOf(m_accountOf.at(row))}, column);
        return value;
    };
    for (const int row : fresh) {
        if (index.numbers && valueOf(row).typeId() == QMetaType::QString) {
            index.built = false; // a string among numbers: every row compares as a string now
            return;
        }
    }
    const QCollator collator;
    const auto compare = [&](int a, int b) {
        const QVariant& left = valueOf(a);
        const QVariant& right = valueOf(b);
        if (index.numbers) {
            const qint64 l = left.toLongLong();
            const qint64 r = right.toLongLong();
            return l < r ? -1 : (l > r ? 1 : 0);
        }
        return collator.compare(left.toString(), right.toString());
    };
    sortFresh(fresh, index.numbers, valueOf, collator);
    std::vector<int> kept;
    kept.reserve(index.order.size());
    std::copy_if(index.order.cbegin(), index.order.cend(), std::back_inserter(kept),
                 [&](int row) { return std::size_t(row) < count && !isPending[std::size_t(row)]; });
    std::vector<int> order;
    order.reserve(count);
    auto from = kept.cbegin();
    for (const int row : fresh) {
        const auto at = std::upper_bound(from, kept.cend(), row,
                                         [&](int a, int b) { return compare(a, b) < 0; });
        order.insert(order.end(), from, at);
        order.push_back(row);
        from = at;
    }
    order.insert(order.end(), from, kept.cend());
    // Neighbours both kept compare by their old ranks; a merged row by its value.
    std::vector<quint32> ranks(count, 0);
    quint32 rank = 0;
    for (std::size_t i = 1; i < order.size(); ++i) {
        const int a = order[i - 1];
        const int b = order[i];
        const bool less = isPending[std::size_t(a)] || isPending[std::size_t(b)]
                              ? compare(a, b) < 0
                              : index.ranks[std::size_t(a)] < index.ranks[std::size_t(b)];
        rank += less ? 1 : 0;
        ranks[std::size_t(b)] = rank;
    }
    index.order = std::move(order);
    index.ranks = std::move(ranks);
}

} // namespace kw

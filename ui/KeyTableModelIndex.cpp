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
    for (std::vector<quint32>& ranks : m_sortRanks)
        ranks.clear();
    // The texts are made again once the rows have settled: a list arriving page by page, or
    // account by account, is not made again after every page.
    constexpr int SettleMs = 50;
    m_searchTextNext = 0;
    if (!m_searchTextTimer) {
        m_searchTextTimer = new QTimer(this);
        connect(m_searchTextTimer, &QTimer::timeout, this, &KeyTableModel::makeSearchTextsAhead);
    }
    m_searchTextTimer->start(SettleMs);
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
    std::vector<quint32>& ranks = m_sortRanks[std::size_t(column)];
    if (ranks.size() != std::size_t(m_keys.size()))
        ranks = buildSortRanks(column);
    return ranks;
}

namespace {

// Ranks from rows sorted by less: equal neighbours (neither less than the other) share a rank.
template <typename Less>
std::vector<quint32> ranksOf(std::vector<int> order, std::size_t count, Less less)
{
    std::sort(order.begin(), order.end(), less);
    std::vector<quint32> ranks(count, 0);
    quint32 rank = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && less(order[i - 1], order[i]))
            ++rank;
        ranks[std::size_t(order[i])] = rank;
    }
    return ranks;
}

} // namespace

std::vector<quint32> KeyTableModel::buildSortRanks(int column) const
{
    const std::size_t count = std::size_t(m_keys.size());
    std::vector<int> order(count);
    std::iota(order.begin(), order.end(), 0);
    std::vector<QVariant> values(count);
    bool numbers = true;
    for (std::size_t row = 0; row < count; ++row) {
        values[row] = sortData(
            Row{m_keys.at(qsizetype(row)), dataOf(m_accountOf.at(qsizetype(row)))}, column);
        numbers = numbers && values[row].typeId() != QMetaType::QString;
    }
    if (numbers) {
        std::vector<qint64> keys(count);
        for (std::size_t row = 0; row < count; ++row)
            keys[row] = values[row].toLongLong();
        return ranksOf(std::move(order), count, [&keys](int a, int b) {
            return keys[std::size_t(a)] < keys[std::size_t(b)];
        });
    }
    // Strings compare as QString::localeAwareCompare does (the proxy sorts locale-aware), on
    // collation keys made once a row rather than twice a comparison.
    const QCollator collator;
    std::vector<QCollatorSortKey> keys;
    keys.reserve(count);
    for (std::size_t row = 0; row < count; ++row)
        keys.push_back(collator.sortKey(values[row].toString()));
    values.clear();
    return ranksOf(std::move(order), count, [&keys](int a, int b) {
        return keys[std::size_t(a)].compare(keys[std::size_t(b)]) < 0;
    });
}

} // namespace kw

#include "KeyFilterProxy.h"

#include "KeyTableModel.h"

#include <algorithm>

namespace kw {

KeyFilterProxy::KeyFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(KeyTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void KeyFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    m_model = qobject_cast<const KeyTableModel*>(model);
    m_matchValid = false;
    QSortFilterProxyModel::setSourceModel(model);
}

namespace {

// Every word of before occurs within a word of after: a row that lacks one of before's words
// lacks one of after's too.
bool narrows(const QList<QByteArray>& before, const QList<QByteArray>& after)
{
    return std::all_of(before.cbegin(), before.cend(), [&after](const QByteArray& old) {
        return std::any_of(after.cbegin(), after.cend(),
                           [&old](const QByteArray& word) { return word.contains(old); });
    });
}

} // namespace

void KeyFilterProxy::setFilterText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QList<QByteArray> before = m_foldedWords;
    m_foldedWords.clear();
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        m_foldedWords.append(KeyTableModel::foldedForSearch(word));
    // QSortFilterProxyModel takes rows out and puts them back one run of neighbours at a time:
    // many scattered rows cost far more than mapping and sorting every row again.
    constexpr qsizetype ManyRows = 256;
    const qsizetype changed = matchText(before.isEmpty(), narrows(before, m_foldedWords));
    if (changed >= 0 && changed <= ManyRows)
        invalidateFilter();
    else
        invalidate();
}

qsizetype KeyFilterProxy::matchText(bool hadNoWords, bool narrowsBefore)
{
    if (!m_model) {
        m_matchValid = false;
        return -1;
    }
    const int rows = m_model->rowCount();
    // Which rows held the words before: all of them when there were none.
    std::vector<bool> before;
    if (hadNoWords)
        before.assign(std::size_t(rows), true);
    else if (m_matchValid && m_matchGeneration == m_model->generation() &&
             m_matched.size() == std::size_t(rows))
        before = std::move(m_matched);
    const bool known = !before.empty() || rows == 0;
    m_matchValid = false;
    m_matched.clear();
    if (m_foldedWords.isEmpty())
        return known ? std::count(before.cbegin(), before.cend(), false) : -1;
    const bool reuse = known && narrowsBefore;
    m_matched.assign(std::size_t(rows), false);
    qsizetype changed = 0;
    for (int row = 0; row < rows; ++row) {
        const std::size_t at = std::size_t(row);
        m_matched[at] = (!reuse || before[at]) && textMatches(row);
        if (known)
            changed += m_matched[at] != before[at];
    }
    m_matchGeneration = m_model->generation();
    m_matchValid = true;
    return known ? changed : -1;
}

bool KeyFilterProxy::textMatches(int sourceRow) const
{
    const QByteArray& haystack = m_model->foldedSearchText(sourceRow);
    return std::all_of(m_foldedWords.cbegin(), m_foldedWords.cend(),
                       [&haystack](const QByteArray& word) { return haystack.contains(word); });
}

bool KeyFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_model || sortRole() != KeyTableModel::SortRole || !isSortLocaleAware() ||
        left.column() != right.column() || left.model() != m_model || right.model() != m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    return m_model->sortRank(left.column(), left.row()) <
           m_model->sortRank(right.column(), right.row());
}

void KeyFilterProxy::setFilter(const KeyFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateFilter();
}

void KeyFilterProxy::setRotationDueOnly(bool only)
{
    KeyFilter filter = m_filter;
    filter.rotationDueOnly = only;
    setFilter(filter);
}

void KeyFilterProxy::setStatusFilter(std::optional<KeyStatus> status)
{
    KeyFilter filter = m_filter;
    filter.status = status;
    setFilter(filter);
}

void KeyFilterProxy::setExpiresWithinDays(std::optional<int> days)
{
    KeyFilter filter = m_filter;
    filter.expiresWithinDays = days;
    setFilter(filter);
}

void KeyFilterProxy::setUnusedForDays(std::optional<int> days)
{
    KeyFilter filter = m_filter;
    filter.unusedForDays = days;
    setFilter(filter);
}

void KeyFilterProxy::setInactiveOnly(bool only)
{
    KeyFilter filter = m_filter;
    filter.inactiveOnly = only;
    setFilter(filter);
}

void KeyFilterProxy::setNeverUsedOnly(bool only)
{
    KeyFilter filter = m_filter;
    filter.neverUsedOnly = only;
    setFilter(filter);
}

void KeyFilterProxy::setDriftFilter(std::optional<DriftKind> drift)
{
    KeyFilter filter = m_filter;
    filter.drift = drift;
    setFilter(filter);
}

void KeyFilterProxy::setCapabilities(const Capabilities& caps)
{
    m_caps = caps;
    invalidateFilter();
}

void KeyFilterProxy::setAccountCapabilities(const QString& accountId, const Capabilities& caps)
{
    // Given again on every change of the account (each page of a long list): the rows are
    // filtered again only when what console/KeyFilters reads of them (last use) changed.
    const auto known = m_accountCaps.constFind(accountId);
    const bool same = known != m_accountCaps.cend() && known->providerId == caps.providerId &&
                      known->lastUsed == caps.lastUsed;
    m_accountCaps.insert(accountId, caps);
    if (!same)
        invalidateFilter();
}

void KeyFilterProxy::removeAccountCapabilities(const QString& accountId)
{
    if (m_accountCaps.remove(accountId) > 0)
        invalidateFilter();
}

bool KeyFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    // The words first: on a KeyTableModel that is a look-up in what setFilterText found.
    const bool byText = m_model && !m_foldedWords.isEmpty();
    if (byText) {
        const bool known = m_matchValid && m_matchGeneration == m_model->generation() &&
                           std::size_t(sourceRow) < m_matched.size();
        if (!(known ? bool(m_matched[std::size_t(sourceRow)]) : textMatches(sourceRow)))
            return false;
    }
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    // Status and rotation due as the table shows them: the model knows the open rotations.
    if (m_filter.rotationDueOnly && !row.data(KeyTableModel::RotationDueRole).toBool())
        return false;
    if (m_filter.status && row.data(KeyTableModel::StatusRole).toInt() != int(*m_filter.status))
        return false;
    if (m_filter.drift &&
        !matchesDrift(m_filter, DriftKind(row.data(KeyTableModel::DriftRole).toInt())))
        return false;
    KeyFilter rest = m_filter;
    rest.rotationDueOnly = false;
    rest.status.reset();
    rest.drift.reset();
    if (!rest.isEmpty()) {
        const auto* model = qobject_cast<const KeyTableModel*>(sourceModel());
        const ApiKey* key = model ? model->keyAt(sourceRow) : nullptr;
        if (!key)
            return false;
        const QString accountId = model->accountIdAt(sourceRow);
        const auto caps = m_accountCaps.constFind(accountId);
        if (!matches(rest, *key, caps == m_accountCaps.cend() ? m_caps : *caps, model->now(),
                     model->rotationDueDaysOf(accountId)))
            return false;
    }
    if (byText || m_words.isEmpty())
        return true;
    const QString haystack = row.data(KeyTableModel::SearchTextRole).toString();
    for (const QString& word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

} // namespace kw

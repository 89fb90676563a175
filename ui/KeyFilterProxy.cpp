#include "KeyFilterProxy.h"

#include "KeyTableModel.h"

namespace kw {

KeyFilterProxy::KeyFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(KeyTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void KeyFilterProxy::setFilterText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
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
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    // Status and rotation due as the table shows them: the model knows the open rotations.
    if (m_filter.rotationDueOnly && !row.data(KeyTableModel::RotationDueRole).toBool())
        return false;
    if (m_filter.status && row.data(KeyTableModel::StatusRole).toInt() != int(*m_filter.status))
        return false;
    KeyFilter rest = m_filter;
    rest.rotationDueOnly = false;
    rest.status.reset();
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
    if (m_words.isEmpty())
        return true;
    const QString haystack = row.data(KeyTableModel::SearchTextRole).toString();
    for (const QString& word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

} // namespace kw

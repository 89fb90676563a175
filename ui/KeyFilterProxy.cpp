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

void KeyFilterProxy::setRotationDueOnly(bool only)
{
    if (only == m_rotationDueOnly)
        return;
    m_rotationDueOnly = only;
    invalidateFilter();
}

void KeyFilterProxy::setStatusFilter(std::optional<KeyStatus> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

bool KeyFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_rotationDueOnly && !row.data(KeyTableModel::RotationDueRole).toBool())
        return false;
    if (m_status && row.data(KeyTableModel::StatusRole).toInt() != int(*m_status))
        return false;
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

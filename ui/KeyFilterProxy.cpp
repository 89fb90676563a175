// The filters: which source rows KeyFilterProxy shows (KeyFilterProxyRows.cpp keeps the rows).
#include "KeyFilterProxy.h"

#include "KeyTableModel.h"

#include <algorithm>
#include <cstring>

namespace kw {

KeyFilterProxy::KeyFilterProxy(QObject* parent) : QAbstractProxyModel(parent) {}

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
    matchText(before.isEmpty(), narrows(before, m_foldedWords));
    refilterAll();
}

bool KeyFilterProxy::matchesKnown() const
{
    return m_model && m_matchValid && m_matchGeneration == m_model->generation() &&
           m_matched.size() == std::size_t(m_model->rowCount());
}

void KeyFilterProxy::matchText(bool hadNoWords, bool narrowsBefore)
{
    if (!m_model || m_foldedWords.isEmpty()) {
        m_matchValid = false;
        m_matched.clear();
        return;
    }
    // Rows that lacked the old words lack the new ones too: only the others are looked at.
    const bool reuse = !hadNoWords && narrowsBefore && matchesKnown();
    const std::vector<char> before = reuse ? std::move(m_matched) : std::vector<char>();
    const int rows = m_model->rowCount();
    m_matched.assign(std::size_t(rows), 0);
    for (int row = 0; row < rows; ++row)
        m_matched[std::size_t(row)] =
            (!reuse || before[std::size_t(row)]) && textMatches(row) ? 1 : 0;
    m_matchGeneration = m_model->generation();
    m_matchValid = true;
}

namespace {

// Whether word occurs in text. glibc's memmem is about twice as fast as QByteArray::contains on
// these short texts, but sets up a table on every call: for the first few letters typed (the
// keystrokes that look at the most rows) finding the first byte with memchr and comparing the
// rest took half the time (100 000 texts of 157 bytes, "st": 11 -> 5 ms, "sto": 16 -> 6 ms).
bool occursIn(const QByteArray& text, const QByteArray& word)
{
    constexpr qsizetype ShortWord = 4;
    const qsizetype size = word.size();
    if (size > ShortWord)
        return memmem(text.constData(), std::size_t(text.size()), word.constData(),
                      std::size_t(size)) != nullptr;
    if (size == 0)
        return true;
    const char* at = text.constData();
    const char* const end = at + text.size();
    while (end - at >= size) {
        const auto* first = static_cast<const char*>(
            std::memchr(at, word.front(), std::size_t(end - at - size + 1)));
        if (!first)
            return false;
        if (std::memcmp(first + 1, word.constData() + 1, std::size_t(size - 1)) == 0)
            return true;
        at = first + 1;
    }
    return false;
}

} // namespace

bool KeyFilterProxy::textMatches(int sourceRow) const
{
    const QByteArray& haystack = m_model->foldedSearchText(sourceRow);
    return std::all_of(m_foldedWords.cbegin(), m_foldedWords.cend(),
                       [&haystack](const QByteArray& word) { return occursIn(haystack, word); });
}

void KeyFilterProxy::acceptAll()
{
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    if (m_words.isEmpty() && m_filter.isEmpty()) {
        m_accepted.assign(std::size_t(rows), 1);
        return;
    }
    if (m_filter.isEmpty() && matchesKnown()) { // the words alone, as matchText found them
        m_accepted.assign(m_matched.cbegin(), m_matched.cend());
        return;
    }
    m_accepted.assign(std::size_t(rows), 0);
    for (int row = 0; row < rows; ++row)
        m_accepted[std::size_t(row)] = filterAcceptsRow(row) ? 1 : 0;
}

void KeyFilterProxy::refilterAll()
{
    acceptAll();
    showAccepted(false);
}

void KeyFilterProxy::refilterRows(int first, int last)
{
    // What the proxy knows of the other rows' words still holds: only these rows changed.
    const bool keep = m_model && m_matchValid && !m_foldedWords.isEmpty() &&
                      m_matched.size() == std::size_t(m_model->rowCount());
    for (int row = first; row <= last && row < int(m_accepted.size()); ++row) {
        if (keep)
            m_matched[std::size_t(row)] = textMatches(row);
        m_accepted[std::size_t(row)] = filterAcceptsRow(row) ? 1 : 0;
    }
    if (keep)
        m_matchGeneration = m_model->generation();
}

std::vector<int> KeyFilterProxy::acceptedRows() const
{
    std::vector<int> rows;
    rows.reserve(m_order.size());
    for (const int row : m_order) {
        if (m_accepted[std::size_t(row)])
            rows.push_back(row);
    }
    return rows;
}

void KeyFilterProxy::setFilter(const KeyFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refilterAll();
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
    refilterAll();
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
        refilterAll();
}

void KeyFilterProxy::removeAccountCapabilities(const QString& accountId)
{
    if (m_accountCaps.remove(accountId) > 0)
        refilterAll();
}

bool KeyFilterProxy::filterAcceptsRow(int sourceRow) const
{
    // The words first: on a KeyTableModel that is a look-up in what setFilterText found.
    const bool byText = m_model && !m_foldedWords.isEmpty();
    if (byText) {
        const bool known = matchesKnown();
        if (!(known ? bool(m_matched[std::size_t(sourceRow)]) : textMatches(sourceRow)))
            return false;
    }
    const QModelIndex row = sourceModel()->index(sourceRow, 0);
    if (!m_filter.isEmpty()) {
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
            const ApiKey* key = m_model ? m_model->keyAt(sourceRow) : nullptr;
            if (!key)
                return false;
            const QString accountId = m_model->accountIdAt(sourceRow);
            const auto caps = m_accountCaps.constFind(accountId);
            if (!matches(rest, *key, caps == m_accountCaps.cend() ? m_caps : *caps, m_model->now(),
                         m_model->rotationDueDaysOf(accountId)))
                return false;
        }
    }
    if (byText || m_words.isEmpty())
        return true;
    const QString haystack = row.data(KeyTableModel::SearchTextRole).toString();
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&haystack](const QString& word) { return haystack.contains(word); });
}

} // namespace kw

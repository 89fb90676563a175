// The key table's drift (console/KeyDrift): the badge on a key's name, its description and
// DriftRole. Apart from KeyTableModel.cpp, which would pass 600 lines.
#include "KeyTableModel.h"
#include "Palette.h"

#include <QFontMetrics>
#include <QGuiApplication>
#include <QPainter>
#include <QPixmap>

namespace kw {

void KeyTableModel::setAccountDrift(const QString& accountId,
                                    const QHash<QString, DriftKind>& drift)
{
    const auto known = m_drift.constFind(accountId);
    const QHash<QString, DriftKind> before =
        known == m_drift.cend() ? QHash<QString, DriftKind>() : *known;
    if (before == drift)
        return;
    if (drift.isEmpty())
        m_drift.remove(accountId);
    else
        m_drift.insert(accountId, drift);
    // Only the rows whose drift changed repaint, a run of neighbours at a time: thousands of
    // keys marked as seen at once are not thousands of signals, each re-sorting the proxy.
    std::vector<int> changed;
    for (int row = 0; row < rowCount(); ++row) {
        if (m_accountOf.at(row) != accountId)
            continue;
        const QString& keyId = m_keys.at(row).id;
        const DriftKind was = before.value(keyId, DriftKind::None);
        const DriftKind now = drift.value(keyId, DriftKind::None);
        if (was == now)
            continue;
        m_ghostRows += int(now == DriftKind::Vanished) - int(was == DriftKind::Vanished);
        changed.push_back(row);
    }
    dataChangedInRuns(changed, NameColumn, NameColumn);
}

void KeyTableModel::countGhostRows()
{
    // Rows come and go only between these signals (setKeys resets; setAccountKeys inserts and
    // removes), and the rows are in place when each is emitted.
    connect(this, &QAbstractItemModel::modelReset, this,
            [this] { m_ghostRows = ghostRowsIn(0, rowCount() - 1); });
    connect(this, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) {
                m_ghostRows += ghostRowsIn(first, last);
            });
    connect(this, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex&, int first, int last) {
                m_ghostRows -= ghostRowsIn(first, last);
            });
}

int KeyTableModel::ghostRowsIn(int first, int last) const
{
    int ghosts = 0;
    for (int row = first; !m_drift.isEmpty() && row <= last; ++row) {
        if (driftOf(m_accountOf.at(row), m_keys.at(row).id) == DriftKind::Vanished)
            ++ghosts;
    }
    return ghosts;
}

QList<int> KeyTableModel::vanishedRows() const
{
    QList<int> rows;
    rows.reserve(m_ghostRows);
    for (int row = 0; m_ghostRows > 0 && row < m_keys.size(); ++row) {
        if (driftOf(m_accountOf.at(row), m_keys.at(row).id) == DriftKind::Vanished)
            rows.append(row);
    }
    return rows;
}

DriftKind KeyTableModel::driftOf(const QString& accountId, const QString& keyId) const
{
    const auto account = m_drift.constFind(accountId);
    return account == m_drift.cend() ? DriftKind::None : account->value(keyId, DriftKind::None);
}

QVariant KeyTableModel::driftData(const QString& accountId, const ApiKey& key, int column,
                                  int role) const
{
    const bool badge = column == NameColumn &&
                       (role == Qt::DecorationRole || role == Qt::AccessibleDescriptionRole);
    if (role != DriftRole && !badge)
        return {};
    const DriftKind drift = driftOf(accountId, key.id);
    if (role == DriftRole)
        return int(drift);
    if (drift == DriftKind::None)
        return {};
    if (role == Qt::DecorationRole)
        return driftBadge(drift);
    return driftMeaning(drift);
}

QPixmap KeyTableModel::driftBadge(DriftKind kind)
{
    const Palette::Role role = kind == DriftKind::New      ? Palette::Role::Warning
                               : kind == DriftKind::Orphan ? Palette::Role::Danger
                                                           : Palette::Role::Inactive;
    const QColor colour = Palette::color(role);
    // On the Base colour, which the palette's colours contrast with, so that the word reads on
    // a selected (highlighted) row too.
    const QColor ground = QGuiApplication::palette().color(QPalette::Base);
    const QString word = driftKindText(kind);
    // Cached per word and colour: the view asks on every paint of a drifting row.
    static QHash<QString, QPixmap> cache;
    const QString cacheKey = word + colour.name(QColor::HexArgb) + ground.name(QColor::HexArgb);
    if (const auto found = cache.constFind(cacheKey); found != cache.cend())
        return *found;
    QFont font = QGuiApplication::font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    font.setBold(true);
    const QFontMetrics metrics(font);
    const qreal ratio = qApp ? qApp->devicePixelRatio() : 1.0;
    const QSize size(metrics.horizontalAdvance(word) + 10, metrics.height());
    QPixmap pixmap(size * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour, 1));
    painter.setBrush(ground);
    painter.drawRoundedRect(QRectF(0.5, 0.5, size.width() - 1, size.height() - 1), 4, 4);
    painter.setFont(font);
    painter.drawText(QRect(QPoint(0, 0), size), Qt::AlignCenter, word);
    painter.end();
    cache.insert(cacheKey, pixmap);
    return pixmap;
}

} // namespace kw

#include "AccountListModel.h"

#include "Palette.h"
#include "console/AppController.h"

#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace kw {

using namespace Qt::StringLiterals;

namespace {

// A 32 px icon drawn by `draw` on an antialiased painter.
template <typename Draw> QIcon paintedIcon(Draw draw)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    draw(painter);
    painter.end();
    return QIcon(pixmap);
}

// A filled disc of `color`, the ground of the ok and error icons.
void drawDisc(QPainter& painter, const QColor& color)
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(2, 2, 28, 28));
}

// Painted rather than loaded: the SVG image plugin is not a dependency of the app.
QIcon statusIcon(AppController::LoadState state)
{
    using State = AppController::LoadState;
    static const QIcon ok = paintedIcon([](QPainter& painter) {
        drawDisc(painter, Palette::accent(Palette::Accent::Ok));
        painter.setPen(QPen(Palette::onAccent(), 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        QPainterPath tick;
        tick.moveTo(9, 16.5);
        tick.lineTo(14, 21.5);
        tick.lineTo(23, 11);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(tick);
    });
    static const QIcon error = paintedIcon([](QPainter& painter) {
        drawDisc(painter, Palette::accent(Palette::Accent::Error));
        painter.setBrush(Palette::onAccent());
        painter.drawRoundedRect(QRectF(14, 7, 4, 12), 2, 2);
        painter.drawEllipse(QRectF(13.8, 21.5, 4.4, 4.4));
    });
    static const QIcon busy = paintedIcon([](QPainter& painter) {
        painter.setPen(QPen(Palette::accent(Palette::Accent::BusyTrack), 4));
        painter.drawEllipse(QRectF(4, 4, 24, 24));
        painter.setPen(
            QPen(Palette::accent(Palette::Accent::BusyArc), 4, Qt::SolidLine, Qt::RoundCap));
        painter.drawArc(QRectF(4, 4, 24, 24), 90 * 16, -90 * 16);
    });
    switch (state) {
    case State::Ok:
        return ok;
    case State::Error:
        return error;
    default:
        return busy;
    }
}

} // namespace

AccountListModel::AccountListModel(AppController* controller, QObject* parent)
    : QAbstractListModel(parent), m_controller(controller), m_ids(controller->accountIds()),
      m_allRow(m_ids.size() >= 2)
{
    connect(controller, &AppController::accountAdded, this, &AccountListModel::onAdded);
    connect(controller, &AppController::accountChanged, this, &AccountListModel::onChanged);
    connect(controller, &AppController::accountRemoved, this, &AccountListModel::onRemoved);
}

QString AccountListModel::accountIdAt(int row) const
{
    return m_ids.value(row - (m_allRow ? 1 : 0));
}

int AccountListModel::rowOfAccount(const QString& accountId) const
{
    if (accountId.isEmpty())
        return allAccountsRow();
    const int at = int(m_ids.indexOf(accountId));
    return at < 0 ? -1 : at + (m_allRow ? 1 : 0);
}

int AccountListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size()) + (m_allRow ? 1 : 0);
}

QIcon AccountListModel::providerIcon(const QString& providerId, const QString& providerName)
{
    static QHash<QString, QIcon> icons;
    const auto found = icons.constFind(providerId);
    if (found != icons.cend())
        return *found;
    // A hue per provider id, the same on every run (qHash is seeded per process); sixteen
    // steps keep today's five providers apart.
    uint hash = 0;
    for (const QChar c : providerId)
        hash = hash * 31 + c.unicode();
    const QColor color = Palette::providerAccent(hash);
    const QString initial = providerName.isEmpty() ? u"?"_s : providerName.left(1).toUpper();
    const QIcon icon = paintedIcon([&](QPainter& painter) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawRoundedRect(QRectF(2, 2, 28, 28), 6, 6);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(20);
        painter.setFont(font);
        painter.setPen(Palette::onAccent());
        painter.drawText(QRectF(2, 2, 28, 28), Qt::AlignCenter, initial);
    });
    icons.insert(providerId, icon);
    return icon;
}

QString AccountListModel::aggregateStatusText() const
{
    int keys = 0;
    int loading = 0;
    int failed = 0;
    using State = AppController::LoadState;
    for (const QString& id : m_ids) {
        const AppController::AccountView* view = m_controller->account(id);
        if (!view)
            continue;
        keys += int(view->keys.size());
        if (view->state == State::Error)
            ++failed;
        else if (view->state != State::Ok)
            ++loading;
    }
    QStringList parts{tr("%Ln key(s)", nullptr, keys)};
    if (loading > 0)
        parts << tr("%Ln loading", nullptr, loading);
    if (failed > 0)
        parts << tr("%Ln failed", nullptr, failed);
    return parts.join(u" · "_s);
}

QVariant AccountListModel::allAccountsData(int role) const
{
    using State = AppController::LoadState;
    switch (role) {
    case Qt::DisplayRole:
        return QString(tr("All accounts") + QLatin1Char('\n') + aggregateStatusText());
    case Qt::AccessibleTextRole:
        return tr("All accounts, %1").arg(aggregateStatusText());
    case Qt::ToolTipRole:
        return tr("Every key of every account in one table");
    case Qt::DecorationRole: {
        // Busy while any account loads, else an error when one failed.
        State state = State::Ok;
        for (const QString& id : m_ids) {
            const AppController::AccountView* view = m_controller->account(id);
            if (view && view->state != State::Ok && view->state != State::Error)
                return statusIcon(view->state);
            if (view && view->state == State::Error)
                state = State::Error;
        }
        return statusIcon(state);
    }
    case AccountIdRole:
        return QString();
    case AllAccountsRole:
        return true;
    case StatusTextRole:
        return aggregateStatusText();
    default:
        return {};
    }
}

QString AccountListModel::statusText(const QString& accountId) const
{
    const AppController::AccountView* view = m_controller->account(accountId);
    if (!view)
        return {};
    using State = AppController::LoadState;
    switch (view->state) {
    case State::Idle:
        return tr("not loaded");
    case State::ReadingToken:
        return tr("reading token…");
    case State::Loading:
        return tr("loading…");
    case State::Ok: {
        const int count = int(view->keys.size());
        return tr("%n key(s)", nullptr, count);
    }
    case State::Error:
        return tr("error");
    }
    return {};
}

QVariant AccountListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (index.row() == allAccountsRow())
        return allAccountsData(role);
    const QString id = accountIdAt(index.row());
    const AppController::AccountView* view = m_controller->account(id);
    if (!view)
        return {};
    const QString providerName =
        view->capabilities ? view->capabilities->providerName : view->account.provider;
    using State = AppController::LoadState;
    switch (role) {
    case Qt::DisplayRole:
        return QString(view->account.label + QLatin1Char('\n') + providerName + u" · "_s +
                       statusText(id));
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %3").arg(view->account.label, providerName, statusText(id));
    case Qt::ToolTipRole: {
        QString tip = view->account.endpoint.toDisplayString();
        if (view->sessionOnly)
            tip += QLatin1Char('\n') + tr("Token held for this session only");
        if (view->state == State::Error)
            tip += QLatin1Char('\n') + view->errorText;
        return tip;
    }
    case Qt::DecorationRole:
        return statusIcon(view->state);
    case AccountIdRole:
        return id;
    case AllAccountsRole:
        return false;
    case StateRole:
        return int(view->state);
    case StatusTextRole:
        return statusText(id);
    default:
        return {};
    }
}

void AccountListModel::onAdded(const QString& accountId)
{
    if (m_ids.contains(accountId))
        return;
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_ids.append(accountId);
    endInsertRows();
    updateAllRow();
}

void AccountListModel::onChanged(const QString& accountId)
{
    const int row = rowOfAccount(accountId);
    if (row >= 0)
        emit dataChanged(index(row), index(row));
    if (m_allRow) // its status adds up every account's
        emit dataChanged(index(0), index(0));
}

void AccountListModel::onRemoved(const QString& accountId)
{
    const int row = rowOfAccount(accountId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row - (m_allRow ? 1 : 0));
    endRemoveRows();
    updateAllRow();
}

void AccountListModel::updateAllRow()
{
    const bool wanted = m_ids.size() >= 2;
    if (wanted == m_allRow) {
        if (m_allRow)
            emit dataChanged(index(0), index(0));
        return;
    }
    if (wanted) {
        beginInsertRows({}, 0, 0);
        m_allRow = true;
        endInsertRows();
    } else {
        beginRemoveRows({}, 0, 0);
        m_allRow = false;
        endRemoveRows();
    }
}

} // namespace kw

#include "FleetArrivals.h"

#include "KeyTableModel.h"

#include <QElapsedTimer>

namespace kw {

FleetArrivals::FleetArrivals(KeyTableModel* model, QObject* parent)
    : QObject(parent), m_model(model)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FleetArrivals::addSlices);
    // Every row replaced (the single-account view, a reload): nothing pending still applies.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_pending.clear();
        m_order.clear();
        m_timer.stop();
    });
}

void FleetArrivals::setAccountKeys(const QString& accountId, const QList<ApiKey>& keys)
{
    forget(accountId);
    QList<ApiKey> later = m_model->setAccountKeys(accountId, keys, SliceRows);
    if (later.isEmpty())
        return;
    m_pending.insert(accountId, std::move(later));
    m_order.append(accountId);
    // A timer rather than a queued call: a queued call would go out in the same pass as the
    // repaint this slice asked for (Qt sends the posted events together); between timers, the
    // event loop sends what was posted and reads what came in (input, answers) first.
    m_timer.start(0);
}

void FleetArrivals::forget(const QString& accountId)
{
    if (m_pending.remove(accountId) > 0)
        m_order.removeOne(accountId);
    if (m_pending.isEmpty())
        m_timer.stop();
}

void FleetArrivals::addSlices()
{
    // A few milliseconds of work a turn, at least one slice; the accounts in turn.
    constexpr qint64 BudgetNs = 3'000'000;
    QElapsedTimer spent;
    spent.start();
    while (!m_order.isEmpty() && (spent.nsecsElapsed() < BudgetNs)) {
        const QString accountId = m_order.takeFirst();
        QList<ApiKey>& keys = m_pending[accountId];
        const qsizetype count = std::min(SliceRows, keys.size());
        const QList<ApiKey> slice = keys.first(count);
        keys.remove(0, count);
        const bool done = keys.isEmpty();
        if (done)
            m_pending.remove(accountId);
        else
            m_order.append(accountId);
        m_model->appendAccountKeys(accountId, slice);
        emit sliceAdded(accountId);
        if (done)
            emit accountComplete(accountId);
    }
    if (!m_order.isEmpty())
        m_timer.start(0);
}

} // namespace kw

#include "IdleLock.h"

#include "core/Clock.h"

#include <QCoreApplication>
#include <QEvent>

namespace kw {

IdleLock::IdleLock(QObject* parent) : QObject(parent)
{
    m_timer.setInterval(DefaultCheckInterval);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::check);
    if (QCoreApplication* app = QCoreApplication::instance())
        app->installEventFilter(this);
    m_lastInput = Clock::app().nowUtc();
}

IdleLock::~IdleLock()
{
    if (QCoreApplication* app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleLock::setMinutes(int minutes)
{
    m_minutes = std::max(0, minutes);
    restart();
}

void IdleLock::setCheckInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void IdleLock::restart()
{
    m_lastInput = Clock::app().nowUtc();
    if (m_minutes > 0 && !m_locked)
        m_timer.start();
    else
        m_timer.stop();
}

void IdleLock::check()
{
    if (m_locked || m_minutes <= 0)
        return;
    const qint64 idleMs = m_lastInput.msecsTo(Clock::app().nowUtc());
    if (idleMs < qint64(m_minutes) * 60 * 1000)
        return;
    m_locked = true;
    m_timer.stop();
    emit locked();
}

void IdleLock::unlock()
{
    m_locked = false;
    restart();
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        // Input while locked goes to the lock screen; it does not unlock by itself.
        if (!m_locked)
            m_lastInput = Clock::app().nowUtc();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace kw

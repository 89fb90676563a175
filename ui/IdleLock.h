#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <chrono>

namespace kw {

// The idle lock's clock: watches the application's input (keys, clicks, the mouse, the wheel)
// through an application event filter and says locked() once no input came for the set minutes
// (Preferences::idleLockMinutes; 0: never). Time is read from kw::Clock::app(), so a test moves
// it with a ScopedClock and calls check() (or waits for the timer) instead of waiting minutes.
class IdleLock : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds DefaultCheckInterval{std::chrono::seconds(15)};

    explicit IdleLock(QObject* parent = nullptr);
    ~IdleLock() override;

    // 0 turns the lock off. Counting starts again from now.
    void setMinutes(int minutes);
    int minutes() const { return m_minutes; }
    // How often check() runs while the lock is on.
    void setCheckInterval(std::chrono::milliseconds interval);
    bool isLocked() const { return m_locked; }
    QDateTime lastInput() const { return m_lastInput; }

public slots:
    // Locks when the set minutes have passed since the last input.
    void check();
    // The user unlocked: counting starts again from now.
    void unlock();

signals:
    void locked();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void restart();

    QTimer m_timer;
    QDateTime m_lastInput;
    int m_minutes = 0;
    bool m_locked = false;
};

} // namespace kw

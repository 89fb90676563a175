#pragma once

#include <QDateTime>
#include <functional>

namespace kw {

// The one place the code asks for the time. Production code reads Clock::app(); tests set its
// source (or hold a ScopedClock) instead of each class growing a setter of its own. The sandbox is
// another machine with its own time, so each sandbox owns a Clock of its own that a test can move
// apart from the app's (a skewed server).
class Clock
{
public:
    using Source = std::function<QDateTime()>;

    Clock() = default;
    Clock(const Clock&) = delete;
    Clock& operator=(const Clock&) = delete;

    // Now, in UTC, from the source when one is set, else from the system clock.
    QDateTime nowUtc() const;
    qint64 nowMSecs() const { return nowUtc().toMSecsSinceEpoch(); }

    // An empty source means the system clock.
    void setSource(Source source) { m_source = std::move(source); }
    void reset() { m_source = {}; }
    bool isSystem() const { return !m_source; }

    // The app's clock: console, providers, window and CLI read this one.
    static Clock& app();

private:
    friend class ScopedClock;
    Source m_source;
};

// Sets a clock's source for one scope and puts the previous one back after it.
class ScopedClock
{
public:
    ScopedClock(Clock& clock, Clock::Source source);
    explicit ScopedClock(Clock::Source source) : ScopedClock(Clock::app(), std::move(source)) {}
    ~ScopedClock();
    ScopedClock(const ScopedClock&) = delete;
    ScopedClock& operator=(const ScopedClock&) = delete;

private:
    Clock& m_clock;
    Clock::Source m_previous;
};

} // namespace kw

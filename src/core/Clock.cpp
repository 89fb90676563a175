#include "core/Clock.h"

namespace kw {

QDateTime Clock::nowUtc() const
{
    return m_source ? m_source().toUTC() : QDateTime::currentDateTimeUtc();
}

Clock& Clock::app()
{
    static Clock clock;
    return clock;
}

ScopedClock::ScopedClock(Clock& clock, Clock::Source source) : m_clock(clock)
{
    Clock::Source previous = std::move(clock.m_source);
    m_previous = std::move(previous);
    m_clock.setSource(std::move(source));
}

ScopedClock::~ScopedClock()
{
    m_clock.setSource(std::move(m_previous));
}

} // namespace kw

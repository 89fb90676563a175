#pragma once

#include <QAccessible>
#include <QObject>
#include <functional>

namespace kw {

// Tells assistive technology that `object` has something new to say (an error banner that
// appeared, a result). The event reaches a screen reader only where a platform accessibility
// bridge is active; the observer lets a test see it on any platform, the offscreen one included.
namespace Announce {

using Observer = std::function<void(QObject* object, QAccessible::Event type)>;

inline Observer& observer()
{
    static Observer current;
    return current;
}

inline void send(QObject* object, QAccessible::Event type = QAccessible::Alert)
{
    QAccessibleEvent event(object, type);
    QAccessible::updateAccessibility(&event);
    if (observer())
        observer()(object, type);
}

} // namespace Announce

} // namespace kw

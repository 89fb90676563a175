#pragma once

#include <QColor>
#include <QString>

namespace kw {

// The few colours that carry meaning in the window, named by what they say, so that a table
// cell and a details label saying the same thing look the same. Each is readable on the light
// and the dark Fusion palette.
namespace Palette {

enum class Role
{
    Warning,         // needs attention soon: rotation due, expires within days
    Danger,          // expired, failed
    Inactive,        // disabled, suspended, revoked
    ScheduledRevoke, // still works, but its revocation is planned (a rotation's grace period)
};

inline QColor color(Role role)
{
    switch (role) {
    case Role::Warning:
        return QColor(0xc0, 0x5a, 0x00);
    case Role::Danger:
        return QColor(0xc0, 0x39, 0x2b);
    case Role::Inactive:
        return QColor(0x80, 0x80, 0x80);
    case Role::ScheduledRevoke:
        return QColor(0x7b, 0x3f, 0xa8); // violet: neither "fine" nor "broken"
    }
    return {};
}

// For a QLabel's style sheet: "color: #rrggbb;"
inline QString styleSheet(Role role, bool bold = false)
{
    using namespace Qt::StringLiterals;
    QString sheet = u"color: "_s + color(role).name() + QLatin1Char(';');
    if (bold)
        sheet += u" font-weight: bold;"_s;
    return sheet;
}

} // namespace Palette

} // namespace kw

#pragma once

#include <QApplication>
#include <QColor>
#include <QEvent>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QPointer>
#include <QString>
#include <QStyleFactory>
#include <QStyleHints>
#include <QVariant>
#include <QWidget>
#include <QtGlobal>
#include <cmath>

namespace kw {

// The one source of the colours that carry meaning in the window, named by what they say, so
// that a table cell and a details label saying the same thing look the same. No other file in
// ui/ or app/ names a colour (test_palette fails on one): everything here is chosen from the
// current palette, a variant for a light ground and one for a dark ground, each at least
// WCAG AA (4.5:1) against both the Base and the Window colour, and a widget painted through
// paint() or paintBanner() follows a palette change at run time.
namespace Palette {

enum class Role
{
    Warning,         // needs attention soon: rotation due, expires within days
    Danger,          // expired, failed, an error
    Success,         // works: a key tested and accepted
    Inactive,        // disabled, suspended, revoked
    ScheduledRevoke, // still works, but its revocation is planned (a rotation's grace period)
    Link,
};

// The banners above the table: an error (red) or a warning (amber).
enum class Banner
{
    Error,
    Warning,
};

// Fixed grounds for small painted icons, each carrying a white glyph (onAccent()), so they read
// the same on a light and a dark panel.
enum class Accent
{
    Ok,
    Error,
    BusyTrack,
    BusyArc,
    Destructive, // the fill of a button that destroys something (Revoke)
};

inline constexpr double MinimumContrast = 4.5; // WCAG 2 AA for normal text

// WCAG 2 relative luminance.
inline double luminance(const QColor& colour)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

inline double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// A dark ground: the Window colour is closer to black than to white in contrast (the luminance
// where both contrasts are equal is about 0.18). Qt 6.5+ also tells the desktop's scheme, which
// decides when the palette itself sits in the middle.
inline bool isDark(const QPalette& palette = QGuiApplication::palette())
{
    const double ground =
        (luminance(palette.color(QPalette::Window)) + luminance(palette.color(QPalette::Base))) / 2;
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const Qt::ColorScheme scheme = QGuiApplication::styleHints()->colorScheme();
    if (std::abs(ground - 0.18) < 0.04 && scheme != Qt::ColorScheme::Unknown)
        return scheme == Qt::ColorScheme::Dark;
#endif
    return ground < 0.18;
}

namespace detail {

inline QColor variant(Role role, bool dark)
{
    switch (role) {
    case Role::Warning:
        return dark ? QColor(0xf2, 0xa6, 0x54) : QColor(0x9c, 0x4a, 0x00);
    case Role::Danger:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    case Role::Success:
        return dark ? QColor(0x72, 0xd3, 0x84) : QColor(0x1b, 0x7a, 0x2e);
    case Role::Inactive:
        return dark ? QColor(0xa8, 0xa8, 0xa8) : QColor(0x68, 0x68, 0x68);
    case Role::ScheduledRevoke: // violet: neither "fine" nor "broken"
        return dark ? QColor(0xcf, 0xa6, 0xf5) : QColor(0x7b, 0x3f, 0xa8);
    case Role::Link:
        return dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x0b, 0x57, 0xd0);
    }
    return {};
}

// A palette of its own (a theme with a tinted ground) can still fall short: the colour is then
// moved towards black or white until it reaches the minimum against both grounds.
inline QColor withContrast(QColor colour, const QPalette& palette, bool dark)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    const QColor target = dark ? QColor(Qt::white) : QColor(Qt::black);
    for (int step = 0; step < 20 && (contrast(colour, base) < MinimumContrast ||
                                     contrast(colour, window) < MinimumContrast);
         ++step) {
        colour = QColor::fromRgbF(colour.redF() * 0.85f + target.redF() * 0.15f,
                                  colour.greenF() * 0.85f + target.greenF() * 0.15f,
                                  colour.blueF() * 0.85f + target.blueF() * 0.15f);
    }
    return colour;
}

inline constexpr const char* RoleProperty = "kwPaletteRole";
inline constexpr const char* BoldProperty = "kwPaletteBold";
inline constexpr const char* BannerProperty = "kwPaletteBanner";
inline constexpr const char* FrameProperty = "kwPaletteFrame";
inline constexpr const char* LabelProperty = "kwPaletteLabel";

} // namespace detail

// The text colour of `role` on `palette` (the application's by default).
inline QColor color(Role role, const QPalette& palette = QGuiApplication::palette())
{
    const bool dark = isDark(palette);
    return detail::withContrast(detail::variant(role, dark), palette, dark);
}

inline QColor accent(Accent accent)
{
    switch (accent) {
    case Accent::Ok:
        return QColor(0x2e, 0x7d, 0x32);
    case Accent::Error:
        return QColor(0xc6, 0x28, 0x28);
    case Accent::BusyTrack:
        return QColor(0xb0, 0xb0, 0xb0);
    case Accent::BusyArc:
        return QColor(0x1e, 0x6f, 0xd9);
    case Accent::Destructive:
        return QColor(0xb7, 0x1c, 0x1c);
    }
    return {};
}

// A provider's badge: a hue of its own from a hash of its id, dark enough for a white initial.
inline QColor providerAccent(uint hash)
{
    return QColor::fromHsv(int(hash % 16) * 45 / 2, 150, 170);
}

// The glyph or text drawn on an accent.
inline QColor onAccent()
{
    return QColor(Qt::white);
}

// The ground of a line marked wrong in a text box.
inline QColor errorHighlight(const QPalette& palette = QGuiApplication::palette())
{
    return isDark(palette) ? QColor(0x5c, 0x23, 0x20) : QColor(0xf9, 0xd6, 0xd2);
}

// The banner's style sheet, for `frame` (e.g. "QFrame#errorBanner") and `label` selectors.
inline QString bannerStyleSheet(Banner banner, const QString& frame, const QString& label,
                                const QPalette& palette = QGuiApplication::palette())
{
    using namespace Qt::StringLiterals;
    const bool dark = isDark(palette);
    QColor ground, border, text;
    if (banner == Banner::Error) {
        ground = dark ? QColor(0x3b, 0x1e, 0x1c) : QColor(0xfd, 0xec, 0xea);
        border = dark ? QColor(0x8c, 0x3b, 0x35) : QColor(0xe3, 0xa6, 0xa1);
        text = dark ? QColor(0xf6, 0xc8, 0xc3) : QColor(0x61, 0x1a, 0x15);
    } else {
        ground = dark ? QColor(0x3a, 0x2c, 0x12) : QColor(0xff, 0xf4, 0xe5);
        border = dark ? QColor(0x8a, 0x6a, 0x2c) : QColor(0xe0, 0xb3, 0x6a);
        text = dark ? QColor(0xf5, 0xd9, 0xa8) : QColor(0x66, 0x3c, 0x00);
    }
    return u"%1 { background: %2; border: 1px solid %3; border-radius: 4px; } %4 { color: %5; }"_s
        .arg(frame, ground.name(), border.name(), label, text.name());
}

// For a QLabel's style sheet: "color: #rrggbb;". A sheet does not follow a palette change by
// itself: prefer paint().
inline QString styleSheet(Role role, bool bold = false)
{
    using namespace Qt::StringLiterals;
    QString sheet = u"color: "_s + color(role).name() + QLatin1Char(';');
    if (bold)
        sheet += u" font-weight: bold;"_s;
    return sheet;
}

// The Fusion palette of a dark desktop, for `keywarden --dark` where the desktop has no dark
// theme of its own.
inline QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x35, 0x35, 0x35);
    const QColor base(0x2a, 0x2a, 0x2a);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4a, 0x4a));
    palette.setColor(QPalette::Midlight, QColor(0x42, 0x42, 0x42));
    palette.setColor(QPalette::Mid, QColor(0x5a, 0x5a, 0x5a));
    palette.setColor(QPalette::Dark, QColor(0x23, 0x23, 0x23));
    palette.setColor(QPalette::Shadow, QColor(0x14, 0x14, 0x14));
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xc4));
    palette.setColor(QPalette::HighlightedText, QColor(Qt::white));
    palette.setColor(QPalette::Link, detail::variant(Role::Link, true));
    palette.setColor(QPalette::LinkVisited, detail::variant(Role::ScheduledRevoke, true));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    palette.setColor(QPalette::Disabled, QPalette::Light, window);
    return palette;
}

namespace detail {

inline void apply(QWidget* widget)
{
    const QVariant role = widget->property(RoleProperty);
    if (role.isValid()) {
        const QColor colour = Palette::color(Role(role.toInt()), QApplication::palette(widget));
        QPalette palette = widget->palette();
        palette.setColor(QPalette::WindowText, colour);
        palette.setColor(QPalette::Text, colour);
        widget->setPalette(palette);
        QFont font = widget->font();
        font.setBold(widget->property(BoldProperty).toBool());
        widget->setFont(font);
    }
    const QVariant banner = widget->property(BannerProperty);
    if (banner.isValid()) {
        widget->setStyleSheet(bannerStyleSheet(Banner(banner.toInt()),
                                               widget->property(FrameProperty).toString(),
                                               widget->property(LabelProperty).toString()));
    }
}

// Paints every marked widget again when the application's palette changes (a desktop switching
// to dark, or --dark); installed on the application once, on the first paint.
class Follower : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange) {
            for (QWidget* widget : QApplication::allWidgets()) {
                if (widget->property(RoleProperty).isValid() ||
                    widget->property(BannerProperty).isValid())
                    apply(widget);
            }
        }
        return false;
    }
};

inline void follow()
{
    static QPointer<Follower> follower;
    if (!follower && qApp) {
        follower = new Follower(qApp);
        qApp->installEventFilter(follower);
    }
}

} // namespace detail

// Shows `widget`'s text in `role`'s colour (bold when asked), now and after a palette change.
inline void paint(QWidget* widget, Role role, bool bold = false)
{
    widget->setProperty(detail::RoleProperty, int(role));
    widget->setProperty(detail::BoldProperty, bold);
    detail::apply(widget);
    detail::follow();
}

// Back to the plain text colour of the palette.
inline void unpaint(QWidget* widget)
{
    if (!widget->property(detail::RoleProperty).isValid())
        return;
    widget->setProperty(detail::RoleProperty, QVariant());
    widget->setProperty(detail::BoldProperty, QVariant());
    widget->setPalette(QPalette());
    QFont font = widget->font();
    font.setBold(false);
    widget->setFont(font);
}

// `host` shows a banner: its style sheet styles `frame` and `label` (selectors inside it).
inline void paintBanner(QWidget* host, Banner banner, const QString& frame, const QString& label)
{
    host->setProperty(detail::BannerProperty, int(banner));
    host->setProperty(detail::FrameProperty, frame);
    host->setProperty(detail::LabelProperty, label);
    detail::apply(host);
    detail::follow();
}

// Fusion with the dark palette, for a desktop without a dark theme.
inline void useDarkFusion()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkPalette());
}

} // namespace Palette

} // namespace kw

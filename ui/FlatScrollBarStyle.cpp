#include "FlatScrollBarStyle.h"

#include <QAbstractScrollArea>
#include <QPainter>
#include <QScrollBar>
#include <QStyleOptionSlider>

namespace kw {

void FlatScrollBarStyle::applyTo(QAbstractScrollArea* area)
{
    // Owned by the area: its scroll bars, children of it, are gone before it is.
    auto* style = new FlatScrollBarStyle();
    style->setParent(area);
    area->verticalScrollBar()->setStyle(style);
    area->horizontalScrollBar()->setStyle(style);
}

void FlatScrollBarStyle::drawComplexControl(ComplexControl control,
                                            const QStyleOptionComplex* option, QPainter* painter,
                                            const QWidget* widget) const
{
    const auto* bar = qstyleoption_cast<const QStyleOptionSlider*>(option);
    if (control != CC_ScrollBar || !bar) {
        QProxyStyle::drawComplexControl(control, option, painter, widget);
        return;
    }
    // Only fillRect with opaque colours: the raster engine fills those in place, never through
    // the thread pool (no span list, no gradient).
    const QPalette& palette = bar->palette;
    const bool vertical = bar->orientation == Qt::Vertical;
    painter->fillRect(bar->rect, palette.color(QPalette::Window));
    // The line between the bar and what it scrolls.
    const QRect& r = bar->rect;
    painter->fillRect(vertical ? QRect(r.left(), r.top(), 1, r.height())
                               : QRect(r.left(), r.top(), r.width(), 1),
                      palette.color(QPalette::Mid));
    const struct
    {
        SubControl part;
        PrimitiveElement arrow;
    } buttons[] = {
        {SC_ScrollBarSubLine, vertical ? PE_IndicatorArrowUp : PE_IndicatorArrowLeft},
        {SC_ScrollBarAddLine, vertical ? PE_IndicatorArrowDown : PE_IndicatorArrowRight},
    };
    for (const auto& button : buttons) {
        const QRect at = subControlRect(CC_ScrollBar, bar, button.part, widget);
        if (!at.isValid() || !(bar->subControls & button.part))
            continue;
        QStyleOption arrow(*bar);
        arrow.rect = at;
        if (bar->activeSubControls & button.part && bar->state & State_Sunken)
            painter->fillRect(at, palette.color(QPalette::Midlight));
        drawPrimitive(button.arrow, &arrow, painter, widget);
    }
    const QRect handle = subControlRect(CC_ScrollBar, bar, SC_ScrollBarSlider, widget);
    if (handle.isValid() && bar->subControls & SC_ScrollBarSlider && bar->maximum > bar->minimum) {
        const bool active = bar->activeSubControls & SC_ScrollBarSlider &&
                            bar->state & (State_Sunken | State_MouseOver);
        // Inset from the bar's edges, so that it reads as a handle on a track.
        const QRect inset =
            vertical ? handle.adjusted(3, 1, -2, -1) : handle.adjusted(1, 3, -1, -2);
        painter->fillRect(inset, palette.color(active ? QPalette::Dark : QPalette::Mid));
    }
}

} // namespace kw

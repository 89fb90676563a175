#pragma once

#include <QProxyStyle>

class QAbstractScrollArea;

namespace kw {

// Scroll bars drawn flat, in solid rectangles of the palette's colours, with the application
// style's arrows, sizes and behaviour. Qt 6.4's raster engine hands a fill of more than about a
// hundred spans (a Fusion scroll bar's gradient: one span a pixel row) to
// QThreadPool::globalInstance() and waits for it on the GUI thread; on a loaded machine each such
// wait is a round of scheduling, and the key table's scroll bar is repainted whenever rows arrive
// (bench_fleet). A solid rectangle is filled in place.
class FlatScrollBarStyle : public QProxyStyle
{
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;

    // Gives the area's two scroll bars this style; it lives as long as the area.
    static void applyTo(QAbstractScrollArea* area);

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
                            QPainter* painter, const QWidget* widget = nullptr) const override;
};

} // namespace kw

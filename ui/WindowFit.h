#pragma once

#include <QWidget>
#include <algorithm>

namespace kw {

// Word-wrapped labels make a layout height-for-width, and Qt then derives no minimum size for
// the window from it: a dialog keeps its form's default size and clips wrapped text and wide
// fields. Grows the window (never shrinks it) to what its contents need at its width.
inline void growToFitContents(QWidget& window)
{
    const int neededWidth = std::max(window.width(), window.minimumSizeHint().width());
    const int neededHeight = std::max(
        {window.height(), window.heightForWidth(neededWidth), window.minimumSizeHint().height()});
    if (neededWidth != window.width() || neededHeight != window.height())
        window.resize(neededWidth, neededHeight);
}

} // namespace kw

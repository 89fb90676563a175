#include "FleetBanners.h"

#include "Announce.h"
#include "Palette.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kw {

using namespace Qt::StringLiterals;

FleetBanners::FleetBanners(QWidget* parent) : QWidget(parent), m_layout(new QVBoxLayout(this))
{
    setObjectName(u"fleetBanners"_s);
    setAccessibleName(tr("Accounts that could not be loaded"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);
    Palette::paintBanner(this, Palette::Banner::Error, u"QFrame#fleetBanner"_s,
                         u"QLabel#fleetBannerLabel"_s);
    hide();
}

void FleetBanners::setLines(const QList<Line>& lines)
{
    if (lines.size() == m_lines.size()) {
        bool same = true;
        for (qsizetype i = 0; same && i < lines.size(); ++i)
            same = lines.at(i).accountId == m_lines.at(i).accountId &&
                   lines.at(i).label == m_lines.at(i).label &&
                   lines.at(i).text == m_lines.at(i).text;
        if (same)
            return; // rebuilding would take the keyboard focus off a Fix button
    }
    m_lines = lines;
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const Line& line : lines) {
        auto* frame = new QFrame(this);
        frame->setObjectName(u"fleetBanner"_s);
        frame->setFrameShape(QFrame::StyledPanel);
        auto* row = new QHBoxLayout(frame);
        row->setContentsMargins(8, 4, 4, 4);
        auto* text = new QLabel(tr("%1: %2").arg(line.label, line.text), frame);
        text->setObjectName(u"fleetBannerLabel"_s);
        text->setTextFormat(Qt::PlainText); // a provider's message, as it came
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        row->addWidget(text, 1);
        // Alt+X moves between the Fix buttons when several accounts failed.
        auto* fix = new QPushButton(tr("Fi&x…"), frame);
        fix->setObjectName(u"fleetFixButton"_s);
        fix->setAccessibleName(tr("Fix %1").arg(line.label));
        fix->setToolTip(
            tr("Open %1 on its own, where it can be retried or given a new token").arg(line.label));
        row->addWidget(fix);
        connect(fix, &QPushButton::clicked, this,
                [this, id = line.accountId] { emit fixRequested(id); });
        frame->setAccessibleName(text->text());
        m_layout->addWidget(frame);
    }
    setVisible(!lines.isEmpty());
    if (!lines.isEmpty())
        Announce::send(this); // when the failures change: the same lines return early above
}

} // namespace kw

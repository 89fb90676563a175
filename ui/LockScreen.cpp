#include "LockScreen.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kw {

using namespace Qt::StringLiterals;

LockScreen::LockScreen(QWidget* parent)
    : QWidget(parent), m_sessionNote(new QLabel(this)),
      m_unlock(new QPushButton(tr("&Unlock"), this))
{
    setObjectName(u"lockScreen"_s);
    setAccessibleName(tr("KeyWarden is locked"));
    auto* title = new QLabel(tr("KeyWarden is locked"), this);
    title->setObjectName(u"lockTitle"_s);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    auto* text = new QLabel(tr("The keys are hidden and the account tokens were removed from "
                               "memory after a time without input. Unlocking reads the tokens "
                               "again from the keychain and lists the keys."),
                            this);
    text->setObjectName(u"lockText"_s);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    // A wrapped label has no width of its own: centred in the layout it would be squeezed.
    text->setFixedWidth(520);
    text->setMinimumHeight(text->heightForWidth(520));
    m_sessionNote->setObjectName(u"sessionNote"_s);
    m_sessionNote->setWordWrap(true);
    m_sessionNote->setAlignment(Qt::AlignCenter);
    m_sessionNote->setFixedWidth(520);
    m_sessionNote->hide();
    m_unlock->setObjectName(u"unlockButton"_s);
    m_unlock->setAccessibleName(tr("Unlock KeyWarden"));
    m_unlock->setDefault(true);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::unlockRequested);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addWidget(m_sessionNote, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(m_unlock, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

void LockScreen::setSessionOnlyAccounts(int count)
{
    m_sessionNote->setText(tr("Accounts used for this session only (here: %1, such as the "
                              "sandbox) keep their token in this session's memory: there is no "
                              "keychain to read it again from.")
                               .arg(count));
    m_sessionNote->setMinimumHeight(m_sessionNote->heightForWidth(m_sessionNote->width()));
    m_sessionNote->setVisible(count > 0);
}

void LockScreen::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_unlock->setFocus(Qt::OtherFocusReason);
}

} // namespace kw

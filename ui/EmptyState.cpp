#include "EmptyState.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kw {

EmptyState::EmptyState(QWidget* cover)
    : QWidget(cover), m_cover(cover), m_title(new QLabel(this)), m_text(new QLabel(this)),
      m_addAccount(new QPushButton(this)), m_trySandbox(new QPushButton(this)),
      m_clearFilter(new QPushButton(this))
{
    using namespace Qt::StringLiterals;
    setObjectName(u"emptyState"_s);
    setAutoFillBackground(true);
    m_title->setObjectName(u"emptyStateTitle"_s);
    m_text->setObjectName(u"emptyStateText"_s);
    m_addAccount->setObjectName(u"emptyAddAccountButton"_s);
    m_trySandbox->setObjectName(u"trySandboxButton"_s);
    m_clearFilter->setObjectName(u"clearFilterButton"_s);
    // A filter is typed text: "<b>" must read as typed.
    m_title->setTextFormat(Qt::PlainText);
    m_text->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    for (QLabel* label : {m_title, m_text}) {
        label->setAlignment(Qt::AlignHCenter);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_addAccount);
    buttons->addWidget(m_trySandbox);
    buttons->addWidget(m_clearFilter);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 24, 48, 24);
    layout->addStretch();
    layout->addWidget(m_title);
    // A readable measure, centred, however wide the table is.
    m_text->setMinimumWidth(m_text->fontMetrics().averageCharWidth() * 40);
    m_text->setMaximumWidth(m_text->fontMetrics().averageCharWidth() * 72);
    auto* textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(m_text, 1);
    textRow->addStretch();
    layout->addLayout(textRow);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addStretch(2);

    connect(m_addAccount, &QPushButton::clicked, this, &EmptyState::addAccountRequested);
    connect(m_trySandbox, &QPushButton::clicked, this, &EmptyState::trySandboxRequested);
    connect(m_clearFilter, &QPushButton::clicked, this, &EmptyState::clearFilterRequested);
    cover->installEventFilter(this);
    setGeometry(cover->rect());
    retranslate();
    hide();
}

void EmptyState::showNoAccounts()
{
    m_mode = Mode::NoAccounts;
    retranslate();
    m_addAccount->show();
    m_trySandbox->show();
    m_clearFilter->hide();
    setGeometry(m_cover->rect());
    show();
    raise();
}

void EmptyState::showNoMatch(const QString& filterText, int total, const QStringList& activeFilters)
{
    m_mode = Mode::NoMatch;
    m_filterText = filterText;
    m_activeFilters = activeFilters;
    m_total = total;
    retranslate();
    m_addAccount->hide();
    m_trySandbox->hide();
    m_clearFilter->show();
    setGeometry(m_cover->rect());
    show();
    raise();
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::text() const
{
    return m_text->text();
}

void EmptyState::retranslate()
{
    using namespace Qt::StringLiterals;
    m_addAccount->setText(tr("Add accou&nt…"));
    m_addAccount->setAccessibleName(tr("Add account"));
    m_trySandbox->setText(tr("Try the sand&box"));
    m_trySandbox->setAccessibleName(tr("Try the sandbox"));
    m_trySandbox->setToolTip(tr("Open a second KeyWarden with sample accounts served on this "
                                "computer; nothing of it is saved"));
    m_clearFilter->setAccessibleName(tr("Clear filter"));
    switch (m_mode) {
    case Mode::NoAccounts:
        m_title->setText(tr("Keep your cloud API keys in one place"));
        m_text->setText(
            tr("KeyWarden lists the API keys and access keys of your cloud accounts, and "
               "creates, rotates and revokes them, with every change in an audit log. Add an "
               "account with its admin token to start, or try the sandbox: sample accounts that "
               "run on this computer and change nothing real."));
        break;
    case Mode::NoMatch:
        m_title->setText(m_filterText.isEmpty() ? tr("No key matches the filters")
                                                : tr("No key matches “%1”").arg(m_filterText));
        m_text->setText(
            tr("This account has %n key(s); the filters hide them all.", nullptr, m_total) +
            (m_activeFilters.isEmpty()
                 ? QString()
                 : u' ' + tr("Filters on: %1.").arg(m_activeFilters.join(u", "_s))) +
            u' ' + tr("Filters stay as they are when you switch accounts."));
        m_clearFilter->setText(m_filterText.isEmpty() || !m_activeFilters.isEmpty()
                                   ? tr("C&lear filters")
                                   : tr("C&lear filter"));
        break;
    case Mode::None:
        break;
    }
    setAccessibleName(m_title->text());
    setAccessibleDescription(m_text->text());
}

bool EmptyState::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_cover && event->type() == QEvent::Resize)
        setGeometry(m_cover->rect());
    return QWidget::eventFilter(watched, event);
}

void EmptyState::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace kw

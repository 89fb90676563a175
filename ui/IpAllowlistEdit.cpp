#include "IpAllowlistEdit.h"

#include "Palette.h"

#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QVBoxLayout>

namespace kw {

using namespace Qt::StringLiterals;

namespace {

QString reasonText(IpAllowlistIssue::Reason reason)
{
    switch (reason) {
    case IpAllowlistIssue::Reason::Garbage:
        return IpAllowlistEdit::tr("not an IP address or CIDR range");
    case IpAllowlistIssue::Reason::BadPrefix:
        return IpAllowlistEdit::tr("the prefix length after “/” is out of range");
    case IpAllowlistIssue::Reason::HostBitsSet:
        return IpAllowlistEdit::tr("the address has bits set beyond the prefix");
    case IpAllowlistIssue::Reason::Duplicate:
        return IpAllowlistEdit::tr("listed twice");
    }
    return {};
}

// The core's message already names the entry and its position; this is the fallback when it
// brings none.
QString describe(const IpAllowlistIssue& issue)
{
    if (!issue.message.isEmpty())
        return issue.message;
    return IpAllowlistEdit::tr("Entry %1 “%2”: %3")
        .arg(issue.position)
        .arg(issue.entry, reasonText(issue.reason));
}

} // namespace

IpAllowlistEdit::IpAllowlistEdit(QWidget* parent)
    : QWidget(parent), m_edit(new QPlainTextEdit(this)), m_errorLabel(new QLabel(this))
{
    m_edit->setObjectName(u"ipEdit"_s);
    m_edit->setAccessibleName(tr("IP whitelist"));
    m_edit->setAccessibleDescription(
        tr("IP addresses or CIDR ranges, separated by commas or new lines. Empty allows all "
           "addresses."));
    m_edit->setPlaceholderText(tr("203.0.113.42, 198.51.100.0/24"));
    // Tab moves on to the next control: an allowlist never needs a tab character.
    m_edit->setTabChangesFocus(true);
    m_edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    // Room for about three lines: most allowlists are short.
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 3 + 2 * m_edit->frameWidth() +
                           2 * int(m_edit->document()->documentMargin()));

    m_errorLabel->setObjectName(u"ipErrorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    Palette::paint(m_errorLabel, Palette::Role::Danger);
    m_errorLabel->setAccessibleName(tr("IP whitelist problem"));
    m_errorLabel->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_errorLabel);

    connect(m_edit, &QPlainTextEdit::textChanged, this, &IpAllowlistEdit::revalidate);
}

QString IpAllowlistEdit::problem() const
{
    if (m_allowlist.isValid())
        return {};
    const QList<IpAllowlistIssue>& issues = m_allowlist.issues();
    QString text = describe(issues.constFirst());
    if (issues.size() > 1)
        text += QLatin1Char(' ') + tr("(+%1 more)").arg(issues.size() - 1);
    return text;
}

void IpAllowlistEdit::setEntries(const QStringList& entries)
{
    m_edit->setPlainText(entries.join(u", "_s));
}

void IpAllowlistEdit::revalidate()
{
    const bool wasValid = m_allowlist.isValid();
    m_allowlist = IpAllowlist::parse(m_edit->toPlainText());
    const bool valid = m_allowlist.isValid();

    const QString text = problem();
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!valid);
    m_edit->setAccessibleDescription(
        valid ? tr("IP addresses or CIDR ranges, separated by commas or new lines. Empty allows "
                   "all addresses.")
              : text);
    highlight(m_allowlist.issues());

    emit changed();
    if (valid != wasValid)
        emit validityChanged(valid);
}

void IpAllowlistEdit::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    // The marks are drawn with colours picked for the palette at the time: pick them again.
    if (event->type() == QEvent::PaletteChange)
        highlight(m_allowlist.issues());
}

void IpAllowlistEdit::highlight(const QList<IpAllowlistIssue>& issues)
{
    QList<QTextEdit::ExtraSelection> selections;
    const int length = m_edit->document()->characterCount();
    for (const IpAllowlistIssue& issue : issues) {
        if (issue.entry.isEmpty() || issue.offset < 0 || issue.offset >= length)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.format.setBackground(Palette::errorHighlight(palette()));
        selection.format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        selection.format.setUnderlineColor(Palette::color(Palette::Role::Danger, palette()));
        selection.cursor = QTextCursor(m_edit->document());
        selection.cursor.setPosition(issue.offset);
        selection.cursor.setPosition(qMin(issue.offset + int(issue.entry.size()), length - 1),
                                     QTextCursor::KeepAnchor);
        selections.append(selection);
    }
    m_edit->setExtraSelections(selections);
}

} // namespace kw

#include "SubmitDialog.h"

#include "Announce.h"
#include "Palette.h"
#include "WindowFit.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>

namespace kw {

using namespace Qt::StringLiterals;

SubmitDialog::SubmitDialog(QWidget* parent) : QDialog(parent) {}

SubmitDialog::~SubmitDialog() = default;

void SubmitDialog::setParts(Parts parts)
{
    m_parts = std::move(parts);
    if (m_parts.errorLabel) {
        m_parts.errorLabel->hide();
        Palette::paint(m_parts.errorLabel, Palette::Role::Danger);
        if (m_parts.errorLabel->accessibleName().isEmpty())
            m_parts.errorLabel->setAccessibleName(tr("Error"));
    }
    if (m_parts.busyIndicator)
        m_parts.busyIndicator->hide();
    if (m_parts.submitButton)
        connect(m_parts.submitButton, &QPushButton::clicked, this, &SubmitDialog::submit);
    if (m_parts.cancelButton)
        connect(m_parts.cancelButton, &QPushButton::clicked, this, &SubmitDialog::reject);
}

void SubmitDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* widget : std::as_const(m_parts.lockedWhileBusy))
        widget->setEnabled(!busy);
    if (m_parts.busyIndicator)
        m_parts.busyIndicator->setVisible(busy);
    if (busy)
        hideError();
    busyChanged(busy);
    updateSubmitButton();
}

void SubmitDialog::busyChanged(bool /*busy*/) {}

void SubmitDialog::showError(const QString& text)
{
    setBusy(false);
    QLabel* label = m_parts.errorLabel;
    if (!label)
        return;
    label->setText(text);
    label->setAccessibleDescription(text);
    label->show();
    Announce::send(label);
    fitContents();
}

void SubmitDialog::hideError()
{
    if (m_parts.errorLabel)
        m_parts.errorLabel->hide();
}

void SubmitDialog::reject()
{
    if (m_busy || !mayClose())
        return;
    QDialog::reject();
}

void SubmitDialog::onSubmit()
{
    accept();
}

void SubmitDialog::submit()
{
    if (m_busy || !canSubmit())
        return;
    hideError();
    onSubmit();
}

void SubmitDialog::updateSubmitButton()
{
    if (m_parts.submitButton)
        m_parts.submitButton->setEnabled(!m_busy && canSubmit());
}

void SubmitDialog::showProblem(QLabel* label, const QString& shown, const QString& described)
{
    if (label) {
        label->setText(shown);
        label->setVisible(!shown.isEmpty());
    }
    updateSubmitButton();
    if (m_parts.submitButton)
        m_parts.submitButton->setAccessibleDescription(described);
}

void SubmitDialog::fitContents()
{
    if (m_fitsContents && isVisible())
        growToFitContents(*this);
}

void SubmitDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (m_fitsContents)
        growToFitContents(*this);
}

void SubmitDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        languageChanged();
    QDialog::changeEvent(event);
}

namespace form {

void showFields(std::initializer_list<QWidget*> widgets, bool visible)
{
    for (QWidget* widget : widgets) {
        widget->setVisible(visible);
        widget->setEnabled(visible);
    }
}

void showLength(QLabel* counter, const QLineEdit* edit, int maxLength)
{
    if (maxLength > 0)
        counter->setText(u"%1/%2"_s.arg(edit->text().size()).arg(maxLength));
}

void paintAsError(QWidget* widget)
{
    Palette::paint(widget, Palette::Role::Danger);
}

void showWarningHeading(QLabel* iconLabel, QLabel* heading)
{
    const QStyle* style = iconLabel->style();
    const int iconSize = style->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, iconLabel);
    iconLabel->setPixmap(
        style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, iconLabel).pixmap(iconSize));
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
}

} // namespace form

} // namespace kw

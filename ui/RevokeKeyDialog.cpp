#include "RevokeKeyDialog.h"

#include "WindowFit.h"
#include "ui_RevokeKeyDialog.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QStyle>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace kw {

namespace {

QString confirmationTextFor(const ApiKey& key)
{
    return key.name.trimmed().isEmpty() ? key.id : key.name;
}

void applyDestructiveStyle(QPushButton* button)
{
    QPalette palette = button->palette();
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::Button, QColor(0xb7, 0x1c, 0x1c));
        palette.setColor(group, QPalette::ButtonText, Qt::white);
    }
    button->setPalette(palette);
    button->setIcon(button->style()->standardIcon(QStyle::SP_TrashIcon, nullptr, button));
}

} // namespace

RevokeKeyDialog::RevokeKeyDialog(const ApiKey& key, const QString& providerName, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RevokeKeyDialog>()), m_key(key),
      m_providerName(providerName), m_confirmationText(confirmationTextFor(key))
{
    m_ui->setupUi(this);

    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->warningIconLabel->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    QFont headingFont = m_ui->headingLabel->font();
    headingFont.setBold(true);
    m_ui->headingLabel->setFont(headingFont);

    QPalette errorPalette = m_ui->errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb7, 0x1c, 0x1c));
    m_ui->errorLabel->setPalette(errorPalette);

    applyDestructiveStyle(m_ui->revokeButton);

    m_ui->providerValueLabel->setText(providerName);
    m_ui->idValueLabel->setText(key.id);
    m_ui->prefixValueLabel->setText(key.prefix);
    m_ui->detailsLayout->setRowVisible(m_ui->prefixValueLabel, !key.prefix.isEmpty());
    m_ui->detailsLayout->setRowVisible(m_ui->providerValueLabel, !providerName.isEmpty());

    // Enter in the confirmation field neither revokes nor cancels by surprise.
    m_ui->confirmEdit->installEventFilter(this);
    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this, &RevokeKeyDialog::updateRevokeButton);
    connect(m_ui->revokeButton, &QPushButton::clicked, this, &RevokeKeyDialog::submit);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &RevokeKeyDialog::reject);

    retranslate();
    updateRevokeButton();
    m_ui->confirmEdit->setFocus();
}

RevokeKeyDialog::~RevokeKeyDialog() = default;

void RevokeKeyDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->confirmEdit->setEnabled(!busy);
    m_ui->cancelButton->setEnabled(!busy);
    m_ui->busyIndicator->setVisible(busy);
    if (busy)
        m_ui->errorLabel->hide();
    updateRevokeButton();
    if (!busy)
        m_ui->confirmEdit->setFocus();
}

void RevokeKeyDialog::showError(const QString& message)
{
    setBusy(false);
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->show();
    m_ui->errorLabel->setAccessibleDescription(message);
    QAccessibleEvent alert(m_ui->errorLabel, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    if (isVisible())
        growToFitContents(*this);
}

void RevokeKeyDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}

bool RevokeKeyDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->confirmEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter)
            return true;
    }
    return QDialog::eventFilter(watched, event);
}

void RevokeKeyDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    growToFitContents(*this);
}

void RevokeKeyDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void RevokeKeyDialog::updateRevokeButton()
{
    const bool matches =
        !m_confirmationText.isEmpty() && m_ui->confirmEdit->text() == m_confirmationText;
    m_ui->revokeButton->setEnabled(matches && !m_busy);
}

void RevokeKeyDialog::submit()
{
    if (m_busy || m_ui->confirmEdit->text() != m_confirmationText)
        return;
    setBusy(true); // before emitting: a second click must not revoke twice
    emit submitted();
}

void RevokeKeyDialog::retranslate()
{
    const bool byName = !m_key.name.trimmed().isEmpty();
    setWindowTitle(tr("Revoke key: %1").arg(m_confirmationText));
    m_ui->headingLabel->setText(byName ? tr("Revoke the key “%1”?").arg(m_key.name)
                                       : tr("Revoke the key with ID “%1”?").arg(m_key.id));
    m_ui->explanationLabel->setText(
        tr("Revocation is immediate and final: every application that uses this key stops "
           "working at once, and the key cannot be restored. Create a new key first if "
           "something still needs access."));
    m_ui->confirmLabel->setText(
        byName ? tr("&Type the key’s name “%1” to confirm:").arg(m_confirmationText)
               : tr("&Type the key’s ID “%1” to confirm:").arg(m_confirmationText));
    m_ui->confirmEdit->setAccessibleName(byName ? tr("Key name to confirm")
                                                : tr("Key ID to confirm"));
}

} // namespace kw

#include "RevokeKeyDialog.h"

#include "Palette.h"
#include "ui_RevokeKeyDialog.h"

#include <QKeyEvent>
#include <QStyle>

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
        palette.setColor(group, QPalette::Button, Palette::accent(Palette::Accent::Destructive));
        palette.setColor(group, QPalette::ButtonText, Palette::onAccent());
    }
    button->setPalette(palette);
    button->setIcon(button->style()->standardIcon(QStyle::SP_TrashIcon, nullptr, button));
}

} // namespace

RevokeKeyDialog::RevokeKeyDialog(const ApiKey& key, const QString& providerName, QWidget* parent)
    : SubmitDialog(parent), m_ui(new Ui::RevokeKeyDialog), m_key(key), m_providerName(providerName),
      m_confirmationText(confirmationTextFor(key))
{
    m_ui->setupUi(this);

    form::showWarningHeading(m_ui->warningIconLabel, m_ui->headingLabel);

    form::paintAsError(m_ui->errorLabel);

    applyDestructiveStyle(m_ui->revokeButton);

    m_ui->providerValueLabel->setText(providerName);
    m_ui->idValueLabel->setText(key.id);
    m_ui->prefixValueLabel->setText(key.prefix);
    // An access key id is its own prefix (Wasabi): shown once, as the ID.
    m_ui->detailsLayout->setRowVisible(m_ui->prefixValueLabel,
                                       !key.prefix.isEmpty() && key.prefix != key.id);
    m_ui->detailsLayout->setRowVisible(m_ui->providerValueLabel, !providerName.isEmpty());

    // Enter in the confirmation field neither revokes nor cancels by surprise.
    m_ui->confirmEdit->installEventFilter(this);
    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this, &RevokeKeyDialog::updateSubmitButton);
    setParts({m_ui->revokeButton,
              m_ui->cancelButton,
              m_ui->errorLabel,
              m_ui->busyIndicator,
              {m_ui->confirmEdit, m_ui->cancelButton}});
    setFitsContents(true);

    retranslate();
    updateSubmitButton();
    m_ui->confirmEdit->setFocus();
}

RevokeKeyDialog::~RevokeKeyDialog() = default;

void RevokeKeyDialog::busyChanged(bool busy)
{
    if (!busy)
        m_ui->confirmEdit->setFocus();
}

bool RevokeKeyDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->confirmEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter)
            return true;
    }
    return SubmitDialog::eventFilter(watched, event);
}

void RevokeKeyDialog::languageChanged()
{
    m_ui->retranslateUi(this);
    retranslate();
}

bool RevokeKeyDialog::canSubmit() const
{
    return !m_confirmationText.isEmpty() && m_ui->confirmEdit->text() == m_confirmationText;
}

void RevokeKeyDialog::onSubmit()
{
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

#include "ReplaceTokenDialog.h"

#include "ui_ReplaceTokenDialog.h"

#include <QLineEdit>

namespace kw {

ReplaceTokenDialog::ReplaceTokenDialog(const QString& accountLabel, const QString& providerName,
                                       QWidget* parent)
    : SubmitDialog(parent), m_ui(new Ui::ReplaceTokenDialog), m_accountLabel(accountLabel),
      m_providerName(providerName)
{
    m_ui->setupUi(this);
    m_ui->hintLabel->setForegroundRole(QPalette::PlaceholderText);
    form::paintAsError(m_ui->errorLabel);
    connect(m_ui->tokenEdit, &QLineEdit::textChanged, this, [this] {
        updateSubmitButton();
        showProblem(nullptr, problem());
    });
    setParts({m_ui->replaceButton,
              m_ui->cancelButton,
              m_ui->errorLabel,
              m_ui->busyIndicator,
              {m_ui->tokenEdit, m_ui->cancelButton}});
    setFitsContents(true);
    retranslate();
    updateSubmitButton();
    showProblem(nullptr, problem());
    m_ui->tokenEdit->setFocus();
}

ReplaceTokenDialog::~ReplaceTokenDialog()
{
    wipeToken();
}

Secret ReplaceTokenDialog::token() const
{
    QString text = m_ui->tokenEdit->text();
    Secret token = Secret::fromString(QStringView(text).trimmed()); // no trimmed copy
    wipe(text);
    return token;
}

QString ReplaceTokenDialog::problem() const
{
    if (QStringView(m_ui->tokenEdit->text()).trimmed().isEmpty()) // no trimmed copy
        return tr("Enter the new API token.");
    return {};
}

void ReplaceTokenDialog::onSubmit()
{
    emit submitted();
}

void ReplaceTokenDialog::busyChanged(bool busy)
{
    if (!busy)
        m_ui->tokenEdit->setFocus();
}

void ReplaceTokenDialog::languageChanged()
{
    m_ui->retranslateUi(this);
    retranslate();
}

void ReplaceTokenDialog::retranslate()
{
    m_ui->accountValueLabel->setText(m_providerName.isEmpty()
                                         ? m_accountLabel
                                         : tr("%1 (%2)").arg(m_accountLabel, m_providerName));
}

void ReplaceTokenDialog::wipeToken()
{
    QString text = m_ui->tokenEdit->text();
    // The edit drops its reference first, so that wipe() below overwrites the last copy.
    m_ui->tokenEdit->clear();
    wipe(text);
}

} // namespace kw

#include "AttachPolicyDialog.h"

#include "WindowFit.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace kw {

AttachPolicyDialog::AttachPolicyDialog(const QString& principal, const PrincipalPolicies& policies,
                                       const QStringList& attachedArns, QWidget* parent)
    : QDialog(parent), m_principal(principal), m_offered(policies.offered),
      m_attachedArns(attachedArns), m_choices(new QButtonGroup(this)),
      m_errorLabel(new QLabel(this)), m_busyIndicator(new QProgressBar(this)),
      m_attachButton(nullptr), m_cancelButton(nullptr)
{
    setObjectName(QStringLiteral("attachPolicyDialog"));
    setWindowTitle(tr("Attach a policy to %1").arg(principal));
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(
        tr("Choose the policy to attach to the user “%1”. It applies at once to every key of "
           "this user.")
            .arg(principal),
        this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setTextFormat(Qt::PlainText); // the user's name comes from the provider
    intro->setWordWrap(true);
    layout->addWidget(intro);

    for (int i = 0; i < m_offered.size(); ++i) {
        const PolicyInfo& policy = m_offered.at(i);
        const bool attached = attachedArns.contains(policy.arn);
        auto* choice = new QRadioButton(
            attached ? tr("%1 (%2) — attached already").arg(policy.label, policy.name)
                     : tr("%1 (%2)").arg(policy.label, policy.name),
            this);
        choice->setObjectName(QStringLiteral("policyRadio_") + policy.name);
        choice->setAccessibleName(policy.label);
        choice->setAccessibleDescription(policy.help);
        choice->setToolTip(policy.help);
        choice->setEnabled(!attached);
        m_choices->addButton(choice, i);
        layout->addWidget(choice);

        auto* help = new QLabel(policy.help, this);
        help->setObjectName(QStringLiteral("policyHelp_") + policy.name);
        help->setWordWrap(true);
        help->setTextFormat(Qt::PlainText);
        help->setEnabled(!attached);
        // Under its radio button's text, not its indicator.
        help->setContentsMargins(choice->sizeHint().height() + 4, 0, 0, 6);
        layout->addWidget(help);
    }
    // The suggestion is the least right that can still be attached (the offer is strongest
    // first): more is one deliberate choice away.
    const QList<QAbstractButton*> choices = m_choices->buttons();
    for (auto choice = choices.crbegin(); choice != choices.crend(); ++choice) {
        if ((*choice)->isEnabled()) {
            (*choice)->setChecked(true);
            break;
        }
    }

    QPalette errorPalette = m_errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb7, 0x1c, 0x1c));
    m_errorLabel->setPalette(errorPalette);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setAccessibleName(tr("Attaching"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->hide();
    layout->addWidget(m_busyIndicator);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(this);
    m_attachButton = buttons->addButton(tr("&Attach"), QDialogButtonBox::AcceptRole);
    m_attachButton->setObjectName(QStringLiteral("attachButton"));
    m_attachButton->setAccessibleName(tr("Attach the chosen policy"));
    m_attachButton->setDefault(true);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(buttons);

    connect(m_attachButton, &QPushButton::clicked, this, &AttachPolicyDialog::submit);
    connect(m_cancelButton, &QPushButton::clicked, this, &AttachPolicyDialog::reject);
    connect(m_choices, &QButtonGroup::idToggled, this, &AttachPolicyDialog::updateAttachButton);
    updateAttachButton();
    if (QAbstractButton* checked = m_choices->checkedButton())
        checked->setFocus();
    else
        m_cancelButton->setFocus();
}

QString AttachPolicyDialog::chosenArn() const
{
    const int id = m_choices->checkedId();
    return id >= 0 && id < m_offered.size() ? m_offered.at(id).arn : QString();
}

void AttachPolicyDialog::choose(const QString& arn)
{
    for (int i = 0; i < m_offered.size(); ++i) {
        QAbstractButton* choice = m_choices->button(i);
        if (m_offered.at(i).arn == arn && choice && choice->isEnabled())
            choice->setChecked(true);
    }
}

void AttachPolicyDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (int i = 0; i < m_offered.size(); ++i) {
        if (QAbstractButton* choice = m_choices->button(i))
            choice->setEnabled(!busy && !m_attachedArns.contains(m_offered.at(i).arn));
    }
    m_cancelButton->setEnabled(!busy);
    m_busyIndicator->setVisible(busy);
    if (busy)
        m_errorLabel->hide();
    updateAttachButton();
}

void AttachPolicyDialog::showError(const QString& message)
{
    setBusy(false);
    m_errorLabel->setText(message);
    m_errorLabel->setAccessibleDescription(message);
    m_errorLabel->show();
    QAccessibleEvent alert(m_errorLabel, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    if (isVisible())
        growToFitContents(*this);
}

void AttachPolicyDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}

void AttachPolicyDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    growToFitContents(*this);
}

void AttachPolicyDialog::submit()
{
    const QString arn = chosenArn();
    if (m_busy || arn.isEmpty())
        return;
    setBusy(true); // before emitting: a second click must not attach twice
    emit submitted(arn);
}

void AttachPolicyDialog::updateAttachButton()
{
    m_attachButton->setEnabled(!m_busy && !chosenArn().isEmpty());
}

} // namespace kw

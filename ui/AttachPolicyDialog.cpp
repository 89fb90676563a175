#include "AttachPolicyDialog.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace kw {

using namespace Qt::StringLiterals;

AttachPolicyDialog::AttachPolicyDialog(const QString& principal, const PrincipalPolicies& policies,
                                       const QStringList& attachedArns, QWidget* parent)
    : SubmitDialog(parent), m_principal(principal), m_offered(policies.offered),
      m_attachedArns(attachedArns), m_choices(new QButtonGroup(this))
{
    setObjectName(u"attachPolicyDialog"_s);
    setWindowTitle(tr("Attach a policy to %1").arg(principal));
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(
        tr("Choose the policy to attach to the user “%1”. It applies at once to every key of "
           "this user.")
            .arg(principal),
        this);
    intro->setObjectName(u"introLabel"_s);
    intro->setTextFormat(Qt::PlainText); // the user's name comes from the provider
    intro->setWordWrap(true);
    layout->addWidget(intro);

    addChoices(layout);
    QPushButton* cancelButton = addStatusAndButtons(layout);
    setFitsContents(true);

    connect(m_choices, &QButtonGroup::idToggled, this, &AttachPolicyDialog::updateSubmitButton);
    updateSubmitButton();
    if (QAbstractButton* checked = m_choices->checkedButton())
        checked->setFocus();
    else
        cancelButton->setFocus();
}

void AttachPolicyDialog::addChoices(QVBoxLayout* layout)
{
    for (int i = 0; i < m_offered.size(); ++i) {
        const PolicyInfo& policy = m_offered.at(i);
        const bool attached = m_attachedArns.contains(policy.arn);
        auto* choice = new QRadioButton(
            attached ? tr("%1 (%2) — attached already").arg(policy.label, policy.name)
                     : tr("%1 (%2)").arg(policy.label, policy.name),
            this);
        choice->setObjectName(u"policyRadio_"_s + policy.name);
        choice->setAccessibleName(policy.label);
        choice->setAccessibleDescription(policy.help);
        choice->setToolTip(policy.help);
        choice->setEnabled(!attached);
        m_choices->addButton(choice, i);
        layout->addWidget(choice);

        auto* help = new QLabel(policy.help, this);
        help->setObjectName(u"policyHelp_"_s + policy.name);
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
}

QPushButton* AttachPolicyDialog::addStatusAndButtons(QVBoxLayout* layout)
{
    auto* errorLabel = new QLabel(this);
    form::paintAsError(errorLabel);
    errorLabel->setObjectName(u"errorLabel"_s);
    errorLabel->setWordWrap(true);
    errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(errorLabel);

    auto* busyIndicator = new QProgressBar(this);
    busyIndicator->setObjectName(u"busyIndicator"_s);
    busyIndicator->setAccessibleName(tr("Attaching"));
    busyIndicator->setRange(0, 0);
    busyIndicator->setTextVisible(false);
    layout->addWidget(busyIndicator);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* attachButton = buttons->addButton(tr("&Attach"), QDialogButtonBox::AcceptRole);
    attachButton->setObjectName(u"attachButton"_s);
    attachButton->setAccessibleName(tr("Attach the chosen policy"));
    attachButton->setDefault(true);
    QPushButton* cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(u"cancelButton"_s);
    layout->addWidget(buttons);

    setParts({attachButton, cancelButton, errorLabel, busyIndicator, {cancelButton}});
    return cancelButton;
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

void AttachPolicyDialog::busyChanged(bool busy)
{
    for (int i = 0; i < m_offered.size(); ++i) {
        if (QAbstractButton* choice = m_choices->button(i))
            choice->setEnabled(!busy && !m_attachedArns.contains(m_offered.at(i).arn));
    }
}

void AttachPolicyDialog::onSubmit()
{
    setBusy(true); // before emitting: a second click must not attach twice
    emit submitted(chosenArn());
}

} // namespace kw

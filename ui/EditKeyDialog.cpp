#include "EditKeyDialog.h"

#include "CreateKeyDialog.h"
#include "ui_EditKeyDialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLocale>
#include <QSpinBox>

namespace kw {

using namespace Qt::StringLiterals;

using form::showFields;

bool EditKeyDialog::canEdit(const Capabilities& caps)
{
    return caps.editName || caps.editDescription || caps.editProject ||
           (caps.editExpiry && caps.expiry == Capabilities::Expiry::Date);
}

EditKeyDialog::EditKeyDialog(const ApiKey& key, const Capabilities& caps, QWidget* parent)
    : SubmitDialog(parent), m_ui(new Ui::EditKeyDialog), m_key(key), m_caps(caps)
{
    m_ui->setupUi(this);
    const QString keyName = key.name.isEmpty() ? key.id : key.name;
    setWindowTitle(tr("Edit key “%1”").arg(keyName));
    m_ui->introLabel->setText(
        tr("Changes apply to the key at %1 at once; its secret stays the same.")
            .arg(caps.providerName.isEmpty() ? tr("the provider") : caps.providerName));

    const bool editExpiry = caps.editExpiry && caps.expiry == Capabilities::Expiry::Date;
    showFields({m_ui->nameLabel, m_ui->nameEdit}, caps.editName);
    showFields({m_ui->descriptionLabel, m_ui->descriptionEdit}, caps.editDescription);
    m_ui->descriptionCounterLabel->setVisible(caps.editDescription &&
                                              caps.descriptionMaxLength > 0);
    showFields({m_ui->projectLabel, m_ui->projectEdit}, caps.editProject);
    showFields({m_ui->expiryLabel, m_ui->expiryEdit}, editExpiry);

    m_ui->nameEdit->setText(key.name);
    if (caps.name == Capabilities::NameField::Required)
        m_ui->nameEdit->setAccessibleDescription(tr("Required"));
    if (caps.descriptionMaxLength > 0)
        m_ui->descriptionEdit->setMaxLength(caps.descriptionMaxLength);
    m_ui->descriptionEdit->setText(key.description);
    m_ui->projectEdit->setText(key.projectId);
    m_ui->expiryEdit->setCapabilities(caps);
    m_ui->expiryEdit->setKeepCurrentChoice(
        key.expires ? QLocale().toString(key.expires->toLocalTime(), QLocale::ShortFormat)
                    : tr("never"));
    m_ui->expiryLabel->setBuddy(m_ui->expiryEdit->combo());

    // Say what stays as it is, so nobody looks for it here.
    QStringList fixed;
    if (caps.name != Capabilities::NameField::None && !caps.editName)
        fixed << tr("name");
    if (!caps.services.isEmpty())
        fixed << tr("services");
    if (caps.description && !caps.editDescription)
        fixed << tr("description");
    if (caps.bearer)
        fixed << tr("owner");
    if (caps.project && !caps.editProject)
        fixed << tr("project");
    if (caps.ipAllowlist)
        fixed << tr("IP whitelist");
    if (caps.expiry != Capabilities::Expiry::None && !editExpiry)
        fixed << tr("expiry");
    m_ui->fixedFieldsLabel->setText(
        fixed.isEmpty() ? QString()
                        : tr("Cannot be changed after creation: %1. Rotate the key to change "
                             "them.")
                              .arg(fixed.join(u", "_s)));
    m_ui->fixedFieldsLabel->setVisible(!fixed.isEmpty());
    m_ui->fixedFieldsLabel->setForegroundRole(QPalette::PlaceholderText);
    setParts({m_ui->saveButton,
              m_ui->cancelButton,
              m_ui->errorLabel,
              m_ui->busyIndicator,
              {m_ui->formWidget}});

    setTabOrder(m_ui->projectEdit, m_ui->expiryEdit->combo());
    setTabOrder(m_ui->expiryEdit->combo(), m_ui->expiryEdit->dateEdit());
    setTabOrder(m_ui->expiryEdit->dateEdit(), m_ui->cancelButton);

    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &EditKeyDialog::revalidate);
    connect(m_ui->descriptionEdit, &QLineEdit::textChanged, this, &EditKeyDialog::revalidate);
    connect(m_ui->descriptionEdit, &QLineEdit::textChanged, this,
            &EditKeyDialog::updateDescriptionCounter);
    connect(m_ui->projectEdit, &QLineEdit::textChanged, this, &EditKeyDialog::revalidate);
    connect(m_ui->expiryEdit, &ExpiryEdit::changed, this, &EditKeyDialog::revalidate);
    updateDescriptionCounter();
    revalidate();
}

EditKeyDialog::~EditKeyDialog() = default;

KeyChange EditKeyDialog::change() const
{
    KeyChange change;
    if (m_caps.editName) {
        const QString name = m_ui->nameEdit->text().trimmed();
        if (name != m_key.name)
            change.name = name;
    }
    if (m_caps.editDescription) {
        const QString description = m_ui->descriptionEdit->text().trimmed();
        if (description != m_key.description)
            change.description = description;
    }
    if (m_caps.editProject) {
        const QString project = m_ui->projectEdit->text().trimmed();
        if (project != m_key.projectId)
            change.projectId = project;
    }
    if (m_caps.editExpiry && m_caps.expiry == Capabilities::Expiry::Date &&
        !m_ui->expiryEdit->keepsCurrent()) {
        const std::optional<QDateTime> expires = m_ui->expiryEdit->expires();
        if (expires != m_key.expires)
            change.expires = expires;
    }
    return change;
}

QString EditKeyDialog::problem() const
{
    if (m_caps.editName && m_caps.name == Capabilities::NameField::Required &&
        m_ui->nameEdit->text().trimmed().isEmpty())
        return tr("Enter a name for the key.");
    if (m_caps.editProject) {
        const QString project =
            CreateKeyDialog::projectProblem(m_ui->projectEdit->text().trimmed());
        if (!project.isEmpty())
            return project;
    }
    if (m_caps.editExpiry && !m_ui->expiryEdit->keepsCurrent())
        return m_ui->expiryEdit->problem();
    return {};
}

void EditKeyDialog::revalidate()
{
    const QString text = problem();
    showProblem(m_ui->validationLabel, text,
                !text.isEmpty() || !change().isEmpty() ? text : tr("Nothing was changed yet."));
}

void EditKeyDialog::updateDescriptionCounter()
{
    form::showLength(m_ui->descriptionCounterLabel, m_ui->descriptionEdit,
                     m_caps.descriptionMaxLength);
}

} // namespace kw

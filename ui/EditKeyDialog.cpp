#include "EditKeyDialog.h"

#include "CreateKeyDialog.h"
#include "ui_EditKeyDialog.h"

#include <QAccessible>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLocale>
#include <QSpinBox>

namespace kw {

namespace {

void showFields(std::initializer_list<QWidget*> widgets, bool visible)
{
    for (QWidget* widget : widgets) {
        widget->setVisible(visible);
        widget->setEnabled(visible);
    }
}

} // namespace

bool EditKeyDialog::canEdit(const Capabilities& caps)
{
    return caps.editName || caps.editDescription || caps.editProject ||
           (caps.editExpiry && caps.expiry == Capabilities::Expiry::Date);
}

EditKeyDialog::EditKeyDialog(const ApiKey& key, const Capabilities& caps, QWidget* parent)
    : QDialog(parent), m_ui(new Ui::EditKeyDialog), m_key(key), m_caps(caps)
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
                              .arg(fixed.join(QStringLiteral(", "))));
    m_ui->fixedFieldsLabel->setVisible(!fixed.isEmpty());
    m_ui->fixedFieldsLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->errorLabel->hide();
    m_ui->busyIndicator->hide();

    setTabOrder(m_ui->projectEdit, m_ui->expiryEdit->combo());
    setTabOrder(m_ui->expiryEdit->combo(), m_ui->expiryEdit->dateEdit());
    setTabOrder(m_ui->expiryEdit->dateEdit(), m_ui->cancelButton);

    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &EditKeyDialog::revalidate);
    connect(m_ui->descriptionEdit, &QLineEdit::textChanged, this, &EditKeyDialog::revalidate);
    connect(m_ui->descriptionEdit, &QLineEdit::textChanged, this,
            &EditKeyDialog::updateDescriptionCounter);
    connect(m_ui->projectEdit, &QLineEdit::textChanged, this, &EditKeyDialog::revalidate);
    connect(m_ui->expiryEdit, &ExpiryEdit::changed, this, &EditKeyDialog::revalidate);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &EditKeyDialog::submit);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &EditKeyDialog::reject);
    updateDescriptionCounter();
    revalidate();
}

EditKeyDialog::~EditKeyDialog() = default;

void EditKeyDialog::setClock(std::function<QDateTime()> clock)
{
    m_ui->expiryEdit->setClock(std::move(clock));
    revalidate();
}

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
        const QString project = m_ui->projectEdit->text().trimmed();
        if (!project.isEmpty() && !CreateKeyDialog::isUuid(project))
            return tr("The project ID must be a UUID such as "
                      "“1f5b2c3d-0000-4e6f-8a9b-0123456789ab”.");
    }
    if (m_caps.editExpiry && !m_ui->expiryEdit->keepsCurrent())
        return m_ui->expiryEdit->problem();
    return {};
}

void EditKeyDialog::revalidate()
{
    const QString text = problem();
    m_ui->validationLabel->setText(text);
    m_ui->validationLabel->setVisible(!text.isEmpty());
    const bool changed = !change().isEmpty();
    m_ui->saveButton->setEnabled(text.isEmpty() && changed && !m_busy);
    m_ui->saveButton->setAccessibleDescription(
        !text.isEmpty() ? text : (changed ? QString() : tr("Nothing was changed yet.")));
}

void EditKeyDialog::updateDescriptionCounter()
{
    if (m_caps.descriptionMaxLength <= 0)
        return;
    m_ui->descriptionCounterLabel->setText(
        tr("%1/%2").arg(m_ui->descriptionEdit->text().size()).arg(m_caps.descriptionMaxLength));
}

void EditKeyDialog::submit()
{
    if (m_busy || !problem().isEmpty() || change().isEmpty())
        return;
    m_ui->errorLabel->hide();
    emit submitted();
}

void EditKeyDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->formWidget->setEnabled(!busy);
    m_ui->busyIndicator->setVisible(busy);
    revalidate();
}

void EditKeyDialog::showError(const QString& text)
{
    setBusy(false);
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->show();
    QAccessibleEvent event(m_ui->errorLabel, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void EditKeyDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}

} // namespace kw

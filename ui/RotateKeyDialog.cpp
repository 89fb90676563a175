#include "RotateKeyDialog.h"

#include "ui_RotateKeyDialog.h"

namespace kw {

RotateKeyDialog::RotateKeyDialog(const ApiKey& oldKey, const Capabilities& caps, int graceDays,
                                 QWidget* parent)
    : QDialog(parent), m_ui(new Ui::RotateKeyDialog), m_oldKey(oldKey), m_caps(caps)
{
    m_ui->setupUi(this);
    const QString oldName = oldKey.name.isEmpty() ? oldKey.id : oldKey.name;
    setWindowTitle(tr("Rotate key “%1”").arg(oldName));

    m_ui->planLabel->setText(
        tr("Rotation replaces “%1” in three steps:\n"
           "1. KeyWarden creates a new key with the same services, description and IP "
           "whitelist.\n"
           "2. You save the new secret (it is shown once) and update the applications that use "
           "the old key.\n"
           "3. The old key is revoked: now, or after a grace period.")
            .arg(oldName));

    const bool hasName = caps.name != Capabilities::NameField::None;
    m_ui->formLayout->setRowVisible(m_ui->nameLabel, hasName);
    m_ui->nameEdit->setEnabled(hasName);
    if (hasName)
        m_ui->nameEdit->setText(oldKey.name);
    if (caps.name == Capabilities::NameField::Required)
        m_ui->nameEdit->setAccessibleDescription(tr("Required"));

    m_ui->summaryLabel->setText(summary());
    m_ui->summaryGroup->setVisible(!m_ui->summaryLabel->text().isEmpty());

    m_ui->graceSpin->setValue(
        qBound(m_ui->graceSpin->minimum(), graceDays, m_ui->graceSpin->maximum()));
    m_ui->graceRadio->setChecked(true);
    updateGraceSuffix(m_ui->graceSpin->value());

    connect(m_ui->graceSpin, &QSpinBox::valueChanged, this, &RotateKeyDialog::updateGraceSuffix);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &RotateKeyDialog::revalidate);
    connect(m_ui->rotateButton, &QPushButton::clicked, this, &RotateKeyDialog::accept);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &RotateKeyDialog::reject);
    revalidate();
    m_ui->nameEdit->selectAll();
}

RotateKeyDialog::~RotateKeyDialog() = default;

KeySpec RotateKeyDialog::newKeySpec() const
{
    KeySpec spec;
    if (m_caps.name != Capabilities::NameField::None)
        spec.name = m_ui->nameEdit->text().trimmed();
    if (m_caps.description)
        spec.description = m_oldKey.description;
    if (!m_caps.services.isEmpty())
        spec.services = m_oldKey.services;
    if (m_caps.ipAllowlist)
        spec.ipAllowlist = m_oldKey.ipAllowlist;
    return spec;
}

bool RotateKeyDialog::revokeImmediately() const
{
    return m_ui->revokeNowRadio->isChecked();
}

int RotateKeyDialog::graceDays() const
{
    return m_ui->graceSpin->value();
}

QString RotateKeyDialog::serviceLabel(const QString& id) const
{
    for (const ServiceInfo& service : m_caps.services) {
        if (service.id == id)
            return service.label;
    }
    return id; // a service the console does not know is shown as the provider named it
}

QString RotateKeyDialog::summary() const
{
    QStringList lines;
    if (!m_caps.services.isEmpty()) {
        QStringList labels;
        for (const QString& id : m_oldKey.services)
            labels.append(serviceLabel(id));
        lines.append(tr("Services: %1")
                         .arg(labels.isEmpty() ? tr("none") : labels.join(QStringLiteral(", "))));
    }
    if (m_caps.description) {
        lines.append(tr("Description: %1")
                         .arg(m_oldKey.description.isEmpty() ? tr("none") : m_oldKey.description));
    }
    if (m_caps.ipAllowlist) {
        lines.append(tr("IP whitelist: %1")
                         .arg(m_oldKey.ipAllowlist.isEmpty()
                                  ? tr("all addresses")
                                  : m_oldKey.ipAllowlist.join(QStringLiteral(", "))));
    }
    return lines.join(QLatin1Char('\n'));
}

void RotateKeyDialog::revalidate()
{
    const bool missingName = m_caps.name == Capabilities::NameField::Required &&
                             m_ui->nameEdit->text().trimmed().isEmpty();
    m_ui->rotateButton->setEnabled(!missingName);
    m_ui->rotateButton->setAccessibleDescription(missingName ? tr("Enter a name for the new key.")
                                                             : QString());
}

void RotateKeyDialog::updateGraceSuffix(int days)
{
    // A spin box suffix cannot hold a %n plural form; one and many cover English, German and
    // Norwegian.
    m_ui->graceSpin->setSuffix(days == 1 ? tr(" day") : tr(" days"));
}

} // namespace kw

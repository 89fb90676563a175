#include "RotateKeyDialog.h"

#include "ExpiryEdit.h"
#include "console/RotationOrchestrator.h"
#include "core/Clock.h"
#include "core/Rotation.h"
#include "ui_RotateKeyDialog.h"

#include <QLocale>
#include <QRegularExpression>

namespace kw {

using namespace Qt::StringLiterals;

RotateKeyDialog::RotateKeyDialog(const ApiKey& oldKey, const Capabilities& caps, int graceDays,
                                 QWidget* parent)
    : SubmitDialog(parent), m_ui(new Ui::RotateKeyDialog), m_oldKey(oldKey), m_caps(caps)
{
    m_ui->setupUi(this);
    const QString oldName = oldKey.name.isEmpty() ? oldKey.id : oldKey.name;
    setWindowTitle(tr("Rotate key “%1”").arg(oldName));

    QStringList copied;
    if (!caps.services.isEmpty())
        copied << tr("services");
    if (caps.description)
        copied << tr("description");
    if (caps.ipAllowlist)
        copied << tr("IP whitelist");
    if (caps.bearer)
        copied << tr("owner");
    if (caps.project)
        copied << tr("project");
    if (caps.expiry != Capabilities::Expiry::None)
        copied << tr("lifetime");
    QString what = tr("settings");
    if (copied.size() == 1)
        what = copied.constFirst();
    else if (copied.size() > 1)
        what =
            tr("%1 and %2").arg(copied.mid(0, copied.size() - 1).join(u", "_s), copied.constLast());
    m_ui->planLabel->setText(
        tr("Rotation replaces “%1” in three steps:\n"
           "1. KeyWarden creates a new key with the same %2.\n"
           "2. You save the new secret (it is shown once) and update the applications that use "
           "the old key.\n"
           "3. The old key is revoked: now, or after a grace period.")
            .arg(oldName, what));

    const bool hasName = caps.name != Capabilities::NameField::None;
    m_ui->formLayout->setRowVisible(m_ui->nameLabel, hasName);
    m_ui->nameEdit->setEnabled(hasName);
    if (hasName)
        m_ui->nameEdit->setText(
            rotatedName(oldKey.name, Clock::app().nowUtc().toLocalTime().date()));
    if (caps.name == Capabilities::NameField::Required)
        m_ui->nameEdit->setAccessibleDescription(tr("Required"));

    m_ui->summaryLabel->setText(summary());
    m_ui->summaryGroup->setVisible(!m_ui->summaryLabel->text().isEmpty());

    m_ui->graceSpin->setValue(
        qBound(m_ui->graceSpin->minimum(), graceDays, m_ui->graceSpin->maximum()));
    m_ui->graceRadio->setChecked(true);
    updateGraceSuffix(m_ui->graceSpin->value());
    // Offered only where the provider can: it reports last use, or disables one key.
    const bool quiet = RotationOrchestrator::canWaitForQuiet(caps);
    const bool disable = RotationOrchestrator::canDisableFirst(caps);
    m_ui->quietRadio->setVisible(quiet);
    m_ui->quietSpin->setVisible(quiet);
    m_ui->quietAfterLabel->setVisible(quiet);
    m_ui->disableRadio->setVisible(disable);
    m_ui->quietSpin->setValue(GracePlan::DefaultQuietHours);
    updateQuietSuffix(m_ui->quietSpin->value());

    connect(m_ui->graceSpin, &QSpinBox::valueChanged, this, &RotateKeyDialog::updateGraceSuffix);
    connect(m_ui->quietSpin, &QSpinBox::valueChanged, this, &RotateKeyDialog::updateQuietSuffix);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &RotateKeyDialog::revalidate);
    setParts({m_ui->rotateButton, m_ui->cancelButton, nullptr, nullptr, {}});
    revalidate();
    m_ui->nameEdit->selectAll();
}

RotateKeyDialog::~RotateKeyDialog() = default;

void RotateKeyDialog::restoreChoices(const QString& name, bool revokeNow, int graceDays)
{
    if (m_ui->nameEdit->isEnabled() && !name.isEmpty())
        m_ui->nameEdit->setText(name);
    m_ui->graceSpin->setValue(
        qBound(m_ui->graceSpin->minimum(), graceDays, m_ui->graceSpin->maximum()));
    if (revokeNow)
        m_ui->revokeNowRadio->setChecked(true);
    else
        m_ui->graceRadio->setChecked(true);
    m_ui->nameEdit->selectAll();
}

void RotateKeyDialog::restorePlan(const GracePlan& plan)
{
    using Mode = RotationRecord::GraceMode;
    if (plan.mode == Mode::Quiet && m_ui->quietRadio->isVisibleTo(this)) {
        m_ui->quietSpin->setValue(plan.quietHours);
        m_ui->quietRadio->setChecked(true);
    } else if (plan.mode == Mode::DisableFirst && m_ui->disableRadio->isVisibleTo(this)) {
        m_ui->disableRadio->setChecked(true);
    }
}

GracePlan RotateKeyDialog::gracePlan() const
{
    GracePlan plan;
    plan.days = revokeImmediately() ? 0 : graceDays();
    if (m_ui->quietRadio->isChecked()) {
        plan.mode = RotationRecord::GraceMode::Quiet;
        plan.quietHours = m_ui->quietSpin->value();
    } else if (m_ui->disableRadio->isChecked()) {
        plan.mode = RotationRecord::GraceMode::DisableFirst;
    }
    return plan;
}

QString RotateKeyDialog::rotatedName(const QString& oldName, const QDate& today)
{
    return rotatedKeyName(oldName, today);
}

KeySpec RotateKeyDialog::newKeySpec() const
{
    KeySpec spec = rotationSpecFor(m_oldKey, m_caps, Clock::app().nowUtc());
    if (m_caps.name != Capabilities::NameField::None)
        spec.name = m_ui->nameEdit->text().trimmed();
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
        lines.append(tr("Services: %1").arg(labels.isEmpty() ? tr("none") : labels.join(u", "_s)));
    }
    if (m_caps.description) {
        lines.append(tr("Description: %1")
                         .arg(m_oldKey.description.isEmpty() ? tr("none") : m_oldKey.description));
    }
    if (m_caps.ipAllowlist) {
        lines.append(tr("IP whitelist: %1")
                         .arg(m_oldKey.ipAllowlist.isEmpty() ? tr("all addresses")
                                                             : m_oldKey.ipAllowlist.join(u", "_s)));
    }
    if (m_caps.bearer && !m_oldKey.principal.isEmpty())
        lines.append(tr("Owner: %1").arg(m_oldKey.principal));
    if (m_caps.project)
        lines.append(tr("Project: %1")
                         .arg(m_oldKey.projectId.isEmpty() ? tr("default") : m_oldKey.projectId));
    if (m_caps.expiry == Capabilities::Expiry::Date) {
        const std::optional<QDateTime> expires = newKeySpec().expires;
        lines.append(tr("Expires: %1")
                         .arg(expires
                                  ? QLocale().toString(expires->toLocalTime(), QLocale::ShortFormat)
                                  : tr("never")));
    }
    if (m_caps.expiry == Capabilities::Expiry::Duration) {
        const qint64 seconds = newKeySpec().durationSeconds.value_or(0);
        lines.append(tr("Valid for: %1")
                         .arg(seconds == 0 ? tr("permanent") : ExpiryEdit::durationText(seconds)));
    }
    return lines.join(QLatin1Char('\n'));
}

bool RotateKeyDialog::canSubmit() const
{
    return m_caps.name != Capabilities::NameField::Required ||
           !m_ui->nameEdit->text().trimmed().isEmpty();
}

void RotateKeyDialog::revalidate()
{
    showProblem(nullptr, {}, canSubmit() ? QString() : tr("Enter a name for the new key."));
}

void RotateKeyDialog::updateGraceSuffix(int days)
{
    // A suffix has no number of its own: the plural form is chosen by days without a %n.
    m_ui->graceSpin->setSuffix(tr(" day(s)", nullptr, days));
}

void RotateKeyDialog::updateQuietSuffix(int hours)
{
    m_ui->quietSpin->setSuffix(tr(" hour(s)", nullptr, hours));
}

} // namespace kw

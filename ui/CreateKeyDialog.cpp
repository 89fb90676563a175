#include "CreateKeyDialog.h"

#include "core/KeyNamePolicy.h"
#include "ui_CreateKeyDialog.h"

#include <QAccessible>
#include <QCheckBox>
#include <QDateTime>
#include <QLocale>
#include <QPlainTextEdit>

namespace kw {

namespace {

// Hidden and disabled, so that no path (keyboard, mnemonic, accessibility) reaches a field the
// provider does not have.
void showFields(std::initializer_list<QWidget*> widgets, bool visible)
{
    for (QWidget* widget : widgets) {
        widget->setVisible(visible);
        widget->setEnabled(visible);
    }
}

QString minServicesText(int count)
{
    // Spelled out rather than a %n plural so that it reads well without a loaded translation.
    return count == 1 ? CreateKeyDialog::tr("Choose at least one service.")
                      : CreateKeyDialog::tr("Choose at least %1 services.").arg(count);
}

} // namespace

CreateKeyDialog::CreateKeyDialog(const Capabilities& caps, QWidget* parent)
    : QDialog(parent), m_ui(new Ui::CreateKeyDialog), m_caps(caps)
{
    m_ui->setupUi(this);
    setWindowTitle(caps.providerName.isEmpty() ? tr("Create key")
                                               : tr("Create %1 key").arg(caps.providerName));
    m_ui->servicesChecklist->setServices(caps.services);

    if (caps.name == Capabilities::NameField::Required) {
        m_ui->nameLabel->setText(tr("&Name (required):"));
        m_ui->nameEdit->setAccessibleDescription(tr("Required"));
    }
    m_ui->nameWarningLabel->setStyleSheet(QStringLiteral("color: #a05a00;"));
    m_ui->nameWarningLabel->hide();
    if (caps.descriptionMaxLength > 0)
        m_ui->descriptionEdit->setMaxLength(caps.descriptionMaxLength);
    if (caps.minServices > 0)
        m_ui->servicesChecklist->setAccessibleDescription(minServicesText(caps.minServices));
    if (caps.services.isEmpty()) {
        m_ui->introLabel->setText(m_ui->introLabel->text() + QLatin1Char(' ') +
                                  tr("The key has the rights of the user it belongs to."));
    }
    m_ui->ipHintLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->errorLabel->hide();
    m_ui->busyIndicator->hide();
    hideAbsentFields();
    setupExpiry();
    setTabChain();

    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &CreateKeyDialog::updateNameWarning);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &CreateKeyDialog::revalidate);
    connect(m_ui->servicesChecklist, &ServiceChecklist::changed, this,
            &CreateKeyDialog::revalidate);
    connect(m_ui->descriptionEdit, &QLineEdit::textChanged, this,
            &CreateKeyDialog::updateDescriptionCounter);
    connect(m_ui->ipAllowlistEdit, &IpAllowlistEdit::changed, this, &CreateKeyDialog::revalidate);
    connect(m_ui->noExpiryCheck, &QCheckBox::toggled, this, &CreateKeyDialog::updateExpiryFields);
    connect(m_ui->expiresEdit, &QDateTimeEdit::dateTimeChanged, this, &CreateKeyDialog::revalidate);
    connect(m_ui->createButton, &QPushButton::clicked, this, &CreateKeyDialog::submit);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &CreateKeyDialog::reject);

    updateDescriptionCounter();
    revalidate();
}

CreateKeyDialog::~CreateKeyDialog() = default;

void CreateKeyDialog::hideAbsentFields()
{
    // A grid rather than a QFormLayout: a form row keeps the height a wrapped label has at its
    // preferred width, which left gaps around the warning and the hints.
    const bool hasName = m_caps.name != Capabilities::NameField::None;
    const bool hasServices = !m_caps.services.isEmpty();
    showFields({m_ui->nameLabel, m_ui->nameEdit}, hasName);
    m_ui->nameWarningLabel->hide();
    showFields({m_ui->servicesLabel, m_ui->servicesChecklist}, hasServices);
    showFields({m_ui->descriptionLabel, m_ui->descriptionEdit}, m_caps.description);
    m_ui->descriptionCounterLabel->setVisible(m_caps.description &&
                                              m_caps.descriptionMaxLength > 0);
    showFields({m_ui->ipLabel, m_ui->ipAllowlistEdit, m_ui->ipHintLabel}, m_caps.ipAllowlist);
}

void CreateKeyDialog::setupExpiry()
{
    const bool duration = m_caps.expiry == Capabilities::Expiry::Duration;
    const bool date = m_caps.expiry == Capabilities::Expiry::Date;
    showFields({m_ui->expiryLabel, m_ui->noExpiryCheck}, duration || date);
    showFields({m_ui->durationSpin}, duration);
    showFields({m_ui->expiresEdit}, date);
    if (duration) {
        m_ui->expiryLabel->setText(tr("Valid &for:"));
        m_ui->expiryLabel->setBuddy(m_ui->durationSpin);
        m_ui->noExpiryCheck->setText(tr("Per&manent"));
        m_ui->noExpiryCheck->setAccessibleName(tr("Permanent key"));
        const qint64 maxHours = m_caps.maxDurationSeconds > 0
                                    ? qMax<qint64>(1, m_caps.maxDurationSeconds / 3600)
                                    : qint64(24) * 365;
        m_ui->durationSpin->setRange(1, int(maxHours));
        m_ui->durationSpin->setValue(int(qMin<qint64>(maxHours, 12)));
        m_ui->durationSpin->setSuffix(tr(" h"));
    } else if (date) {
        m_ui->expiryLabel->setBuddy(m_ui->expiresEdit);
        m_ui->expiresEdit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
        const QDateTime inNinetyDays = QDateTime::currentDateTime().addDays(90);
        m_ui->expiresEdit->setDateTime(
            QDateTime(inNinetyDays.date(), QTime(inNinetyDays.time().hour(), 0)));
    }
    // Without expiry is what the providers do when asked nothing; an expiry is a choice.
    m_ui->noExpiryCheck->setChecked(true);
    updateExpiryFields();
}

void CreateKeyDialog::updateExpiryFields()
{
    const bool expires = !m_ui->noExpiryCheck->isChecked();
    m_ui->durationSpin->setEnabled(expires && m_caps.expiry == Capabilities::Expiry::Duration);
    m_ui->expiresEdit->setEnabled(expires && m_caps.expiry == Capabilities::Expiry::Date);
    revalidate();
}

void CreateKeyDialog::setTabChain()
{
    // The service check boxes are made at run time, so the chain and the mnemonics that lead into
    // the composite fields are completed here, with the controls inside them.
    const QList<QCheckBox*> boxes = m_ui->servicesChecklist->checkBoxes();
    if (!boxes.isEmpty())
        m_ui->servicesLabel->setBuddy(boxes.constFirst());
    m_ui->ipLabel->setBuddy(m_ui->ipAllowlistEdit->textEdit());

    QList<QWidget*> chain{m_ui->nameEdit};
    for (QCheckBox* box : boxes)
        chain.append(box);
    chain << m_ui->descriptionEdit << m_ui->ipAllowlistEdit->textEdit() << m_ui->durationSpin
          << m_ui->expiresEdit << m_ui->noExpiryCheck << m_ui->cancelButton << m_ui->createButton;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

KeySpec CreateKeyDialog::spec() const
{
    KeySpec spec;
    if (m_caps.name != Capabilities::NameField::None)
        spec.name = m_ui->nameEdit->text().trimmed();
    if (m_caps.description)
        spec.description = m_ui->descriptionEdit->text().trimmed();
    if (!m_caps.services.isEmpty())
        spec.services = m_ui->servicesChecklist->selected();
    if (m_caps.ipAllowlist)
        spec.ipAllowlist = m_ui->ipAllowlistEdit->allowlist().entries();
    const bool expires = !m_ui->noExpiryCheck->isChecked();
    if (m_caps.expiry == Capabilities::Expiry::Duration)
        spec.durationSeconds = expires ? qint64(m_ui->durationSpin->value()) * 3600 : 0;
    if (m_caps.expiry == Capabilities::Expiry::Date && expires)
        spec.expires = m_ui->expiresEdit->dateTime().toUTC();
    return spec;
}

void CreateKeyDialog::setSpec(const KeySpec& spec)
{
    m_ui->nameEdit->setText(spec.name);
    m_ui->descriptionEdit->setText(spec.description);
    m_ui->servicesChecklist->setSelected(spec.services);
    m_ui->ipAllowlistEdit->setEntries(spec.ipAllowlist);
    if (m_caps.expiry == Capabilities::Expiry::Duration && spec.durationSeconds) {
        m_ui->noExpiryCheck->setChecked(*spec.durationSeconds == 0);
        if (*spec.durationSeconds > 0)
            m_ui->durationSpin->setValue(int((*spec.durationSeconds + 3599) / 3600));
    }
    if (m_caps.expiry == Capabilities::Expiry::Date) {
        m_ui->noExpiryCheck->setChecked(!spec.expires);
        if (spec.expires)
            m_ui->expiresEdit->setDateTime(spec.expires->toLocalTime());
    }
    revalidate();
}

QString CreateKeyDialog::problem() const
{
    if (m_caps.name == Capabilities::NameField::Required &&
        m_ui->nameEdit->text().trimmed().isEmpty())
        return tr("Enter a name for the key.");
    if (!m_caps.services.isEmpty() &&
        m_ui->servicesChecklist->selected().size() < qMax(m_caps.minServices, 0)) {
        return minServicesText(m_caps.minServices);
    }
    if (m_caps.ipAllowlist && !m_ui->ipAllowlistEdit->isValid())
        return m_ui->ipAllowlistEdit->problem();
    if (m_caps.expiry == Capabilities::Expiry::Date && !m_ui->noExpiryCheck->isChecked() &&
        m_ui->expiresEdit->dateTime() <= QDateTime::currentDateTime())
        return tr("Choose an expiry date in the future.");
    return {};
}

void CreateKeyDialog::revalidate()
{
    const QString text = problem();
    m_ui->validationLabel->setText(text);
    m_ui->validationLabel->setVisible(!text.isEmpty());
    m_ui->createButton->setEnabled(text.isEmpty() && !m_busy);
    m_ui->createButton->setAccessibleDescription(text);
}

void CreateKeyDialog::updateNameWarning()
{
    const QString warning = m_caps.nameShouldBeDescriptive
                                ? nonDescriptiveNameWarning(m_ui->nameEdit->text().trimmed())
                                : QString();
    m_ui->nameWarningLabel->setText(warning);
    m_ui->nameWarningLabel->setVisible(!warning.isEmpty());
}

void CreateKeyDialog::updateDescriptionCounter()
{
    if (m_caps.descriptionMaxLength <= 0)
        return;
    m_ui->descriptionCounterLabel->setText(
        tr("%1/%2").arg(m_ui->descriptionEdit->text().size()).arg(m_caps.descriptionMaxLength));
}

void CreateKeyDialog::submit()
{
    if (m_busy || !problem().isEmpty())
        return;
    m_ui->errorLabel->hide();
    emit submitted(spec());
}

void CreateKeyDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_ui->formWidget->setEnabled(!busy);
    // While the provider is creating the key, cancelling would lose a secret shown only once.
    m_ui->cancelButton->setEnabled(!busy);
    m_ui->busyIndicator->setVisible(busy);
    revalidate();
}

void CreateKeyDialog::showError(const QString& text)
{
    setBusy(false);
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->show();
    QAccessibleEvent event(m_ui->errorLabel, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void CreateKeyDialog::reject()
{
    if (m_busy)
        return;
    QDialog::reject();
}

} // namespace kw

#include "AddAccountDialog.h"

#include "providers/KeyProvider.h"
#include "ui_AddAccountDialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHostAddress>
#include <QUuid>

namespace kw {

namespace {

bool isLoopback(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

AddAccountDialog::AddAccountDialog(QWidget* parent)
    : QDialog(parent), m_ui(new Ui::AddAccountDialog),
      m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_ui->setupUi(this);
    for (const QString& id : knownProviders()) {
        const Capabilities* caps = capabilitiesFor(id);
        m_ui->providerCombo->addItem(
            caps && !caps->providerName.isEmpty() ? caps->providerName : id, id);
    }
    m_ui->tokenHintLabel->setForegroundRole(QPalette::PlaceholderText);

    connect(m_ui->providerCombo, &QComboBox::currentIndexChanged, this,
            &AddAccountDialog::providerChanged);
    for (QLineEdit* edit : {m_ui->labelEdit, m_ui->endpointEdit, m_ui->caFileEdit, m_ui->tokenEdit})
        connect(edit, &QLineEdit::textChanged, this, &AddAccountDialog::revalidate);
    connect(m_ui->caFileBrowseButton, &QPushButton::clicked, this, &AddAccountDialog::browseCaFile);
    connect(m_ui->addButton, &QPushButton::clicked, this, &AddAccountDialog::accept);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &AddAccountDialog::reject);

    providerChanged();
}

AddAccountDialog::~AddAccountDialog()
{
    // A token typed and never taken is wiped with the dialog.
    takeToken();
}

Account AddAccountDialog::account() const
{
    Account account;
    account.id = m_id;
    account.provider = m_ui->providerCombo->currentData().toString();
    account.label = m_ui->labelEdit->text().trimmed();
    account.endpoint = QUrl(m_ui->endpointEdit->text().trimmed(), QUrl::StrictMode);
    account.caFile = m_ui->caFileEdit->text().trimmed();
    return account;
}

Secret AddAccountDialog::takeToken()
{
    QString text = m_ui->tokenEdit->text();
    // The edit drops its reference first, so that wipe() below overwrites the last copy.
    m_ui->tokenEdit->clear();
    Secret token = Secret::fromString(text.trimmed());
    wipe(text);
    return token;
}

QString AddAccountDialog::endpointProblem(const QString& text) const
{
    if (text.isEmpty())
        return tr("Enter the API endpoint, e.g. https://api.example.com.");
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        return tr("The endpoint “%1” is not a web address such as https://api.example.com.")
            .arg(text);
    }
    if (scheme == QLatin1String("http") && !isLoopback(url.host())) {
        return tr("The endpoint “%1” uses plain http://, which is allowed only for this computer "
                  "(localhost, 127.0.0.1, ::1). Use https://.")
            .arg(text);
    }
    return {};
}

QString AddAccountDialog::problem() const
{
    if (m_ui->providerCombo->currentIndex() < 0)
        return tr("No provider is available.");
    if (m_ui->labelEdit->text().trimmed().isEmpty())
        return tr("Enter a label for the account.");
    const QString endpoint = endpointProblem(m_ui->endpointEdit->text().trimmed());
    if (!endpoint.isEmpty())
        return endpoint;
    const QString caFile = m_ui->caFileEdit->text().trimmed();
    if (!caFile.isEmpty() && !(QFileInfo(caFile).isFile() && QFileInfo(caFile).isReadable()))
        return tr("The CA file “%1” cannot be read.").arg(caFile);
    if (m_ui->tokenEdit->text().trimmed().isEmpty())
        return tr("Enter the account's API token.");
    return {};
}

void AddAccountDialog::providerChanged()
{
    const Capabilities* caps = capabilitiesFor(m_ui->providerCombo->currentData().toString());
    const QUrl endpoint = caps ? caps->defaultEndpoint : QUrl();
    // Replace the endpoint only while it is the previous provider's default, never one typed.
    const QString current = m_ui->endpointEdit->text().trimmed();
    if (current.isEmpty() || QUrl(current, QUrl::StrictMode) == m_prefilledEndpoint)
        m_ui->endpointEdit->setText(endpoint.toString());
    m_prefilledEndpoint = endpoint;
    m_ui->labelEdit->setPlaceholderText(caps ? tr("e.g. Production (%1)").arg(caps->providerName)
                                             : QString());
    revalidate();
}

void AddAccountDialog::browseCaFile()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Choose a CA certificate"), m_ui->caFileEdit->text(),
                                     tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty())
        m_ui->caFileEdit->setText(file);
}

void AddAccountDialog::revalidate()
{
    const QString text = problem();
    m_ui->validationLabel->setText(text);
    m_ui->validationLabel->setVisible(!text.isEmpty());
    m_ui->addButton->setEnabled(text.isEmpty());
    m_ui->addButton->setAccessibleDescription(text);
}

} // namespace kw

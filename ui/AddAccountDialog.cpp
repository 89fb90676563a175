#include "AddAccountDialog.h"

#include "providers/KeyProvider.h"
#include "providers/NetworkProxy.h"
#include "ui_AddAccountDialog.h"

#include <QAbstractItemView>
#include <QFileDialog>
#include <QFileInfo>
#include <QHostAddress>
#include <QLineEdit>
#include <QUuid>

namespace kw {

using namespace Qt::StringLiterals;

namespace {

bool isLoopback(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

enum class UrlField
{
    Api,
    S3
};

// Why text is not an endpoint the console may talk to (https, or http to loopback only).
QString urlProblem(const QString& text, UrlField field)
{
    const bool s3 = field == UrlField::S3;
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        return s3 ? AddAccountDialog::tr("The S3 endpoint “%1” is not a web address such as "
                                         "https://s3.example.com.")
                        .arg(text)
                  : AddAccountDialog::tr("The endpoint “%1” is not a web address such as "
                                         "https://api.example.com.")
                        .arg(text);
    }
    if (scheme == QLatin1String("http") && !isLoopback(url.host())) {
        return s3 ? AddAccountDialog::tr("The S3 endpoint “%1” uses plain http://, which is "
                                         "allowed only for this computer (localhost, 127.0.0.1, "
                                         "::1). Use https://.")
                        .arg(text)
                  : AddAccountDialog::tr("The endpoint “%1” uses plain http://, which is allowed "
                                         "only for this computer (localhost, 127.0.0.1, ::1). Use "
                                         "https://.")
                        .arg(text);
    }
    return {};
}

} // namespace

AddAccountDialog::AddAccountDialog(QWidget* parent)
    : SubmitDialog(parent), m_ui(new Ui::AddAccountDialog),
      m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_ui->setupUi(this);
    for (const QString& id : knownProviders()) {
        const Capabilities* caps = capabilitiesFor(id);
        m_ui->providerCombo->addItem(
            caps && !caps->providerName.isEmpty() ? caps->providerName : id, id);
    }
    m_ui->tokenHintLabel->setForegroundRole(QPalette::PlaceholderText);
    form::paintAsError(m_ui->s3EndpointProblemLabel);
    m_ui->s3HintLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->s3RegionCombo->lineEdit()->setObjectName(u"s3RegionEdit"_s);
    m_ui->s3RegionCombo->lineEdit()->setAccessibleName(m_ui->s3RegionCombo->accessibleName());
    m_ui->s3RegionCombo->view()->setObjectName(u"s3RegionList"_s);
    m_ui->s3RegionCombo->view()->setAccessibleName(tr("Known regions"));

    connect(m_ui->providerCombo, &QComboBox::currentIndexChanged, this,
            &AddAccountDialog::providerChanged);
    for (QLineEdit* edit : {m_ui->labelEdit, m_ui->endpointEdit, m_ui->s3EndpointEdit,
                            m_ui->caFileEdit, m_ui->proxyEdit, m_ui->tokenEdit})
        connect(edit, &QLineEdit::textChanged, this, &AddAccountDialog::revalidate);
    connect(m_ui->s3RegionCombo, &QComboBox::currentTextChanged, this,
            &AddAccountDialog::s3RegionChanged);
    connect(m_ui->caFileBrowseButton, &QPushButton::clicked, this, &AddAccountDialog::browseCaFile);
    setParts({m_ui->addButton, m_ui->cancelButton, nullptr, nullptr, {}});

    providerChanged();
}

AddAccountDialog::~AddAccountDialog()
{
    // A token typed and never taken is wiped with the dialog.
    takeToken();
}

void AddAccountDialog::editAccount(const Account& account)
{
    m_editing = account;
    m_id = account.id;
    const int provider = m_ui->providerCombo->findData(account.provider);
    if (provider < 0)
        m_ui->providerCombo->addItem(account.provider, account.provider);
    m_ui->providerCombo->setCurrentIndex(provider < 0 ? m_ui->providerCombo->count() - 1
                                                      : provider);
    m_ui->providerCombo->setEnabled(false);
    m_ui->providerCombo->setAccessibleDescription(
        tr("An account's provider cannot be changed; add a new account instead."));
    m_ui->labelEdit->setText(account.label);
    m_ui->endpointEdit->setText(account.endpoint.toString());
    m_ui->caFileEdit->setText(account.caFile);
    m_ui->proxyEdit->setText(proxyForDisplay(account.proxy));
    if (asksForS3()) {
        m_ui->s3EndpointEdit->setText(account.s3Endpoint.toString());
        if (!account.region.isEmpty())
            m_ui->s3RegionCombo->setCurrentText(account.region);
    }
    // The token is replaced on its own (Replace Token), where the new one is tested first.
    for (QWidget* row :
         {static_cast<QWidget*>(m_ui->tokenEdit), static_cast<QWidget*>(m_ui->tokenHintLabel)})
        m_ui->formLayout->setRowVisible(row, false);
    m_ui->tokenEdit->setEnabled(false);
    setWindowTitle(tr("Edit account"));
    setAccessibleName(tr("Edit account"));
    m_ui->addButton->setText(tr("&Save"));
    m_ui->addButton->setAccessibleName(tr("Save account"));
    m_ui->labelEdit->setFocus();
    revalidate();
    // Without the token rows the form is shorter than the add form it was laid out for; a
    // problem shown later grows it again.
    setFitsContents(true);
    resize(width(), sizeHint().height());
}

Account AddAccountDialog::account() const
{
    Account account = m_editing.value_or(Account());
    account.id = m_id;
    account.provider = m_ui->providerCombo->currentData().toString();
    account.label = m_ui->labelEdit->text().trimmed();
    account.endpoint = QUrl(m_ui->endpointEdit->text().trimmed(), QUrl::StrictMode);
    account.caFile = m_ui->caFileEdit->text().trimmed();
    // problem() refuses the add while the address does not read; until then, none.
    account.proxy = normalizedProxyUrl(m_ui->proxyEdit->text(), nullptr, ProxyCredentials::Refused)
                        .value_or(QUrl());
    if (asksForS3()) {
        const QString s3Endpoint = m_ui->s3EndpointEdit->text().trimmed();
        account.s3Endpoint = s3Endpoint.isEmpty() ? QUrl() : QUrl(s3Endpoint, QUrl::StrictMode);
        account.region = m_ui->s3RegionCombo->currentText().trimmed();
    }
    return account;
}

Secret AddAccountDialog::takeToken()
{
    QString text = m_ui->tokenEdit->text();
    // The edit drops its reference first, so that wipe() below overwrites the last copy.
    m_ui->tokenEdit->clear();
    Secret token = Secret::fromString(QStringView(text).trimmed()); // no trimmed copy
    wipe(text);
    return token;
}

const Capabilities* AddAccountDialog::capabilities() const
{
    return capabilitiesFor(m_ui->providerCombo->currentData().toString());
}

bool AddAccountDialog::asksForS3() const
{
    const Capabilities* caps = capabilities();
    return caps && caps->s3Verify;
}

QString AddAccountDialog::s3EndpointProblem() const
{
    const QString text = m_ui->s3EndpointEdit->text().trimmed();
    if (!asksForS3() || text.isEmpty())
        return {};
    return urlProblem(text, UrlField::S3);
}

QString AddAccountDialog::problem() const
{
    if (m_ui->providerCombo->currentIndex() < 0)
        return tr("No provider is available.");
    if (m_ui->labelEdit->text().trimmed().isEmpty())
        return tr("Enter a label for the account.");
    const QString endpointText = m_ui->endpointEdit->text().trimmed();
    if (endpointText.isEmpty())
        return tr("Enter the API endpoint, e.g. https://api.example.com.");
    const QString endpoint = urlProblem(endpointText, UrlField::Api);
    if (!endpoint.isEmpty())
        return endpoint;
    const QString s3Endpoint = s3EndpointProblem();
    if (!s3Endpoint.isEmpty())
        return s3Endpoint;
    const QString caFile = m_ui->caFileEdit->text().trimmed();
    if (!caFile.isEmpty() && !(QFileInfo(caFile).isFile() && QFileInfo(caFile).isReadable()))
        return tr("The CA file “%1” cannot be read.").arg(caFile);
    // Credentials in the proxy address would be saved in the settings file: not accepted here.
    QString proxyError;
    if (!normalizedProxyUrl(m_ui->proxyEdit->text(), &proxyError, ProxyCredentials::Refused))
        return proxyError;
    if (!m_editing && QStringView(m_ui->tokenEdit->text()).trimmed().isEmpty())
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

    const bool s3 = caps && caps->s3Verify;
    for (QWidget* row :
         {static_cast<QWidget*>(m_ui->s3EndpointEdit), static_cast<QWidget*>(m_ui->s3RegionCombo),
          static_cast<QWidget*>(m_ui->s3HintLabel)})
        m_ui->formLayout->setRowVisible(row, s3);
    m_ui->s3RegionCombo->clear();
    if (s3) {
        const bool zone = caps->s3RegionIsZone;
        m_ui->s3RegionLabel->setText(zone ? tr("Availability &zone:") : tr("&Region:"));
        m_ui->s3RegionCombo->setAccessibleName(zone ? tr("Availability zone") : tr("S3 region"));
        m_ui->s3RegionCombo->lineEdit()->setAccessibleName(m_ui->s3RegionCombo->accessibleName());
        m_ui->s3RegionCombo->view()->setAccessibleName(zone ? tr("Example availability zones")
                                                            : tr("Known regions"));
        m_ui->s3RegionCombo->addItems(caps->knownS3Regions);
        // A provider with no default (CoreWeave) gets its first example zone prefilled, so that
        // Test key has one to sign for; the user picks or types the account's own.
        const QString prefill =
            caps->defaultS3Region.isEmpty() ? caps->knownS3Regions.value(0) : caps->defaultS3Region;
        m_ui->s3RegionCombo->setCurrentText(prefill);
        m_ui->s3RegionCombo->lineEdit()->setPlaceholderText(caps->defaultS3Region);
        m_ui->s3HintLabel->setText(
            zone ? tr("Test key checks a new key by listing the buckets on this S3 endpoint, "
                      "signed for the organization's availability zone.")
                 : tr("Test key checks a new key by listing the buckets on this S3 endpoint, "
                      "signed for the region."));
    }
    s3RegionChanged();
}

void AddAccountDialog::s3RegionChanged()
{
    // The placeholder shows where Test key goes when the field is left empty.
    const Capabilities* caps = capabilities();
    QString placeholder;
    if (caps && caps->s3Verify) {
        const QString region = m_ui->s3RegionCombo->currentText().trimmed();
        if (!caps->s3EndpointTemplate.isEmpty())
            placeholder = QString(caps->s3EndpointTemplate)
                              .replace(QLatin1String("{region}"),
                                       region.isEmpty() ? caps->defaultS3Region : region);
        else
            placeholder = caps->defaultS3Endpoint.toString();
    }
    m_ui->s3EndpointEdit->setPlaceholderText(placeholder);
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
    // The S3 endpoint's problem is shown at the field; the summary below does not repeat it.
    const QString s3Endpoint = s3EndpointProblem();
    m_ui->s3EndpointProblemLabel->setText(s3Endpoint);
    m_ui->formLayout->setRowVisible(m_ui->s3EndpointProblemLabel, !s3Endpoint.isEmpty());
    const QString placeholder = m_ui->s3EndpointEdit->placeholderText();
    m_ui->s3EndpointEdit->setAccessibleDescription(
        !s3Endpoint.isEmpty()   ? s3Endpoint
        : placeholder.isEmpty() ? QString()
                                : tr("Optional; empty means %1").arg(placeholder));
    const bool shownAtField = !s3Endpoint.isEmpty() && text == s3Endpoint;
    showProblem(m_ui->validationLabel, shownAtField ? QString() : text, text);
}

} // namespace kw

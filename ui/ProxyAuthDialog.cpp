#include "ProxyAuthDialog.h"

#include "console/ProxyLogins.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kw {

ProxyAuthDialog::ProxyAuthDialog(const QString& proxy, bool refused, QWidget* parent)
    : QDialog(parent), m_user(new QLineEdit(this)), m_password(new QLineEdit(this))
{
    setObjectName(u"proxyAuthDialog"_s);
    setWindowTitle(tr("Proxy Sign-in"));
    setAccessibleName(tr("Proxy sign-in"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(this);
    intro->setObjectName(u"proxyAuthIntro"_s);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    intro->setText(refused ? tr("The proxy %1 refused the user name and password it was given. "
                                "Enter them again; KeyWarden keeps them in the keychain.")
                                 .arg(proxy)
                           : tr("The proxy %1 asks for a user name and password. KeyWarden keeps "
                                "them in the keychain and does not ask again.")
                                 .arg(proxy));
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_user->setObjectName(u"proxyUserEdit"_s);
    m_user->setAccessibleName(tr("Proxy user name"));
    m_password->setObjectName(u"proxyPasswordEdit"_s);
    m_password->setAccessibleName(tr("Proxy password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Sign In"));
    m_ok->setAccessibleName(tr("Sign in to the proxy"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // The sentence wraps; without a width of its own the dialog is as narrow as its buttons.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    connect(m_user, &QLineEdit::textChanged, this, &ProxyAuthDialog::updateButton);
    updateButton();
    m_user->setFocus();
}

ProxyLogin ProxyAuthDialog::login() const
{
    return {m_user->text().trimmed(), m_password->text()};
}

void ProxyAuthDialog::updateButton()
{
    m_ok->setEnabled(!m_user->text().trimmed().isEmpty());
}

ProxyAuth::Source ProxyAuthDialog::windowSource(SecretStore* vault, QWidget* parent)
{
    return [vault, window = QPointer<QWidget>(parent)](const QString& proxy,
                                                       bool refused) -> std::optional<ProxyLogin> {
        const ProxyLogins logins(vault);
        if (!refused) {
            if (std::optional<ProxyLogin> kept = logins.read(proxy))
                return kept;
        }
        ProxyAuthDialog dialog(proxy, refused, window);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        const ProxyLogin login = dialog.login();
        // Kept for the next start and for keywarden-cli; this run has it already.
        logins.write(proxy, login, vault, [](const SecretStore::Result&) {});
        return login;
    };
}

} // namespace kw

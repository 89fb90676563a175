#pragma once

#include "providers/ProxyAuth.h"

#include <QDialog>
#include <functional>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace kw {

class SecretStore;

// A proxy asks for a user name and password: asked once, in this dialog, and kept in the
// keychain (ProxyLogins) for the window and keywarden-cli. Asked again only when the proxy
// refused what was kept, and then it says so.
class ProxyAuthDialog : public QDialog
{
    Q_OBJECT
public:
    // proxy: "host:port"; refused: the proxy turned down the login it was given.
    ProxyAuthDialog(const QString& proxy, bool refused, QWidget* parent = nullptr);

    ProxyLogin login() const;

    // The window's answer to a proxy (ProxyAuth::setSource): the keychain's login, and when
    // there is none or the proxy refused it, this dialog over `parent`, whose answer is written
    // to the keychain. The vault and the parent must outlive the source.
    static ProxyAuth::Source windowSource(SecretStore* vault, QWidget* parent);

private:
    void updateButton();

    QLineEdit* m_user;
    QLineEdit* m_password;
    QPushButton* m_ok = nullptr;
};

} // namespace kw

#include "vault/KeychainErrorMap.h"

#include "core/Redactor.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kw {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kw::KeychainStore", text);
}

using Status = SecretStore::Status;

SecretStore::Result make(Status status, QString message, QString help)
{
    SecretStore::Result result;
    result.status = status;
    result.message = std::move(message);
    result.help = std::move(help);
    return result;
}

bool mentions(const QString& text, QLatin1String needle)
{
    return text.contains(needle, Qt::CaseInsensitive);
}

bool noSessionBus(const QString& detail)
{
    return mentions(detail, "Cannot autolaunch D-Bus"_L1) ||
           mentions(detail, "Could not connect"_L1) || mentions(detail, "dbus-launch"_L1) ||
           mentions(detail, "DBUS_SESSION_BUS_ADDRESS"_L1);
}

bool noSecretService(const QString& detail)
{
    return mentions(detail, "org.freedesktop.secrets was not provided"_L1) ||
           mentions(detail, "org.freedesktop.DBus.Error.ServiceUnknown"_L1);
}

// gnome-keyring answers this way when the default keyring does not exist yet and no password
// prompt can be shown to create it (no display).
bool noDefaultCollection(const QString& detail)
{
    return mentions(detail, "Object does not exist at path"_L1) &&
           mentions(detail, "/collection/"_L1);
}

QString secretServiceHelp()
{
    return tr("No Secret Service is running. Install and start gnome-keyring (apt install "
              "gnome-keyring libsecret-1-0) or KeePassXC with its Secret Service integration, then "
              "log in again.");
}

SecretStore::Result noBackend(const QString& detail)
{
    if (noSessionBus(detail)) {
        return make(
            Status::NoBackend,
            tr("No keychain can be reached: there is no D-Bus session bus (%1).").arg(detail),
            tr("KeyWarden keeps tokens in the desktop keychain, which it reaches over the "
               "D-Bus session bus. Start KeyWarden from a desktop session (or inside "
               "dbus-run-session), and run a Secret Service such as gnome-keyring (apt "
               "install gnome-keyring libsecret-1-0) or KeePassXC with its Secret Service "
               "integration."));
    }
    const QString message = detail.isEmpty() ? tr("No keychain is available.")
                                             : tr("No keychain is available (%1).").arg(detail);
    return make(Status::NoBackend, message, secretServiceHelp());
}

SecretStore::Result locked(const QString& detail)
{
    return make(Status::Locked, tr("The keychain is locked (%1).").arg(detail),
                tr("Unlock your login keyring (for example with Seahorse, or by logging in to the "
                   "desktop again) or create one if none exists, then try again."));
}

} // namespace

SecretStore::Result keychainResultFor(QKeychain::Error error, const QString& errorString)
{
    const QString detail = Redactor::redact(errorString);
    switch (error) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        // A locked gnome-keyring also answers a read with EntryNotFound.
        return make(Status::NotFound, tr("No secret is stored in the keychain under this name."),
                    tr("Enter the token again. If you saved it before, the keyring may be locked: "
                       "unlock it and try again."));
    case QKeychain::AccessDeniedByUser:
        return make(Status::Denied, tr("Access to the keychain was refused."),
                    tr("Allow KeyWarden to use the keychain when it asks, then try again."));
    case QKeychain::AccessDenied:
        if (mentions(detail, "locked"_L1))
            return locked(detail);
        return make(Status::Denied, tr("The keychain denied access (%1).").arg(detail),
                    tr("Check the keychain's access settings for KeyWarden, then try again."));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return noBackend(detail);
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    if (noSessionBus(detail) || noSecretService(detail))
        return noBackend(detail);
    if (noDefaultCollection(detail) || mentions(detail, "locked"_L1))
        return locked(detail);
    return make(Status::Other,
                detail.isEmpty() ? tr("The keychain reported an unknown error.")
                                 : tr("The keychain reported an error: %1").arg(detail),
                tr("Try again. If it keeps failing, restart the keychain service or log in to the "
                   "desktop again."));
}

SecretStore::Result keychainTimeoutResult(int timeoutMs)
{
    const QString seconds = QString::number(timeoutMs / 1000.0, 'g', 3);
    return make(Status::Timeout,
                tr("The keychain did not answer within %1 s. It may be locked or waiting for a "
                   "password prompt.")
                    .arg(seconds),
                tr("Look for a keychain password prompt and answer it, or unlock the keyring, then "
                   "try again."));
}

} // namespace kw

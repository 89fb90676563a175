#pragma once

#include "providers/ProxyAuth.h"
#include "vault/SecretStore.h"

#include <optional>

namespace kw {

// A proxy's user name and password kept in the keychain under "proxy/<host>:<port>", one entry
// per proxy: never in the settings file, never in a log. The window asks for them once
// (ProxyAuthDialog) and writes them here; the window and keywarden-cli read them from here when
// the proxy asks (ProxyAuth's source).
class ProxyLogins
{
public:
    explicit ProxyLogins(SecretStore* vault) : m_vault(vault) {}

    static QString entry(const QString& proxy);

    // Waits for the keychain in a nested event loop (the store's own timeout bounds it): the
    // proxy's question has to be answered before the signal returns. nullopt: none kept, or the
    // keychain could not be read (*problem says why, when given).
    std::optional<ProxyLogin> read(const QString& proxy, QString* problem = nullptr) const;
    void write(const QString& proxy, const ProxyLogin& login, const QObject* context,
               SecretStore::Callback done) const;
    void remove(const QString& proxy, const QObject* context, SecretStore::Callback done) const;

    // What keywarden-cli answers a proxy with: the keychain's login, and nothing once the proxy
    // refused it (the error then names the proxy). It keeps the vault, not this object.
    ProxyAuth::Source keychainSource() const;

private:
    SecretStore* m_vault;
};

} // namespace kw

#include "CoreWeaveProvider.h"
#include "KeyProvider.h"
#include "NetworkProxy.h"
#include "ProxyAuth.h"
#include "ScalewayProvider.h"
#include "WasabiAirProvider.h"
#include "WasabiIamProvider.h"
#include "WaysCloudProvider.h"

#include <QNetworkAccessManager>
#include <vector>

namespace kw {

namespace {

// One row per provider client (its id is its Capabilities' providerId). A new provider is one
// more row.
struct ProviderEntry
{
    const Capabilities& (*capabilities)();
    std::unique_ptr<KeyProvider> (*make)(const Account&, Secret, QNetworkAccessManager*, QObject*);
};

template <typename Provider>
std::unique_ptr<KeyProvider> make(const Account& account, Secret token,
                                  QNetworkAccessManager* network, QObject* parent)
{
    return std::make_unique<Provider>(account, std::move(token), network, parent);
}

const std::vector<ProviderEntry>& registry()
{
    // Add a provider: one include above and one row here.
    static const std::vector<ProviderEntry> entries{
        {&WaysCloudProvider::staticCapabilities, &make<WaysCloudProvider>},
        {&ScalewayProvider::staticCapabilities, &make<ScalewayProvider>},
        {&WasabiAirProvider::staticCapabilities, &make<WasabiAirProvider>},
        {&CoreWeaveProvider::staticCapabilities, &make<CoreWeaveProvider>},
        {&WasabiIamProvider::staticCapabilities, &make<WasabiIamProvider>},
    };
    return entries;
}

const ProviderEntry* find(const QString& providerId)
{
    for (const ProviderEntry& entry : registry()) {
        if (providerId == entry.capabilities().providerId)
            return &entry;
    }
    return nullptr;
}

} // namespace

std::unique_ptr<KeyProvider> createProvider(const Account& account, Secret token,
                                            QNetworkAccessManager* network, QObject* parent)
{
    const ProviderEntry* entry = find(account.provider);
    if (!entry)
        return nullptr;
    if (account.proxy.isEmpty())
        return entry->make(account, std::move(token), network, parent);
    // An account behind its own proxy gets a network manager of its own that uses it: a
    // network manager has one proxy, and the other accounts keep theirs.
    auto* proxied = new QNetworkAccessManager;
    ProxyAuth::watch(proxied);
    const std::optional<QNetworkProxy> proxy =
        EnvironmentProxyFactory::fromUrl(account.proxy.toString());
    // A proxy address that does not parse (a settings file edited by hand) fails the requests
    // with a proxy error; it never lets them go out directly.
    proxied->setProxy(
        proxy.value_or(QNetworkProxy(QNetworkProxy::HttpProxy, account.proxy.host(), 1)));
    std::unique_ptr<KeyProvider> provider = entry->make(account, std::move(token), proxied, parent);
    proxied->setParent(provider.get());
    return provider;
}

const Capabilities* capabilitiesFor(const QString& providerId)
{
    const ProviderEntry* entry = find(providerId);
    return entry ? &entry->capabilities() : nullptr;
}

QStringList knownProviders()
{
    QStringList ids;
    for (const ProviderEntry& entry : registry())
        ids << entry.capabilities().providerId;
    return ids;
}

} // namespace kw

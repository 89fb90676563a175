#include "sandbox/wayscloud/WaysCloudAccount.h"

#include "sandbox/SandboxCrypto.h"

#include <algorithm>

namespace kw::sandbox {

using namespace Qt::StringLiterals;

std::optional<Service> serviceFromId(const QString& id)
{
    if (id == u"storage"_s)
        return Service::Storage;
    if (id == u"llm"_s || id == u"llm-api"_s)
        return Service::Llm;
    if (id == u"database"_s)
        return Service::Database;
    if (id == u"dns"_s)
        return Service::Dns;
    if (id == u"gpu"_s)
        return Service::Gpu;
    return std::nullopt;
}

QString serviceWireId(Service service)
{
    return service == Service::Llm ? u"llm-api"_s : serviceKeyTag(service);
}

QString serviceKeyTag(Service service)
{
    switch (service) {
    case Service::Storage:
        return u"storage"_s;
    case Service::Llm:
        return u"llm"_s;
    case Service::Database:
        return u"database"_s;
    case Service::Dns:
        return u"dns"_s;
    case Service::Gpu:
        return u"gpu"_s;
    }
    return {};
}

QList<Service> allServices()
{
    return {Service::Storage, Service::Llm, Service::Database, Service::Dns, Service::Gpu};
}

QString scopeWireText(const Scope& scope)
{
    return serviceWireId(scope.service) + (scope.write ? u":write"_s : u":read"_s);
}

bool StoredKey::hasScope(Service wanted, bool write) const
{
    return accountScope || scopes.contains(Scope{wanted, write});
}

bool StoredKey::hasAnyScope(Service wanted) const
{
    return hasScope(wanted, false) || hasScope(wanted, true);
}

WaysCloudAccount::Issued WaysCloudAccount::issue(const KeyRequest& request, const QDateTime& now)
{
    const QByteArray tag =
        request.service ? serviceKeyTag(*request.service).toLatin1() : QByteArray("pat");
    const QByteArray prefix = "wayscloud_" + tag + '_' + randomAlphanumeric(10);
    QByteArray token = prefix + '_' + randomAlphanumeric(56);

    StoredKey key;
    key.id = randomUuid();
    key.name = request.name;
    key.description = request.description;
    key.keyPrefix = QString::fromLatin1(prefix);
    key.service = request.service;
    key.scopes = request.scopes;
    key.ipWhitelistText = request.ipWhitelistText;
    key.whitelist = WaysCloudIpWhitelist::fromNetworks(request.ipWhitelist);
    key.createdAt = now.toUTC();
    key.secretHash = sha256(token);

    m_byHash.insert(key.secretHash, m_keys.size());
    m_keys.push_back(std::move(key));
    return {std::move(token), &m_keys.back()};
}

WaysCloudAccount::Issued WaysCloudAccount::issueAccountToken(const QDateTime& now)
{
    KeyRequest request;
    request.name = u"Account login token"_s;
    Issued issued = issue(request, now);
    m_keys.back().accountScope = true;
    return issued;
}

const StoredKey* WaysCloudAccount::findByToken(QByteArrayView token) const
{
    const auto found = m_byHash.constFind(sha256(token));
    return found == m_byHash.constEnd() ? nullptr : &m_keys[*found];
}

bool WaysCloudAccount::revoke(const QString& id)
{
    for (StoredKey& key : m_keys) {
        if (key.id == id && key.active && !key.accountScope) {
            key.active = false;
            return true;
        }
    }
    return false;
}

void WaysCloudAccount::markUsed(const QString& id, const QDateTime& when)
{
    setLastUsed(id, when);
}

void WaysCloudAccount::setLastUsed(const QString& id, const std::optional<QDateTime>& when)
{
    // Newest first: samples are given their last use right after they are issued.
    const auto found = std::find_if(m_keys.rbegin(), m_keys.rend(),
                                    [&](const StoredKey& key) { return key.id == id; });
    if (found != m_keys.rend())
        found->lastUsedAt = when ? std::optional(when->toUTC()) : std::nullopt;
}

QList<const StoredKey*> WaysCloudAccount::activeKeys() const
{
    QList<const StoredKey*> keys;
    for (const StoredKey& key : m_keys) {
        if (key.active && !key.accountScope)
            keys.append(&key);
    }
    std::stable_sort(keys.begin(), keys.end(), [](const StoredKey* a, const StoredKey* b) {
        return a->createdAt < b->createdAt;
    });
    return keys;
}

int WaysCloudAccount::activeCount() const
{
    return int(activeKeys().size());
}

} // namespace kw::sandbox

#pragma once

#include "sandbox/wayscloud/WaysCloudIpWhitelist.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <deque>
#include <optional>

namespace kw::sandbox {

enum class Service
{
    Storage,
    Llm,
    Database,
    Dns,
    Gpu
};

// The ids a client may send ("llm" and the server's own "llm-api" both mean LLM).
std::optional<Service> serviceFromId(const QString& id);
QString serviceWireId(Service service); // what the server emits: "llm-api" for LLM
QString serviceKeyTag(Service service); // the part of a key string: wayscloud_<tag>_…
QList<Service> allServices();

struct Scope
{
    Service service = Service::Storage;
    bool write = false;
    friend bool operator==(const Scope&, const Scope&) = default;
};
QString scopeWireText(const Scope& scope); // "llm-api:read"

// What a create request asks for, after validation.
struct KeyRequest
{
    QString name;
    std::optional<QString> description;
    std::optional<Service> service; // set: a service key; unset: a PAT
    QList<Scope> scopes;
    QStringList ipWhitelistText; // as sent
    QList<WaysCloudIpNetwork> ipWhitelist;
};

struct StoredKey
{
    QString id;
    QString name;
    std::optional<QString> description;
    QString keyPrefix; // wayscloud_<tag>_<10 chars>
    std::optional<Service> service;
    QList<Scope> scopes;
    QStringList ipWhitelistText;
    WaysCloudIpWhitelist whitelist;
    bool active = true;
    bool accountScope = false; // the account's own login token (not listed, manages keys)
    QDateTime createdAt;
    std::optional<QDateTime> lastUsedAt;
    QByteArray secretHash; // SHA-256 of the whole token; the token itself is never kept

    bool isPat() const { return !service.has_value(); }
    bool hasScope(Service wanted, bool write) const;
    bool hasAnyScope(Service wanted) const;
};

// The keys of one WAYSCloud account. Secrets are handed out once by issue() and only their
// hashes are kept.
class WaysCloudAccount
{
public:
    static constexpr int keyLimit = 50;

    struct Issued
    {
        QByteArray token; // the caller shows it once and drops it
        const StoredKey* key = nullptr;
    };

    Issued issue(const KeyRequest& request, const QDateTime& now);
    Issued issueAccountToken(const QDateTime& now);

    const StoredKey* findByToken(QByteArrayView token) const; // revoked ones too
    bool revoke(const QString& id);                           // false: unknown or already revoked
    void markUsed(const QString& id, const QDateTime& when);
    void setLastUsed(const QString& id, const std::optional<QDateTime>& when);

    QList<const StoredKey*> activeKeys() const; // listed keys, oldest first
    int activeCount() const;

private:
    std::deque<StoredKey> m_keys; // a deque: pointers to keys stay valid as keys are added
    QHash<QByteArray, std::size_t> m_byHash;
};

} // namespace kw::sandbox

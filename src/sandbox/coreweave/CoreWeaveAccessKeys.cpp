#include "sandbox/coreweave/CoreWeaveAccessKeys.h"

#include "sandbox/SandboxCrypto.h"

#include <algorithm>

namespace kw::sandbox {

namespace {

using namespace Qt::StringLiterals;

// n characters of [A-Z0-9], each equally likely: the mixed-case source keeps only those.
QByteArray randomUpperAlphanumeric(int length)
{
    QByteArray out;
    while (out.size() < length) {
        for (char c : randomAlphanumeric(32)) {
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
                out.append(c);
            if (out.size() == length)
                break;
        }
    }
    return out;
}

bool createdBefore(const CoreWeaveAccessKey& a, const CoreWeaveAccessKey& b)
{
    if (a.createdAt != b.createdAt)
        return a.createdAt < b.createdAt;
    return a.sequence < b.sequence;
}

} // namespace

QString coreWeaveStatusWireName(CoreWeaveKeyStatus status)
{
    switch (status) {
    case CoreWeaveKeyStatus::Active:
        return u"ACCESS_KEY_STATUS_ACTIVE"_s;
    case CoreWeaveKeyStatus::Suspended:
        return u"ACCESS_KEY_STATUS_SUSPENDED"_s;
    }
    return {};
}

std::optional<CoreWeaveKeyStatus> coreWeaveStatusFromWireName(const QString& name)
{
    for (CoreWeaveKeyStatus status : {CoreWeaveKeyStatus::Active, CoreWeaveKeyStatus::Suspended}) {
        if (name == coreWeaveStatusWireName(status))
            return status;
    }
    return std::nullopt;
}

CoreWeaveAccessKeys::CoreWeaveAccessKeys(QString orgId) : m_orgId(std::move(orgId)) {}

QString CoreWeaveAccessKeys::newAccessKeyId()
{
    QString id;
    do {
        id = u"CW"_s + QString::fromLatin1(randomUpperAlphanumeric(14));
    } while (m_issuedIds.contains(id));
    m_issuedIds.insert(id);
    return id;
}

CoreWeaveAccessKeys::Issued CoreWeaveAccessKeys::issue(const QString& principalName,
                                                       qint64 durationSeconds,
                                                       const QMap<QString, QString>& attributes,
                                                       const QDateTime& createdAt)
{
    Issued issued;
    issued.secretKey = "cwo" + randomAlphanumeric(40);

    CoreWeaveAccessKey& key = issued.key;
    key.accessKeyId = newAccessKeyId();
    key.principalName = principalName;
    key.attributes = attributes;
    key.createdAt = createdAt.toUTC();
    if (durationSeconds > 0)
        key.expiry = key.createdAt.addSecs(durationSeconds);
    key.sequence = m_nextSequence++;
    key.secretHash = sha256(issued.secretKey);
    m_secrets.insert_or_assign(key.accessKeyId, Secret::fromUtf8(issued.secretKey));

    const auto at = std::upper_bound(m_keys.begin(), m_keys.end(), key, createdBefore);
    m_keys.insert(at, key);
    return issued;
}

bool CoreWeaveAccessKeys::visible(const CoreWeaveAccessKey& key, const QDateTime& now) const
{
    return !key.expiry || key.expiry->addSecs(expiredRetentionSeconds) > now;
}

QList<const CoreWeaveAccessKey*>
CoreWeaveAccessKeys::listed(const QDateTime& now, std::optional<CoreWeaveKeyStatus> status) const
{
    QList<const CoreWeaveAccessKey*> keys;
    for (const CoreWeaveAccessKey& key : m_keys) {
        if (visible(key, now) && (!status || key.status == *status))
            keys.append(&key);
    }
    return keys;
}

int CoreWeaveAccessKeys::listedCount(const QDateTime& now) const
{
    return int(std::count_if(m_keys.begin(), m_keys.end(),
                             [&](const CoreWeaveAccessKey& key) { return visible(key, now); }));
}

const CoreWeaveAccessKey* CoreWeaveAccessKeys::find(const QString& accessKeyId,
                                                    const QDateTime& now) const
{
    for (const CoreWeaveAccessKey& key : m_keys) {
        if (key.accessKeyId == accessKeyId && visible(key, now))
            return &key;
    }
    return nullptr;
}

const CoreWeaveAccessKey* CoreWeaveAccessKeys::findBySecret(QByteArrayView secretKey,
                                                            const QDateTime& now) const
{
    const QByteArray hash = sha256(secretKey);
    for (const CoreWeaveAccessKey& key : m_keys) {
        if (key.secretHash == hash && visible(key, now))
            return &key;
    }
    return nullptr;
}

bool CoreWeaveAccessKeys::hasPrincipal(const QString& principalName, const QDateTime& now) const
{
    return std::any_of(m_keys.begin(), m_keys.end(), [&](const CoreWeaveAccessKey& key) {
        return key.principalName == principalName && visible(key, now);
    });
}

bool CoreWeaveAccessKeys::s3Secret(const QString& accessKeyId, const QDateTime& now,
                                   QByteArrayView* secret) const
{
    const CoreWeaveAccessKey* key = find(accessKeyId, now);
    if (!key || key->status != CoreWeaveKeyStatus::Active || (key->expiry && *key->expiry <= now))
        return false;
    const auto found = m_secrets.find(accessKeyId);
    *secret = found == m_secrets.end() ? QByteArrayView() : found->second.view();
    return true;
}

bool CoreWeaveAccessKeys::revoke(const QString& accessKeyId, const QDateTime& now)
{
    const auto it = std::find_if(m_keys.begin(), m_keys.end(), [&](const CoreWeaveAccessKey& key) {
        return key.accessKeyId == accessKeyId && visible(key, now);
    });
    if (it == m_keys.end())
        return false;
    m_secrets.erase(it->accessKeyId);
    m_keys.erase(it);
    return true;
}

int CoreWeaveAccessKeys::revokePrincipal(const QString& principalName, const QDateTime& now)
{
    const auto before = m_keys.size();
    std::erase_if(m_keys, [&](const CoreWeaveAccessKey& key) {
        const bool revoked = key.principalName == principalName && visible(key, now);
        if (revoked)
            m_secrets.erase(key.accessKeyId);
        return revoked;
    });
    return int(before - m_keys.size());
}

int CoreWeaveAccessKeys::setPrincipalStatus(const QString& principalName, CoreWeaveKeyStatus status,
                                            const QDateTime& now)
{
    int changed = 0;
    for (CoreWeaveAccessKey& key : m_keys) {
        if (key.principalName == principalName && visible(key, now)) {
            key.status = status;
            ++changed;
        }
    }
    return changed;
}

} // namespace kw::sandbox

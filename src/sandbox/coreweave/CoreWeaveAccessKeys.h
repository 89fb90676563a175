#pragma once

#include "core/Secret.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <map>
#include <optional>
#include <vector>

namespace kw::sandbox {

enum class CoreWeaveKeyStatus
{
    Active,
    Suspended
};

QString coreWeaveStatusWireName(CoreWeaveKeyStatus status); // "ACCESS_KEY_STATUS_ACTIVE", …
std::optional<CoreWeaveKeyStatus> coreWeaveStatusFromWireName(const QString& name);

struct CoreWeaveAccessKey
{
    QString accessKeyId; // CW + 14 of [A-Z0-9]
    QString principalName;
    QMap<QString, QString> attributes;
    std::optional<QDateTime> expiry; // unset: permanent
    CoreWeaveKeyStatus status = CoreWeaveKeyStatus::Active;
    // Orders the list; the API never shows it (AccessKeyInfo has no creation time).
    QDateTime createdAt;
    quint64 sequence = 0;
    QByteArray secretHash; // SHA-256 of the secret key, to find a key by its secret
};

// The access keys of one CoreWeave organization, across all its principals.
//
// Decisions where the contract is silent (providers.md B.2, gaps):
// - A revoked key is gone: neither listed nor found.
// - An expired temporary key stays listed (status unchanged, expiry in the past) for
//   expiredRetentionSeconds after its expiry, so a console can show it as expired; after
//   that it is gone like a revoked key.
// - S3 (SigV4 ListBuckets) accepts an active key until its expiry; a suspended, expired or
//   revoked key is InvalidAccessKeyId there.
// - Status belongs to each key; suspending a principal sets it on every key the principal has
//   then. A key created later starts active.
class CoreWeaveAccessKeys
{
public:
    static constexpr qint64 maxDurationSeconds = 43200; // 12 h, keys minted from an API token
    static constexpr qint64 expiredRetentionSeconds = 24 * 3600;

    explicit CoreWeaveAccessKeys(QString orgId);

    struct Issued
    {
        QByteArray secretKey; // the caller shows it once and wipes it
        CoreWeaveAccessKey key;
    };
    // durationSeconds 0: permanent; otherwise it expires durationSeconds after createdAt.
    Issued issue(const QString& principalName, qint64 durationSeconds,
                 const QMap<QString, QString>& attributes, const QDateTime& createdAt);

    // Visible keys (see above) oldest first, optionally only those with `status`.
    QList<const CoreWeaveAccessKey*> listed(const QDateTime& now,
                                            std::optional<CoreWeaveKeyStatus> status = {}) const;
    int listedCount(const QDateTime& now) const;
    const CoreWeaveAccessKey* find(const QString& accessKeyId, const QDateTime& now) const;
    const CoreWeaveAccessKey* findBySecret(QByteArrayView secretKey, const QDateTime& now) const;
    bool hasPrincipal(const QString& principalName, const QDateTime& now) const;
    // The secret S3 checks signatures with: usable only while the key is active and unexpired.
    // False for a key that is unknown, revoked, suspended or expired.
    bool s3Secret(const QString& accessKeyId, const QDateTime& now, QByteArrayView* secret) const;

    bool revoke(const QString& accessKeyId, const QDateTime& now);           // false: not found
    int revokePrincipal(const QString& principalName, const QDateTime& now); // keys revoked
    int setPrincipalStatus(const QString& principalName, CoreWeaveKeyStatus status,
                           const QDateTime& now); // keys of the principal

    QString orgId() const { return m_orgId; }

private:
    bool visible(const CoreWeaveAccessKey& key, const QDateTime& now) const;
    QString newAccessKeyId();

    QString m_orgId;
    std::vector<CoreWeaveAccessKey> m_keys; // by (createdAt, sequence)
    QSet<QString> m_issuedIds;              // ids are never reused, revoked or not
    // Kept (in wiping buffers) so that S3 can verify SigV4 signatures; gone with the key.
    std::map<QString, Secret> m_secrets;
    quint64 m_nextSequence = 0;
};

} // namespace kw::sandbox

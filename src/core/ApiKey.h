#pragma once

#include "Secret.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace kw {

enum class KeyStatus
{
    Active,
    Disabled,  // deactivated by the user, can be enabled again
    Suspended, // the principal is suspended (CoreWeave)
    Expired,
    ReadOnly, // the provider does not let this key be edited or deleted
    Revoked,
    Unknown,
};

// A key as listed by a provider. Never holds a secret: see CreatedKey for that.
struct ApiKey
{
    QString id;     // the provider's id: UUID, access key id, …
    QString name;   // human name (may be empty when the provider has none)
    QString prefix; // the public part of the key shown to identify it
    QString description;
    QStringList services;    // normalised service ids ("storage", "llm", …) or raw scopes
    QStringList ipAllowlist; // normalised entries; empty = all addresses
    QString principal;       // owner: user, application, principal name
    QString principalName;   // the owner's name where principal is an id (Scaleway); or empty
    QDateTime created;       // UTC
    std::optional<QDateTime> lastUsed;
    QString lastUsedService;          // where the provider says: "s3"; or empty
    QString lastUsedRegion;           // "us-east-1"; or empty
    std::optional<QDateTime> updated; // last change of name or status, where the provider says
    std::optional<QDateTime> expires; // nullopt = never
    KeyStatus status = KeyStatus::Active;
    QString readOnlyReason; // why the key cannot be changed, when status == ReadOnly
    QString kind;           // provider specific kind, e.g. "service" or "pat"
    QString projectId;      // default project (Scaleway)
    QString projectName;    // its name, where the provider could tell; or empty
    QString bearerType;     // "user" / "application" (Scaleway); principal holds the bearer id
    bool editable = true;   // false: the provider refuses edits (readOnlyReason says why)
    bool deletable = true;  // false: the provider refuses deletion
    // The key belongs to the identity the account's own credential is (Wasabi IAM's root user,
    // or the IAM user whose key pair the account holds, whom principal then names), whatever
    // principal is shown: calls about it name no user. A sub-user that happens to be called
    // "root" has principal "root" and ownerIsCaller false.
    bool ownerIsCaller = false;

    bool operator==(const ApiKey&) const = default;
};

// The result of a create call: the key plus its secret, which the provider shows only once.
struct CreatedKey
{
    ApiKey key;
    Secret secret;
    QString accessKeyId; // for S3-style key pairs: the public half (also key.id)
    QString warning;     // the provider's own warning text, if any
    // The create's answer was lost (a timeout, a reset after the request went out, a 2xx without
    // the expected fields) but a fresh list found the key it made: key is that key and secret is
    // empty; the secret can never be shown. Delivered beside a failed ProviderError.
    bool orphan = false;
};

QString keyStatusText(KeyStatus status); // translated, for display
// The status as scripts and reports read it, never translated: "active", "read-only", …
QString keyStatusId(KeyStatus status);

// The status people should see: a key past its expiry is expired whatever the list says, and a
// key the provider lets nobody change reads as read-only.
KeyStatus shownStatus(const ApiKey& key, const QDateTime& now);
// Whole days since created (0 when unknown).
qint64 keyAgeInDays(const QDateTime& created, const QDateTime& now);
// Older than the rotation policy; never for a key whose creation time is unknown (CoreWeave),
// nor for one that cannot be rotated (revoked, expired or read-only as shown).
bool isRotationDue(const ApiKey& key, int policyDays, const QDateTime& now);

} // namespace kw

// Its members may be moved in memory as they are (Qt's strings, lists and QDateTime are): a long
// list grows by moving bytes, not each key.
Q_DECLARE_TYPEINFO(kw::ApiKey, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(kw::ApiKey)

#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace kw {

// What the user asked for when creating a key. Only the fields the provider's Capabilities
// declare are read by a client; the others stay empty.
struct KeySpec
{
    QString name;
    QString description;
    QStringList services;    // service ids, see Capabilities::services
    QStringList ipAllowlist; // normalised by IpAllowlist; empty = all addresses
    std::optional<QDateTime> expires;
    std::optional<qint64> durationSeconds; // 0 = permanent (CoreWeave)
    QString bearerType;                    // "user" / "application" (Scaleway)
    QString bearerId;
    QString projectId;

    bool operator==(const KeySpec&) const = default;
};

// Who a new key belongs to, when the provider asks (Scaleway: a user or an IAM application).
struct Bearer
{
    QString type;  // "user" / "application"
    QString id;    // UUID
    QString label; // e-mail or application name, for the picker
    // How many keys the owner has, counted from the account's loaded list; -1 when unknown.
    int keyCount = -1;

    bool operator==(const Bearer&) const = default;
};

// An edit of an existing key. Unset fields are left alone.
struct KeyChange
{
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QString> projectId;
    std::optional<std::optional<QDateTime>> expires; // set to nullopt inside = never
    std::optional<bool> active;

    bool isEmpty() const { return !name && !description && !projectId && !expires && !active; }
};

} // namespace kw

Q_DECLARE_METATYPE(kw::KeySpec)

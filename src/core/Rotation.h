#pragma once

#include "ApiKey.h"
#include "Capabilities.h"
#include "KeySpec.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace kw {

// One rotation: create new → hand over → verify → (grace period) → revoke old. Its state is
// saved after every step so that a crash or a restart resumes it. Holds no secret.
struct RotationRecord
{
    enum class State
    {
        NewKeyCreated, // the new key exists, the old one is still active
        GracePeriod,   // the old key is revoked once revokeAfter has passed
        Completed,     // the old key is revoked
        Abandoned,     // the user kept both keys
    };
    QString id; // UUID
    QString accountId;
    QString oldKeyId;
    QString oldKeyName;
    // The old key's owner as listed when the rotation started (a Wasabi sub-user, a Scaleway
    // application…), so that its revocation targets that owner even before a list has run.
    QString oldKeyOwner;
    QString newKeyId;
    QString newKeyName;
    QDateTime started;     // UTC
    QDateTime revokeAfter; // UTC; invalid while not decided
    State state = State::NewKeyCreated;
    QString note;

    bool isOpen() const { return state == State::NewKeyCreated || state == State::GracePeriod; }
    bool isDue(const QDateTime& now) const
    {
        return state == State::GracePeriod && revokeAfter.isValid() && revokeAfter <= now;
    }
};

// Rotation records and the remembered grace period, in QSettings (non-secret data only).
class RotationStore
{
public:
    explicit RotationStore(QSettings& settings);

    QList<RotationRecord> all() const;
    QList<RotationRecord> open() const;
    QList<RotationRecord> due(const QDateTime& now) const;
    void save(const RotationRecord& record); // insert or replace by id
    void remove(const QString& id);

    static constexpr int DefaultGraceDays = 7;
    int graceDays() const; // remembered across restarts
    void setGraceDays(int days);

private:
    QSettings& m_settings;
};

// The new key of a rotation: what the old key had (services, IP allowlist, description, owner,
// project), and the same lifetime counted from now rather than the old date, which the new key
// would otherwise inherit as "expires soon". A permanent key stays permanent. The name is the
// caller's: the old name, or one the user typed.
KeySpec rotationSpecFor(const ApiKey& oldKey, const Capabilities& caps, const QDateTime& now);
// The suggested name of the new key: "Backups (rotated 2026-11-22)". A suffix from an earlier
// rotation is replaced, not stacked. Empty for an unnamed key.
QString rotatedKeyName(const QString& oldName, const QDate& today);

} // namespace kw

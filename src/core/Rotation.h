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
        // The old key is disabled (reversibly) and deleted once revokeAfter has passed.
        OldKeyDisabled,
        // Waiting for quiet passed its hard deadline (revokeAfter) with the old key still in
        // use, or the old key was enabled again: nothing happens on its own, the user decides.
        AwaitingDecision,
    };
    // How the grace step ends. Stored as words (see Rotation.cpp).
    enum class GraceMode
    {
        Fixed,        // revoke at revokeAfter
        Quiet,        // revoke once unused for quietHours, ask at revokeAfter (the deadline)
        DisableFirst, // disable at once, delete at revokeAfter
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
    GraceMode mode = GraceMode::Fixed;
    int quietHours = 0;          // GraceMode::Quiet: hours without use before the old key goes
    QDateTime handedOver;        // UTC; when the grace step began (quiet is counted from here)
    QDateTime oldKeyLastUsed;    // UTC; the old key's last use as last listed; invalid: unknown
    QString oldKeyLastUsedWhere; // "s3, us-east-1" where the provider said; or empty

    bool isOpen() const
    {
        return state == State::NewKeyCreated || state == State::GracePeriod ||
               state == State::OldKeyDisabled || state == State::AwaitingDecision;
    }
    // When the old key may be quiet long enough: Q hours after the hand-over or its last use.
    QDateTime quietFrom() const
    {
        const QDateTime from =
            oldKeyLastUsed.isValid() && oldKeyLastUsed > handedOver ? oldKeyLastUsed : handedOver;
        return from.isValid() ? from.addSecs(qint64(quietHours) * 3600) : from;
    }
    // Something for the periodic check to do: a revocation, a deletion, or (waiting for quiet)
    // a fresh look at the old key's last use once it could have been quiet long enough.
    bool isDue(const QDateTime& now) const
    {
        if (state == State::OldKeyDisabled)
            return revokeAfter.isValid() && revokeAfter <= now;
        if (state != State::GracePeriod)
            return false;
        if (mode == GraceMode::Quiet) {
            const QDateTime quiet = quietFrom();
            return (quiet.isValid() && quiet <= now) ||
                   (revokeAfter.isValid() && revokeAfter <= now);
        }
        return revokeAfter.isValid() && revokeAfter <= now;
    }
};

// What the user chose for the grace step of a rotation.
struct GracePlan
{
    RotationRecord::GraceMode mode = RotationRecord::GraceMode::Fixed;
    // Fixed: days until the old key is revoked (0: at once). Quiet: the hard deadline in days.
    // DisableFirst: days the old key stays disabled before it is deleted.
    int days = 0;
    int quietHours = 24; // Quiet only
    static constexpr int DefaultQuietHours = 24;
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
    static constexpr int DefaultQuietHours = GracePlan::DefaultQuietHours;
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

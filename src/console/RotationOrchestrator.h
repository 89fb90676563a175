#pragma once

#include "console/ConsoleTypes.h"
#include "console/TrustChecks.h"
#include "core/Rotation.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace kw {

class AccountService;
class AuditTrail;
class CallerGuard;

// Runs a key's rotation from its record: the new key is created, the user is handed its
// secret, then the old key is revoked now or once its grace period is over. The record is saved
// before every step that can be interrupted, so that a restart finds both keys; a fresh list
// of the account settles what happened meanwhile (reconcile), and due revocations are finished
// when an account is listed and every hour.
class RotationOrchestrator : public QObject, public ConsoleTypes
{
    Q_OBJECT
public:
    static constexpr int CheckIntervalMs = 60 * 60 * 1000;
    // Keys older than this many days are due for rotation (QSettings "rotationPolicyDays").
    static constexpr int DefaultPolicyDays = 90;

    RotationOrchestrator(QSettings& settings, AccountService& accounts, AuditTrail& audit,
                         QObject* parent = nullptr);

    int policyDays() const;
    void setPolicyDays(int days);
    // The account's own policy (Preferences) when it has one, else policyDays().
    int policyDays(const QString& accountId) const;
    RotationStore& records() { return m_rotations; }
    // The open rotation whose old key is this one, if any.
    std::optional<RotationRecord> openRotationFor(const QString& accountId,
                                                  const QString& keyId) const;
    // Finishes due rotations every CheckIntervalMs from now on.
    void startChecking() { m_timer.start(); }
    // Whether listing an account's keys also revokes its rotations' old keys that are due.
    void setFinishesDueOnLoad(bool finishes) { m_finishDueOnLoad = finishes; }

    // Step 1: records the rotation, then creates the new key.
    void start(const QString& accountId, const ApiKey& oldKey, const KeySpec& newKeySpec,
               const QObject* context, RotationStarted done);
    // Step 2 when the new key did not prove to work and the user keeps the old one: both keys
    // stay, the record closes as abandoned with note, and nothing is revoked.
    void keepOldKey(const QString& recordId, const QString& note);
    // Step 2, once the new secret was handed over: revoke the old key now, or after graceDays.
    // note (e.g. that the user overrode a failed verification) goes to the record and the audit.
    void finishHandover(const QString& recordId, bool revokeNow, int graceDays,
                        const QObject* context, Done done, const QString& note = {});
    // The same with a grace step of the user's choice (see GracePlan): a fixed wait (days 0
    // revokes now), waiting for the old key to go quiet (Capabilities::lastUsed), or disabling
    // it first and deleting it later (Capabilities::disable). A mode the provider cannot do is
    // refused with an error and nothing changes.
    void finishHandover(const QString& recordId, const GracePlan& plan, const QObject* context,
                        Done done, const QString& note = {});
    // The modes of GracePlan this account's provider can do.
    static bool canWaitForQuiet(const Capabilities& caps) { return caps.lastUsed; }
    static bool canDisableFirst(const Capabilities& caps) { return caps.disable && caps.revoke; }
    // A rotation whose old key is disabled: enable it again (one click, when something still
    // needed it). Nothing is deleted on its own afterwards: the rotation awaits the user's
    // decision (revokeNow, postpone, keepBoth). Audited.
    void reenable(const QString& recordId, const QObject* context, Done done);
    // "old key last used 3 h ago (s3, us-east-1)" as last listed; empty when unknown.
    static QString lastUseText(const RotationRecord& record, const QDateTime& now);
    // The open rotation views' three answers, for a rotation in its grace period (the old key
    // still works and is revoked at revokeAfter). Each is audited.
    // Revokes the old key now instead of at the planned date.
    void revokeNow(const QString& recordId, const QObject* context, Done done);
    // Moves the planned revocation to revokeAfter (UTC, in the future). False when the record
    // is not in its grace period or the date has passed.
    bool postpone(const QString& recordId, const QDateTime& revokeAfter);
    // Closes the rotation without revoking: both keys stay. False when it is not in its grace
    // period.
    bool keepBoth(const QString& recordId);
    // Revokes the old keys whose grace period is over, in every loaded account, and says how it
    // went in statusMessage. Failures keep the record open.
    void finishDue();
    // The same for one loaded account; done runs once every due revocation has an answer, with
    // the first error if any.
    void finishDue(const QString& accountId, const QObject* context, Done done);

signals:
    void accountChanged(const QString& accountId);
    void statusMessage(const QString& text);
    // A revocation a rotation had planned (its grace period over, finished by the check on load
    // or every hour, not by the user's hand) was done or failed (error): what reminders tell.
    void rotationRevocationFinished(const QString& recordId, const QString& accountId,
                                    const QString& oldKeyId, const kw::ProviderError& error);
    // A rotation needs the user: its old key was still in use at the hard deadline, or the new
    // key failed its test while the old one is disabled. text says which, for a notification.
    void rotationNeedsAttention(const QString& recordId, const QString& accountId,
                                const QString& text);

private:
    // A fresh list of the account settles its open rotations before it is shown.
    void reconcile(const QString& accountId);
    void finishDueAndReport(const QString& accountId);
    QList<RotationRecord> dueFor(const QString& accountId) const;
    std::optional<RotationRecord> openRecord(const QString& recordId) const;
    std::optional<RotationRecord> findRecord(const QString& recordId) const;
    void handOver(const QString& recordId, bool revokeNow, const GracePlan& plan,
                  const QObject* context, Done done, const QString& note);
    bool planPossible(const QString& accountId, const GracePlan& plan) const;
    // The open record in its grace period and not being revoked, if any.
    std::optional<RotationRecord> plannedRecord(const QString& recordId) const;
    void newKeyFailed(RotationRecord record, const QString& label, const ProviderError& error,
                      const CreatedKey* created);
    void newKeyCreated(RotationRecord record, const QString& label, const CreatedKey& created);
    void revokeOldKey(RotationRecord record, const QObject* context, Done done);
    // A due record's step, by its mode: revoke, delete the disabled key, or look at its last use.
    void settleDue(const RotationRecord& record, const QObject* context, Done done);
    void beginGrace(RotationRecord record, const GracePlan& plan, const QObject* context,
                    Done done);
    void disableOldKey(RotationRecord record, const QObject* context, Done done);
    void checkQuiet(RotationRecord record, const QObject* context, Done done);
    void askUser(RotationRecord record, const QString& label, const QString& why);
    // Keeps the old key's last use as listed (for the rotations list); saves when it moved.
    void noteLastUse(RotationRecord& record, const QList<ApiKey>& listed);
    // While the old key is disabled: does the new key still work? Then done(true).
    void checkReplacement(const RotationRecord& record, std::function<void(bool)> done);
    void deleteDisabled(const RotationRecord& record, const QObject* context, Done done);
    void concludeRevoke(RotationRecord record, const QString& label, const ProviderError& error,
                        bool alreadyGone, const CallerGuard& caller, const Done& done);

    QSettings& m_settings;
    AccountService& m_accounts;
    AuditTrail& m_audit;
    TrustChecks m_trust;
    RotationStore m_rotations;
    QTimer m_timer;
    bool m_finishDueOnLoad = true;
    QSet<QString> m_inFlight;
    QSet<QString> m_awaitingHandover; // new key shown, the user has not closed the reveal yet
};

} // namespace kw

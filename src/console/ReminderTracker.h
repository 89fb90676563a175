#pragma once

#include "core/ProviderError.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace kw {

class AppController;
struct ApiKey;

// Something the administrator is told once: a key that came within a notice threshold of its
// expiry, a key whose rotation fell due, a rotation's planned revocation done or failed, a
// rotation's new key failing its test while the old key is disabled, or a rotation's old key
// still in use at its deadline (not revoked: the administrator decides).
struct Reminder
{
    enum class Kind
    {
        ExpiresWithin,
        RotationDue,
        RevocationDone,
        RevocationFailed,
        NewKeyFailing,  // a rotation's new key failed its test while the old key is disabled
        DecisionNeeded, // a rotation's old key was still in use at its deadline: not revoked
    };
    Kind kind = Kind::ExpiresWithin;
    QString accountId;
    QString accountLabel;
    QString keyId;
    QString keyName;
    int days = 0;   // ExpiresWithin: the threshold crossed; RotationDue: the policy
    QDateTime when; // ExpiresWithin: the expiry; RotationDue: when the key was created
    // RevocationFailed: what went wrong; NewKeyFailing, DecisionNeeded: the whole notice
    QString problem;

    QString title() const; // translated, short
    QString text() const;  // translated, one sentence or two
};

// A key that needs the administrator now: the tray's count and menu.
struct AttentionKey
{
    QString accountId;
    QString accountLabel;
    QString keyId;
    QString keyName;
    QString reason; // translated: "expires in 3 days", "rotation due", …

    bool operator==(const AttentionKey&) const = default;
};

// Works out, from the listed keys of each account, the app's clock, the rotation policy and the
// Preferences, which keys need attention and which reminders are new. Each reminder is given
// once per (account, key, kind and threshold), remembered in QSettings ("reminders/", key ids
// and kinds only, no name and no secret) across restarts; an entry goes when its key is no
// longer listed, or no longer meets the condition (so that a key whose expiry was moved and
// comes close again is told again). No widgets: the tray shows what this says.
class ReminderTracker : public QObject
{
    Q_OBJECT
public:
    // Thresholds are crossed by time passing too, not only by a fresh list.
    static constexpr int CheckIntervalMs = 60 * 60 * 1000;

    ReminderTracker(AppController& controller, QSettings& settings, QObject* parent = nullptr);

    // Looks at every listed account now (and every CheckIntervalMs), and forgets the entries of
    // accounts that are gone.
    void checkAll();
    // Looks at one account, when its list is loaded (state Ok); else keeps what it knew.
    void check(const QString& accountId);

    QList<AttentionKey> attention() const;
    int attentionCount() const;

signals:
    // The new reminders of one check, in the order of the listed keys; never empty.
    void reminders(const QList<kw::Reminder>& fresh);
    void attentionChanged(int count);

private:
    struct Findings
    {
        QStringList entries; // what holds now, as stored
        QList<Reminder> fresh;
        QList<AttentionKey> attention;
    };
    void findExpiry(const QString& accountId, const QString& label, const ApiKey& key,
                    const QStringList& told, Findings& found) const;
    void findRotationDue(const QString& accountId, const QString& label, const ApiKey& key,
                         const QStringList& told, Findings& found) const;
    void findOverdueRevocations(const QString& accountId, const QString& label,
                                Findings& found) const;
    void revocationFinished(const QString& recordId, const QString& accountId,
                            const QString& oldKeyId, const ProviderError& error);
    // RotationOrchestrator::rotationNeedsAttention: a failing new key is told once while the
    // rotation stays open with its old key disabled, though every hourly check finds it failing
    // again; an old key in use at its deadline once while the rotation waits for a decision.
    void rotationNeedsAttention(const QString& recordId, const QString& accountId,
                                const QString& text);
    // Notes the entry as told; false when it was already.
    bool markTold(const QString& accountId, const QString& entry);
    void forgetAccount(const QString& accountId);
    void setAttention(const QString& accountId, const QList<AttentionKey>& keys);

    QStringList told(const QString& accountId) const;
    void setTold(const QString& accountId, const QStringList& entries);

    AppController& m_controller;
    QSettings& m_settings;
    QTimer m_timer;
    QHash<QString, QList<AttentionKey>> m_attention; // by account
};

} // namespace kw

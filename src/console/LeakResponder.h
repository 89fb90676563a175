#pragma once

#include "console/ConsoleTypes.h"
#include "core/LeakPatterns.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace kw {

class AppController;
class AuditLog;
class AuditTrail;

// Answers a leak (issue 14 part 1): the key-shaped strings LeakPatterns found in pasted text are
// matched against the keys of every account (by id, or by the key prefix providers list), and each
// pasted secret is tested with its provider's own verification call — the pasted secret only,
// never a stored one. The window's Respond to a leak… and `keywarden-cli leak check|scan` share it.
// An "incident" line in the audit log says what was found (ids and prefixes only) and, per action,
// what was done. The pasted secrets are held here until clear() or destruction, which wipe them.
class LeakResponder : public QObject, public ConsoleTypes
{
    Q_OBJECT
public:
    enum class Liveness
    {
        NoSecret, // only the public id was pasted
        Checking,
        Live,    // the provider accepted the pasted secret
        NotLive, // the provider refused it (HTTP 401 or 403)
        Unknown  // could not be checked: no match, provider down, no verification call
    };
    struct Match
    {
        QString accountId;
        QString accountLabel;
        ApiKey key;
    };
    struct Item
    {
        LeakFinding::Kind kind = LeakFinding::Kind::AwsStyle;
        QString publicId;
        QString source; // where it was found: a file for `leak scan`, else empty
        int line = 0;
        int column = 0;
        bool secretPasted = false;
        // Empty: not one of yours. Its secret is then tested with an account of the provider it
        // looks like (a key revoked since is no longer listed, but its secret must read not live).
        QList<Match> matches;
        Liveness liveness = Liveness::NoSecret;
        QString livenessDetail; // the provider's answer or why it could not be checked
    };

    // audit may be null (nothing is recorded); it is the log the controller writes, so that
    // the incident lines carry the same source ("window" or "cli").
    LeakResponder(AppController* controller, AuditLog* audit, QObject* parent = nullptr);
    ~LeakResponder() override;

    // Takes the findings (sources, when given, names where each was found), loads every account
    // that is not loaded yet, matches and tests; finished() once every item is known. False, and
    // nothing happens, while a check is running.
    bool check(std::vector<LeakFinding> findings, const QStringList& sources = {});
    bool isRunning() const { return m_running; }
    const QList<Item>& items() const { return m_items; }
    // Accounts that could not be loaded: a string of their provider that matched nothing may
    // still be one of theirs.
    QStringList unloadedAccounts() const { return m_unloaded; }
    // Forgets the items and wipes the pasted secrets.
    void clear();

    static QString livenessId(Liveness liveness); // "live", "not-live", "unknown", "no-secret"
    // Whole days since the key was created; -1 when the provider does not say.
    static int ageDays(const ApiKey& key, const QDateTime& now);

    // Per match: what can be done (from the account's Capabilities) and how many keys Disable
    // stops (the owner's active keys where the provider suspends owners: CoreWeave).
    const Capabilities* capabilitiesOf(const Match& match) const;
    bool canDisable(const Match& match) const;
    bool disableStopsOwner(const Match& match) const;
    int keysStoppedByDisable(const Match& match) const;

    // The actions, each audited as an incident with its outcome (and by the controller as the
    // call it is). rotate() starts the usual rotation; once its secret is handed over,
    // finishRotation() revokes the old key at once (grace 0).
    void disable(const Match& match, const QObject* context, Done done);
    void revoke(const Match& match, const QObject* context, Done done);
    void rotate(const Match& match, const QObject* context, RotationStarted done);
    void finishRotation(const Match& match, const QString& recordId, const QObject* context,
                        Done done);

signals:
    void itemChanged(int index);
    void finished();

private:
    void loadAccounts();
    void matchAndTest();
    std::optional<Match> standInFor(const Item& item) const;
    void testSecret(int index);
    void oneTestDone();
    void settle(int index, Liveness liveness, const QString& detail);
    void recordFindings();
    void recordAction(const Match& match, const QString& action, const ProviderError& error);
    Done audited(const Match& match, const QString& action, Done done);

    AppController* m_controller;
    std::unique_ptr<AuditTrail> m_audit;
    QList<Item> m_items;
    std::vector<Secret> m_secrets; // by item index; empty where none was pasted
    QSet<QString> m_loading;
    QStringList m_unloaded;
    int m_pendingTests = 0;
    bool m_running = false;
    quint64 m_generation = 0; // a clear() makes the answers of an earlier check stale
};

} // namespace kw

#pragma once

#include "console/ConsoleTypes.h"
#include "console/KeyRules.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <functional>
#include <optional>

namespace kw {

class AppController;

// One action over several keys of one or more accounts (the all-accounts view's multi-select):
// plan() says which keys it can be done to and why the others are skipped; start() runs it
// through the controller (which audits each key's call), a few keys at a time per account,
// carries on after a failure and reports each key's outcome. Rotation needs a person to take
// each new secret, so it runs through a rotator the window hands in, one key at a time.
// Once every key has an answer, the accounts touched are listed again and finished() comes.
class BulkKeyActions : public QObject, public ConsoleTypes
{
    Q_OBJECT
public:
    enum class Action
    {
        Revoke,
        Disable,
        Enable,
        Rotate
    };
    enum class Outcome
    {
        Waiting,
        Running,
        Done,
        Failed,
        Skipped,
        Cancelled
    };
    struct Item
    {
        KeyRef ref;
        QString accountLabel;
        Outcome outcome = Outcome::Waiting;
        // Done: what happened; Failed: the provider's message; Skipped: why; Cancelled: so.
        QString message;
        // Set when the provider acts on the key's owner instead of the key (it can only suspend
        // every key of an owner): whose keys, and how many listed keys that stops or restarts.
        QString principal;
        int ownerKeys = 0;
    };
    // How one rotation ended, for the rotator's callback.
    using RotateDone = std::function<void(Outcome outcome, const QString& message)>;
    using Rotator = std::function<void(const KeyRef& key, RotateDone done)>;

    // Calls in flight per account: enough to be quick, few enough not to meet a rate limit.
    static constexpr int DefaultPerAccount = 4;

    explicit BulkKeyActions(AppController* controller, QObject* parent = nullptr);

    // "revoke", "disable", "enable", "rotate" (MainWindow::bulkActionRequested's words).
    static std::optional<Action> actionNamed(const QString& name);
    static QString outcomeText(Outcome outcome);

    // Each key with its account's label; the ones this action cannot be done to are Skipped,
    // with the reason, as is a key listed twice (and every key of a Rotate without a rotator).
    QList<Item> plan(Action action, const QList<KeyRef>& keys) const;

    void setMaxPerAccount(int calls);
    void setRotator(Rotator rotator);

    // Runs plan(action, keys); false, and nothing happens, while a run is going on.
    bool start(Action action, const QList<KeyRef>& keys);
    // The keys not yet started are Cancelled; the calls in flight still get their answer.
    void cancel();

    bool isRunning() const { return m_running; }
    Action action() const { return m_action; }
    const QList<Item>& items() const { return m_items; }
    // Items by outcome, for the summary.
    int count(Outcome outcome) const;

signals:
    void itemChanged(int index);
    void finished();

private:
    // One call: one key, or one owner whose keys were selected (all answered together).
    struct Task
    {
        QString accountId;
        QList<int> items;
    };
    QString skipReason(Action action, const Item& item, const AccountView& view) const;
    static QString toggleReason(KeyRules::Block block, KeyRules::Action rules, const ApiKey& key,
                                const QString& provider);
    void planOwner(Action action, Item& item, const AccountView& view) const;
    QList<Task> tasksFor(const QList<Item>& items) const;
    bool canStart(const QString& accountId) const;
    void pump();
    void run(const Task& task);
    void call(const Task& task, Done done);
    void complete(const Task& task, Outcome outcome, const QString& message);
    void setOutcome(int index, Outcome outcome, const QString& message);
    QString doneText(const Item& item) const;
    void finishIfDone();

    AppController* m_controller;
    Rotator m_rotator;
    int m_maxPerAccount = DefaultPerAccount;
    Action m_action = Action::Revoke;
    QList<Item> m_items;
    QList<Task> m_pending;
    QHash<QString, int> m_inFlight; // by account id
    int m_totalInFlight = 0;
    QSet<QString> m_touched; // accounts to list again at the end
    bool m_running = false;
    bool m_pumping = false;
    bool m_pumpAgain = false;
};

} // namespace kw

#include "BulkKeyActions.h"

#include "console/AppController.h"
#include "console/KeyRules.h"
#include "console/ProviderErrorText.h"

#include <QPointer>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace kw {

namespace {

// What KeyRules calls the action with this provider: a disable or an enable acts on the key's
// owner where the provider can only do that (CoreWeave suspends every key of a user).
KeyRules::Action rulesAction(BulkKeyActions::Action action, const Capabilities* caps)
{
    switch (action) {
    case BulkKeyActions::Action::Revoke:
        return KeyRules::Action::Revoke;
    case BulkKeyActions::Action::Rotate:
        return KeyRules::Action::Rotate;
    case BulkKeyActions::Action::Disable:
    case BulkKeyActions::Action::Enable:
        break;
    }
    const bool enable = action == BulkKeyActions::Action::Enable;
    if (!caps)
        return enable ? KeyRules::Action::Enable : KeyRules::Action::Disable;
    return KeyRules::toggleAction(enable, *caps);
}

bool actsOnOwner(KeyRules::Action action)
{
    return action == KeyRules::Action::SuspendOwner || action == KeyRules::Action::ReactivateOwner;
}

} // namespace

BulkKeyActions::BulkKeyActions(AppController* controller, QObject* parent)
    : QObject(parent), m_controller(controller)
{}

std::optional<BulkKeyActions::Action> BulkKeyActions::actionNamed(const QString& name)
{
    if (name == u"revoke"_s)
        return Action::Revoke;
    if (name == u"disable"_s)
        return Action::Disable;
    if (name == u"enable"_s)
        return Action::Enable;
    if (name == u"rotate"_s)
        return Action::Rotate;
    return std::nullopt;
}

QString BulkKeyActions::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Waiting:
        return tr("Waiting");
    case Outcome::Running:
        return tr("In progress");
    case Outcome::Done:
        return tr("Done");
    case Outcome::Failed:
        return tr("Failed");
    case Outcome::Skipped:
        return tr("Skipped");
    case Outcome::Cancelled:
        return tr("Not started");
    }
    return {};
}

QList<BulkKeyActions::Item> BulkKeyActions::plan(Action action, const QList<KeyRef>& keys) const
{
    QList<Item> items;
    QSet<QString> seen;
    for (const KeyRef& ref : keys) {
        Item item;
        item.ref = ref;
        const AccountView* view = m_controller->account(ref.accountId);
        item.accountLabel = view ? view->account.label : ref.accountId;
        const QString seenKey = ref.accountId + u'/' + ref.key.id;
        if (seen.contains(seenKey))
            item.message = tr("Listed twice; done once.");
        else if (!view)
            item.message = tr("Its account is no longer in KeyWarden.");
        else if (action == Action::Rotate && !m_rotator)
            item.message = tr("Rotation shows each new secret in the main window, and there is "
                              "none here.");
        else
            item.message = skipReason(action, item, *view);
        seen.insert(seenKey);
        if (!item.message.isEmpty())
            item.outcome = Outcome::Skipped;
        else if (view && actsOnOwner(rulesAction(action, view->capabilities)))
            planOwner(action, item, *view);
        items.append(item);
    }
    return items;
}

// Why the action cannot be done to this key, as the single-key actions would say it; empty when
// it can (KeyRules decides, for both).
QString BulkKeyActions::skipReason(Action action, const Item& item, const AccountView& view) const
{
    const Capabilities* caps = view.capabilities;
    const ApiKey& key = item.ref.key;
    KeyRules::Context context;
    context.keyCount = view.keys.size();
    context.rotating =
        action == Action::Rotate && m_controller->openRotationFor(item.ref.accountId, key.id);
    const KeyRules::Action rules = rulesAction(action, caps);
    const KeyRules::Block block = KeyRules::check(rules, key, caps, context);
    const QString provider = caps ? caps->providerName : QString();
    switch (block) {
    case KeyRules::Block::None:
        return {};
    case KeyRules::Block::NoProvider:
        return tr("This build of KeyWarden has no client for the account's provider.");
    case KeyRules::Block::Revoked:
        return tr("Already revoked.");
    case KeyRules::Block::CannotRevoke:
        return tr("%1 keys cannot be revoked here.").arg(provider);
    case KeyRules::Block::NotDeletable:
        return key.readOnlyReason.isEmpty()
                   ? tr("%1 does not let this key be deleted.").arg(provider)
                   : key.readOnlyReason;
    case KeyRules::Block::Rotating:
        return tr("This key is already being rotated.");
    case KeyRules::Block::KeyLimit:
        return tr("The account has reached %1's limit of %n keys.", nullptr, caps->keyLimit)
            .arg(provider);
    case KeyRules::Block::CannotDisable:
        return caps->cannotDisableHint.isEmpty() ? tr("%1 keys cannot be disabled.").arg(provider)
                                                 : caps->cannotDisableHint;
    default:
        return toggleReason(block, rules, key, provider);
    }
}

// The reasons a disable or an enable (of a key or of its owner's keys) is skipped.
QString BulkKeyActions::toggleReason(KeyRules::Block block, KeyRules::Action rules,
                                     const ApiKey& key, const QString& provider)
{
    switch (block) {
    case KeyRules::Block::NotEditable:
        return key.readOnlyReason.isEmpty()
                   ? tr("%1 does not let this key be changed.").arg(provider)
                   : key.readOnlyReason;
    case KeyRules::Block::NotDisabled:
        return tr("It is not disabled.");
    case KeyRules::Block::AlreadyDisabled:
        return tr("Already disabled.");
    case KeyRules::Block::NotActive:
        return rules == KeyRules::Action::SuspendOwner ? tr("Only an active key can be suspended.")
                                                       : tr("Only an active key can be disabled.");
    case KeyRules::Block::NoOwner:
        return tr("%1 can only suspend a key's owner, and this key has none listed.").arg(provider);
    case KeyRules::Block::OwnerNotSuspended:
        return tr("Its owner is not suspended.");
    case KeyRules::Block::OwnerSuspended:
        return tr("Its owner is already suspended.");
    default:
        return {};
    }
}

// The owner whose keys all change, and how many listed keys that stops or restarts: the
// confirmation says so, as the single-key Suspend does.
void BulkKeyActions::planOwner(Action action, Item& item, const AccountView& view) const
{
    item.principal = item.ref.key.principal;
    const KeyStatus from = action == Action::Enable ? KeyStatus::Suspended : KeyStatus::Active;
    item.ownerKeys = int(std::count_if(view.keys.cbegin(), view.keys.cend(), [&](const ApiKey& k) {
        return k.principal == item.principal && k.status == from;
    }));
}

void BulkKeyActions::setMaxPerAccount(int calls)
{
    m_maxPerAccount = std::max(1, calls);
}

void BulkKeyActions::setRotator(Rotator rotator)
{
    m_rotator = std::move(rotator);
}

int BulkKeyActions::count(Outcome outcome) const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [outcome](const Item& item) { return item.outcome == outcome; }));
}

bool BulkKeyActions::start(Action action, const QList<KeyRef>& keys)
{
    if (m_running)
        return false;
    m_action = action;
    m_items = plan(action, keys);
    m_pending = tasksFor(m_items);
    m_touched.clear();
    m_running = true;
    // The first answers come from the event loop, as every controller answer does.
    QMetaObject::invokeMethod(this, &BulkKeyActions::pump, Qt::QueuedConnection);
    return true;
}

// One task per key; keys whose owner is what changes share their owner's one call.
QList<BulkKeyActions::Task> BulkKeyActions::tasksFor(const QList<Item>& items) const
{
    QList<Task> tasks;
    QHash<QString, qsizetype> ownerTask; // "<account>/<principal>" → index in tasks
    for (int i = 0; i < items.size(); ++i) {
        const Item& item = items.at(i);
        if (item.outcome != Outcome::Waiting)
            continue;
        if (!item.principal.isEmpty()) {
            const QString owner = item.ref.accountId + u'/' + item.principal;
            if (const auto found = ownerTask.constFind(owner); found != ownerTask.cend()) {
                tasks[*found].items.append(i);
                continue;
            }
            ownerTask.insert(owner, tasks.size());
        }
        tasks.append({item.ref.accountId, {i}});
    }
    return tasks;
}

void BulkKeyActions::cancel()
{
    if (!m_running)
        return;
    for (const Task& task : std::exchange(m_pending, {})) {
        for (int index : task.items)
            setOutcome(index, Outcome::Cancelled, tr("Not started: the run was cancelled."));
    }
    finishIfDone();
}

bool BulkKeyActions::canStart(const QString& accountId) const
{
    // Rotations ask the user at each step: one at a time in all.
    if (m_action == Action::Rotate)
        return m_totalInFlight == 0;
    return m_inFlight.value(accountId) < m_maxPerAccount;
}

void BulkKeyActions::pump()
{
    if (m_pumping) {
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    do {
        m_pumpAgain = false;
        for (qsizetype i = 0; i < m_pending.size();) {
            if (!canStart(m_pending.at(i).accountId)) {
                ++i;
                continue;
            }
            run(m_pending.takeAt(i));
        }
    } while (m_pumpAgain);
    m_pumping = false;
    finishIfDone();
}

void BulkKeyActions::run(const Task& task)
{
    ++m_inFlight[task.accountId];
    ++m_totalInFlight;
    m_touched.insert(task.accountId);
    for (int index : task.items)
        setOutcome(index, Outcome::Running, {});
    if (m_action == Action::Rotate) {
        m_rotator(m_items.at(task.items.first()).ref,
                  [this, task, guard = QPointer<BulkKeyActions>(this)](Outcome outcome,
                                                                       const QString& message) {
                      if (guard)
                          complete(task, outcome, message);
                  });
        return;
    }
    call(task, [this, task](const ProviderError& error) {
        if (error)
            complete(task, Outcome::Failed, ProviderErrorText::full(error));
        else
            complete(task, Outcome::Done, {});
    });
}

void BulkKeyActions::call(const Task& task, Done done)
{
    const Item& item = m_items.at(task.items.first());
    const bool enable = m_action == Action::Enable;
    if (!item.principal.isEmpty())
        m_controller->setPrincipalActive(task.accountId, item.principal, enable, this,
                                         std::move(done));
    else if (m_action == Action::Revoke)
        m_controller->revokeKey(task.accountId, item.ref.key, this, std::move(done));
    else
        m_controller->setKeyActive(task.accountId, item.ref.key, enable, this, std::move(done));
}

void BulkKeyActions::complete(const Task& task, Outcome outcome, const QString& message)
{
    --m_inFlight[task.accountId];
    --m_totalInFlight;
    for (int index : task.items) {
        const QString text =
            outcome == Outcome::Done && message.isEmpty() ? doneText(m_items.at(index)) : message;
        setOutcome(index, outcome, text);
    }
    pump();
}

QString BulkKeyActions::doneText(const Item& item) const
{
    if (!item.principal.isEmpty())
        return (m_action == Action::Enable ? tr("Reactivated the keys of %1.")
                                           : tr("Suspended the keys of %1."))
            .arg(item.principal);
    switch (m_action) {
    case Action::Revoke:
        return tr("Revoked.");
    case Action::Disable:
        return tr("Disabled.");
    case Action::Enable:
        return tr("Enabled.");
    case Action::Rotate:
        return tr("Rotated.");
    }
    return {};
}

void BulkKeyActions::setOutcome(int index, Outcome outcome, const QString& message)
{
    Item& item = m_items[index];
    item.outcome = outcome;
    item.message = message;
    emit itemChanged(index);
}

void BulkKeyActions::finishIfDone()
{
    if (!m_running || !m_pending.isEmpty() || m_totalInFlight > 0)
        return;
    m_running = false;
    // Each change already lists its account again; a failure does not, and the provider may
    // have changed more than it said: the accounts touched are listed once more.
    for (const QString& accountId : std::as_const(m_touched))
        m_controller->refresh(accountId);
    emit finished();
}

} // namespace kw

// keywarden-cli keys rotate | rotations list | rotations finish-due | rotations reenable
#include "Cli.h"
#include "ExitCode.h"
#include "Options.h"
#include "Terminal.h"
#include "console/ProviderErrorText.h"
#include "console/RotationOrchestrator.h"
#include "console/VerificationText.h"
#include "core/Rotation.h"
#include "providers/KeyProvider.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <memory>

using namespace Qt::StringLiterals;

namespace kw::cli {

namespace {

QString stateId(RotationRecord::State state)
{
    switch (state) {
    case RotationRecord::State::NewKeyCreated:
        return u"new-key-created"_s;
    case RotationRecord::State::GracePeriod:
        return u"grace-period"_s;
    case RotationRecord::State::Completed:
        return u"completed"_s;
    case RotationRecord::State::Abandoned:
        return u"abandoned"_s;
    case RotationRecord::State::OldKeyDisabled:
        return u"old-key-disabled"_s;
    case RotationRecord::State::AwaitingDecision:
        return u"awaiting-decision"_s;
    }
    return u"unknown"_s;
}

QString modeId(RotationRecord::GraceMode mode)
{
    switch (mode) {
    case RotationRecord::GraceMode::Fixed:
        break;
    case RotationRecord::GraceMode::Quiet:
        return u"quiet"_s;
    case RotationRecord::GraceMode::DisableFirst:
        return u"disable-first"_s;
    }
    return u"fixed"_s;
}

// The grace-step fields of a record, for rotations list --json.
void insertGrace(QJsonObject& item, const RotationRecord& record, const QDateTime& now)
{
    item.insert(u"mode"_s, modeId(record.mode));
    if (record.mode == RotationRecord::GraceMode::Quiet)
        item.insert(u"quietHours"_s, record.quietHours);
    if (record.handedOver.isValid())
        item.insert(u"handedOver"_s, record.handedOver.toString(Qt::ISODate));
    if (record.oldKeyLastUsed.isValid()) {
        item.insert(u"oldKeyLastUsed"_s, record.oldKeyLastUsed.toString(Qt::ISODate));
        item.insert(u"oldKeyLastUse"_s, RotationOrchestrator::lastUseText(record, now));
    }
    if (!record.oldKeyLastUsedWhere.isEmpty())
        item.insert(u"oldKeyLastUsedWhere"_s, record.oldKeyLastUsedWhere);
}

// --wait-quiet HOURS / --disable-first into plan; the usage error, or empty.
QString readGraceMode(const QCommandLineParser& parser, GracePlan& plan)
{
    const bool quiet = parser.isSet(u"wait-quiet"_s);
    const bool disable = parser.isSet(u"disable-first"_s);
    if (quiet && disable)
        return u"--wait-quiet and --disable-first exclude each other"_s;
    if (disable) {
        plan.mode = RotationRecord::GraceMode::DisableFirst;
        return {};
    }
    if (!quiet)
        return {};
    bool ok = false;
    const QString text = parser.value(u"wait-quiet"_s).trimmed();
    plan.mode = RotationRecord::GraceMode::Quiet;
    plan.quietHours = text.isEmpty() ? GracePlan::DefaultQuietHours : text.toInt(&ok);
    if ((!text.isEmpty() && !ok) || plan.quietHours < 1 || plan.quietHours > 24 * 365)
        return u"--wait-quiet “%1” is not a number of hours from 1 to 8760"_s.arg(text);
    if (plan.days == 0)
        return u"--wait-quiet needs a deadline: --grace of 1 day or more"_s;
    return {};
}

} // namespace

const QList<Cli::Command>& Cli::withRotationCommands(const QList<Command>& others)
{
    static const QList<Command> all =
        others +
        QList<Command>{
            {u"rotations"_s, u"list"_s, u"[--open]"_s,
             u"Rotation records, open and closed, with the old key's last use where known."_s,
             &Cli::rotationsList},
            {u"rotations"_s, u"finish-due"_s, u"[--account A]"_s,
             u"Revoke the old keys whose grace period is over (or that went quiet). Exit 5 when an "
             "old key was still in use at its deadline: nothing is revoked then; decide in the "
             "window, or with keys revoke."_s,
             &Cli::rotationsFinishDue},
            {u"rotations"_s, u"reenable"_s, u"ID"_s,
             u"Enable again the old key a rotation disabled; nothing is deleted on its own then."_s,
             &Cli::rotationsReenable},
        };
    return all;
}

// What `keys rotate` was asked for.
struct Cli::RotateRequest
{
    QString keySelector;
    std::optional<QString> newName;
    bool store = false;
    bool force = false;
    GracePlan plan;
};

void Cli::keysRotate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        accountOption(),
        {u"key"_s, u"The key to replace (id, or name when unique)."_s, u"K"_s},
        {u"name"_s, u"Name of the new key (default: the old name, marked as rotated today)."_s,
         u"N"_s},
        {u"grace"_s,
         u"Days until the old key is revoked; 0 revokes it at once (default: the "
         "grace period last chosen, in the window or here)."_s,
         u"DAYS"_s},
        {u"store"_s, u"Keep the new secret in the keychain; print nothing secret."_s},
        {u"force"_s, u"Plan the old key's revocation even when the new key did not pass its "
                     "test."_s},
        {u"wait-quiet"_s,
         u"Revoke the old key once it has not been used for HOURS (default 24) after the "
         "hand-over; at the --grace deadline ask instead (where the provider reports last use)."_s,
         u"HOURS"_s},
        {u"disable-first"_s, u"Disable the old key now and delete it after the grace period "
                             "(where the provider can disable a key)."_s},
    });
    if (!parse(parser, arguments) || !requireOptions(parser, {u"account"_s, u"key"_s}))
        return;
    RotateRequest request;
    request.plan.days = m_controller.rotations().graceDays();
    if (parser.isSet(u"grace"_s)) {
        bool ok = false;
        request.plan.days = parser.value(u"grace"_s).trimmed().toInt(&ok);
        if (!ok || request.plan.days < 0 || request.plan.days > 365) {
            fail(Usage, u"--grace “%1” is not a number of days from 0 to 365"_s.arg(
                            parser.value(u"grace"_s)));
            return;
        }
    }
    if (const QString wrong = readGraceMode(parser, request.plan); !wrong.isEmpty()) {
        fail(Usage, wrong);
        return;
    }
    const std::optional<Account> account = findAccount(parser.value(u"account"_s));
    if (!account)
        return;
    request.keySelector = parser.value(u"key"_s);
    if (parser.isSet(u"name"_s))
        request.newName = parser.value(u"name"_s).trimmed();
    request.store = parser.isSet(u"store"_s);
    request.force = parser.isSet(u"force"_s);
    if (parser.isSet(u"grace"_s))
        m_controller.rotations().setGraceDays(request.plan.days);
    withLoadedKey(account->id, request.keySelector,
                  [this, request](const AccountView& view, const ApiKey& oldKey) {
                      startRotation(view, oldKey, request);
                  });
}

void Cli::startRotation(const AccountView& view, const ApiKey& oldKey, const RotateRequest& request)
{
    if (!view.capabilities)
        return;
    const Capabilities& caps = *view.capabilities;
    const QString oldName = shownName(oldKey);
    using Mode = RotationRecord::GraceMode;
    if ((request.plan.mode == Mode::Quiet && !RotationOrchestrator::canWaitForQuiet(caps)) ||
        (request.plan.mode == Mode::DisableFirst && !RotationOrchestrator::canDisableFirst(caps))) {
        fail(Usage,
             u"%1 %2"_s.arg(caps.providerName,
                            request.plan.mode == Mode::Quiet
                                ? u"does not report a key's last use; --wait-quiet does "
                                  "not apply"_s
                                : u"cannot disable a key; --disable-first does not apply"_s));
        return;
    }
    if (const auto open = m_controller.openRotationFor(view.account.id, oldKey.id)) {
        fail(Conflict, u"“%1” is being rotated already (rotation %2, %3)"_s.arg(
                           oldName, open->id, stateId(open->state)));
        return;
    }
    KeySpec spec = rotationSpecFor(oldKey, caps, m_controller.now());
    if (caps.name != Capabilities::NameField::None) {
        spec.name =
            request.newName.value_or(rotatedKeyName(oldKey.name, m_controller.now().date()));
    } else if (request.newName) {
        fail(Usage, u"%1 keys have no name; --name does not apply"_s.arg(caps.providerName));
        return;
    }
    const QString accountId = view.account.id;
    const bool verify = caps.verify;
    m_controller.startRotation(
        accountId, oldKey, spec, this,
        [=, this](const ProviderError& failed, CreatedKey* created, const QString& recordId) {
            if (failed || !created) {
                if (created && created->orphan) {
                    reportOrphan(accountId, *created,
                                 u"rotation of “%1” stopped: the answer to the new key's "
                                 "create was lost, the old key is unchanged"_s.arg(oldName),
                                 failed);
                    return;
                }
                failWith(u"rotation of “%1” stopped: the new key was not created, the old "
                         "key is unchanged"_s.arg(oldName),
                         failed);
                return;
            }
            const ApiKey newKey = created->key;
            auto secret = std::make_shared<Secret>(created->secret.clone());
            handOver(
                *m_controller.account(accountId), *created, request.store,
                u"Created the replacement"_s, [=, this](int handOverCode) {
                    if (handOverCode == HandOver) {
                        // Nobody has the new secret: the old key must keep working.
                        m_controller.keepOldKey(recordId,
                                                u"The new secret could not be handed over; "
                                                "the old key was kept."_s);
                        fail(HandOver, u"rotation of “%1” stopped: the new secret was not "
                                       "handed over, so the old key was kept and stays "
                                       "active"_s.arg(oldName));
                        return;
                    }
                    if (!verify) {
                        finishRotation(*m_controller.account(accountId), recordId, newKey,
                                       std::nullopt, request.force, request.plan, handOverCode);
                        return;
                    }
                    testReplacement(accountId, recordId, newKey, *secret, request, handOverCode);
                });
        });
}

void Cli::testReplacement(const QString& accountId, const QString& recordId, const ApiKey& newKey,
                          const Secret& secret, const RotateRequest& request, int handOverCode)
{
    m_controller.verifyKey(
        accountId, newKey, secret, this,
        [=, this](const ProviderError& verifyFailed, const std::optional<Verification>& result) {
            std::optional<Verification> tested = result;
            if (verifyFailed || !tested) {
                Verification notTested;
                notTested.reason = verifyFailed ? ProviderErrorText::what(verifyFailed) : QString();
                tested = notTested;
            }
            finishRotation(*m_controller.account(accountId), recordId, newKey, tested,
                           request.force, request.plan, handOverCode);
        });
}

void Cli::finishRotation(const AccountView& view, const QString& recordId, const ApiKey& newKey,
                         const std::optional<Verification>& tested, bool force,
                         const GracePlan& plan, int handOverCode)
{
    const QString providerName =
        view.capabilities ? view.capabilities->providerName : view.account.provider;
    QJsonObject result{{u"rotation"_s, recordId}, {u"newKey"_s, newKey.id}};
    insertAccount(result, view.account);
    if (tested)
        result.insert(u"verification"_s, verificationJson(*tested));
    QString note;
    if (tested && tested->outcome != Verification::Outcome::Works) {
        const QString outcome = VerificationText::text(*tested, providerName);
        if (!force) {
            m_controller.keepOldKey(
                recordId, u"New key not verified (%1); the old key was kept."_s.arg(outcome));
            result.insert(u"oldKeyKept"_s, true);
            const QString failure =
                u"the new key did not pass its test (%1). The old key was kept, so both keys "
                "exist: revoke the old one once the new one works, or rotate again with "
                "--force"_s.arg(outcome);
            result.insert(u"error"_s, failure);
            result.insert(u"exitCode"_s, int(exitCodeFor(*tested)));
            if (m_json)
                printJson(result);
            fail(exitCodeFor(*tested), failure);
            return;
        }
        note = u"Old key to be revoked without a verified new key (%1): --force was given."_s.arg(
            outcome);
    }
    const bool revokeNow = plan.mode == RotationRecord::GraceMode::Fixed && plan.days == 0;
    m_controller.rotationOrchestrator().finishHandover(
        recordId, plan, this,
        [this, result, recordId, revokeNow, handOverCode](const ProviderError& failed) mutable {
            std::optional<RotationRecord> record;
            for (const RotationRecord& candidate : m_controller.rotations().all()) {
                if (candidate.id == recordId)
                    record = candidate;
            }
            if (failed) {
                failWith(u"the old key could not be revoked; the rotation stays open and "
                         "`keywarden-cli rotations finish-due` (or the window) retries"_s,
                         failed);
                return;
            }
            result.insert(u"oldKeyRevoked"_s, revokeNow);
            if (record && record->revokeAfter.isValid() && !revokeNow)
                result.insert(u"revokeAfter"_s, record->revokeAfter.toString(Qt::ISODate));
            if (record)
                insertGrace(result, *record, m_controller.now());
            if (m_json) {
                printJson(result);
            } else if (revokeNow) {
                terminal::printLine(u"Rotation finished: the old key is revoked."_s);
            } else if (record && record->state == RotationRecord::State::OldKeyDisabled) {
                terminal::printLine(
                    u"The old key is disabled and will be deleted after %1 (keywarden-cli "
                    "rotations finish-due, or the window, does it; rotations reenable %2 undoes "
                    "it)."_s.arg(record->revokeAfter.toString(Qt::ISODate), recordId));
            } else if (record && record->mode == RotationRecord::GraceMode::Quiet) {
                terminal::printLine(
                    u"The old key will be revoked once it has not been used for %1 h; if it is "
                    "still in use after %2 you are asked (keywarden-cli rotations finish-due, "
                    "or the window, checks)."_s.arg(record->quietHours)
                        .arg(record->revokeAfter.toString(Qt::ISODate)));
            } else {
                terminal::printLine(
                    u"The old key will be revoked after %1 (keywarden-cli rotations finish-due, "
                    "or the window, does it)."_s.arg(
                        record ? record->revokeAfter.toString(Qt::ISODate) : QString()));
            }
            finish(handOverCode);
        },
        note);
}

void Cli::rotationsList(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"open"_s, u"Only rotations still under way."_s});
    if (!parse(parser, arguments))
        return;
    m_controller.loadSavedAccounts();
    const QDateTime now = m_controller.now();
    const QList<RotationRecord> records =
        parser.isSet(u"open"_s) ? m_controller.rotations().open() : m_controller.rotations().all();
    QJsonArray json;
    QList<QStringList> table{{u"STATE"_s, u"ACCOUNT"_s, u"OLD KEY"_s, u"NEW KEY"_s,
                              u"REVOKE AFTER"_s, u"LAST USE"_s, u"NOTE"_s}};
    for (const RotationRecord& record : records) {
        const AccountView* view = m_controller.account(record.accountId);
        const QString label = view ? view->account.label : record.accountId;
        QJsonObject item{{u"id"_s, record.id},
                         {u"account"_s, label},
                         {u"accountId"_s, record.accountId},
                         {u"oldKeyId"_s, record.oldKeyId},
                         {u"oldKeyName"_s, record.oldKeyName},
                         {u"newKeyId"_s, record.newKeyId},
                         {u"newKeyName"_s, record.newKeyName},
                         {u"started"_s, record.started.toString(Qt::ISODate)},
                         {u"state"_s, stateId(record.state)},
                         {u"due"_s, record.isDue(now)}};
        if (record.revokeAfter.isValid())
            item.insert(u"revokeAfter"_s, record.revokeAfter.toString(Qt::ISODate));
        insertUnlessEmpty(item, u"note"_s, record.note);
        insertGrace(item, record, now);
        json.append(item);
        const QString lastUse = RotationOrchestrator::lastUseText(record, now);
        table.append(
            {stateId(record.state) + (record.isDue(now) ? u" (due)"_s : QString()), label,
             record.oldKeyName.isEmpty() ? record.oldKeyId : record.oldKeyName,
             record.newKeyName.isEmpty() ? record.newKeyId : record.newKeyName,
             record.revokeAfter.isValid() ? record.revokeAfter.toString(Qt::ISODate) : u"-"_s,
             lastUse.isEmpty() ? u"-"_s : lastUse, record.note});
    }
    printListing(json, table, u"No rotations."_s);
    finish(Success);
}

void Cli::rotationsFinishDue(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption({u"account"_s, u"Only this account (label or id)."_s, u"A"_s});
    if (!parse(parser, arguments))
        return;
    std::optional<QString> only;
    if (parser.isSet(u"account"_s)) {
        const std::optional<Account> account = findAccount(parser.value(u"account"_s));
        if (!account)
            return;
        only = account->id;
    }
    m_controller.loadSavedAccounts();
    const QList<RotationRecord> due = m_controller.rotations().due(m_controller.now());
    QStringList accounts;
    QStringList recordIds;
    for (const RotationRecord& record : due) {
        if (only && record.accountId != *only)
            continue;
        if (!m_controller.account(record.accountId)) {
            terminal::printError(
                u"rotation %1 belongs to an account that is gone; skipped"_s.arg(record.id));
            continue;
        }
        recordIds.append(record.id);
        if (!accounts.contains(record.accountId))
            accounts.append(record.accountId);
    }
    // Asked before and not answered yet: reported again, so that a cron job keeps failing.
    for (const RotationRecord& record : m_controller.rotations().open()) {
        if (record.state == RotationRecord::State::AwaitingDecision &&
            (!only || record.accountId == *only))
            recordIds.append(record.id);
    }
    struct Run
    {
        QStringList accounts;
        int firstFailure = 0;
        std::function<void()> next;
    };
    auto run = std::make_shared<Run>();
    run->accounts = accounts;
    // next holds run only weakly (no cycle); the calls waited for hold it strongly.
    run->next = [this, weak = std::weak_ptr<Run>(run), recordIds] {
        const std::shared_ptr<Run> current = weak.lock();
        if (!current)
            return;
        if (current->accounts.isEmpty()) {
            reportFinishedDue(recordIds, current->firstFailure);
            return;
        }
        const QString accountId = current->accounts.takeFirst();
        // Loaded first: the provider client comes with the token, and the list tells which old
        // keys are gone already.
        whenLoaded(accountId, [this, current, accountId](const AccountView& view) {
            if (noteLoadFailure(view, &current->firstFailure)) {
                current->next();
                return;
            }
            m_controller.finishDueRotations(accountId, this,
                                            [current](const ProviderError& failed) {
                                                if (failed && current->firstFailure == 0)
                                                    current->firstFailure = exitCodeFor(failed);
                                                current->next();
                                            });
        });
    };
    run->next();
}

namespace {

// One line of `rotations finish-due` per record it looked at.
QString finishedDueLine(const RotationRecord& record)
{
    const QString name = record.oldKeyName.isEmpty() ? record.oldKeyId : record.oldKeyName;
    switch (record.state) {
    case RotationRecord::State::Completed:
        return u"Revoked the old key “%1”."_s.arg(name);
    case RotationRecord::State::AwaitingDecision:
        return u"Not revoked: %1 Decide in the window, or revoke it with keys revoke."_s.arg(
            record.note);
    case RotationRecord::State::GracePeriod:
        if (record.mode == RotationRecord::GraceMode::Quiet && record.note.isEmpty())
            return u"The old key “%1” is still in use; waiting until it has been unused for %2 h."_s
                .arg(name)
                .arg(record.quietHours);
        break;
    default:
        break;
    }
    return u"Could not revoke the old key “%1” yet: %2"_s.arg(name, record.note);
}

} // namespace

void Cli::reportFinishedDue(const QStringList& recordIds, int firstFailure)
{
    QJsonArray json;
    for (const RotationRecord& record : m_controller.rotations().all()) {
        if (!recordIds.contains(record.id))
            continue;
        QJsonObject item{{u"id"_s, record.id},
                         {u"oldKeyId"_s, record.oldKeyId},
                         {u"oldKeyName"_s, record.oldKeyName},
                         {u"state"_s, stateId(record.state)}};
        insertUnlessEmpty(item, u"note"_s, record.note);
        if (const AccountView* view = m_controller.account(record.accountId))
            insertAccount(item, view->account);
        insertGrace(item, record, m_controller.now());
        json.append(item);
        // Still in use at its deadline: the user decides, so the run says so and fails.
        const bool asked = record.state == RotationRecord::State::AwaitingDecision;
        if (asked && firstFailure == 0)
            firstFailure = Conflict;
        if (!m_json)
            terminal::printLine(finishedDueLine(record));
    }
    // As keys list: a failed --json run prints no array that could read as the whole outcome.
    if (m_json && (firstFailure == 0 || firstFailure == Conflict))
        printJson(json);
    else if (!m_json && recordIds.isEmpty())
        terminal::printNote(u"No rotation is due."_s);
    finish(firstFailure == 0 ? int(Success) : firstFailure);
}

void Cli::rotationsReenable(const QStringList& arguments)
{
    // The one positional argument is taken out first: the shared parser allows none.
    QStringList rest = arguments;
    QString id;
    if (!rest.isEmpty() && !rest.first().startsWith(u'-'))
        id = rest.takeFirst();
    QCommandLineParser parser;
    if (!parse(parser, rest))
        return;
    if (id.isEmpty()) {
        fail(Usage, u"rotations reenable needs a rotation id (see rotations list)"_s);
        return;
    }
    m_controller.loadSavedAccounts();
    std::optional<RotationRecord> record;
    for (const RotationRecord& candidate : m_controller.rotations().all()) {
        if (candidate.id == id)
            record = candidate;
    }
    if (!record) {
        fail(NotFound, u"no rotation %1"_s.arg(id));
        return;
    }
    if (record->state != RotationRecord::State::OldKeyDisabled) {
        fail(Conflict,
             u"rotation %1 has no disabled old key (%2)"_s.arg(id, stateId(record->state)));
        return;
    }
    whenLoaded(record->accountId, [this, id](const AccountView& view) {
        int failed = 0;
        if (noteLoadFailure(view, &failed)) {
            finish(failed);
            return;
        }
        m_controller.rotationOrchestrator().reenable(
            id, this, [this, id](const ProviderError& error) {
                if (error) {
                    failWith(u"the old key of rotation %1 could not be enabled"_s.arg(id), error);
                    return;
                }
                if (m_json)
                    printJson(
                        QJsonObject{{u"rotation"_s, id}, {u"state"_s, u"awaiting-decision"_s}});
                else
                    terminal::printLine(
                        u"The old key is enabled again; nothing is deleted on its own "
                        "now. Revoke it with keys revoke when you are ready."_s);
                finish(Success);
            });
    });
}

} // namespace kw::cli

// keywarden-cli keys list | create | edit | disable | enable | revoke | verify
#include "Cli.h"
#include "ExitCode.h"
#include "Options.h"
#include "Terminal.h"
#include "console/KeyFilters.h"
#include "console/VerificationText.h"
#include "providers/KeyProvider.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <memory>

using namespace Qt::StringLiterals;

namespace kw::cli {

void Cli::keysList(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {u"account"_s, u"Only this account (label or id); default: every account."_s, u"A"_s},
        {u"due"_s, u"Only keys due for rotation (older than the rotation policy)."_s},
        {u"expired"_s, u"Only keys past their expiry."_s},
        {u"expires-within"_s, u"Only keys not yet expired that expire within N days."_s, u"N"_s},
        {u"unused-for"_s, u"Only keys unused for N days (where the provider reports last use)."_s,
         u"N"_s},
        {u"inactive"_s, u"Only inactive keys: disabled, suspended, expired or revoked."_s},
        {u"never-used"_s, u"Only keys never used (where the provider reports last use)."_s},
        {u"drift"_s,
         u"Only keys that drifted since the last look: any, new (made elsewhere), vanished "
         "(deleted elsewhere) or orphan (a create whose answer was lost)."_s,
         u"KIND"_s},
    });
    if (!parse(parser, arguments))
        return;
    KeyFilter filter;
    if (!keyFilterFromOptions(parser, &filter))
        return;
    const std::optional<QStringList> selected = selectedAccountIds(parser);
    if (!selected)
        return;
    const QStringList& ids = *selected;
    if (ids.isEmpty()) {
        if (m_json)
            printJson(QJsonArray());
        else
            terminal::printNote(u"No accounts yet: add one with keywarden-cli accounts add."_s);
        finish(Success);
        return;
    }
    filter.rotationDueOnly = parser.isSet(u"due"_s);
    const bool onlyExpired = parser.isSet(u"expired"_s);
    struct Progress
    {
        int pending = 0;
        int firstFailure = 0;
    };
    auto progress = std::make_shared<Progress>();
    progress->pending = int(ids.size());
    auto allLoaded = [this, ids, filter, onlyExpired, progress] {
        // A failed --json list prints nothing: a partial or empty array would read as "these are
        // all the keys" (docs/cli.md "Failures"). The table still shows what could be loaded.
        if (progress->firstFailure == 0 || !m_json)
            printKeyListing(ids, filter, onlyExpired);
        m_quickExit = true;
        finish(progress->firstFailure == 0 ? int(Success) : progress->firstFailure);
    };
    // One account that cannot be loaded is reported on standard error; the others are listed.
    for (const QString& id : std::as_const(ids)) {
        whenLoaded(id, [progress, allLoaded](const AccountView& view) {
            noteLoadFailure(view, &progress->firstFailure);
            if (--progress->pending == 0)
                allLoaded();
        });
    }
}

bool Cli::keyFilterFromOptions(const QCommandLineParser& parser, KeyFilter* filter)
{
    const std::pair<QString, std::optional<int> KeyFilter::*> dayOptions[] = {
        {u"expires-within"_s, &KeyFilter::expiresWithinDays},
        {u"unused-for"_s, &KeyFilter::unusedForDays},
    };
    for (const auto& [name, field] : dayOptions) {
        if (!parser.isSet(name))
            continue;
        QString error;
        filter->*field = parseFilterDays(parser.value(name), &error);
        if (!(filter->*field)) {
            fail(Usage, u"--%1: %2"_s.arg(name, error));
            return false;
        }
    }
    filter->inactiveOnly = parser.isSet(u"inactive"_s);
    filter->neverUsedOnly = parser.isSet(u"never-used"_s);
    if (parser.isSet(u"drift"_s)) {
        QString error;
        filter->drift = parseDriftFilter(parser.value(u"drift"_s), &error);
        if (!filter->drift) {
            fail(Usage, u"--drift: "_s + error);
            return false;
        }
    }
    return true;
}

void Cli::keysCreate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        accountOption(),
        {u"name"_s, u"The key's name."_s, u"N"_s},
        {u"service"_s, u"A service the key may use (repeat, or comma-separate)."_s, u"S"_s},
        {u"ip"_s, u"IP allowlist: addresses and CIDR ranges, comma-separated."_s, u"LIST"_s},
        {u"description"_s, u"A description."_s, u"D"_s},
        {u"duration"_s, u"Lifetime in seconds (CoreWeave)."_s, u"SECONDS"_s},
        {u"permanent"_s, u"A key that does not expire (CoreWeave)."_s},
        {u"expires"_s, u"Expiry: YYYY-MM-DD (through that day, UTC) or ISO 8601 time."_s,
         u"DATE"_s},
        {u"bearer"_s, u"Owner: user:ID or application:ID."_s, u"WHO"_s},
        {u"project"_s, u"Default project id (Scaleway)."_s, u"ID"_s},
        {u"store"_s, u"Keep the secret in the keychain; print nothing secret."_s},
    });
    const auto found = parseForClient(parser, arguments, {u"account"_s});
    if (!found)
        return;
    const auto& [account, caps] = *found;
    QString error;
    const std::optional<KeySpec> spec = specFromOptions(parser, *caps, m_controller.now(), &error);
    if (!spec) {
        fail(Usage, error + u"; nothing was created"_s);
        return;
    }
    const bool store = parser.isSet(u"store"_s);
    withLoadedAccount(account.id, [this, spec = *spec, store](const AccountView& view) {
        const QString accountId = view.account.id;
        m_controller.createKey(
            accountId, spec, this,
            [this, accountId, spec, store](const ProviderError& failed, CreatedKey* created) {
                if (failed || !created) {
                    const QString what = !spec.name.isEmpty()          ? spec.name
                                         : !spec.description.isEmpty() ? spec.description
                                                                       : QString();
                    if (created && created->orphan) {
                        reportOrphan(accountId, *created, u"the answer to the create was lost"_s,
                                     failed);
                        return;
                    }
                    failWith(what.isEmpty() ? u"the key was not created"_s
                                            : u"the key “%1” was not created"_s.arg(what),
                             failed);
                    return;
                }
                handOver(*m_controller.account(accountId), *created, store, u"Created"_s,
                         [this](int code) { finish(code); });
            });
    });
}

void Cli::keysEdit(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        accountOption(),
        keyOption(),
        {u"name"_s, u"New name."_s, u"N"_s},
        {u"description"_s, u"New description."_s, u"D"_s},
        {u"project"_s, u"New default project id."_s, u"ID"_s},
        {u"expires"_s, u"New expiry (YYYY-MM-DD, ISO 8601) or \"never\"."_s, u"DATE"_s},
    });
    const auto found = parseForClient(parser, arguments, {u"account"_s, u"key"_s});
    if (!found)
        return;
    const auto& [account, caps] = *found;
    QString error;
    const std::optional<KeyChange> change = changeFromOptions(parser, *caps, &error);
    if (!change) {
        fail(Usage, error);
        return;
    }
    const QString keySelector = parser.value(u"key"_s);
    withLoadedKey(account.id, keySelector,
                  [this, change = *change](const AccountView& view, const ApiKey& key) {
                      const QString name = shownName(key);
                      if (!key.editable) {
                          fail(Usage, u"“%1” cannot be edited: %2"_s.arg(name, key.readOnlyReason));
                          return;
                      }
                      QJsonObject json{{u"edited"_s, key.id}};
                      insertAccount(json, view.account);
                      m_controller.updateKey(view.account.id, key, change, this,
                                             reportDone(u"“%1” was not changed"_s.arg(name), json,
                                                        u"Changed “%1”."_s.arg(name)));
                  });
}

void Cli::keysDisable(const QStringList& arguments)
{
    setActive(arguments, false);
}

void Cli::keysEnable(const QStringList& arguments)
{
    setActive(arguments, true);
}

void Cli::setActive(const QStringList& arguments, bool active)
{
    QCommandLineParser parser;
    parser.addOptions({accountOption(), keyOption()});
    // Only disabling asks: reactivating an owner stops nothing.
    if (!active)
        parser.addOption({u"yes"_s, u"Where disabling suspends the key's owner (every key it "
                                    "has), do not ask to confirm."_s});
    const std::optional<Account> account =
        parseForAccount(parser, arguments, {u"account"_s, u"key"_s});
    if (!account)
        return;
    const Capabilities* caps = capabilitiesFor(account->provider);
    const bool perOwner = caps && !caps->disable && caps->disablePrincipal;
    if (caps && !caps->disable && !perOwner) {
        fail(Usage, u"%1 keys cannot be %2 one by one%3"_s.arg(
                        caps->providerName, active ? u"enabled"_s : u"disabled"_s,
                        caps->cannotDisableHint.isEmpty() ? QString()
                                                          : u": "_s + caps->cannotDisableHint));
        return;
    }
    const QString keySelector = parser.value(u"key"_s);
    const bool confirmed = !active && parser.isSet(u"yes"_s);
    withLoadedKey(
        account->id, keySelector,
        [this, active, perOwner, confirmed](const AccountView& view, const ApiKey& key) {
            if (perOwner) {
                setOwnerActive(view, key, active, confirmed);
                return;
            }
            const QString name = shownName(key);
            QJsonObject json{{u"key"_s, key.id},
                             {u"status"_s, active ? u"active"_s : u"disabled"_s}};
            insertAccount(json, view.account);
            m_controller.setKeyActive(
                view.account.id, key, active, this,
                reportDone(u"“%1” was not %2"_s.arg(name, active ? u"enabled"_s : u"disabled"_s),
                           json, (active ? u"Enabled “%1”."_s : u"Disabled “%1”."_s).arg(name)));
        });
}

void Cli::setOwnerActive(const AccountView& view, const ApiKey& key, bool active, bool confirmed)
{
    const QString providerName =
        view.capabilities ? view.capabilities->providerName : view.account.provider;
    const QString owner = key.principal;
    if (owner.isEmpty()) {
        fail(Usage,
             u"%1 keys cannot be %2 one by one, only through their owner, and “%3” names "
             "no owner"_s.arg(providerName, active ? u"enabled"_s : u"disabled"_s, shownName(key)));
        return;
    }
    // The owner's keys this stops (or starts): suspending one key's owner stops every other key
    // it has, so they are named before anything is sent.
    const QDateTime now = m_controller.now();
    const KeyStatus affectedStatus = active ? KeyStatus::Suspended : KeyStatus::Active;
    QStringList affected;
    QJsonArray affectedIds;
    for (const ApiKey& other : view.keys) {
        if (other.principal != owner || shownStatus(other, now) != affectedStatus)
            continue;
        affected.append(shownName(other));
        affectedIds.append(other.id);
    }
    const QString count = affected.size() == 1 ? u"1 key"_s : u"%1 keys"_s.arg(affected.size());
    const QString listed = affected.isEmpty() ? QString() : u": "_s + affected.join(u", "_s);
    if (!active && !confirmed) {
        // The same words on a terminal and in a script's log.
        const QString plan = u"Suspends owner %1: stops its %2%3"_s.arg(owner, count, listed);
        if (!terminal::stdinIsTerminal()) {
            fail(Usage, u"%1 keys cannot be disabled one by one. %2. Confirm in a terminal or "
                        "add --yes; nothing was suspended"_s.arg(providerName, plan));
            return;
        }
        if (!terminal::confirmByTyping(
                plan + u".\nType the owner's name (%1) to confirm: "_s.arg(owner), owner)) {
            fail(Usage, u"not confirmed; nothing was suspended"_s);
            return;
        }
    }
    QJsonObject json{{u"key"_s, key.id},
                     {u"owner"_s, owner},
                     {u"status"_s, active ? u"active"_s : u"suspended"_s}};
    insertAccount(json, view.account);
    json.insert(u"keys"_s, affectedIds);
    m_controller.setPrincipalActive(
        view.account.id, owner, active, this,
        reportDone(u"owner %1 was not %2"_s.arg(owner, active ? u"reactivated"_s : u"suspended"_s),
                   json,
                   (active ? u"Reactivated owner %1: its %2 work again%3."_s
                           : u"Suspended owner %1: stopped its %2%3."_s)
                       .arg(owner, count, listed)));
}

void Cli::keysRevoke(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions(
        {accountOption(), keyOption(), {u"yes"_s, u"Do not ask to type the key's name."_s}});
    const std::optional<Account> account =
        parseForAccount(parser, arguments, {u"account"_s, u"key"_s});
    if (!account)
        return;
    const QString keySelector = parser.value(u"key"_s);
    const bool confirmed = parser.isSet(u"yes"_s);
    if (!confirmed && !terminal::stdinIsTerminal()) {
        fail(Usage, u"revoking needs confirmation: run it in a terminal or add --yes"_s);
        return;
    }
    withLoadedKey(
        account->id, keySelector, [this, confirmed](const AccountView& view, const ApiKey& key) {
            const QString name = shownName(key);
            if (!key.deletable) {
                fail(Usage, u"“%1” cannot be revoked: %2"_s.arg(name, key.readOnlyReason));
                return;
            }
            if (!confirmed &&
                !terminal::confirmByTyping(
                    u"Revoking “%1” cuts off everything that uses it, for good. Type its name (%1) "
                    "to confirm: "_s.arg(name),
                    name)) {
                fail(Usage, u"not confirmed; nothing was revoked"_s);
                return;
            }
            QJsonObject json{{u"revoked"_s, key.id}};
            insertAccount(json, view.account);
            m_controller.revokeKey(view.account.id, key, this,
                                   reportDone(u"“%1” was not revoked"_s.arg(name), json,
                                              u"Revoked “%1”."_s.arg(name)));
        });
}

void Cli::keysVerify(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({accountOption(),
                       keyOption(),
                       {u"secret-stdin"_s, u"Read the secret from standard input even when one "
                                           "is stored."_s}});
    const std::optional<Account> account =
        parseForAccount(parser, arguments, {u"account"_s, u"key"_s});
    if (!account)
        return;
    const Capabilities* caps = capabilitiesFor(account->provider);
    if (caps && !caps->verify) {
        fail(Usage, u"%1 keys cannot be tested by KeyWarden"_s.arg(caps->providerName));
        return;
    }
    const QString keySelector = parser.value(u"key"_s);
    const bool fromStdin = parser.isSet(u"secret-stdin"_s);
    withLoadedKey(
        account->id, keySelector, [this, fromStdin](const AccountView& view, const ApiKey& key) {
            const QString accountId = view.account.id;
            const QString providerName =
                view.capabilities ? view.capabilities->providerName : view.account.provider;
            auto test = [this, accountId, key, providerName](const Secret& secret) {
                verifyWith(accountId, key, providerName, secret);
            };
            if (!fromStdin && m_controller.storedSecrets().contains(accountId, key.id)) {
                m_controller.storedSecrets().read(
                    accountId, key.id, this, [this, test](SecretStore::Result result) {
                        if (!result.ok()) {
                            fail(Keychain,
                                 u"the stored secret could not be read: "_s + result.message);
                            return;
                        }
                        test(result.secret);
                    });
                return;
            }
            if (!fromStdin && view.capabilities && !view.capabilities->secretShownOnce) {
                m_controller.revealSecret(
                    accountId, key, this,
                    [this, test, key](const ProviderError& failed, CreatedKey* revealed) {
                        if (failed || !revealed) {
                            failWith(u"the secret of “%1” could not be fetched"_s.arg(key.id),
                                     failed);
                            return;
                        }
                        test(revealed->secret);
                    });
                return;
            }
            QString error;
            std::optional<Secret> secret =
                terminal::readSecret(u"Secret of “%1” (not shown): "_s.arg(key.id), &error);
            if (!secret) {
                // Without the flag the reader may not know a secret was expected at all.
                fail(Usage, fromStdin
                                ? error
                                : u"%1; no secret of “%2” is in the keychain: pipe it in with "
                                  "--secret-stdin"_s.arg(error, key.id));
                return;
            }
            test(*secret);
        });
}

void Cli::verifyWith(const QString& accountId, const ApiKey& key, const QString& providerName,
                     const Secret& secret)
{
    m_controller.verifyKey(
        accountId, key, secret, this,
        [this, accountId, key, providerName](const ProviderError& failed,
                                             const std::optional<Verification>& result) {
            if (failed || !result) {
                failWith(u"“%1” could not be tested"_s.arg(key.id), failed);
                return;
            }
            QJsonObject json = verificationJson(*result);
            json.insert(u"key"_s, key.id);
            if (const AccountView* view = m_controller.account(accountId))
                insertAccount(json, view->account);
            const int code = exitCodeFor(*result);
            if (code != Success) {
                json.insert(u"error"_s, VerificationText::text(*result, providerName));
                json.insert(u"exitCode"_s, code);
            }
            if (m_json)
                printJson(json);
            else
                terminal::printLine(VerificationText::text(*result, providerName));
            finish(code);
        });
}

} // namespace kw::cli

// keywarden-cli keys list | create | edit | disable | enable | revoke | verify
#include "Cli.h"
#include "ExitCode.h"
#include "Terminal.h"
#include "console/VerificationText.h"
#include "core/IpAllowlist.h"
#include "providers/KeyProvider.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <memory>

using namespace Qt::StringLiterals;

namespace kw::cli {

namespace {

const QCommandLineOption AccountOption(u"account"_s, u"The account (label or id)."_s, u"A"_s);
const QCommandLineOption KeyOption(u"key"_s, u"The key (id, or name when unique)."_s, u"K"_s);

// DATE as YYYY-MM-DD (the key works through that day, UTC) or an ISO 8601 date and time.
std::optional<QDateTime> parseDate(const QString& text)
{
    const QString trimmed = text.trimmed();
    const QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (date.isValid() && trimmed.size() == 10)
        return QDateTime(date, QTime(23, 59, 59), Qt::UTC);
    QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime && !trimmed.endsWith(u'Z'))
        time.setTimeSpec(Qt::UTC); // no offset given: read as UTC, as the help says
    return time.toUTC();
}

QString serviceIds(const Capabilities& caps)
{
    QStringList ids;
    for (const ServiceInfo& service : caps.services)
        ids.append(service.id);
    return ids.join(u", "_s);
}

// What the options ask for, checked against what the provider supports, so that a mistake is
// reported here, by option, before anything is sent. nullopt with *error set otherwise.
std::optional<KeySpec> specFromOptions(const QCommandLineParser& parser, const Capabilities& caps,
                                       const QDateTime& now, QString* error)
{
    const QString provider = caps.providerName;
    KeySpec spec;
    spec.name = parser.value(u"name"_s).trimmed();
    if (caps.name == Capabilities::NameField::None && parser.isSet(u"name"_s)) {
        *error = caps.description
                     ? u"--name: %1 keys have no name; use --description"_s.arg(provider)
                     : u"--name: %1 keys have no name"_s.arg(provider);
        return std::nullopt;
    }
    if (caps.name == Capabilities::NameField::Required && spec.name.isEmpty()) {
        *error = u"--name is required: %1 keys need a name"_s.arg(provider);
        return std::nullopt;
    }
    if (parser.isSet(u"description"_s)) {
        if (!caps.description) {
            *error = u"--description: %1 keys have no description"_s.arg(provider);
            return std::nullopt;
        }
        spec.description = parser.value(u"description"_s).trimmed();
        if (caps.descriptionMaxLength > 0 && spec.description.size() > caps.descriptionMaxLength) {
            *error = u"--description is %1 characters long; %2 allows at most %3"_s.arg(
                QString::number(spec.description.size()), provider,
                QString::number(caps.descriptionMaxLength));
            return std::nullopt;
        }
    }
    const QStringList services = parser.values(u"service"_s);
    if (!services.isEmpty() && caps.services.isEmpty()) {
        *error =
            u"--service: %1 keys have no services: a key has its owner's rights"_s.arg(provider);
        return std::nullopt;
    }
    for (const QString& listed : services) {
        for (const QString& raw : listed.split(u',', Qt::SkipEmptyParts)) {
            const QString id = raw.trimmed().toLower();
            const bool known = std::any_of(caps.services.cbegin(), caps.services.cend(),
                                           [&](const ServiceInfo& s) { return s.id == id; });
            if (!known) {
                *error = u"--service “%1” is not a %2 service; choose from: %3"_s.arg(
                    raw.trimmed(), provider, serviceIds(caps));
                return std::nullopt;
            }
            if (!spec.services.contains(id))
                spec.services.append(id);
        }
    }
    if (spec.services.size() < caps.minServices) {
        *error = u"--service is required: choose at least %1 of: %2"_s.arg(
            QString::number(caps.minServices), serviceIds(caps));
        return std::nullopt;
    }
    if (parser.isSet(u"ip"_s)) {
        if (!caps.ipAllowlist) {
            *error = u"--ip: %1 keys have no IP allowlist"_s.arg(provider);
            return std::nullopt;
        }
        const IpAllowlist list = IpAllowlist::parse(parser.values(u"ip"_s).join(u","_s));
        if (!list.isValid()) {
            QStringList problems;
            for (const IpAllowlistIssue& issue : list.issues())
                problems.append(issue.message);
            *error = u"--ip: "_s + problems.join(u"; "_s);
            return std::nullopt;
        }
        spec.ipAllowlist = list.entries();
    }
    const bool permanent = parser.isSet(u"permanent"_s);
    if (parser.isSet(u"duration"_s) || permanent) {
        if (caps.expiry != Capabilities::Expiry::Duration) {
            const QString option = parser.isSet(u"duration"_s) ? u"--duration"_s : u"--permanent"_s;
            *error =
                caps.expiry == Capabilities::Expiry::Date
                    ? u"%1: %2 keys expire on a date: use --expires DATE"_s.arg(option, provider)
                    : u"%1: %2 keys do not expire"_s.arg(option, provider);
            return std::nullopt;
        }
        if (parser.isSet(u"duration"_s) && permanent) {
            *error = u"--duration and --permanent exclude each other"_s;
            return std::nullopt;
        }
        if (permanent) {
            spec.durationSeconds = 0;
        } else {
            bool ok = false;
            const qint64 seconds = parser.value(u"duration"_s).trimmed().toLongLong(&ok);
            if (!ok || seconds <= 0) {
                *error = u"--duration “%1” is not a positive number of seconds"_s.arg(
                    parser.value(u"duration"_s));
                return std::nullopt;
            }
            if (caps.maxDurationSeconds > 0 && seconds > caps.maxDurationSeconds) {
                *error = u"--duration %1 is too long: %2 allows at most %3 seconds (%4 h), or "
                         "--permanent"_s.arg(QString::number(seconds), provider,
                                             QString::number(caps.maxDurationSeconds),
                                             QString::number(caps.maxDurationSeconds / 3600));
                return std::nullopt;
            }
            spec.durationSeconds = seconds;
        }
    }
    if (parser.isSet(u"expires"_s)) {
        if (caps.expiry != Capabilities::Expiry::Date) {
            *error = caps.expiry == Capabilities::Expiry::Duration
                         ? u"--expires: %1 keys have a lifetime: use --duration SECONDS or "
                           "--permanent"_s.arg(provider)
                         : u"--expires: %1 keys do not expire"_s.arg(provider);
            return std::nullopt;
        }
        const std::optional<QDateTime> expires = parseDate(parser.value(u"expires"_s));
        if (!expires) {
            *error = u"--expires “%1” is not a date (YYYY-MM-DD) or ISO 8601 time"_s.arg(
                parser.value(u"expires"_s));
            return std::nullopt;
        }
        if (*expires <= now) {
            *error = u"--expires %1 is in the past"_s.arg(expires->toString(Qt::ISODate));
            return std::nullopt;
        }
        spec.expires = expires;
    }
    if (parser.isSet(u"bearer"_s)) {
        if (!caps.bearer) {
            *error = u"--bearer: %1 keys belong to the account; there is no owner to choose"_s.arg(
                provider);
            return std::nullopt;
        }
        const QString bearer = parser.value(u"bearer"_s).trimmed();
        const qsizetype colon = bearer.indexOf(u':');
        const QString type = bearer.left(colon).toLower();
        if (colon <= 0 || colon + 1 >= bearer.size() ||
            (type != u"user"_s && type != u"application"_s)) {
            *error = u"--bearer “%1” is not user:ID or application:ID"_s.arg(bearer);
            return std::nullopt;
        }
        spec.bearerType = type;
        spec.bearerId = bearer.mid(colon + 1).trimmed();
    }
    if (parser.isSet(u"project"_s)) {
        if (!caps.project) {
            *error = u"--project: %1 keys have no project"_s.arg(provider);
            return std::nullopt;
        }
        spec.projectId = parser.value(u"project"_s).trimmed();
    }
    return spec;
}

} // namespace

void Cli::keysList(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {u"account"_s, u"Only this account (label or id); default: every account."_s, u"A"_s},
        {u"due"_s, u"Only keys due for rotation (older than the rotation policy)."_s},
        {u"expired"_s, u"Only keys past their expiry."_s},
    });
    if (!parse(parser, arguments))
        return;
    QStringList ids;
    if (parser.isSet(u"account"_s)) {
        const std::optional<Account> account = findAccount(parser.value(u"account"_s));
        if (!account)
            return;
        ids.append(account->id);
    } else {
        m_controller.loadSavedAccounts();
        ids = m_controller.accountIds();
    }
    if (ids.isEmpty()) {
        if (m_json)
            printJson(QJsonArray());
        else
            terminal::printNote(u"No accounts yet: add one with keywarden-cli accounts add."_s);
        finish(Success);
        return;
    }
    const bool onlyDue = parser.isSet(u"due"_s);
    const bool onlyExpired = parser.isSet(u"expired"_s);
    struct Progress
    {
        int pending = 0;
        int firstFailure = 0;
    };
    auto progress = std::make_shared<Progress>();
    progress->pending = int(ids.size());
    auto allLoaded = [this, ids, onlyDue, onlyExpired, progress] {
        const QDateTime now = m_controller.now();
        QList<std::pair<const AccountView*, ApiKey>> rows;
        QJsonArray json;
        for (const QString& id : ids) {
            const AccountView* view = m_controller.account(id);
            if (!view || view->state != AppController::LoadState::Ok)
                continue;
            for (const ApiKey& key : view->keys) {
                if (onlyDue && !isRotationDue(key, m_controller.rotationPolicyDays(), now))
                    continue;
                if (onlyExpired && shownStatus(key, now) != KeyStatus::Expired)
                    continue;
                rows.append({view, key});
                json.append(keyJson(*view, key));
            }
        }
        if (m_json)
            printJson(json);
        else if (rows.isEmpty())
            terminal::printNote(u"No keys match."_s);
        else
            printKeyTable(rows, ids.size() > 1);
        finish(progress->firstFailure == 0 ? int(Success) : progress->firstFailure);
    };
    // One account that cannot be loaded is reported on standard error; the others are listed.
    for (const QString& id : std::as_const(ids)) {
        whenLoaded(id, [progress, allLoaded](const AccountView& view) {
            if (view.state == AppController::LoadState::Error) {
                terminal::printError(view.account.label + u": "_s + view.errorText);
                if (progress->firstFailure == 0)
                    progress->firstFailure = exitCodeForLoad(view.tokenStatus, view.loadError);
            }
            if (--progress->pending == 0)
                allLoaded();
        });
    }
}

void Cli::keysCreate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        AccountOption,
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
    if (!parse(parser, arguments) || !requireOptions(parser, {u"account"_s}))
        return;
    const std::optional<Account> account = findAccount(parser.value(u"account"_s));
    if (!account)
        return;
    const Capabilities* caps = capabilitiesFor(account->provider);
    if (!caps) {
        fail(Failure, u"this build has no client for “%1”"_s.arg(account->provider));
        return;
    }
    QString error;
    const std::optional<KeySpec> spec = specFromOptions(parser, *caps, m_controller.now(), &error);
    if (!spec) {
        fail(Usage, error + u"; nothing was created"_s);
        return;
    }
    const bool store = parser.isSet(u"store"_s);
    withLoadedAccount(account->id, [this, spec = *spec, store](const AccountView& view) {
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
        AccountOption,
        KeyOption,
        {u"name"_s, u"New name."_s, u"N"_s},
        {u"description"_s, u"New description."_s, u"D"_s},
        {u"project"_s, u"New default project id."_s, u"ID"_s},
        {u"expires"_s, u"New expiry (YYYY-MM-DD, ISO 8601) or \"never\"."_s, u"DATE"_s},
    });
    if (!parse(parser, arguments) || !requireOptions(parser, {u"account"_s, u"key"_s}))
        return;
    const std::optional<Account> account = findAccount(parser.value(u"account"_s));
    if (!account)
        return;
    const Capabilities* caps = capabilitiesFor(account->provider);
    if (!caps) {
        fail(Failure, u"this build has no client for “%1”"_s.arg(account->provider));
        return;
    }
    const QString provider = caps->providerName;
    const QString hint =
        caps->cannotEditHint.isEmpty() ? QString() : u" ("_s + caps->cannotEditHint + u')';
    KeyChange change;
    if (parser.isSet(u"name"_s)) {
        if (!caps->editName) {
            fail(Usage, u"--name: %1 does not let a key's name be changed%2"_s.arg(provider, hint));
            return;
        }
        const QString name = parser.value(u"name"_s).trimmed();
        if (name.isEmpty() && caps->name == Capabilities::NameField::Required) {
            fail(Usage, u"--name cannot be empty: %1 keys need a name"_s.arg(provider));
            return;
        }
        change.name = name;
    }
    if (parser.isSet(u"description"_s)) {
        const QString description = parser.value(u"description"_s).trimmed();
        if (!caps->editDescription) {
            fail(Usage, u"--description: %1 does not let a key's description be changed%2"_s.arg(
                            provider, hint));
            return;
        }
        if (caps->descriptionMaxLength > 0 && description.size() > caps->descriptionMaxLength) {
            fail(Usage, u"--description is %1 characters long; %2 allows at most %3"_s.arg(
                            QString::number(description.size()), provider,
                            QString::number(caps->descriptionMaxLength)));
            return;
        }
        change.description = description;
    }
    if (parser.isSet(u"project"_s)) {
        if (!caps->editProject) {
            fail(Usage,
                 u"--project: %1 does not let a key's project be changed%2"_s.arg(provider, hint));
            return;
        }
        change.projectId = parser.value(u"project"_s).trimmed();
    }
    if (parser.isSet(u"expires"_s)) {
        if (!caps->editExpiry) {
            fail(Usage,
                 u"--expires: %1 does not let a key's expiry be changed%2"_s.arg(provider, hint));
            return;
        }
        const QString text = parser.value(u"expires"_s).trimmed();
        if (text.compare(u"never"_s, Qt::CaseInsensitive) == 0) {
            change.expires = std::optional<QDateTime>();
        } else {
            const std::optional<QDateTime> expires = parseDate(text);
            if (!expires) {
                fail(Usage, u"--expires “%1” is not a date (YYYY-MM-DD), an ISO 8601 time or "
                            "\"never\""_s.arg(text));
                return;
            }
            change.expires = expires;
        }
    }
    if (change.isEmpty()) {
        fail(Usage, u"nothing to change: give --name, --description, --project or --expires"_s);
        return;
    }
    const QString keySelector = parser.value(u"key"_s);
    withLoadedAccount(account->id, [this, keySelector, change](const AccountView& view) {
        const std::optional<ApiKey> key = findKey(view, keySelector);
        if (!key)
            return;
        if (!key->editable) {
            fail(Usage, u"“%1” cannot be edited: %2"_s.arg(
                            key->name.isEmpty() ? key->id : key->name, key->readOnlyReason));
            return;
        }
        const QString accountId = view.account.id;
        m_controller.updateKey(
            accountId, *key, change, this, [this, accountId, key](const ProviderError& failed) {
                if (failed) {
                    failWith(
                        u"“%1” was not changed"_s.arg(key->name.isEmpty() ? key->id : key->name),
                        failed);
                    return;
                }
                if (m_json)
                    printJson(QJsonObject{{u"edited"_s, key->id}, {u"account"_s, accountId}});
                else
                    terminal::printLine(
                        u"Changed “%1”."_s.arg(key->name.isEmpty() ? key->id : key->name));
                finish(Success);
            });
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
    parser.addOptions({AccountOption, KeyOption});
    if (!parse(parser, arguments) || !requireOptions(parser, {u"account"_s, u"key"_s}))
        return;
    const std::optional<Account> account = findAccount(parser.value(u"account"_s));
    if (!account)
        return;
    const Capabilities* caps = capabilitiesFor(account->provider);
    if (caps && !caps->disable) {
        fail(Usage, u"%1 keys cannot be %2 one by one%3"_s.arg(
                        caps->providerName, active ? u"enabled"_s : u"disabled"_s,
                        caps->cannotDisableHint.isEmpty() ? QString()
                                                          : u": "_s + caps->cannotDisableHint));
        return;
    }
    const QString keySelector = parser.value(u"key"_s);
    withLoadedAccount(account->id, [this, keySelector, active](const AccountView& view) {
        const std::optional<ApiKey> key = findKey(view, keySelector);
        if (!key)
            return;
        const QString accountId = view.account.id;
        const QString name = key->name.isEmpty() ? key->id : key->name;
        m_controller.setKeyActive(
            accountId, *key, active, this,
            [this, accountId, key, name, active](const ProviderError& failed) {
                if (failed) {
                    failWith(u"“%1” was not %2"_s.arg(name, active ? u"enabled"_s : u"disabled"_s),
                             failed);
                    return;
                }
                if (m_json)
                    printJson(QJsonObject{{u"key"_s, key->id},
                                          {u"account"_s, accountId},
                                          {u"status"_s, active ? u"active"_s : u"disabled"_s}});
                else
                    terminal::printLine(
                        (active ? u"Enabled “%1”."_s : u"Disabled “%1”."_s).arg(name));
                finish(Success);
            });
    });
}

void Cli::keysRevoke(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions(
        {AccountOption, KeyOption, {u"yes"_s, u"Do not ask to type the key's name."_s}});
    if (!parse(parser, arguments) || !requireOptions(parser, {u"account"_s, u"key"_s}))
        return;
    const std::optional<Account> account = findAccount(parser.value(u"account"_s));
    if (!account)
        return;
    const QString keySelector = parser.value(u"key"_s);
    const bool confirmed = parser.isSet(u"yes"_s);
    if (!confirmed && !terminal::stdinIsTerminal()) {
        fail(Usage, u"revoking needs confirmation: run it in a terminal or add --yes"_s);
        return;
    }
    withLoadedAccount(account->id, [this, keySelector, confirmed](const AccountView& view) {
        const std::optional<ApiKey> key = findKey(view, keySelector);
        if (!key)
            return;
        const QString name = key->name.isEmpty() ? key->id : key->name;
        if (!key->deletable) {
            fail(Usage, u"“%1” cannot be revoked: %2"_s.arg(name, key->readOnlyReason));
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
        const QString accountId = view.account.id;
        m_controller.revokeKey(
            accountId, *key, this, [this, accountId, key, name](const ProviderError& failed) {
                if (failed) {
                    failWith(u"“%1” was not revoked"_s.arg(name), failed);
                    return;
                }
                if (m_json)
                    printJson(QJsonObject{{u"revoked"_s, key->id}, {u"account"_s, accountId}});
                else
                    terminal::printLine(u"Revoked “%1”."_s.arg(name));
                finish(Success);
            });
    });
}

void Cli::keysVerify(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({AccountOption,
                       KeyOption,
                       {u"secret-stdin"_s, u"Read the secret from standard input even when one "
                                           "is stored."_s}});
    if (!parse(parser, arguments) || !requireOptions(parser, {u"account"_s, u"key"_s}))
        return;
    const std::optional<Account> account = findAccount(parser.value(u"account"_s));
    if (!account)
        return;
    const Capabilities* caps = capabilitiesFor(account->provider);
    if (caps && !caps->verify) {
        fail(Usage, u"%1 keys cannot be tested by KeyWarden"_s.arg(caps->providerName));
        return;
    }
    const QString keySelector = parser.value(u"key"_s);
    const bool fromStdin = parser.isSet(u"secret-stdin"_s);
    withLoadedAccount(account->id, [this, keySelector, fromStdin](const AccountView& view) {
        const std::optional<ApiKey> key = findKey(view, keySelector);
        if (!key)
            return;
        const QString accountId = view.account.id;
        const QString providerName =
            view.capabilities ? view.capabilities->providerName : view.account.provider;
        auto test = [this, accountId, key, providerName](const Secret& secret) {
            m_controller.verifyKey(
                accountId, *key, secret, this,
                [this, key, providerName](const ProviderError& failed,
                                          const std::optional<Verification>& result) {
                    if (failed || !result) {
                        failWith(u"“%1” could not be tested"_s.arg(key->id), failed);
                        return;
                    }
                    QJsonObject json = verificationJson(*result);
                    json.insert(u"key"_s, key->id);
                    if (m_json)
                        printJson(json);
                    else
                        terminal::printLine(VerificationText::text(*result, providerName));
                    finish(exitCodeFor(*result));
                });
        };
        if (!fromStdin && m_controller.storedSecrets().contains(accountId, key->id)) {
            m_controller.storedSecrets().read(
                accountId, key->id, this, [this, test](SecretStore::Result result) {
                    if (!result.ok()) {
                        fail(Keychain, u"the stored secret could not be read: "_s + result.message);
                        return;
                    }
                    test(result.secret);
                });
            return;
        }
        if (!fromStdin && view.capabilities && !view.capabilities->secretShownOnce) {
            m_controller.revealSecret(
                accountId, *key, this,
                [this, test, key](const ProviderError& failed, CreatedKey* revealed) {
                    if (failed || !revealed) {
                        failWith(u"the secret of “%1” could not be fetched"_s.arg(key->id), failed);
                        return;
                    }
                    test(revealed->secret);
                });
            return;
        }
        QString error;
        std::optional<Secret> secret =
            terminal::readSecret(u"Secret of “%1” (not shown): "_s.arg(key->id), &error);
        if (!secret) {
            // Without the flag the reader may not know a secret was expected at all.
            fail(Usage, fromStdin ? error
                                  : u"%1; no secret of “%2” is in the keychain: pipe it in with "
                                    "--secret-stdin"_s.arg(error, key->id));
            return;
        }
        test(*secret);
    });
}

} // namespace kw::cli

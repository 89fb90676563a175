#include "Cli.h"

#include "ExitCode.h"
#include "Terminal.h"
#include "console/ProviderErrorText.h"
#include "console/ProxyLogins.h"
#include "providers/HttpKeyProvider.h"
#include "providers/KeyProvider.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;

namespace kw::cli {

Cli::Cli(QStringList arguments, QObject* parent)
    : QObject(parent), m_arguments(std::move(arguments)), m_audit(QString()),
      m_controller(m_settings, &m_keychain, &m_memory, &m_network, &m_audit)
{
    m_audit.setSource(u"cli"_s);
    connect(&m_controller, &AppController::auditWriteFailed, this,
            [this](const QString& path, const QString& reason) {
                if (m_auditWarned)
                    return;
                m_auditWarned = true;
                terminal::printError(u"the audit log %1 could not be written (%2); what was "
                                     "done is not recorded there"_s.arg(path, reason));
            });
    // A proxy that asks for credentials gets the ones the window kept in the keychain.
    ProxyAuth::watch(&m_network);
    ProxyAuth::setSource(ProxyLogins(&m_keychain).keychainSource());
    // A list must not revoke anything as a side effect; `rotations finish-due` does that.
    m_controller.setFinishesDueRotationsOnLoad(false);
}

Cli::~Cli()
{
    ProxyAuth::setSource({}); // it reads m_keychain
}

const QList<Cli::Command>& Cli::commands()
{
    static const QList<Command> all = {
        {u"accounts"_s, u"list"_s, u""_s,
         u"The accounts KeyWarden manages (shared with the window)."_s, &Cli::accountsList},
        {u"accounts"_s, u"add"_s,
         u"--provider P --label L [--endpoint URL] [--s3-endpoint URL] [--region R] "
         "[--organization ID] [--ca-file PEM] [--proxy URL] [--no-test]"_s,
         u"Add an account. The admin token is read from standard input (or a prompt without "
         "echo), never from the command line, tested, and kept in the keychain."_s,
         &Cli::accountsAdd},
        {u"accounts"_s, u"edit"_s,
         u"--account A [--label L] [--endpoint URL] [--s3-endpoint URL] [--region R] "
         "[--ca-file PEM] [--proxy URL]"_s,
         u"Change an account's label, endpoints, region or CA file; its id, provider and token "
         "stay."_s,
         &Cli::accountsEdit},
        {u"accounts"_s, u"replace-token"_s, u"--account A"_s,
         u"Give an account a new admin token, read from standard input (or a prompt without "
         "echo). It is tested first; the old token stays when it does not work."_s,
         &Cli::accountsReplaceToken},
        {u"accounts"_s, u"remove"_s, u"--account A [--yes]"_s,
         u"Forget an account and its token (its keys at the provider are untouched)."_s,
         &Cli::accountsRemove},
        {u"accounts"_s, u"test"_s, u"--account A"_s, u"Check that the account's token works."_s,
         &Cli::accountsTest},
        {u"keys"_s, u"list"_s,
         u"[--account A] [--due] [--expired] [--expires-within N] [--unused-for N] "
         "[--inactive] [--never-used] [--drift KIND]"_s,
         u"Every key of one or all accounts (all pages), with the window's columns."_s,
         &Cli::keysList},
        {u"keys"_s, u"mark-seen"_s, u"--account A (--key ID... | --all)"_s,
         u"Mark keys' drift (keys list --drift) as seen, as the window does."_s,
         &Cli::keysMarkSeen},
        {u"keys"_s, u"create"_s,
         u"--account A [--name N] [--service S]... [--ip LIST] [--description D] "
         "[--duration SECONDS | --permanent] [--expires DATE] [--bearer user:ID|application:ID] "
         "[--project ID] [--store]"_s,
         u"Create a key. Its secret is printed once (JSON field \"secret\"); with --store it is "
         "kept in the keychain instead and nothing secret is printed."_s,
         &Cli::keysCreate},
        {u"keys"_s, u"edit"_s,
         u"--account A --key K [--name N] [--description D] [--project ID] "
         "[--expires DATE|never]"_s,
         u"Change what the provider lets you change."_s, &Cli::keysEdit},
        {u"keys"_s, u"disable"_s, u"--account A --key K [--yes]"_s,
         u"Deactivate a key. Where only owners can be suspended (CoreWeave), suspend the key's "
         "owner and so all its keys, named first: type the owner's name, or --yes in scripts."_s,
         &Cli::keysDisable},
        {u"keys"_s, u"enable"_s, u"--account A --key K"_s,
         u"Reactivate a key; where the provider suspends owners instead (CoreWeave), reactivate "
         "the key's owner and so every key it has."_s,
         &Cli::keysEnable},
        {u"keys"_s, u"revoke"_s, u"--account A --key K [--yes]"_s,
         u"Revoke (delete) a key for good. Asks you to type its name unless --yes."_s,
         &Cli::keysRevoke},
        {u"keys"_s, u"verify"_s, u"--account A --key K"_s,
         u"Test a key: with its stored secret, the provider's copy, or one from standard input."_s,
         &Cli::keysVerify},
        {u"keys"_s, u"rotate"_s,
         u"--account A --key K [--name N] [--grace DAYS] [--wait-quiet HOURS | --disable-first] "
         "[--store] [--force]"_s,
         u"Create the replacement, hand its secret over, test it, then revoke the old key now "
         "(--grace 0), after the grace period, once unused for HOURS (asked at the deadline) or "
         "disabled first, deleted later. A failing new key keeps the old one unless --force."_s,
         &Cli::keysRotate},
        {u"keys"_s, u"aws-profile"_s, u"--account A --key K [--profile NAME]"_s,
         u"Print an ~/.aws/config profile that takes the stored secret through "
         "credential_process."_s,
         &Cli::keysAwsProfile},
        {QString(), u"credential-process"_s, u"--account A --key K"_s,
         u"AWS credential_process output for a stored S3 key (for ~/.aws/config)."_s,
         &Cli::credentialProcess},
        {QString(), u"audit"_s, u"[--since DATE] [--account A]"_s,
         u"What KeyWarden did, window and command line alike, from its audit log."_s, &Cli::audit},
        {QString(), u"report"_s, u"[--account A] [--format csv|json|md] [--output FILE]"_s,
         u"Credential report: keys, policy checks, summary (docs/report.md)."_s, &Cli::report},
    };
    return withLeakCommands(withRotationCommands(all));
}

QString Cli::helpText()
{
    QString text =
        u"Usage: keywarden-cli [--json] <command> [options]\n\n"
        "Manage the API keys and access keys of your cloud accounts from the shell, on "
        "the same accounts, keychain and audit log as the KeyWarden window.\n"
        "A is an account's label or id; K is a key's id or name.\n"
        "--json prints one JSON document on standard output (keys rotate: one line for the new key "
        "as soon as it exists, one for the outcome); every document names its account as "
        "\"account\" (label) and \"accountId\" (id). A command that fails prints nothing there, "
        "or ends with an object that has \"error\" and \"exitCode\"; never an empty list. "
        "docs/cli.md has the schema. --verbose traces HTTP calls on standard error. --timeout "
        "SECONDS gives up on an unanswered provider request after that long (1–600, default 30; "
        "the client retries a timed-out read up to 4 times).\n\n"
        "Commands:\n"_s;
    for (const Command& command : commands()) {
        const QString name =
            command.group.isEmpty() ? command.name : command.group + u' ' + command.name;
        text += u"  "_s + name + (command.synopsis.isEmpty() ? QString() : u" "_s) +
                command.synopsis + u"\n      "_s + command.summary + u'\n';
    }
    text += u"\n`keywarden-cli <command> --help` shows a command's options.\n\n"
            "Exit codes:\n"
            "  0  success\n"
            "  1  other failure (server error, unexpected answer, a key test that failed)\n"
            "  2  usage or invalid input (nothing was sent to the provider)\n"
            "  3  authentication or permission (HTTP 401/403; a key test that was refused)\n"
            "  4  not found (account, key, rotation; HTTP 404)\n"
            "  5  conflict or limit (HTTP 409, 429)\n"
            "  6  network (no connection, timeout, TLS, http:// to a non-loopback host)\n"
            "  7  keychain (missing, locked, access refused, no such entry)\n"
            "  8  standard output could not be written (full disk, closed pipe): a secret\n"
            "     printed there is lost, and a rotation keeps the old key active\n"_s;
    return text;
}

int Cli::exec()
{
    QTimer::singleShot(0, this, &Cli::dispatch);
    const int code = QCoreApplication::exec();
    return m_finished ? m_exitCode : code;
}

bool Cli::prepareQuickExit()
{
    if (!m_quickExit)
        return false;
    m_controller.lock(); // drops the clients, and so wipes their tokens
    m_settings.sync();
    return m_settings.status() == QSettings::NoError;
}

void Cli::finish(int code)
{
    if (m_finished)
        return;
    m_finished = true;
    // What was printed must have arrived: a script reading a truncated answer would act on it.
    // (A failure already reported keeps its own code and message.)
    QString reason;
    if (!terminal::outputWritten(&reason) && code == Success) {
        terminal::printError(u"standard output could not be written: %1"_s.arg(reason));
        code = HandOver;
    }
    // What was printed before the failure stays true (a new key and its secret), but the last
    // document must not read as the command's result.
    if (code != Success && m_json && m_jsonPrinted && !m_lastJsonIsError) {
        QJsonObject error{
            {u"error"_s, m_failure.isEmpty() ? u"failed with exit code %1"_s.arg(code) : m_failure},
            {u"exitCode"_s, code}};
        if (m_account)
            insertAccount(error, *m_account);
        printJson(error);
        terminal::outputWritten(&reason);
    }
    m_exitCode = code;
    QCoreApplication::exit(code);
}

void Cli::fail(int code, const QString& message)
{
    noteFailure(message);
    finish(code);
}

void Cli::noteFailure(const QString& message)
{
    terminal::printError(message);
    if (m_failure.isEmpty())
        m_failure = message;
}

QString Cli::errorLine(const QString& what, const ProviderError& error)
{
    // One line, so that a script can read it: the reason and the advice side by side.
    QString text = what + u": "_s + ProviderErrorText::full(error);
    text.replace(u'\n', u' ');
    return text.simplified();
}

void Cli::failWith(const QString& what, const ProviderError& error)
{
    fail(exitCodeFor(error), errorLine(what, error));
}

bool Cli::takeTimeout(QStringList& words)
{
    const qsizetype at = words.indexOf(u"--timeout"_s);
    if (at < 0)
        return true;
    bool ok = false;
    const int seconds = words.value(at + 1).toInt(&ok);
    if (!ok || seconds < 1 || seconds > 600) {
        fail(Usage, u"--timeout takes a number of seconds from 1 to 600, not “%1”"_s.arg(
                        words.value(at + 1)));
        return false;
    }
    words.remove(at, 2);
    m_timeoutMs = seconds * 1000;
    m_controller.setProviderMaker(
        [this](const Account& account, Secret token, QNetworkAccessManager* network) {
            return makeClient(account, std::move(token), network);
        });
    return true;
}

std::unique_ptr<KeyProvider> Cli::makeClient(const Account& account, Secret token,
                                             QNetworkAccessManager* network) const
{
    std::unique_ptr<KeyProvider> client = createProvider(account, std::move(token), network);
    if (auto* http = dynamic_cast<HttpKeyProvider*>(client.get()); http && m_timeoutMs > 0)
        http->http().setDefaultTimeoutMs(m_timeoutMs);
    return client;
}

void Cli::dispatch()
{
    QStringList words = m_arguments.mid(1);
    if (words.removeAll(u"--json"_s) > 0)
        m_json = true;
    if (!takeTimeout(words))
        return;
    if (words.isEmpty() || words.first() == u"--help"_s || words.first() == u"-h"_s ||
        words.first() == u"help"_s) {
        terminal::printLine(helpText().trimmed());
        finish(words.isEmpty() ? Usage : Success);
        return;
    }
    if (words.first() == u"--version"_s) {
        terminal::printLine(u"keywarden-cli "_s + QCoreApplication::applicationVersion());
        finish(Success);
        return;
    }
    for (const Command& command : commands()) {
        const bool topLevel = command.group.isEmpty();
        if (topLevel
                ? words.first() != command.name
                : words.size() < 2 || words.at(0) != command.group || words.at(1) != command.name)
            continue;
        m_command = &command;
        (this->*command.run)(words.mid(topLevel ? 1 : 2));
        return;
    }
    QStringList known;
    for (const Command& command : commands()) {
        if (words.first() == command.group)
            known.append(command.name);
    }
    if (!known.isEmpty()) {
        fail(Usage, u"unknown %1 command “%2”; choose one of: %3"_s.arg(
                        words.first(), words.value(1), known.join(u", "_s)));
        return;
    }
    fail(Usage, u"unknown command “%1”; see keywarden-cli --help"_s.arg(words.first()));
}

bool Cli::parse(QCommandLineParser& parser, const QStringList& arguments)
{
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption help(QStringList{u"h"_s, u"help"_s}, u"Show this command's help."_s);
    parser.addOption(help);
    const QString name =
        m_command->group.isEmpty() ? m_command->name : m_command->group + u' ' + m_command->name;
    if (!parser.parse(QStringList{u"keywarden-cli"_s} + arguments)) {
        fail(Usage, u"%1: %2 (see keywarden-cli %1 --help)"_s.arg(name, parser.errorText()));
        return false;
    }
    if (parser.isSet(help)) {
        QString options = parser.helpText();
        options = options.mid(options.indexOf(u"Options:"_s));
        terminal::printLine(u"Usage: keywarden-cli %1 %2\n\n%3\n\n%4"_s.arg(
            name, m_command->synopsis, m_command->summary, options.trimmed()));
        finish(Success);
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        fail(Usage, u"%1: unexpected argument “%2” (see keywarden-cli %1 --help)"_s.arg(
                        name, parser.positionalArguments().first()));
        return false;
    }
    return true;
}

bool Cli::requireOptions(const QCommandLineParser& parser, const QStringList& names)
{
    for (const QString& option : names) {
        if (!parser.isSet(option) || parser.value(option).trimmed().isEmpty()) {
            fail(Usage, u"--%1 is required (see keywarden-cli %2 %3 --help)"_s.arg(
                            option, m_command->group, m_command->name));
            return false;
        }
    }
    return true;
}

std::optional<Account> Cli::parseForAccount(QCommandLineParser& parser,
                                            const QStringList& arguments,
                                            const QStringList& required)
{
    if (!parse(parser, arguments) || !requireOptions(parser, required))
        return std::nullopt;
    return findAccount(parser.value(u"account"_s));
}

std::optional<std::pair<Account, const Capabilities*>>
Cli::parseForClient(QCommandLineParser& parser, const QStringList& arguments,
                    const QStringList& required)
{
    const std::optional<Account> account = parseForAccount(parser, arguments, required);
    if (!account)
        return std::nullopt;
    const Capabilities* caps = capabilitiesFor(account->provider);
    if (!caps) {
        fail(Failure, u"this build has no client for “%1”"_s.arg(account->provider));
        return std::nullopt;
    }
    return std::pair(*account, caps);
}

namespace {

// The ids of several matches of one name, for the message that asks to choose one by id.
template <typename Item> QString idsOf(const QList<Item>& items)
{
    QStringList ids;
    for (const Item& item : items)
        ids.append(item.id);
    return ids.join(u", "_s);
}

} // namespace

std::optional<QStringList> Cli::selectedAccountIds(const QCommandLineParser& parser)
{
    if (!parser.isSet(u"account"_s)) {
        m_controller.loadSavedAccounts();
        return m_controller.accountIds();
    }
    const std::optional<Account> account = findAccount(parser.value(u"account"_s));
    if (!account)
        return std::nullopt;
    return QStringList{account->id};
}

std::optional<Account> Cli::findAccount(const QString& selector)
{
    m_controller.loadSavedAccounts();
    const QString wanted = selector.trimmed();
    QList<Account> matches;
    QStringList labels;
    for (const QString& id : m_controller.accountIds()) {
        const Account& account = m_controller.account(id)->account;
        labels.append(account.label);
        if (account.id == wanted) {
            m_account = account;
            return account;
        }
        if (account.label.compare(wanted, Qt::CaseInsensitive) == 0)
            matches.append(account);
    }
    if (matches.size() == 1) {
        m_account = matches.first();
        return matches.first();
    }
    if (matches.size() > 1) {
        fail(Usage, u"more than one account is labelled “%1”; name one by id: %2"_s.arg(
                        wanted, idsOf(matches)));
        return std::nullopt;
    }
    fail(NotFound,
         labels.isEmpty()
             ? u"no account “%1”: no account is set up yet (keywarden-cli accounts add)"_s.arg(
                   wanted)
             : u"no account “%1”; the accounts are: %2"_s.arg(wanted, labels.join(u", "_s)));
    return std::nullopt;
}

void Cli::withLoadedAccount(const QString& selector, std::function<void(const AccountView&)> next)
{
    const std::optional<Account> account = findAccount(selector);
    if (!account)
        return;
    whenLoaded(account->id, [this, next = std::move(next)](const AccountView& view) {
        if (view.state == AppController::LoadState::Error) {
            QString text = view.account.label + u": "_s + view.errorText;
            if (!view.errorHelp.isEmpty())
                text += u' ' + view.errorHelp;
            fail(exitCodeForLoad(view.tokenStatus, view.loadError), text);
            return;
        }
        next(view);
    });
}

void Cli::whenLoaded(const QString& accountId, std::function<void(const AccountView&)> done)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(&m_controller, &AppController::accountChanged, this,
                          [this, accountId, connection, done = std::move(done)](const QString& id) {
                              const AccountView* view = m_controller.account(accountId);
                              if (id != accountId || !view)
                                  return;
                              if (view->state == AppController::LoadState::Loading)
                                  readDriftSoon(accountId);
                              if (view->state != AppController::LoadState::Ok &&
                                  view->state != AppController::LoadState::Error)
                                  return;
                              disconnect(*connection);
                              done(*view);
                          });
    m_controller.refresh(accountId); // the token's read starts first: the rest fills its wait
    preconnect(accountId);
}

bool Cli::noteLoadFailure(const AccountView& view, int* firstFailure)
{
    if (view.state != AppController::LoadState::Error)
        return false;
    terminal::printError(view.account.label + u": "_s + view.errorText);
    if (*firstFailure == 0)
        *firstFailure = exitCodeForLoad(view.tokenStatus, view.loadError);
    return true;
}

void Cli::withLoadedKey(const QString& accountSelector, const QString& keySelector,
                        std::function<void(const AccountView&, const ApiKey&)> next)
{
    withLoadedAccount(accountSelector,
                      [this, keySelector, next = std::move(next)](const AccountView& view) {
                          if (const std::optional<ApiKey> key = findKey(view, keySelector))
                              next(view, *key);
                      });
}

QString Cli::shownName(const ApiKey& key)
{
    return key.name.isEmpty() ? key.id : key.name;
}

std::optional<ApiKey> Cli::findKey(const AccountView& view, const QString& selector)
{
    const QString wanted = selector.trimmed();
    QList<ApiKey> byName;
    for (const ApiKey& key : view.keys) {
        if (key.id == wanted)
            return key;
        if (!key.name.isEmpty() && key.name == wanted)
            byName.append(key);
    }
    if (byName.size() == 1)
        return byName.first();
    if (byName.size() > 1) {
        fail(Usage, u"%1 has more than one key named “%2”; name one by id: %3"_s.arg(
                        view.account.label, wanted, idsOf(byName)));
        return std::nullopt;
    }
    fail(NotFound, u"%1 has no key “%2” (keywarden-cli keys list --account %3)"_s.arg(
                       view.account.label, wanted, view.account.label));
    return std::nullopt;
}

std::optional<Secret> Cli::readSecretFromStdin(const QString& prompt)
{
    QString error;
    std::optional<Secret> secret = terminal::readSecret(prompt, &error);
    if (!secret)
        fail(Usage, error);
    return secret;
}

void Cli::testToken(const std::shared_ptr<KeyProvider>& client, const QString& what,
                    std::function<void()> next)
{
    ProviderReply* reply = client->testAccount();
    reply->setParent(this);
    connect(reply, &ProviderReply::finished, this, [this, reply, client, what, next] {
        reply->deleteLater();
        if (!reply->ok()) {
            failWith(what, reply->error());
            return;
        }
        next();
    });
}

} // namespace kw::cli

// keywarden-cli accounts list | add | edit | replace-token | remove | test
#include "Cli.h"
#include "ExitCode.h"
#include "Options.h"
#include "Terminal.h"
#include "providers/HttpClient.h"
#include "providers/KeyProvider.h"
#include "providers/NetworkProxy.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSslCertificate>
#include <QUuid>
#include <memory>

using namespace Qt::StringLiterals;

namespace kw::cli {

namespace {

// An endpoint as typed: a full https:// URL, or http:// to this computer only (the sandbox).
std::optional<QUrl> checkedEndpoint(const QString& option, const QString& text, QString* error)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != u"https"_s && url.scheme() != u"http"_s)) {
        *error =
            u"--%1 “%2” is not an http(s) URL such as https://api.example.com"_s.arg(option, text);
        return std::nullopt;
    }
    if (url.scheme() == u"http"_s && !HttpClient::isLoopback(url)) {
        *error = u"--%1 “%2”: http:// is accepted for loopback endpoints only; use https://"_s.arg(
            option, text);
        return std::nullopt;
    }
    return url;
}

// An endpoint option, when given; false with *error when it is not a usable URL.
bool readEndpoint(const QCommandLineParser& parser, const QString& option, QUrl& into,
                  QString* error)
{
    if (!parser.isSet(option))
        return true;
    const std::optional<QUrl> url = checkedEndpoint(option, parser.value(option), error);
    if (url)
        into = *url;
    return url.has_value();
}

// --ca-file: a readable PEM file with a certificate, kept as an absolute path.
bool readCaFile(const QString& path, Account& account, QString* error)
{
    const QFileInfo file(path);
    if (!file.isFile() || !file.isReadable()) {
        *error = u"--ca-file “%1” is not a readable file"_s.arg(file.filePath());
        return false;
    }
    if (QSslCertificate::fromPath(file.absoluteFilePath(), QSsl::Pem).isEmpty()) {
        *error = u"--ca-file “%1” holds no PEM certificate"_s.arg(file.filePath());
        return false;
    }
    account.caFile = file.absoluteFilePath();
    return true;
}

// --proxy: the account's own proxy (empty: none of its own); credentials are not kept with an
// account (they would be saved in the settings file): the keychain keeps them.
bool readProxy(const QCommandLineParser& parser, Account& account, QString* error)
{
    if (!parser.isSet(u"proxy"_s))
        return true;
    QString why;
    const std::optional<QUrl> proxy =
        normalizedProxyUrl(parser.value(u"proxy"_s), &why, ProxyCredentials::Refused);
    if (!proxy) {
        *error = u"--proxy: "_s + why;
        return false;
    }
    account.proxy = *proxy;
    return true;
}

// Where and how the account is reached: its endpoints, region, organization and CA.
bool readConnection(const QCommandLineParser& parser, const Capabilities& caps, Account& account,
                    QString* error)
{
    if (parser.isSet(u"endpoint"_s)) {
        if (!readEndpoint(parser, u"endpoint"_s, account.endpoint, error))
            return false;
    } else if (caps.defaultEndpoint.isValid() && !caps.defaultEndpoint.isEmpty()) {
        account.endpoint = caps.defaultEndpoint;
    } else {
        *error =
            u"--endpoint is required: %1 has no public default endpoint"_s.arg(caps.providerName);
        return false;
    }
    if (!readEndpoint(parser, u"s3-endpoint"_s, account.s3Endpoint, error))
        return false;
    account.region = parser.value(u"region"_s).trimmed();
    account.organizationId = parser.value(u"organization"_s).trimmed();
    if (!readProxy(parser, account, error))
        return false;
    return !parser.isSet(u"ca-file"_s) || readCaFile(parser.value(u"ca-file"_s), account, error);
}

// accounts edit: what the options change; an empty --s3-endpoint or --ca-file clears it.
bool readEdits(const QCommandLineParser& parser, Account& account, QString* error)
{
    if (parser.isSet(u"label"_s)) {
        account.label = parser.value(u"label"_s).trimmed();
        if (account.label.isEmpty()) {
            *error = u"--label must not be empty"_s;
            return false;
        }
    }
    if (!readEndpoint(parser, u"endpoint"_s, account.endpoint, error))
        return false;
    if (parser.isSet(u"s3-endpoint"_s) && parser.value(u"s3-endpoint"_s).trimmed().isEmpty())
        account.s3Endpoint = QUrl();
    else if (!readEndpoint(parser, u"s3-endpoint"_s, account.s3Endpoint, error))
        return false;
    if (parser.isSet(u"region"_s))
        account.region = parser.value(u"region"_s).trimmed();
    if (!readProxy(parser, account, error))
        return false;
    if (!parser.isSet(u"ca-file"_s))
        return true;
    if (parser.value(u"ca-file"_s).trimmed().isEmpty()) {
        account.caFile.clear();
        return true;
    }
    return readCaFile(parser.value(u"ca-file"_s), account, error);
}

} // namespace

void Cli::accountsList(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments))
        return;
    m_controller.loadSavedAccounts();
    QJsonArray json;
    QList<QStringList> table{{u"LABEL"_s, u"PROVIDER"_s, u"ENDPOINT"_s, u"ID"_s}};
    for (const QString& id : m_controller.accountIds()) {
        const Account& account = m_controller.account(id)->account;
        json.append(accountJson(account));
        table.append({account.label, account.provider, account.endpoint.toString(), account.id});
    }
    printListing(json, table, u"No accounts yet: add one with keywarden-cli accounts add."_s);
    finish(Success);
}

void Cli::accountsAdd(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {u"provider"_s, u"Provider: %1."_s.arg(knownProviders().join(u", "_s)), u"P"_s},
        {u"label"_s, u"A name for the account, unique among your accounts."_s, u"L"_s},
        {u"endpoint"_s, u"API endpoint (default: the provider's public one)."_s, u"URL"_s},
        {u"s3-endpoint"_s, u"S3 endpoint keys are tested on (S3-style providers)."_s, u"URL"_s},
        {u"region"_s, u"S3 region (CoreWeave: availability zone, e.g. US-EAST-04A)."_s, u"R"_s},
        {u"organization"_s, u"Organization id (Scaleway)."_s, u"ID"_s},
        {u"ca-file"_s, u"PEM file of an extra CA to trust for this account."_s, u"PEM"_s},
        {u"proxy"_s, u"This account's own proxy (http://host:port or socks5://…)."_s, u"URL"_s},
        {u"no-test"_s, u"Save without testing the token first."_s},
    });
    if (!parse(parser, arguments) || !requireOptions(parser, {u"provider"_s, u"label"_s}))
        return;
    const std::optional<Account> account = accountFromOptions(parser);
    if (!account)
        return;
    std::optional<Secret> token =
        readSecretFromStdin(u"Admin token for %1 (not shown): "_s.arg(account->label));
    if (!token)
        return;
    auto kept = std::make_shared<Secret>(std::move(*token));
    if (parser.isSet(u"no-test"_s)) {
        saveAccount(*account, kept);
        return;
    }
    std::shared_ptr<KeyProvider> client = makeClient(*account, kept->clone(), &m_network);
    if (!client) {
        fail(Failure, u"this build has no client for “%1”"_s.arg(account->provider));
        return;
    }
    testToken(client, u"the token was not accepted, nothing was saved"_s,
              [this, account = *account, kept] { saveAccount(account, kept); });
}

std::optional<Account> Cli::accountFromOptions(const QCommandLineParser& parser)
{
    const QString provider = parser.value(u"provider"_s).trimmed().toLower();
    const Capabilities* caps = capabilitiesFor(provider);
    if (!caps) {
        fail(Usage, u"unknown provider “%1”; choose one of: %2"_s.arg(
                        provider, knownProviders().join(u", "_s)));
        return std::nullopt;
    }
    Account account;
    account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    account.provider = provider;
    account.label = parser.value(u"label"_s).trimmed();
    m_controller.loadSavedAccounts();
    for (const QString& id : m_controller.accountIds()) {
        if (m_controller.account(id)->account.label.compare(account.label, Qt::CaseInsensitive) ==
            0) {
            fail(Usage, u"an account labelled “%1” exists already; choose another --label"_s.arg(
                            account.label));
            return std::nullopt;
        }
    }
    QString error;
    if (!readConnection(parser, *caps, account, &error)) {
        fail(Usage, error);
        return std::nullopt;
    }
    return account;
}

void Cli::saveAccount(const Account& account, const std::shared_ptr<Secret>& token)
{
    m_controller.addAccount(
        account, token->clone(), this, [this, account](const SecretStore::Result& result) {
            if (!result.ok()) {
                m_controller.discardPendingAccount(account.id);
                fail(Keychain, u"the keychain did not take the token (%1); nothing was saved. %2"_s
                                   .arg(result.message, result.help)
                                   .trimmed());
                return;
            }
            succeed(accountJson(account),
                    u"Added %1 (%2, id %3)."_s.arg(account.label, account.provider, account.id));
        });
}

void Cli::accountsRemove(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        accountOption(),
        {u"yes"_s, u"Do not ask to type the account's label."_s},
    });
    const std::optional<Account> account = parseForAccount(parser, arguments, {u"account"_s});
    if (!account)
        return;
    if (!parser.isSet(u"yes"_s)) {
        if (!terminal::stdinIsTerminal()) {
            fail(Usage, u"removing %1 needs confirmation: run it in a terminal or add --yes"_s.arg(
                            account->label));
            return;
        }
        if (!terminal::confirmByTyping(
                u"This forgets %1 and its token (keys at %2 stay). Type its label to confirm: "_s
                    .arg(account->label, account->provider),
                account->label)) {
            fail(Usage, u"not confirmed; nothing was removed"_s);
            return;
        }
    }
    // The stored key secrets go first, then the account and its token; the command ends once
    // the keychain has answered for the token.
    QList<StoredKeySecrets::Entry> stored;
    for (const StoredKeySecrets::Entry& entry : m_controller.storedSecrets().all()) {
        if (entry.accountId == account->id)
            stored.append(entry);
    }
    auto pending = std::make_shared<int>(int(stored.size()) + 1);
    auto done = [this, pending, account](const SecretStore::Result&) {
        if (--*pending == 0) {
            succeed({{u"removed"_s, account->id},
                     {u"label"_s, account->label},
                     {u"account"_s, account->label},
                     {u"accountId"_s, account->id}},
                    u"Removed %1."_s.arg(account->label));
        }
    };
    for (const StoredKeySecrets::Entry& entry : std::as_const(stored))
        m_controller.storedSecrets().forget(entry.accountId, entry.keyId, this, done);
    m_controller.removeAccount(account->id);
    // The controller's own removal runs too; this one is waited for (a second remove of the same
    // entry is harmless).
    m_keychain.remove(account->vaultKey(), this, done);
}

void Cli::accountsEdit(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        accountOption(),
        {u"label"_s, u"A new name for the account, unique among your accounts."_s, u"L"_s},
        {u"endpoint"_s, u"A new API endpoint."_s, u"URL"_s},
        {u"s3-endpoint"_s, u"A new S3 endpoint; empty for the provider's default."_s, u"URL"_s},
        {u"region"_s, u"A new S3 region (CoreWeave: availability zone)."_s, u"R"_s},
        {u"ca-file"_s, u"A PEM file of an extra CA to trust; empty to trust none."_s, u"PEM"_s},
        {u"proxy"_s, u"This account's own proxy; empty for none of its own."_s, u"URL"_s},
    });
    const std::optional<Account> account = parseForAccount(parser, arguments, {u"account"_s});
    if (!account)
        return;
    Account edited = *account;
    QString error;
    if (!readEdits(parser, edited, &error)) {
        fail(Usage, error);
        return;
    }
    if (edited == *account) {
        fail(Usage, u"nothing to change: give --label, --endpoint, --s3-endpoint, --region, "
                    "--ca-file or --proxy"_s);
        return;
    }
    for (const QString& id : m_controller.accountIds()) {
        if (id != edited.id && m_controller.account(id)->account.label.compare(
                                   edited.label, Qt::CaseInsensitive) == 0) {
            fail(Usage, u"an account labelled “%1” exists already; choose another --label"_s.arg(
                            edited.label));
            return;
        }
    }
    if (const ProviderError refused = m_controller.editAccount(edited)) {
        failWith(account->label, refused);
        return;
    }
    succeed(accountJson(edited), u"Changed %1 (id %2)."_s.arg(edited.label, edited.id));
}

void Cli::accountsReplaceToken(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(accountOption());
    const std::optional<Account> account = parseForAccount(parser, arguments, {u"account"_s});
    if (!account)
        return;
    std::optional<Secret> token =
        readSecretFromStdin(u"New admin token for %1 (not shown): "_s.arg(account->label));
    if (!token)
        return;
    // The controller tests the new token before it is written over the old one.
    m_controller.replaceToken(
        account->id, std::move(*token), this, [this, account](const ProviderError& error) {
            if (error) {
                failWith(u"the new token was not taken; the old one is still in use"_s, error);
                return;
            }
            succeed({{u"account"_s, account->label},
                     {u"accountId"_s, account->id},
                     {u"tokenReplaced"_s, true}},
                    u"%1 now uses its new token."_s.arg(account->label));
        });
}

void Cli::accountsTest(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(accountOption());
    const std::optional<Account> account = parseForAccount(parser, arguments, {u"account"_s});
    if (!account)
        return;
    m_keychain.read(account->vaultKey(), this, [this, account](SecretStore::Result result) {
        if (!result.ok()) {
            fail(Keychain,
                 u"%1: could not read its token from %2: %3 %4"_s
                     .arg(account->label, m_keychain.backendName(), result.message, result.help)
                     .trimmed());
            return;
        }
        std::shared_ptr<KeyProvider> client =
            makeClient(*account, std::move(result.secret), &m_network);
        if (!client) {
            fail(Failure, u"this build has no client for “%1”"_s.arg(account->provider));
            return;
        }
        testToken(client, account->label, [this, account] {
            succeed(
                {{u"account"_s, account->label}, {u"accountId"_s, account->id}, {u"works"_s, true}},
                u"%1: the token works."_s.arg(account->label));
        });
    });
}

} // namespace kw::cli

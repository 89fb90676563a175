// keywarden-cli's output: JSON documents, tables, and the one-time hand-over of a new secret.
#include "Cli.h"
#include "ExitCode.h"
#include "Terminal.h"
#include "console/ProviderErrorText.h"
#include "providers/KeyProvider.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <memory>

using namespace Qt::StringLiterals;

namespace kw::cli {

void Cli::printJson(const QJsonValue& value)
{
    const QByteArray bytes = value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    terminal::writeRaw(bytes);
    terminal::writeRaw("\n");
    m_jsonPrinted = true;
    m_lastJsonIsError = value.isObject() && value.toObject().contains(u"error"_s);
}

void Cli::printJsonWithSecret(const QJsonObject& json, QByteArrayView field, const Secret& secret)
{
    m_jsonPrinted = true;
    m_lastJsonIsError = json.contains(u"error"_s);
    QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
    bytes.chop(1); // the closing brace: the secret is appended without a QString copy
    terminal::writeRaw(bytes);
    terminal::writeRaw(",\"");
    terminal::writeRaw(field);
    terminal::writeRaw("\":");
    terminal::writeJsonStringOf(secret);
    terminal::writeRaw("}\n");
}

void Cli::printListing(const QJsonArray& json, const QList<QStringList>& table, const QString& none)
{
    if (m_json)
        printJson(json);
    else if (json.isEmpty())
        terminal::printNote(none);
    else
        terminal::printTable(table);
}

void Cli::succeed(const QJsonObject& json, const QString& line)
{
    if (m_json)
        printJson(json);
    else
        terminal::printLine(line);
    finish(Success);
}

std::function<void(const ProviderError&)>
Cli::reportDone(const QString& failedWhat, const QJsonObject& json, const QString& line)
{
    return [this, failedWhat, json, line](const ProviderError& failed) {
        if (failed)
            failWith(failedWhat, failed);
        else
            succeed(json, line);
    };
}

void Cli::insertUnlessEmpty(QJsonObject& json, const QString& name, const QString& value)
{
    if (!value.isEmpty())
        json.insert(name, value);
}

void Cli::insertAccount(QJsonObject& json, const Account& account)
{
    json.insert(u"account"_s, account.label);
    json.insert(u"accountId"_s, account.id);
}

QJsonObject Cli::accountJson(const Account& account)
{
    QJsonObject json{{u"account"_s, account.label},
                     {u"accountId"_s, account.id},
                     {u"id"_s, account.id},
                     {u"label"_s, account.label},
                     {u"provider"_s, account.provider},
                     {u"endpoint"_s, account.endpoint.toString()}};
    insertUnlessEmpty(json, u"s3Endpoint"_s, account.s3Endpoint.toString());
    insertUnlessEmpty(json, u"region"_s, account.region);
    insertUnlessEmpty(json, u"organizationId"_s, account.organizationId);
    insertUnlessEmpty(json, u"caFile"_s, account.caFile);
    insertUnlessEmpty(json, u"proxy"_s, account.proxy.toString(QUrl::RemovePassword));
    return json;
}

namespace {

QString timeText(const std::optional<QDateTime>& time, const QString& none)
{
    if (!time || !time->isValid())
        return none;
    return time->toUTC().toString(u"yyyy-MM-dd HH:mm"_s);
}

} // namespace

QJsonObject Cli::verificationJson(const Verification& verification)
{
    QString outcome = u"failed"_s;
    switch (verification.outcome) {
    case Verification::Outcome::Works:
        outcome = u"works"_s;
        break;
    case Verification::Outcome::Unauthorized:
        outcome = u"unauthorized"_s;
        break;
    case Verification::Outcome::Forbidden:
        outcome = u"forbidden"_s;
        break;
    case Verification::Outcome::Unreachable:
        outcome = u"unreachable"_s;
        break;
    case Verification::Outcome::Failed:
        break;
    }
    QJsonObject json{{u"outcome"_s, outcome}};
    if (verification.httpStatus > 0)
        json.insert(u"httpStatus"_s, verification.httpStatus);
    if (!verification.reason.isEmpty())
        json.insert(u"reason"_s, verification.reason);
    return json;
}

QList<QStringList> Cli::keyTable(const QList<std::pair<const AccountView*, const ApiKey*>>& rows,
                                 bool showAccount)
{
    const QDateTime now = m_controller.now();
    bool owners = false;
    for (const auto& row : rows)
        owners = owners || !row.second->principal.isEmpty();
    QStringList header;
    if (showAccount)
        header << u"ACCOUNT"_s;
    header << u"NAME"_s << u"ID"_s;
    if (owners)
        header << u"OWNER"_s;
    header << u"SERVICES"_s << u"IP ALLOWLIST"_s << u"CREATED"_s << u"AGE"_s << u"LAST USED"_s
           << u"EXPIRES"_s << u"STATUS"_s;
    QList<QStringList> table{header};
    table.reserve(rows.size() + 1);
    QHash<const AccountView*, int> policyDays; // read from the settings once per account
    for (const auto& [view, keyInView] : rows) {
        const ApiKey& key = *keyInView;
        QStringList line;
        if (showAccount)
            line << view->account.label;
        line << (key.name.isEmpty() ? u"-"_s : key.name) << key.id;
        if (owners)
            line << (key.principal.isEmpty() ? u"-"_s : key.principal);
        line << (key.services.isEmpty() ? u"-"_s : key.services.join(u","_s))
             << (key.ipAllowlist.isEmpty() ? u"any"_s : key.ipAllowlist.join(u","_s))
             << timeText(key.created.isValid() ? std::optional(key.created) : std::nullopt,
                         u"unknown"_s)
             << (key.created.isValid() ? u"%1d"_s.arg(keyAgeInDays(key.created, now)) : u"-"_s)
             << timeText(key.lastUsed, u"never"_s) << timeText(key.expires, u"never"_s);
        QString status = keyStatusId(shownStatus(key, now));
        auto policy = policyDays.find(view);
        if (policy == policyDays.end())
            policy = policyDays.insert(view, m_controller.rotationPolicyDays(view->account.id));
        if (isRotationDue(key, *policy, now))
            status += u" (rotation due)"_s;
        line << status;
        table.append(line);
    }
    return table;
}

void Cli::reportOrphan(const QString& accountId, const CreatedKey& created, const QString& what,
                       const ProviderError& error)
{
    const AccountView* view = m_controller.account(accountId);
    const QString label = view ? view->account.label : accountId;
    const QString message = ProviderErrorText::orphan(created.key.name, created.key.id);
    const QString errorText = errorLine(what, error);
    if (m_json) {
        printJson(QJsonObject{{u"error"_s, errorText},
                              {u"exitCode"_s, int(Failure)},
                              {u"message"_s, message},
                              {u"account"_s, label},
                              {u"accountId"_s, accountId},
                              {u"orphan"_s, QJsonObject{{u"id"_s, created.key.id},
                                                        {u"name"_s, created.key.name},
                                                        {u"account"_s, label},
                                                        {u"accountId"_s, accountId}}}});
    }
    terminal::printError(errorText);
    // The command to run, as it can be pasted into a shell.
    terminal::printError(message + u" (keywarden-cli keys revoke --account '%1' --key '%2')"_s.arg(
                                       label, created.key.id));
    finish(Failure);
}

void Cli::handOver(const AccountView& view, CreatedKey& created, bool store, const QString& verb,
                   std::function<void(int)> next)
{
    const QString accountId = view.account.id;
    const QString label = view.account.label;
    QJsonObject json = keyJson(view, created.key);
    if (!created.accessKeyId.isEmpty())
        json.insert(u"accessKeyId"_s, created.accessKeyId);
    if (!created.warning.isEmpty())
        json.insert(u"warning"_s, created.warning);
    const QString name = shownName(created.key);

    // True once the secret has really left through standard output. failure: why it is printed
    // although --store asked to keep it (then the document is an error object).
    auto printSecret = [this, json, name, verb](const Secret& secret, const QString& failure) {
        if (m_json) {
            QJsonObject document = json;
            if (!failure.isEmpty()) {
                document.insert(u"error"_s, failure);
                document.insert(u"exitCode"_s, int(Keychain));
            }
            printJsonWithSecret(document, "secret", secret);
        } else {
            terminal::printLine(u"%1 “%2” (%3)."_s.arg(verb, name, json.value(u"id"_s).toString()));
            terminal::writeRaw("Secret: ");
            terminal::writeSecret(secret);
            terminal::writeRaw("\n");
        }
        QString reason;
        if (!terminal::outputWritten(&reason)) {
            terminal::printError(
                u"the secret of “%1” (%2) could not be written to standard output: %3. It "
                "cannot be shown again: revoke that key (keywarden-cli keys revoke) and "
                "create another"_s.arg(name, json.value(u"id"_s).toString(), reason));
            return false;
        }
        terminal::printNote(u"This secret is shown only this once: store it now (a password "
                            "manager, a secret store). Next time, --store keeps it in the "
                            "keychain instead."_s);
        return true;
    };
    if (!store) {
        next(printSecret(created.secret, {}) ? Success : HandOver);
        return;
    }
    StoredKeySecrets::Entry entry;
    entry.accountId = accountId;
    entry.keyId = created.key.id;
    entry.stored = m_controller.now();
    if (created.key.expires)
        entry.expires = *created.key.expires;
    auto secret = std::make_shared<Secret>(std::move(created.secret));
    m_controller.storedSecrets().store(
        entry, *secret, this,
        [this, json, name, verb, secret, printSecret, next](SecretStore::Result result) {
            if (!result.ok()) {
                // Nothing may be lost: the secret exists nowhere else, so it is shown after all.
                const QString failure = u"the keychain did not take the secret (%1); it is "
                                        "printed instead"_s.arg(result.message);
                noteFailure(failure);
                next(printSecret(*secret, failure) ? Keychain : HandOver);
                return;
            }
            if (m_json) {
                QJsonObject stored = json;
                stored.insert(u"secretStored"_s, true);
                printJson(stored);
            } else {
                terminal::printLine(u"%1 “%2” (%3); its secret is in the keychain."_s.arg(
                    verb, name, json.value(u"id"_s).toString()));
            }
            next(Success);
        });
}

} // namespace kw::cli

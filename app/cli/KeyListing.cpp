// keywarden-cli keys list's output, and the one shape of a key in every --json output.
#include "Cli.h"
#include "JsonOut.h"
#include "Terminal.h"
#include "console/KeyFilters.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kw::cli {

Cli::KeyContext Cli::keyContext(const AccountView& view)
{
    KeyContext context;
    context.account = JsonOut::quoted(view.account.label);
    context.accountId = JsonOut::quoted(view.account.id);
    context.policyDays = m_controller.rotationPolicyDays(view.account.id);
    context.now = m_controller.now();
    // One read of the settings instead of one per key.
    for (const StoredKeySecrets::Entry& stored : m_controller.storedSecrets().all()) {
        if (stored.accountId == view.account.id)
            context.storedKeyIds.insert(stored.keyId);
    }
    return context;
}

void Cli::writeKeyJson(JsonOut& out, const KeyContext& context, const ApiKey& key)
{
    // Sorted by name, as QJsonObject sorts its members (docs/cli.md shows them so).
    const auto optionalString = [&out](QLatin1StringView name, const QString& value) {
        if (!value.isEmpty()) {
            out.key(name);
            out.string(value);
        }
    };
    const bool hasCreated = key.created.isValid();
    out.beginObject();
    out.key("account"_L1);
    out.raw(context.account);
    out.key("accountId"_L1);
    out.raw(context.accountId);
    out.key("ageDays"_L1);
    if (hasCreated)
        out.number(keyAgeInDays(key.created, context.now));
    else
        out.null();
    out.key("created"_L1);
    out.time(hasCreated ? std::optional(key.created) : std::nullopt);
    optionalString("description"_L1, key.description);
    out.key("expires"_L1);
    out.time(key.expires);
    out.key("id"_L1);
    out.string(key.id);
    out.key("ipAllowlist"_L1);
    out.stringArray(key.ipAllowlist);
    out.key("lastUsed"_L1);
    out.time(key.lastUsed);
    out.key("name"_L1);
    out.string(key.name);
    out.key("owner"_L1);
    out.string(key.principal);
    optionalString("ownerType"_L1, key.bearerType);
    out.key("prefix"_L1);
    out.string(key.prefix);
    optionalString("projectId"_L1, key.projectId);
    out.key("rotationDue"_L1);
    out.boolean(isRotationDue(key, context.policyDays, context.now));
    out.key("secretStored"_L1);
    out.boolean(context.storedKeyIds.contains(key.id));
    out.key("services"_L1);
    out.stringArray(key.services);
    out.key("status"_L1);
    out.string(keyStatusId(shownStatus(key, context.now)));
    out.endObject();
}

QJsonObject Cli::keyJson(const AccountView& view, const ApiKey& key)
{
    // The same bytes as in a listing, read back: one definition of a key's JSON.
    QByteArray bytes;
    {
        JsonOut out([&bytes](QByteArrayView chunk) { bytes.append(chunk); });
        writeKeyJson(out, keyContext(view), key);
    }
    return QJsonDocument::fromJson(bytes).object();
}

void Cli::printKeyListing(const QStringList& accountIds, const KeyFilter& filter, bool onlyExpired)
{
    const QDateTime now = m_controller.now();
    // Keys are visited where the controller holds them: no copy of a key, no document built whole.
    std::unique_ptr<JsonOut> json;
    if (m_json) {
        json = std::make_unique<JsonOut>([](QByteArrayView chunk) { terminal::writeRaw(chunk); });
        json->beginArray();
    }
    QList<std::pair<const AccountView*, const ApiKey*>> rows;
    for (const QString& id : accountIds) {
        const AccountView* view = m_controller.account(id);
        if (!view || view->state != AppController::LoadState::Ok)
            continue;
        // A provider this build lacks reports no last use.
        const Capabilities caps = view->capabilities ? *view->capabilities : Capabilities();
        const KeyContext context = keyContext(*view);
        for (const ApiKey& key : view->keys) {
            if (!matches(filter, key, caps, now, context.policyDays))
                continue;
            if (onlyExpired && shownStatus(key, now) != KeyStatus::Expired)
                continue;
            if (json)
                writeKeyJson(*json, context, key);
            else
                rows.append({view, &key});
        }
    }
    if (json) {
        json->endArray();
        json->endLine();
        m_jsonPrinted = true;
        m_lastJsonIsError = false;
    } else if (rows.isEmpty()) {
        terminal::printNote(u"No keys match."_s);
    } else {
        terminal::printTable(keyTable(rows, accountIds.size() > 1));
    }
}

} // namespace kw::cli

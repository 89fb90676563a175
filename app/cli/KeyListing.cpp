// keywarden-cli keys list's output, and the one shape of a key in every --json output.
#include "Cli.h"
#include "JsonOut.h"
#include "Terminal.h"
#include "console/KeyFilters.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <list>

using namespace Qt::StringLiterals;

namespace kw::cli {

namespace {

// The table's DRIFT column, where some key drifted: "new", "vanished" or "orphan", else "-".
QList<QStringList>
withDriftColumn(QList<QStringList> table,
                const QList<std::pair<const ConsoleTypes::AccountView*, const ApiKey*>>& rows,
                const std::function<AccountDrift(const QString&)>& driftOf)
{
    QHash<const ConsoleTypes::AccountView*, AccountDrift> drifts;
    QStringList marks;
    bool any = false;
    for (const auto& [view, key] : rows) {
        auto drift = drifts.find(view);
        if (drift == drifts.end())
            drift = drifts.insert(view, driftOf(view->account.id));
        const QString mark = driftKindId(drift->kindOf(key->id));
        any = any || !mark.isEmpty();
        marks.append(mark.isEmpty() ? u"-"_s : mark);
    }
    if (!any || table.size() != marks.size() + 1)
        return table;
    table[0].append(u"DRIFT"_s);
    for (qsizetype i = 0; i < marks.size(); ++i)
        table[i + 1].append(marks.at(i));
    return table;
}

} // namespace

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
    context.drift = m_controller.keyDrift(view.account.id);
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
    optionalString("drift"_L1, driftKindId(context.drift.kindOf(key.id)));
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
    std::list<AccountDrift> drifts; // the vanished keys the rows point to
    for (const QString& id : accountIds) {
        const AccountView* view = m_controller.account(id);
        if (!view || view->state != AppController::LoadState::Ok)
            continue;
        // A provider this build lacks reports no last use.
        const Capabilities caps = view->capabilities ? *view->capabilities : Capabilities();
        KeyContext context = keyContext(*view);
        const auto list = [&](const ApiKey& key) {
            const DriftKind drift = context.drift.kindOf(key.id);
            if (!matches(filter, key, caps, now, context.policyDays, drift))
                return;
            if (onlyExpired && shownStatus(key, now) != KeyStatus::Expired)
                return;
            if (json)
                writeKeyJson(*json, context, key);
            else
                rows.append({view, &key});
        };
        for (const ApiKey& key : view->keys)
            list(key);
        // Keys deleted behind KeyWarden's back, as they were last listed, until acknowledged.
        const AccountDrift& drift = drifts.emplace_back(context.drift); // shared, not copied
        for (const ApiKey& ghost : drift.vanished)
            list(ghost);
    }
    if (json) {
        json->endArray();
        json->endLine();
        m_jsonPrinted = true;
        m_lastJsonIsError = false;
    } else if (rows.isEmpty()) {
        terminal::printNote(u"No keys match."_s);
    } else {
        terminal::printTable(withDriftColumn(
            keyTable(rows, accountIds.size() > 1), rows,
            [this](const QString& accountId) { return m_controller.keyDrift(accountId); }));
    }
}

} // namespace kw::cli

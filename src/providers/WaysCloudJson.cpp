#include "WaysCloudJson.h"

#include "JsonHelpers.h"
#include "core/Clock.h"
#include "core/IpAllowlist.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kw::wayscloud {

using namespace Qt::StringLiterals;

namespace {

using jsonio::boolField;
using jsonio::idField; // ids are strings in the API; a number is accepted too
using jsonio::json;
using jsonio::parse;
using jsonio::stringField;
using jsonio::timeField;
using jsonio::toQString;

QString tr(const char* text)
{
    return QCoreApplication::translate("kw::WaysCloudProvider", text);
}

void addService(QStringList& services, const QString& wireId)
{
    const QString id = normalisedService(wireId);
    if (!id.isEmpty() && !services.contains(id))
        services << id;
}

// Read the same from a parsed document (json) and from the fast reader (jsonio::FastValue).
template <typename Json> QStringList servicesOf(const Json& item)
{
    QStringList services;
    addService(services, stringField(item, "service"));
    const Json* scopes = jsonio::member(item, "scopes");
    if (scopes && scopes->is_array()) {
        for (const Json& scope : *scopes) {
            if (!scope.is_string())
                continue;
            const QString text = jsonio::stringValue(scope);
            addService(services, text.section(QLatin1Char(':'), 0, 0));
        }
    }
    return services;
}

template <typename Json> QStringList allowlistOf(const Json& item)
{
    QStringList raw;
    const Json* it = jsonio::member(item, "ip_whitelist");
    if (!it)
        return {};
    if (it->is_array()) {
        for (const Json& entry : *it) {
            if (entry.is_string())
                raw << jsonio::stringValue(entry);
        }
    } else if (it->is_string()) {
        static const QRegularExpression separators(u"[,\\s]+"_s);
        raw = jsonio::stringValue(*it).split(separators, Qt::SkipEmptyParts);
    }
    for (QString& entry : raw)
        entry = entry.trimmed();
    raw.removeAll(QString());
    if (raw.isEmpty())
        return raw;
    const IpAllowlist allowlist = IpAllowlist::fromEntries(raw);
    return allowlist.isValid() ? allowlist.entries() : raw; // show what the server holds
}

template <typename Json, typename Memo>
ApiKey keyFrom(const Json& item, const QString& id, Memo& memo)
{
    ApiKey key;
    key.id = id;
    key.description = memo.stringField(item, "description");
    key.name = stringField(item, "name");
    if (key.name.isEmpty())
        key.name = key.description;
    key.prefix = stringField(item, "key_prefix");
    key.kind = memo.stringField(item, "key_type");
    key.services = memo.list(0, jsonio::member(item, "service"), jsonio::member(item, "scopes"),
                             [&] { return servicesOf(item); });
    key.ipAllowlist = memo.list(1, jsonio::member(item, "ip_whitelist"), nullptr,
                                [&] { return allowlistOf(item); });
    key.created = timeField(item, "created_at").value_or(QDateTime());
    key.lastUsed = timeField(item, "last_used_at");
    key.expires = timeField(item, "expires_at");
    if (const std::optional<bool> active = boolField(item, "is_active"))
        key.status = *active ? KeyStatus::Active : KeyStatus::Disabled;
    return key;
}

// "loc": ["body", "ip_whitelist", 2] → "ip_whitelist[2]"
QString fieldPath(const json& loc)
{
    QString path;
    bool first = true;
    for (const json& part : loc) {
        if (part.is_string()) {
            const QString name = toQString(part.get_ref<const std::string&>());
            const bool where =
                name == u"body" || name == u"query" || name == u"path" || name == u"header";
            if (first && where) {
                first = false;
                continue;
            }
            if (!path.isEmpty())
                path += QLatin1Char('.');
            path += name;
        } else if (part.is_number_integer()) {
            path += u'[' + QString::number(part.get<qint64>()) + u']';
        }
        first = false;
    }
    return path;
}

QString messageOf(const json& value)
{
    if (value.is_string())
        return toQString(value.get_ref<const std::string&>()).trimmed();
    if (value.is_object()) {
        for (const char* name : {"message", "msg", "detail", "error"}) {
            const auto it = value.find(name);
            if (it != value.end() && it->is_string())
                return toQString(it->get_ref<const std::string&>()).trimmed();
        }
    }
    return {};
}

} // namespace

QString normalisedService(const QString& wireId)
{
    const QString id = wireId.trimmed().toLower();
    if (id == u"llm-api" || id == u"llm_api")
        return u"llm"_s;
    return id;
}

QStringList knownServices()
{
    return {u"storage"_s, u"llm"_s, u"database"_s, u"dns"_s, u"gpu"_s};
}

QDateTime parseTimestamp(const QString& text)
{
    return jsonio::parseTimestamp(text);
}

std::optional<QList<ApiKey>> parseKeyList(const QByteArray& body, QString* error)
{
    jsonio::KeyListFormat format;
    format.provider = u"WAYSCloud"_s;
    format.idName = tr("id");
    format.idOf = [](const json& item) { return idField(item); };
    format.keyOf = [](const json& item, const QString& id) {
        jsonio::NoMemo memo;
        return keyFrom(item, id, memo);
    };
    format.fast.topLevelArray = true;
    format.fast.listFields = {"api_keys", "keys", "items", "data"};
    format.fast.idOf = [](const jsonio::FastValue& item) { return idField(item); };
    format.fast.keyOf = &keyFrom<jsonio::FastValue, jsonio::FastMemo>;
    format.findItems = [](json& document, QString* shapeError) -> const json* {
        if (document.is_object()) { // tolerate a wrapped list
            for (const char* name : {"api_keys", "keys", "items", "data"}) {
                const auto it = document.find(name);
                if (it != document.end() && it->is_array())
                    return &*it;
            }
        }
        if (document.is_array())
            return &document;
        *shapeError = document.is_discarded() ? tr("The key list from WAYSCloud is not valid JSON.")
                                              : tr("The key list from WAYSCloud is not a list.");
        return nullptr;
    };
    format.unreadable = tr("The key list from WAYSCloud could not be read: %1");
    return jsonio::parseKeyListBody(body, format, error);
}

bool createsServiceKey(const KeySpec& spec)
{
    return spec.services.size() == 1;
}

QByteArray createKeyBody(const KeySpec& spec)
{
    json body = json::object();
    body["name"] = spec.name.trimmed().toStdString();
    body["description"] = spec.description.trimmed().toStdString();
    if (createsServiceKey(spec)) {
        body["service"] = normalisedService(spec.services.first()).toStdString();
    } else {
        json scopes = json::array();
        for (const QString& service : spec.services) {
            const std::string id = normalisedService(service).toStdString();
            scopes.push_back(id + ":read");
            scopes.push_back(id + ":write");
        }
        body["scopes"] = std::move(scopes);
    }
    json allowlist = json::array();
    for (const QString& entry : spec.ipAllowlist)
        allowlist.push_back(entry.toStdString());
    body["ip_whitelist"] = std::move(allowlist);
    return QByteArray::fromStdString(body.dump());
}

std::optional<CreatedKey> parseCreatedKey(const QByteArray& body, const KeySpec& spec,
                                          QString* error)
{
    jsonio::CreatedKeyFormat format;
    format.secretField = "key";
    format.notObject = tr("The answer to the create request is not a JSON object.");
    format.noSecret = tr("The answer to the create request holds no key.");
    format.unreadable = tr("The answer to the create request could not be read: %1");
    format.fill = [&spec](json& document, CreatedKey& created) {
        // A secret without an id is still the only copy of it: it is handed over with an empty
        // id, which the caller looks up.
        jsonio::NoMemo memo;
        created.key = keyFrom(document, idField(document), memo);
        if (created.key.name.isEmpty() || document.find("name") == document.end())
            created.key.name = spec.name.trimmed();
        if (created.key.description.isEmpty())
            created.key.description = spec.description.trimmed();
        if (created.key.services.isEmpty()) {
            for (const QString& service : spec.services)
                addService(created.key.services, service);
        }
        if (document.find("ip_whitelist") == document.end())
            created.key.ipAllowlist = spec.ipAllowlist;
        if (!created.key.created.isValid())
            created.key.created = Clock::app().nowUtc();
        if (created.key.kind.isEmpty())
            created.key.kind = createsServiceKey(spec) ? u"service"_s : u"pat"_s;
        if (created.key.prefix.isEmpty()) {
            // wayscloud_<svc>_<prefix>_<secret>: everything before the last part is public.
            const QByteArrayView whole = created.secret.view();
            const qsizetype cut = whole.lastIndexOf('_');
            if (cut > 0)
                created.key.prefix = QString::fromUtf8(whole.first(cut));
        }
        created.warning = stringField(document, "warning");
    };
    return jsonio::parseCreatedKeyBody(body, format, error);
}

QString parseErrorBody(const QByteArray& body, QString* detail)
{
    try {
        const json document = parse(body);
        if (!document.is_object())
            return {};
        const auto detailField = document.find("detail");
        if (detailField != document.end()) {
            if (detailField->is_array()) {
                QStringList problems;
                for (const json& item : *detailField) {
                    const QString message = messageOf(item);
                    if (message.isEmpty())
                        continue;
                    const auto loc = item.is_object() ? item.find("loc") : item.end();
                    const QString field =
                        (loc != item.end() && loc->is_array()) ? fieldPath(*loc) : QString();
                    problems << (field.isEmpty() ? message : field + u": " + message);
                }
                if (!problems.isEmpty())
                    return problems.join(u"; ");
            } else if (const QString message = messageOf(*detailField); !message.isEmpty()) {
                return message;
            }
        }
        for (const char* name : {"error", "message"}) {
            const auto it = document.find(name);
            if (it == document.end())
                continue;
            if (const QString message = messageOf(*it); !message.isEmpty()) {
                if (detail && name == std::string_view("error")) {
                    const QString more = stringField(document, "message");
                    if (!more.isEmpty() && more != message)
                        *detail = more;
                }
                return message;
            }
        }
        return {};
    } catch (const std::exception&) {
        return {};
    }
}

} // namespace kw::wayscloud

#include "sandbox/wayscloud/WaysCloudKeyRequest.h"

#include <QSet>

namespace kw::sandbox {

namespace {

using nlohmann::json;
using namespace Qt::StringLiterals;

constexpr int maxNameLength = 100;
constexpr int maxDescriptionLength = 500;
const char* const serviceChoices = "'storage', 'llm', 'database', 'dns' or 'gpu'";

QString toQString(const json& value)
{
    return QString::fromStdString(value.get<std::string>());
}

qsizetype codePoints(const QString& text)
{
    return text.toUcs4().size();
}

class Validator
{
public:
    explicit Validator(json& errors) : m_errors(errors) {}

    void fail(json loc, const std::string& msg, const std::string& type,
              const json& input = nullptr)
    {
        json error{{"loc", std::move(loc)}, {"msg", msg}, {"type", type}};
        if (!input.is_null())
            error["input"] = input;
        m_errors.push_back(std::move(error));
    }

    std::optional<QString> name(const json& body)
    {
        const json loc{"body", "name"};
        if (!body.contains("name")) {
            fail(loc, "Field required", "missing");
            return std::nullopt;
        }
        const json& value = body["name"];
        if (!value.is_string()) {
            fail(loc, "Input should be a valid string", "string_type", value);
            return std::nullopt;
        }
        const QString trimmed = toQString(value).trimmed();
        if (trimmed.isEmpty()) {
            fail(loc, "String should have at least 1 character", "string_too_short", value);
            return std::nullopt;
        }
        if (codePoints(trimmed) > maxNameLength) {
            fail(loc, "String should have at most 100 characters", "string_too_long", value);
            return std::nullopt;
        }
        return trimmed;
    }

    // Ok: nullopt (absent or null) or the text; false in *valid on a bad value.
    std::optional<QString> description(const json& body, bool* valid)
    {
        *valid = true;
        if (!body.contains("description") || body["description"].is_null())
            return std::nullopt;
        const json& value = body["description"];
        const json loc{"body", "description"};
        if (!value.is_string()) {
            fail(loc, "Input should be a valid string", "string_type", value);
            *valid = false;
            return std::nullopt;
        }
        const QString text = toQString(value);
        if (codePoints(text) > maxDescriptionLength) {
            fail(loc, "String should have at most 500 characters", "string_too_long", value);
            *valid = false;
            return std::nullopt;
        }
        return text;
    }

    bool ipWhitelist(const json& body, KeyRequest* request)
    {
        if (!body.contains("ip_whitelist") || body["ip_whitelist"].is_null())
            return true;
        const json& value = body["ip_whitelist"];
        if (!value.is_array()) {
            fail(json{"body", "ip_whitelist"}, "Input should be a valid list", "list_type", value);
            return false;
        }
        bool valid = true;
        QHash<QString, QString> seen; // canonical network -> the entry that named it first
        for (std::size_t i = 0; i < value.size(); ++i) {
            const json& item = value[i];
            const json loc{"body", "ip_whitelist", i};
            if (!item.is_string()) {
                fail(loc, "Input should be a valid string", "string_type", item);
                valid = false;
                continue;
            }
            const QString entry = toQString(item);
            QString reason;
            const std::optional<WaysCloudIpNetwork> network =
                WaysCloudIpNetwork::parse(entry, &reason);
            if (!network) {
                fail(loc,
                     u"Value error, '%1' is not a valid IP address or network: %2"_s
                         .arg(entry, reason)
                         .toStdString(),
                     "value_error", item);
                valid = false;
                continue;
            }
            const QString canonical = network->canonical();
            if (seen.contains(canonical)) {
                fail(loc,
                     u"Value error, duplicate entry '%1' (same network as '%2')"_s
                         .arg(entry, seen.value(canonical))
                         .toStdString(),
                     "value_error", item);
                valid = false;
                continue;
            }
            seen.insert(canonical, entry);
            request->ipWhitelistText.append(entry);
            request->ipWhitelist.append(*network);
        }
        return valid;
    }

private:
    json& m_errors;
};

// The body as a JSON object, or the 422 errors when it is not one.
std::optional<json> objectBody(const QByteArray& body, json& errors)
{
    Validator validator(errors);
    if (body.trimmed().isEmpty()) {
        validator.fail(json{"body"}, "Field required", "missing");
        return std::nullopt;
    }
    json parsed = json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (parsed.is_discarded()) {
        validator.fail(json{"body", 0}, "JSON decode error", "json_invalid");
        return std::nullopt;
    }
    if (!parsed.is_object()) {
        validator.fail(json{"body"},
                       "Input should be a valid dictionary or object to extract fields from",
                       "model_attributes_type", parsed);
        return std::nullopt;
    }
    return parsed;
}

// The fields both kinds of key share (name, description, ip_whitelist) around those of the
// kind, which `readKind` reads into the request (false: one of them is wrong).
template <typename ReadKind>
ParsedKeyRequest parseKeyRequest(const QByteArray& body, ReadKind readKind)
{
    ParsedKeyRequest result;
    const std::optional<json> object = objectBody(body, result.errors);
    if (!object)
        return result;
    Validator validator(result.errors);
    KeyRequest request;

    const std::optional<QString> name = validator.name(*object);
    bool descriptionValid = true;
    request.description = validator.description(*object, &descriptionValid);
    const bool kindValid = readKind(validator, *object, request);
    const bool whitelistValid = validator.ipWhitelist(*object, &request);
    if (!name || !descriptionValid || !kindValid || !whitelistValid)
        return result;
    request.name = *name;
    result.request = std::move(request);
    return result;
}

// "service" (or the guide's "service_name").
std::optional<Service> readService(Validator& validator, const json& object)
{
    const char* serviceField =
        object.contains("service") || !object.contains("service_name") ? "service" : "service_name";
    const json serviceLoc{"body", serviceField};
    if (!object.contains(serviceField)) {
        validator.fail(serviceLoc, "Field required", "missing");
    } else if (const json& value = object[serviceField]; !value.is_string()) {
        validator.fail(serviceLoc, "Input should be a valid string", "string_type", value);
    } else if (const std::optional<Service> service = serviceFromId(toQString(value))) {
        return service;
    } else {
        validator.fail(serviceLoc, std::string("Input should be ") + serviceChoices,
                       "literal_error", value);
    }
    return std::nullopt;
}

// The guide's "permissions": ["read", "write"] (absent: both). False when it is wrong.
bool readPermissions(Validator& validator, const json& object, bool* read, bool* write)
{
    *read = *write = true;
    if (!object.contains("permissions") || object["permissions"].is_null())
        return true;
    const json& permissions = object["permissions"];
    if (!permissions.is_array() || permissions.empty()) {
        validator.fail(json{"body", "permissions"},
                       "Input should be a non-empty list of 'read' and 'write'", "list_type",
                       permissions);
        return false;
    }
    bool valid = true;
    *read = *write = false;
    for (std::size_t i = 0; i < permissions.size(); ++i) {
        const json& item = permissions[i];
        if (item == "read") {
            *read = true;
        } else if (item == "write") {
            *write = true;
        } else {
            validator.fail(json{"body", "permissions", i}, "Input should be 'read' or 'write'",
                           "literal_error", item);
            valid = false;
        }
    }
    return valid;
}

// A PAT's "scopes": ["<service>:read|write", …], without repeats. False when it is wrong.
bool readScopes(Validator& validator, const json& object, KeyRequest& request)
{
    const json scopesLoc{"body", "scopes"};
    if (!object.contains("scopes")) {
        validator.fail(scopesLoc, "Field required", "missing");
        return false;
    }
    const json& scopes = object["scopes"];
    if (!scopes.is_array()) {
        validator.fail(scopesLoc, "Input should be a valid list", "list_type", scopes);
        return false;
    }
    if (scopes.empty()) {
        validator.fail(scopesLoc, "List should have at least 1 item after validation, not 0",
                       "too_short", scopes);
        return false;
    }
    bool valid = true;
    for (std::size_t i = 0; i < scopes.size(); ++i) {
        const json& item = scopes[i];
        const QString text = item.is_string() ? toQString(item) : QString();
        const QStringList parts = text.split(u':');
        const std::optional<Service> service =
            parts.size() == 2 ? serviceFromId(parts[0]) : std::nullopt;
        const bool permissionKnown =
            parts.size() == 2 && (parts[1] == u"read"_s || parts[1] == u"write"_s);
        if (!service || !permissionKnown) {
            validator.fail(json{"body", "scopes", i},
                           u"Value error, invalid scope '%1': expected '<service>:read' or "
                           u"'<service>:write' with service one of storage, llm, database, "
                           u"dns, gpu"_s.arg(text)
                               .toStdString(),
                           "value_error", item);
            valid = false;
            continue;
        }
        const Scope scope{*service, parts[1] == u"write"_s};
        if (!request.scopes.contains(scope))
            request.scopes.append(scope);
    }
    return valid;
}

} // namespace

ParsedKeyRequest parseServiceKeyRequest(const QByteArray& body)
{
    return parseKeyRequest(body, [](Validator& validator, const json& object, KeyRequest& request) {
        request.service = readService(validator, object);
        bool read = true;
        bool write = true;
        const bool permissionsValid = readPermissions(validator, object, &read, &write);
        if (!request.service || !permissionsValid)
            return false;
        if (read)
            request.scopes.append(Scope{*request.service, false});
        if (write)
            request.scopes.append(Scope{*request.service, true});
        return true;
    });
}

ParsedKeyRequest parsePatRequest(const QByteArray& body)
{
    return parseKeyRequest(body, readScopes);
}

} // namespace kw::sandbox

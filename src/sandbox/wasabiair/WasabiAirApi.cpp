#include "sandbox/wasabiair/WasabiAirApi.h"

namespace kw::sandbox {

namespace {

using nlohmann::json;
using namespace Qt::StringLiterals;

const QString keysPath = u"/api/data/api-keys"_s;

HttpResponse unauthorized(const QString& message)
{
    return WasabiAirApi::error(401, message).withHeader("WWW-Authenticate", "Bearer");
}

HttpResponse methodNotAllowed(QByteArray allow)
{
    return WasabiAirApi::error(405, u"method not allowed"_s).withHeader("Allow", std::move(allow));
}

// A JSON object body, or the 400 to answer instead.
struct ObjectBody
{
    json object;
    std::optional<HttpResponse> refusal;
};

ObjectBody parseObject(const QByteArray& body, bool emptyIsObject)
{
    if (body.trimmed().isEmpty() && emptyIsObject)
        return {json::object(), std::nullopt};
    json value = json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (value.is_discarded())
        return {json(), WasabiAirApi::error(400, u"request body is not valid JSON"_s)};
    if (!value.is_object())
        return {json(), WasabiAirApi::error(400, u"request body must be a JSON object"_s)};
    return {std::move(value), std::nullopt};
}

// A name as sent, checked; nullopt with *refusal set when it is not acceptable.
std::optional<QString> readName(const json& value, std::optional<HttpResponse>* refusal)
{
    if (!value.is_string()) {
        *refusal = WasabiAirApi::error(400, u"name must be a string"_s);
        return std::nullopt;
    }
    const QString name = QString::fromStdString(value.get<std::string>()).trimmed();
    if (name.toUcs4().size() > WasabiAirApi::maxNameLength) {
        *refusal = WasabiAirApi::error(
            400, u"name must be at most %1 characters"_s.arg(WasabiAirApi::maxNameLength));
        return std::nullopt;
    }
    return name;
}

} // namespace

WasabiAirApi::WasabiAirApi(WasabiAirAccount& account, const kw::Clock& clock)
    : m_account(account), m_clock(clock)
{}

HttpResponse WasabiAirApi::error(int status, const QString& message)
{
    return HttpResponse::json(status, json{{"error", message.toStdString()}});
}

HttpResponse WasabiAirApi::handle(const HttpRequest& request)
{
    const QString& path = request.path;
    const QByteArray& method = request.method;
    const bool collection = path == keysPath || path == keysPath + u'/';
    const bool item = !collection && path.startsWith(keysPath + u'/') &&
                      !path.mid(keysPath.size() + 1).contains(u'/');
    if (!collection && !item)
        return error(404, u"not found"_s);

    if (collection && method != "GET" && method != "POST")
        return methodNotAllowed("GET, POST");
    if (item && method != "PATCH" && method != "DELETE")
        return methodNotAllowed("PATCH, DELETE");

    if (collection && method == "POST")
        ++m_createRequests;
    if (std::optional<HttpResponse> refusal = refuse(request))
        return *refusal;

    if (collection)
        return method == "GET" ? listKeys() : createKey(request);
    const QString id = path.mid(keysPath.size() + 1);
    return method == "PATCH" ? updateKey(request, id) : deleteKey(id);
}

std::optional<HttpResponse> WasabiAirApi::refuse(const HttpRequest& request) const
{
    if (!request.hasHeader("Authorization"))
        return unauthorized(u"missing Authorization header"_s);
    const QByteArray value = request.header("Authorization");
    if (!value.startsWith("Bearer ") || value.size() == 7)
        return unauthorized(u"Authorization header must be 'Bearer <API key>'"_s);

    const QByteArrayView token = QByteArrayView(value).sliced(7);
    const std::optional<AirClaims> claims = m_account.signer().verify(token);
    if (!claims || claims->subject != m_account.userId())
        return unauthorized(u"invalid API key"_s);
    // The signature is ours, so an unknown id is a key that was deleted.
    const AirKey* key = m_account.find(claims->keyId);
    if (!key || key->jwt.view() != token)
        return unauthorized(u"API key has been deleted"_s);
    if (!key->active)
        return unauthorized(u"API key is disabled"_s);
    return std::nullopt;
}

json WasabiAirApi::keyToJson(const AirKey& key) const
{
    json object{
        {"id", key.id.toStdString()},
        {"jwt", std::string(key.jwt.view().data(), std::size_t(key.jwt.view().size()))},
        {"active", key.active},
        {"user_id", m_account.userId().toStdString()},
        {"created_at", airTimestamp(key.createdAtUs).toStdString()},
        {"updated_at", airTimestamp(key.updatedAtUs).toStdString()},
    };
    if (m_listsNames)
        object["name"] = key.name.toStdString();
    return object;
}

HttpResponse WasabiAirApi::listKeys() const
{
    json keys = json::array();
    for (const AirKey* key : m_account.keys())
        keys.push_back(keyToJson(*key));
    return HttpResponse::json(200, json{{"api-keys", std::move(keys)}});
}

HttpResponse WasabiAirApi::createKey(const HttpRequest& request)
{
    const ObjectBody body = parseObject(request.body, true);
    if (body.refusal)
        return *body.refusal;
    QString name;
    if (const auto it = body.object.find("name"); it != body.object.end() && !it->is_null()) {
        std::optional<HttpResponse> refusal;
        const std::optional<QString> sent = readName(*it, &refusal);
        if (!sent)
            return *refusal;
        name = *sent; // empty: the server's default, as when absent
    }
    return HttpResponse::json(201, keyToJson(m_account.create(name, airNowUs(m_clock))));
}

HttpResponse WasabiAirApi::updateKey(const HttpRequest& request, const QString& id)
{
    if (!m_account.find(id))
        return error(404, u"api key not found"_s);
    const ObjectBody body = parseObject(request.body, false);
    if (body.refusal)
        return *body.refusal;

    std::optional<QString> name;
    std::optional<bool> active;
    if (const auto it = body.object.find("name"); it != body.object.end()) {
        std::optional<HttpResponse> refusal;
        name = readName(*it, &refusal);
        if (!name)
            return *refusal;
        if (name->isEmpty())
            return error(400, u"name must not be empty"_s);
    }
    if (const auto it = body.object.find("active"); it != body.object.end()) {
        if (!it->is_boolean())
            return error(400, u"active must be true or false"_s);
        active = it->get<bool>();
    }
    if (!name && !active)
        return error(400, u"nothing to update: send name and/or active"_s);

    // Both are checked before either is applied, so a refused request changes nothing.
    m_account.update(id, name, active, airNowUs(m_clock));
    return HttpResponse::json(200, keyToJson(*m_account.find(id)));
}

HttpResponse WasabiAirApi::deleteKey(const QString& id)
{
    if (!m_account.remove(id))
        return error(404, u"api key not found"_s);
    return HttpResponse::json(200, json{{"ok", true}});
}

} // namespace kw::sandbox

#include "sandbox/wayscloud/WaysCloudApi.h"

#include "sandbox/wayscloud/WaysCloudKeyRequest.h"

#include <QRegularExpression>

namespace kw::sandbox {

namespace {

using nlohmann::json;
using namespace Qt::StringLiterals;

const QString accountKeysPath = u"/v1/account/api-keys"_s;

HttpResponse unauthorized(const QString& detail)
{
    return HttpResponse::detail(401, detail).withHeader("WWW-Authenticate", "Bearer");
}

HttpResponse methodNotAllowed(QByteArray allow)
{
    return HttpResponse::detail(405, u"Method Not Allowed"_s).withHeader("Allow", std::move(allow));
}

json timestamp(const std::optional<QDateTime>& when)
{
    if (!when)
        return nullptr;
    return when->toUTC().toString(Qt::ISODate).toStdString();
}

json toJson(const QStringList& list)
{
    json array = json::array();
    for (const QString& item : list)
        array.push_back(item.toStdString());
    return array;
}

json keyToJson(const StoredKey& key)
{
    json scopes = json::array();
    for (const Scope& scope : key.scopes)
        scopes.push_back(scopeWireText(scope).toStdString());
    return json{
        {"id", key.id.toStdString()},
        {"name", key.name.toStdString()},
        {"key_prefix", key.keyPrefix.toStdString()},
        {"key_type", key.isPat() ? "pat" : "service"},
        {"service", key.service ? json(serviceWireId(*key.service).toStdString()) : json()},
        {"scopes", std::move(scopes)},
        {"description", key.description ? json(key.description->toStdString()) : json()},
        {"ip_whitelist", toJson(key.ipWhitelistText)},
        {"is_active", key.active},
        {"created_at", timestamp(key.createdAt)},
        {"last_used_at", timestamp(key.lastUsedAt)},
    };
}

QString peerText(const QHostAddress& peer)
{
    bool mapped = false;
    const quint32 ipv4 = peer.toIPv4Address(&mapped);
    return mapped ? QHostAddress(ipv4).toString() : peer.toString();
}

json verifyBody(Service service)
{
    switch (service) {
    case Service::Storage:
        return json{{"buckets", json::array()}};
    case Service::Llm:
        return json{
            {"object", "list"},
            {"data", json::array({json{{"id", "sandbox-llm-small"}, {"object", "model"}}})}};
    case Service::Database:
        return json{{"databases", json::array()}};
    case Service::Dns:
        return json{{"zones", json::array()}};
    case Service::Gpu:
        return json{{"jobs", json::array()}};
    }
    return json::object();
}

} // namespace

WaysCloudApi::WaysCloudApi(WaysCloudAccount& account, const kw::Clock& clock)
    : m_account(account), m_clock(clock)
{}

HttpResponse WaysCloudApi::handle(const HttpRequest& request)
{
    const QString& path = request.path;
    const QByteArray& method = request.method;

    if (path == accountKeysPath)
        return method == "GET" ? listKeys(request) : methodNotAllowed("GET");

    if (path.startsWith(accountKeysPath + u'/')) {
        const QString rest = path.mid(accountKeysPath.size() + 1);
        if (rest.contains(u'/'))
            return HttpResponse::detail(404, u"Not Found"_s);
        const bool createPath = rest == u"service"_s || rest == u"pat"_s;
        if (createPath && method == "POST")
            return createKey(request, rest == u"pat"_s);
        if (method == "DELETE")
            return revokeKey(request, rest);
        return methodNotAllowed(createPath ? "POST, DELETE" : "DELETE");
    }

    static const QRegularExpression servicePath(u"^/v1/([a-z-]+)/?$"_s);
    const QRegularExpressionMatch match = servicePath.match(path);
    if (match.hasMatch() && match.captured(1) != u"account"_s) {
        if (const std::optional<Service> service = serviceFromId(match.captured(1)))
            return method == "GET" ? verify(request, *service, match.captured(1))
                                   : methodNotAllowed("GET");
    }
    return HttpResponse::detail(404, u"Not Found"_s);
}

WaysCloudApi::Caller WaysCloudApi::authenticate(const HttpRequest& request,
                                                bool needsAccountScope) const
{
    QByteArray token;
    if (request.hasHeader("Authorization")) {
        const QByteArray value = request.header("Authorization");
        if (value.startsWith("Bearer ")) {
            token = value.mid(7);
            if (token.isEmpty())
                return {nullptr, unauthorized(u"Missing API key after 'Bearer '"_s)};
            if (token != token.trimmed())
                return {nullptr, unauthorized(u"Malformed Authorization header: use exactly one "
                                              u"space between 'Bearer' and the API key"_s)};
        } else if (value.size() >= 6 && value.left(6).compare("bearer", Qt::CaseInsensitive) == 0) {
            return {nullptr,
                    unauthorized(u"Invalid authorization scheme: it is case-sensitive, use "
                                 u"'Authorization: Bearer <api key>' (not '%1')"_s.arg(
                                     QString::fromLatin1(value.left(6))))};
        } else if (value.startsWith("wayscloud_")) {
            return {nullptr, unauthorized(u"Missing 'Bearer ' prefix: use 'Authorization: "
                                          u"Bearer <api key>'"_s)};
        } else {
            return {nullptr, unauthorized(u"Unsupported authorization scheme: use "
                                          u"'Authorization: Bearer <api key>' or the X-API-Key "
                                          u"header"_s)};
        }
    } else if (request.hasHeader("X-API-Key")) {
        token = request.header("X-API-Key");
    }
    if (token.isEmpty())
        return {nullptr, unauthorized(u"Not authenticated"_s)};

    static const QRegularExpression format(u"^wayscloud_[a-z]+_[A-Za-z0-9]{10}_[A-Za-z0-9]{56}$"_s);
    if (!format.match(QString::fromLatin1(token)).hasMatch())
        return {nullptr, unauthorized(u"Invalid API key format: expected "
                                      u"wayscloud_<service>_<prefix>_<secret>"_s)};
    const StoredKey* key = m_account.findByToken(token);
    if (!key)
        return {nullptr, unauthorized(u"Invalid API key"_s)};
    if (!key->active)
        return {nullptr, unauthorized(u"API key has been revoked"_s)};

    if (!key->whitelist.allows(request.peer))
        return {nullptr,
                HttpResponse::detail(403, u"IP address %1 is not whitelisted for this key"_s.arg(
                                              peerText(request.peer)))};
    if (needsAccountScope && !key->accountScope)
        return {nullptr, HttpResponse::detail(403, u"This endpoint requires a personal access "
                                                   u"token with account access"_s)};
    return {key, std::nullopt};
}

HttpResponse WaysCloudApi::listKeys(const HttpRequest& request)
{
    if (Caller caller = authenticate(request, true); caller.refusal)
        return *caller.refusal;
    json keys = json::array();
    for (const StoredKey* key : m_account.activeKeys())
        keys.push_back(keyToJson(*key));
    return HttpResponse::json(200, keys);
}

HttpResponse WaysCloudApi::createKey(const HttpRequest& request, bool pat)
{
    ++m_createRequests;
    if (Caller caller = authenticate(request, true); caller.refusal)
        return *caller.refusal;

    ParsedKeyRequest parsed =
        pat ? parsePatRequest(request.body) : parseServiceKeyRequest(request.body);
    if (!parsed.request)
        return HttpResponse::json(422, json{{"detail", parsed.errors}});
    if (m_account.activeCount() >= WaysCloudAccount::keyLimit)
        return HttpResponse::detail(409, u"API key limit reached (50 keys per account)"_s);

    WaysCloudAccount::Issued issued = m_account.issue(*parsed.request, m_clock.nowUtc());
    HttpResponse response =
        HttpResponse::json(201, json{
                                    {"id", issued.key->id.toStdString()},
                                    {"key", issued.token.toStdString()},
                                    {"key_prefix", issued.key->keyPrefix.toStdString()},
                                    {"key_type", issued.key->isPat() ? "pat" : "service"},
                                    {"name", issued.key->name.toStdString()},
                                    {"warning", "Store this key now: it will not be shown again."},
                                });
    issued.token.fill('\0');
    return response;
}

HttpResponse WaysCloudApi::revokeKey(const HttpRequest& request, const QString& id)
{
    if (Caller caller = authenticate(request, true); caller.refusal)
        return *caller.refusal;
    if (!m_account.revoke(id))
        return HttpResponse::detail(404, u"API key not found"_s);
    return HttpResponse::empty(204);
}

HttpResponse WaysCloudApi::verify(const HttpRequest& request, Service service,
                                  const QString& pathName)
{
    const Caller caller = authenticate(request, false);
    if (caller.refusal)
        return *caller.refusal;
    if (!caller.key->hasAnyScope(service))
        return HttpResponse::detail(403,
                                    u"API key is not enabled for the %1 service"_s.arg(pathName));
    if (!caller.key->hasScope(service, false))
        return HttpResponse::detail(
            403, u"API key does not have the %1 scope"_s.arg(scopeWireText(Scope{service, false})));
    m_account.markUsed(caller.key->id, m_clock.nowUtc());
    return HttpResponse::json(200, verifyBody(service));
}

} // namespace kw::sandbox

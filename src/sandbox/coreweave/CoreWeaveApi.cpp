#include "sandbox/coreweave/CoreWeaveApi.h"

#include "sandbox/SandboxCrypto.h"

#include <QRegularExpression>
#include <cmath>
#include <initializer_list>
#include <utility>

namespace kw::sandbox {

namespace {

using nlohmann::json;
using namespace Qt::StringLiterals;

const QString keysPath = u"/v1/cwobject/access-key"_s;
const QString revokeKeyPath = u"/v1/cwobject/revoke-access-key/access-key"_s;
const QString revokePrincipalPath = u"/v1/cwobject/revoke-access-key/principal"_s;
const QString statusPath = u"/v1/cwobject/access-key-status"_s;
const char* const permanentExpiry = "1970-01-01T00:00:00Z";

// gRPC status codes (google.rpc.Code).
enum GrpcCode
{
    Unknown = 2,
    InvalidArgument = 3,
    DeadlineExceeded = 4,
    NotFound = 5,
    AlreadyExists = 6,
    PermissionDenied = 7,
    ResourceExhausted = 8,
    Unimplemented = 12,
    Internal = 13,
    Unavailable = 14,
    Unauthenticated = 16,
};

int grpcCodeFor(int httpStatus)
{
    switch (httpStatus) {
    case 400:
    case 422:
        return InvalidArgument;
    case 401:
        return Unauthenticated;
    case 403:
        return PermissionDenied;
    case 404:
        return NotFound;
    case 405:
        return Unimplemented;
    case 409:
        return AlreadyExists;
    case 429:
        return ResourceExhausted;
    case 500:
        return Internal;
    case 503:
        return Unavailable;
    case 504:
        return DeadlineExceeded;
    default:
        return Unknown;
    }
}

HttpResponse invalidArgument(const QString& message)
{
    return CoreWeaveApi::error(400, message);
}

HttpResponse methodNotAllowed(QByteArray allow)
{
    return CoreWeaveApi::error(405, u"Method Not Allowed"_s).withHeader("Allow", std::move(allow));
}

// A piece of client input quoted in an error message: short, and never more than a line.
QString quoted(const std::string& text)
{
    QString value = QString::fromStdString(text).simplified();
    if (value.size() > 40)
        value = value.left(40) + u"…"_s;
    return u"\""_s + value + u"\""_s;
}

json expiryToJson(const CoreWeaveAccessKey& key)
{
    if (!key.expiry)
        return permanentExpiry;
    return key.expiry->toUTC().toString(Qt::ISODate).toStdString();
}

json attributesToJson(const QMap<QString, QString>& attributes)
{
    json object = json::object();
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        object[it.key().toStdString()] = it.value().toStdString();
    return object;
}

json infoToJson(const CoreWeaveAccessKey& key, const QString& orgId)
{
    return json{
        {"accessKeyId", key.accessKeyId.toStdString()},
        {"status", coreWeaveStatusWireName(key.status).toStdString()},
        {"principalName", key.principalName.toStdString()},
        {"attributes", attributesToJson(key.attributes)},
        {"expiry", expiryToJson(key)},
        {"orgId", orgId.toStdString()},
        {"multiAttributes", json::object()},
    };
}

// The request body as a JSON object ({} when empty), or the 400 to send.
std::optional<HttpResponse> parseBody(const HttpRequest& request, json& body)
{
    if (request.body.trimmed().isEmpty()) {
        body = json::object();
        return std::nullopt;
    }
    body = json::parse(request.body.constBegin(), request.body.constEnd(), nullptr, false);
    if (body.is_discarded())
        return invalidArgument(u"invalid request body: not valid JSON"_s);
    if (!body.is_object())
        return invalidArgument(u"invalid request body: expected a JSON object"_s);
    return std::nullopt;
}

// A required non-empty string field, or the 400 to send.
std::optional<HttpResponse> readRequiredString(const json& body, const char* field, QString& out)
{
    const auto it = body.find(field);
    const QString name = QString::fromLatin1(field);
    if (it == body.end() || it->is_null())
        return invalidArgument(u"%1 is required"_s.arg(name));
    if (!it->is_string())
        return invalidArgument(u"invalid value for %1: expected a string"_s.arg(name));
    out = QString::fromStdString(it->get<std::string>());
    if (out.isEmpty())
        return invalidArgument(u"%1 must not be empty"_s.arg(name));
    return std::nullopt;
}

// The body's required string fields, read in order into their QStrings, or the 400 to send.
std::optional<HttpResponse>
readRequiredStrings(const HttpRequest& request,
                    std::initializer_list<std::pair<const char*, QString*>> fields)
{
    json body;
    if (auto refusal = parseBody(request, body))
        return refusal;
    for (const auto& [field, out] : fields) {
        if (auto refusal = readRequiredString(body, field, *out))
            return refusal;
    }
    return std::nullopt;
}

HttpResponse noKeysForPrincipal(const QString& principalName)
{
    return CoreWeaveApi::error(
        404, u"no access keys found for principal %1"_s.arg(quoted(principalName.toStdString())));
}

// durationSeconds: a whole number of seconds, 0 (permanent) to 43200.
std::optional<HttpResponse> readDuration(const json& body, qint64& out)
{
    const auto it = body.find("durationSeconds");
    if (it == body.end() || it->is_null())
        return invalidArgument(
            u"durationSeconds is required: 0 for a permanent key, or 1 to "
            u"%1 seconds for a temporary one"_s.arg(CoreWeaveAccessKeys::maxDurationSeconds));
    const auto outOfRange = [](const QString& value) {
        return invalidArgument(
            u"invalid value for durationSeconds: %1 is out of range, it must "
            u"be 0 (permanent) to %2 seconds (12 hours)"_s.arg(
                value, QString::number(CoreWeaveAccessKeys::maxDurationSeconds)));
    };
    const json& value = *it;
    if (value.is_number_unsigned() || value.is_number_integer()) {
        const bool negative = value.is_number_integer() && !value.is_number_unsigned() &&
                              value.get<std::int64_t>() < 0;
        if (negative ||
            value.get<std::uint64_t>() > std::uint64_t(CoreWeaveAccessKeys::maxDurationSeconds))
            return outOfRange(QString::fromStdString(value.dump()));
        out = value.get<qint64>();
        return std::nullopt;
    }
    if (value.is_number_float()) {
        const double seconds = value.get<double>();
        if (!std::isfinite(seconds) || seconds != std::floor(seconds))
            return invalidArgument(u"invalid value for durationSeconds: %1 is not a whole number "
                                   u"of seconds"_s.arg(QString::fromStdString(value.dump())));
        if (seconds < 0 || seconds > double(CoreWeaveAccessKeys::maxDurationSeconds))
            return outOfRange(QString::fromStdString(value.dump()));
        out = qint64(seconds);
        return std::nullopt;
    }
    if (value.is_string()) {
        static const QRegularExpression integer(u"^-?[0-9]{1,18}$"_s);
        const QString text = QString::fromStdString(value.get<std::string>());
        if (!integer.match(text).hasMatch())
            return invalidArgument(u"invalid value for durationSeconds: %1 is not a number of "
                                   u"seconds"_s.arg(quoted(value.get<std::string>())));
        const qint64 seconds = text.toLongLong();
        if (seconds < 0 || seconds > CoreWeaveAccessKeys::maxDurationSeconds)
            return outOfRange(text);
        out = seconds;
        return std::nullopt;
    }
    return invalidArgument(
        u"invalid value for durationSeconds: expected a number of seconds, got %1"_s.arg(
            QString::fromStdString(value.type_name())));
}

// attributes: an optional map of strings.
std::optional<HttpResponse> readAttributes(const json& body, QMap<QString, QString>& out)
{
    const auto it = body.find("attributes");
    if (it == body.end() || it->is_null())
        return std::nullopt;
    if (!it->is_object())
        return invalidArgument(u"invalid value for attributes: expected an object of strings"_s);
    for (const auto& [name, value] : it->items()) {
        if (!value.is_string())
            return invalidArgument(u"invalid value for attributes.%1: expected a string"_s.arg(
                QString::fromStdString(name)));
        out.insert(QString::fromStdString(name), QString::fromStdString(value.get<std::string>()));
    }
    return std::nullopt;
}

// An optional uint32 query parameter, or the 400 to send.
std::optional<HttpResponse> readQueryNumber(const HttpRequest& request, const QString& name,
                                            std::optional<quint32>& out)
{
    const std::optional<QString> text = request.queryValue(name);
    if (!text)
        return std::nullopt;
    static const QRegularExpression digits(u"^[0-9]{1,10}$"_s);
    bool ok = false;
    const qulonglong value = digits.match(*text).hasMatch() ? text->toULongLong(&ok) : 0;
    if (!ok || value > 0xFFFFFFFFULL)
        return invalidArgument(u"invalid value for %1: %2 is not an unsigned 32-bit integer"_s.arg(
            name, quoted(text->toStdString())));
    out = quint32(value);
    return std::nullopt;
}

} // namespace

CoreWeaveApi::CoreWeaveApi(CoreWeaveAccessKeys& keys, const kw::Clock& clock)
    : m_keys(keys), m_clock(clock)
{}

void CoreWeaveApi::addToken(QByteArrayView token, const QString& principalName)
{
    m_principalByTokenHash.insert(sha256(token), principalName);
}

HttpResponse CoreWeaveApi::error(int httpStatus, const QString& message)
{
    return HttpResponse::json(httpStatus, json{{"code", grpcCodeFor(httpStatus)},
                                               {"message", message.toStdString()},
                                               {"details", json::array()}});
}

HttpResponse CoreWeaveApi::handle(const HttpRequest& request)
{
    const QString& path = request.path;
    const QByteArray& method = request.method;

    if (path == keysPath) {
        if (method == "GET")
            return listKeys(request);
        if (method == "POST")
            return createKey(request);
        return methodNotAllowed("GET, POST");
    }
    if (path.startsWith(keysPath + u'/')) {
        const QString id = path.mid(keysPath.size() + 1);
        if (id.isEmpty() || id.contains(u'/'))
            return error(404, u"Not Found"_s);
        return method == "GET" ? getKey(request, id) : methodNotAllowed("GET");
    }
    if (path == revokeKeyPath)
        return method == "POST" ? revokeKey(request) : methodNotAllowed("POST");
    if (path == revokePrincipalPath)
        return method == "POST" ? revokePrincipal(request) : methodNotAllowed("POST");
    if (path == statusPath)
        return method == "PUT" ? setPrincipalStatus(request) : methodNotAllowed("PUT");
    return error(404, u"Not Found"_s);
}

CoreWeaveApi::Caller CoreWeaveApi::authenticate(const HttpRequest& request) const
{
    const auto unauthenticated = [](const QString& message) {
        return Caller{{}, error(401, message).withHeader("WWW-Authenticate", "Bearer")};
    };
    if (!request.hasHeader("Authorization"))
        return unauthenticated(u"missing Authorization header: use 'Authorization: Bearer <API "
                               u"access token>'"_s);
    const QByteArray value = request.header("Authorization").trimmed();
    if (value == "Bearer")
        return unauthenticated(u"missing API access token after 'Bearer '"_s);
    if (!value.startsWith("Bearer "))
        return unauthenticated(
            u"unsupported authorization scheme: use 'Authorization: Bearer <API access token>'"_s);
    const QByteArray token = value.mid(7);
    if (token.isEmpty())
        return unauthenticated(u"missing API access token after 'Bearer '"_s);
    const auto it = m_principalByTokenHash.constFind(sha256(token));
    if (it == m_principalByTokenHash.cend())
        return unauthenticated(u"invalid or expired API access token"_s);
    return Caller{*it, std::nullopt};
}

HttpResponse CoreWeaveApi::listKeys(const HttpRequest& request)
{
    if (Caller caller = authenticate(request); caller.refusal)
        return *caller.refusal;

    std::optional<quint32> offset;
    std::optional<quint32> limit;
    if (auto refusal = readQueryNumber(request, u"offset"_s, offset))
        return *refusal;
    if (auto refusal = readQueryNumber(request, u"limit"_s, limit))
        return *refusal;
    if (limit && (*limit < 1 || *limit > quint32(maxListLimit)))
        return invalidArgument(
            u"invalid value for limit: %1 is out of range, it must be 1 to %2"_s.arg(*limit).arg(
                maxListLimit));

    std::optional<CoreWeaveKeyStatus> status;
    if (const std::optional<QString> statusText = request.queryValue(u"status"_s);
        statusText && *statusText != u"ACCESS_KEY_STATUS_UNSPECIFIED"_s) {
        status = coreWeaveStatusFromWireName(*statusText);
        if (!status)
            return invalidArgument(u"invalid value for status: %1, expected "
                                   u"ACCESS_KEY_STATUS_ACTIVE or ACCESS_KEY_STATUS_SUSPENDED"_s.arg(
                                       quoted(statusText->toStdString())));
    }

    const QList<const CoreWeaveAccessKey*> keys = m_keys.listed(m_clock.nowUtc(), status);
    const qsizetype first = std::min<qsizetype>(offset.value_or(0), keys.size());
    const qsizetype count =
        std::min<qsizetype>(limit.value_or(defaultListLimit), keys.size() - first);
    json info = json::array();
    for (const CoreWeaveAccessKey* key : keys.mid(first, count))
        info.push_back(infoToJson(*key, m_keys.orgId()));
    return HttpResponse::json(200, json{{"info", std::move(info)}});
}

HttpResponse CoreWeaveApi::getKey(const HttpRequest& request, const QString& accessKeyId)
{
    if (Caller caller = authenticate(request); caller.refusal)
        return *caller.refusal;
    const CoreWeaveAccessKey* key = m_keys.find(accessKeyId, m_clock.nowUtc());
    if (!key)
        return error(404, u"access key %1 not found"_s.arg(quoted(accessKeyId.toStdString())));
    return HttpResponse::json(200, json{{"info", infoToJson(*key, m_keys.orgId())}});
}

HttpResponse CoreWeaveApi::createKey(const HttpRequest& request)
{
    ++m_createRequests;
    const Caller caller = authenticate(request);
    if (caller.refusal)
        return *caller.refusal;

    json body;
    qint64 durationSeconds = 0;
    QMap<QString, QString> attributes;
    if (auto refusal = parseBody(request, body))
        return *refusal;
    if (auto refusal = readDuration(body, durationSeconds))
        return *refusal;
    if (auto refusal = readAttributes(body, attributes))
        return *refusal;

    CoreWeaveAccessKeys::Issued issued =
        m_keys.issue(caller.principalName, durationSeconds, attributes, m_clock.nowUtc());
    HttpResponse response =
        HttpResponse::json(200, json{
                                    {"accessKeyId", issued.key.accessKeyId.toStdString()},
                                    {"secretKey", issued.secretKey.toStdString()},
                                    {"principalName", issued.key.principalName.toStdString()},
                                    {"expiry", expiryToJson(issued.key)},
                                    {"attributes", attributesToJson(issued.key.attributes)},
                                });
    issued.secretKey.fill('\0');
    return response;
}

HttpResponse CoreWeaveApi::revokeKey(const HttpRequest& request)
{
    if (Caller caller = authenticate(request); caller.refusal)
        return *caller.refusal;
    QString accessKey;
    if (auto refusal = readRequiredStrings(request, {{"accessKey", &accessKey}}))
        return *refusal;

    const QDateTime now = m_clock.nowUtc();
    const CoreWeaveAccessKey* key = m_keys.find(accessKey, now);
    if (!key)
        key = m_keys.findBySecret(accessKey.toUtf8(), now);
    if (!key) {
        // Only an access key id is echoed back: the value might be a secret key.
        static const QRegularExpression idFormat(u"^CW[A-Z0-9]{14}$"_s);
        return error(404, idFormat.match(accessKey).hasMatch()
                              ? u"access key \"%1\" not found"_s.arg(accessKey)
                              : u"access key not found"_s);
    }
    m_keys.revoke(key->accessKeyId, now);
    return HttpResponse::json(200, json::object());
}

HttpResponse CoreWeaveApi::revokePrincipal(const HttpRequest& request)
{
    if (Caller caller = authenticate(request); caller.refusal)
        return *caller.refusal;
    QString principalName;
    if (auto refusal = readRequiredStrings(request, {{"principalName", &principalName}}))
        return *refusal;
    if (m_keys.revokePrincipal(principalName, m_clock.nowUtc()) == 0)
        return noKeysForPrincipal(principalName);
    return HttpResponse::json(200, json::object());
}

HttpResponse CoreWeaveApi::setPrincipalStatus(const HttpRequest& request)
{
    if (Caller caller = authenticate(request); caller.refusal)
        return *caller.refusal;
    QString principalName;
    QString statusText;
    if (auto refusal = readRequiredStrings(
            request, {{"principalName", &principalName}, {"status", &statusText}}))
        return *refusal;
    const std::optional<CoreWeaveKeyStatus> status = coreWeaveStatusFromWireName(statusText);
    if (!status)
        return invalidArgument(
            u"invalid value for status: %1, expected ACCESS_KEY_STATUS_ACTIVE "
            u"or ACCESS_KEY_STATUS_SUSPENDED"_s.arg(quoted(statusText.toStdString())));
    if (m_keys.setPrincipalStatus(principalName, *status, m_clock.nowUtc()) == 0)
        return noKeysForPrincipal(principalName);
    return HttpResponse::empty(200);
}

} // namespace kw::sandbox

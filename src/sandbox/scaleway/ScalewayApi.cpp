#include "sandbox/scaleway/ScalewayApi.h"

#include "sandbox/scaleway/ScalewayErrors.h"
#include "sandbox/scaleway/ScalewayProjects.h"
#include "sandbox/scaleway/ScalewayQuery.h"
#include "sandbox/scaleway/ScalewayWire.h"

#include <algorithm>

namespace kw::sandbox {

namespace {

using nlohmann::json;
using namespace Qt::StringLiterals;
using namespace scaleway;

const QString iamPrefix = u"/iam/v1alpha1/"_s;
const QString projectsPath = u"/account/v3/projects"_s;
constexpr int maxDescriptionLength = 200;

const QStringList keyOrders{
    u"created_at_asc"_s, u"created_at_desc"_s, u"updated_at_asc"_s, u"updated_at_desc"_s,
    u"expires_at_asc"_s, u"expires_at_desc"_s, u"access_key_asc"_s, u"access_key_desc"_s,
};
const QStringList userOrders{
    u"created_at_asc"_s, u"created_at_desc"_s, u"updated_at_asc"_s, u"updated_at_desc"_s,
    u"email_asc"_s,      u"email_desc"_s,      u"last_login_asc"_s, u"last_login_desc"_s,
    u"username_asc"_s,   u"username_desc"_s,
};
const QStringList applicationOrders{
    u"created_at_asc"_s,  u"created_at_desc"_s, u"updated_at_asc"_s,
    u"updated_at_desc"_s, u"name_asc"_s,        u"name_desc"_s,
};

HttpResponse methodNotAllowed(QByteArray allow)
{
    return statusError(405, u"method not allowed"_s).withHeader("Allow", std::move(allow));
}

QString peerText(const QHostAddress& peer)
{
    bool mapped = false;
    const quint32 ipv4 = peer.toIPv4Address(&mapped);
    return mapped ? QHostAddress(ipv4).toString() : peer.toString();
}

template <typename T> int compareValues(const T& a, const T& b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

// Never-expiring keys sort after every date, as if they expired at the end of time.
int compareExpiry(const std::optional<QDateTime>& a, const std::optional<QDateTime>& b)
{
    if (a && b)
        return compareValues(*a, *b);
    return a ? -1 : (b ? 1 : 0);
}

// Sorts by "<field>_asc|_desc"; ties fall back to `tieBreak`, always ascending, so pages are
// stable whatever the order. Every item has created_at (the default) and updated_at; the fields
// of its own come from `compareOwnField` (nullopt: not one of them).
template <typename T, typename Compare, typename TieBreak>
void sortBy(QList<const T*>& items, const QString& order, Compare compareOwnField,
            TieBreak tieBreak)
{
    const bool descending = order.endsWith(u"_desc"_s);
    const QString field = order.left(order.lastIndexOf(u'_'));
    const auto compareField = [&](const T& a, const T& b) {
        if (field == u"updated_at"_s)
            return compareValues(a.updatedAt, b.updatedAt);
        if (const std::optional<int> own = compareOwnField(a, b, field))
            return *own;
        return compareValues(a.createdAt, b.createdAt);
    };
    std::stable_sort(items.begin(), items.end(), [&](const T* a, const T* b) {
        const int byField = compareField(*a, *b);
        if (byField != 0)
            return descending ? byField > 0 : byField < 0;
        return tieBreak(*a) < tieBreak(*b);
    });
}

std::optional<int> compareKeys(const ScalewayKey& a, const ScalewayKey& b, const QString& field)
{
    if (field == u"expires_at"_s)
        return compareExpiry(a.expiresAt, b.expiresAt);
    if (field == u"access_key"_s)
        return compareValues(a.accessKey, b.accessKey);
    return std::nullopt;
}

std::optional<int> compareUsers(const ScalewayUser& a, const ScalewayUser& b, const QString& field)
{
    if (field == u"email"_s)
        return compareValues(a.email, b.email);
    if (field == u"username"_s)
        return compareValues(a.username, b.username);
    if (field == u"last_login"_s)
        return compareExpiry(a.lastLoginAt, b.lastLoginAt);
    return std::nullopt;
}

std::optional<int> compareApplications(const ScalewayApplication& a, const ScalewayApplication& b,
                                       const QString& field)
{
    if (field == u"name"_s)
        return compareValues(a.name, b.name);
    return std::nullopt;
}

bool containsId(const QStringList& ids, const QString& id)
{
    return ids.contains(id, Qt::CaseInsensitive);
}

json parseBody(const QByteArray& body)
{
    return json::parse(body.constBegin(), body.constEnd(), nullptr, false);
}

// A JSON object's optional string member: absent and null read as unset, any other type is a
// format problem.
std::optional<QString> stringMember(const json& object, const char* name,
                                    QList<ArgumentProblem>& problems)
{
    const auto found = object.find(name);
    if (found == object.end() || found->is_null())
        return std::nullopt;
    if (!found->is_string()) {
        problems << ArgumentProblem{QString::fromLatin1(name), u"format"_s, u"must be a string"_s};
        return std::nullopt;
    }
    return QString::fromStdString(found->get<std::string>());
}

void checkUuid(const std::optional<QString>& value, const QString& name,
               QList<ArgumentProblem>& problems)
{
    if (value && !isUuid(*value))
        problems << ArgumentProblem{name, u"format"_s, u"must be a UUID"_s};
}

void checkDescription(const std::optional<QString>& description, QList<ArgumentProblem>& problems)
{
    if (description && description->toUcs4().size() > maxDescriptionLength)
        problems << ArgumentProblem{u"description"_s, u"constraint"_s,
                                    u"must be at most %1 characters"_s.arg(maxDescriptionLength)};
}

std::optional<QDateTime> checkExpiry(const std::optional<QString>& text, const QDateTime& now,
                                     QList<ArgumentProblem>& problems)
{
    if (!text)
        return std::nullopt;
    const std::optional<QDateTime> when = parseRfc3339(*text);
    if (!when) {
        problems << ArgumentProblem{u"expires_at"_s, u"format"_s,
                                    u"must be an RFC 3339 date-time"_s};
        return std::nullopt;
    }
    if (*when <= now) {
        problems << ArgumentProblem{u"expires_at"_s, u"constraint"_s, u"must be in the future"_s};
        return std::nullopt;
    }
    return when;
}

// The members a create and an update share, as sent and then checked.
struct KeyEdits
{
    std::optional<QString> description;
    std::optional<QString> expiresText;
    std::optional<QString> projectId;
    std::optional<QDateTime> expiresAt; // set by checkKeyEdits()
};

KeyEdits readKeyEdits(const json& body, QList<ArgumentProblem>& problems)
{
    KeyEdits edits;
    edits.description = stringMember(body, "description", problems);
    edits.expiresText = stringMember(body, "expires_at", problems);
    edits.projectId = stringMember(body, "default_project_id", problems);
    return edits;
}

void checkKeyEdits(KeyEdits& edits, const QDateTime& now, QList<ArgumentProblem>& problems)
{
    checkDescription(edits.description, problems);
    edits.expiresAt = checkExpiry(edits.expiresText, now, problems);
    checkUuid(edits.projectId, u"default_project_id"_s, problems);
}

HttpResponse notAnObject()
{
    return invalidArgument(u"body"_s, u"format"_s, u"the request body must be a JSON object"_s);
}

} // namespace

ScalewayApi::ScalewayApi(ScalewayOrganization& organization, const kw::Clock& clock)
    : m_organization(organization), m_clock(clock)
{}

HttpResponse ScalewayApi::handle(const HttpRequest& request)
{
    const QByteArray& method = request.method;
    if (request.path == projectsPath) {
        if (method != "GET")
            return methodNotAllowed("GET");
        const Caller caller = authenticate(request);
        return caller.refusal ? *caller.refusal : listProjects(request, m_organization);
    }
    if (!request.path.startsWith(iamPrefix))
        return statusError(404, u"resource is not found"_s);
    const QStringList parts = request.path.mid(iamPrefix.size()).split(u'/');
    if (parts.size() > 2 || (parts.size() == 2 && parts[1].isEmpty()))
        return statusError(404, u"resource is not found"_s);
    const QString& collection = parts[0];
    const std::optional<QString> id = parts.size() == 2 ? std::optional(parts[1]) : std::nullopt;
    if (collection != u"api-keys"_s && collection != u"users"_s && collection != u"applications"_s)
        return statusError(404, u"resource is not found"_s);

    if (collection == u"api-keys"_s) {
        if (!id && method != "GET" && method != "POST")
            return methodNotAllowed("GET, POST");
        if (id && method != "GET" && method != "PATCH" && method != "DELETE")
            return methodNotAllowed("GET, PATCH, DELETE");
    } else if (method != "GET") {
        return methodNotAllowed("GET");
    }

    if (!id && method == "POST")
        ++m_createRequests;
    const Caller caller = authenticate(request);
    if (caller.refusal)
        return *caller.refusal;

    if (collection == u"users"_s)
        return id ? getUser(*id) : listUsers(request);
    if (collection == u"applications"_s)
        return id ? getApplication(*id) : listApplications(request);
    if (!id)
        return method == "GET" ? listKeys(request) : createKey(request, *caller.key);
    if (method == "GET")
        return getKey(*id);
    if (method == "PATCH")
        return updateKey(request, *id);
    return deleteKey(*id);
}

ScalewayApi::Caller ScalewayApi::authenticate(const HttpRequest& request) const
{
    const QByteArray token = request.header("X-Auth-Token").trimmed();
    if (!isUuid(QString::fromLatin1(token)))
        return {nullptr, authenticationDenied(u"invalid_argument"_s)};
    const ScalewayKey* key = m_organization.keyBySecret(token);
    if (!key) // well-formed but unknown (or deleted): the API's own word is not_found
        return {nullptr, authenticationDenied(u"not_found"_s)};
    if (key->expiredAt(now()))
        return {nullptr, authenticationDenied(u"expired"_s)};
    return {key, std::nullopt};
}

std::optional<HttpResponse> ScalewayApi::refuseControl(const HttpRequest& request) const
{
    const Caller caller = authenticate(request);
    if (caller.refusal)
        return caller.refusal;
    const ScalewayUser* bearer = caller.key->bearerType == ScalewayBearerType::User
                                     ? m_organization.user(caller.key->bearerId)
                                     : nullptr;
    if (!bearer || !bearer->owner)
        return permissionsDenied(u"sandbox"_s, u"write"_s);
    return std::nullopt;
}

std::optional<HttpResponse>
ScalewayApi::refuseOtherOrganization(const std::optional<QString>& requested,
                                     const QString& resource) const
{
    if (requested && requested->compare(m_organization.id(), Qt::CaseInsensitive) != 0)
        return permissionsDenied(resource, u"read"_s);
    return std::nullopt;
}

HttpResponse ScalewayApi::listKeys(const HttpRequest& request)
{
    ListQuery query(request);
    const QString order = query.oneOf(u"order_by"_s, keyOrders);
    const std::optional<QString> organizationId = query.uuid(u"organization_id"_s);
    const std::optional<bool> editable = query.boolean(u"editable"_s);
    const std::optional<bool> expired = query.boolean(u"expired"_s);
    QStringList accessKeys = query.texts(u"access_keys"_s) + query.texts(u"access_key"_s);
    const std::optional<QString> description = query.text(u"description"_s);
    const std::optional<QString> bearerId = query.uuid(u"bearer_id"_s);
    const QString bearerType =
        query.oneOf(u"bearer_type"_s, {u"unknown_bearer_type"_s, u"user"_s, u"application"_s});
    // Deprecated filters, still accepted.
    const std::optional<QString> userId = query.uuid(u"user_id"_s);
    const std::optional<QString> applicationId = query.uuid(u"application_id"_s);
    if (!query.ok())
        return query.refusal();
    if (std::optional<HttpResponse> refusal = refuseOtherOrganization(organizationId, u"api_key"_s))
        return *refusal;

    const QDateTime now = this->now();
    const auto matches = [&](const ScalewayKey& key) {
        const bool isUser = key.bearerType == ScalewayBearerType::User;
        if (bearerType == u"user"_s && !isUser)
            return false;
        if (bearerType == u"application"_s && isUser)
            return false;
        if (bearerId && key.bearerId.compare(*bearerId, Qt::CaseInsensitive) != 0)
            return false;
        if (userId && (!isUser || key.bearerId.compare(*userId, Qt::CaseInsensitive) != 0))
            return false;
        if (applicationId &&
            (isUser || key.bearerId.compare(*applicationId, Qt::CaseInsensitive) != 0))
            return false;
        if (editable && key.editable != *editable)
            return false;
        if (expired && key.expiredAt(now) != *expired)
            return false;
        if (!accessKeys.isEmpty() && !accessKeys.contains(key.accessKey))
            return false;
        // [I]: the contract names the filter, not how it matches; a part of the text does.
        if (description && !key.description.contains(*description, Qt::CaseInsensitive))
            return false;
        return true;
    };

    QList<const ScalewayKey*> keys = m_organization.keys();
    keys.removeIf([&](const ScalewayKey* key) { return !matches(*key); });
    sortBy(keys, order, compareKeys, [](const ScalewayKey& key) { return key.accessKey; });

    json page = json::array();
    for (const ScalewayKey* key : query.pageOf(keys))
        page.push_back(keyToJson(*key));
    return HttpResponse::json(200,
                              json{{"api_keys", std::move(page)}, {"total_count", keys.size()}});
}

HttpResponse ScalewayApi::createKey(const HttpRequest& request, const ScalewayKey& caller)
{
    const json body = parseBody(request.body);
    if (!body.is_object())
        return notAnObject();

    QList<ArgumentProblem> problems;
    const std::optional<QString> userId = stringMember(body, "user_id", problems);
    const std::optional<QString> applicationId = stringMember(body, "application_id", problems);
    KeyEdits edits = readKeyEdits(body, problems);

    const bool bearerMalformed = std::any_of(problems.cbegin(), problems.cend(), [](const auto& p) {
        return p.argumentName == u"user_id"_s || p.argumentName == u"application_id"_s;
    });
    if (userId && applicationId) {
        const QString help = u"set exactly one of user_id and application_id, not both"_s;
        problems << ArgumentProblem{u"user_id"_s, u"constraint"_s, help}
                 << ArgumentProblem{u"application_id"_s, u"constraint"_s, help};
    } else if (!userId && !applicationId && !bearerMalformed) {
        const QString help = u"set exactly one of user_id and application_id"_s;
        problems << ArgumentProblem{u"user_id"_s, u"required"_s, help}
                 << ArgumentProblem{u"application_id"_s, u"required"_s, help};
    } else {
        checkUuid(userId, u"user_id"_s, problems);
        checkUuid(applicationId, u"application_id"_s, problems);
    }
    const QDateTime now = this->now();
    checkKeyEdits(edits, now, problems);
    if (!problems.isEmpty())
        return invalidArguments(problems);

    ScalewayKey draft;
    if (userId) {
        const ScalewayUser* user = m_organization.user(*userId);
        if (!user)
            return notFound(u"user"_s, *userId);
        // B.3: a user creates keys for their own user only, whatever their permissions.
        if (caller.bearerType != ScalewayBearerType::User ||
            caller.bearerId.compare(user->id, Qt::CaseInsensitive) != 0)
            return permissionsDenied(u"api_key"_s, u"create"_s);
        draft.bearerType = ScalewayBearerType::User;
        draft.bearerId = user->id;
    } else {
        const ScalewayApplication* application = m_organization.application(*applicationId);
        if (!application)
            return notFound(u"application"_s, *applicationId);
        draft.bearerType = ScalewayBearerType::Application;
        draft.bearerId = application->id;
    }
    draft.description = edits.description.value_or(QString());
    draft.createdAt = now;
    draft.updatedAt = now;
    draft.expiresAt = edits.expiresAt;
    draft.defaultProjectId =
        edits.projectId ? edits.projectId->toLower() : m_organization.defaultProjectId();
    draft.creationIp = peerText(request.peer);

    ScalewayOrganization::Issued issued = m_organization.issueKey(std::move(draft));
    HttpResponse response =
        HttpResponse::json(200, keyToJson(*issued.key, QString::fromLatin1(issued.secret)));
    issued.secret.fill('\0');
    return response;
}

HttpResponse ScalewayApi::getKey(const QString& accessKey)
{
    const ScalewayKey* key = m_organization.key(accessKey);
    if (!key)
        return notFound(u"api_key"_s, accessKey);
    return HttpResponse::json(200, keyToJson(*key));
}

HttpResponse ScalewayApi::updateKey(const HttpRequest& request, const QString& accessKey)
{
    ScalewayKey* key = m_organization.mutableKey(accessKey);
    if (!key)
        return notFound(u"api_key"_s, accessKey);
    if (!key->editable)
        return permissionsDenied(u"api_key"_s, u"update"_s);
    const json body = parseBody(request.body);
    if (!body.is_object())
        return notAnObject();

    QList<ArgumentProblem> problems;
    KeyEdits edits = readKeyEdits(body, problems);
    const QDateTime now = this->now();
    checkKeyEdits(edits, now, problems);
    if (!problems.isEmpty())
        return invalidArguments(problems);

    if (edits.description)
        key->description = *edits.description;
    if (edits.expiresAt)
        key->expiresAt = edits.expiresAt;
    if (edits.projectId)
        key->defaultProjectId = edits.projectId->toLower();
    key->updatedAt = now;
    return HttpResponse::json(200, keyToJson(*key));
}

HttpResponse ScalewayApi::deleteKey(const QString& accessKey)
{
    const ScalewayKey* key = m_organization.key(accessKey);
    if (!key)
        return notFound(u"api_key"_s, accessKey);
    if (!key->deletable)
        return permissionsDenied(u"api_key"_s, u"delete"_s);
    m_organization.removeKey(accessKey);
    return HttpResponse::empty(204);
}

HttpResponse ScalewayApi::listUsers(const HttpRequest& request)
{
    ListQuery query(request);
    const QString order = query.oneOf(u"order_by"_s, userOrders);
    const std::optional<QString> organizationId = query.uuid(u"organization_id"_s);
    const QStringList userIds = query.uuids(u"user_ids"_s);
    const std::optional<bool> mfa = query.boolean(u"mfa"_s);
    const std::optional<QString> tag = query.text(u"tag"_s);
    // unknown_type is what an SDK sends when no type is chosen: no filter.
    const QString type =
        query.oneOf(u"type"_s, {u"unknown_type"_s, u"owner"_s, u"member"_s, u"guest"_s});
    if (!query.ok())
        return query.refusal();
    if (std::optional<HttpResponse> refusal = refuseOtherOrganization(organizationId, u"user"_s))
        return *refusal;

    QList<const ScalewayUser*> users = m_organization.users();
    users.removeIf([&](const ScalewayUser* user) {
        if (!userIds.isEmpty() && !containsId(userIds, user->id))
            return true;
        if (mfa && user->mfa != *mfa)
            return true;
        if (tag && !user->tags.contains(*tag))
            return true;
        if (type != u"unknown_type"_s && type != (user->owner ? u"owner"_s : u"member"_s))
            return true;
        return false;
    });
    sortBy(users, order, compareUsers, [](const ScalewayUser& user) { return user.id; });

    json page = json::array();
    for (const ScalewayUser* user : query.pageOf(users))
        page.push_back(userToJson(*user, m_organization.id()));
    return HttpResponse::json(200, json{{"users", std::move(page)}, {"total_count", users.size()}});
}

HttpResponse ScalewayApi::getUser(const QString& id)
{
    const ScalewayUser* user = m_organization.user(id);
    if (!user)
        return notFound(u"user"_s, id);
    return HttpResponse::json(200, userToJson(*user, m_organization.id()));
}

HttpResponse ScalewayApi::listApplications(const HttpRequest& request)
{
    ListQuery query(request);
    const QString order = query.oneOf(u"order_by"_s, applicationOrders);
    const std::optional<QString> organizationId = query.uuid(u"organization_id"_s);
    const QStringList applicationIds = query.uuids(u"application_ids"_s);
    const std::optional<QString> name = query.text(u"name"_s);
    const std::optional<bool> editable = query.boolean(u"editable"_s);
    const std::optional<QString> tag = query.text(u"tag"_s);
    if (!query.ok())
        return query.refusal();
    if (std::optional<HttpResponse> refusal =
            refuseOtherOrganization(organizationId, u"application"_s))
        return *refusal;

    QList<const ScalewayApplication*> applications = m_organization.applications();
    applications.removeIf([&](const ScalewayApplication* application) {
        if (!applicationIds.isEmpty() && !containsId(applicationIds, application->id))
            return true;
        if (name && !application->name.contains(*name, Qt::CaseInsensitive))
            return true;
        if (editable && application->editable != *editable)
            return true;
        if (tag && !application->tags.contains(*tag))
            return true;
        return false;
    });
    sortBy(applications, order, compareApplications,
           [](const ScalewayApplication& application) { return application.id; });

    json page = json::array();
    for (const ScalewayApplication* application : query.pageOf(applications))
        page.push_back(applicationToJson(*application, m_organization.id(),
                                         m_organization.keyCountOf(application->id)));
    return HttpResponse::json(
        200, json{{"applications", std::move(page)}, {"total_count", applications.size()}});
}

HttpResponse ScalewayApi::getApplication(const QString& id)
{
    const ScalewayApplication* application = m_organization.application(id);
    if (!application)
        return notFound(u"application"_s, id);
    return HttpResponse::json(200, applicationToJson(*application, m_organization.id(),
                                                     m_organization.keyCountOf(application->id)));
}

} // namespace kw::sandbox

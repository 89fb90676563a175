#include "sandbox/wasabiiam/WasabiIamApi.h"

#include "sandbox/wasabiiam/WasabiIamXml.h"

#include <QRegularExpression>
#include <variant>

namespace kw::sandbox {

namespace {

using namespace Qt::StringLiterals;

constexpr int defaultMaxItems = 100;
constexpr int largestMaxItems = 1000;

QString policyArn(const QString& name)
{
    return u"arn:aws:iam::aws:policy/"_s + name;
}

// The managed policies a user can be given; the AiR ones are those of seed 000.
const QStringList& attachablePolicies()
{
    static const QStringList policies{
        policyArn(u"WasabiManageAiR"_s), policyArn(u"WasabiViewAiR"_s),
        policyArn(u"WasabiReadOnlyAccess"_s), policyArn(u"WasabiFullAccess"_s),
        policyArn(u"IAMFullAccess"_s)};
    return policies;
}

QString formDecode(QByteArray text)
{
    text.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text));
}

// Query parameters and the form body together, as the Query API takes either.
QMap<QString, QString> readParams(const HttpRequest& request)
{
    QMap<QString, QString> params;
    for (const auto& [key, value] : request.query)
        params.insert(key, value);
    for (const QByteArray& item : request.body.split('&')) {
        if (item.isEmpty())
            continue;
        const qsizetype equals = item.indexOf('=');
        params.insert(formDecode(equals < 0 ? item : item.left(equals)),
                      equals < 0 ? QString() : formDecode(item.mid(equals + 1)));
    }
    return params;
}

QString userNotFound(const QString& name)
{
    return u"The user with name %1 cannot be found."_s.arg(name);
}

QString keyNotFound(const QString& id)
{
    return u"The Access Key with id %1 cannot be found."_s.arg(id);
}

QString validationMessage(const QString& value, const QString& field, const QString& constraint)
{
    return u"1 validation error detected: Value '%1' at '%2' failed to satisfy constraint: "
           "Member must %3"_s.arg(value, field, constraint);
}

// A page of `items` from the one whose id is `marker` on; nullopt for a marker not in the list.
template <typename T, typename Id>
std::optional<std::pair<QList<T>, QString>> page(const QList<T>& items, const QString& marker,
                                                 int maxItems, Id id)
{
    qsizetype start = 0;
    if (!marker.isEmpty()) {
        start = -1;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (id(items[i]) == marker)
                start = i;
        }
        if (start < 0)
            return std::nullopt;
    }
    const QList<T> slice = items.mid(start, maxItems);
    const qsizetype next = start + slice.size();
    return std::pair{slice, next < items.size() ? id(items[next]) : QString()};
}

// MaxItems as sent, or the refusal; `fail` builds the error.
template <typename Fail>
std::variant<int, HttpResponse> readMaxItems(const QString* text, Fail fail)
{
    if (!text)
        return defaultMaxItems;
    bool ok = false;
    const int value = text->toInt(&ok);
    if (!ok || value < 1 || value > largestMaxItems)
        return fail(400, u"ValidationError"_s,
                    validationMessage(*text, u"maxItems"_s,
                                      u"have value between 1 and %1"_s.arg(largestMaxItems)));
    return value;
}

const QRegularExpression& accessKeyIdPattern()
{
    static const QRegularExpression pattern(u"\\A\\w{16,128}\\z"_s);
    return pattern;
}

} // namespace

struct WasabiIamApi::Call
{
    QString action;
    Params params;
    QString callerUser; // empty: root
    QString requestId;

    bool has(const QString& name) const { return params.contains(name); }
    QString value(const QString& name) const { return params.value(name); }
    HttpResponse fail(int status, const QString& code, const QString& message) const
    {
        return iamxml::iamError(status, code, message, requestId);
    }
    // The UserName parameter, or the caller's own user when it is absent.
    QString targetUser() const { return has(u"UserName"_s) ? value(u"UserName"_s) : callerUser; }

    // NoSuchEntity for a user name the account does not know (empty: the root, always known).
    std::optional<HttpResponse> refuseUnknownUser(const WasabiIamAccount& account,
                                                  const QString& name) const
    {
        if (!name.isEmpty() && !account.findUser(name))
            return fail(404, u"NoSuchEntity"_s, userNotFound(name));
        return std::nullopt;
    }

    // A ValidationError when AccessKeyId is missing or malformed.
    std::optional<HttpResponse> refuseAccessKeyId() const
    {
        const QString id = value(u"AccessKeyId"_s);
        if (!has(u"AccessKeyId"_s) || !accessKeyIdPattern().match(id).hasMatch())
            return fail(400, u"ValidationError"_s,
                        validationMessage(id, u"accessKeyId"_s,
                                          u"satisfy regular expression pattern: [\\w]+"_s));
        return std::nullopt;
    }

    // The page MaxItems and Marker ask for, with the next marker (empty: the last page); or
    // the refusal to send.
    template <typename T, typename Id>
    std::variant<std::pair<QList<T>, QString>, HttpResponse> pageOf(const QList<T>& items,
                                                                    Id id) const
    {
        const QString maxText = value(u"MaxItems"_s);
        const auto maxItems =
            readMaxItems(has(u"MaxItems"_s) ? &maxText : nullptr,
                         [&](int s, const QString& c, const QString& m) { return fail(s, c, m); });
        if (const auto* refusal = std::get_if<HttpResponse>(&maxItems))
            return *refusal;
        if (auto slice = page(items, value(u"Marker"_s), std::get<int>(maxItems), id))
            return *slice;
        return fail(400, u"ValidationError"_s, u"Invalid Marker."_s);
    }
};

QString WasabiIamApi::manageAirPolicyArn()
{
    return policyArn(u"WasabiManageAiR"_s);
}

QString WasabiIamApi::viewAirPolicyArn()
{
    return policyArn(u"WasabiViewAiR"_s);
}

QString WasabiIamApi::iamFullAccessPolicyArn()
{
    return policyArn(u"IAMFullAccess"_s);
}

WasabiIamApi::WasabiIamApi(WasabiIamAccount& account, WasabiIamAuth& auth, S3ListBuckets& s3,
                           const kw::Clock& clock)
    : m_account(account), m_auth(auth), m_s3(s3), m_clock(clock)
{}

HttpResponse WasabiIamApi::error(int status, const QString& message)
{
    QString code = u"ServiceFailure"_s;
    switch (status) {
    case 400:
    case 422:
        code = u"ValidationError"_s;
        break;
    case 401:
    case 403:
        code = u"AccessDenied"_s;
        break;
    case 404:
        code = u"NoSuchEntity"_s;
        break;
    case 405:
        code = u"InvalidAction"_s;
        break;
    case 409:
        code = u"LimitExceeded"_s;
        break;
    case 429:
        code = u"Throttling"_s;
        break;
    case 503:
        code = u"ServiceUnavailable"_s;
        break;
    default:
        break;
    }
    return iamxml::iamError(status, code, message, iamxml::newRequestId());
}

std::optional<HttpResponse> WasabiIamApi::refuseControl(const HttpRequest& request) const
{
    const IamAuthOutcome outcome = m_auth.authenticate(request, iamxml::newRequestId());
    if (outcome.refusal)
        return outcome.refusal;
    const IamUser* user = m_account.findUser(outcome.caller->key->userName);
    if (user && !user->policyArns.contains(iamFullAccessPolicyArn()))
        return error(403, u"The sandbox control endpoints need an administrator's access key."_s);
    return std::nullopt;
}

HttpResponse WasabiIamApi::handle(const HttpRequest& request)
{
    const QString requestId = iamxml::newRequestId();
    const IamAuthOutcome outcome = m_auth.authenticate(request, requestId);
    if (outcome.refusal)
        return *outcome.refusal;
    if (!outcome.s3)
        return handleIam(request, *outcome.caller, requestId);

    return m_s3.answer(request, {outcome.caller->key->id, outcome.caller->region}, requestId);
}

HttpResponse WasabiIamApi::handleIam(const HttpRequest& request, const IamCaller& caller,
                                     const QString& requestId)
{
    Call call{QString(), readParams(request), caller.key->userName, requestId};
    if (request.path != u"/"_s && !request.path.isEmpty())
        return call.fail(404, u"NotFound"_s, u"The IAM API is served at /."_s);
    if (request.method != "POST" && request.method != "GET")
        return call.fail(405, u"InvalidAction"_s, u"The IAM API takes POST or GET."_s);
    if (!call.has(u"Action"_s))
        return call.fail(400, u"MissingAction"_s, u"Missing Action"_s);
    call.action = call.value(u"Action"_s);
    const QString version = call.value(u"Version"_s);

    using Handler = HttpResponse (WasabiIamApi::*)(const Call&);
    using ConstHandler = HttpResponse (WasabiIamApi::*)(const Call&) const;
    struct Entry
    {
        Handler handler = nullptr;
        ConstHandler constHandler = nullptr;
        bool selfService = false; // a sub-user may call it on its own keys
    };
    static const QMap<QString, Entry> actions{
        {u"ListUsers"_s, {nullptr, &WasabiIamApi::listUsers, false}},
        {u"GetUser"_s, {nullptr, &WasabiIamApi::getUser, true}},
        {u"ListAccessKeys"_s, {nullptr, &WasabiIamApi::listAccessKeys, true}},
        {u"CreateAccessKey"_s, {&WasabiIamApi::createAccessKey, nullptr, true}},
        {u"UpdateAccessKey"_s, {&WasabiIamApi::updateAccessKey, nullptr, true}},
        {u"DeleteAccessKey"_s, {&WasabiIamApi::deleteAccessKey, nullptr, true}},
        {u"GetAccessKeyLastUsed"_s, {nullptr, &WasabiIamApi::getAccessKeyLastUsed, true}},
        {u"ListAttachedUserPolicies"_s, {nullptr, &WasabiIamApi::listAttachedUserPolicies, false}},
        {u"AttachUserPolicy"_s, {&WasabiIamApi::attachUserPolicy, nullptr, false}},
    };
    const auto entry = actions.constFind(call.action);
    if (entry == actions.cend() || version != u"2010-05-08"_s)
        return call.fail(400, u"InvalidAction"_s,
                         u"Could not find operation %1 for version %2"_s.arg(call.action, version));
    if (call.action == u"CreateAccessKey"_s)
        ++m_createRequests;

    const IamUser* callerUser = m_account.findUser(call.callerUser);
    const bool iamAdmin = callerUser && callerUser->policyArns.contains(iamFullAccessPolicyArn());
    if (!call.callerUser.isEmpty() && !iamAdmin) {
        // A sub-user's own keys only: GetAccessKeyLastUsed names no user, so its key is checked.
        bool own = entry->selfService && call.targetUser() == call.callerUser;
        if (own && call.action == u"GetAccessKeyLastUsed"_s) {
            const IamAccessKey* key = m_account.findKey(call.value(u"AccessKeyId"_s));
            own = key && key->userName == call.callerUser;
        }
        if (!own)
            return call.fail(
                403, u"AccessDenied"_s,
                u"User: %1 is not authorized to perform: iam:%2 on resource: %3"_s.arg(
                    WasabiIamAccount::userArn(m_account.accountId(), call.callerUser), call.action,
                    WasabiIamAccount::userArn(m_account.accountId(), call.targetUser())));
    }
    return entry->handler ? (this->*entry->handler)(call) : (this->*entry->constHandler)(call);
}

namespace {

void writeUser(QXmlStreamWriter& xml, const QString& accountId, const IamUser& user)
{
    xml.writeTextElement(u"Path"_s, u"/"_s);
    xml.writeTextElement(u"UserName"_s, user.name);
    xml.writeTextElement(u"UserId"_s, user.userId);
    xml.writeTextElement(u"Arn"_s, WasabiIamAccount::userArn(accountId, user.name));
    xml.writeTextElement(u"CreateDate"_s, iamxml::timestamp(user.createdAt));
}

void writeTruncation(QXmlStreamWriter& xml, const QString& nextMarker)
{
    xml.writeTextElement(u"IsTruncated"_s, nextMarker.isEmpty() ? u"false"_s : u"true"_s);
    if (!nextMarker.isEmpty())
        xml.writeTextElement(u"Marker"_s, nextMarker);
}

} // namespace

HttpResponse WasabiIamApi::listUsers(const Call& call) const
{
    const auto paged =
        call.pageOf(m_account.users(), [](const IamUser* user) { return user->name; });
    if (const auto* refusal = std::get_if<HttpResponse>(&paged))
        return *refusal;
    const auto* slice = std::get_if<0>(&paged);

    iamxml::IamResponse response(call.action);
    QXmlStreamWriter& xml = response.xml();
    xml.writeStartElement(u"Users"_s);
    for (const IamUser* user : slice->first) {
        xml.writeStartElement(u"member"_s);
        writeUser(xml, m_account.accountId(), *user);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    writeTruncation(xml, slice->second);
    return response.finish(call.requestId);
}

HttpResponse WasabiIamApi::getUser(const Call& call) const
{
    const QString name = call.targetUser();
    iamxml::IamResponse response(call.action);
    QXmlStreamWriter& xml = response.xml();
    if (name.isEmpty()) {
        xml.writeStartElement(u"User"_s);
        xml.writeTextElement(u"UserId"_s, m_account.accountId());
        xml.writeTextElement(u"Arn"_s, WasabiIamAccount::userArn(m_account.accountId(), {}));
        xml.writeTextElement(u"CreateDate"_s, iamxml::timestamp(m_account.createdAt()));
        xml.writeEndElement();
        return response.finish(call.requestId);
    }
    const IamUser* user = m_account.findUser(name);
    if (!user)
        return call.fail(404, u"NoSuchEntity"_s, userNotFound(name));
    xml.writeStartElement(u"User"_s);
    writeUser(xml, m_account.accountId(), *user);
    xml.writeEndElement();
    return response.finish(call.requestId);
}

HttpResponse WasabiIamApi::listAccessKeys(const Call& call) const
{
    const QString name = call.targetUser();
    if (auto refusal = call.refuseUnknownUser(m_account, name))
        return *refusal;
    const auto paged =
        call.pageOf(m_account.keysOf(name), [](const IamAccessKey* key) { return key->id; });
    if (const auto* refusal = std::get_if<HttpResponse>(&paged))
        return *refusal;
    const auto* slice = std::get_if<0>(&paged);

    iamxml::IamResponse response(call.action);
    QXmlStreamWriter& xml = response.xml();
    // ListAccessKeysResult holds AccessKeyMetadata and the truncation fields only: the user
    // name is per member (IAM's response model).
    xml.writeStartElement(u"AccessKeyMetadata"_s);
    for (const IamAccessKey* key : slice->first) {
        xml.writeStartElement(u"member"_s);
        if (!name.isEmpty())
            xml.writeTextElement(u"UserName"_s, name);
        xml.writeTextElement(u"AccessKeyId"_s, key->id);
        xml.writeTextElement(u"Status"_s, key->active ? u"Active"_s : u"Inactive"_s);
        xml.writeTextElement(u"CreateDate"_s, iamxml::timestamp(key->createdAt));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    writeTruncation(xml, slice->second);
    return response.finish(call.requestId);
}

HttpResponse WasabiIamApi::createAccessKey(const Call& call)
{
    const QString name = call.targetUser();
    if (auto refusal = call.refuseUnknownUser(m_account, name))
        return *refusal;
    if (m_account.keysOf(name).size() >= WasabiIamAccount::maxKeysPerUser)
        return call.fail(409, u"LimitExceeded"_s,
                         u"Cannot exceed quota for AccessKeysPerUser: %1"_s.arg(
                             WasabiIamAccount::maxKeysPerUser));

    const IamAccessKey& key = m_account.createKey(name, m_clock.nowUtc());
    iamxml::IamResponse response(call.action);
    QXmlStreamWriter& xml = response.xml();
    xml.writeStartElement(u"AccessKey"_s);
    if (!name.isEmpty())
        xml.writeTextElement(u"UserName"_s, name);
    xml.writeTextElement(u"AccessKeyId"_s, key.id);
    xml.writeTextElement(u"Status"_s, u"Active"_s);
    QString secret = key.secret.exposeString();
    xml.writeTextElement(u"SecretAccessKey"_s, secret);
    wipe(secret);
    xml.writeTextElement(u"CreateDate"_s, iamxml::timestamp(key.createdAt));
    xml.writeEndElement();
    return response.finish(call.requestId);
}

HttpResponse WasabiIamApi::updateAccessKey(const Call& call)
{
    const QString id = call.value(u"AccessKeyId"_s);
    const QString status = call.value(u"Status"_s);
    if (auto refusal = call.refuseAccessKeyId())
        return *refusal;
    if (status != u"Active"_s && status != u"Inactive"_s)
        return call.fail(400, u"ValidationError"_s,
                         validationMessage(status, u"status"_s,
                                           u"satisfy enum value set: [Active, Inactive]"_s));
    const QString name = call.targetUser();
    if (auto refusal = call.refuseUnknownUser(m_account, name))
        return *refusal;
    IamAccessKey* key = m_account.findKey(id);
    if (!key || key->userName != name)
        return call.fail(404, u"NoSuchEntity"_s, keyNotFound(id));
    key->active = status == u"Active"_s;
    return iamxml::IamResponse(call.action, false).finish(call.requestId);
}

HttpResponse WasabiIamApi::deleteAccessKey(const Call& call)
{
    const QString id = call.value(u"AccessKeyId"_s);
    if (auto refusal = call.refuseAccessKeyId())
        return *refusal;
    const QString name = call.targetUser();
    if (auto refusal = call.refuseUnknownUser(m_account, name))
        return *refusal;
    const IamAccessKey* key = m_account.findKey(id);
    if (!key || key->userName != name)
        return call.fail(404, u"NoSuchEntity"_s, keyNotFound(id));
    m_account.removeKey(id);
    return iamxml::IamResponse(call.action, false).finish(call.requestId);
}

HttpResponse WasabiIamApi::getAccessKeyLastUsed(const Call& call) const
{
    const QString id = call.value(u"AccessKeyId"_s);
    if (auto refusal = call.refuseAccessKeyId())
        return *refusal;
    const IamAccessKey* key = m_account.findKey(id);
    if (!key)
        return call.fail(404, u"NoSuchEntity"_s, keyNotFound(id));

    iamxml::IamResponse response(call.action);
    QXmlStreamWriter& xml = response.xml();
    if (!key->userName.isEmpty())
        xml.writeTextElement(u"UserName"_s, key->userName);
    xml.writeStartElement(u"AccessKeyLastUsed"_s);
    if (key->lastUsedAt.isValid())
        xml.writeTextElement(u"LastUsedDate"_s, iamxml::timestamp(key->lastUsedAt));
    xml.writeTextElement(u"ServiceName"_s,
                         key->lastUsedAt.isValid() ? key->lastUsedService : u"N/A"_s);
    xml.writeTextElement(u"Region"_s, key->lastUsedAt.isValid() ? key->lastUsedRegion : u"N/A"_s);
    xml.writeEndElement();
    return response.finish(call.requestId);
}

HttpResponse WasabiIamApi::listAttachedUserPolicies(const Call& call) const
{
    if (!call.has(u"UserName"_s))
        return call.fail(400, u"ValidationError"_s,
                         validationMessage(u"null"_s, u"userName"_s, u"not be null"_s));
    const QString name = call.value(u"UserName"_s);
    const IamUser* user = m_account.findUser(name);
    if (!user)
        return call.fail(404, u"NoSuchEntity"_s, userNotFound(name));

    iamxml::IamResponse response(call.action);
    QXmlStreamWriter& xml = response.xml();
    xml.writeStartElement(u"AttachedPolicies"_s);
    for (const QString& arn : user->policyArns) {
        xml.writeStartElement(u"member"_s);
        xml.writeTextElement(u"PolicyName"_s, arn.section(u'/', -1));
        xml.writeTextElement(u"PolicyArn"_s, arn);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    writeTruncation(xml, QString());
    return response.finish(call.requestId);
}

HttpResponse WasabiIamApi::attachUserPolicy(const Call& call)
{
    for (const QString& field : {u"UserName"_s, u"PolicyArn"_s}) {
        if (!call.has(field))
            return call.fail(400, u"ValidationError"_s,
                             validationMessage(u"null"_s, field.left(1).toLower() + field.mid(1),
                                               u"not be null"_s));
    }
    const QString name = call.value(u"UserName"_s);
    const QString arn = call.value(u"PolicyArn"_s);
    if (!arn.startsWith(u"arn:"_s))
        return call.fail(400, u"InvalidInput"_s, u"ARN %1 is not valid."_s.arg(arn));
    IamUser* user = m_account.findUser(name);
    if (!user)
        return call.fail(404, u"NoSuchEntity"_s, userNotFound(name));
    if (!attachablePolicies().contains(arn))
        return call.fail(404, u"NoSuchEntity"_s,
                         u"Policy %1 does not exist or is not attachable."_s.arg(arn));
    if (!user->policyArns.contains(arn))
        user->policyArns.append(arn);
    return iamxml::IamResponse(call.action, false).finish(call.requestId);
}

} // namespace kw::sandbox

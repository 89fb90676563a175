#include "ScalewayJson.h"

#include "JsonHelpers.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace kw::scaleway {

using namespace Qt::StringLiterals;

namespace {

using jsonio::json;
using jsonio::stringField;
using jsonio::toQString;

QString tr(const char* text)
{
    return QCoreApplication::translate("kw::ScalewayProvider", text);
}

const json* arrayField(const json& object, const char* name)
{
    const auto it = object.find(name);
    return it != object.end() && it->is_array() ? &*it : nullptr;
}

std::optional<int> countField(const json& object, const char* name)
{
    const auto it = object.find(name);
    if (it == object.end())
        return std::nullopt;
    // A count beyond int is kept as the largest int: the pager's page cap then stops it, where
    // reading it as absent would make the first page look like the whole list.
    if (it->is_number_unsigned())
        return int(std::min<quint64>(it->get<quint64>(), quint64(INT_MAX)));
    if (it->is_number_integer() && it->get<qint64>() >= 0)
        return int(std::min<qint64>(it->get<qint64>(), INT_MAX));
    if (it->is_number_float() && it->get<double>() >= double(INT_MAX))
        return INT_MAX;
    // jsonio::parse keeps an integer beyond 64 bits as its digits.
    if (it->is_string()) {
        const std::string& digits = it->get_ref<const std::string&>();
        if (digits.size() > 18 && digits.find_first_not_of("0123456789") == std::string::npos)
            return INT_MAX;
    }
    return std::nullopt;
}

QString readOnlyReason(bool editable, bool deletable, bool managed)
{
    if (managed && !editable && !deletable)
        return tr("Managed by a Scaleway product: it cannot be edited or deleted");
    if (!editable && !deletable)
        return tr("Scaleway does not allow this key to be edited or deleted");
    if (!editable)
        return tr("Scaleway does not allow this key to be edited");
    if (!deletable)
        return tr("Scaleway does not allow this key to be deleted");
    return {};
}

// The table shows ApiKey::name. Scaleway keys have no name: what a person recognises a key by
// is its description (the Scaleway console lists it beside the access key), so it stands in for
// the name; the access key, unique and public, is the id and the prefix.
// Read the same from a parsed document (json, NoMemo) and from the fast reader (FastValue,
// FastMemo).
template <typename Json, typename Memo>
ApiKey keyFrom(const Json& item, const QString& accessKey, const QDateTime& now, Memo& memo)
{
    ApiKey key;
    key.id = accessKey;
    key.prefix = accessKey;
    key.description = memo.stringField(item, "description");
    key.name = key.description.simplified();
    const QString userId = memo.stringField(item, "user_id").trimmed();
    const QString applicationId = memo.stringField(item, "application_id").trimmed();
    if (!userId.isEmpty()) {
        key.principal = userId;
        key.bearerType = u"user"_s;
    } else if (!applicationId.isEmpty()) {
        key.principal = applicationId;
        key.bearerType = u"application"_s;
    }
    key.projectId = memo.stringField(item, "default_project_id").trimmed();
    key.created = jsonio::timeField(item, "created_at").value_or(QDateTime());
    key.updated = jsonio::timeField(item, "updated_at");
    key.expires = jsonio::timeField(item, "expires_at");
    key.editable = jsonio::boolField(item, "editable").value_or(true);
    key.deletable = jsonio::boolField(item, "deletable").value_or(true);
    const bool managed = jsonio::boolField(item, "managed").value_or(false);
    key.readOnlyReason = readOnlyReason(key.editable, key.deletable, managed);
    if (key.expires && *key.expires <= now)
        key.status = KeyStatus::Expired; // what matters most: the key no longer works
    else if (!key.editable && !key.deletable)
        key.status = KeyStatus::ReadOnly;
    else
        key.status = KeyStatus::Active;
    return key;
}

std::optional<ApiKey> keyFromObject(const json& item, const QDateTime& now, QString* error,
                                    const QString& where)
{
    if (!item.is_object()) {
        *error = tr("%1 is not a JSON object.").arg(where);
        return std::nullopt;
    }
    const QString accessKey = jsonio::idField(item, "access_key");
    if (accessKey.isEmpty()) {
        *error = tr("%1 has no access key.").arg(where);
        return std::nullopt;
    }
    jsonio::NoMemo memo;
    return keyFrom(item, accessKey, now, memo);
}

// {"<listName>": [...], "total_count": N}
template <typename Item, typename Read>
std::optional<Page<Item>> parsePage(const QByteArray& body, const char* listName,
                                    const QString& what, QString* error, Read read)
{
    const json document = jsonio::parse(body);
    if (document.is_discarded()) {
        *error = tr("The %1 from Scaleway are not valid JSON.").arg(what);
        return std::nullopt;
    }
    const json* items = document.is_object() ? arrayField(document, listName) : nullptr;
    if (!items) {
        *error =
            tr("The %1 from Scaleway have no “%2” list.").arg(what, QString::fromLatin1(listName));
        return std::nullopt;
    }
    Page<Item> page;
    page.items.reserve(qsizetype(items->size()));
    int position = 0;
    for (const json& item : *items) {
        ++position;
        std::optional<Item> readItem = read(item, position, error);
        if (!readItem)
            return std::nullopt;
        page.items << std::move(*readItem);
    }
    // Without a total the page is all there is.
    page.totalCount =
        std::max(countField(document, "total_count").value_or(0), int(page.items.size()));
    return page;
}

// total_count as countField reads it from a document.
std::optional<int> countValue(const jsonio::FastValue& value)
{
    if (value.is_number_unsigned())
        return int(std::min<quint64>(value.unsignedInteger(), quint64(INT_MAX)));
    if (value.is_number_integer() && value.integer() >= 0)
        return int(std::min<qint64>(value.integer(), INT_MAX));
    if (value.is_string()) {
        const std::string_view digits = value.text();
        if (digits.size() > 18 && digits.find_first_not_of("0123456789") == std::string::npos)
            return INT_MAX;
    }
    return std::nullopt;
}

// A key page read by the fast reader (FastJson.h); nullopt leaves it to parsePage.
std::optional<Page<ApiKey>> readKeyPageFast(const QByteArray& body, const QDateTime& now)
{
    jsonio::FastKeyListFormat format;
    format.listFields = {"api_keys"};
    format.idOf = [](const jsonio::FastValue& item) { return jsonio::idField(item, "access_key"); };
    format.keyOf = [&now](const jsonio::FastValue& item, const QString& id,
                          jsonio::FastMemo& memo) { return keyFrom(item, id, now, memo); };
    std::optional<int> total;
    format.otherMember = [&total](std::string_view name, const jsonio::FastValue& value) {
        if (name == "total_count")
            total = countValue(value);
    };
    std::optional<QList<ApiKey>> keys = jsonio::readKeyListFast(body, format);
    if (!keys)
        return std::nullopt;
    Page<ApiKey> page;
    page.items = std::move(*keys);
    page.totalCount = std::max(total.value_or(0), int(page.items.size()));
    return page;
}

QString bearerLabel(const json& item, std::initializer_list<const char*> names)
{
    for (const char* name : names) {
        const QString text = stringField(item, name).simplified();
        if (!text.isEmpty())
            return text;
    }
    return {};
}

std::optional<Bearer> bearerFrom(const json& item, const QString& type, const QString& label,
                                 const QString& where, QString* error)
{
    const QString id = item.is_object() ? jsonio::idField(item) : QString();
    if (id.isEmpty()) {
        *error = tr("%1 has no id.").arg(where);
        return std::nullopt;
    }
    return Bearer{type, id, label.isEmpty() ? id : label};
}

// invalid_arguments: "description: constraint — must be at most 200 characters"
QString argumentProblems(const json& details)
{
    QStringList problems;
    for (const json& item : details) {
        const QString argument = stringField(item, "argument_name");
        const QString reason = stringField(item, "reason");
        const QString help = stringField(item, "help_message");
        QString line = argument.isEmpty() ? reason : argument;
        if (!argument.isEmpty() && !reason.isEmpty())
            line += u": " + reason;
        if (!help.isEmpty())
            line = line.isEmpty() ? help : line + u" — " + help;
        if (!line.isEmpty())
            problems << line;
    }
    return problems.join(u"; ");
}

QString quotaProblems(const json& details)
{
    QStringList problems;
    for (const json& item : details) {
        const QString resource = stringField(item, "resource");
        QStringList facts;
        if (const auto quota = countField(item, "quota"))
            facts << tr("quota %1").arg(*quota);
        if (const auto current = countField(item, "current"))
            facts << tr("%1 in use").arg(*current);
        if (resource.isEmpty() && facts.isEmpty())
            continue;
        problems << (resource.isEmpty() ? facts.join(u", ")
                     : facts.isEmpty()  ? resource
                                        : resource + u": " + facts.join(u", "));
    }
    return problems.join(u"; ");
}

QString permissionProblems(const json& details)
{
    QStringList problems;
    for (const json& item : details) {
        const QString resource = stringField(item, "resource");
        const QString action = stringField(item, "action");
        if (resource.isEmpty() && action.isEmpty())
            continue;
        problems << tr("%1 on %2 is not allowed")
                        .arg(action.isEmpty() ? tr("this action") : action,
                             resource.isEmpty() ? tr("this resource") : resource);
    }
    return problems.join(u"; ");
}

QString authenticationProblem(const json& document)
{
    const QString method = stringField(document, "method");
    const QString reason = stringField(document, "reason");
    QString why;
    if (reason == u"expired")
        why = tr("the API key has expired");
    else if (reason == u"not_found")
        why = tr("the API key does not exist (deleted?)");
    else if (reason == u"invalid_argument")
        why = tr("the credential is not valid");
    else if (!reason.isEmpty() && reason != u"unknown_reason")
        why = reason;
    QString how;
    if (method == u"api_key")
        how = tr("API key");
    else if (method == u"jwt")
        how = tr("session token (JWT)");
    if (how.isEmpty())
        return why;
    return why.isEmpty() ? tr("authentication by %1").arg(how)
                         : tr("authentication by %1: %2").arg(how, why);
}

QString resourceText(const json& document)
{
    const QString resource = stringField(document, "resource");
    const QString id = stringField(document, "resource_id");
    if (resource.isEmpty())
        return id;
    return id.isEmpty() ? resource : resource + u' ' + id;
}

// Legacy invalid_request_error: {"fields": {"name": ["msg", …]}}
QString legacyFields(const json& document)
{
    const auto fields = document.find("fields");
    if (fields == document.end() || !fields->is_object())
        return {};
    QStringList problems;
    for (auto it = fields->begin(); it != fields->end(); ++it) {
        QStringList messages;
        if (it->is_string())
            messages << toQString(it->get_ref<const std::string&>());
        else if (it->is_array()) {
            for (const json& message : *it) {
                if (message.is_string())
                    messages << toQString(message.get_ref<const std::string&>());
            }
        }
        const QString name = toQString(it.key());
        problems << (messages.isEmpty() ? name : name + u": " + messages.join(u", "));
    }
    return problems.join(u"; ");
}

QString detailFor(const QString& type, const json& document)
{
    const json* details = arrayField(document, "details");
    if (type == u"invalid_arguments")
        return details ? argumentProblems(*details) : QString();
    if (type == u"quotas_exceeded")
        return details ? quotaProblems(*details) : QString();
    if (type == u"permissions_denied")
        return details ? permissionProblems(*details) : QString();
    if (type == u"not_found" || type == u"unknown_resource")
        return resourceText(document);
    if (type == u"denied_authentication")
        return authenticationProblem(document);
    if (type == u"precondition_failed") {
        QString precondition = stringField(document, "precondition");
        if (precondition == u"unknown_precondition")
            precondition.clear();
        precondition.replace(u'_', u' ');
        const QString help = stringField(document, "help_message");
        if (precondition.isEmpty())
            return help;
        return help.isEmpty() ? precondition : precondition + u" — " + help;
    }
    if (type == u"transient_state" || type == u"locked") {
        const QString resource = resourceText(document);
        const QString state = stringField(document, "current_state");
        return state.isEmpty() ? resource : tr("%1 is %2").arg(resource, state);
    }
    if (type == u"resource_expired") {
        const QString resource = resourceText(document);
        const auto since = jsonio::timeField(document, "expired_since");
        return since ? tr("%1 expired on %2").arg(resource, formatTimestamp(*since)) : resource;
    }
    if (type == u"out_of_stock")
        return stringField(document, "resource");
    if (type == u"invalid_request_error")
        return legacyFields(document);
    return stringField(document, "help_message");
}

} // namespace

int descriptionLength(const QString& description)
{
    int length = 0;
    for (auto it = description.cbegin(); it != description.cend(); ++it) {
        if (it->isHighSurrogate() && it + 1 != description.cend() && (it + 1)->isLowSurrogate())
            ++it;
        ++length;
    }
    return length;
}

bool isUuid(const QString& text)
{
    static const QRegularExpression uuid(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return uuid.match(text).hasMatch();
}

std::optional<Page<ApiKey>> parseKeyPage(const QByteArray& body, const QDateTime& now,
                                         QString* error)
{
    if (std::optional<Page<ApiKey>> page = readKeyPageFast(body, now))
        return page;
    return parsePage<ApiKey>(body, "api_keys", tr("API keys"), error,
                             [&now](const json& item, int position, QString* why) {
                                 return keyFromObject(item, now, why,
                                                      tr("API key %1 of the page").arg(position));
                             });
}

std::optional<ApiKey> parseKey(const QByteArray& body, const QDateTime& now, QString* error)
{
    const json document = jsonio::parse(body);
    if (document.is_discarded()) {
        *error = tr("The API key from Scaleway is not valid JSON.");
        return std::nullopt;
    }
    return keyFromObject(document, now, error, tr("The API key from Scaleway"));
}

std::optional<CreatedKey> parseCreatedKey(const QByteArray& body, const QDateTime& now,
                                          QString* error, const KeySpec* spec)
{
    json document = jsonio::parse(body);
    if (document.is_discarded() || !document.is_object()) {
        *error = tr("The answer to the create request is not a JSON object.");
        return std::nullopt;
    }
    CreatedKey created;
    created.secret = jsonio::takeSecretField(document, "secret_key");
    if (created.secret.isEmpty()) {
        *error = tr("The answer to the create request holds no secret key.");
        return std::nullopt;
    }
    // A secret without an access key is still the only copy of it: it is handed over with an
    // empty id, which the caller looks up; what the answer lacks comes from what was asked for.
    jsonio::NoMemo memo;
    created.key = keyFrom(document, jsonio::idField(document, "access_key"), now, memo);
    if (spec) {
        if (created.key.description.isEmpty()) {
            created.key.description = spec->description.trimmed();
            created.key.name = created.key.description.simplified();
        }
        if (created.key.principal.isEmpty() && !spec->bearerId.trimmed().isEmpty()) {
            created.key.principal = spec->bearerId.trimmed();
            created.key.bearerType = spec->bearerType.trimmed();
        }
        if (created.key.projectId.isEmpty())
            created.key.projectId = spec->projectId.trimmed();
        if (!created.key.expires && spec->expires)
            created.key.expires = spec->expires;
    }
    if (!created.key.created.isValid())
        created.key.created = now;
    created.accessKeyId = created.key.id;
    return created;
}

std::optional<Page<Bearer>> parseUserPage(const QByteArray& body, QString* error)
{
    return parsePage<Bearer>(
        body, "users", tr("users"), error, [](const json& item, int position, QString* why) {
            QString label = bearerLabel(item, {"email", "username"});
            if (label.isEmpty())
                label =
                    QString(stringField(item, "first_name") + u' ' + stringField(item, "last_name"))
                        .simplified();
            return bearerFrom(item, u"user"_s, label, tr("User %1 of the page").arg(position), why);
        });
}

std::optional<Page<Bearer>> parseApplicationPage(const QByteArray& body, QString* error)
{
    return parsePage<Bearer>(body, "applications", tr("applications"), error,
                             [](const json& item, int position, QString* why) {
                                 return bearerFrom(
                                     item, u"application"_s, bearerLabel(item, {"name"}),
                                     tr("Application %1 of the page").arg(position), why);
                             });
}

std::optional<Page<Bearer>> parseProjectPage(const QByteArray& body, QString* error)
{
    return parsePage<Bearer>(body, "projects", tr("projects"), error,
                             [](const json& item, int position, QString* why) {
                                 return bearerFrom(item, u"project"_s, bearerLabel(item, {"name"}),
                                                   tr("Project %1 of the page").arg(position), why);
                             });
}

QString formatTimestamp(const QDateTime& when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray createKeyBody(const KeySpec& spec)
{
    json body = json::object();
    const std::string bearerField =
        spec.bearerType == u"application" ? "application_id" : "user_id";
    body[bearerField] = spec.bearerId.trimmed().toStdString();
    body["description"] = spec.description.trimmed().toStdString();
    if (!spec.projectId.trimmed().isEmpty())
        body["default_project_id"] = spec.projectId.trimmed().toStdString();
    if (spec.expires)
        body["expires_at"] = formatTimestamp(*spec.expires).toStdString();
    return QByteArray::fromStdString(body.dump());
}

QByteArray updateKeyBody(const KeyChange& change)
{
    json body = json::object();
    if (change.description)
        body["description"] = change.description->trimmed().toStdString();
    if (change.projectId)
        body["default_project_id"] = change.projectId->trimmed().toStdString();
    if (change.expires && *change.expires)
        body["expires_at"] = formatTimestamp(**change.expires).toStdString();
    return QByteArray::fromStdString(body.dump());
}

QString parseErrorBody(const QByteArray& body, QString* detail)
{
    const json document = jsonio::parse(body);
    if (document.is_discarded() || !document.is_object())
        return {};
    const QString type = stringField(document, "type").trimmed();
    QString message = stringField(document, "message").trimmed();
    if (message.isEmpty() && type.isEmpty())
        return {};
    const QString more = detailFor(type, document).trimmed();
    if (message.isEmpty()) {
        message = QString(type).replace(u'_', u' ');
    }
    if (detail && !more.isEmpty() && more != message)
        *detail = more;
    return message;
}

} // namespace kw::scaleway

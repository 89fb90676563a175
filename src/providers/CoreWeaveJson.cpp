#include "CoreWeaveJson.h"

#include "JsonHelpers.h"

#include <QCoreApplication>
#include <array>

namespace kw::coreweave {

using namespace Qt::StringLiterals;

namespace {

using namespace jsonio;

constexpr int MaxDetailLines = 8;

QString tr(const char* text)
{
    return QCoreApplication::translate("kw::CoreWeaveProvider", text);
}

// The field when it is an object; nullptr otherwise.
const json* objectField(const json& object, const char* name)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(name);
    return it != object.end() && it->is_object() ? &*it : nullptr;
}

// Read the same from a parsed document (json, NoMemo) and from the fast reader (FastValue,
// FastMemo). The OpenAPI spells it accessKeyId, the older how-to pages accessKeyID.
template <typename Json> QString accessKeyIdOf(const Json& object)
{
    QString id = idField(object, "accessKeyId");
    if (id.isEmpty())
        id = idField(object, "accessKeyID");
    return id;
}

template <typename Json> QString nameOf(const Json& object)
{
    const Json* attributes = member(object, "attributes");
    return attributes && attributes->is_object() ? stringField(*attributes, "name").trimmed()
                                                 : QString();
}

template <typename Json, typename Memo>
ApiKey keyFrom(const Json& item, const QString& id, const QDateTime& now, Memo& memo)
{
    ApiKey key;
    key.id = id;
    key.prefix = id; // an access key id is the public half of the pair
    key.name = nameOf(item);
    key.principal = memo.stringField(item, "principalName");
    key.expires = expiryFromWire(stringField(item, "expiry"));
    key.status = statusFromWire(memo.stringField(item, "status"));
    if (key.expires && *key.expires <= now)
        key.status = KeyStatus::Expired;
    // The API reports no creation time: key.created stays invalid.
    return key;
}

// Connect codes are lower case ("invalid_argument"), the gRPC names upper case, and numbers
// are the gRPC code values.
QString codeName(const json& code)
{
    static const std::array<const char*, 17> names{"ok",
                                                   "canceled",
                                                   "unknown",
                                                   "invalid_argument",
                                                   "deadline_exceeded",
                                                   "not_found",
                                                   "already_exists",
                                                   "permission_denied",
                                                   "resource_exhausted",
                                                   "failed_precondition",
                                                   "aborted",
                                                   "out_of_range",
                                                   "unimplemented",
                                                   "internal",
                                                   "unavailable",
                                                   "data_loss",
                                                   "unauthenticated"};
    if (code.is_number_integer() || code.is_number_unsigned()) {
        const qint64 value = code.get<qint64>();
        if (value >= 0 && value < qint64(names.size()))
            return QString::fromLatin1(names[std::size_t(value)]);
        return QString::number(value);
    }
    if (code.is_string()) {
        QString name = toQString(code.get_ref<const std::string&>()).trimmed().toLower();
        if (name == u"cancelled")
            name = u"canceled"_s;
        return name;
    }
    return {};
}

QString codeMeaning(const QString& name)
{
    struct Meaning
    {
        const char* code;
        const char* text;
    };
    static const Meaning meanings[] = {
        {"canceled", QT_TRANSLATE_NOOP("kw::CoreWeaveProvider", "The request was cancelled")},
        {"invalid_argument",
         QT_TRANSLATE_NOOP("kw::CoreWeaveProvider", "The request was rejected as invalid")},
        {"deadline_exceeded",
         QT_TRANSLATE_NOOP("kw::CoreWeaveProvider", "The server ran out of time")},
        {"not_found", QT_TRANSLATE_NOOP("kw::CoreWeaveProvider", "Not found")},
        {"already_exists", QT_TRANSLATE_NOOP("kw::CoreWeaveProvider", "It exists already")},
        {"permission_denied", QT_TRANSLATE_NOOP("kw::CoreWeaveProvider", "Permission denied")},
        {"resource_exhausted",
         QT_TRANSLATE_NOOP("kw::CoreWeaveProvider", "A limit or quota was reached")},
        {"failed_precondition",
         QT_TRANSLATE_NOOP("kw::CoreWeaveProvider", "Not possible in the current state")},
        {"aborted", QT_TRANSLATE_NOOP("kw::CoreWeaveProvider", "Aborted by a conflict")},
        {"out_of_range", QT_TRANSLATE_NOOP("kw::CoreWeaveProvider", "A value is out of range")},
        {"unimplemented", QT_TRANSLATE_NOOP("kw::CoreWeaveProvider", "Not supported")},
        {"internal", QT_TRANSLATE_NOOP("kw::CoreWeaveProvider", "Internal server error")},
        {"unavailable", QT_TRANSLATE_NOOP("kw::CoreWeaveProvider", "The service is unavailable")},
        {"data_loss", QT_TRANSLATE_NOOP("kw::CoreWeaveProvider", "Data loss")},
        {"unauthenticated",
         QT_TRANSLATE_NOOP("kw::CoreWeaveProvider", "The API access token was not accepted")},
    };
    for (const Meaning& meaning : meanings) {
        if (name == QLatin1String(meaning.code))
            return tr(meaning.text);
    }
    return {};
}

void addLine(QStringList& lines, const QString& subject, const QString& text)
{
    const QString line = subject.isEmpty() ? text.trimmed() : subject + u": " + text.trimmed();
    if (!line.trimmed().isEmpty() && !lines.contains(line) && lines.size() < MaxDetailLines)
        lines << line;
}

void addViolations(QStringList& lines, const json& detail, const char* listName,
                   const char* subjectName)
{
    const auto list = detail.find(listName);
    if (list == detail.end() || !list->is_array())
        return;
    for (const json& violation : *list) {
        if (violation.is_object())
            addLine(lines, stringField(violation, subjectName),
                    stringField(violation, "description"));
    }
}

// A detail is a google.protobuf.Any as JSON ({"@type": …, fields…}) or, from Connect, a
// {"type", "value" (base64), "debug": {fields…}}; the fields of the common google.rpc detail
// types name the field, the quota or the reason.
void describeDetail(QStringList& lines, const json& detail, const QString& message, int depth = 0)
{
    if (detail.is_string()) {
        addLine(lines, {}, toQString(detail.get_ref<const std::string&>()));
        return;
    }
    if (!detail.is_object() || depth > 1)
        return;
    if (const json* debug = objectField(detail, "debug"))
        describeDetail(lines, *debug, message, depth + 1);
    addViolations(lines, detail, "fieldViolations", "field");
    addViolations(lines, detail, "violations", "subject");
    const QString reason = stringField(detail, "reason");
    if (!reason.isEmpty())
        addLine(lines, {}, reason);
    const QString localized = stringField(detail, "message");
    if (!localized.isEmpty() && localized != message)
        addLine(lines, {}, localized);
    const QString resource = stringField(detail, "resourceName");
    if (!resource.isEmpty())
        addLine(lines, resource, stringField(detail, "description"));
}

} // namespace

QByteArray statusWireName(bool active)
{
    return active ? QByteArrayLiteral("ACCESS_KEY_STATUS_ACTIVE")
                  : QByteArrayLiteral("ACCESS_KEY_STATUS_SUSPENDED");
}

KeyStatus statusFromWire(const QString& wireName)
{
    const QString name = wireName.trimmed().toUpper();
    if (name == u"ACCESS_KEY_STATUS_ACTIVE")
        return KeyStatus::Active;
    if (name == u"ACCESS_KEY_STATUS_SUSPENDED")
        return KeyStatus::Suspended;
    return KeyStatus::Unknown; // _UNSPECIFIED, omitted (proto3 drops the zero value), new values
}

std::optional<QDateTime> expiryFromWire(const QString& text)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    const QDateTime when = parseTimestamp(text);
    if (!when.isValid() || when.toSecsSinceEpoch() <= 0)
        return std::nullopt;
    return when;
}

std::optional<QList<ApiKey>> parseKeyPage(const QByteArray& body, const QDateTime& now,
                                          QString* error)
{
    KeyListFormat format;
    format.provider = u"CoreWeave"_s;
    format.idName = tr("access key id");
    format.idOf = &accessKeyIdOf<json>;
    format.keyOf = [&now](const json& item, const QString& id) {
        NoMemo memo;
        return keyFrom(item, id, now, memo);
    };
    // A page without "info" (no keys) is left to the usual reader.
    format.fast.listFields = {"info"};
    format.fast.idOf = &accessKeyIdOf<FastValue>;
    format.fast.keyOf = [&now](const FastValue& item, const QString& id, FastMemo& memo) {
        return keyFrom(item, id, now, memo);
    };
    format.findItems = [](json& document, QString* shapeError) -> const json* {
        if (!document.is_object()) {
            *shapeError = document.is_discarded()
                              ? tr("The key list from CoreWeave is not valid JSON.")
                              : tr("The key list from CoreWeave is not a JSON object.");
            return nullptr;
        }
        static const json none = json::array(); // no "info" (or null): no keys
        const auto info = document.find("info");
        if (info == document.end() || info->is_null())
            return &none;
        if (!info->is_array()) {
            *shapeError = tr("The key list from CoreWeave has no list of keys.");
            return nullptr;
        }
        return &*info;
    };
    format.unreadable = tr("The key list from CoreWeave could not be read: %1");
    return parseKeyListBody(body, format, error);
}

QByteArray createKeyBody(const QString& name, qint64 durationSeconds)
{
    json body = json::object();
    body["durationSeconds"] = durationSeconds;
    const QString trimmed = name.trimmed();
    if (!trimmed.isEmpty())
        body["attributes"] = json{{"name", trimmed.toStdString()}};
    return QByteArray::fromStdString(body.dump());
}

std::optional<CreatedKey> parseCreatedKey(const QByteArray& body, const QString& name,
                                          qint64 durationSeconds, const QDateTime& now,
                                          QString* error)
{
    CreatedKeyFormat format;
    format.secretField = "secretKey";
    format.notObject = tr("The answer to the create request is not a JSON object.");
    format.noSecret = tr("The answer to the create request holds no secret key.");
    format.unreadable = tr("The answer to the create request could not be read: %1");
    format.fill = [&](json& document, CreatedKey& created) {
        // A secret without an id is still the only copy of it: it is handed over with an empty
        // id, which the caller looks up.
        const QString id = accessKeyIdOf(document);
        created.accessKeyId = id;
        NoMemo memo;
        created.key = keyFrom(document, id, now, memo);
        created.key.status = KeyStatus::Active;
        if (created.key.name.isEmpty())
            created.key.name = name.trimmed();
        if (stringField(document, "expiry").isEmpty() && durationSeconds > 0)
            created.key.expires = now.addSecs(durationSeconds);
        // Unlike the list, this answer is known to be about a key made just now.
        created.key.created = now;
    };
    return parseCreatedKeyBody(body, format, error);
}

QByteArray revokeKeyBody(const QString& accessKeyId)
{
    const json body{{"accessKey", accessKeyId.toStdString()}};
    return QByteArray::fromStdString(body.dump());
}

QByteArray principalStatusBody(const QString& principal, bool active)
{
    const json body{{"principalName", principal.toStdString()},
                    {"status", statusWireName(active).toStdString()}};
    return QByteArray::fromStdString(body.dump());
}

QString parseErrorBody(const QByteArray& body, QString* detail)
{
    try {
        const json document = parse(body);
        if (!document.is_object())
            return {};
        const auto code = document.find("code");
        const QString name = code != document.end() ? codeName(*code) : QString();
        QString message = stringField(document, "message").trimmed();
        if (message.isEmpty() && name.isEmpty())
            return {};
        if (message.isEmpty()) {
            message = codeMeaning(name);
            if (message.isEmpty())
                message = tr("Error %1").arg(name);
            else
                message += u" (" + name + u')';
        }
        if (detail) {
            QStringList lines;
            const auto details = document.find("details");
            if (details != document.end() && details->is_array()) {
                for (const json& item : *details)
                    describeDetail(lines, item, message);
            }
            *detail = lines.join(u"; ");
        }
        return message;
    } catch (const std::exception&) {
        return {};
    }
}

} // namespace kw::coreweave

#include "WasabiAirJson.h"

#include "JsonHelpers.h"
#include "core/Clock.h"

#include <QCoreApplication>

namespace kw::wasabiair {

using namespace Qt::StringLiterals;

namespace {

using namespace jsonio;

constexpr qsizetype PrefixLength = 8;
constexpr const char* JwtField = "jwt";
constexpr const char* ListField = "api-keys";

QString tr(const char* text)
{
    return QCoreApplication::translate("kw::WasabiAirProvider", text);
}

// Overwrites every JWT in a parsed answer.
void wipeJwts(json& value)
{
    if (value.is_object()) {
        wipeField(value, JwtField);
        const auto list = value.find(ListField);
        if (list != value.end() && list->is_array()) {
            for (json& item : *list)
                wipeField(item, JwtField);
        }
    }
}

// Runs wipeJwts on a parsed answer, whatever else happens to it.
class JwtWiper
{
public:
    explicit JwtWiper(json& document) : m_document(document) {}
    ~JwtWiper() { wipeJwts(m_document); }
    JwtWiper(const JwtWiper&) = delete;
    JwtWiper& operator=(const JwtWiper&) = delete;

private:
    json& m_document;
};

// Read the same from a parsed document (json, NoMemo) and from the fast reader (FastValue,
// FastMemo).
template <typename Json, typename Memo>
ApiKey keyFrom(const Json& item, const QString& id, Memo& memo)
{
    ApiKey key;
    key.id = id;
    key.name = stringField(item, "name").trimmed();
    key.prefix = keyPrefix(id);
    key.principal = memo.stringField(item, "user_id").trimmed();
    key.created = timeField(item, "created_at").value_or(QDateTime());
    key.updated = timeField(item, "updated_at");
    // The doc's objects always carry "active"; a key without it is taken as working.
    key.status = boolField(item, "active").value_or(true) ? KeyStatus::Active : KeyStatus::Disabled;
    return key;
}

const json* keyArray(const json& document)
{
    if (!document.is_object())
        return nullptr;
    const auto it = document.find(ListField);
    return it != document.end() && it->is_array() ? &*it : nullptr;
}

QString listShapeError(const json& document)
{
    if (document.is_discarded())
        return tr("The key list from Wasabi AiR is not valid JSON.");
    return tr("The answer from Wasabi AiR holds no “api-keys” list.");
}

} // namespace

QString keyPrefix(const QString& id)
{
    return id.left(PrefixLength);
}

std::optional<QList<ApiKey>> parseKeyList(const QByteArray& body, QString* error)
{
    KeyListFormat format;
    format.provider = u"Wasabi AiR"_s;
    format.idName = tr("id");
    format.idOf = [](const json& item) { return idField(item); };
    format.keyOf = [](const json& item, const QString& id) {
        NoMemo memo;
        return keyFrom(item, id, memo);
    };
    // The JWTs the fast reader passes over stay in the body, which the caller wipes.
    format.fast.listFields = {ListField};
    format.fast.idOf = [](const FastValue& item) { return idField(item); };
    format.fast.keyOf = &keyFrom<FastValue, FastMemo>;
    format.findItems = [](json& document, QString* shapeError) {
        const json* items = keyArray(document);
        if (!items)
            *shapeError = listShapeError(document);
        return items;
    };
    format.cleanUp = &wipeJwts;
    format.unreadable = tr("The key list from Wasabi AiR could not be read: %1");
    return parseKeyListBody(body, format, error);
}

std::optional<ApiKey> parseKey(const QByteArray& body, QString* error)
{
    try {
        json document = parse(body);
        const JwtWiper wiper(document);
        const QString id = idField(document);
        if (!document.is_object() || id.isEmpty()) {
            *error = tr("The answer from Wasabi AiR is not a key.");
            return std::nullopt;
        }
        NoMemo memo;
        return keyFrom(document, id, memo);
    } catch (const std::exception& e) {
        *error =
            tr("The answer from Wasabi AiR could not be read: %1").arg(QString::fromUtf8(e.what()));
        return std::nullopt;
    }
}

std::optional<CreatedKey> parseCreatedKey(const QByteArray& body, const QString& requestedName,
                                          QString* error)
{
    CreatedKeyFormat format;
    format.secretField = JwtField;
    format.notObject = tr("The answer to the create request is not a JSON object.");
    format.noSecret = tr("The answer to the create request holds no key.");
    format.unreadable = tr("The answer to the create request could not be read: %1");
    format.fill = [&requestedName](json& document, CreatedKey& created) {
        // A secret without an id is still the only copy of it: it is handed over with an empty
        // id, which the caller looks up.
        NoMemo memo;
        created.key = keyFrom(document, idField(document), memo);
        if (created.key.name.isEmpty())
            created.key.name = requestedName.trimmed();
        if (!created.key.created.isValid())
            created.key.created = Clock::app().nowUtc();
    };
    format.cleanUp = &wipeJwts;
    return parseCreatedKeyBody(body, format, error);
}

std::optional<Secret> findJwt(const QByteArray& listBody, const QString& keyId, bool* notFound,
                              QString* error)
{
    *notFound = false;
    try {
        json document = parse(listBody);
        const JwtWiper wiper(document);
        if (!keyArray(document)) {
            *error = listShapeError(document);
            return std::nullopt;
        }
        for (json& item : document[ListField]) {
            if (idField(item) != keyId)
                continue;
            Secret jwt = takeSecretField(item, JwtField);
            if (jwt.isEmpty()) {
                *error = tr("Wasabi AiR listed the key without its token.");
                return std::nullopt;
            }
            return jwt;
        }
        *notFound = true;
        *error = tr("The key %1 no longer exists.").arg(keyPrefix(keyId));
        return std::nullopt;
    } catch (const std::exception& e) {
        *error = tr("The key list from Wasabi AiR could not be read: %1")
                     .arg(QString::fromUtf8(e.what()));
        return std::nullopt;
    }
}

QByteArray createKeyBody(const QString& name)
{
    json body = json::object();
    const QString trimmed = name.trimmed();
    if (!trimmed.isEmpty())
        body["name"] = trimmed.toStdString();
    return QByteArray::fromStdString(body.dump());
}

QByteArray patchBody(const std::optional<QString>& name, const std::optional<bool>& active)
{
    json body = json::object();
    if (name)
        body["name"] = name->trimmed().toStdString();
    if (active)
        body["active"] = *active;
    return QByteArray::fromStdString(body.dump());
}

bool deleteRefused(const QByteArray& body)
{
    try {
        const json document = parse(body);
        return boolField(document, "ok") == false;
    } catch (const std::exception&) {
        return false;
    }
}

QString parseErrorBody(const QByteArray& body, QString* detail)
{
    try {
        const json document = parse(body);
        if (!document.is_object())
            return {};
        if (const QString message = stringField(document, "error").trimmed(); !message.isEmpty())
            return message;
        const QString message = stringField(document, "Error").trimmed();
        if (message.isEmpty())
            return {};
        const QString code = stringField(document, "ErrorCode").trimmed();
        if (detail && !code.isEmpty())
            *detail = tr("Error code: %1").arg(code);
        return message;
    } catch (const std::exception&) {
        return {};
    }
}

} // namespace kw::wasabiair

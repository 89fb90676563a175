#include "WasabiIamXml.h"

#include "JsonHelpers.h"

#include <QCoreApplication>
#include <QUrl>
#include <QXmlStreamReader>

namespace kw::wasabiiam {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kw::WasabiIamXml", text);
}

QByteArray encoded(const QString& text)
{
    return QUrl::toPercentEncoding(text);
}

// Positions reader on the root element and checks that it is <action>Response in the IAM
// namespace.
bool openAnswer(QXmlStreamReader& reader, const QString& action, QString* error)
{
    if (!reader.readNextStartElement()) {
        if (error)
            *error = tr("The answer is not an XML document.");
        return false;
    }
    const QString expected = action + QLatin1String("Response");
    if (reader.name() != expected || reader.namespaceUri() != Namespace) {
        if (error)
            *error = tr("Expected an IAM %1 answer, got <%2>.")
                         .arg(expected, reader.qualifiedName().toString());
        return false;
    }
    return true;
}

bool finishedCleanly(const QXmlStreamReader& reader, QString* error)
{
    if (reader.hasError()) {
        if (error)
            *error = tr("The answer is not well-formed XML: %1").arg(reader.errorString());
        return false;
    }
    return true;
}

} // namespace

QByteArray formBody(const QString& action, const QList<QPair<QString, QString>>& parameters)
{
    QByteArray body = "Action=" + encoded(action) + "&Version=" + encoded(ApiVersion);
    for (const auto& [name, value] : parameters)
        body += '&' + encoded(name) + '=' + encoded(value);
    return body;
}

std::optional<Page> parsePage(const QByteArray& body, const QString& action, QString* error)
{
    QXmlStreamReader reader(body);
    if (!openAnswer(reader, action, error))
        return std::nullopt;
    Page page;
    std::optional<QMap<QString, QString>> member;
    int memberDepth = 0;
    int depth = 1;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            const QString name = reader.name().toString();
            if (!member && name == QLatin1String("member")) {
                member.emplace();
                memberDepth = depth;
            } else if (member && depth == memberDepth + 1) {
                member->insert(
                    name, reader.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
                --depth;
            } else if (!member && name == QLatin1String("IsTruncated")) {
                page.isTruncated = reader.readElementText().trimmed() == QLatin1String("true");
                --depth;
            } else if (!member && name == QLatin1String("Marker")) {
                page.marker = reader.readElementText().trimmed();
                --depth;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (member && depth == memberDepth) {
                page.members << *member;
                member.reset();
            }
            --depth;
        }
    }
    if (!finishedCleanly(reader, error))
        return std::nullopt;
    if (page.isTruncated && page.marker.isEmpty()) {
        if (error)
            *error = tr("The answer says more follows but gives no Marker to ask for it.");
        return std::nullopt;
    }
    return page;
}

std::optional<QMap<QString, QString>> parseFields(const QByteArray& body, const QString& action,
                                                  QString* error)
{
    QXmlStreamReader reader(body);
    if (!openAnswer(reader, action, error))
        return std::nullopt;
    QMap<QString, QString> fields;
    QString text;
    QString current;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            current = reader.name().toString();
            text.clear();
        } else if (token == QXmlStreamReader::Characters) {
            text += reader.text();
        } else if (token == QXmlStreamReader::EndElement) {
            // Only leaves carry values: a container's end comes after its children's.
            if (!current.isEmpty() && !fields.contains(current))
                fields.insert(current, text.trimmed());
            current.clear();
            text.clear();
        }
    }
    if (!finishedCleanly(reader, error))
        return std::nullopt;
    return fields;
}

ApiKey keyFromFields(const QMap<QString, QString>& fields)
{
    ApiKey key;
    key.id = fields.value(u"AccessKeyId"_s);
    key.prefix = key.id;
    const QString user = fields.value(u"UserName"_s);
    key.principal = user.isEmpty() ? u"root"_s : user;
    key.ownerIsCaller = user.isEmpty();
    key.bearerType = u"user"_s;
    // Every Wasabi IAM key is an S3-style access key pair: said, so that the key's type is not
    // left blank beside the other providers' kinds.
    key.kind = u"access key"_s;
    const QString status = fields.value(u"Status"_s);
    key.status = status == QLatin1String("Active")     ? KeyStatus::Active
                 : status == QLatin1String("Inactive") ? KeyStatus::Disabled
                                                       : KeyStatus::Unknown;
    key.created = jsonio::parseTimestamp(fields.value(u"CreateDate"_s));
    return key;
}

std::optional<CreatedKey> parseCreatedKey(const QByteArray& body, QString* error)
{
    std::optional<QMap<QString, QString>> fields = parseFields(body, u"CreateAccessKey"_s, error);
    if (!fields)
        return std::nullopt;
    QString secret = fields->take(u"SecretAccessKey"_s);
    CreatedKey created;
    created.key = keyFromFields(*fields);
    created.accessKeyId = created.key.id;
    created.secret = Secret::fromString(secret);
    wipe(secret);
    // A secret without an id is still the only copy of it: it is handed over with an empty id,
    // which the caller looks up.
    if (created.secret.isEmpty()) {
        if (error)
            *error = tr("The answer to CreateAccessKey holds no secret.");
        return std::nullopt;
    }
    return created;
}

std::optional<ErrorInfo> parseError(const QByteArray& body)
{
    QXmlStreamReader reader(body);
    if (!reader.readNextStartElement())
        return std::nullopt;
    const QStringView root = reader.name();
    if (root != QLatin1String("ErrorResponse") && root != QLatin1String("Error"))
        return std::nullopt;
    ErrorInfo info;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (reader.name() == QLatin1String("Code") && info.code.isEmpty())
            info.code = reader.readElementText().trimmed();
        else if (reader.name() == QLatin1String("Message") && info.message.isEmpty())
            info.message = reader.readElementText().trimmed();
    }
    if (reader.hasError() || (info.code.isEmpty() && info.message.isEmpty()))
        return std::nullopt;
    return info;
}

QString errorText(const QByteArray& body)
{
    const std::optional<ErrorInfo> info = parseError(body);
    if (!info)
        return {};
    if (info->message.isEmpty())
        return info->code;
    if (info->code.isEmpty())
        return info->message;
    return tr("%1 (%2)").arg(info->message, info->code);
}

ProviderError::Kind kindForCode(const QString& code, ProviderError::Kind fallback)
{
    using Kind = ProviderError::Kind;
    if (code == QLatin1String("NoSuchEntity"))
        return Kind::NotFound;
    if (code == QLatin1String("LimitExceeded") || code == QLatin1String("EntityAlreadyExists"))
        return Kind::Conflict;
    if (code == QLatin1String("SignatureDoesNotMatch") ||
        code == QLatin1String("InvalidClientTokenId") || code == QLatin1String("AccessDenied") ||
        code == QLatin1String("InvalidAccessKeyId") ||
        code == QLatin1String("RequestTimeTooSkewed"))
        return fallback == Kind::Auth ? Kind::Auth : Kind::Forbidden;
    if (code == QLatin1String("ValidationError") || code == QLatin1String("InvalidInput") ||
        code == QLatin1String("MalformedInput"))
        return Kind::Validation;
    return fallback;
}

} // namespace kw::wasabiiam

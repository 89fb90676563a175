#include "JsonHelpers.h"

#include <QRegularExpression>
#include <openssl/crypto.h>

namespace kw::jsonio {

json parse(const QByteArray& body, int maxDepth)
{
    const json::parser_callback_t limitDepth = [maxDepth](int depth, json::parse_event_t, json&) {
        return depth <= maxDepth;
    };
    return json::parse(body.constData(), body.constData() + body.size(), limitDepth,
                       /*allow_exceptions=*/false);
}

QString toQString(const std::string& text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString stringField(const json& object, const char* name)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(name);
    if (it == object.end() || !it->is_string())
        return {};
    return toQString(it->get_ref<const std::string&>());
}

QString idField(const json& object, const char* name)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(name);
    if (it == object.end())
        return {};
    if (it->is_string())
        return toQString(it->get_ref<const std::string&>()).trimmed();
    if (it->is_number_integer())
        return QString::number(it->get<qint64>());
    if (it->is_number_unsigned())
        return QString::number(it->get<quint64>());
    return {};
}

std::optional<bool> boolField(const json& object, const char* name)
{
    if (!object.is_object())
        return std::nullopt;
    const auto it = object.find(name);
    if (it == object.end() || !it->is_boolean())
        return std::nullopt;
    return it->get<bool>();
}

QDateTime parseTimestamp(const QString& input)
{
    QString text = input.trimmed();
    if (text.size() > 10 && text.at(10) == u' ')
        text[10] = u'T';
    static const QRegularExpression shape(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2})?)(?:[.,](\\d+))?(Z|z|[+-]"
                       "\\d{2}:?\\d{2})?$"));
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return {};
    // Qt reads at most milliseconds: keep three digits of the fraction.
    QString normalised = match.captured(1);
    if (match.hasCaptured(2))
        normalised += u'.' + QString(match.captured(2) + QStringLiteral("00")).left(3);
    QString zone = match.captured(3);
    if (zone.isEmpty() || zone.compare(u"z", Qt::CaseInsensitive) == 0)
        zone = QStringLiteral("Z");
    else if (zone.size() == 5)
        zone.insert(3, u':');
    const QDateTime when = QDateTime::fromString(normalised + zone, Qt::ISODateWithMs);
    return when.isValid() ? when.toUTC() : QDateTime();
}

std::optional<QDateTime> timeField(const json& object, const char* name)
{
    const QString text = stringField(object, name);
    if (text.isEmpty())
        return std::nullopt;
    const QDateTime when = parseTimestamp(text);
    if (!when.isValid())
        return std::nullopt;
    return when;
}

Secret takeSecretField(json& object, const char* name)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(name);
    if (it == object.end() || !it->is_string())
        return {};
    std::string& text = it->get_ref<std::string&>();
    Secret secret = Secret::fromUtf8(QByteArrayView(text.data(), qsizetype(text.size())));
    OPENSSL_cleanse(text.data(), text.size());
    return secret;
}

void wipeField(json& object, const char* name)
{
    if (!object.is_object())
        return;
    const auto it = object.find(name);
    if (it == object.end() || !it->is_string())
        return;
    std::string& text = it->get_ref<std::string&>();
    OPENSSL_cleanse(text.data(), text.size());
}

} // namespace kw::jsonio

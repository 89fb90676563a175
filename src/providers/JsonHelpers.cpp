#include "JsonHelpers.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <openssl/crypto.h>

namespace kw::jsonio {

using namespace Qt::StringLiterals;

namespace {

bool isIntegerLiteral(const json::string_t& text)
{
    std::size_t digits = text.size();
    auto it = text.begin();
    if (it != text.end() && *it == '-') {
        ++it;
        --digits;
    }
    return digits > 0 && std::all_of(it, text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// nlohmann's DOM builder, except that an integer too large for 64 bits (which the library would
// turn into an approximate double) is kept as the string of its digits: an id must keep its
// value, and idField() reads strings.
class ExactIntegerDom : public nlohmann::detail::json_sax_dom_callback_parser<json>
{
public:
    using json_sax_dom_callback_parser::json_sax_dom_callback_parser;

    bool number_float(json::number_float_t value, const json::string_t& text)
    {
        if (isIntegerLiteral(text)) {
            json::string_t digits = text;
            return string(digits);
        }
        return json_sax_dom_callback_parser::number_float(value, text);
    }
};

} // namespace

json parse(const QByteArray& body, int maxDepth)
{
    const json::parser_callback_t limitDepth = [maxDepth](int depth, json::parse_event_t, json&) {
        return depth <= maxDepth;
    };
    json result;
    ExactIntegerDom dom(result, limitDepth, /*allow_exceptions=*/false);
    json::sax_parse(body.constData(), body.constData() + body.size(), &dom,
                    json::input_format_t::json, /*strict=*/true);
    if (dom.is_errored())
        return json(json::value_t::discarded);
    if (result.is_discarded()) // the whole document was dropped by the depth limit
        return nullptr;
    return result;
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
    // Unsigned first: is_number_integer() is true for unsigned numbers too, and reading one
    // above 2^63 as qint64 would change its value.
    if (it->is_number_unsigned())
        return QString::number(it->get<quint64>());
    if (it->is_number_integer())
        return QString::number(it->get<qint64>());
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
        u"^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2})?)(?:[.,](\\d+))?(Z|z|[+-]"
        "\\d{2}:?\\d{2})?$"_s);
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch())
        return {};
    // Qt reads at most milliseconds: keep three digits of the fraction.
    QString normalised = match.captured(1);
    if (match.hasCaptured(2))
        normalised += u'.' + QString(match.captured(2) + u"00"_s).left(3);
    QString zone = match.captured(3);
    if (zone.isEmpty() || zone.compare(u"z", Qt::CaseInsensitive) == 0)
        zone = u"Z"_s;
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

std::optional<QList<ApiKey>> readKeyList(const json& items, const QString& provider,
                                         const QString& idName, const KeyIdReader& idOf,
                                         const KeyReader& keyOf, QString* error)
{
    QList<ApiKey> keys;
    keys.reserve(qsizetype(items.size()));
    int position = 0;
    for (const json& item : items) {
        ++position;
        if (!item.is_object()) {
            *error = QCoreApplication::translate(
                         "kw::jsonio", "Entry %1 of the key list from %2 is not an object.")
                         .arg(position)
                         .arg(provider);
            return std::nullopt;
        }
        const QString id = idOf(item);
        if (id.isEmpty()) {
            *error = QCoreApplication::translate("kw::jsonio",
                                                 "Entry %1 of the key list from %2 has no %3.")
                         .arg(position)
                         .arg(provider, idName);
            return std::nullopt;
        }
        keys << keyOf(item, id);
    }
    return keys;
}

namespace {

// Runs cleanUp on document when it goes out of scope, also when reading threw.
class CleanUpGuard
{
public:
    CleanUpGuard(json& document, const std::function<void(json&)>& cleanUp)
        : m_document(document), m_cleanUp(cleanUp)
    {}
    ~CleanUpGuard()
    {
        if (m_cleanUp)
            m_cleanUp(m_document);
    }
    CleanUpGuard(const CleanUpGuard&) = delete;
    CleanUpGuard& operator=(const CleanUpGuard&) = delete;

private:
    json& m_document;
    const std::function<void(json&)>& m_cleanUp;
};

} // namespace

std::optional<QList<ApiKey>> parseKeyListBody(const QByteArray& body, const KeyListFormat& format,
                                              QString* error)
{
    try {
        json document = parse(body);
        const CleanUpGuard guard(document, format.cleanUp);
        const json* items = format.findItems(document, error);
        if (!items)
            return std::nullopt;
        return readKeyList(*items, format.provider, format.idName, format.idOf, format.keyOf,
                           error);
    } catch (const std::exception& e) { // a shape the provider's checks did not foresee
        *error = format.unreadable.arg(QString::fromUtf8(e.what()));
        return std::nullopt;
    }
}

std::optional<CreatedKey> parseCreatedKeyBody(const QByteArray& body,
                                              const CreatedKeyFormat& format, QString* error)
{
    try {
        json document = parse(body);
        const CleanUpGuard guard(document, format.cleanUp);
        if (!document.is_object()) {
            *error = format.notObject;
            return std::nullopt;
        }
        CreatedKey created;
        created.secret = takeSecretField(document, format.secretField);
        if (created.secret.isEmpty()) {
            *error = format.noSecret;
            return std::nullopt;
        }
        format.fill(document, created);
        return created;
    } catch (const std::exception& e) {
        *error = format.unreadable.arg(QString::fromUtf8(e.what()));
        return std::nullopt;
    }
}

} // namespace kw::jsonio

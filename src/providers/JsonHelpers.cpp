#include "JsonHelpers.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <cstring>
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
// value, and idField() reads strings. Every value inside more than maxDepth open arrays and
// objects is dropped, so a hostile body cannot build a huge tree.
//
// The depth limit used to be nlohmann's callback DOM parser, which after every object searches
// the whole enclosing array for a dropped value: quadratic in a list's length (100 000 keys took
// seconds). Here dropped values are simply never handed to the plain DOM builder.
class BoundedExactDom
{
public:
    using Dom = nlohmann::detail::json_sax_dom_parser<json>;

    BoundedExactDom(json& result, int maxDepth)
        : m_dom(result, /*allow_exceptions=*/false), m_maxDepth(maxDepth)
    {}

    bool is_errored() const { return m_dom.is_errored(); }

    bool null() { return kept() ? m_dom.null() : true; }
    bool boolean(bool value) { return kept() ? m_dom.boolean(value) : true; }
    bool number_integer(json::number_integer_t value)
    {
        return kept() ? m_dom.number_integer(value) : true;
    }
    bool number_unsigned(json::number_unsigned_t value)
    {
        return kept() ? m_dom.number_unsigned(value) : true;
    }
    bool number_float(json::number_float_t value, const json::string_t& text)
    {
        if (!kept())
            return true;
        if (isIntegerLiteral(text)) {
            json::string_t digits = text;
            return m_dom.string(digits);
        }
        return m_dom.number_float(value, text);
    }
    bool string(json::string_t& value) { return kept() ? m_dom.string(value) : true; }
    bool binary(json::binary_t& value) { return kept() ? m_dom.binary(value) : true; }
    bool key(json::string_t& value) { return kept() ? m_dom.key(value) : true; }
    bool start_object(std::size_t length) { return open() ? m_dom.start_object(length) : true; }
    bool end_object() { return close() ? m_dom.end_object() : true; }
    bool start_array(std::size_t length) { return open() ? m_dom.start_array(length) : true; }
    bool end_array() { return close() ? m_dom.end_array() : true; }
    template <class Exception>
    bool parse_error(std::size_t position, const std::string& token, const Exception& error)
    {
        return m_dom.parse_error(position, token, error);
    }

private:
    // A value (or key) inside m_open arrays and objects, none of them dropped.
    bool kept() const { return m_dropped == 0 && m_open <= m_maxDepth; }
    bool open()
    {
        if (!kept()) {
            ++m_dropped;
            return false;
        }
        ++m_open;
        return true;
    }
    bool close()
    {
        if (m_dropped > 0) {
            --m_dropped;
            return false;
        }
        --m_open;
        return true;
    }

    Dom m_dom;
    int m_maxDepth;
    int m_open = 0;    // kept arrays and objects not yet closed
    int m_dropped = 0; // dropped arrays and objects not yet closed
};

} // namespace

json parse(const QByteArray& body, int maxDepth)
{
    json result;
    BoundedExactDom dom(result, maxDepth);
    json::sax_parse(body.constData(), body.constData() + body.size(), &dom,
                    json::input_format_t::json, /*strict=*/true);
    if (dom.is_errored())
        return json(json::value_t::discarded);
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

const json* member(const json& object, const char* name)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(name);
    return it == object.end() ? nullptr : &*it;
}

QString stringValue(const json& value)
{
    return value.is_string() ? toQString(value.get_ref<const std::string&>()) : QString();
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

namespace {

// One copy of each repeated value of a list (a service, a description, an owner shared by many
// keys): equal QStrings then share their text, which halves what 100 000 keys take.
class Interner
{
public:
    void intern(QString& text)
    {
        if (text.isEmpty())
            return;
        const auto known = m_strings.constFind(text);
        if (known != m_strings.cend())
            text = *known;
        else
            m_strings.insert(text, text);
    }
    void intern(QStringList& list)
    {
        if (list.isEmpty())
            return;
        const auto known = m_lists.constFind(list);
        if (known != m_lists.cend()) {
            list = *known;
            return;
        }
        for (QString& text : list)
            intern(text);
        m_lists.insert(list, list);
    }
    void intern(ApiKey& key)
    {
        for (QString* text :
             {&key.description, &key.principal, &key.principalName, &key.kind, &key.projectId,
              &key.projectName, &key.bearerType, &key.readOnlyReason})
            intern(*text);
        intern(key.services);
        intern(key.ipAllowlist);
    }

private:
    QHash<QString, QString> m_strings;
    QHash<QStringList, QStringList> m_lists;
};

} // namespace

namespace {

// One entry of a key list, the position-th (from 1): its key appended to keys, or false with
// *error saying what is wrong with it.
bool readEntry(const json& item, int position, const QString& provider, const QString& idName,
               const KeyIdReader& idOf, const KeyReader& keyOf, Interner& interner,
               QList<ApiKey>& keys, QString* error)
{
    if (!item.is_object()) {
        *error = QCoreApplication::translate("kw::jsonio",
                                             "Entry %1 of the key list from %2 is not an object.")
                     .arg(position)
                     .arg(provider);
        return false;
    }
    const QString id = idOf(item);
    if (id.isEmpty()) {
        *error =
            QCoreApplication::translate("kw::jsonio", "Entry %1 of the key list from %2 has no %3.")
                .arg(position)
                .arg(provider, idName);
        return false;
    }
    keys << keyOf(item, id);
    interner.intern(keys.back());
    return true;
}

} // namespace

std::optional<QList<ApiKey>> readKeyList(const json& items, const QString& provider,
                                         const QString& idName, const KeyIdReader& idOf,
                                         const KeyReader& keyOf, QString* error)
{
    QList<ApiKey> keys;
    keys.reserve(qsizetype(items.size()));
    Interner interner;
    int position = 0;
    for (const json& item : items) {
        if (!readEntry(item, ++position, provider, idName, idOf, keyOf, interner, keys, error))
            return std::nullopt;
    }
    return keys;
}

namespace {

// A body that is one JSON array of entries, read an entry at a time: each entry's document is
// built, read into a key and freed before the next, rather than a document of the whole list
// (most of a long list's parse, and over a kilobyte a key at its peak). Same depth limit as
// parse(). Any syntax error: the caller reads the body the usual way, for the usual message.
class StreamedEntries
{
public:
    using EntryReader = std::function<void(const json& entry)>;
    StreamedEntries(int maxDepth, EntryReader read) : m_maxDepth(maxDepth), m_read(std::move(read))
    {}

    // The whole body was one array, read to its end.
    bool finished() const { return m_state == State::Done; }

    bool null() { return m_entry ? m_entry->null() : topScalar(json(nullptr)); }
    bool boolean(bool value) { return m_entry ? m_entry->boolean(value) : topScalar(json(value)); }
    bool number_integer(json::number_integer_t value)
    {
        return m_entry ? m_entry->number_integer(value) : topScalar(json(value));
    }
    bool number_unsigned(json::number_unsigned_t value)
    {
        return m_entry ? m_entry->number_unsigned(value) : topScalar(json(value));
    }
    bool number_float(json::number_float_t value, const json::string_t& text)
    {
        if (m_entry)
            return m_entry->number_float(value, text);
        return topScalar(isIntegerLiteral(text) ? json(text) : json(value));
    }
    bool string(json::string_t& value)
    {
        return m_entry ? m_entry->string(value) : topScalar(json(value));
    }
    bool binary(json::binary_t& value) { return m_entry && m_entry->binary(value); }
    bool key(json::string_t& value) { return m_entry && m_entry->key(value); }
    bool start_object(std::size_t length)
    {
        if (!startEntry())
            return false; // not a list: read the usual way
        ++m_open;
        return m_entry->start_object(length);
    }
    bool end_object()
    {
        if (!m_entry)
            return false;
        --m_open;
        return m_entry->end_object() && ended();
    }
    bool start_array(std::size_t length)
    {
        if (m_state == State::Start) {
            m_state = State::InList;
            return true;
        }
        if (!startEntry())
            return false;
        ++m_open;
        return m_entry->start_array(length);
    }
    bool end_array()
    {
        if (!m_entry) {
            m_state = State::Done;
            return true;
        }
        --m_open;
        return m_entry->end_array() && ended();
    }
    template <class Exception> bool parse_error(std::size_t, const std::string&, const Exception&)
    {
        return false;
    }

private:
    enum class State
    {
        Start,
        InList,
        Done
    };

    bool topScalar(const json& value)
    {
        if (m_state != State::InList)
            return false;
        if (m_maxDepth >= 1) // deeper than the limit, parse() drops the entries
            m_read(value);
        return true;
    }
    bool startEntry()
    {
        if (m_entry)
            return true;
        if (m_state != State::InList)
            return false;
        m_document = json();
        m_entry.emplace(m_document, m_maxDepth - 1);
        m_open = 0;
        return true;
    }
    // After a bracket inside an entry: once the entry's own closes, the entry is read.
    bool ended()
    {
        if (m_open > 0)
            return true;
        const bool errored = m_entry->is_errored();
        m_entry.reset();
        if (errored)
            return false;
        if (m_maxDepth >= 1)
            m_read(m_document);
        m_document = json();
        return true;
    }

    int m_maxDepth;
    EntryReader m_read;
    State m_state = State::Start;
    json m_document;
    std::optional<BoundedExactDom> m_entry;
    int m_open = 0;
};

} // namespace

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

namespace {

// parseKeyListBody for a body that is a JSON array which the format takes as the list itself:
// read an entry at a time (StreamedEntries). nullopt when the body is not such an array or not
// valid JSON, for the caller to read it the usual way; otherwise the keys, or *failed set.
std::optional<QList<ApiKey>> streamKeyList(const QByteArray& body, const KeyListFormat& format,
                                           QString* failed)
{
    qsizetype first = 0;
    while (first < body.size() && std::strchr(" \t\r\n", body.at(first)) && body.at(first) != 0)
        ++first;
    if (format.cleanUp || first >= body.size() || body.at(first) != '[')
        return std::nullopt;
    json probe = json::array();
    QString shapeError;
    if (format.findItems(probe, &shapeError) != &probe)
        return std::nullopt;
    QList<ApiKey> keys;
    Interner interner;
    int position = 0;
    bool ok = true;
    StreamedEntries entries(32, [&](const json& entry) {
        if (!ok)
            return; // read on to the end only to know that the body is valid JSON
        try {
            ok = readEntry(entry, ++position, format.provider, format.idName, format.idOf,
                           format.keyOf, interner, keys, failed);
        } catch (const std::exception& e) {
            *failed = format.unreadable.arg(QString::fromUtf8(e.what()));
            ok = false;
        }
    });
    try {
        if (!json::sax_parse(body.constData(), body.constData() + body.size(), &entries,
                             json::input_format_t::json, /*strict=*/true) ||
            !entries.finished())
            return std::nullopt;
    } catch (const std::exception&) {
        return std::nullopt;
    }
    if (!ok)
        return QList<ApiKey>{}; // *failed says why
    failed->clear();
    keys.squeeze(); // grown without knowing the count: the spare room would stay with the list
    return keys;
}

} // namespace

std::optional<QList<ApiKey>> parseKeyListBody(const QByteArray& body, const KeyListFormat& format,
                                              QString* error)
{
    if (std::optional<QList<ApiKey>> fast = readKeyListFast(body, format.fast))
        return fast; // its repeated values share one copy already (FastMemo)
    QString failed;
    if (std::optional<QList<ApiKey>> streamed = streamKeyList(body, format, &failed)) {
        if (!failed.isEmpty()) {
            *error = failed;
            return std::nullopt;
        }
        return streamed;
    }
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

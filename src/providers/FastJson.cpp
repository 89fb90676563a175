#include "FastJson.h"

#include "JsonHelpers.h"

#include <QList>
#include <algorithm>
#include <atomic>
#include <openssl/crypto.h>

namespace kw::jsonio {

namespace {

std::atomic<bool> g_fastReaderEnabled{true};
std::atomic<quint64> g_fastReaderLists{0};

constexpr int MaxDepth = 16; // deeper: the usual reader (which drops what is beyond 32)

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The length of the UTF-8 sequence at text (RFC 3629, as nlohmann's lexer checks it), 0 when it
// is not valid.
int utf8Length(const unsigned char* at, const unsigned char* end)
{
    const auto inRange = [&](int index, unsigned char low, unsigned char high) {
        return at + index < end && at[index] >= low && at[index] <= high;
    };
    const unsigned char first = *at;
    if (first >= 0xC2 && first <= 0xDF)
        return inRange(1, 0x80, 0xBF) ? 2 : 0;
    if (first == 0xE0)
        return inRange(1, 0xA0, 0xBF) && inRange(2, 0x80, 0xBF) ? 3 : 0;
    if ((first >= 0xE1 && first <= 0xEC) || first == 0xEE || first == 0xEF)
        return inRange(1, 0x80, 0xBF) && inRange(2, 0x80, 0xBF) ? 3 : 0;
    if (first == 0xED)
        return inRange(1, 0x80, 0x9F) && inRange(2, 0x80, 0xBF) ? 3 : 0;
    if (first == 0xF0)
        return inRange(1, 0x90, 0xBF) && inRange(2, 0x80, 0xBF) && inRange(3, 0x80, 0xBF) ? 4 : 0;
    if (first >= 0xF1 && first <= 0xF3)
        return inRange(1, 0x80, 0xBF) && inRange(2, 0x80, 0xBF) && inRange(3, 0x80, 0xBF) ? 4 : 0;
    if (first == 0xF4)
        return inRange(1, 0x80, 0x8F) && inRange(2, 0x80, 0xBF) && inRange(3, 0x80, 0xBF) ? 4 : 0;
    return 0;
}

// Printable ASCII other than '"' and '\\': taken in a string as it is.
constexpr std::array<bool, 256> PlainCharacters = [] {
    std::array<bool, 256> plain{};
    for (int c = 0x20; c < 0x80; ++c)
        plain[std::size_t(c)] = c != '"' && c != '\\';
    return plain;
}();

bool isPlain(unsigned char c)
{
    return PlainCharacters[c];
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(std::string& out, unsigned code)
{
    if (code < 0x80) {
        out += char(code);
    } else if (code < 0x800) {
        out += char(0xC0 | (code >> 6));
        out += char(0x80 | (code & 0x3F));
    } else {
        out += char(0xE0 | (code >> 12));
        out += char(0x80 | ((code >> 6) & 0x3F));
        out += char(0x80 | (code & 0x3F));
    }
}

} // namespace

// Reads JSON values from a body into a vector of FastValue (one entry's tree at a time). Every
// read returns false at the first thing it does not take; the caller then gives up.
class FastReader
{
public:
    FastReader(const char* begin, const char* end) : m_begin(begin), m_at(begin), m_end(end) {}
    ~FastReader() { clearDecoded(); }
    FastReader(const FastReader&) = delete;
    FastReader& operator=(const FastReader&) = delete;

    qsizetype offset() const { return qsizetype(m_at - m_begin); }
    qsizetype remaining() const { return qsizetype(m_end - m_at); }

    bool atEnd()
    {
        skipWhitespace();
        return m_at == m_end;
    }
    // The next character after whitespace, consumed when it is expected.
    bool take(char expected)
    {
        skipWhitespace();
        if (m_at == m_end || *m_at != expected)
            return false;
        ++m_at;
        return true;
    }
    bool peekIs(char expected)
    {
        skipWhitespace();
        return m_at != m_end && *m_at == expected;
    }

    // A whole value into nodes, which are cleared first (and the decoded strings of the last).
    bool readTree(std::vector<FastValue>& nodes)
    {
        nodes.clear();
        clearDecoded();
        return readValue(nodes, 1);
    }
    // A member's name (the '"' next).
    bool readKey(std::string_view& key)
    {
        skipWhitespace();
        return readString(key) && take(':');
    }

private:
    void skipWhitespace()
    {
        while (m_at != m_end && isWhitespace(*m_at))
            ++m_at;
    }

    void clearDecoded()
    {
        // A decoded string may be a secret (a JWT with an escaped '/'): wiped before it is freed.
        for (std::string& text : m_decoded)
            OPENSSL_cleanse(text.data(), text.size());
        m_decoded.clear();
    }

    bool readValue(std::vector<FastValue>& nodes, int depth)
    {
        skipWhitespace();
        if (m_at == m_end || depth > MaxDepth)
            return false;
        const std::size_t index = nodes.size();
        nodes.emplace_back();
        const char* start = m_at;
        if (!readValueAt(nodes, index, depth))
            return false;
        nodes[index].m_raw = std::string_view(start, std::size_t(m_at - start));
        return true;
    }

    bool readValueAt(std::vector<FastValue>& nodes, std::size_t index, int depth)
    {
        switch (*m_at) {
        case '{':
            return readObject(nodes, index, depth);
        case '[':
            return readArray(nodes, index, depth);
        case '"':
            nodes[index].m_type = FastValue::Type::String;
            return readString(nodes[index].m_text);
        case 't':
            nodes[index].m_type = FastValue::Type::Boolean;
            nodes[index].m_boolean = true;
            return readLiteral("true");
        case 'f':
            nodes[index].m_type = FastValue::Type::Boolean;
            return readLiteral("false");
        case 'n':
            return readLiteral("null");
        default:
            return readNumber(nodes[index]);
        }
    }

    bool readLiteral(std::string_view literal)
    {
        if (std::size_t(m_end - m_at) < literal.size() ||
            std::string_view(m_at, literal.size()) != literal)
            return false;
        m_at += literal.size();
        return true;
    }

    bool readObject(std::vector<FastValue>& nodes, std::size_t index, int depth)
    {
        ++m_at; // '{'
        nodes[index].m_type = FastValue::Type::Object;
        std::uint32_t count = 0;
        if (!take('}')) {
            do {
                std::string_view key;
                if (!readKey(key))
                    return false;
                const std::size_t child = nodes.size();
                if (!readValue(nodes, depth + 1))
                    return false;
                nodes[child].m_key = key;
                ++count;
            } while (take(','));
            if (!take('}'))
                return false;
        }
        nodes[index].m_count = count;
        nodes[index].m_size = std::uint32_t(nodes.size() - index);
        return true;
    }

    bool readArray(std::vector<FastValue>& nodes, std::size_t index, int depth)
    {
        ++m_at; // '['
        nodes[index].m_type = FastValue::Type::Array;
        std::uint32_t count = 0;
        if (!take(']')) {
            do {
                if (!readValue(nodes, depth + 1))
                    return false;
                ++count;
            } while (take(','));
            if (!take(']'))
                return false;
        }
        nodes[index].m_count = count;
        nodes[index].m_size = std::uint32_t(nodes.size() - index);
        return true;
    }

    // A string (the '"' next): a view into the body, or into a decoded copy when it escapes.
    bool readString(std::string_view& text)
    {
        if (m_at == m_end || *m_at != '"')
            return false;
        const char* start = ++m_at;
        bool escaped = false;
        while (true) {
            // The plain characters of a string, most of it, in a tight loop.
            while (m_at != m_end && isPlain(static_cast<unsigned char>(*m_at)))
                ++m_at;
            if (m_at == m_end)
                return false;
            const auto c = static_cast<unsigned char>(*m_at);
            if (c == '"')
                break;
            if (c < 0x20)
                return false;
            if (c == '\\') {
                escaped = true;
                if (m_end - m_at < 2)
                    return false;
                m_at += 2; // the escape is checked when decoded
                continue;
            }
            if (c < 0x80) {
                ++m_at;
                continue;
            }
            const int length = utf8Length(reinterpret_cast<const unsigned char*>(m_at),
                                          reinterpret_cast<const unsigned char*>(m_end));
            if (length == 0)
                return false;
            m_at += length;
        }
        const std::string_view raw(start, std::size_t(m_at - start));
        ++m_at; // '"'
        if (!escaped) {
            text = raw;
            return true;
        }
        m_decoded.emplace_back();
        if (!decode(raw, m_decoded.back()))
            return false;
        text = m_decoded.back();
        return true;
    }

    static bool decode(std::string_view raw, std::string& out)
    {
        out.reserve(raw.size());
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] != '\\') {
                out += raw[i];
                continue;
            }
            const char kind = raw[++i];
            switch (kind) {
            case '"':
            case '\\':
            case '/':
                out += kind;
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                if (raw.size() - i < 5)
                    return false;
                unsigned code = 0;
                for (std::size_t digit = 1; digit <= 4; ++digit) {
                    const int value = hexValue(raw[i + digit]);
                    if (value < 0)
                        return false;
                    code = code * 16 + unsigned(value);
                }
                if (code >= 0xD800 && code <= 0xDFFF)
                    return false; // surrogates: left to the usual reader
                appendUtf8(out, code);
                i += 4;
                break;
            }
            default:
                return false;
            }
        }
        return true;
    }

    // An integer; a fraction or an exponent is left to the usual reader. Beyond 64 bits it is
    // kept as its digits, as jsonio::parse keeps it.
    bool readNumber(FastValue& value)
    {
        const char* start = m_at;
        const bool negative = *m_at == '-';
        if (negative)
            ++m_at;
        if (m_at == m_end || *m_at < '0' || *m_at > '9')
            return false;
        if (*m_at == '0') {
            ++m_at;
        } else {
            while (m_at != m_end && *m_at >= '0' && *m_at <= '9')
                ++m_at;
        }
        if (m_at != m_end && (*m_at == '.' || *m_at == 'e' || *m_at == 'E'))
            return false;
        const std::string_view digits(start + (negative ? 1 : 0),
                                      std::size_t(m_at - start - (negative ? 1 : 0)));
        quint64 magnitude = 0;
        bool fits = digits.size() <= 20;
        for (const char digit : digits) {
            if (!fits)
                break;
            const auto d = quint64(digit - '0');
            if (magnitude > (~quint64(0) - d) / 10)
                fits = false;
            else
                magnitude = magnitude * 10 + d;
        }
        // As nlohmann reads them: a number without a sign is unsigned, one with a sign signed.
        constexpr quint64 Int64Max = quint64(std::numeric_limits<qint64>::max());
        if (negative && fits && magnitude <= Int64Max + 1) {
            value.m_type = FastValue::Type::Integer;
            value.m_integer =
                magnitude == Int64Max + 1 ? std::numeric_limits<qint64>::min() : -qint64(magnitude);
            value.m_unsigned = quint64(value.m_integer);
        } else if (!negative && fits) {
            value.m_type = FastValue::Type::Unsigned;
            value.m_unsigned = magnitude;
            value.m_integer = qint64(magnitude);
        } else {
            value.m_type = FastValue::Type::String;
            value.m_text = std::string_view(start, std::size_t(m_at - start));
        }
        return true;
    }

    const char* m_begin;
    const char* m_at;
    const char* m_end;
    std::deque<std::string> m_decoded;
};

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

const FastValue* member(const FastValue& object, const char* name)
{
    return object.find(name);
}

QString stringValue(const FastValue& value)
{
    return value.is_string() ? toQString(value.text()) : QString();
}

QString stringField(const FastValue& object, const char* name)
{
    const FastValue* value = object.find(name);
    return value ? stringValue(*value) : QString();
}

QString idField(const FastValue& object, const char* name)
{
    const FastValue* value = object.find(name);
    if (!value)
        return {};
    if (value->is_string())
        return toQString(value->text()).trimmed();
    if (value->is_number_unsigned())
        return QString::number(value->unsignedInteger());
    if (value->is_number_integer())
        return QString::number(value->integer());
    return {};
}

std::optional<bool> boolField(const FastValue& object, const char* name)
{
    const FastValue* value = object.find(name);
    if (!value || !value->is_boolean())
        return std::nullopt;
    return value->boolean();
}

std::optional<QDateTime> timeField(const FastValue& object, const char* name)
{
    const FastValue* value = object.find(name);
    if (!value || !value->is_string() || value->text().empty())
        return std::nullopt;
    const QDateTime when = parseTimestampUtf8(value->text());
    if (!when.isValid())
        return std::nullopt;
    return when;
}

QString FastMemo::stringField(const FastValue& object, const char* name)
{
    const FastValue* value = object.find(name);
    if (!value || !value->is_string())
        return {};
    const auto known = m_strings.find(value->raw());
    if (known != m_strings.end())
        return known->second;
    QString text = toQString(value->text());
    m_strings.emplace(value->raw(), text);
    return text;
}

const FastValue* FastValue::find(std::string_view name) const
{
    if (m_type != Type::Object)
        return nullptr;
    const FastValue* found = nullptr;
    for (const FastValue& child : *this) {
        if (child.m_key == name)
            found = &child;
    }
    return found;
}

void setFastReaderEnabled(bool enabled)
{
    g_fastReaderEnabled = enabled;
}

bool fastReaderEnabled()
{
    return g_fastReaderEnabled;
}

quint64 fastReaderLists()
{
    return g_fastReaderLists;
}

namespace {

// Reads the entries of one array (the '[' next) into keys; false when any is not read exactly.
bool readEntries(FastReader& reader, const FastKeyListFormat& format, FastMemo& memo,
                 QList<ApiKey>& keys)
{
    if (!reader.take('['))
        return false;
    if (reader.take(']'))
        return true;
    std::vector<FastValue> nodes;
    nodes.reserve(64);
    const qsizetype firstKey = keys.size();
    const qsizetype listStart = reader.offset();
    do {
        if (!reader.readTree(nodes) || !nodes.front().is_object())
            return false;
        const QString id = format.idOf(nodes.front());
        if (id.isEmpty())
            return false; // the usual reader says which entry
        keys.append(format.keyOf(nodes.front(), id, memo));
        // Room for the whole list at once, guessed from the first entries' size: a long list
        // then neither grows step by step nor needs squeezing (each a copy of every key).
        if (keys.size() - firstKey == 64)
            keys.reserve(keys.size() +
                         (reader.remaining() * 64 / (reader.offset() - listStart)) * 51 / 50);
    } while (reader.take(','));
    return reader.take(']');
}

// {"<list>": [...], …}: the list under the first of format.listFields that holds an array.
bool readWrappedList(FastReader& reader, const FastKeyListFormat& format, FastMemo& memo,
                     QList<ApiKey>& keys)
{
    if (!reader.take('{'))
        return false;
    std::vector<std::optional<QList<ApiKey>>> lists(format.listFields.size());
    std::vector<FastValue> scratch;
    std::vector<std::string_view> seen;
    if (!reader.take('}')) {
        do {
            std::string_view key;
            if (!reader.readKey(key))
                return false;
            const auto listed = std::find(format.listFields.begin(), format.listFields.end(), key);
            if (listed != format.listFields.end()) {
                // A name given twice: the usual reader knows which one a document keeps.
                if (std::find(seen.begin(), seen.end(), *listed) != seen.end())
                    return false;
                seen.push_back(*listed); // key may view a decoded copy that the next read frees
                if (reader.peekIs('[')) {
                    QList<ApiKey> list;
                    if (!readEntries(reader, format, memo, list))
                        return false;
                    lists[std::size_t(listed - format.listFields.begin())] = std::move(list);
                    continue;
                }
            }
            const std::string name(key); // kept: reading the value frees decoded copies
            if (!reader.readTree(scratch))
                return false;
            if (format.otherMember)
                format.otherMember(name, scratch.front());
        } while (reader.take(','));
        if (!reader.take('}'))
            return false;
    }
    for (std::optional<QList<ApiKey>>& list : lists) {
        if (list) {
            keys = std::move(*list);
            return true;
        }
    }
    return false; // no list: the usual reader says so
}

} // namespace

std::optional<QList<ApiKey>> readKeyListFast(const QByteArray& body,
                                             const FastKeyListFormat& format)
{
    if (!fastReaderEnabled() || !format.keyOf || !format.idOf)
        return std::nullopt;
    FastReader reader(body.constData(), body.constData() + body.size());
    QList<ApiKey> keys;
    FastMemo memo;
    try {
        bool read = false;
        if (reader.peekIs('['))
            read = format.topLevelArray && readEntries(reader, format, memo, keys);
        else if (reader.peekIs('{'))
            read = !format.listFields.empty() && readWrappedList(reader, format, memo, keys);
        if (!read || !reader.atEnd())
            return std::nullopt;
    } catch (const std::exception&) {
        return std::nullopt; // the usual reader says what went wrong
    }
    if (keys.capacity() - keys.size() > keys.size() / 32)
        keys.squeeze(); // a guess well off: the spare room would stay with the list
    ++g_fastReaderLists;
    return keys;
}

} // namespace kw::jsonio

#pragma once

// The strict JSON reader under the fast reader of key lists (FastJson.h): private to
// src/providers/FastJson*.cpp.
#include "FastJson.h"

#include <array>
#include <deque>
#include <limits>
#include <openssl/crypto.h>
#include <string>
#include <string_view>
#include <vector>

namespace kw::jsonio {

namespace fastreader {

constexpr int MaxDepth = 16; // deeper: the usual reader (which drops what is beyond 32)

inline bool isWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The length of the UTF-8 sequence at text (RFC 3629, as nlohmann's lexer checks it), 0 when it
// is not valid.
inline int utf8Length(const unsigned char* at, const unsigned char* end)
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
inline constexpr std::array<bool, 256> PlainCharacters = [] {
    std::array<bool, 256> plain{};
    for (int c = 0x20; c < 0x80; ++c)
        plain[std::size_t(c)] = c != '"' && c != '\\';
    return plain;
}();

inline bool isPlain(unsigned char c)
{
    return PlainCharacters[c];
}

inline int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

inline void appendUtf8(std::string& out, unsigned code)
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

// Reads JSON values from a body into a vector of FastValue (one entry's tree at a time). Every
// read returns false at the first thing it does not take; the caller then gives up.
class FastReader
{
public:
    FastReader(const char* begin, const char* end) : m_begin(begin), m_at(begin), m_end(end) {}
    // Reading from at, somewhere in [begin, end); offsets still count from begin.
    FastReader(const char* begin, const char* at, const char* end)
        : m_begin(begin), m_at(at), m_end(end)
    {}
    ~FastReader() { clearDecoded(); }
    FastReader(const FastReader&) = delete;
    FastReader& operator=(const FastReader&) = delete;

    qsizetype offset() const { return qsizetype(m_at - m_begin); }
    qsizetype remaining() const { return qsizetype(m_end - m_at); }
    // On from offset, where another reader of the same body stopped.
    void moveTo(qsizetype offset)
    {
        clearDecoded();
        m_at = m_begin + offset;
    }

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

} // namespace fastreader

} // namespace kw::jsonio

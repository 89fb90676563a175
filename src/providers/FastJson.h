#pragma once

#include "core/ApiKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <array>
#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

// The fast reader of key lists: a strict JSON reader that reads a list an entry at a time into a
// small tree of views into the body (FastValue), which the providers' readers read straight into
// ApiKey fields, without a document of nlohmann's per entry (its lexer and its maps were most of
// a long list's parse).
//
// It takes only what it can read exactly as jsonio::parse would: a body with anything else (a
// syntax error, a fraction or an exponent, a \u surrogate, a byte order mark, a depth over 16, an
// entry that is not an object or has no id) is left to the usual reader, which then gives the
// usual result or message. So every answer reads the same either way, only faster.
namespace kw::jsonio {

namespace fastreader {
class FastReader;
}

// One value of an entry. Strings are views into the body, or into a decoded copy where the body
// escapes a character; valid until the reader moves on to the next entry.
class FastValue
{
public:
    enum class Type : std::uint8_t
    {
        Null,
        Boolean,
        Integer,  // with a minus sign, fits qint64
        Unsigned, // without a sign, fits quint64 (as nlohmann reads them)
        String,   // also an integer beyond 64 bits, as its digits (as jsonio::parse keeps it)
        Array,
        Object
    };

    Type type() const { return m_type; }
    bool is_null() const { return m_type == Type::Null; }
    bool is_boolean() const { return m_type == Type::Boolean; }
    bool is_string() const { return m_type == Type::String; }
    bool is_array() const { return m_type == Type::Array; }
    bool is_object() const { return m_type == Type::Object; }
    bool is_number_integer() const { return m_type == Type::Integer || m_type == Type::Unsigned; }
    bool is_number_unsigned() const { return m_type == Type::Unsigned; }

    bool boolean() const { return m_boolean; }
    qint64 integer() const { return m_integer; }
    quint64 unsignedInteger() const { return m_unsigned; }
    std::string_view text() const { return m_text; } // a string's value
    std::string_view key() const { return m_key; }   // the member's name, inside an object
    // The value's own text in the body, as sent (quotes and escapes included): the same for the
    // whole read, so it can key what is worked out of the value.
    std::string_view raw() const { return m_raw; }

    // An object's member of that name (the last one, as a parsed document keeps it), or nullptr.
    const FastValue* find(std::string_view name) const;

    // The children of an array or an object, in order.
    class Iterator
    {
    public:
        explicit Iterator(const FastValue* at) : m_at(at) {}
        const FastValue& operator*() const { return *m_at; }
        const FastValue* operator->() const { return m_at; }
        Iterator& operator++()
        {
            m_at += m_at->m_size;
            return *this;
        }
        bool operator==(const Iterator& other) const { return m_at == other.m_at; }

    private:
        const FastValue* m_at;
    };
    Iterator begin() const { return Iterator(this + 1); }
    Iterator end() const { return Iterator(this + m_size); }
    std::uint32_t size() const { return m_count; } // children

private:
    friend class fastreader::FastReader;
    std::string_view m_key;
    std::string_view m_text;
    std::string_view m_raw;
    qint64 m_integer = 0;
    quint64 m_unsigned = 0;
    std::uint32_t m_size = 1;  // nodes in this value's tree, itself included
    std::uint32_t m_count = 0; // children
    Type m_type = Type::Null;
    bool m_boolean = false;
};

// The helpers of JsonHelpers.h for a FastValue, with the same results.
QString toQString(std::string_view text);
QString stringField(const FastValue& object, const char* name);
QString idField(const FastValue& object, const char* name = "id");
std::optional<bool> boolField(const FastValue& object, const char* name);
std::optional<QDateTime> timeField(const FastValue& object, const char* name);
// object's member of that name; nullptr when missing or object is not an object.
const FastValue* member(const FastValue& object, const char* name);
// A string value as a QString; empty when value is not a string.
QString stringValue(const FastValue& value);

// What the readers of one list work out once for each distinct value: a list's repeated texts
// (a description, an owner, a kind) share one QString, and a repeated allowlist or set of
// services is read once. Keys are the values' raw texts in the body, valid for the whole read.
class FastMemo
{
public:
    // object's string member as a QString (empty when missing or not a string), one copy for
    // each distinct text.
    QString stringField(const FastValue& object, const char* name);
    // compute(), once for each distinct pair of raw texts of first and second (either may be
    // nullptr, for a missing member), in its own slot (0 to Slots - 1) for each kind of list.
    static constexpr int Slots = 4;
    template <typename Compute>
    QStringList list(int slot, const FastValue* first, const FastValue* second, Compute compute)
    {
        const RawPair key{first ? first->raw() : std::string_view(),
                          second ? second->raw() : std::string_view()};
        auto& lists = m_lists[std::size_t(slot)];
        const auto known = lists.find(key);
        if (known != lists.end())
            return known->second;
        QStringList value = compute();
        lists.emplace(key, value);
        return value;
    }

private:
    using RawPair = std::pair<std::string_view, std::string_view>;
    struct RawPairHash
    {
        std::size_t operator()(const RawPair& pair) const
        {
            const std::hash<std::string_view> hash;
            return hash(pair.first) * 31 + hash(pair.second);
        }
    };
    std::unordered_map<std::string_view, QString> m_strings;
    std::array<std::unordered_map<RawPair, QStringList, RawPairHash>, Slots> m_lists;
};

// A timestamp of the shape every provider sends, read from its UTF-8 text; anything else is read
// by parseTimestamp. Invalid when it is not a timestamp.
QDateTime parseTimestampUtf8(std::string_view text);

// Whether key lists are read by the fast reader (true, the default) or only by the usual one: a
// switch for the tests that check that both read every answer the same.
void setFastReaderEnabled(bool enabled);
bool fastReaderEnabled();
// How many lists the fast reader has read to the end in this process (for those tests).
quint64 fastReaderLists();
// A list of at least this many bytes (256 KiB unless set) is read in two halves at once when a
// thread of offThreadPool() is free. Tests set it low to read short lists so, and wait for the
// second half's thread to start (otherwise the first half reads on alone when it gets there
// first). How many lists were read in halves.
inline constexpr qsizetype FastReaderSplitBytes = 256 * 1024;
void setFastReaderSplitBytes(qsizetype bytes, bool waitForSecondHalf = false);
quint64 fastReaderSplitLists();

// What the fast reader needs of a provider's key list.
struct FastKeyListFormat
{
    // The body may be the list itself (a JSON array).
    bool topLevelArray = false;
    // The body may be an object holding the list under one of these names (the first present as
    // an array wins, as the provider's findItems reads it).
    std::vector<std::string_view> listFields;
    std::function<QString(const FastValue& entry)> idOf;
    // Reads an entry as the provider's keyOf reads its document; repeated values through memo
    // (the fast reader's keys are not interned again).
    std::function<ApiKey(const FastValue& entry, const QString& id, FastMemo& memo)> keyOf;
    // Given every other member of an object that holds the list (a total count); may be empty.
    std::function<void(std::string_view name, const FastValue& value)> otherMember;
};

// The keys of a list body, when the fast reader could read all of it; nullopt otherwise (the
// caller then reads the body the usual way). The repeated values of the keys share one copy.
std::optional<QList<ApiKey>> readKeyListFast(const QByteArray& body,
                                             const FastKeyListFormat& format);

} // namespace kw::jsonio

#include "JsonOut.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>

using namespace Qt::StringLiterals;

namespace kw::cli {

namespace {

constexpr char Hex[] = "0123456789abcdef";

char* writeEscape(char* at, char16_t unit)
{
    *at++ = '\\';
    *at++ = 'u';
    *at++ = Hex[(unit >> 12) & 0xf];
    *at++ = Hex[(unit >> 8) & 0xf];
    *at++ = Hex[(unit >> 4) & 0xf];
    *at++ = Hex[unit & 0xf];
    return at;
}

// One UTF-16 unit below 0x80, escaped as QJsonDocument escapes it.
char* writeAscii(char* at, char16_t unit)
{
    char escape = 0;
    switch (unit) {
    case u'"':
        escape = '"';
        break;
    case u'\\':
        escape = '\\';
        break;
    case u'\b':
        escape = 'b';
        break;
    case u'\f':
        escape = 'f';
        break;
    case u'\n':
        escape = 'n';
        break;
    case u'\r':
        escape = 'r';
        break;
    case u'\t':
        escape = 't';
        break;
    default:
        if (unit < 0x20)
            return writeEscape(at, unit);
        *at++ = char(unit);
        return at;
    }
    *at++ = '\\';
    *at++ = escape;
    return at;
}

char* writeUtf8(char* at, char32_t code)
{
    if (code < 0x800) {
        *at++ = char(0xc0 | (code >> 6));
    } else if (code < 0x10000) {
        *at++ = char(0xe0 | (code >> 12));
        *at++ = char(0x80 | ((code >> 6) & 0x3f));
    } else {
        *at++ = char(0xf0 | (code >> 18));
        *at++ = char(0x80 | ((code >> 12) & 0x3f));
        *at++ = char(0x80 | ((code >> 6) & 0x3f));
    }
    *at++ = char(0x80 | (code & 0x3f));
    return at;
}

// Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's civil_from_days).
std::array<qint64, 3> civilFromDays(qint64 days)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shifted = (5 * dayOfYear + 2) / 153;
    const qint64 day = dayOfYear - (153 * shifted + 2) / 5 + 1;
    const qint64 month = shifted < 10 ? shifted + 3 : shifted - 9;
    return {yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

qint64 floorDiv(qint64 value, qint64 divisor)
{
    return value / divisor - (value % divisor < 0 ? 1 : 0);
}

} // namespace

JsonOut::JsonOut(Sink sink, qsizetype chunkBytes)
    : m_sink(std::move(sink)), m_chunkBytes(chunkBytes)
{
    m_buffer.resize(std::size_t(chunkBytes + 4096));
}

JsonOut::~JsonOut()
{
    flush();
}

char* JsonOut::room(qsizetype bytes)
{
    if (m_used + bytes > qsizetype(m_buffer.size()))
        m_buffer.resize(std::max(2 * m_buffer.size(), std::size_t(m_used + bytes)));
    return m_buffer.data() + m_used;
}

void JsonOut::put(char c)
{
    *room(1) = c;
    ++m_used;
}

void JsonOut::put(const char* bytes, qsizetype size)
{
    std::memcpy(room(size), bytes, std::size_t(size));
    m_used += size;
}

void JsonOut::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_empty.empty()) {
        if (!m_empty.back())
            put(',');
        m_empty.back() = false;
    }
}

void JsonOut::written()
{
    if (m_used >= m_chunkBytes)
        flush();
}

void JsonOut::beginArray()
{
    separate();
    put('[');
    m_empty.push_back(true);
}

void JsonOut::endArray()
{
    m_empty.pop_back();
    put(']');
    written();
}

void JsonOut::beginObject()
{
    separate();
    put('{');
    m_empty.push_back(true);
}

void JsonOut::endObject()
{
    m_empty.pop_back();
    put('}');
    written();
}

void JsonOut::key(QLatin1StringView name)
{
    separate();
    char* at = room(name.size() + 3);
    *at++ = '"';
    std::memcpy(at, name.data(), std::size_t(name.size()));
    at += name.size();
    *at++ = '"';
    *at++ = ':';
    m_used = at - m_buffer.data();
    m_afterKey = true;
}

void JsonOut::string(QStringView text)
{
    separate();
    appendQuoted(text);
}

void JsonOut::appendQuoted(QStringView text)
{
    // Room for the worst case (six bytes a unit, \u00xx), written in place: no append per byte.
    char* at = room(2 + 6 * text.size());
    *at++ = '"';
    const char16_t* unit = text.utf16();
    const char16_t* const end = unit + text.size();
    while (unit != end) {
        const char16_t current = *unit++;
        if (current >= 0x20 && current < 0x80 && current != u'"' && current != u'\\') {
            *at++ = char(current);
        } else if (current < 0x80) {
            at = writeAscii(at, current);
        } else if (QChar::isHighSurrogate(current) && unit != end && QChar::isLowSurrogate(*unit)) {
            at = writeUtf8(at, QChar::surrogateToUcs4(current, *unit++));
        } else if (QChar::isSurrogate(current)) {
            at = writeEscape(at, current); // not UTF-8: QJsonDocument escapes it too
        } else {
            at = writeUtf8(at, current);
        }
    }
    *at++ = '"';
    m_used = at - m_buffer.data();
}

QByteArray JsonOut::quoted(QStringView text)
{
    QByteArray bytes;
    JsonOut out([&bytes](QByteArrayView chunk) { bytes.append(chunk); });
    out.string(text);
    return bytes;
}

void JsonOut::number(qint64 value)
{
    separate();
    char text[24];
    const auto written = std::to_chars(text, text + sizeof text, value);
    put(text, written.ptr - text);
}

void JsonOut::boolean(bool value)
{
    separate();
    if (value)
        put("true", 4);
    else
        put("false", 5);
}

void JsonOut::null()
{
    separate();
    put("null", 4);
}

void JsonOut::time(const std::optional<QDateTime>& time)
{
    if (!time || !time->isValid()) {
        null();
        return;
    }
    const qint64 seconds = floorDiv(time->toMSecsSinceEpoch(), 1000);
    const qint64 days = floorDiv(seconds, 86400);
    const qint64 inDay = seconds - days * 86400;
    const auto [year, month, day] = civilFromDays(days);
    if (year < 1 || year > 9999) { // Qt's own words for the unusual years
        string(time->toUTC().toString(Qt::ISODate));
        return;
    }
    char text[] = "\"0000-00-00T00:00:00Z\"";
    const auto digits = [&text](int at, qint64 value, int count) {
        for (int i = count - 1; i >= 0; --i, value /= 10)
            text[at + i] = char('0' + value % 10);
    };
    digits(1, year, 4);
    digits(6, month, 2);
    digits(9, day, 2);
    digits(12, inDay / 3600, 2);
    digits(15, inDay / 60 % 60, 2);
    digits(18, inDay % 60, 2);
    raw(QByteArrayView(text, 22));
}

void JsonOut::stringArray(const QStringList& items)
{
    beginArray();
    for (const QString& item : items)
        string(item);
    endArray();
}

void JsonOut::raw(QByteArrayView json)
{
    separate();
    put(json.data(), json.size());
}

void JsonOut::endLine()
{
    put('\n');
    flush();
}

void JsonOut::flush()
{
    if (m_used == 0)
        return;
    m_sink(QByteArrayView(m_buffer.data(), m_used));
    m_used = 0; // the buffer keeps its size for the next chunk
}

} // namespace kw::cli

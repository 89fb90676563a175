#include "JsonOut.h"

#include <array>

using namespace Qt::StringLiterals;

namespace kw::cli {

namespace {

constexpr char Hex[] = "0123456789abcdef";

void appendEscape(QByteArray& out, char16_t unit)
{
    const char escaped[] = {'\\',
                            'u',
                            Hex[(unit >> 12) & 0xf],
                            Hex[(unit >> 8) & 0xf],
                            Hex[(unit >> 4) & 0xf],
                            Hex[unit & 0xf]};
    out.append(escaped, qsizetype(sizeof escaped));
}

// One UTF-16 unit below 0x80, escaped as QJsonDocument escapes it.
void appendAscii(QByteArray& out, char16_t unit)
{
    switch (unit) {
    case u'"':
        out.append("\\\"", 2);
        return;
    case u'\\':
        out.append("\\\\", 2);
        return;
    case u'\b':
        out.append("\\b", 2);
        return;
    case u'\f':
        out.append("\\f", 2);
        return;
    case u'\n':
        out.append("\\n", 2);
        return;
    case u'\r':
        out.append("\\r", 2);
        return;
    case u'\t':
        out.append("\\t", 2);
        return;
    default:
        if (unit < 0x20)
            appendEscape(out, unit);
        else
            out.append(char(unit));
    }
}

void appendUtf8(QByteArray& out, char32_t code)
{
    if (code < 0x800) {
        out.append(char(0xc0 | (code >> 6)));
    } else if (code < 0x10000) {
        out.append(char(0xe0 | (code >> 12)));
        out.append(char(0x80 | ((code >> 6) & 0x3f)));
    } else {
        out.append(char(0xf0 | (code >> 18)));
        out.append(char(0x80 | ((code >> 12) & 0x3f)));
        out.append(char(0x80 | ((code >> 6) & 0x3f)));
    }
    out.append(char(0x80 | (code & 0x3f)));
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
    m_buffer.reserve(chunkBytes + 4096);
}

JsonOut::~JsonOut()
{
    flush();
}

void JsonOut::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_empty.empty()) {
        if (!m_empty.back())
            m_buffer.append(',');
        m_empty.back() = false;
    }
}

void JsonOut::written()
{
    if (m_buffer.size() >= m_chunkBytes)
        flush();
}

void JsonOut::beginArray()
{
    separate();
    m_buffer.append('[');
    m_empty.push_back(true);
}

void JsonOut::endArray()
{
    m_empty.pop_back();
    m_buffer.append(']');
    written();
}

void JsonOut::beginObject()
{
    separate();
    m_buffer.append('{');
    m_empty.push_back(true);
}

void JsonOut::endObject()
{
    m_empty.pop_back();
    m_buffer.append('}');
    written();
}

void JsonOut::key(QLatin1StringView name)
{
    separate();
    m_buffer.append('"');
    m_buffer.append(name.data(), name.size());
    m_buffer.append("\":", 2);
    m_afterKey = true;
}

void JsonOut::string(QStringView text)
{
    separate();
    appendQuoted(text);
}

void JsonOut::appendQuoted(QStringView text)
{
    m_buffer.append('"');
    const char16_t* at = text.utf16();
    const char16_t* const end = at + text.size();
    while (at != end) {
        const char16_t unit = *at++;
        if (unit < 0x80) {
            appendAscii(m_buffer, unit);
        } else if (QChar::isHighSurrogate(unit) && at != end && QChar::isLowSurrogate(*at)) {
            appendUtf8(m_buffer, QChar::surrogateToUcs4(unit, *at++));
        } else if (QChar::isSurrogate(unit)) {
            appendEscape(m_buffer, unit); // not UTF-8: QJsonDocument escapes it too
        } else {
            appendUtf8(m_buffer, unit);
        }
    }
    m_buffer.append('"');
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
    m_buffer.append(QByteArray::number(value));
}

void JsonOut::boolean(bool value)
{
    separate();
    if (value)
        m_buffer.append("true", 4);
    else
        m_buffer.append("false", 5);
}

void JsonOut::null()
{
    separate();
    m_buffer.append("null", 4);
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
    m_buffer.append(json);
}

void JsonOut::endLine()
{
    m_buffer.append('\n');
    flush();
}

void JsonOut::flush()
{
    if (m_buffer.isEmpty())
        return;
    m_sink(m_buffer);
    m_buffer.clear();
}

} // namespace kw::cli

// The timestamps of provider JSON (jsonio::parseTimestamp, jsonio::timeField).
#include "FastJson.h"
#include "JsonHelpers.h"

#include <QRegularExpression>
#include <algorithm>

namespace kw::jsonio {

using namespace Qt::StringLiterals;

namespace {

char16_t unitAt(QStringView text, qsizetype i)
{
    return text[i].unicode();
}

char16_t unitAt(std::string_view text, qsizetype i)
{
    return static_cast<unsigned char>(text[std::size_t(i)]);
}

// The digits text[from, from + count) as a number; -1 when one of them is not a digit.
template <typename View> int digitsAt(View text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = unitAt(text, i);
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + int(c - u'0');
    }
    return value;
}

// Days from 1970-01-01 to a valid proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

// What every provider sends (providers.md): "2026-02-03T21:10:00Z", with or without a fraction
// of any length ("…:04.002433Z"), "T" or a space, "Z" or "z". Read without a regular expression
// or QDateTime::fromString, which took most of a long list's parse, and built from the
// milliseconds since the epoch (no QDate or QTime). Invalid QDateTime for any other shape or an
// out-of-range field: parseTimestamp then reads it the slow, general way.
template <typename View> QDateTime parseUtcTimestamp(View text)
{
    constexpr qsizetype Fixed = 19; // YYYY-MM-DDTHH:MM:SS
    const qsizetype size = qsizetype(text.size());
    if (size < Fixed + 1 || (unitAt(text, size - 1) != u'Z' && unitAt(text, size - 1) != u'z'))
        return {};
    if (unitAt(text, 4) != u'-' || unitAt(text, 7) != u'-' ||
        (unitAt(text, 10) != u'T' && unitAt(text, 10) != u' ') || unitAt(text, 13) != u':' ||
        unitAt(text, 16) != u':')
        return {};
    const int year = digitsAt(text, 0, 4), month = digitsAt(text, 5, 2);
    const int day = digitsAt(text, 8, 2), hour = digitsAt(text, 11, 2);
    const int minute = digitsAt(text, 14, 2), second = digitsAt(text, 17, 2);
    int milliseconds = 0;
    const qsizetype fraction = size - 1 - Fixed; // digits and their separator
    if (fraction == 1)
        return {};
    if (fraction > 1) {
        if (unitAt(text, Fixed) != u'.' && unitAt(text, Fixed) != u',')
            return {};
        const qsizetype digits = fraction - 1;
        const int kept = digitsAt(text, Fixed + 1, std::min<qsizetype>(digits, 3));
        if (kept < 0 ||
            (digits > 3 && digitsAt(text, Fixed + 4, std::min<qsizetype>(digits - 3, 9)) < 0))
            return {};
        if (digits > 12)
            return {}; // rare: left to the general reader
        milliseconds = kept * (digits == 1 ? 100 : digits == 2 ? 10 : 1);
    }
    if (year < 1 || month < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 ||
        second > 59 || !QDate::isValid(year, month, day))
        return {};
    const qint64 seconds =
        daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
    return QDateTime::fromMSecsSinceEpoch(seconds * 1000 + milliseconds, Qt::UTC);
}

} // namespace

QDateTime parseTimestamp(const QString& input)
{
    if (const QDateTime fast = parseUtcTimestamp(QStringView(input).trimmed()); fast.isValid())
        return fast;
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

QDateTime parseTimestampUtf8(std::string_view text)
{
    if (const QDateTime fast = parseUtcTimestamp(text); fast.isValid())
        return fast;
    return parseTimestamp(toQString(text));
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

} // namespace kw::jsonio

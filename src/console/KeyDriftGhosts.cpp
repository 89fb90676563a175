// The rows KeyDrift keeps of the keys it saw: what a vanished key's row shows (who and what it
// was, never anything secret), written to and read back from the account's record.
#include "console/KeyDriftGhosts.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kw::driftghosts {

using namespace Qt::StringLiterals;

// What a vanished key's row shows: who and what it was, never anything secret.
QJsonObject ghostToJson(const ApiKey& key)
{
    return {{u"id"_s, key.id},
            {u"name"_s, key.name},
            {u"prefix"_s, key.prefix},
            {u"description"_s, key.description},
            {u"principal"_s, key.principal},
            {u"principalName"_s, key.principalName},
            {u"created"_s, key.created.toString(Qt::ISODate)}};
}

ApiKey ghostFromJson(const QJsonObject& object)
{
    ApiKey key;
    key.id = object.value(u"id"_s).toString();
    key.name = object.value(u"name"_s).toString();
    key.prefix = object.value(u"prefix"_s).toString();
    key.description = object.value(u"description"_s).toString();
    key.principal = object.value(u"principal"_s).toString();
    key.principalName = object.value(u"principalName"_s).toString();
    key.created = QDateTime::fromString(object.value(u"created"_s).toString(), Qt::ISODate);
    key.status = KeyStatus::Revoked;
    key.editable = false;
    key.deletable = false;
    return key;
}

// Called for every listed key after every load: field by field, not through JSON.
ApiKey ghostOf(const ApiKey& listed)
{
    ApiKey ghost;
    ghost.id = listed.id;
    ghost.name = listed.name;
    ghost.prefix = listed.prefix;
    ghost.description = listed.description;
    ghost.principal = listed.principal;
    ghost.principalName = listed.principalName;
    ghost.created = listed.created;
    ghost.status = KeyStatus::Revoked;
    ghost.editable = false;
    ghost.deletable = false;
    return ghost;
}

// The seen keys of a large account are many: one short array each.
QJsonArray ghostToRow(const ApiKey& key)
{
    return {key.id,        key.name,          key.prefix,
            key.principal, key.principalName, key.created.toString(Qt::ISODate)};
}

// A time as ghostToRow writes it ("2025-01-31T12:00:00Z", UTC) is read without
// QDateTime::fromString, which was most of reading a large account's record; any other text
// the slow way, as before.
QDateTime ghostTime(const QString& text)
{
    const auto number = [&text](qsizetype from, qsizetype digits) {
        int value = 0;
        for (qsizetype at = from; at < from + digits; ++at) {
            const char16_t unit = text.at(at).unicode();
            if (unit < u'0' || unit > u'9')
                return -1;
            value = value * 10 + int(unit - u'0');
        }
        return value;
    };
    if (text.size() == 20 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' &&
        text.at(13) == u':' && text.at(16) == u':' && text.at(19) == u'Z') {
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime time(number(11, 2), number(14, 2), number(17, 2));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODate);
}

// Field by field, as ghostFromJson reads them: every large account's record is read at each
// list (a keywarden-cli listing reads it in every process).
ApiKey ghostFromRow(const QJsonArray& row)
{
    ApiKey key;
    key.id = row.at(0).toString();
    key.name = row.at(1).toString();
    key.prefix = row.at(2).toString();
    key.principal = row.at(3).toString();
    key.principalName = row.at(4).toString();
    key.created = ghostTime(row.at(5).toString());
    key.status = KeyStatus::Revoked;
    key.editable = false;
    key.deletable = false;
    return key;
}

} // namespace kw::driftghosts

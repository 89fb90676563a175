#include "AuditLogReader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace kw {

using namespace Qt::StringLiterals;

namespace {

bool contains(const QString& field, const QString& text)
{
    return field.contains(text, Qt::CaseInsensitive);
}

} // namespace

bool AuditFilter::matches(const AuditRecord& record) const
{
    if (record.corrupt) {
        if (!account.isEmpty() || !action.isEmpty() || from.isValid() || to.isValid())
            return false;
        return text.isEmpty() || contains(record.raw, text);
    }
    if (!account.isEmpty() && record.account.compare(account, Qt::CaseInsensitive) != 0)
        return false;
    if (!action.isEmpty() && record.action.compare(action, Qt::CaseInsensitive) != 0)
        return false;
    if (from.isValid() && (!record.time.isValid() || record.time < from))
        return false;
    if (to.isValid() && (!record.time.isValid() || record.time >= to))
        return false;
    if (text.isEmpty())
        return true;
    for (const QString* field : {&record.account, &record.key, &record.keyId, &record.action,
                                 &record.outcome, &record.source}) {
        if (contains(*field, text))
            return true;
    }
    return false;
}

AuditRecord AuditLogReader::parseLine(const QByteArray& line, int lineNumber)
{
    AuditRecord record;
    record.line = lineNumber;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    const QJsonObject object = document.object();
    const QDateTime time =
        QDateTime::fromString(object.value(u"time"_s).toString(), Qt::ISODateWithMs);
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        !object.value(u"action"_s).isString() || !time.isValid()) {
        record.corrupt = true;
        record.raw = QString::fromUtf8(line).trimmed();
        return record;
    }
    record.time = time.toUTC();
    record.account = object.value(u"account"_s).toString();
    record.key = object.value(u"key"_s).toString();
    record.keyId = object.value(u"key_id"_s).toString();
    record.action = object.value(u"action"_s).toString();
    record.outcome = object.value(u"outcome"_s).toString();
    record.source = object.value(u"source"_s).toString(u"unknown"_s);
    return record;
}

QList<AuditRecord> AuditLogReader::parse(const QByteArray& data)
{
    QList<AuditRecord> records;
    int lineNumber = 0;
    qsizetype start = 0;
    while (start < data.size()) {
        const qsizetype end = data.indexOf('\n', start);
        ++lineNumber;
        const bool complete = end >= 0;
        const QByteArray line = data.mid(start, complete ? end - start : -1);
        start = complete ? end + 1 : data.size();
        if (line.trimmed().isEmpty())
            continue;
        AuditRecord record = parseLine(line, lineNumber);
        if (!complete && !record.corrupt) {
            // Without its newline the write did not finish, even when what is there parses.
            record.corrupt = true;
            record.raw = QString::fromUtf8(line).trimmed();
        }
        records.append(record);
    }
    return records;
}

QList<AuditRecord> AuditLogReader::readFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    return parse(file.readAll());
}

QList<AuditRecord> AuditLogReader::filtered(const QList<AuditRecord>& records,
                                            const AuditFilter& filter)
{
    QList<AuditRecord> result;
    for (const AuditRecord& record : records) {
        if (filter.matches(record))
            result.append(record);
    }
    return result;
}

} // namespace kw

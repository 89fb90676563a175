#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace kw {

// One line of the audit log as read back. A line that is not a JSON object (a torn write, a
// hand edit) is kept as a corrupt record with its line number and raw text, so that the lines
// around it still load.
struct AuditRecord
{
    int line = 0;   // 1-based line number in the file
    QDateTime time; // UTC; invalid when the line has none or it does not parse
    QString account;
    QString key;
    QString keyId;
    QString action;
    QString outcome;
    QString source; // "window", "cli", or "unknown" for lines written before the field existed
    bool corrupt = false;
    QString raw; // the line as found, for a corrupt record (the log is already redacted)
};

// What a reader of the log narrows it to. Empty fields match everything.
struct AuditFilter
{
    QString account; // exact label, case-insensitive
    QString action;  // exact action, case-insensitive
    QDateTime from;  // inclusive; invalid: no lower bound
    QDateTime to;    // exclusive; invalid: no upper bound
    QString text;    // found in any field (or in a corrupt line's text), case-insensitive

    // A corrupt record has no trustworthy fields: it matches only filters without account,
    // action or dates, so that it is never hidden from an unfiltered view.
    bool matches(const AuditRecord& record) const;
};

class AuditLogReader
{
public:
    // Every line of the file, in order; an empty list with *error set when it cannot be read.
    // A missing file is an empty log, not an error.
    static QList<AuditRecord> readFile(const QString& path, QString* error = nullptr);
    // Every line of the data; a last line without its newline is a truncated (corrupt) record.
    static QList<AuditRecord> parse(const QByteArray& data);
    static AuditRecord parseLine(const QByteArray& line, int lineNumber);
    static QList<AuditRecord> filtered(const QList<AuditRecord>& records,
                                       const AuditFilter& filter);
};

} // namespace kw

// keywarden-cli audit
#include "Cli.h"
#include "ExitCode.h"
#include "Options.h"
#include "Terminal.h"
#include "core/AuditLogReader.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kw::cli {

namespace {

// DATE as YYYY-MM-DD (from the start of that day, UTC) or an ISO 8601 time.
std::optional<QDateTime> parseSince(const QString& text)
{
    const QString trimmed = text.trimmed();
    const QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (date.isValid() && trimmed.size() == 10)
        return QDateTime(date, QTime(0, 0), Qt::UTC);
    return parseDate(trimmed);
}

} // namespace

void Cli::audit(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {u"since"_s, u"Only what was recorded from DATE on (YYYY-MM-DD, UTC, or ISO 8601)."_s,
         u"DATE"_s},
        {u"account"_s, u"Only what was done on account A (its label or id)."_s, u"A"_s},
    });
    if (!parse(parser, arguments))
        return;
    AuditFilter filter;
    if (parser.isSet(u"since"_s)) {
        const std::optional<QDateTime> since = parseSince(parser.value(u"since"_s));
        if (!since) {
            fail(Usage, u"audit: --since “%1” is not a date (YYYY-MM-DD) or ISO 8601 time"_s.arg(
                            parser.value(u"since"_s)));
            return;
        }
        filter.from = *since;
    }
    // The log keeps labels; an id names the label the account has now.
    m_controller.loadSavedAccounts();
    QHash<QString, QString> idOfLabel;
    for (const QString& id : m_controller.accountIds()) {
        const Account& account = m_controller.account(id)->account;
        idOfLabel.insert(account.label, account.id);
        if (parser.value(u"account"_s).trimmed() == account.id)
            filter.account = account.label;
    }
    if (parser.isSet(u"account"_s) && filter.account.isEmpty())
        filter.account = parser.value(u"account"_s).trimmed();

    QString error;
    const QList<AuditRecord> records =
        AuditLogReader::filtered(AuditLogReader::readFile(m_audit.filePath(), &error), filter);
    if (!error.isEmpty()) {
        fail(Failure,
             u"audit: the audit log %1 cannot be read: %2"_s.arg(m_audit.filePath(), error));
        return;
    }
    QJsonArray json;
    QList<QStringList> table{
        {u"LINE"_s, u"TIME"_s, u"ACCOUNT"_s, u"KEY"_s, u"ACTION"_s, u"OUTCOME"_s, u"SOURCE"_s}};
    for (const AuditRecord& record : records) {
        QJsonObject line{{u"line"_s, record.line}};
        if (record.corrupt) {
            line.insert(u"corrupt"_s, true);
            line.insert(u"text"_s, record.raw);
            json.append(line);
            table.append({QString::number(record.line), QString(), QString(), QString(),
                          u"(damaged line)"_s, record.raw, QString()});
            continue;
        }
        line.insert(u"time"_s, record.time.toString(Qt::ISODateWithMs));
        line.insert(u"account"_s, record.account);
        const QString id = idOfLabel.value(record.account);
        line.insert(u"accountId"_s, id.isEmpty() ? QJsonValue() : QJsonValue(id));
        line.insert(u"key"_s, record.key);
        line.insert(u"keyId"_s, record.keyId);
        line.insert(u"action"_s, record.action);
        line.insert(u"outcome"_s, record.outcome);
        line.insert(u"source"_s, record.source);
        json.append(line);
        table.append({QString::number(record.line), record.time.toString(Qt::ISODate),
                      record.account, record.key, record.action, record.outcome, record.source});
    }
    printListing(json, table, u"Nothing recorded in the audit log %1."_s.arg(m_audit.filePath()));
    finish(Success);
}

} // namespace kw::cli

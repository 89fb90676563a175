#include "console/ReportWriters.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace kw {

namespace {

// The report's words, in the translations.
struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(kw::ReportText)
};

QString isoDate(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString isoDate(const std::optional<QDateTime>& time)
{
    return time ? isoDate(*time) : QString();
}

QString checkText(CheckResult result)
{
    switch (result) {
    case CheckResult::Pass:
        return u"pass"_s;
    case CheckResult::Fail:
        return u"fail"_s;
    case CheckResult::NotApplicable:
        break;
    }
    return u"n/a"_s;
}

// The row's fields in the order of csvHeader(), as text.
QStringList rowFields(const ReportRow& row)
{
    QStringList fields{row.accountLabel,
                       row.accountId,
                       row.provider,
                       row.owner,
                       row.name,
                       row.id,
                       row.prefix,
                       isoDate(row.created),
                       row.ageDays ? QString::number(*row.ageDays) : QString(),
                       isoDate(row.expires),
                       isoDate(row.lastUsed),
                       row.status,
                       row.services.join(u"; "_s),
                       row.ipAllowlist.join(u"; "_s)};
    for (ReportCheck check : allReportChecks())
        fields << checkText(row.check(check));
    return fields;
}

QStringList csvHeader()
{
    QStringList header{u"account"_s,  u"accountId"_s, u"provider"_s, u"owner"_s,      u"name"_s,
                       u"id"_s,       u"prefix"_s,    u"created"_s,  u"ageDays"_s,    u"expires"_s,
                       u"lastUsed"_s, u"status"_s,    u"services"_s, u"ipAllowlist"_s};
    for (ReportCheck check : allReportChecks())
        header << reportCheckName(check);
    return header;
}

QString csvField(QString field)
{
    static const QString formulaStarts = u"=+-@"_s;
    if (!field.isEmpty() && formulaStarts.contains(field.front()))
        field.prepend(u'\'');
    if (field.contains(u',') || field.contains(u'"') || field.contains(u'\r') ||
        field.contains(u'\n'))
        return u'"' + field.replace(u"\""_s, u"\"\""_s) + u'"';
    return field;
}

QString csvLine(const QStringList& fields)
{
    QStringList quoted;
    for (const QString& field : fields)
        quoted << csvField(field);
    return quoted.join(u',') + u"\r\n"_s;
}

QJsonValue jsonDate(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(isoDate(time)) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonDate(const std::optional<QDateTime>& time)
{
    return time ? jsonDate(*time) : QJsonValue(QJsonValue::Null);
}

QJsonObject rowJson(const ReportRow& row)
{
    QJsonObject checks;
    for (ReportCheck check : allReportChecks()) {
        const CheckResult result = row.check(check);
        checks.insert(reportCheckName(check), result == CheckResult::NotApplicable
                                                  ? QJsonValue(QJsonValue::Null)
                                                  : QJsonValue(result == CheckResult::Fail));
    }
    return QJsonObject{
        {u"account"_s, row.accountLabel},
        {u"accountId"_s, row.accountId},
        {u"provider"_s, row.provider},
        {u"owner"_s, row.owner},
        {u"name"_s, row.name},
        {u"id"_s, row.id},
        {u"prefix"_s, row.prefix},
        {u"created"_s, jsonDate(row.created)},
        {u"ageDays"_s, row.ageDays ? QJsonValue(*row.ageDays) : QJsonValue(QJsonValue::Null)},
        {u"expires"_s, jsonDate(row.expires)},
        {u"lastUsed"_s, jsonDate(row.lastUsed)},
        {u"status"_s, row.status},
        {u"services"_s, QJsonArray::fromStringList(row.services)},
        {u"ipAllowlist"_s, QJsonArray::fromStringList(row.ipAllowlist)},
        {u"checks"_s, checks},
        {u"failedChecks"_s, QJsonArray::fromStringList(row.failedChecks())},
    };
}

QJsonObject summaryJson(const ReportAccountSummary& summary)
{
    QJsonObject failing;
    for (ReportCheck check : allReportChecks())
        failing.insert(reportCheckName(check), summary.failingCount(check));
    return QJsonObject{
        {u"account"_s, summary.accountLabel},
        {u"accountId"_s, summary.accountId},
        {u"provider"_s, summary.provider},
        {u"rotationPolicyDays"_s, summary.rotationPolicyDays},
        {u"keys"_s, summary.keys},
        {u"keysFailingAny"_s, summary.keysFailingAny},
        {u"failing"_s, failing},
    };
}

QString mdCell(QString text)
{
    text.replace(u"\\"_s, u"\\\\"_s).replace(u"|"_s, u"\\|"_s);
    text.replace(u"\r\n"_s, u" "_s).replace(u'\n', u' ').replace(u'\r', u' ');
    return text.isEmpty() ? u"–"_s : text;
}

QString mdRow(const QStringList& cells)
{
    QStringList escaped;
    for (const QString& cell : cells)
        escaped << mdCell(cell);
    return u"| "_s + escaped.join(u" | "_s) + u" |\n"_s;
}

QString mdRule(qsizetype columns)
{
    QStringList rule;
    for (qsizetype i = 0; i < columns; ++i)
        rule << u"---"_s;
    return u"|"_s + rule.join(u"|"_s) + u"|\n"_s;
}

QString mdSummary(const CredentialReport& report)
{
    QStringList header{ReportText::tr("Account"), ReportText::tr("Provider"),
                       ReportText::tr("Keys"), ReportText::tr("Failing any check")};
    for (ReportCheck check : allReportChecks())
        header << reportCheckName(check);
    QString text = mdRow(header) + mdRule(header.size());
    for (const ReportAccountSummary& summary : report.accounts) {
        QStringList cells{summary.accountLabel, summary.provider, QString::number(summary.keys),
                          QString::number(summary.keysFailingAny)};
        for (ReportCheck check : allReportChecks())
            cells << QString::number(summary.failingCount(check));
        text += mdRow(cells);
    }
    return text;
}

QString mdKeys(const CredentialReport& report)
{
    const QStringList header{
        ReportText::tr("Account"),      ReportText::tr("Provider"),     ReportText::tr("Owner"),
        ReportText::tr("Name"),         ReportText::tr("Id"),           ReportText::tr("Prefix"),
        ReportText::tr("Created"),      ReportText::tr("Age (days)"),   ReportText::tr("Expires"),
        ReportText::tr("Last used"),    ReportText::tr("Status"),       ReportText::tr("Services"),
        ReportText::tr("IP allowlist"), ReportText::tr("Failed checks")};
    QString text = mdRow(header) + mdRule(header.size());
    for (const ReportRow& row : report.rows) {
        text += mdRow(
            {row.accountLabel, row.provider, row.owner, row.name, row.id, row.prefix,
             isoDate(row.created), row.ageDays ? QString::number(*row.ageDays) : QString(),
             isoDate(row.expires), isoDate(row.lastUsed), row.status, row.services.join(u", "_s),
             row.ipAllowlist.join(u", "_s), row.failedChecks().join(u", "_s)});
    }
    return text;
}

} // namespace

QString reportFormatName(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Csv:
        return u"csv"_s;
    case ReportFormat::Json:
        return u"json"_s;
    case ReportFormat::Markdown:
        break;
    }
    return u"md"_s;
}

QStringList reportFormatNames()
{
    return {u"csv"_s, u"json"_s, u"md"_s};
}

std::optional<ReportFormat> reportFormatFromName(const QString& name)
{
    const QString lower = name.toLower();
    if (lower == u"csv"_s)
        return ReportFormat::Csv;
    if (lower == u"json"_s)
        return ReportFormat::Json;
    if (lower == u"md"_s || lower == u"markdown"_s)
        return ReportFormat::Markdown;
    return std::nullopt;
}

std::optional<ReportFormat> reportFormatForPath(const QString& path)
{
    return reportFormatFromName(QFileInfo(path).suffix());
}

QByteArray reportCsv(const CredentialReport& report)
{
    QString text = csvLine(csvHeader());
    for (const ReportRow& row : report.rows)
        text += csvLine(rowFields(row));
    return text.toUtf8();
}

QByteArray reportJson(const CredentialReport& report)
{
    QJsonArray keys;
    for (const ReportRow& row : report.rows)
        keys.append(rowJson(row));
    QJsonArray summary;
    for (const ReportAccountSummary& account : report.accounts)
        summary.append(summaryJson(account));
    QJsonArray checks;
    for (ReportCheck check : allReportChecks())
        checks.append(reportCheckName(check));
    const QJsonObject json{
        {u"generated"_s, jsonDate(report.generated)},
        {u"rotationPolicyDays"_s, report.rotationPolicyDays},
        {u"checks"_s, checks},
        {u"summary"_s, summary},
        {u"keys"_s, keys},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

QByteArray reportMarkdown(const CredentialReport& report)
{
    QString text = u"# "_s + ReportText::tr("Credential report") + u"\n\n"_s;
    text += ReportText::tr("Generated %1; rotation policy %2 days.")
                .arg(isoDate(report.generated), QString::number(report.rotationPolicyDays)) +
            u"\n\n## "_s + ReportText::tr("Summary") + u"\n\n"_s + mdSummary(report) + u"\n## "_s +
            ReportText::tr("Keys") + u"\n\n"_s + mdKeys(report);
    return text.toUtf8();
}

QByteArray renderReport(const CredentialReport& report, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Csv:
        return reportCsv(report);
    case ReportFormat::Json:
        return reportJson(report);
    case ReportFormat::Markdown:
        break;
    }
    return reportMarkdown(report);
}

QString writeReportFile(const QString& path, const QByteArray& data)
{
    if (path.isEmpty())
        return ReportText::tr("No file was named for the report.");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ReportText::tr("Cannot write the report to %1: %2").arg(path, file.errorString());
    if (file.write(data) != data.size() || !file.commit())
        return ReportText::tr("Cannot write the report to %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace kw

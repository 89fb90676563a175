// keywarden-cli report: the credential report (docs/report.md) of one or every account.
#include "Cli.h"
#include "ExitCode.h"
#include "Terminal.h"
#include "console/CredentialReport.h"
#include "console/ReportWriters.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <memory>

using namespace Qt::StringLiterals;

namespace kw::cli {

namespace {

// The format --format names, else the one --output's extension names, else CSV (JSON with
// --json); nullopt for a --format that is none of them.
std::optional<ReportFormat> chosenFormat(const QCommandLineParser& parser, bool json)
{
    if (parser.isSet(u"format"_s))
        return reportFormatFromName(parser.value(u"format"_s));
    return reportFormatForPath(parser.value(u"output"_s))
        .value_or(json ? ReportFormat::Json : ReportFormat::Csv);
}

} // namespace

void Cli::report(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        {u"account"_s, u"Only this account (label or id); default: every account."_s, u"A"_s},
        {u"format"_s, u"csv, json or md (default: by --output's extension, else csv)."_s, u"F"_s},
        {u"output"_s, u"Write the report to this file (whole or not at all)."_s, u"FILE"_s},
    });
    if (!parse(parser, arguments))
        return;
    const std::optional<ReportFormat> format = chosenFormat(parser, m_json);
    if (!format) {
        fail(Usage, u"unknown report format \"%1\": use %2"_s.arg(
                        parser.value(u"format"_s), reportFormatNames().join(u", "_s)));
        return;
    }
    const QString output = parser.value(u"output"_s);
    if (m_json && output.isEmpty() && *format != ReportFormat::Json) {
        fail(Usage, u"--json prints the report as JSON; write %1 with --output FILE"_s.arg(
                        reportFormatName(*format)));
        return;
    }
    const std::optional<QStringList> selected = selectedAccountIds(parser);
    if (!selected)
        return;
    const QStringList& ids = *selected;
    auto pending = std::make_shared<int>(static_cast<int>(ids.size()));
    auto firstFailure = std::make_shared<int>(0);
    auto allLoaded = [this, ids, format, output, firstFailure] {
        // A report that misses an account would read as complete: none is written.
        if (*firstFailure != 0) {
            finish(*firstFailure);
            return;
        }
        QList<const AccountView*> views;
        for (const QString& id : ids)
            views << m_controller.account(id);
        const CredentialReport report =
            buildCredentialReport(views, m_controller.rotationPolicyDays(), m_controller.now(),
                                  [this](const QString& accountId) {
                                      return m_controller.rotationPolicyDays(accountId);
                                  });
        writeReport(report, *format, output);
    };
    if (ids.isEmpty()) {
        allLoaded();
        return;
    }
    for (const QString& id : std::as_const(ids)) {
        whenLoaded(id, [pending, firstFailure, allLoaded](const AccountView& view) {
            noteLoadFailure(view, firstFailure.get());
            if (--*pending == 0)
                allLoaded();
        });
    }
}

void Cli::writeReport(const CredentialReport& report, ReportFormat format, const QString& output)
{
    const QByteArray data = renderReport(report, format);
    if (output.isEmpty()) {
        if (m_json)
            printJson(QJsonDocument::fromJson(data).object());
        else
            terminal::writeRaw(data);
        finish(Success);
        return;
    }
    const QString error = writeReportFile(output, data);
    if (!error.isEmpty()) {
        fail(Usage, error);
        return;
    }
    succeed(
        QJsonObject{{u"output"_s, output},
                    {u"format"_s, reportFormatName(format)},
                    {u"keys"_s, static_cast<int>(report.rows.size())},
                    {u"accounts"_s, static_cast<int>(report.accounts.size())}},
        u"Wrote the report of %1 keys in %2 accounts to %3"_s.arg(
            QString::number(report.rows.size()), QString::number(report.accounts.size()), output));
}

} // namespace kw::cli

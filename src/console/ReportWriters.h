#pragma once

#include "console/CredentialReport.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace kw {

// The credential report as a file: CSV (RFC 4180), JSON (docs/report.md) or Markdown. Dates are
// ISO 8601 in UTC; nothing here ever sees a secret.
enum class ReportFormat
{
    Csv,
    Json,
    Markdown,
};

// "csv", "json", "md"
QString reportFormatName(ReportFormat format);
QStringList reportFormatNames();
std::optional<ReportFormat> reportFormatFromName(const QString& name);
// By the file's extension (.csv, .json, .md or .markdown); nullopt for any other.
std::optional<ReportFormat> reportFormatForPath(const QString& path);

// CSV: a header row, one row per key, CRLF line ends; fields with a comma, quote, CR or LF are
// quoted, and a field a spreadsheet would read as a formula (=, +, -, @) starts with a '.
QByteArray reportCsv(const CredentialReport& report);
QByteArray reportJson(const CredentialReport& report);
QByteArray reportMarkdown(const CredentialReport& report);
QByteArray renderReport(const CredentialReport& report, ReportFormat format);

// Writes data to path through a temporary file that is renamed over it once complete, so a
// failure leaves whatever was there before. Empty on success, else what went wrong (translated).
QString writeReportFile(const QString& path, const QByteArray& data);

} // namespace kw

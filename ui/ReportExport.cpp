#include "ReportExport.h"

#include "console/AppController.h"
#include "console/CredentialReport.h"
#include "console/ReportWriters.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace kw {

ReportExport::ReportExport(QAction* action, AppController* controller, QMainWindow* window)
    : QObject(window), m_controller(controller), m_window(window)
{
    action->setProperty("accessibleName", tr("Export credential report"));
    connect(action, &QAction::triggered, this, &ReportExport::start);
}

QStringList ReportExport::nameFilters() const
{
    return {tr("CSV, for spreadsheets (*.csv)"), tr("JSON (*.json)"), tr("Markdown (*.md)")};
}

void ReportExport::start()
{
    auto* dialog = new QFileDialog(m_window, tr("Export Credential Report"));
    dialog->setObjectName(u"exportReportDialog"_s);
    dialog->setAccessibleName(tr("Export credential report"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters(nameFilters());
    dialog->setDefaultSuffix(u"csv"_s);
    const QString today = m_controller->now().date().toString(Qt::ISODate);
    // In Documents (the home folder without one), not wherever the app was started from.
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QFileInfo(folder).isDir())
        folder = QDir::homePath();
    dialog->selectFile(QDir(folder).filePath(u"keywarden-report-%1.csv"_s.arg(today)));
    const QStringList suffixes{u"csv"_s, u"json"_s, u"md"_s};
    connect(dialog, &QFileDialog::filterSelected, dialog,
            [dialog, suffixes, filters = nameFilters()](const QString& filter) {
                dialog->setDefaultSuffix(suffixes.value(filters.indexOf(filter), u"csv"_s));
            });
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog](const QString& path) {
        QString error;
        const QString written = exportTo(path, dialog->selectedNameFilter(), &error);
        if (written.isEmpty()) {
            showError(error);
            return;
        }
        m_window->statusBar()->showMessage(tr("Credential report written to %1").arg(written),
                                           10000);
        emit exported(written);
    });
    dialog->open();
}

QString ReportExport::exportTo(const QString& path, const QString& nameFilter, QString* error) const
{
    QString target = path;
    std::optional<ReportFormat> format = reportFormatForPath(path);
    if (!format) {
        const ReportFormat byFilter[] = {ReportFormat::Csv, ReportFormat::Json,
                                         ReportFormat::Markdown};
        const qsizetype index = std::max<qsizetype>(0, nameFilters().indexOf(nameFilter));
        format = byFilter[index];
        target += u'.' + reportFormatName(*format);
    }
    QList<const AppController::AccountView*> views;
    for (const QString& id : m_controller->accountIds())
        views << m_controller->account(id);
    const CredentialReport report =
        buildCredentialReport(views, m_controller->rotationPolicyDays(), m_controller->now());
    *error = writeReportFile(target, renderReport(report, *format));
    return error->isEmpty() ? target : QString();
}

void ReportExport::showError(const QString& error)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Export Credential Report"),
                                tr("The report was not written."), QMessageBox::Ok, m_window);
    box->setObjectName(u"exportReportError"_s);
    box->setInformativeText(error);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    emit failed(error);
}

} // namespace kw

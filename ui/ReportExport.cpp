#include "ReportExport.h"

#include "Prompts.h"
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

QStringList ReportExport::unlistedAccounts() const
{
    QStringList unlisted;
    for (const QString& id : m_controller->accountIds()) {
        const AppController::AccountView* view = m_controller->account(id);
        if (!view || view->state == AppController::LoadState::Ok)
            continue;
        const QString why =
            view->state == AppController::LoadState::Error && !view->errorText.isEmpty()
                ? view->errorText
                : tr("its keys are still being listed");
        unlisted << tr("%1 — %2").arg(view->account.label, why);
    }
    return unlisted;
}

void ReportExport::start()
{
    // A report that quietly misses an account reads as complete to whoever it is handed to.
    const QStringList unlisted = unlistedAccounts();
    if (!unlisted.isEmpty() &&
        !Prompts::choose(
            m_window, QMessageBox::Warning, tr("Export Credential Report"),
            tr("%n account(s) would be missing from the report, because their keys are not "
               "listed:\n\n%1\n\nFix or refresh them first for a complete report, or export "
               "the others only.",
               nullptr, static_cast<int>(unlisted.size()))
                .arg(u"• "_s + unlisted.join(u"\n• "_s)),
            tr("Export Without Them"), tr("Don't Export")))
        return;
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
    const CredentialReport report = buildCredentialReport(
        views, m_controller->rotationPolicyDays(), m_controller->now(),
        [this](const QString& accountId) { return m_controller->rotationPolicyDays(accountId); });
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

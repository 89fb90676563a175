#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QAction;
class QMainWindow;
QT_END_NAMESPACE

namespace kw {

class AppController;

// File → Export Report…: a save dialog whose file type (by extension, else by the chosen filter)
// picks CSV, JSON or Markdown; the credential report of every loaded account is written whole or
// not at all, and a path that cannot be written is named in an error message. When an account's
// keys are not listed (a refused token, a load still running), it asks before exporting without it.
class ReportExport : public QObject
{
    Q_OBJECT
public:
    ReportExport(QAction* action, AppController* controller, QMainWindow* window);

    // Opens the save dialog (object name "exportReportDialog").
    void start();
    // Writes the report to path; nameFilter decides the format when the path has no known
    // extension (one is then appended). The path written, or nothing with *error set.
    QString exportTo(const QString& path, const QString& nameFilter, QString* error) const;

signals:
    void exported(const QString& path);
    void failed(const QString& error);

private:
    QStringList nameFilters() const;
    // "label — why" of each account whose keys are not listed (failed, or still loading).
    QStringList unlistedAccounts() const;
    void showError(const QString& error);

    AppController* m_controller;
    QMainWindow* m_window;
};

} // namespace kw

#pragma once

#include "core/AuditLogReader.h"

#include <QDialog>
#include <QList>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
QT_END_NAMESPACE

namespace kw {

// View → Audit Log: every line of the audit log, newest first (time, account, key, action,
// outcome, source), narrowed by a search box and account, action and date filters. A damaged
// line is listed as such with its line number and never stops the rest. Export CSV… writes the
// rows shown as RFC 4180 CSV through a temporary file that is renamed into place.
class AuditLogDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        AccountColumn,
        KeyColumn,
        ActionColumn,
        OutcomeColumn,
        SourceColumn,
        ColumnCount
    };

    explicit AuditLogDialog(QString logPath, QWidget* parent = nullptr);

    // The records the table shows, in table order.
    const QList<AuditRecord>& shownRecords() const { return m_shown; }
    // Writes the shown records to path; false with the reason shown in the dialog.
    bool exportCsv(const QString& path);
    // The rows as RFC 4180 CSV (CRLF line ends, a header row).
    static QByteArray toCsv(const QList<AuditRecord>& records);

public slots:
    void reload();

private:
    void buildLayout();
    QLayout* buildFilterRow();
    void fillCombo(QComboBox* combo, const QStringList& values);
    void applyFilter();
    void fillRow(int row, const AuditRecord& record);
    void chooseExportFile();
    void showMessage(const QString& text, bool failed);

    QString m_path;
    QList<AuditRecord> m_records;
    QList<AuditRecord> m_shown;
    QLineEdit* m_search = nullptr;
    QComboBox* m_account = nullptr;
    QComboBox* m_action = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_messageLabel = nullptr;
    QPushButton* m_exportButton = nullptr;
};

} // namespace kw

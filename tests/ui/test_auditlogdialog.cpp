#include "support/WindowHarness.h"
#include "ui/AuditLogDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace kw;
using namespace kw::test;
using namespace Qt::StringLiterals;

namespace {

// Lines as AuditLog writes them, oldest first, with a torn write in the middle and a
// line from before the "source" field.
const QByteArray logText =
    R"({"account":"WAYSCloud Oslo","action":"create","key":"Prod, \"main\"","key_id":"k1","outcome":"ok","source":"window","time":"2026-03-01T10:00:00.000Z"})"
    "\n"
    R"({"account":"Scaleway prod","action":"revoke","key":"=cmd|' /C calc'!A0","key_id":"k2","outcome":"failed: HTTP 404)"
    "\n"
    R"({"account":"Scaleway prod","action":"rotate","key":"line)"
    R"(\nbreak","key_id":"k3","outcome":"ok","time":"2026-03-10T12:00:00.000Z"})"
    "\n"
    R"({"account":"WAYSCloud Oslo","action":"revoke","key":"Prod","key_id":"k1","outcome":"ok","source":"cli","time":"2026-03-20T09:30:00.000Z"})"
    "\n";

// RFC 4180: fields separated by commas, records by CRLF; a quoted field may hold commas, CRLF
// and doubled quotes. Returns no rows when the text breaks those rules.
QList<QStringList> parseCsv(const QByteArray& data)
{
    const QString text = QString::fromUtf8(data);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    const auto next = [&text](qsizetype i) {
        return i + 1 < text.size() ? text.at(i + 1) : QChar();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && next(i) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            if (!field.isEmpty() || wasQuoted)
                return {}; // a quote inside an unquoted field
            quoted = wasQuoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == u'\r' && next(i) == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (c == u'\r' || c == u'\n') {
            return {}; // a bare line break outside quotes
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !row.isEmpty())
        return {}; // the last record must end with CRLF
    return rows;
}

} // namespace

class TestAuditLogDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_log;

    static QString cell(const AuditLogDialog& dialog, int row, int column)
    {
        const QTableWidgetItem* item =
            dialog.findChild<QTableWidget*>(u"auditTable"_s)->item(row, column);
        return item ? item->text() : QString();
    }
    static int rows(const AuditLogDialog& dialog)
    {
        return dialog.findChild<QTableWidget*>(u"auditTable"_s)->rowCount();
    }

private slots:
    void initTestCase()
    {
        qputenv("TZ", "UTC");
        QVERIFY(m_dir.isValid());
        m_log = m_dir.filePath(u"audit.log"_s);
        QFile file(m_log);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(logText) == logText.size());
    }

    void listsEveryLineNewestFirstWithTheDamagedOneAsSuch()
    {
        AuditLogDialog dialog(m_log);
        QCOMPARE(rows(dialog), 4);
        QCOMPARE(cell(dialog, 0, AuditLogDialog::AccountColumn), u"WAYSCloud Oslo"_s);
        QCOMPARE(cell(dialog, 0, AuditLogDialog::ActionColumn), u"revoke"_s);
        QCOMPARE(cell(dialog, 0, AuditLogDialog::SourceColumn), u"command line"_s);
        QCOMPARE(cell(dialog, 1, AuditLogDialog::SourceColumn), u"unknown"_s); // an old line
        // Line 2 was torn: shown with its number and text, the lines around it still there.
        QCOMPARE(cell(dialog, 2, AuditLogDialog::TimeColumn), u"line 2"_s);
        QCOMPARE(cell(dialog, 2, AuditLogDialog::ActionColumn), u"Damaged line"_s);
        QVERIFY(cell(dialog, 2, AuditLogDialog::OutcomeColumn).contains(u"failed: HTTP 404"_s));
        QCOMPARE(cell(dialog, 3, AuditLogDialog::SourceColumn), u"window"_s);
        QCOMPARE(cell(dialog, 3, AuditLogDialog::TimeColumn), u"2026-03-01 10:00:00"_s);
        const QString count = dialog.findChild<QLabel*>(u"auditCount"_s)->text();
        QVERIFY2(count.contains(u"4 of 4"_s) &&
                     count.contains(u"Damaged lines that could not be read: 1."_s),
                 qPrintable(count));
    }

    void filtersNarrowTheTable()
    {
        AuditLogDialog dialog(m_log);
        auto* account = dialog.findChild<QComboBox*>(u"auditAccount"_s);
        auto* action = dialog.findChild<QComboBox*>(u"auditAction"_s);
        QCOMPARE(account->count(), 3); // All, Scaleway prod, WAYSCloud Oslo
        account->setCurrentIndex(account->findData(u"WAYSCloud Oslo"_s));
        QCOMPARE(rows(dialog), 2); // a damaged line names no account
        action->setCurrentIndex(action->findData(u"create"_s));
        QCOMPARE(rows(dialog), 1);
        QCOMPARE(dialog.shownRecords().first().keyId, u"k1"_s);
        account->setCurrentIndex(0);
        action->setCurrentIndex(0);
        QCOMPARE(rows(dialog), 4);

        auto* search = dialog.findChild<QLineEdit*>(u"auditSearch"_s);
        QTest::keyClicks(search, u"404"_s);
        QCOMPARE(rows(dialog), 1);
        QCOMPARE(cell(dialog, 0, AuditLogDialog::ActionColumn), u"Damaged line"_s);
        search->clear();

        dialog.findChild<QDateEdit*>(u"auditFrom"_s)->setDate(QDate(2026, 3, 10));
        QCOMPARE(rows(dialog), 2);
        dialog.findChild<QDateEdit*>(u"auditTo"_s)->setDate(QDate(2026, 3, 10));
        QCOMPARE(rows(dialog), 1); // the whole of the last day counts
        QCOMPARE(dialog.shownRecords().first().keyId, u"k3"_s);
    }

    void exportedCsvReadsBackAsTheRowsShown()
    {
        AuditLogDialog dialog(m_log);
        const QString path = m_dir.filePath(u"export.csv"_s);
        QVERIFY(dialog.exportCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> csv = parseCsv(file.readAll());
        QCOMPARE(csv.size(), 5);
        QCOMPARE(csv.at(0), (QStringList{u"line"_s, u"time"_s, u"account"_s, u"key"_s, u"key_id"_s,
                                         u"action"_s, u"outcome"_s, u"source"_s, u"corrupt"_s}));
        for (const QStringList& row : csv)
            QCOMPARE(row.size(), 9);
        QCOMPARE(csv.at(1).at(0), u"4"_s);
        QCOMPARE(csv.at(1).at(1), u"2026-03-20T09:30:00.000Z"_s);
        QCOMPARE(csv.at(1).at(7), u"cli"_s);
        QCOMPARE(csv.at(2).at(3), u"line\nbreak"_s);
        QCOMPARE(csv.at(3).at(8), u"yes"_s);
        // The torn line starts with a quote-free text but holds quotes and a formula-like key.
        QVERIFY(csv.at(3).at(6).startsWith(u"{\"account\":\"Scaleway prod\""_s));
        QCOMPARE(csv.at(4).at(3), u"Prod, \"main\""_s);
        const QString message = dialog.findChild<QLabel*>(u"auditMessage"_s)->text();
        QVERIFY2(message.contains(u"(entries: 4)"_s), qPrintable(message));
    }

    void aFormulaNeverReachesASpreadsheetAsOne()
    {
        AuditRecord record;
        record.time = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        record.key = u"=HYPERLINK(\"x\")"_s;
        record.outcome = u"ok"_s;
        const QList<QStringList> csv = parseCsv(AuditLogDialog::toCsv({record}));
        QCOMPARE(csv.size(), 2);
        QCOMPARE(csv.at(1).at(3), u"'=HYPERLINK(\"x\")"_s);
    }

    void aFailedExportSaysSoAndLeavesNothing()
    {
        AuditLogDialog dialog(m_log);
        const QString path = m_dir.filePath(u"no/such/folder/export.csv"_s);
        QVERIFY(!dialog.exportCsv(path));
        QVERIFY(!QFile::exists(path));
        auto* message = dialog.findChild<QLabel*>(u"auditMessage"_s);
        QVERIFY(!message->isHidden());
        QVERIFY2(message->text().contains(u"could not be written"_s), qPrintable(message->text()));
        QVERIFY(QDir(m_dir.path()).entryList(QDir::Files).contains(u"audit.log"_s));
    }

    void anEmptyOrMissingLogSaysSo()
    {
        AuditLogDialog dialog(m_dir.filePath(u"missing.log"_s));
        QCOMPARE(rows(dialog), 0);
        QCOMPARE(dialog.findChild<QLabel*>(u"auditCount"_s)->text(), u"Nothing is recorded yet."_s);
        QVERIFY(!dialog.findChild<QPushButton*>(u"auditExportButton"_s)->isEnabled());
    }

    void reloadShowsNewLines()
    {
        const QString path = m_dir.filePath(u"growing.log"_s);
        QFile::copy(m_log, path);
        AuditLogDialog dialog(path);
        QCOMPARE(rows(dialog), 4);
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write(R"({"action":"create","account":"New","time":"2026-04-01T00:00:00.000Z"})"
                   "\n");
        file.close();
        dialog.reload();
        QCOMPARE(rows(dialog), 5);
        QCOMPARE(cell(dialog, 0, AuditLogDialog::AccountColumn), u"New"_s);
    }

    // View → Audit Log (Ctrl+Shift+L) shows what was just done in the window, as the window's.
    void theWindowOpensItWithItsOwnActions()
    {
        WindowHarness h;
        QVERIFY(h.startWithSavedAccount());
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 12, Timeout);
        AboutDialog::DataLocations locations;
        locations.auditLog = h.audit->filePath();
        h.window->setDataLocations(locations);
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        QVERIFY(h.selectName(u"Legacy upload script"_s));
        h.action("actionRevokeKey")->trigger();
        QPointer<QDialog> revoke = nextDialog(opened);
        QVERIFY(revoke);
        QTest::keyClicks(child<QLineEdit>(revoke, "confirmEdit"), u"Legacy upload script"_s);
        QTest::mouseClick(child<QPushButton>(revoke, "revokeButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 11, Timeout);

        QAction* action = h.action("actionAuditLog");
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+Shift+L"_s));
        QVERIFY(action->text().contains(u"&L"_s));
        action->trigger();
        auto* dialog = h.window->findChild<AuditLogDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        bool found = false;
        for (const AuditRecord& record : dialog->shownRecords()) {
            if (record.action == u"revoke"_s && record.key == u"Legacy upload script"_s) {
                found = true;
                QCOMPARE(record.account, u"Test sandbox"_s);
                QCOMPARE(record.source, u"window"_s);
                QCOMPARE(record.outcome, u"ok"_s);
            }
        }
        QVERIFY(found);
        // Asked again, the same view comes up.
        action->trigger();
        QCOMPARE(h.window->findChildren<AuditLogDialog*>().size(), 1);
    }
};

QTEST_MAIN(TestAuditLogDialog)
#include "test_auditlogdialog.moc"

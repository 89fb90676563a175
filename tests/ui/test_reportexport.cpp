// File → Export Report… in the main window, against an in-process WAYSCloud sandbox: the save
// dialog writes the credential report of the loaded keys in the format its file type names, and a
// path that cannot be written shows an error naming it and leaves nothing behind.
#include "PromptChecks.h"
#include "support/WindowHarness.h"
#include "ui/Prompts.h"
#include "ui/ReportExport.h"

#include <QComboBox>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;
using namespace kw;
using namespace kw::test;

namespace {

// Triggers File → Export Report… and returns the save dialog it opens.
QFileDialog* openExportDialog(WindowHarness& h)
{
    QAction* action = h.action("actionExportReport");
    if (!action)
        return nullptr;
    action->trigger();
    QFileDialog* dialog = nullptr;
    // Open, and showing the suggested name (the dialog fills it in once it has read the folder).
    const bool opened = QTest::qWaitFor(
        [&] {
            dialog = nullptr;
            for (auto* candidate : h.window->findChildren<QFileDialog*>(u"exportReportDialog"_s)) {
                if (candidate->isVisible())
                    dialog = candidate;
            }
            auto* name = dialog ? dialog->findChild<QLineEdit*>(u"fileNameEdit"_s) : nullptr;
            return name && name->text().startsWith(u"keywarden-report-"_s);
        },
        Timeout);
    return opened ? dialog : nullptr;
}

} // namespace

class TestReportExport : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Prompts::setAnswerer(nullptr); }

    void theMenuEntryHasAMnemonicAndAnAccessibleName()
    {
        WindowHarness h;
        QAction* action = h.action("actionExportReport");
        QVERIFY(action);
        QVERIFY(action->text().contains(u"&R"_s));
        QVERIFY(!action->property("accessibleName").toString().isEmpty());
        auto* fileMenu = h.find<QMenu>("fileMenu");
        QVERIFY(fileMenu);
        QVERIFY(fileMenu->actions().contains(action));
    }

    void writesTheReportOfTheLoadedKeys()
    {
        WindowHarness h;
        QVERIFY(h.startWithSavedAccount());
        QTRY_VERIFY_WITH_TIMEOUT(h.rows() == 12, Timeout);
        QFileDialog* dialog = openExportDialog(h);
        QVERIFY(dialog);
        QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
        QVERIFY(dialog->nameFilters().size() == 3);
        QSignalSpy exported(h.window->findChild<ReportExport*>(), &ReportExport::exported);
        // JSON chosen in the file type box from the keyboard, the name typed without an
        // extension.
        auto* types = dialog->findChild<QComboBox*>(u"fileTypeCombo"_s);
        QVERIFY(types);
        types->setFocus();
        QTest::keyClick(types, Qt::Key_Down);
        QCOMPARE(dialog->selectedNameFilter(), dialog->nameFilters().at(1));
        const QString path = h.dir.filePath(u"audit"_s);
        dialog->selectFile(path);
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept is protected
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, Timeout);
        QCOMPARE(exported.first().at(0).toString(), path + u".json"_s);
        const QJsonObject report =
            QJsonDocument::fromJson(readAll(path + u".json"_s).toUtf8()).object();
        QCOMPARE(report.value(u"keys"_s).toArray().size(), 12);
        const QJsonObject summary = report.value(u"summary"_s).toArray().at(0).toObject();
        QCOMPARE(summary.value(u"account"_s).toString(), h.account.label);
        QCOMPARE(summary.value(u"keys"_s).toInt(), 12);
        QVERIFY(!readAll(path + u".json"_s).contains(h.sandbox.adminToken()));
        QTRY_VERIFY_WITH_TIMEOUT(
            h.window->statusBar()->currentMessage().contains(path + u".json"_s), Timeout);

        // A .csv name is CSV whatever the filter says.
        dialog = openExportDialog(h);
        QVERIFY(dialog);
        dialog->selectFile(h.dir.filePath(u"keys.csv"_s));
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept is protected
        QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 2, Timeout);
        QCOMPARE(exported.at(1).at(0).toString(), h.dir.filePath(u"keys.csv"_s));
        const QString csv = readAll(h.dir.filePath(u"keys.csv"_s));
        QVERIFY(csv.startsWith(u"account,accountId,provider,"_s));
        QCOMPARE(csv.count(u"\r\n"_s), 13);
    }

    void anAccountThatFailedToListIsNamedBeforeExporting()
    {
        WindowHarness h;
        QVERIFY(h.startWithSavedAccount());
        // A second account at the same sandbox whose token is refused.
        Account refused;
        refused.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        refused.provider = u"wayscloud"_s;
        refused.label = u"Refused prod"_s;
        refused.endpoint = h.sandbox.url();
        h.controller->addSessionAccount(refused, Secret::fromString(u"not-the-token"_s));
        QTRY_VERIFY_WITH_TIMEOUT(
            h.controller->account(refused.id)->state == AppController::LoadState::Error, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(
            h.controller->account(h.account.id)->state == AppController::LoadState::Ok, Timeout);
        int asked = 0;
        bool exportAnyway = false;
        Prompts::setAnswerer(
            [&](QMessageBox::Icon, const QString&, const QString&, QMessageBox::StandardButtons) {
                ++asked;
                return exportAnyway ? QMessageBox::Yes : QMessageBox::No;
            });
        h.action("actionExportReport")->trigger();
        QCOMPARE(asked, 1);
        const Prompts::Question& question = Prompts::lastQuestion();
        QVERIFY2(question.text.contains(u"Refused prod"_s), qPrintable(question.text));
        QVERIFY(!question.text.contains(h.account.label)); // the loaded one is not missing
        QCOMPARE(decisionProblem(question, u"Export Without Them"_s, u"Don't Export"_s), QString());
        // Declined: no save dialog.
        QVERIFY(h.window->findChildren<QFileDialog*>(u"exportReportDialog"_s).isEmpty());

        exportAnyway = true;
        QFileDialog* dialog = openExportDialog(h);
        QVERIFY(dialog);
        QCOMPARE(asked, 2);
        dialog->reject();
    }

    void aPathThatCannotBeWrittenShowsAnError()
    {
        WindowHarness h;
        QVERIFY(h.startWithSavedAccount());
        QTRY_VERIFY_WITH_TIMEOUT(h.rows() == 12, Timeout);
        QSignalSpy failed(h.window->findChild<ReportExport*>(), &ReportExport::failed);
        QFileDialog* dialog = openExportDialog(h);
        QVERIFY(dialog);
        // A folder that is a file: the save cannot even start.
        const QString blocker = h.dir.filePath(u"not-a-folder"_s);
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString path = blocker + u"/report.csv"_s;
        QString error;
        QVERIFY(h.window->findChild<ReportExport*>()->exportTo(path, {}, &error).isEmpty());
        QVERIFY(error.contains(path));
        // The same through the dialog: an error box names the path.
        dialog->selectFile(path);
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept is protected
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, Timeout);
        QMessageBox* box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = h.find<QMessageBox>("exportReportError")) && box->isVisible(), Timeout);
        QVERIFY(box->informativeText().contains(path));
        QVERIFY(!QFile::exists(path));
        box->accept();
    }
};

QTEST_MAIN(TestReportExport)
#include "test_reportexport.moc"

// The main window as a new administrator first meets it: the empty start, a filter that hides
// every key, Help (keyboard shortcuts, about), the title, the keyboard focus mark and a
// translated header that is read whole.
#include "support/WindowHarness.h"
#include "ui/AboutDialog.h"
#include "ui/ShortcutsDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QTranslator>

using namespace kw;
using namespace kw::test;
using namespace Qt::StringLiterals;

class TestMainWindowFirstHour : public QObject
{
    Q_OBJECT

private slots:
    void init() { Prompts::setAnswerer(nullptr); }
    void cleanup() { Prompts::setAnswerer(nullptr); }

    // Without accounts the table says what KeyWarden is for and offers the two ways to start.
    void emptyStartSaysWhatKeyWardenIsFor()
    {
        WindowHarness h;
        h.controller->start();
        h.window->show();
        auto* empty = h.find<QWidget>("emptyState");
        QVERIFY(empty);
        QTRY_VERIFY_WITH_TIMEOUT(empty->isVisible(), Timeout);
        const QString said = empty->findChild<QLabel*>(u"emptyStateTitle"_s)->text() + u' ' +
                             empty->findChild<QLabel*>(u"emptyStateText"_s)->text();
        QVERIFY2(said.contains(u"API keys"_s) && said.contains(u"sandbox"_s), qPrintable(said));
        auto* add = h.find<QPushButton>("emptyAddAccountButton");
        auto* sandbox = h.find<QPushButton>("trySandboxButton");
        QVERIFY(add && add->isVisible() && sandbox && sandbox->isVisible());
        QCOMPARE(add->text().remove(u'&'), u"Add account…"_s);
        QCOMPARE(sandbox->text().remove(u'&'), u"Try the sandbox"_s);
        // A keyboard path for each, and names for screen readers.
        QVERIFY(add->text().contains(u'&') && sandbox->text().contains(u'&'));
        QVERIFY(!add->accessibleName().isEmpty() && !sandbox->accessibleName().isEmpty());
        QVERIFY(!h.find<QPushButton>("clearFilterButton")->isVisible());

        // "Try the sandbox" is the app's to start, as a process of its own.
        QSignalSpy sandboxAsked(h.window.get(), &MainWindow::trySandboxRequested);
        QTest::mouseClick(sandbox, Qt::LeftButton);
        QCOMPARE(sandboxAsked.count(), 1);
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        QTest::mouseClick(add, Qt::LeftButton);
        QPointer<QDialog> dialog = nextDialog(opened);
        QVERIFY(dialog);
        QVERIFY(child<QComboBox>(dialog, "providerCombo"));
        dialog->reject();
    }

    void emptyStateGoesOnceThereIsAnAccount()
    {
        WindowHarness h;
        QVERIFY(h.startWithSavedAccount());
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 12, Timeout);
        QVERIFY(!h.find<QWidget>("emptyState")->isVisible());
    }

    // A filter that hides every key says so, with the way back; the hint says filters stay
    // when switching accounts, so "0 of 12 keys" after a switch is never a mystery.
    void filterThatMatchesNothingSaysSoAndClears()
    {
        WindowHarness h;
        QVERIFY(h.startWithSavedAccount());
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 12, Timeout);
        auto* filter = h.find<QLineEdit>("filterEdit");
        // "~" never occurs in a generated id or name; plain "xyz" matched a random
        // sandbox id about once in two hundred runs.
        QTest::keyClicks(filter, u"xyz~"_s);
        QCOMPARE(h.rows(), 0);
        auto* empty = h.find<QWidget>("emptyState");
        QTRY_VERIFY_WITH_TIMEOUT(empty->isVisible(), Timeout);
        QCOMPARE(empty->findChild<QLabel*>(u"emptyStateTitle"_s)->text(),
                 u"No key matches “xyz~”"_s);
        const QString text = empty->findChild<QLabel*>(u"emptyStateText"_s)->text();
        QVERIFY2(text.contains(u"12 keys"_s) && text.contains(u"switch accounts"_s),
                 qPrintable(text));
        QVERIFY(!h.find<QPushButton>("trySandboxButton")->isVisible());
        auto* clear = h.find<QPushButton>("clearFilterButton");
        QVERIFY(clear && clear->isVisible());
        QCOMPARE(clear->text().remove(u'&'), u"Clear filter"_s);
        QTest::mouseClick(clear, Qt::LeftButton);
        QVERIFY(filter->text().isEmpty());
        QCOMPARE(h.rows(), 12);
        QVERIFY(!empty->isVisible());

        // Only the other filters hide them: said as such, and cleared the same way.
        h.find<QCheckBox>("rotationDueCheck")->setChecked(true);
        auto* status = h.find<QComboBox>("statusFilterCombo");
        for (int i = 1; i < status->count() && h.rows() > 0; ++i)
            status->setCurrentIndex(i);
        QCOMPARE(h.rows(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(empty->isVisible(), Timeout);
        QCOMPARE(empty->findChild<QLabel*>(u"emptyStateTitle"_s)->text(),
                 u"No key matches the filters"_s);
        QCOMPARE(clear->text().remove(u'&'), u"Clear filters"_s);
        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(h.rows(), 12);
        QVERIFY(!h.find<QCheckBox>("rotationDueCheck")->isChecked());
        QCOMPARE(status->currentIndex(), 0);
    }

    // The filter row under the filter box: never used, unused for N days, inactive, expires
    // within N days narrow the table, combine, are named when they hide every key, and are
    // cleared with the others. Each has a name for screen readers and a mnemonic.
    void filterRowNarrowsAndIsNamedWhenItHidesEverything()
    {
        WindowHarness h;
        QVERIFY(h.startWithSavedAccount());
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 12, Timeout);
        auto* never = h.find<QCheckBox>("neverUsedCheck");
        auto* unused = h.find<QCheckBox>("unusedForCheck");
        auto* unusedDays = h.find<QSpinBox>("unusedForSpin");
        auto* inactive = h.find<QCheckBox>("inactiveCheck");
        auto* expires = h.find<QCheckBox>("expiresWithinCheck");
        QVERIFY(never && unused && unusedDays && inactive && expires);
        for (QCheckBox* box : {never, unused, inactive, expires}) {
            QVERIFY2(box->isVisible() && box->text().contains(u'&'), qPrintable(box->text()));
            QVERIFY(!box->accessibleName().isEmpty());
        }
        QVERIFY(!unusedDays->accessibleName().isEmpty());

        const KeyTableModel* model = h.window->keyModel();
        auto shownKeys = [&] {
            QList<ApiKey> keys;
            for (int row = 0; row < h.rows(); ++row)
                keys.append(*model->keyAt(
                    h.window->keyProxy()->mapToSource(h.window->keyProxy()->index(row, 0)).row()));
            return keys;
        };
        // The sandbox reports last use: some of its sample keys were never used.
        never->setChecked(true);
        QVERIFY(h.rows() > 0 && h.rows() < 12);
        for (const ApiKey& key : shownKeys())
            QVERIFY2(!key.lastUsed, qPrintable(key.name));
        const int neverUsed = h.rows();

        never->setChecked(false);
        unusedDays->setValue(100);
        unused->setChecked(true);
        QVERIFY(h.rows() > 0 && h.rows() < 12);
        for (const ApiKey& key : shownKeys()) {
            const QDateTime since = key.lastUsed ? *key.lastUsed : key.created;
            QVERIFY2(since <= h.now.addDays(-100), qPrintable(key.name));
        }
        const int unusedFor100 = h.rows();
        never->setChecked(true); // both: never used and made 100 days ago or more
        QVERIFY(h.rows() <= std::min(neverUsed, unusedFor100));
        never->setChecked(false);

        // Every sample key is active and none expires: these two hide them all, and say so.
        inactive->setChecked(true);
        expires->setChecked(true);
        QCOMPARE(h.rows(), 0);
        auto* empty = h.find<QWidget>("emptyState");
        QTRY_VERIFY_WITH_TIMEOUT(empty->isVisible(), Timeout);
        QCOMPARE(empty->findChild<QLabel*>(u"emptyStateTitle"_s)->text(),
                 u"No key matches the filters"_s);
        const QString text = empty->findChild<QLabel*>(u"emptyStateText"_s)->text();
        QVERIFY2(text.contains(u"expires within 14 days"_s) &&
                     text.contains(u"unused for 100 days"_s) && text.contains(u"inactive"_s),
                 qPrintable(text));
        QVERIFY(h.find<QLabel>("countLabel")->text().startsWith(u"0 of 12"_s));

        QTest::mouseClick(h.find<QPushButton>("clearFilterButton"), Qt::LeftButton);
        QCOMPARE(h.rows(), 12);
        for (QCheckBox* box : {never, unused, inactive, expires})
            QVERIFY(!box->isChecked());
        QVERIFY(!empty->isVisible());
    }

    // The platform appends the application's name to a title that does not end with it.
    void titleNamesTheAppOnce()
    {
        QGuiApplication::setApplicationDisplayName(u"KeyWarden"_s);
        WindowHarness h;
        QCOMPARE(h.window->windowTitle(), u"KeyWarden"_s);
        h.window->setSandboxMode(true);
        const QString title = h.window->windowTitle();
        QVERIFY2(title.endsWith(QGuiApplication::applicationDisplayName()), qPrintable(title));
        QCOMPARE(title.count(u"KeyWarden"_s), 1);
        QVERIFY2(title.contains(u"andbox"_s), qPrintable(title));
    }

    // The list is read from the actions when it opens: a changed shortcut shows at once.
    void shortcutsListComesFromTheActions()
    {
        WindowHarness h;
        h.window->show();
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        QAction* shortcuts = h.action("actionShortcuts");
        QVERIFY(shortcuts);
        QCOMPARE(shortcuts->shortcut(), QKeySequence(Qt::Key_F1));
        shortcuts->trigger();
        QPointer<ShortcutsDialog> dialog = nextDialog<ShortcutsDialog>(opened);
        QVERIFY(dialog);
        const QStringList rows = dialog->rows();
        QVERIFY2(rows.contains(u"Create Key: Ctrl+N"_s), qPrintable(rows.join(u", "_s)));
        QVERIFY2(rows.contains(u"Refresh: F5"_s), qPrintable(rows.join(u", "_s)));
        QVERIFY2(rows.contains(u"Keyboard Shortcuts: F1"_s), qPrintable(rows.join(u", "_s)));
        int withShortcut = 0;
        QHash<QString, QString> owners;
        for (QAction* action : h.window->findChildren<QAction*>()) {
            const QList<QKeySequence> keys = action->shortcuts();
            withShortcut += keys.isEmpty() ? 0 : 1;
            for (const QKeySequence& key : keys) {
                // Two actions on one key: Qt runs neither.
                const QString text = key.toString();
                QVERIFY2(!owners.contains(text) || owners.value(text) == action->objectName(),
                         qPrintable(text + u" is on "_s + owners.value(text) + u" and "_s +
                                    action->objectName()));
                owners.insert(text, action->objectName());
            }
        }
        QCOMPARE(rows.size(), withShortcut);
        // The platform's Delete sequence holds Ctrl+D on X11 desktops, Disable's shortcut:
        // revoking is on the Delete key alone.
        QCOMPARE(h.action("actionRevokeKey")->shortcuts(),
                 QList<QKeySequence>{QKeySequence(Qt::Key_Delete)});
        dialog->close();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, Timeout);

        h.action("actionRefresh")->setShortcut(QKeySequence(Qt::Key_F6));
        shortcuts->trigger();
        dialog = nextDialog<ShortcutsDialog>(opened);
        QVERIFY(dialog);
        QVERIFY(dialog->rows().contains(u"Refresh: F6"_s));
        dialog->close();
    }

    // About: version, licence and where the data lives, as the app reports it.
    void aboutSaysWhereTheDataLives()
    {
        QCoreApplication::setApplicationVersion(u"9.8.7"_s);
        WindowHarness h;
        AboutDialog::DataLocations locations;
        locations.settingsFile = h.settings->fileName();
        locations.auditLog = h.audit->filePath();
        locations.keychainService = u"keywarden"_s;
        h.window->setDataLocations(locations);
        QVERIFY(h.startWithSavedAccount());
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        QAction* about = h.action("actionAbout");
        QVERIFY(about);
        about->trigger();
        QPointer<AboutDialog> dialog = nextDialog<AboutDialog>(opened);
        QVERIFY(dialog);
        const QString text = dialog->text();
        for (const QString& expected :
             {u"GNU General Public License"_s, h.settings->fileName(), h.audit->filePath(),
              h.vault->backendName(), u"“keywarden”"_s, h.account.vaultKey(), h.account.label})
            QVERIFY2(text.contains(expected), qPrintable(expected + u" not in: "_s + text));
        QVERIFY(dialog->findChild<QLabel*>(u"aboutHeading"_s)->text().contains(u"9.8.7"_s));
        dialog->close();
    }

    // The view that has the keyboard is framed in the highlight colour; the other is not.
    void keyboardFocusIsClearlyMarked()
    {
        WindowHarness h;
        QVERIFY(h.startWithSavedAccount());
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 12, Timeout);
        h.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(h.window.get()));
        QTableView* table = h.table();
        auto* accounts = h.find<QListView>("accountList");
        const QColor highlight = table->palette().color(QPalette::Highlight);
        auto edgeOf = [](QWidget* view) {
            const QImage image = view->grab().toImage();
            return image.pixelColor(0, image.height() / 2);
        };
        table->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY_WITH_TIMEOUT(table->hasFocus(), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(edgeOf(table), highlight, Timeout);
        QVERIFY(edgeOf(accounts) != highlight);
        accounts->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY_WITH_TIMEOUT(accounts->hasFocus(), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(edgeOf(accounts), highlight, Timeout);
        QVERIFY(edgeOf(table) != highlight);
    }

    // "Zuletzt verwendet" and its sort arrow fit: no header is cut by the cap on cell width.
    void germanHeadersAreReadWhole()
    {
        QTranslator german;
        const QString qm = qEnvironmentVariable("KEYWARDEN_BUILD_DIR") + u"/app/keywarden_de.qm"_s;
        QVERIFY2(german.load(qm), qPrintable(qm));
        QVERIFY(QCoreApplication::installTranslator(&german));
        {
            WindowHarness h;
            QVERIFY(h.startWithSavedAccount());
            QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 12, Timeout);
            QHeaderView* header = h.table()->horizontalHeader();
            const QString lastUsed = h.window->keyModel()
                                         ->headerData(KeyTableModel::LastUsedColumn, Qt::Horizontal)
                                         .toString();
            QCOMPARE(lastUsed, u"Zuletzt verwendet"_s);
            QVERIFY(!header->isSectionHidden(KeyTableModel::LastUsedColumn));
            h.table()->sortByColumn(KeyTableModel::LastUsedColumn, Qt::AscendingOrder);
            for (int column = 0; column < KeyTableModel::StatusColumn; ++column) {
                if (header->isSectionHidden(column))
                    continue;
                const QString text =
                    h.window->keyModel()->headerData(column, Qt::Horizontal).toString();
                QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                         qPrintable(u"%1: %2 < %3"_s.arg(text)
                                        .arg(header->sectionSize(column))
                                        .arg(header->sectionSizeHint(column))));
            }
        }
        QCoreApplication::removeTranslator(&german);
    }
};

QTEST_MAIN(TestMainWindowFirstHour)
#include "test_mainwindow_firsthour.moc"

#include "FormChecks.h"
#include "PromptChecks.h"
#include "core/Redactor.h"
#include "core/Rotation.h"
#include "support/ClosedPort.h"
#include "support/WindowHarness.h"
#include "ui/ClipboardGuard.h"
#include "ui/KeyActionPolicy.h"
#include "ui/KeyDetailsPane.h"
#include "ui/RevealSecretDialog.h"
#include "ui/RotateKeyDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkReply>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSemaphore>
#include <QSpinBox>
#include <QStatusBar>
#include <QThreadPool>
#include <atomic>
#include <thread>

using namespace kw;
using namespace kw::test;
using namespace Qt::StringLiterals;
using kw::sandbox::Fault;

namespace {

using Harness = WindowHarness;
const QString ListPath = QStringLiteral("/v1/account/api-keys");

} // namespace

// The main window over one saved WAYSCloud account: loading, selection, keyboard, the key
// flows end to end, rotation, errors in place.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init() { Prompts::setAnswerer(nullptr); }
    void cleanup() { Prompts::setAnswerer(nullptr); }

    // The busy indicator is drawn without Qt's raster engine handing its fills to
    // QThreadPool::globalInstance() and waiting for them there: it is redrawn 60 times a second
    // while accounts load, and on a loaded machine each such wait held the window 20-40 ms
    // (bench_fleet). Every thread of that pool is held while the bar is drawn; a watchdog lets
    // them go after seconds, long after any drawing of a small bar that waits for nothing.
    void busyIndicatorDrawsWithoutWaitingForTheGlobalThreadPool()
    {
        Harness h;
        Fault slow;
        slow.kind = Fault::Kind::Delay;
        slow.method = "GET";
        slow.pathPrefix = ListPath;
        slow.delayMs = 600;
        h.sandbox.injectFault(slow);
        QVERIFY(h.startWithSavedAccount());
        auto* busyBar = h.find<QProgressBar>("busyBar");
        QVERIFY(busyBar);
        QTRY_VERIFY_WITH_TIMEOUT(busyBar->isVisible(), Timeout);
        QThreadPool* pool = QThreadPool::globalInstance();
        const int threads = pool->maxThreadCount();
        QSemaphore held;
        QSemaphore drawn;
        std::atomic<bool> letGo{false};
        for (int i = 0; i < threads; ++i)
            pool->start([&held] { held.acquire(); });
        std::thread watchdog([&] {
            drawn.tryAcquire(1, 5000);
            letGo = true;
            held.release(threads);
        });
        const QPixmap picture = busyBar->grab();
        const bool waited = letGo;
        drawn.release();
        watchdog.join();
        pool->waitForDone();
        QVERIFY(!picture.isNull());
        QVERIFY2(!waited, "drawing the busy indicator waited for the global thread pool");
        QCOMPARE(busyBar->maximum(), 0); // still a busy indicator
    }

    void loadsTheSampleKeys()
    {
        Harness h;
        // Slow the list down so the progress can be seen.
        Fault slow;
        slow.kind = Fault::Kind::Delay;
        slow.method = "GET";
        slow.pathPrefix = ListPath;
        slow.delayMs = 600;
        h.sandbox.injectFault(slow);
        QVERIFY(h.startWithSavedAccount());
        auto* busyLabel = h.find<QLabel>("busyLabel");
        auto* busyBar = h.find<QProgressBar>("busyBar");
        QVERIFY(busyLabel && busyBar);
        QTRY_COMPARE_WITH_TIMEOUT(busyLabel->text(),
                                  QStringLiteral("Loading keys of Test sandbox…"), Timeout);
        QVERIFY(busyBar->isVisible());
        QCOMPARE(busyBar->maximum(), 0); // busy indicator

        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 12, Timeout);
        QCOMPARE(h.table()->model()->rowCount(), 12);
        QTRY_VERIFY_WITH_TIMEOUT(!busyBar->isVisible(), Timeout);
        QVERIFY(!h.find<QWidget>("errorBanner")->isVisible());
        auto* accounts = h.find<QListView>("accountList");
        QCOMPARE(accounts->model()->rowCount(), 1);
        const QString accountText = accounts->model()->index(0, 0).data().toString();
        QVERIFY2(accountText.contains(QStringLiteral("Test sandbox")), qPrintable(accountText));
        QVERIFY2(accountText.contains(QStringLiteral("WAYSCloud")), qPrintable(accountText));
        QVERIFY2(accountText.contains(QStringLiteral("12 keys")), qPrintable(accountText));
        QCOMPARE(h.find<QLabel>("countLabel")->text(), QStringLiteral("12 keys"));

        // The sample aged 91 days is flagged for rotation, the one of 89 days is not.
        const QModelIndex due = window_index(h, QStringLiteral("CI/CD pipeline"));
        const QModelIndex notDue = window_index(h, QStringLiteral("DNS automation"));
        QVERIFY(due.isValid() && notDue.isValid());
        QCOMPARE(due.data().toString(), QStringLiteral("91 days"));
        QVERIFY(due.data(Qt::ForegroundRole).isValid());
        QVERIFY(!notDue.data(Qt::ForegroundRole).isValid());
        QCOMPARE(h.window->keyProxy()
                     ->index(notDue.row(), KeyTableModel::LastUsedColumn)
                     .data()
                     .toString(),
                 QStringLiteral("never"));
    }

    void detailsPaneAndActionsFollowTheSelection()
    {
        Harness h;
        QVERIFY(h.startWithSavedAccount());
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 12, Timeout);
        QVERIFY(h.action("actionCreateKey")->isEnabled());
        // the first row is selected on load, so that the details pane is not empty
        QVERIFY(h.window->selectedKey().has_value());
        QVERIFY(h.action("actionRevokeKey")->isEnabled());
        h.table()->selectionModel()->clearCurrentIndex();
        QVERIFY(!h.window->selectedKey().has_value());
        QVERIFY(!h.action("actionRevokeKey")->isEnabled());
        QVERIFY(!h.action("actionRotateKey")->isEnabled());
        QVERIFY(!h.action("actionCopyKeyId")->isEnabled());

        QVERIFY(h.selectName(QStringLiteral("Production Storage API")));
        QVERIFY(h.action("actionRevokeKey")->isEnabled());
        QVERIFY(h.action("actionRotateKey")->isEnabled());
        QVERIFY(h.action("actionCopyKeyId")->isEnabled());

        auto* pane = h.find<KeyDetailsPane>("detailsPane");
        const ApiKey key = *h.window->selectedKey();
        QCOMPARE(pane->valueLabel(QStringLiteral("id"))->text(), key.id);
        QCOMPARE(pane->valueLabel(QStringLiteral("name"))->text(),
                 QStringLiteral("Production Storage API"));
        QCOMPARE(pane->valueLabel(QStringLiteral("ipAllowlist"))->text(),
                 QStringLiteral("203.0.113.42"));
        QVERIFY(pane->valueLabel(QStringLiteral("id"))->textInteractionFlags() &
                Qt::TextSelectableByMouse);
        QVERIFY(
            pane->valueLabel(QStringLiteral("age"))->text().startsWith(QStringLiteral("120 days")));
        // no label of the pane shows anything that looks like a secret
        for (const QLabel* label : pane->findChildren<QLabel*>())
            QVERIFY2(!Redactor::containsSecret(label->text()), qPrintable(label->text()));

        // every action has a shortcut where the design asks for one
        QCOMPARE(h.action("actionAddAccount")->shortcut(),
                 QKeySequence(QStringLiteral("Ctrl+Shift+A")));
        QCOMPARE(h.action("actionRefresh")->shortcut(), QKeySequence(Qt::Key_F5));
        QCOMPARE(h.action("actionCreateKey")->shortcut(), QKeySequence(QStringLiteral("Ctrl+N")));
        QCOMPARE(h.action("actionRotateKey")->shortcut(), QKeySequence(QStringLiteral("Ctrl+R")));
        QCOMPARE(h.action("actionRevokeKey")->shortcut(), QKeySequence(QKeySequence::Delete));
        QCOMPARE(h.action("actionFocusFilter")->shortcut(), QKeySequence(QStringLiteral("Ctrl+F")));
    }

    // KeyActionPolicy names the actions it rules by their object names in the window.
    void everyActionThePolicyRulesIsInTheWindow()
    {
        Harness h;
        for (const char* name : KeyActionPolicy::ActionNames)
            QVERIFY2(h.action(name), name);
    }

    void keyboardReachesTheFlows()
    {
        Harness h;
        QVERIFY(h.startWithSavedAccount());
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 12, Timeout);
        h.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(h.window.get()));
        h.table()->setFocus();

        QTest::keyClick(h.window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), h.find<QWidget>("filterEdit"));

        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        QTest::keyClick(h.window.get(), Qt::Key_N, Qt::ControlModifier);
        QPointer<QDialog> create = nextDialog(opened);
        QVERIFY(create);
        QCOMPARE(create->metaObject()->className(), "kw::CreateKeyDialog");
        create->reject();
        QTRY_VERIFY(!create || !create->isVisible());

        h.table()->setFocus();
        QTest::keyClick(h.table(), Qt::Key_Delete);
        QPointer<QDialog> revoke = nextDialog(opened);
        QVERIFY(revoke);
        QCOMPARE(revoke->metaObject()->className(), "kw::RevokeKeyDialog");
        revoke->reject();
        QTRY_VERIFY(!revoke || !revoke->isVisible());
        QCOMPARE(h.sandbox.keyCount(), 12);
    }

    void removeAccountForgetsItsToken()
    {
        Harness h;
        QVERIFY(h.startWithSavedAccount());
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 12, Timeout);
        QString asked;
        Prompts::setAnswerer([&asked](QMessageBox::Icon, const QString&, const QString& text,
                                      QMessageBox::StandardButtons) {
            asked = text;
            return QMessageBox::Yes;
        });
        h.action("actionRemoveAccount")->trigger();
        QVERIFY(asked.contains(QStringLiteral("Test sandbox")));
        const QString problem =
            decisionProblem(Prompts::lastQuestion(), u"Remove account"_s, u"Keep account"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(h.find<QListView>("accountList")->model()->rowCount(), 0);
        QCOMPARE(h.rows(), 0);
        // Back to the first start: the table says what KeyWarden is for.
        QVERIFY(h.find<QWidget>("emptyState")->isVisible());
        QVERIFY(h.find<QPushButton>("trySandboxButton")->isVisible());
        QVERIFY(AccountStore(*h.settings).load().isEmpty());
        std::optional<SecretStore::Status> status;
        h.vault->read(h.account.vaultKey(), nullptr,
                      [&status](SecretStore::Result result) { status = result.status; });
        QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), Timeout);
        QCOMPARE(*status, SecretStore::Status::NotFound);
        QVERIFY(!h.action("actionCreateKey")->isEnabled());
        QVERIFY(!h.action("actionRemoveAccount")->isEnabled());
    }

    void filterReducesTheRows()
    {
        Harness h;
        QVERIFY(h.startWithSavedAccount());
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 12, Timeout);
        auto* filter = h.find<QLineEdit>("filterEdit");
        h.action("actionFocusFilter")->trigger();
        QTest::keyClicks(filter, QStringLiteral("llm"));
        QVERIFY(h.rows() > 0);
        QVERIFY(h.rows() < 12);
        for (int row = 0; row < h.rows(); ++row) {
            const QString services =
                h.window->keyProxy()->index(row, KeyTableModel::ServicesColumn).data().toString();
            QVERIFY2(services.contains(QStringLiteral("LLM")), qPrintable(services));
        }
        QVERIFY(h.find<QLabel>("countLabel")->text().contains(QStringLiteral(" of 12 keys")));
        filter->clear();
        QTest::keyClicks(filter, QStringLiteral("198.51.100.64/26"));
        QCOMPARE(h.rows(), 1);
        QTest::keyClicks(filter, QStringLiteral(" no-such-thing"));
        QCOMPARE(h.rows(), 0);
        filter->clear();
        QCOMPARE(h.rows(), 12);
    }

    void sortsByAge()
    {
        Harness h;
        QVERIFY(h.startWithSavedAccount());
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 12, Timeout);
        QHeaderView* header = h.table()->horizontalHeader();
        const int x = header->sectionViewportPosition(KeyTableModel::AgeColumn) +
                      header->sectionSize(KeyTableModel::AgeColumn) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), int(KeyTableModel::AgeColumn));
        for (int click = 0; click < 2; ++click) {
            const Qt::SortOrder order = header->sortIndicatorOrder();
            QList<qint64> ages;
            for (int row = 0; row < h.rows(); ++row)
                ages << h.window->keyProxy()
                            ->index(row, KeyTableModel::AgeColumn)
                            .data(KeyTableModel::SortRole)
                            .toLongLong();
            QList<qint64> sorted = ages;
            std::sort(sorted.begin(), sorted.end());
            if (order == Qt::DescendingOrder)
                std::reverse(sorted.begin(), sorted.end());
            QCOMPARE(ages, sorted);
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                              QPoint(x, header->height() / 2));
        }
        // the oldest sample (400 days) is at one end, shown as people read it
        const QString first =
            h.window->keyProxy()->index(0, KeyTableModel::AgeColumn).data().toString();
        const QString last =
            h.window->keyProxy()->index(11, KeyTableModel::AgeColumn).data().toString();
        QVERIFY2(first == QStringLiteral("400 days") || last == QStringLiteral("400 days"),
                 qPrintable(first + QLatin1Char('/') + last));
    }

    void errorBannerInPlaceAndRetry()
    {
        Harness h;
        Fault fault;
        fault.kind = Fault::Kind::InternalError;
        fault.method = "GET";
        fault.pathPrefix = ListPath;
        fault.count = -1;
        h.sandbox.injectFault(fault);
        QVERIFY(h.startWithSavedAccount());
        auto* banner = h.find<QWidget>("errorBanner");
        auto* bannerLabel = h.find<QLabel>("bannerLabel");
        auto* retry = h.find<QPushButton>("retryButton");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), Timeout);
        const QString text = bannerLabel->text();
        QVERIFY2(text.contains(QStringLiteral("Internal Server Error")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("500")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Test sandbox")), qPrintable(text));
        QVERIFY(retry->isVisible());
        QCOMPARE(h.rows(), 0);
        QVERIFY(h.find<QListView>("accountList")
                    ->model()
                    ->index(0, 0)
                    .data()
                    .toString()
                    .contains(QStringLiteral("error")));
        QVERIFY(!h.action("actionCreateKey")->isEnabled());

        h.sandbox.clearFaults();
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 12, Timeout);
        QVERIFY(!banner->isVisible());
    }

    void keychainFailureShownInPlace()
    {
        Harness h(std::make_unique<AbsentKeychain>());
        Account account;
        account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        account.provider = QStringLiteral("wayscloud");
        account.label = QStringLiteral("Saved account");
        account.endpoint = h.sandbox.url();
        AccountStore(*h.settings).add(account);
        h.controller->start();
        h.window->show();
        auto* banner = h.find<QWidget>("errorBanner");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), Timeout);
        const QString text = h.find<QLabel>("bannerLabel")->text();
        QVERIFY2(text.contains(QStringLiteral("org.freedesktop.secrets was not provided")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Install gnome-keyring")), qPrintable(text));
        QVERIFY(h.find<QPushButton>("retryButton")->isVisible());
    }

    void addAccountWithoutKeychainOffersSessionOnly()
    {
        auto* absent = new AbsentKeychain;
        Harness h{std::unique_ptr<SecretStore>(absent)};
        h.controller->start();
        h.window->show();
        QString asked;
        Prompts::setAnswerer([&asked](QMessageBox::Icon, const QString&, const QString& text,
                                      QMessageBox::StandardButtons) {
            asked = text;
            return QMessageBox::Yes;
        });
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        h.action("actionAddAccount")->trigger();
        QPointer<QDialog> dialog = nextDialog(opened);
        QVERIFY(dialog);
        auto* provider = child<QComboBox>(dialog, "providerCombo");
        QVERIFY(provider);
        QCOMPARE(provider->currentText(), QStringLiteral("WAYSCloud"));
        child<QLineEdit>(dialog, "labelEdit")->setText(QStringLiteral("Added by hand"));
        auto* endpoint = child<QLineEdit>(dialog, "endpointEdit");
        endpoint->clear();
        QTest::keyClicks(endpoint, h.sandbox.url().toString());
        QTest::keyClicks(child<QLineEdit>(dialog, "tokenEdit"), h.sandbox.adminToken());
        auto* add = child<QPushButton>(dialog, "addButton");
        QVERIFY2(add->isEnabled(), qPrintable(endpoint->text()));
        QTest::mouseClick(add, Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(!asked.isEmpty(), Timeout);
        QVERIFY2(asked.contains(QStringLiteral("Install gnome-keyring")), qPrintable(asked));
        QVERIFY2(asked.contains(QStringLiteral("this session only")), qPrintable(asked));
        const QString problem = decisionProblem(
            Prompts::lastQuestion(), u"Use for this session only"_s, u"Do not add the account"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(absent->writes, 1);
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 12, Timeout);
        const QString id = h.window->currentAccountId();
        QVERIFY(h.controller->account(id)->sessionOnly);
        // a session-only account and its token never reach the settings file
        h.settings->sync();
        QVERIFY(AccountStore(*h.settings).load().isEmpty());
        QFile ini(h.settings->fileName());
        if (ini.open(QIODevice::ReadOnly))
            QVERIFY(!ini.readAll().contains(h.sandbox.adminToken().toUtf8()));
    }

    void createFlowEndToEnd()
    {
        Harness h;
        QVERIFY(h.startWithSavedAccount());
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 12, Timeout);
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);

        // The first attempt fails on the server: the error shows in the dialog, input kept.
        Fault fault;
        fault.kind = Fault::Kind::InternalError;
        fault.method = "POST";
        fault.count = 1;
        h.sandbox.injectFault(fault);

        h.window->activateWindow();
        h.table()->setFocus();
        h.action("actionCreateKey")->trigger();
        QPointer<QDialog> create = nextDialog(opened);
        QVERIFY(create);
        QCOMPARE(create->metaObject()->className(), "kw::CreateKeyDialog");
        auto* name = child<QLineEdit>(create, "nameEdit");
        QTest::keyClicks(name, QStringLiteral("Invoice archive uploads"));
        auto* storage = child<QCheckBox>(create, "service_storage");
        QVERIFY(storage);
        storage->setChecked(true);
        auto* createButton = child<QPushButton>(create, "createButton");
        QTRY_VERIFY(createButton->isEnabled());
        QTest::mouseClick(createButton, Qt::LeftButton);

        auto* errorLabel = child<QLabel>(create, "errorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(errorLabel->isVisible(), Timeout);
        QVERIFY2(errorLabel->text().contains(QStringLiteral("500")),
                 qPrintable(errorLabel->text()));
        QVERIFY(create->isVisible());
        QCOMPARE(name->text(), QStringLiteral("Invoice archive uploads"));
        QVERIFY(storage->isChecked());
        QCOMPARE(h.rows(), 12);

        // Second attempt: created, secret revealed, list refreshed.
        QTRY_VERIFY(createButton->isEnabled());
        QTest::mouseClick(createButton, Qt::LeftButton);
        QPointer<QDialog> reveal = nextDialog(opened);
        QVERIFY(reveal);
        QCOMPARE(reveal->metaObject()->className(), "kw::RevealSecretDialog");
        QTRY_VERIFY_WITH_TIMEOUT(!create || !create->isVisible(), Timeout);
        QVERIFY(reveal->windowTitle().contains(QStringLiteral("Invoice archive uploads")));
        auto* close = child<QPushButton>(reveal, "closeButton");
        QVERIFY(!close->isEnabled());
        child<QCheckBox>(reveal, "savedCheck")->setChecked(true);
        QVERIFY(close->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 13, Timeout);
        QTest::mouseClick(close, Qt::LeftButton);
        QTRY_VERIFY(!reveal || !reveal->isVisible());
        QCOMPARE(h.sandbox.keyCount(), 13);
        QVERIFY(h.rowOfName(QStringLiteral("Invoice archive uploads")) >= 0);
        // the new key is selected, its details shown
        QCOMPARE(h.window->selectedKey()->name, QStringLiteral("Invoice archive uploads"));

        const QString audit = h.auditText();
        QVERIFY2(audit.contains(QStringLiteral("Invoice archive uploads")), qPrintable(audit));
        QVERIFY(!Redactor::containsSecret(audit));
    }

    void revokeFlow()
    {
        Harness h;
        QVERIFY(h.startWithSavedAccount());
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 12, Timeout);
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        QVERIFY(h.selectName(QStringLiteral("Legacy upload script")));
        h.action("actionRevokeKey")->trigger();
        QPointer<QDialog> revoke = nextDialog(opened);
        QVERIFY(revoke);
        auto* button = child<QPushButton>(revoke, "revokeButton");
        QVERIFY(!button->isEnabled());
        QTest::keyClicks(child<QLineEdit>(revoke, "confirmEdit"),
                         QStringLiteral("Legacy upload script"));
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 11, Timeout);
        QTRY_VERIFY(!revoke || !revoke->isVisible());
        QCOMPARE(h.rowOfName(QStringLiteral("Legacy upload script")), -1);
        QVERIFY(h.auditText().contains(QStringLiteral("revoke")));
    }

    void rotateNow()
    {
        Harness h;
        QVERIFY(h.startWithSavedAccount());
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 12, Timeout);
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        QVERIFY(h.selectName(QStringLiteral("CI/CD pipeline")));
        h.action("actionRotateKey")->trigger();
        QPointer<QDialog> rotate = nextDialog(opened);
        QVERIFY(rotate);
        auto* name = child<QLineEdit>(rotate, "nameEdit");
        name->setText(QStringLiteral("CI/CD pipeline 2026"));
        child<QRadioButton>(rotate, "revokeNowRadio")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(rotate, "rotateButton"), Qt::LeftButton);

        QPointer<QDialog> reveal = nextDialog(opened);
        QVERIFY(reveal);
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 13, Timeout);
        // the old key stays until the new secret has been handed over
        QVERIFY(h.rowOfName(QStringLiteral("CI/CD pipeline")) >= 0);
        QCOMPARE(h.controller->rotations().open().size(), 1);
        // The new key keeps the old whitelist, which this machine is not on: WAYSCloud says 403.
        QTest::mouseClick(child<QPushButton>(reveal, "testKeyButton"), Qt::LeftButton);
        auto* result = child<QLabel>(reveal, "testResultLabel");
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"403"_s), Timeout);
        QVERIFY2(result->text().contains(u"not whitelisted"_s), qPrintable(result->text()));
        // Closing asks whether to keep the old key; Yes is the explicit override.
        PromptRecorder prompts;
        prompts.answer = QMessageBox::Yes;
        child<QCheckBox>(reveal, "savedCheck")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(reveal, "closeButton"), Qt::LeftButton);
        QCOMPARE(prompts.texts.size(), 1);
        QVERIFY2(prompts.texts.first().contains(u"Keep the old key"_s),
                 qPrintable(prompts.texts.first()));
        QVERIFY(prompts.texts.first().contains(u"not whitelisted"_s));
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 12, Timeout);
        QCOMPARE(h.rowOfName(QStringLiteral("CI/CD pipeline")), -1);
        const int newRow = h.rowOfName(QStringLiteral("CI/CD pipeline 2026"));
        QVERIFY(newRow >= 0);
        // same services and whitelist as the old key
        QCOMPARE(
            h.window->keyProxy()->index(newRow, KeyTableModel::IpAllowlistColumn).data().toString(),
            QStringLiteral("203.0.113.0/24, 2001:db8:1234::/48"));
        const QList<RotationRecord> records = h.controller->rotations().all();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().state, RotationRecord::State::Completed);
        QVERIFY2(records.first().note.contains(u"user chose"_s),
                 qPrintable(u"note: "_s + records.first().note));
        QVERIFY(h.controller->rotations().open().isEmpty());
        QVERIFY(h.auditText().contains(u"rotate-override"_s));
        QVERIFY(h.auditText().contains(u"\"verify\""_s));
    }

    void rotateWithGracePeriodFinishesWhenDue()
    {
        Harness h;
        QVERIFY(h.startWithSavedAccount());
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 12, Timeout);
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        QVERIFY(h.selectName(QStringLiteral("Ops break-glass")));
        const QString oldId = h.window->selectedKey()->id;
        h.action("actionRotateKey")->trigger();
        QPointer<QDialog> rotate = nextDialog(opened);
        QVERIFY(rotate);
        auto* grace = child<QSpinBox>(rotate, "graceSpin");
        QCOMPARE(grace->value(), RotationStore::DefaultGraceDays);
        child<QRadioButton>(rotate, "graceRadio")->setChecked(true);
        grace->setValue(3);
        QTest::mouseClick(child<QPushButton>(rotate, "rotateButton"), Qt::LeftButton);
        QPointer<QDialog> reveal = nextDialog(opened);
        QVERIFY(reveal);
        child<QCheckBox>(reveal, "savedCheck")->setChecked(true);
        PromptRecorder prompts; // not tested: revoke anyway, after the grace period
        prompts.answer = QMessageBox::Yes;
        QTest::mouseClick(child<QPushButton>(reveal, "closeButton"), Qt::LeftButton);
        QCOMPARE(prompts.texts.size(), 1);
        QVERIFY(prompts.texts.first().contains(u"not tested"_s));

        QTRY_VERIFY_WITH_TIMEOUT(!h.controller->rotations().all().isEmpty() &&
                                     h.controller->rotations().all().first().state ==
                                         RotationRecord::State::GracePeriod,
                                 Timeout);
        QCOMPARE(h.controller->rotations().graceDays(), 3); // remembered
        const RotationRecord record = h.controller->rotations().all().first();
        QCOMPARE(record.revokeAfter, h.now.addDays(3));
        QVERIFY2(record.note.contains(u"user chose"_s), qPrintable(record.note));
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 13, Timeout);
        QVERIFY(h.rowOfName(QStringLiteral("Ops break-glass")) >= 0);
        // both keys exist, told apart by the suffix the dialog prefilled for the new one; the
        // old one shows its pending revocation and cannot be rotated twice
        const QString newName =
            RotateKeyDialog::rotatedName(QStringLiteral("Ops break-glass"), QDate::currentDate());
        QVERIFY(h.rowOfName(newName) >= 0);
        QVERIFY(h.window->selectKey(oldId));
        QVERIFY(!h.action("actionRotateKey")->isEnabled());
        auto* pane = h.find<KeyDetailsPane>("detailsPane");
        QVERIFY(pane->valueLabel(QStringLiteral("rotation"))->isVisible());

        // Not due yet: nothing happens.
        h.controller->finishDueRotations();
        QTest::qWait(200);
        QCOMPARE(h.controller->rotations().open().size(), 1);

        // Four days later (the hourly check): the old key is revoked and the user told.
        h.now = h.now.addDays(4);
        h.controller->finishDueRotations();
        QTRY_VERIFY_WITH_TIMEOUT(h.controller->rotations().open().isEmpty(), Timeout);
        QCOMPARE(h.controller->rotations().all().first().state, RotationRecord::State::Completed);
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 12, Timeout);
        QCOMPARE(h.window->keyModel()->rowOfKey(oldId), -1);
        QVERIFY(h.rowOfName(newName) >= 0); // the new key
        QVERIFY(
            h.window->statusBar()->currentMessage().contains(QStringLiteral("Ops break-glass")));
    }

    void interruptedRotationsAreSettledOnLoad()
    {
        Harness h;
        // Records left by an earlier session: one stopped before the handover (both keys
        // kept), one whose old key was revoked by other means meanwhile.
        RotationRecord interrupted;
        interrupted.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        interrupted.oldKeyName = QStringLiteral("Zone export");
        interrupted.state = RotationRecord::State::NewKeyCreated;
        interrupted.started = h.now.addDays(-1);
        RotationRecord gone = interrupted;
        gone.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        gone.oldKeyId = QStringLiteral("00000000-0000-0000-0000-00000000dead");
        gone.oldKeyName = QStringLiteral("Long gone");
        gone.state = RotationRecord::State::GracePeriod;
        gone.revokeAfter = h.now.addDays(5);

        // The ids of the sample keys are known only once they are listed: start, then save the
        // records and refresh, as a new start would.
        QVERIFY(h.startWithSavedAccount());
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 12, Timeout);
        QVERIFY(h.selectName(QStringLiteral("Zone export")));
        interrupted.accountId = h.account.id;
        interrupted.oldKeyId = h.window->selectedKey()->id;
        gone.accountId = h.account.id;
        h.controller->rotations().save(interrupted);
        h.controller->rotations().save(gone);
        h.controller->refresh(h.account.id);

        QTRY_VERIFY_WITH_TIMEOUT(h.controller->rotations().open().isEmpty(), Timeout);
        for (const RotationRecord& record : h.controller->rotations().all()) {
            if (record.id == interrupted.id)
                QCOMPARE(record.state, RotationRecord::State::Abandoned);
            else
                QCOMPARE(record.state, RotationRecord::State::Completed);
        }
        QCOMPARE(h.sandbox.keyCount(), 12); // nothing was revoked
        QVERIFY(h.selectName(QStringLiteral("Zone export")));
        QVERIFY(h.action("actionRotateKey")->isEnabled());
    }

    void dueRotationFailureKeepsTheRecordOpen()
    {
        Harness h;
        QVERIFY(h.startWithSavedAccount());
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 12, Timeout);
        const std::optional<ApiKey> old =
            h.selectName(QStringLiteral("Zone export")) ? h.window->selectedKey() : std::nullopt;
        QVERIFY(old);
        RotationRecord record;
        record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        record.accountId = h.account.id;
        record.oldKeyId = old->id;
        record.oldKeyName = old->name;
        record.newKeyName = QStringLiteral("Zone export 2");
        record.started = h.now.addDays(-8);
        record.revokeAfter = h.now.addDays(-1);
        record.state = RotationRecord::State::GracePeriod;
        h.controller->rotations().save(record);

        Fault fault;
        fault.kind = Fault::Kind::InternalError;
        fault.method = "DELETE";
        fault.count = -1;
        h.sandbox.injectFault(fault);
        h.controller->finishDueRotations();
        QTRY_VERIFY_WITH_TIMEOUT(!h.controller->rotations().open().first().note.isEmpty(), Timeout);
        QCOMPARE(h.controller->rotations().open().size(), 1);
        QVERIFY(h.window->statusBar()->currentMessage().contains(QStringLiteral("tried again")));

        h.sandbox.clearFaults();
        h.controller->finishDueRotations();
        QTRY_VERIFY_WITH_TIMEOUT(h.controller->rotations().open().isEmpty(), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 11, Timeout);
    }

    void rotationWithAVerifiedKeyAsksNothing()
    {
        Harness h;
        QVERIFY(h.startWithSavedAccount());
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 12, Timeout);
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        QVERIFY(h.selectName(QStringLiteral("Legacy upload script"))); // no whitelist
        h.action("actionRotateKey")->trigger();
        QPointer<QDialog> rotate = nextDialog(opened);
        QVERIFY(rotate);
        child<QRadioButton>(rotate, "revokeNowRadio")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(rotate, "rotateButton"), Qt::LeftButton);
        QPointer<RevealSecretDialog> reveal = nextDialog<RevealSecretDialog>(opened);
        QVERIFY(reveal);
        QTest::keyClick(reveal, Qt::Key_T, Qt::ControlModifier);
        auto* result = child<QLabel>(reveal, "testResultLabel");
        QTRY_VERIFY_WITH_TIMEOUT(reveal->isVerified(), Timeout);
        QVERIFY2(result->text().contains(u"works"_s), qPrintable(result->text()));
        PromptRecorder prompts;
        child<QCheckBox>(reveal, "savedCheck")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(reveal, "closeButton"), Qt::LeftButton);
        QVERIFY(prompts.texts.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(h.controller->rotations().open().isEmpty(), Timeout);
        QCOMPARE(h.controller->rotations().all().first().state, RotationRecord::State::Completed);
        QTRY_COMPARE_WITH_TIMEOUT(h.rowOfName(QStringLiteral("Legacy upload script")), -1, Timeout);
    }

    void rotationKeepsTheOldKeyUnlessTheUserOverrides()
    {
        Harness h;
        QVERIFY(h.startWithSavedAccount());
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 12, Timeout);
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        QVERIFY(h.selectName(QStringLiteral("Ops break-glass")));
        const QString oldId = h.window->selectedKey()->id;
        h.action("actionRotateKey")->trigger();
        QPointer<QDialog> rotate = nextDialog(opened);
        QVERIFY(rotate);
        child<QRadioButton>(rotate, "revokeNowRadio")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(rotate, "rotateButton"), Qt::LeftButton);
        QPointer<RevealSecretDialog> reveal = nextDialog<RevealSecretDialog>(opened);
        QVERIFY(reveal);
        // The prompt's default (No) is what a user who just presses Enter gets: keep the old key.
        QMessageBox::StandardButton offeredDefault = QMessageBox::NoButton;
        QStringList asked;
        Prompts::setAnswerer([&](QMessageBox::Icon, const QString& title, const QString& text,
                                 QMessageBox::StandardButtons buttons) {
            asked << title + u": "_s + text;
            offeredDefault =
                buttons.testFlag(QMessageBox::No) ? QMessageBox::No : QMessageBox::NoButton;
            return QMessageBox::No;
        });
        child<QCheckBox>(reveal, "savedCheck")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(reveal, "closeButton"), Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().contains(u"New key not verified"_s));
        QVERIFY2(!asked.first().contains(u"Yes"_s), qPrintable(asked.first()));
        QCOMPARE(offeredDefault, QMessageBox::No);
        const QString problem = decisionProblem(Prompts::lastQuestion(), u"Revoke old key anyway"_s,
                                                u"Keep both keys"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QTRY_VERIFY_WITH_TIMEOUT(h.controller->rotations().open().isEmpty(), Timeout);
        const RotationRecord record = h.controller->rotations().all().first();
        QCOMPARE(record.state, RotationRecord::State::Abandoned);
        QVERIFY2(record.note.contains(u"old key was kept"_s), qPrintable(record.note));
        QVERIFY(h.auditText().contains(u"rotate-keep-old"_s));
        // Both keys are still there, and the old one can be rotated again.
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 13, Timeout);
        QVERIFY(h.window->selectKey(oldId));
        QVERIFY(h.action("actionRotateKey")->isEnabled());
    }

    void createdKeyIsTestedInPlace()
    {
        Harness h;
        QVERIFY(h.startWithSavedAccount());
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 12, Timeout);
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        h.action("actionCreateKey")->trigger();
        QPointer<QDialog> create = nextDialog(opened);
        QVERIFY(create);
        QTest::keyClicks(child<QLineEdit>(create, "nameEdit"), u"Invoice archive uploads"_s);
        child<QCheckBox>(create, "service_storage")->setChecked(true);
        auto* createButton = child<QPushButton>(create, "createButton");
        QTRY_VERIFY(createButton->isEnabled());
        QTest::mouseClick(createButton, Qt::LeftButton);
        QPointer<RevealSecretDialog> reveal = nextDialog<RevealSecretDialog>(opened);
        QVERIFY(reveal);
        auto* test = child<QPushButton>(reveal, "testKeyButton");
        auto* result = child<QLabel>(reveal, "testResultLabel");
        QVERIFY(test && test->isVisible());
        QCOMPARE(test->accessibleName(), u"Test key"_s);

        // Works.
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(reveal->isVerified(), Timeout);
        QVERIFY2(result->text().contains(u"works"_s), qPrintable(result->text()));
        QCOMPARE(result->accessibleDescription(), result->text());
        const QString shots = QDir::temp().filePath(u"verifyui-reveal-works.png"_s);
        QVERIFY(reveal->grab().save(shots));

        // Any other answer: the test failed, with the status.
        Fault broken;
        broken.kind = Fault::Kind::InternalError;
        broken.pathPrefix = u"/v1/storage"_s;
        broken.count = -1;
        h.sandbox.injectFault(broken);
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled() && reveal->lastVerification(), Timeout);
        QCOMPARE(reveal->lastVerification()->outcome, Verification::Outcome::Failed);
        QVERIFY2(result->text().contains(u"500"_s), qPrintable(result->text()));
        QVERIFY(!reveal->isVerified());
        h.sandbox.clearFaults();

        // 401: the key was revoked behind the dialog's back.
        QTRY_VERIFY_WITH_TIMEOUT(h.rowOfName(u"Invoice archive uploads"_s) >= 0, Timeout);
        QVERIFY(h.selectName(u"Invoice archive uploads"_s));
        bool revoked = false;
        h.controller->revokeKey(h.account.id, *h.window->selectedKey(), nullptr,
                                [&](const ProviderError& error) { revoked = error.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(revoked, Timeout);
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled() && reveal->lastVerification(), Timeout);
        QCOMPARE(reveal->lastVerification()->outcome, Verification::Outcome::Unauthorized);
        QVERIFY2(result->text().contains(u"401"_s), qPrintable(result->text()));
        QVERIFY(QDir::temp().exists(u"verifyui-reveal-works.png"_s));
        QVERIFY(reveal->grab().save(QDir::temp().filePath(u"verifyui-reveal-401.png"_s)));

        // The audit says that it was tested and how, never the secret.
        const QString audit = h.auditText();
        QVERIFY(audit.contains(u"\"verify\""_s));
        QVERIFY(audit.contains(u"works"_s));
        QVERIFY(!audit.contains(u"wayscloud_storage_"_s));
        child<QCheckBox>(reveal, "savedCheck")->setChecked(true);
        reveal->accept();
    }

    void unreachableProviderIsSaidSo()
    {
        Harness h;
        // An account whose endpoint nobody listens on, held so that no test beside this one
        // takes it.
        const kw::test::ClosedPort closed;
        const quint16 deadPort = closed.port();
        QVERIFY(deadPort != 0);
        Account gone;
        gone.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        gone.provider = u"wayscloud"_s;
        gone.label = u"Gone"_s;
        gone.endpoint = QUrl(u"http://127.0.0.1:%1"_s.arg(deadPort));
        h.controller->addSessionAccount(gone, Secret::fromString(h.sandbox.adminToken()));
        QTRY_VERIFY_WITH_TIMEOUT(
            h.controller->account(gone.id)->state == AppController::LoadState::Error, Timeout);
        ApiKey key;
        key.id = u"k-1"_s;
        key.name = u"Unreachable key"_s;
        key.services = {u"storage"_s};
        RevealSecretDialog dialog(key.name, Secret::fromString(h.sandbox.adminToken()),
                                  h.window->clipboardGuard());
        dialog.setTestHandler(u"WAYSCloud"_s, [&](const Secret& secret) {
            h.controller->verifyKey(
                gone.id, key, secret, &dialog,
                [&](const ProviderError& error, const std::optional<Verification>& result) {
                    if (error || !result)
                        dialog.showTestError(error.toString());
                    else
                        dialog.showTestResult(*result);
                });
        });
        dialog.show();
        QTest::mouseClick(child<QPushButton>(&dialog, "testKeyButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.lastVerification().has_value(), 3 * Timeout);
        QCOMPARE(dialog.lastVerification()->outcome, Verification::Outcome::Unreachable);
        const QString text = child<QLabel>(&dialog, "testResultLabel")->text();
        QVERIFY2(text.contains(u"could not be reached"_s), qPrintable(text));
        dialog.setShownAgain(true);
        dialog.accept();
    }

    void scopeRefusalIsShownWithTheProvidersReason()
    {
        Harness h;
        QVERIFY(h.startWithSavedAccount());
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 12, Timeout);
        // A key that may write to storage but not read it, made straight at the sandbox.
        QNetworkRequest request(QUrl(h.sandbox.url().toString() + ListPath + u"/service"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        request.setRawHeader("Authorization", "Bearer " + h.sandbox.adminToken().toLatin1());
        request.setTransferTimeout(Timeout);
        std::unique_ptr<QNetworkReply> reply(h.network.post(
            request,
            R"({"name":"Write-only uploads","service":"storage","permissions":["write"]})"_ba));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), Timeout);
        const QJsonObject created = QJsonDocument::fromJson(reply->readAll()).object();
        QVERIFY2(created.contains(u"key"_s), "the sandbox did not create the key");
        ApiKey key;
        key.id = created.value(u"id"_s).toString();
        key.name = created.value(u"name"_s).toString();
        key.services = {u"storage"_s};

        // The dialog and the controller as the main window wires them.
        RevealSecretDialog dialog(key.name, Secret::fromString(created.value(u"key"_s).toString()),
                                  h.window->clipboardGuard());
        dialog.setTestHandler(u"WAYSCloud"_s, [&](const Secret& secret) {
            h.controller->verifyKey(
                h.account.id, key, secret, &dialog,
                [&](const ProviderError& error, const std::optional<Verification>& result) {
                    if (error || !result)
                        dialog.showTestError(error.toString());
                    else
                        dialog.showTestResult(*result);
                });
        });
        dialog.show();
        auto* test = child<QPushButton>(&dialog, "testKeyButton");
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.lastVerification().has_value(), Timeout);
        QCOMPARE(dialog.lastVerification()->outcome, Verification::Outcome::Forbidden);
        const QString text = child<QLabel>(&dialog, "testResultLabel")->text();
        QVERIFY2(text.contains(u"403"_s) && text.contains(u"storage:read"_s), qPrintable(text));
        QVERIFY(dialog.grab().save(QDir::temp().filePath(u"verifyui-reveal-403-scope.png"_s)));
        dialog.setShownAgain(true);
        dialog.accept();
    }

private:
    static QModelIndex window_index(const Harness& h, const QString& name)
    {
        const int row = h.rowOfName(name);
        return row < 0 ? QModelIndex() : h.window->keyProxy()->index(row, KeyTableModel::AgeColumn);
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"

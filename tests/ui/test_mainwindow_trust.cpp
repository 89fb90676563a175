// The main window keeps its promises when something goes wrong: a key whose create answer was
// lost is named and offered for revocation, an audit log that cannot be written is said in the
// window, provider text is shown as typed (never as markup), and quitting with a secret on
// screen or a create under way asks first.
#include "PromptChecks.h"
#include "console/AppController.h"
#include "core/AccountStore.h"
#include "core/AuditLog.h"
#include "core/KeySpec.h"
#include "sandbox/wayscloud/WaysCloudSandbox.h"
#include "support/WindowHarness.h"
#include "ui/KeyDetailsPane.h"
#include "ui/KeyFilterProxy.h"
#include "ui/KeyTableModel.h"
#include "ui/MainWindow.h"
#include "ui/Prompts.h"
#include "vault/MemoryStore.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>
#include <QUuid>
#include <memory>

using namespace kw;
using namespace Qt::StringLiterals;
using kw::sandbox::Fault;
using kw::sandbox::WaysCloudSandbox;

namespace {

using kw::test::child;
using kw::test::nextDialog;
constexpr int Timeout = 10000;
const QString KeysPath = u"/v1/account/api-keys"_s;
const QString HostileName = u"<b>x</b><img src=\"file:///etc/passwd\">"_s;

// A main window wired as the app wires it, against an in-process WAYSCloud sandbox.
struct Harness
{
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    WaysCloudSandbox sandbox;
    MemoryStore vault;
    MemoryStore sessionVault;
    QNetworkAccessManager network;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<AppController> controller;
    std::unique_ptr<MainWindow> window;
    Account account;

    explicit Harness(const QString& auditPath = {})
    {
        settings =
            std::make_unique<QSettings>(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        audit = std::make_unique<AuditLog>(auditPath.isEmpty() ? dir.filePath(u"audit.jsonl"_s)
                                                               : auditPath);
        sandbox.listen();
        sandbox.seedSamples(12);
        controller = std::make_unique<AppController>(*settings, &vault, &sessionVault, &network,
                                                     audit.get());
        window = std::make_unique<MainWindow>(controller.get());
        window->resize(1280, 800);
    }

    bool start()
    {
        account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        account.provider = u"wayscloud"_s;
        account.label = u"Trust sandbox"_s;
        account.endpoint = sandbox.url();
        bool written = false;
        vault.write(account.vaultKey(), Secret::fromString(sandbox.adminToken()), nullptr,
                    [&written](SecretStore::Result result) { written = result.ok(); });
        if (!QTest::qWaitFor([&written] { return written; }, Timeout))
            return false;
        AccountStore(*settings).add(account);
        controller->start();
        window->show();
        return QTest::qWaitFor([this] { return rows() == 12; }, Timeout);
    }

    template <typename T> T* find(const char* name) const
    {
        return window->findChild<T*>(QString::fromLatin1(name));
    }
    QAction* action(const char* name) const { return find<QAction>(name); }
    int rows() const { return window->keyProxy()->rowCount(); }
    QString status() const { return window->statusBar()->currentMessage(); }
    QString banner() const
    {
        auto* label = find<QLabel>("bannerLabel");
        return label && label->isVisibleTo(window.get()) ? label->text() : QString();
    }
};

// Answers every question asked through Prompts with `answer` and keeps what was asked.
struct Questions
{
    QList<Prompts::Question> asked;
    QMessageBox::StandardButton answer = QMessageBox::No;
    Questions()
    {
        Prompts::setAnswerer([this](QMessageBox::Icon, const QString&, const QString&,
                                    QMessageBox::StandardButtons) {
            asked.append(Prompts::lastQuestion());
            return answer;
        });
    }
    ~Questions() { Prompts::setAnswerer(nullptr); }
};

// Opens the create dialog and submits a WAYSCloud storage key called name.
QPointer<QDialog> submitCreate(Harness& h, QSignalSpy& opened, const QString& name)
{
    h.action("actionCreateKey")->trigger();
    QPointer<QDialog> create = nextDialog(opened);
    if (!create)
        return nullptr;
    child<QLineEdit>(create, "nameEdit")->setText(name);
    child<QCheckBox>(create, "service_storage")->setChecked(true);
    auto* button = child<QPushButton>(create, "createButton");
    if (!QTest::qWaitFor([button] { return button->isEnabled(); }, Timeout))
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    return create;
}

} // namespace

class TestMainWindowTrust : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Closing the window is part of these tests; the test run goes on.
        QApplication::setQuitOnLastWindowClosed(false);
    }
    void init() { Prompts::setAnswerer(nullptr); }
    void cleanup() { Prompts::setAnswerer(nullptr); }

    // The seam's real box: plain text, and buttons that say what they do.
    void questionBoxIsPlainTextWithButtonsThatSayWhatTheyDo()
    {
        Prompts::Question question;
        question.icon = QMessageBox::Warning;
        question.title = u"Key created without its secret"_s;
        question.text = HostileName;
        question.buttons = QMessageBox::Yes | QMessageBox::No;
        question.defaultButton = QMessageBox::Yes;
        question.buttonTexts.insert(QMessageBox::Yes, u"Revoke key"_s);
        question.buttonTexts.insert(QMessageBox::No, u"Keep key"_s);
        const std::unique_ptr<QMessageBox> box = Prompts::makeBox(nullptr, question);
        QCOMPARE(box->textFormat(), Qt::PlainText);
        QCOMPARE(box->text(), HostileName);
        QCOMPARE(box->button(QMessageBox::Yes)->text(), u"Revoke key"_s);
        QCOMPARE(box->button(QMessageBox::No)->text(), u"Keep key"_s);
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Yes));
        QCOMPARE(box->escapeButton(), box->button(QMessageBox::No));
    }

    // A real message box (no answerer) shows a provider's markup as typed.
    void realMessageBoxShowsMarkupAsTyped()
    {
        Qt::TextFormat format = Qt::AutoText;
        QString shown;
        bool seen = false;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                auto* box = qobject_cast<QMessageBox*>(widget);
                if (!box || !box->isVisible() || seen)
                    continue;
                seen = true;
                format = box->textFormat();
                shown = box->text();
                box->button(QMessageBox::No)->click();
            }
        });
        poll.start();
        const bool yes =
            Prompts::choose(nullptr, QMessageBox::Warning, u"Disable key"_s,
                            u"Disable “%1”?"_s.arg(HostileName), u"Disable key"_s, u"Keep it"_s);
        poll.stop();
        QVERIFY(seen);
        QVERIFY(!yes);
        QCOMPARE(format, Qt::PlainText);
        QCOMPARE(shown, u"Disable “%1”?"_s.arg(HostileName));
    }

    // A key named with markup reads as typed in the table and the details pane.
    void hostileKeyNameIsShownAsTyped()
    {
        Harness h;
        QVERIFY(h.start());
        KeySpec spec;
        spec.name = HostileName;
        spec.services = {u"storage"_s};
        bool created = false;
        h.controller->createKey(
            h.account.id, spec, h.window.get(),
            [&created](const ProviderError& error, CreatedKey* key) { created = !error && key; });
        QTRY_VERIFY_WITH_TIMEOUT(created, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 13, Timeout);
        const auto keys = h.controller->account(h.account.id)->keys;
        const auto hostile = std::find_if(
            keys.cbegin(), keys.cend(), [](const ApiKey& key) { return key.name == HostileName; });
        QVERIFY(hostile != keys.cend());
        QVERIFY(h.window->selectKey(hostile->id));
        auto* pane = h.find<KeyDetailsPane>("detailsPane");
        QLabel* name = pane->valueLabel(u"name"_s);
        QCOMPARE(name->text(), HostileName);
        QCOMPARE(name->textFormat(), Qt::PlainText);
        // The table's tool tip too (Qt renders anything that looks like markup in a tip).
        auto* table = h.find<QTableView>("keyTable");
        const QModelIndex cell = table->currentIndex().siblingAtColumn(KeyTableModel::NameColumn);
        QCOMPARE(cell.data(Qt::ToolTipRole).toString(), HostileName);
        table->scrollTo(cell);
        const QPoint at = table->visualRect(cell).center();
        QHelpEvent help(QEvent::ToolTip, at, table->viewport()->mapToGlobal(at));
        QApplication::sendEvent(table->viewport(), &help);
        QTRY_VERIFY_WITH_TIMEOUT(QToolTip::isVisible(), Timeout);
        QVERIFY2(QToolTip::text().contains(u"&lt;b&gt;x&lt;/b&gt;&lt;img"_s),
                 qPrintable(QToolTip::text()));
        QVERIFY2(!QToolTip::text().contains(u"<img"_s), qPrintable(QToolTip::text()));
        QToolTip::hideText();
        // Every label of the window that shows the name shows it as plain text.
        for (const QLabel* label : h.window->findChildren<QLabel*>()) {
            if (label->text().contains(u"<b>"_s))
                QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
        }
    }

    // The audit log cannot be written (a folder where the file should be): the window says so,
    // naming the file and the reason, until dismissed, and screen readers hear it.
    void auditLogFailureIsShownInTheWindow()
    {
        QTemporaryDir blocked;
        const QString auditPath = blocked.filePath(u"audit.jsonl"_s);
        QVERIFY(QDir().mkpath(auditPath)); // a directory in the file's place
        Harness h(auditPath);
        QVERIFY(h.start());
        auto* banner = h.find<QWidget>("auditBanner");
        auto* text = h.find<QLabel>("auditBannerLabel");
        QVERIFY(banner && text);
        QVERIFY(!banner->isVisible());

        QSignalSpy failed(h.controller.get(), &AppController::auditWriteFailed);
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        QVERIFY(submitCreate(h, opened, u"Audited key"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), Timeout);
        QVERIFY2(text->text().contains(auditPath), qPrintable(text->text()));
        const QString reason = failed.first().at(1).toString();
        QVERIFY(!reason.isEmpty());
        QVERIFY2(text->text().contains(reason), qPrintable(text->text()));
        QCOMPARE(text->textFormat(), Qt::PlainText);
        QVERIFY(text->accessibleDescription().contains(auditPath));
        // It stays through a refresh and a change of selection; Hide hides it.
        h.action("actionRefresh")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 13, Timeout);
        QVERIFY(banner->isVisible());
        QTest::mouseClick(h.find<QPushButton>("auditBannerDismiss"), Qt::LeftButton);
        QVERIFY(!banner->isVisible());
    }

    // A create whose answer was lost but whose key exists: the dialog keeps what was typed and
    // the user is asked, with buttons that say what they do, whether to revoke the key; "Revoke
    // key" revokes it at the provider.
    void orphanAfterCreateIsOfferedForRevocation()
    {
        Harness h;
        QVERIFY(h.start());
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        h.sandbox.injectFault({Fault::Kind::FailAfterCommit, "POST", KeysPath, 1});
        Questions questions;
        questions.answer = QMessageBox::Yes;
        const QPointer<QDialog> create = submitCreate(h, opened, u"Lost answer"_s);
        QVERIFY(create);
        QTRY_VERIFY_WITH_TIMEOUT(!questions.asked.isEmpty(), Timeout);
        const Prompts::Question& asked = questions.asked.constFirst();
        QVERIFY2(asked.text.contains(u"“Lost answer” was created but its secret never arrived"_s),
                 qPrintable(asked.text));
        QCOMPARE(asked.buttonTexts.value(QMessageBox::Yes), u"Revoke key"_s);
        QCOMPARE(asked.buttonTexts.value(QMessageBox::No), u"Keep key"_s);
        // Revoking is the default here: nobody holds the secret, so no one is cut off.
        const QString problem = test::decisionProblem(asked, u"Revoke key"_s, u"Keep key"_s, true);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // the create dialog is still open with what was typed
        QVERIFY(create && create->isVisible());
        QCOMPARE(child<QLineEdit>(create, "nameEdit")->text(), u"Lost answer"_s);
        QVERIFY(child<QCheckBox>(create, "service_storage")->isChecked());
        QVERIFY(child<QLabel>(create, "errorLabel")->isVisible());
        // "Revoke key" revoked it, and the window says so
        QTRY_VERIFY_WITH_TIMEOUT(h.status().contains(u"Revoked “Lost answer”"_s), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(h.sandbox.keyCount(), 12, Timeout);
    }

    // The same after a rotation's create: the old key is kept, the orphan offered.
    void orphanAfterRotationKeepsTheOldKeyAndAsks()
    {
        Harness h;
        QVERIFY(h.start());
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        const ApiKey old = h.controller->account(h.account.id)->keys.constFirst();
        QVERIFY(h.window->selectKey(old.id));
        h.sandbox.injectFault({Fault::Kind::FailAfterCommit, "POST", KeysPath, 1});
        Questions questions;
        questions.answer = QMessageBox::No; // "Keep key"
        h.action("actionRotateKey")->trigger();
        QPointer<QDialog> rotate = nextDialog(opened);
        QVERIFY(rotate);
        child<QLineEdit>(rotate, "nameEdit")->setText(u"Rotated, answer lost"_s);
        QTest::mouseClick(child<QPushButton>(rotate, "rotateButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!questions.asked.isEmpty(), Timeout);
        QVERIFY2(questions.asked.constFirst().text.contains(u"Rotated, answer lost"_s),
                 qPrintable(questions.asked.constFirst().text));
        QTRY_VERIFY_WITH_TIMEOUT(h.banner().contains(u"was kept"_s), Timeout);
        QCOMPARE(h.sandbox.keyCount(), 13); // both: the user chose to keep the orphan
        QVERIFY(h.controller->openRotationFor(h.account.id, old.id) == std::nullopt);
    }

    // A rotation whose create failed (nothing was made): the next Rotate of the same key
    // starts from what the user typed and chose, not from the defaults.
    void stoppedRotationKeepsWhatWasTyped()
    {
        Harness h;
        QVERIFY(h.start());
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        const ApiKey old = h.controller->account(h.account.id)->keys.constFirst();
        QVERIFY(h.window->selectKey(old.id));
        h.sandbox.injectFault({Fault::Kind::InternalError, "POST", KeysPath, 1});
        h.action("actionRotateKey")->trigger();
        QPointer<QDialog> rotate = nextDialog(opened);
        QVERIFY(rotate);
        child<QLineEdit>(rotate, "nameEdit")->setText(u"Typed by hand"_s);
        child<QRadioButton>(rotate, "revokeNowRadio")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(rotate, "rotateButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(h.banner().contains(u"stopped"_s), Timeout);
        QCOMPARE(h.sandbox.keyCount(), 12);

        QVERIFY(h.window->selectKey(old.id));
        h.action("actionRotateKey")->trigger();
        QPointer<QDialog> again = nextDialog(opened);
        QVERIFY(again);
        QCOMPARE(child<QLineEdit>(again, "nameEdit")->text(), u"Typed by hand"_s);
        QVERIFY(child<QRadioButton>(again, "revokeNowRadio")->isChecked());
        again->reject();
    }

    // Quitting with a new secret on screen that was not confirmed saved asks first; "Stay"
    // keeps the window, "Quit anyway" quits. With nothing at stake, nothing is asked.
    void quittingWithAnUnsavedSecretAsksFirst()
    {
        Harness h;
        QVERIFY(h.start());
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        Questions questions;
        QVERIFY(submitCreate(h, opened, u"Shown once"_s));
        QPointer<QDialog> reveal = nextDialog(opened);
        QVERIFY(reveal);
        QCOMPARE(reveal->metaObject()->className(), "kw::RevealSecretDialog");

        questions.answer = QMessageBox::No;
        h.action("actionQuit")->trigger();
        QCOMPARE(questions.asked.size(), 1);
        QCOMPARE(questions.asked.constFirst().buttonTexts.value(QMessageBox::Yes),
                 u"Quit anyway"_s);
        QCOMPARE(questions.asked.constFirst().buttonTexts.value(QMessageBox::No), u"Stay"_s);
        QCOMPARE(questions.asked.constFirst().defaultButton, QMessageBox::No);
        const QString problem =
            test::decisionProblem(questions.asked.constFirst(), u"Quit anyway"_s, u"Stay"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(h.window->isVisible());
        QVERIFY(reveal && reveal->isVisible());

        // confirmed saved: quitting asks nothing
        child<QCheckBox>(reveal, "savedCheck")->setChecked(true);
        QVERIFY(h.window->close());
        QCOMPARE(questions.asked.size(), 1);
        QVERIFY(!h.window->isVisible());
    }

    void quittingDuringACreateAsksFirst()
    {
        Harness h;
        QVERIFY(h.start());
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        Questions questions;
        // Nothing at stake: no question.
        h.window->close();
        QVERIFY(questions.asked.isEmpty());
        QVERIFY(!h.window->isVisible());
        h.window->show();

        Fault slow{Fault::Kind::Delay, "POST", KeysPath, 1};
        slow.delayMs = 5000;
        h.sandbox.injectFault(slow);
        const int before = h.sandbox.requestCount();
        QVERIFY(submitCreate(h, opened, u"In flight"_s));
        // The create reached the provider; its answer comes seconds later.
        QTRY_VERIFY_WITH_TIMEOUT(h.sandbox.requestCount() > before, Timeout);
        questions.answer = QMessageBox::No;
        QVERIFY(!h.window->close());
        QCOMPARE(questions.asked.size(), 1);
        QVERIFY2(questions.asked.constFirst().text.contains(u"being created"_s),
                 qPrintable(questions.asked.constFirst().text));
        QVERIFY(h.window->isVisible());
        questions.answer = QMessageBox::Yes;
        QVERIFY(h.window->close());
        QCOMPARE(questions.asked.size(), 2);
        QVERIFY(!h.window->isVisible());
    }
};

QTEST_MAIN(TestMainWindowTrust)
#include "test_mainwindow_trust.moc"

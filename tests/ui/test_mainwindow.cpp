#include "FormChecks.h"
#include "console/AppController.h"
#include "core/AccountStore.h"
#include "core/AuditLog.h"
#include "core/Redactor.h"
#include "core/Rotation.h"
#include "providers/KeyProvider.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/wasabiiam/WasabiIamSandbox.h"
#include "sandbox/wayscloud/WaysCloudSandbox.h"
#include "ui/ClipboardGuard.h"
#include "ui/KeyDetailsPane.h"
#include "ui/KeyFilterProxy.h"
#include "ui/KeyTableModel.h"
#include "ui/MainWindow.h"
#include "ui/Prompts.h"
#include "ui/RevealSecretDialog.h"
#include "ui/RotateKeyDialog.h"
#include "vault/MemoryStore.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <memory>

using namespace kw;
using namespace Qt::StringLiterals;
using kw::sandbox::Fault;
using kw::sandbox::WaysCloudSandbox;

namespace {

constexpr int Timeout = 10000;
// For a failure the client retries with backoff before it reports it.
constexpr int RetriedFailureTimeout = 30000;
const QString ListPath = QStringLiteral("/v1/account/api-keys");

// A keychain that is not there: every call fails the way a missing Secret Service does.
class AbsentKeychain : public SecretStore
{
public:
    using SecretStore::SecretStore;
    void read(const QString&, const QObject* context, Callback done) override
    {
        fail(context, std::move(done));
    }
    void write(const QString&, const Secret&, const QObject* context, Callback done) override
    {
        ++writes;
        fail(context, std::move(done));
    }
    void remove(const QString&, const QObject* context, Callback done) override
    {
        fail(context, std::move(done));
    }
    bool isPersistent() const override { return true; }
    QString backendName() const override { return QStringLiteral("the test keychain"); }
    int writes = 0;

private:
    void fail(const QObject* context, Callback done)
    {
        QMetaObject::invokeMethod(
            const_cast<QObject*>(context ? context : static_cast<const QObject*>(this)),
            [done = std::move(done)] {
                Result result;
                result.status = Status::NoBackend;
                result.message = QStringLiteral("org.freedesktop.secrets was not provided");
                result.help = QStringLiteral("Install gnome-keyring or KeePassXC.");
                done(std::move(result));
            },
            Qt::QueuedConnection);
    }
};

// Everything a main window needs, wired the way the app wires it, against an in-process
// sandbox and temporary settings.
struct Harness
{
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    WaysCloudSandbox sandbox;
    std::unique_ptr<SecretStore> vault;
    MemoryStore sessionVault;
    QNetworkAccessManager network;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<AppController> controller;
    std::unique_ptr<MainWindow> window;
    QDateTime now = QDateTime::currentDateTimeUtc();
    Account account;

    explicit Harness(std::unique_ptr<SecretStore> customVault = nullptr)
    {
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")),
                                               QSettings::IniFormat);
        vault = customVault ? std::move(customVault) : std::make_unique<MemoryStore>();
        audit = std::make_unique<AuditLog>(dir.filePath(QStringLiteral("audit.jsonl")));
        sandbox.listen();
        sandbox.seedSamples(12, now);
        controller = std::make_unique<AppController>(*settings, vault.get(), &sessionVault,
                                                     &network, audit.get());
        controller->setClock([this] { return now; });
        window = std::make_unique<MainWindow>(controller.get());
        window->setClock([this] { return now; });
        window->resize(1280, 800);
    }

    // A saved account whose token is in the vault, loaded by start() as on a real start.
    bool startWithSavedAccount()
    {
        account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        account.provider = QStringLiteral("wayscloud");
        account.label = QStringLiteral("Test sandbox");
        account.endpoint = sandbox.url();
        bool written = false;
        vault->write(account.vaultKey(), Secret::fromString(sandbox.adminToken()), nullptr,
                     [&written](SecretStore::Result result) { written = result.ok(); });
        if (!QTest::qWaitFor([&] { return written; }, Timeout))
            return false;
        AccountStore(*settings).add(account);
        controller->start();
        window->show();
        return true;
    }

    template <typename T> T* find(const char* name) const
    {
        return window->findChild<T*>(QString::fromLatin1(name));
    }
    QAction* action(const char* name) const { return find<QAction>(name); }
    QTableView* table() const { return find<QTableView>("keyTable"); }
    int rows() const { return window->keyProxy()->rowCount(); }
    QString auditText() const
    {
        QFile file(audit->filePath());
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
    int rowOfName(const QString& name) const
    {
        for (int row = 0; row < rows(); ++row) {
            if (window->keyProxy()->index(row, KeyTableModel::NameColumn).data().toString() == name)
                return row;
        }
        return -1;
    }
    bool selectName(const QString& name) const
    {
        const int row = rowOfName(name);
        if (row < 0)
            return false;
        table()->setCurrentIndex(window->keyProxy()->index(row, 0));
        return window->selectedKey().has_value();
    }
};

// Waits for the next dialog the window opens and returns it as T.
template <typename T = QDialog> T* nextDialog(QSignalSpy& opened)
{
    if (opened.isEmpty() && !opened.wait(Timeout))
        return nullptr;
    auto* dialog = qvariant_cast<QDialog*>(opened.takeFirst().at(0));
    return dialog ? qobject_cast<T*>(dialog) : nullptr;
}

template <typename T> T* child(QObject* parent, const char* name)
{
    return parent ? parent->findChild<T*>(QString::fromLatin1(name)) : nullptr;
}

// The sandbox accounts of `keywarden --sandbox` (one per provider), each provider's real client
// against its emulator.
struct SandboxAccounts
{
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    kw::sandbox::SandboxHost host;
    MemoryStore vault;
    MemoryStore sessionVault;
    QNetworkAccessManager network;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<AppController> controller;
    std::unique_ptr<MainWindow> window;
    QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<QString, QString> accountOf; // provider id → account id

    SandboxAccounts()
    {
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")),
                                               QSettings::IniFormat);
        audit = std::make_unique<AuditLog>(dir.filePath(QStringLiteral("audit.jsonl")));
        kw::sandbox::SandboxHost::Options options;
        options.now = now;
        host.start(options);
        controller = std::make_unique<AppController>(*settings, &vault, &sessionVault, &network,
                                                     audit.get());
        controller->setClock([this] { return now; });
        window = std::make_unique<MainWindow>(controller.get());
        window->setClock([this] { return now; });
        window->resize(1280, 800);
        for (const auto& endpoint : host.endpoints()) {
            Account account;
            account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            account.provider = endpoint.providerId;
            account.label = endpoint.providerName + QStringLiteral(" sandbox");
            account.endpoint = endpoint.url;
            account.organizationId = endpoint.organizationId;
            account.s3Endpoint = endpoint.s3Endpoint;
            account.region = endpoint.region;
            account.sandbox = true;
            accountOf.insert(endpoint.providerId, account.id);
            controller->addSessionAccount(account, Secret::fromString(endpoint.adminToken));
        }
        window->show();
    }

    bool allLoaded() const
    {
        for (const QString& id : controller->accountIds()) {
            const AppController::AccountView* view = controller->account(id);
            if (!view || view->state != AppController::LoadState::Ok)
                return false;
        }
        return controller->accountIds().size() == host.endpoints().size();
    }
    const QList<ApiKey>& keysOf(const QString& provider) const
    {
        return controller->account(accountOf.value(provider))->keys;
    }
    void show(const QString& provider) { window->selectAccount(accountOf.value(provider)); }
    QAction* action(const char* name) const
    {
        return window->findChild<QAction*>(QString::fromLatin1(name));
    }
    // The first listed key of `provider` that passes `test`, selected in the table.
    std::optional<ApiKey> selectFirst(const QString& provider,
                                      const std::function<bool(const ApiKey&)>& test)
    {
        show(provider);
        for (const ApiKey& key : keysOf(provider)) {
            if (test(key) && window->selectKey(key.id))
                return key;
        }
        return std::nullopt;
    }
    QString auditText() const
    {
        QFile file(audit->filePath());
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
    // Opens the create dialog of the Wasabi IAM account and waits until its sub-user picker is
    // filled. nullptr when either does not happen.
    QDialog* openWasabiIamCreateDialog(QSignalSpy& opened)
    {
        show(u"wasabi-iam"_s);
        action("actionCreateKey")->trigger();
        QDialog* create = nextDialog(opened);
        auto* bearer = child<QComboBox>(create, "bearerCombo");
        if (!bearer || !QTest::qWaitFor([bearer] { return bearer->isEnabled(); }, Timeout))
            return nullptr;
        return create;
    }
    // The first listed Wasabi IAM key of this owner ("root" for the root user), selected.
    std::optional<ApiKey> selectWasabiIamKeyOf(const QString& owner)
    {
        return selectFirst(u"wasabi-iam"_s,
                           [&owner](const ApiKey& key) { return key.principal == owner; });
    }
    // The owner's access as the details pane shows it.
    QString ownerAccessText() const
    {
        auto* value = window->findChild<QLabel*>(u"ownerAccessValue"_s);
        return value && value->isVisibleTo(window.get()) ? value->text() : QString();
    }
};

// Records every question asked through Prompts and answers it.
struct PromptRecorder
{
    QStringList texts;
    QMessageBox::StandardButton answer = QMessageBox::Yes;
    PromptRecorder()
    {
        Prompts::setAnswerer([this](QMessageBox::Icon, const QString&, const QString& text,
                                    QMessageBox::StandardButtons) {
            texts.append(text);
            return answer;
        });
    }
    ~PromptRecorder() { Prompts::setAnswerer(nullptr); }
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init() { Prompts::setAnswerer(nullptr); }
    void cleanup() { Prompts::setAnswerer(nullptr); }

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
        QCOMPARE(h.find<QListView>("accountList")->model()->rowCount(), 0);
        QCOMPARE(h.rows(), 0);
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

    void refreshDuringALoadListsAgainAfterIt()
    {
        // A list already in flight may predate the change that asks for the refresh (a revoke
        // that finishes while it loads): the refresh must not be dropped, but run after it.
        Harness h;
        QVERIFY(h.startWithSavedAccount());
        QTRY_COMPARE_WITH_TIMEOUT(h.rows(), 12, Timeout);
        Fault slow;
        slow.kind = Fault::Kind::Delay;
        slow.method = "GET";
        slow.pathPrefix = ListPath;
        slow.delayMs = 400;
        h.sandbox.injectFault(slow);
        const int before = h.sandbox.requestCount();
        const QString id = h.window->currentAccountId();
        h.controller->refresh(id);
        h.controller->refresh(id); // while the slow list is in flight
        h.controller->refresh(id); // coalesced with the one before
        QTRY_COMPARE_WITH_TIMEOUT(h.sandbox.requestCount(), before + 2, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(h.controller->account(id)->state, AppController::LoadState::Ok,
                                  Timeout);
        QTest::qWait(200);
        QCOMPARE(h.sandbox.requestCount(), before + 2);
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
        QCOMPARE(offeredDefault, QMessageBox::No);
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
        // An account whose endpoint nobody listens on.
        quint16 deadPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            deadPort = probe.serverPort();
        }
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

private slots:
    void sandboxAccountsEachWithTheirKeys()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        for (const QString& provider :
             {u"wayscloud"_s, u"scaleway"_s, u"coreweave"_s, u"wasabi-air"_s}) {
            QVERIFY2(h.keysOf(provider).size() >= 30, qPrintable(provider));
            h.show(provider);
            QCOMPARE(h.window->keyModel()->rowCount(), int(h.keysOf(provider).size()));
        }
        // Wasabi IAM: the root's and every sub-user's access keys.
        {
            const QString provider = u"wasabi-iam"_s;
            QVERIFY(!h.keysOf(provider).isEmpty());
            qsizetype everyKey = h.host.wasabiIam()->accessKeys().size(); // the root's
            for (const QString& user : h.host.wasabiIam()->userNames())
                everyKey += h.host.wasabiIam()->accessKeys(user).size();
            QCOMPARE(h.keysOf(provider).size(), everyKey);
            h.show(provider);
            QCOMPARE(h.window->keyModel()->rowCount(), int(h.keysOf(provider).size()));
        }
        // Every state can be seen somewhere.
        QSet<int> statuses;
        bool expires = false;
        bool never = false;
        for (const QString& provider : h.accountOf.keys()) {
            for (const ApiKey& key : h.keysOf(provider)) {
                statuses.insert(int(KeyTableModel::shownStatus(key, h.now)));
                (key.expires ? expires : never) = true;
            }
        }
        for (KeyStatus status : {KeyStatus::Active, KeyStatus::Disabled, KeyStatus::Suspended,
                                 KeyStatus::Expired, KeyStatus::ReadOnly})
            QVERIFY2(statuses.contains(int(status)), qPrintable(keyStatusText(status)));
        QVERIFY(expires && never);
        h.show(u"scaleway"_s);
        QVERIFY(!h.window->findChild<QTableView*>(u"keyTable"_s)
                     ->isColumnHidden(KeyTableModel::ExpiresColumn));
        QVERIFY(h.window->findChild<QTableView*>(u"keyTable"_s)
                    ->isColumnHidden(KeyTableModel::ServicesColumn));
        kw::test::saveSnapshot(h.window.get(), u"main-window-four-accounts"_s);
    }

    void actionsFollowEachProvidersCapabilities()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        QAction* edit = h.action("actionEditKey");
        QAction* toggle = h.action("actionToggleKeyActive");
        QAction* principal = h.action("actionTogglePrincipal");
        QAction* secret = h.action("actionShowSecret");

        QVERIFY(h.selectFirst(u"wayscloud"_s, [](const ApiKey&) { return true; }));
        QVERIFY(!edit->isEnabled());
        QCOMPARE(edit->toolTip(), capabilitiesFor(u"wayscloud"_s)->cannotEditHint);
        QVERIFY(!principal->isVisible());
        QVERIFY(!secret->isVisible());

        QVERIFY(h.selectFirst(u"coreweave"_s,
                              [](const ApiKey& k) { return k.status == KeyStatus::Active; }));
        QVERIFY(!edit->isEnabled());
        QVERIFY2(edit->toolTip().contains(u"rotate instead"_s), qPrintable(edit->toolTip()));
        QVERIFY(principal->isVisible() && principal->isEnabled());
        QVERIFY(h.action("actionRotateKey")->isEnabled());

        QVERIFY(h.selectFirst(u"scaleway"_s, [](const ApiKey& k) {
            return k.editable && k.status == KeyStatus::Active;
        }));
        QVERIFY(edit->isEnabled());
        QVERIFY(!principal->isVisible());
        // A key the provider will not change: no edit, no revoke, and the reason says why.
        const std::optional<ApiKey> managed =
            h.selectFirst(u"scaleway"_s, [](const ApiKey& k) { return !k.editable; });
        QVERIFY(managed);
        QVERIFY(!edit->isEnabled());
        QVERIFY(!h.action("actionRevokeKey")->isEnabled() || managed->deletable);
        if (!managed->readOnlyReason.isEmpty())
            QCOMPARE(edit->toolTip(), managed->readOnlyReason);
        QVERIFY(toggle->isVisible()); // shown disabled with what to do instead
        QVERIFY(!toggle->isEnabled());

        QVERIFY(h.selectFirst(u"wasabi-air"_s,
                              [](const ApiKey& k) { return k.status == KeyStatus::Active; }));
        QVERIFY(edit->isEnabled());
        QVERIFY(toggle->isEnabled());
        QVERIFY(secret->isVisible() && secret->isEnabled());
    }

    void suspendingAPrincipalNamesHowManyKeys()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        const std::optional<ApiKey> key = h.selectFirst(u"coreweave"_s, [](const ApiKey& k) {
            return k.status == KeyStatus::Active && !k.principal.isEmpty();
        });
        QVERIFY(key);
        int affected = 0;
        for (const ApiKey& other : h.keysOf(u"coreweave"_s))
            affected += other.principal == key->principal && other.status == KeyStatus::Active;
        QVERIFY(affected >= 1);

        PromptRecorder prompts;
        prompts.answer = QMessageBox::No;
        h.action("actionTogglePrincipal")->trigger();
        QCOMPARE(prompts.texts.size(), 1);
        const QString expectedCount =
            affected == 1 ? u"1 listed key"_s : QString::number(affected) + u" listed keys"_s;
        QVERIFY2(prompts.texts.constFirst().contains(expectedCount),
                 qPrintable(prompts.texts.constFirst()));
        QVERIFY2(prompts.texts.constFirst().contains(key->principal),
                 qPrintable(prompts.texts.constFirst()));
        QTest::qWait(200);
        QCOMPARE(h.keysOf(u"coreweave"_s).constFirst().status,
                 h.keysOf(u"coreweave"_s).constFirst().status); // nothing sent: still listed
        QVERIFY(!h.auditText().contains(u"suspend-principal"_s));

        prompts.answer = QMessageBox::Yes;
        h.action("actionTogglePrincipal")->trigger();
        auto suspendedCount = [&] {
            int count = 0;
            for (const ApiKey& other : h.keysOf(u"coreweave"_s))
                count += other.principal == key->principal && other.status == KeyStatus::Suspended;
            return count;
        };
        QTRY_VERIFY_WITH_TIMEOUT(suspendedCount() >= affected, Timeout);
        QVERIFY(h.auditText().contains(u"suspend-principal"_s));

        // Reactivate, with the same count named.
        QVERIFY(h.window->selectKey(key->id));
        QCOMPARE(h.action("actionTogglePrincipal")->text().remove(u'&'),
                 u"Reactivate Owner's Keys…"_s);
        h.action("actionTogglePrincipal")->trigger();
        QVERIFY2(prompts.texts.constLast().contains(u"Reactivate"_s),
                 qPrintable(prompts.texts.constLast()));
        QTRY_COMPARE_WITH_TIMEOUT(suspendedCount(), 0, Timeout);
    }

    void disableAndEnableAKey()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        const std::optional<ApiKey> key = h.selectFirst(
            u"wasabi-air"_s, [](const ApiKey& k) { return k.status == KeyStatus::Active; });
        QVERIFY(key);
        PromptRecorder prompts;
        h.action("actionToggleKeyActive")->trigger();
        QCOMPARE(prompts.texts.size(), 1);
        QVERIFY(prompts.texts.constFirst().contains(key->name.isEmpty() ? key->id : key->name));
        auto statusOf = [&] {
            for (const ApiKey& other : h.keysOf(u"wasabi-air"_s)) {
                if (other.id == key->id)
                    return other.status;
            }
            return KeyStatus::Unknown;
        };
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(), KeyStatus::Disabled, Timeout);
        QVERIFY(h.window->selectKey(key->id));
        QCOMPARE(h.action("actionToggleKeyActive")->text().remove(u'&'), u"Enable Key"_s);
        h.action("actionToggleKeyActive")->trigger();
        QCOMPARE(prompts.texts.size(), 1); // enabling asks nothing
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(), KeyStatus::Active, Timeout);
    }

    void secretShownAgainOnDemand()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        const std::optional<ApiKey> key = h.selectFirst(
            u"wasabi-air"_s, [](const ApiKey& k) { return k.status == KeyStatus::Active; });
        QVERIFY(key);
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        h.action("actionShowSecret")->trigger();
        QPointer<RevealSecretDialog> reveal = nextDialog<RevealSecretDialog>(opened);
        QVERIFY(reveal);
        QVERIFY(reveal->isShownAgain());
        QVERIFY(!child<QCheckBox>(reveal, "savedCheck")->isVisible());
        QVERIFY(child<QPushButton>(reveal, "closeButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(reveal, "copyButton"), Qt::LeftButton);
        QVERIFY(h.window->clipboardGuard()->isArmed());
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY(copied.startsWith(u"eyJ"_s)); // the JWT
        PromptRecorder prompts;
        reveal->reject(); // no "shown once" question for a secret that can be fetched again
        QVERIFY(prompts.texts.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(reveal.isNull(), Timeout);
        QVERIFY(h.auditText().contains(u"reveal"_s));
        QVERIFY(!h.auditText().contains(copied)); // never the secret itself
        h.window->clipboardGuard()->clearNow();

        // Asked again: fetched again, not cached.
        h.action("actionShowSecret")->trigger();
        QPointer<RevealSecretDialog> again = nextDialog<RevealSecretDialog>(opened);
        QVERIFY(again);
        again->accept();
    }

    void editAScalewayKey()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        const std::optional<ApiKey> key = h.selectFirst(u"scaleway"_s, [](const ApiKey& k) {
            return k.editable && k.status == KeyStatus::Active;
        });
        QVERIFY(key);
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        h.action("actionEditKey")->trigger();
        QPointer<QDialog> edit = nextDialog(opened);
        QVERIFY(edit);
        child<QLineEdit>(edit, "descriptionEdit")->setText(u"Edited from the console"_s);
        QTest::mouseClick(child<QPushButton>(edit, "saveButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(edit.isNull(), Timeout);
        auto descriptionOf = [&] {
            for (const ApiKey& other : h.keysOf(u"scaleway"_s)) {
                if (other.id == key->id)
                    return other.description;
            }
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(descriptionOf(), u"Edited from the console"_s, Timeout);
    }

    void scalewayCreateFillsTheBearerPicker()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        h.show(u"scaleway"_s);
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        h.action("actionCreateKey")->trigger();
        QPointer<QDialog> create = nextDialog(opened);
        QVERIFY(create);
        auto* bearer = child<QComboBox>(create, "bearerCombo");
        QTRY_VERIFY_WITH_TIMEOUT(bearer->isEnabled(), Timeout);
        QVERIFY(bearer->count() >= 3);
        QVERIFY(child<QPushButton>(create, "createButton")->isEnabled());
        create->reject();
    }

    void rotationDueFilterAndPolicy()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        h.show(u"wayscloud"_s);
        const int all = h.window->keyProxy()->rowCount();
        auto* due = h.window->findChild<QCheckBox*>(u"rotationDueCheck"_s);
        auto* policy = h.window->findChild<QSpinBox*>(u"rotationPolicySpin"_s);
        QCOMPARE(policy->value(), 90);
        due->setChecked(true);
        QVERIFY(h.action("actionRotationDueOnly")->isChecked());
        const int dueAt90 = h.window->keyProxy()->rowCount();
        QVERIFY(dueAt90 > 0 && dueAt90 < all);
        for (int row = 0; row < dueAt90; ++row)
            QVERIFY(
                h.window->keyProxy()->index(row, 0).data(KeyTableModel::RotationDueRole).toBool());
        policy->setValue(300);
        QVERIFY(h.window->keyProxy()->rowCount() < dueAt90);
        QCOMPARE(h.settings->value(u"rotationPolicyDays"_s).toInt(), 300);
        h.action("actionRotationDueOnly")->trigger();
        QVERIFY(!due->isChecked());
        QCOMPARE(h.window->keyProxy()->rowCount(), all);

        auto* status = h.window->findChild<QComboBox*>(u"statusFilterCombo"_s);
        h.show(u"wasabi-air"_s);
        status->setCurrentIndex(status->findText(keyStatusText(KeyStatus::Disabled)));
        QVERIFY(h.window->keyProxy()->rowCount() > 0);
        for (int row = 0; row < h.window->keyProxy()->rowCount(); ++row)
            QCOMPARE(
                h.window->keyProxy()->index(row, KeyTableModel::StatusColumn).data().toString(),
                keyStatusText(KeyStatus::Disabled));
    }

    void testKeyFromTheTableWhereTheSecretIsAvailable()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        QAction* test = h.action("actionTestKey");
        QVERIFY(test);
        QCOMPARE(test->shortcut(), QKeySequence(u"Ctrl+Shift+K"_s));
        QCOMPARE(test->property("accessibleName").toString(), u"Test key"_s);

        // WAYSCloud shows a secret once and KeyWarden keeps none: offered disabled, saying why.
        QVERIFY(h.selectFirst(u"wayscloud"_s, [](const ApiKey&) { return true; }));
        QVERIFY(test->isVisible());
        QVERIFY(!test->isEnabled());
        QVERIFY2(test->toolTip().contains(u"only once"_s), qPrintable(test->toolTip()));
        // CoreWeave can test keys, but shows secrets once: offered disabled for a listed key.
        QVERIFY(h.selectFirst(u"coreweave"_s, [](const ApiKey&) { return true; }));
        QVERIFY(test->isVisible());
        QVERIFY(!test->isEnabled());

        // Wasabi AiR lists its secrets: the key is tested with its own JWT.
        QVERIFY(h.selectFirst(u"wasabi-air"_s,
                              [](const ApiKey& k) { return k.status == KeyStatus::Active; }));
        QVERIFY(test->isVisible());
        QVERIFY(test->isEnabled());
        // The table's context menu offers it, with the tooltips that say why when disabled.
        auto* table = h.window->findChild<QTableView*>(u"keyTable"_s);
        emit table->customContextMenuRequested(QPoint(10, 10));
        QMenu* menu = nullptr;
        for (QMenu* candidate : h.window->findChildren<QMenu*>()) {
            if (candidate->isVisible())
                menu = candidate;
        }
        QVERIFY(menu);
        QVERIFY(menu->actions().contains(test));
        QVERIFY(menu->toolTipsVisible());
        menu->close();
        PromptRecorder prompts;
        test->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(h.window->statusBar()->currentMessage().contains(u"works"_s),
                                 Timeout);
        QVERIFY(prompts.texts.isEmpty());
        QVERIFY(h.auditText().contains(u"\"verify\""_s));

        // A disabled AiR key is refused, and the refusal is shown in the banner.
        if (h.selectFirst(u"wasabi-air"_s,
                          [](const ApiKey& k) { return k.status == KeyStatus::Disabled; })) {
            QVERIFY(test->isEnabled());
            test->trigger();
            auto* bannerLabel = h.window->findChild<QLabel*>(u"bannerLabel"_s);
            QTRY_VERIFY_WITH_TIMEOUT(bannerLabel->isVisible(), Timeout);
            QVERIFY2(bannerLabel->text().contains(u"40"_s), qPrintable(bannerLabel->text()));
        }
    }

    void airSecretShownAgainCanBeTested()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        QVERIFY(h.selectFirst(u"wasabi-air"_s,
                              [](const ApiKey& k) { return k.status == KeyStatus::Active; }));
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        h.action("actionShowSecret")->trigger();
        QPointer<RevealSecretDialog> reveal = nextDialog<RevealSecretDialog>(opened);
        QVERIFY(reveal);
        QVERIFY(reveal->canTest());
        QTest::mouseClick(child<QPushButton>(reveal, "testKeyButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(reveal->isVerified(), Timeout);
        QVERIFY(reveal->grab().save(QDir::temp().filePath(u"verifyui-reveal-air.png"_s)));
        reveal->accept();
    }

    void wasabiIamSubUserPickerHasTheRootFirst()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        QPointer<QDialog> create = h.openWasabiIamCreateDialog(opened);
        QVERIFY(create);
        auto* bearer = child<QComboBox>(create, "bearerCombo");
        QVERIFY(!bearer->accessibleName().isEmpty());
        // The root user is the first choice and the one chosen; every sub-user follows.
        int firstChoice = -1;
        QStringList users;
        for (int i = 0; i < bearer->count(); ++i) {
            const QStringList data = bearer->itemData(i).toStringList();
            if (data.size() != 2)
                continue; // a heading
            if (firstChoice < 0)
                firstChoice = i;
            if (!data.at(1).isEmpty())
                users << data.at(1);
        }
        QVERIFY(firstChoice >= 0);
        QVERIFY2(bearer->itemText(firstChoice).contains(u"Root user"_s),
                 qPrintable(bearer->itemText(firstChoice)));
        QCOMPARE(bearer->itemData(firstChoice).toStringList(), (QStringList{u"user"_s, QString()}));
        QCOMPARE(bearer->currentIndex(), firstChoice);
        users.sort();
        QCOMPARE(users, h.host.wasabiIam()->userNames());
        create->reject();
    }

    void wasabiIamUserWithTwoKeysGetsTheGuidanceInPlace()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        kw::sandbox::WasabiIamSandbox* iam = h.host.wasabiIam();
        QString full;
        for (const QString& user : iam->userNames()) {
            if (iam->accessKeys(user).size() == 2)
                full = user;
        }
        QVERIFY2(!full.isEmpty(), "the sandbox seeds a user at the 2-key limit");
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        QPointer<QDialog> create = h.openWasabiIamCreateDialog(opened);
        QVERIFY(create);
        auto* bearer = child<QComboBox>(create, "bearerCombo");
        const int index = bearer->findData(QStringList{u"user"_s, full});
        QVERIFY(index >= 0);
        bearer->setCurrentIndex(index);
        auto* createButton = child<QPushButton>(create, "createButton");
        QTRY_VERIFY(createButton->isEnabled());
        const int keysBefore = int(iam->accessKeys(full).size());
        QTest::mouseClick(createButton, Qt::LeftButton);
        auto* error = child<QLabel>(create, "errorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), Timeout);
        QVERIFY2(error->text().contains(full) && error->text().contains(u"2"_s),
                 qPrintable(error->text()));
        QVERIFY2(error->text().contains(u"Deactivate and delete the older key first"_s),
                 qPrintable(error->text()));
        QVERIFY(create->isVisible()); // the user can pick another user
        QCOMPARE(bearer->currentData().toStringList().at(1), full); // and keeps the choice
        QCOMPARE(int(iam->accessKeys(full).size()), keysBefore);    // nothing was created
        create->reject();
    }

    void wasabiIamNewKeyIsVerifiedWithS3()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        QPointer<QDialog> create = h.openWasabiIamCreateDialog(opened); // the root user has room
        QVERIFY(create);
        auto* createButton = child<QPushButton>(create, "createButton");
        QTRY_VERIFY(createButton->isEnabled());
        QTest::mouseClick(createButton, Qt::LeftButton);
        QPointer<RevealSecretDialog> reveal = nextDialog<RevealSecretDialog>(opened);
        QVERIFY(reveal);
        QVERIFY(reveal->canTest());
        QTest::mouseClick(child<QPushButton>(reveal, "testKeyButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(reveal->lastVerification().has_value(), Timeout);
        const QString text = child<QLabel>(reveal, "testResultLabel")->text();
        QVERIFY2(reveal->isVerified(), qPrintable(text));
        QVERIFY(reveal->grab().save(QDir::temp().filePath(u"verifyui-reveal-wasabi-iam.png"_s)));
        child<QCheckBox>(reveal, "savedCheck")->setChecked(true);
        reveal->accept();
    }

    // A secret kept in the keychain (keywarden-cli --store) makes a listed key of a provider
    // that shows secrets once testable from the table, with that secret.
    void testKeyFromTheTableWithAStoredSecret()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        const QString accountId = h.accountOf.value(u"coreweave"_s);
        KeySpec spec;
        spec.name = u"stored for tests"_s;
        spec.durationSeconds = 3600;
        std::optional<ApiKey> created;
        std::shared_ptr<Secret> secret;
        h.controller->createKey(accountId, spec, h.window.get(),
                                [&](const ProviderError& e, CreatedKey* key) {
                                    QVERIFY2(!e, qPrintable(e.toString()));
                                    created = key->key;
                                    secret = std::make_shared<Secret>(std::move(key->secret));
                                });
        QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), Timeout);
        h.show(u"coreweave"_s);
        QTRY_VERIFY_WITH_TIMEOUT(h.window->selectKey(created->id), Timeout);
        QAction* test = h.action("actionTestKey");
        QVERIFY(!test->isEnabled());

        bool stored = false;
        h.controller->storedSecrets().store({accountId, created->id, h.now, {}}, *secret,
                                            h.window.get(),
                                            [&](const SecretStore::Result& r) { stored = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(stored, Timeout);
        // Selecting the key again re-reads what can be offered.
        QVERIFY(
            h.selectFirst(u"coreweave"_s, [&](const ApiKey& k) { return k.id != created->id; }));
        QVERIFY(h.window->selectKey(created->id));
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), Timeout);
        PromptRecorder prompts;
        test->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(h.window->statusBar()->currentMessage().contains(u"works"_s),
                                 Timeout);
        QVERIFY(h.auditText().contains(u"reveal-stored"_s));
        QVERIFY(!h.auditText().contains(secret->exposeString()));
    }

    // The AiR access of a key's owner (seed 000) in the details pane: fetched when the key is
    // selected, once per owner per load, never for the root user, asked again on Refresh.
    void wasabiIamOwnerAccessIsShownPerOwner()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        kw::sandbox::WasabiIamSandbox* iam = h.host.wasabiIam();
        QAction* attach = h.action("actionAttachPolicy");
        QVERIFY(attach);

        // Showing an account selects its first row, which asks for that key's owner at once.
        // Sorted by name that row is a random access key id, and one run in six it belonged to
        // backup-agent: its access was then known before the fault below and never failed.
        // Sorted by owner, the first row is air-indexer's, the owner asked first anyway.
        h.window->findChild<QTableView*>(u"keyTable"_s)
            ->sortByColumn(KeyTableModel::OwnerColumn, Qt::AscendingOrder);
        h.show(u"wasabi-iam"_s);
        const std::optional<ApiKey> first = h.window->selectedKey();
        QVERIFY(first);
        QCOMPARE(first->principal, u"air-indexer"_s);

        QVERIFY(h.selectWasabiIamKeyOf(u"air-indexer"_s));
        QTRY_COMPARE_WITH_TIMEOUT(h.ownerAccessText(), u"AiR: manage"_s, Timeout);
        auto* value = h.window->findChild<QLabel*>(u"ownerAccessValue"_s);
        QCOMPARE(value->accessibleName(), u"AiR access"_s);
        auto* title = h.window->findChild<QLabel*>(u"ownerAccessLabel"_s);
        QVERIFY(title && title->buddy() == value);
        QCOMPARE(title->text(), u"AiR access:"_s);
        QVERIFY(attach->isVisible() && attach->isEnabled()); // the view policy can still go on
        QCOMPARE(attach->text(), u"Attach AiR &Policy…"_s);

        QVERIFY(h.selectWasabiIamKeyOf(u"archive-reader"_s));
        QTRY_COMPARE_WITH_TIMEOUT(h.ownerAccessText(), u"no AiR policy"_s, Timeout);

        // A failed check says so where the state would be, with the provider's status.
        // Nothing was asked about backup-agent yet (see the sort above). Every POST fails until
        // the failure has been seen: a read may be retried (with backoff) and each attempt must
        // meet the fault, so the wait allows for all of them on a loaded machine.
        Fault internal;
        internal.kind = Fault::Kind::InternalError;
        internal.method = "POST";
        internal.count = -1;
        iam->injectFault(internal);
        QVERIFY(h.selectWasabiIamKeyOf(u"backup-agent"_s));
        QTRY_VERIFY2_WITH_TIMEOUT(h.ownerAccessText().contains(u"could not be checked"_s),
                                  qPrintable(u"shown: \""_s + h.ownerAccessText() + u'"'),
                                  RetriedFailureTimeout);
        QVERIFY2(h.ownerAccessText().contains(u"500"_s), qPrintable(h.ownerAccessText()));
        iam->clearFaults();

        // The root user has every right: said so, nothing asked, nothing to attach.
        int before = iam->requestCount();
        QVERIFY(h.selectWasabiIamKeyOf(u"root"_s));
        QCOMPARE(h.ownerAccessText(), u"root user: full access"_s);
        QVERIFY(attach->isVisible() && !attach->isEnabled());
        QVERIFY2(attach->toolTip().contains(u"root user: full access"_s),
                 qPrintable(attach->toolTip()));
        // Back to a known owner: from the cache, without a request.
        QVERIFY(h.selectWasabiIamKeyOf(u"air-indexer"_s));
        QCOMPARE(h.ownerAccessText(), u"AiR: manage"_s);
        QTest::qWait(200);
        QCOMPARE(iam->requestCount(), before);

        // Changed behind the console's back: the cache shows the old state until Refresh.
        const Account account = h.controller->account(h.accountOf.value(u"wasabi-iam"_s))->account;
        QString token;
        for (const auto& endpoint : h.host.endpoints()) {
            if (endpoint.providerId == u"wasabi-iam"_s)
                token = endpoint.adminToken;
        }
        auto other = createProvider(account, Secret::fromString(token), &h.network);
        std::unique_ptr<ProviderReply> attached(
            other->attachPrincipalPolicy(u"archive-reader"_s, iam->manageAirPolicyArn()));
        QTRY_VERIFY_WITH_TIMEOUT(attached->isFinished(), Timeout);
        QVERIFY2(attached->ok(), qPrintable(attached->error().toString()));
        QVERIFY(h.selectWasabiIamKeyOf(u"archive-reader"_s));
        QCOMPARE(h.ownerAccessText(), u"no AiR policy"_s);
        h.action("actionRefresh")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(h.ownerAccessText(), u"AiR: manage"_s, Timeout);

        // Providers without owner policies show neither the row nor the action.
        QVERIFY(h.selectFirst(u"wasabi-air"_s, [](const ApiKey&) { return true; }));
        QCOMPARE(h.ownerAccessText(), QString());
        QVERIFY(!attach->isVisible());
        QVERIFY(h.selectFirst(u"coreweave"_s, [](const ApiKey&) { return true; }));
        QCOMPARE(h.ownerAccessText(), QString());
        QVERIFY(!attach->isVisible());
    }

    void wasabiIamAttachAirPolicyFromTheGui()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        kw::sandbox::WasabiIamSandbox* iam = h.host.wasabiIam();
        QAction* attach = h.action("actionAttachPolicy");
        // A keyboard path, a name for screen readers, in the Keys menu and the context menu.
        QCOMPARE(attach->shortcut(), QKeySequence(u"Ctrl+Shift+P"_s));
        QVERIFY(!attach->property("accessibleName").toString().isEmpty());
        auto* keysMenu = h.window->findChild<QMenu*>(u"keysMenu"_s);
        QVERIFY(keysMenu && keysMenu->actions().contains(attach));

        QVERIFY(h.selectWasabiIamKeyOf(u"archive-reader"_s));
        QTRY_COMPARE_WITH_TIMEOUT(h.ownerAccessText(), u"no AiR policy"_s, Timeout);
        auto* button = h.window->findChild<QAbstractButton*>(u"attachPolicyButton"_s);
        QVERIFY(button && button->isVisibleTo(h.window.get()) && button->isEnabled());
        QVERIFY(!button->accessibleName().isEmpty());
        auto* table = h.window->findChild<QTableView*>(u"keyTable"_s);
        emit table->customContextMenuRequested(QPoint(10, 10));
        QMenu* menu = nullptr;
        for (QMenu* candidate : h.window->findChildren<QMenu*>()) {
            if (candidate->isVisible())
                menu = candidate;
        }
        QVERIFY(menu && menu->actions().contains(attach));
        menu->close();

        // A failure is shown in the dialog, with the provider's reason; nothing is attached.
        // Attaching is idempotent, so a 500 is tried again: every POST fails until cleared.
        Fault internal;
        internal.kind = Fault::Kind::InternalError;
        internal.method = "POST";
        internal.count = -1;
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        QTest::keyClick(h.window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QPointer<QDialog> dialog = nextDialog(opened);
        QVERIFY(dialog);
        auto* view = child<QRadioButton>(dialog, "policyRadio_WasabiViewAiR");
        auto* manage = child<QRadioButton>(dialog, "policyRadio_WasabiManageAiR");
        QVERIFY(view && manage);
        QVERIFY(view->isChecked()); // the least right is the suggestion
        QCOMPARE(view->accessibleName(), u"AiR: view only"_s);
        QVERIFY(view->accessibleDescription().contains(u"change nothing"_s));
        QVERIFY(child<QLabel>(dialog, "policyHelp_WasabiManageAiR")
                    ->text()
                    .contains(u"manage its API keys"_s));
        manage->setChecked(true);
        iam->injectFault(internal);
        QTest::mouseClick(child<QPushButton>(dialog, "attachButton"), Qt::LeftButton);
        auto* error = child<QLabel>(dialog, "errorLabel");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), Timeout);
        QVERIFY2(error->text().contains(u"500"_s), qPrintable(error->text()));
        QVERIFY(dialog->isVisible());
        QVERIFY(manage->isChecked()); // the choice is kept for a retry
        QVERIFY(iam->attachedPolicyArns(u"archive-reader"_s).isEmpty());
        QVERIFY(h.auditText().contains(u"attach-policy"_s));
        QVERIFY(h.auditText().contains(u"failed"_s));
        iam->clearFaults();

        // The retry attaches it, and the pane shows the new state.
        view->setChecked(true);
        QTest::mouseClick(child<QPushButton>(dialog, "attachButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, Timeout);
        QCOMPARE(iam->attachedPolicyArns(u"archive-reader"_s),
                 QStringList{iam->viewAirPolicyArn()});
        QTRY_COMPARE_WITH_TIMEOUT(h.ownerAccessText(), u"AiR: view only"_s, Timeout);
        QVERIFY2(h.window->statusBar()->currentMessage().contains(u"WasabiViewAiR"_s),
                 qPrintable(h.window->statusBar()->currentMessage()));
        const QString audit = h.auditText();
        QVERIFY(audit.contains(u"archive-reader"_s) && audit.contains(iam->viewAirPolicyArn()));
        kw::test::saveSnapshot(h.window.get(), u"main-window-air-access"_s);

        // Asked again, the policy the user has is shown and cannot be chosen twice.
        button->click();
        QPointer<QDialog> again = nextDialog(opened);
        QVERIFY(again);
        QVERIFY(!child<QRadioButton>(again, "policyRadio_WasabiViewAiR")->isEnabled());
        QVERIFY(child<QRadioButton>(again, "policyRadio_WasabiManageAiR")->isChecked());
        QTest::mouseClick(child<QPushButton>(again, "attachButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!again, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(h.ownerAccessText(), u"AiR: manage, AiR: view only"_s, Timeout);
        QVERIFY(!attach->isEnabled()); // nothing left to offer
    }

    // The Owner column: for providers whose keys belong to users or principals.
    void ownerColumnWhereKeysHaveOwners()
    {
        SandboxAccounts h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        auto* table = h.window->findChild<QTableView*>(u"keyTable"_s);
        for (const QString& provider : {u"wasabi-iam"_s, u"coreweave"_s, u"scaleway"_s}) {
            h.show(provider);
            QVERIFY2(!table->isColumnHidden(KeyTableModel::OwnerColumn), qPrintable(provider));
        }
        for (const QString& provider : {u"wayscloud"_s, u"wasabi-air"_s}) {
            h.show(provider);
            QVERIFY2(table->isColumnHidden(KeyTableModel::OwnerColumn), qPrintable(provider));
        }
        h.show(u"wasabi-iam"_s);
        QCOMPARE(table->model()->headerData(KeyTableModel::OwnerColumn, Qt::Horizontal).toString(),
                 u"Owner"_s);
        QStringList owners;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            owners << table->model()->index(row, KeyTableModel::OwnerColumn).data().toString();
        QVERIFY2(owners.contains(u"root"_s) && owners.contains(u"media-pipeline"_s),
                 qPrintable(owners.join(u", "_s)));
        table->sortByColumn(KeyTableModel::OwnerColumn, Qt::AscendingOrder);
        QStringList sorted;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            sorted << table->model()->index(row, KeyTableModel::OwnerColumn).data().toString();
        QStringList expected = owners;
        std::sort(expected.begin(), expected.end(), [](const QString& a, const QString& b) {
            return a.compare(b, Qt::CaseInsensitive) < 0;
        });
        QCOMPARE(sorted, expected);
        auto* filter = h.window->findChild<QLineEdit*>(u"filterEdit"_s);
        filter->setText(u"media-pipeline"_s);
        QCOMPARE(table->model()->rowCount(), int(owners.count(u"media-pipeline"_s)));
        filter->clear();
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"

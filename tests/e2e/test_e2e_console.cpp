// End to end, as a new user would try it: the real main window, the real keychain (gnome-keyring
// inside the test command's private D-Bus session) and the `keywarden-sandbox` executable. Add a
// WAYSCloud account by typing its token, create a key with two services and an IP whitelist,
// copy its secret once, see it in the table, rotate it, revoke it — then prove that neither the
// admin token nor any key secret was written to a file under HOME. Then answer a leak of a live
// key in Keys → Respond to a Leak… and prove the pasted secret went nowhere: no log line, no file,
// no command line.
#include "DialogDriving.h"
#include "ExecTrace.h"
#include "LogCapture.h"
#include "SandboxProcess.h"
#include "SecretScan.h"
#include "console/AppController.h"
#include "core/AccountStore.h"
#include "core/AuditLog.h"
#include "ui/KeyFilterProxy.h"
#include "ui/KeyTableModel.h"
#include "ui/MainWindow.h"
#include "ui/Prompts.h"
#include "ui/SecretField.h"
#include "vault/KeychainStore.h"
#include "vault/MemoryStore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace kw;
using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = e2e::WindowTimeout;
using e2e::child;
using e2e::nextDialog;

// This suite's own settings file, emptied: a repeated run starts as the first did.
struct ClearedSettings
{
    QSettings settings;
    ClearedSettings() { settings.clear(); }
};

// Wired as app/keywarden_main.cpp wires the app: default settings and audit locations (under
// the scratch HOME), the real keychain; the window shown.
struct WiredWindow : ClearedSettings
{
    AuditLog audit{QString{}};
    KeychainStore keychain;
    MemoryStore sessionVault;
    QNetworkAccessManager network;
    AppController controller{settings, &keychain, &sessionVault, &network, &audit};
    MainWindow window{&controller};

    WiredWindow()
    {
        window.resize(1280, 800);
        controller.start();
        window.show();
    }
};

} // namespace

class TestE2eConsole : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("KeyWarden"));
        // Settings and audit log of its own under the scratch HOME: the CLI suites add and remove
        // accounts in the default ones at the same time, and the window would load theirs too.
        QCoreApplication::setApplicationName(QStringLiteral("keywarden-e2e-console"));
        const QString error = m_sandbox.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_home = qEnvironmentVariable("KEYWARDEN_TEST_HOME");
        QVERIFY2(!m_home.isEmpty() && QDir::homePath() == m_home,
                 "run through tests/run-tests.sh: it gives the suite a scratch HOME and a keyring");
    }

    void addCreateCopyRotateRevokeLeavesNoSecretBehind()
    {
        Prompts::setAnswerer([](QMessageBox::Icon, const QString&, const QString&,
                                QMessageBox::StandardButtons) { return QMessageBox::Yes; });
        WiredWindow wired;
        QSettings& settings = wired.settings;
        AuditLog& audit = wired.audit;
        KeychainStore& keychain = wired.keychain;
        AppController& controller = wired.controller;
        MainWindow& window = wired.window;
        QSignalSpy opened(&window, &MainWindow::dialogOpened);
        auto rows = [&] { return window.keyProxy()->rowCount(); };
        auto rowOf = [&](const QString& name) {
            for (int row = 0; row < rows(); ++row) {
                if (window.keyProxy()->index(row, KeyTableModel::NameColumn).data().toString() ==
                    name)
                    return row;
            }
            return -1;
        };
        auto* table = window.findChild<QTableView*>(QStringLiteral("keyTable"));
        QVERIFY(table);
        QList<QByteArray> secrets{m_sandbox.token().exposeBytes()};

        // 1. Add the account: the token is typed, never passed on a command line.
        QVERIFY(e2e::addAccountByTyping(window, opened, QStringLiteral("WAYSCloud sandbox process"),
                                        m_sandbox.url(), m_sandbox.token().exposeString()));
        QTRY_COMPARE_WITH_TIMEOUT(rows(), 12, Timeout);
        const QString accountId = window.currentAccountId();
        QVERIFY(!controller.account(accountId)->sessionOnly); // it went to the keychain

        // The token is in the keychain, under the account's entry.
        bool read = false;
        keychain.read(controller.account(accountId)->account.vaultKey(), this,
                      [&](SecretStore::Result result) {
                          read = true;
                          QVERIFY(result.ok());
                          QVERIFY(result.secret.equals(m_sandbox.token()));
                      });
        QTRY_VERIFY_WITH_TIMEOUT(read, Timeout);

        // 2. Create a key with two services and an IP whitelist.
        table->setFocus();
        window.findChild<QAction*>(QStringLiteral("actionCreateKey"))->trigger();
        QPointer<QDialog> create = nextDialog(opened);
        QVERIFY(create);
        QTest::keyClicks(child<QLineEdit>(create, "nameEdit"),
                         QStringLiteral("Backup Script Storage and DNS"));
        child<QCheckBox>(create, "service_storage")->setChecked(true);
        child<QCheckBox>(create, "service_dns")->setChecked(true);
        QTest::keyClicks(child<QPlainTextEdit>(create, "ipEdit"),
                         QStringLiteral("127.0.0.1, 198.51.100.0/24"));
        auto* createButton = child<QPushButton>(create, "createButton");
        QTRY_VERIFY(createButton->isEnabled());
        QTest::mouseClick(createButton, Qt::LeftButton);

        // 3. The secret is revealed once; copy it.
        QPointer<QDialog> reveal = nextDialog(opened);
        QVERIFY(reveal);
        QCOMPARE(reveal->metaObject()->className(), "kw::RevealSecretDialog");
        QTest::mouseClick(child<QPushButton>(reveal, "copyButton"), Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(QStringLiteral("wayscloud_pat_")), "two services: a PAT");
        secrets << copied.toUtf8();
        child<QCheckBox>(reveal, "savedCheck")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(reveal, "closeButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!reveal || !reveal->isVisible(), Timeout);

        // 4. It is in the table, with both services and the whitelist.
        QTRY_COMPARE_WITH_TIMEOUT(rows(), 13, Timeout);
        const int row = rowOf(QStringLiteral("Backup Script Storage and DNS"));
        QVERIFY(row >= 0);
        QCOMPARE(window.keyProxy()->index(row, KeyTableModel::IpAllowlistColumn).data().toString(),
                 QStringLiteral("127.0.0.1, 198.51.100.0/24"));
        const QString services =
            window.keyProxy()->index(row, KeyTableModel::ServicesColumn).data().toString();
        QVERIFY2(services.contains(QStringLiteral("Storage")) &&
                     services.contains(QStringLiteral("DNS")),
                 qPrintable(services));

        // 5. Rotate it, revoking the old key as soon as the new secret is saved.
        table->setCurrentIndex(window.keyProxy()->index(row, 0));
        window.findChild<QAction*>(QStringLiteral("actionRotateKey"))->trigger();
        QPointer<QDialog> rotate = nextDialog(opened);
        QVERIFY(rotate);
        auto* newName = child<QLineEdit>(rotate, "nameEdit");
        newName->clear();
        QTest::keyClicks(newName, QStringLiteral("Backup Script Storage and DNS v2"));
        child<QRadioButton>(rotate, "revokeNowRadio")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(rotate, "rotateButton"), Qt::LeftButton);
        QPointer<QDialog> rotatedReveal = nextDialog(opened);
        QVERIFY(rotatedReveal);
        QTest::mouseClick(child<QPushButton>(rotatedReveal, "copyButton"), Qt::LeftButton);
        secrets << QGuiApplication::clipboard()->text().toUtf8();
        QVERIFY(secrets.last() != secrets.at(1));
        child<QCheckBox>(rotatedReveal, "savedCheck")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(rotatedReveal, "closeButton"), Qt::LeftButton);
        auto names = [&] {
            QStringList all;
            for (int r = 0; r < rows(); ++r)
                all << window.keyProxy()->index(r, KeyTableModel::NameColumn).data().toString();
            return all.join(QStringLiteral(" | "));
        };
        QTRY_VERIFY2_WITH_TIMEOUT(rowOf(QStringLiteral("Backup Script Storage and DNS")) < 0,
                                  qPrintable(names()), Timeout);
        const int rotatedRow = rowOf(QStringLiteral("Backup Script Storage and DNS v2"));
        QVERIFY(rotatedRow >= 0);
        QCOMPARE(window.keyProxy()
                     ->index(rotatedRow, KeyTableModel::IpAllowlistColumn)
                     .data()
                     .toString(),
                 QStringLiteral("127.0.0.1, 198.51.100.0/24"));
        QCOMPARE(rows(), 13);

        // 6. Revoke the new key: type its name to confirm.
        table->setCurrentIndex(window.keyProxy()->index(rotatedRow, 0));
        window.findChild<QAction*>(QStringLiteral("actionRevokeKey"))->trigger();
        QPointer<QDialog> revoke = nextDialog(opened);
        QVERIFY(revoke);
        QTest::keyClicks(child<QLineEdit>(revoke, "confirmEdit"),
                         QStringLiteral("Backup Script Storage and DNS v2"));
        QTest::mouseClick(child<QPushButton>(revoke, "revokeButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(rows(), 12, Timeout);
        QCOMPARE(rowOf(QStringLiteral("Backup Script Storage and DNS v2")), -1);

        // The clipboard guard leaves nothing of ours behind on the way out.
        window.close();
        settings.sync();
        QCOMPARE(AccountStore(settings).load().size(), 1);

        // 7. Nothing secret under HOME: settings, audit log, caches, keyring files are all
        // checked (the keyring stores its items encrypted, so the token is not found there in
        // the clear either).
        const testsupport::SecretScanResult scan = testsupport::scanForSecrets(m_home, secrets);
        QVERIFY2(scan.matches.isEmpty(), qPrintable(scan.matches.join(QLatin1Char(' '))));
        QVERIFY(QFileInfo::exists(audit.filePath()));
        for (QByteArray& secret : secrets)
            wipe(secret);
    }

    // Keys → Respond to a Leak… with a live key's secret pasted: checked, revoked, the dialog
    // closed. The pasted secret is then in no log line (every kw category on), no file under HOME
    // (settings, audit log, data), no file written anywhere and no command line of any program
    // started meanwhile (strace attached to this process).
    void leakResponseLeavesNoSecretBehind()
    {
        if (!testsupport::ExecTrace::available())
            QSKIP("strace (Debian package strace) is not installed");
        Prompts::setAnswerer([](QMessageBox::Icon, const QString&, const QString&,
                                QMessageBox::StandardButtons) { return QMessageBox::Yes; });
        WiredWindow wired;
        AuditLog& audit = wired.audit;
        MainWindow& window = wired.window;
        QSignalSpy opened(&window, &MainWindow::dialogOpened);
        const auto rows = [&] { return window.keyProxy()->rowCount(); };
        QVERIFY(e2e::addAccountByTyping(window, opened, u"WAYSCloud leak response"_s,
                                        m_sandbox.url(), m_sandbox.token().exposeString()));
        QTRY_VERIFY_WITH_TIMEOUT(rows() > 0, Timeout);
        const int listed = rows();
        const QByteArray secret = createAndReadSecret(window, opened, u"Leaked deploy key"_s);
        QVERIFY(secret.startsWith("wayscloud_"));
        QTRY_COMPARE_WITH_TIMEOUT(rows(), listed + 1, Timeout);

        QTemporaryDir traceDir;
        testsupport::ExecTrace trace(traceDir.filePath(u"window.trace"_s));
        QVERIFY(trace.attachToSelf(Timeout));
        const QByteArray marker =
            "kw-trace-marker-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        {
            testsupport::LogCapture log;
            e2e::respondToLeak(window, [&](QPlainTextEdit* box) {
                box->setPlainText(u"2026-12-05 deploy.log: WAYSCLOUD_API_KEY="_s +
                                  QString::fromLatin1(secret) + u"\n"_s);
            });
            if (QTest::currentTestFailed())
                return;
            QTRY_COMPARE_WITH_TIMEOUT(rows(), listed, Timeout); // the key is gone
            // A program started now is in the record: an empty record is not a clean one.
            QCOMPARE(QProcess::execute(u"true"_s, {QString::fromLatin1(marker)}), 0);
            trace.stop();
            // The revoke's request was logged: the capture saw the flow.
            QVERIFY(log.text().contains(u"DELETE"_s));
            QVERIFY(!log.text().contains(QString::fromLatin1(secret))); // not printed on failure
        }
        window.close();
        wired.settings.sync();

        const QByteArray argv = trace.execLines().join('\n');
        QVERIFY(argv.contains(marker));
        QVERIFY(!argv.contains(secret));
        // The incident went to the audit log while traced: the record sees files written.
        QVERIFY2(trace.writtenFiles().contains(audit.filePath()),
                 qPrintable(trace.writtenFiles().join(u' ')));
        const auto written = testsupport::scanFilesForSecrets(trace.writtenFiles(), {secret});
        QVERIFY2(written.matches.isEmpty(), qPrintable(written.matches.join(u' ')));
        QFile auditFile(audit.filePath());
        QVERIFY(audit.filePath().startsWith(m_home) && auditFile.open(QIODevice::ReadOnly));
        QVERIFY(auditFile.readAll().contains("\"incident\""));
        QVERIFY(wired.settings.fileName().startsWith(m_home));
        const auto home = testsupport::scanForSecrets(m_home, {secret});
        QVERIFY2(home.matches.isEmpty(), qPrintable(home.matches.join(u' ')));
        Prompts::setAnswerer(nullptr);
    }

private:
    // Creates a key through the window and reads its secret from the reveal dialog, then closes it.
    static QByteArray createAndReadSecret(MainWindow& window, QSignalSpy& opened,
                                          const QString& name)
    {
        window.findChild<QAction*>(u"actionCreateKey"_s)->trigger();
        QPointer<QDialog> create = nextDialog(opened);
        if (!create)
            return {};
        QTest::keyClicks(child<QLineEdit>(create, "nameEdit"), name);
        child<QCheckBox>(create, "service_storage")->setChecked(true);
        auto* createButton = child<QPushButton>(create, "createButton");
        if (!QTest::qWaitFor([&] { return createButton->isEnabled(); }, Timeout))
            return {};
        QTest::mouseClick(createButton, Qt::LeftButton);
        QPointer<QDialog> reveal = nextDialog(opened);
        auto* field = reveal ? reveal->findChild<SecretField*>(u"secretField"_s) : nullptr;
        if (!field)
            return {};
        const QByteArray secret = field->secret().view().toByteArray();
        child<QCheckBox>(reveal, "savedCheck")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(reveal, "closeButton"), Qt::LeftButton);
        return secret;
    }

    e2e::SandboxProcess m_sandbox;
    QString m_home;
};

QTEST_MAIN(TestE2eConsole)
#include "test_e2e_console.moc"

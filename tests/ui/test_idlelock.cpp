// The idle lock: input resets the count, 0 turns it off; once locked, the window shows the lock
// screen instead of its keys, a secret on screen or on the clipboard is gone, and the controller
// holds no account token (a call needing one fails, and a token removed from the vault meanwhile
// is missed on unlock); unlocking reads the tokens again and shows the keys.
#include "support/WindowHarness.h"
#include "ui/ClipboardGuard.h"
#include "ui/IdleLock.h"
#include "ui/KeyDetailsPane.h"
#include "ui/LockScreen.h"
#include "ui/RevealSecretDialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using kw::IdleLock;
using kw::test::Timeout;
using kw::test::WindowHarness;

namespace {

const QString FakeSecret = u"kw_EXAMPLE_idle_lock_secret_0001"_s;

// Makes the window lock: a short check interval and the clock moved past the idle minutes.
bool lockByIdling(WindowHarness& harness)
{
    IdleLock* lock = harness.window->idleLock();
    lock->setMinutes(1);
    lock->setCheckInterval(10ms);
    harness.now = harness.now.addSecs(61);
    return QTest::qWaitFor([&] { return harness.window->isLocked(); }, Timeout);
}

QPushButton* unlockButton(const WindowHarness& harness)
{
    return harness.find<QPushButton>("unlockButton");
}

} // namespace

class TestIdleLock : public QObject
{
    Q_OBJECT
private slots:
    void inputResetsTheCount()
    {
        QDateTime now = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        const kw::ScopedClock clock([&now] { return now; });
        IdleLock lock;
        QSignalSpy locked(&lock, &IdleLock::locked);
        lock.setMinutes(15);
        QLineEdit field;
        field.show();
        QVERIFY(QTest::qWaitForWindowExposed(&field));

        now = now.addSecs(14 * 60);
        lock.check();
        QCOMPARE(locked.count(), 0);
        QTest::keyClick(&field, Qt::Key_A); // input: counting starts again
        QCOMPARE(lock.lastInput(), now);
        now = now.addSecs(14 * 60);
        lock.check();
        QCOMPARE(locked.count(), 0);
        QTest::mouseClick(&field, Qt::LeftButton);
        now = now.addSecs(15 * 60);
        lock.setCheckInterval(10ms);
        lock.setMinutes(15); // restarts the timer; the count starts again too
        QVERIFY(!locked.wait(200));
        now = now.addSecs(15 * 60);
        QVERIFY(locked.wait(Timeout)); // the timer's check finds it
        QVERIFY(lock.isLocked());
        QCOMPARE(locked.count(), 1);

        QTest::keyClick(&field, Qt::Key_B); // input does not unlock by itself
        lock.check();
        QVERIFY(lock.isLocked());
        QCOMPARE(locked.count(), 1);
        lock.unlock();
        QVERIFY(!lock.isLocked());
    }

    void zeroIsOff()
    {
        QDateTime now = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        const kw::ScopedClock clock([&now] { return now; });
        IdleLock lock;
        QSignalSpy locked(&lock, &IdleLock::locked);
        lock.setMinutes(0);
        lock.setCheckInterval(10ms);
        now = now.addDays(30);
        lock.check();
        QVERIFY(!locked.wait(100));
        QVERIFY(!lock.isLocked());
    }

    void windowStartsWithThePreferredMinutes()
    {
        WindowHarness harness;
        QCOMPARE(harness.window->idleLock()->minutes(), 15); // Preferences' default
    }

    void lockHidesTheKeysAndDropsTheTokens()
    {
        WindowHarness harness;
        QVERIFY(harness.startWithSavedAccount());
        QVERIFY(QTest::qWaitForWindowExposed(harness.window.get()));
        QTRY_COMPARE_WITH_TIMEOUT(harness.rows(), 12, Timeout);
        QVERIFY(harness.controller->holdsToken(harness.account.id));

        // A secret on screen and on the clipboard.
        auto* reveal =
            new kw::RevealSecretDialog(u"ci"_s, kw::Secret::fromString(FakeSecret),
                                       harness.window->clipboardGuard(), harness.window.get());
        reveal->open();
        QVERIFY(QTest::qWaitForWindowExposed(reveal));
        harness.window->clipboardGuard()->copy(kw::Secret::fromString(FakeSecret));
        QCOMPARE(QGuiApplication::clipboard()->text(), FakeSecret);

        QVERIFY(lockByIdling(harness));
        QVERIFY(!harness.table()->isVisible());
        QVERIFY(!harness.find<kw::KeyDetailsPane>("detailsPane")->isVisible());
        QVERIFY(!reveal->isVisible());
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        QVERIFY(!harness.window->clipboardGuard()->isArmed());
        auto* screen = harness.find<kw::LockScreen>("lockScreen");
        QVERIFY(screen && screen->isVisible());
        QVERIFY(!harness.find<QLabel>("sessionNote")->isVisible()); // a keychain account
        QPushButton* unlock = unlockButton(harness);
        QVERIFY(!unlock->accessibleName().isEmpty());
        QVERIFY(unlock->text().contains(u'&')); // Alt+U
        QTRY_COMPARE_WITH_TIMEOUT(harness.window->focusWidget(), unlock, Timeout);
        QVERIFY(!harness.action("actionCreateKey")->isEnabled());
        QVERIFY(!harness.action("actionShowSecret")->isEnabled());
        QVERIFY(harness.action("actionQuit")->isEnabled());

        // No token in memory: a call that needs the account's client is refused.
        QVERIFY(!harness.controller->holdsToken(harness.account.id));
        std::optional<kw::ProviderError> answer;
        kw::KeySpec spec;
        spec.name = u"made while locked"_s;
        harness.controller->createKey(
            harness.account.id, spec, harness.window.get(),
            [&answer](const kw::ProviderError& error, kw::CreatedKey*) { answer = error; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), Timeout);
        QVERIFY(bool(*answer));

        // Enter on the focused button unlocks: the tokens are read again, the keys come back.
        QTest::keyClick(unlock, Qt::Key_Return);
        QVERIFY(!harness.window->isLocked());
        QTRY_VERIFY_WITH_TIMEOUT(harness.controller->holdsToken(harness.account.id), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(harness.controller->account(harness.account.id)->state,
                                  kw::AppController::LoadState::Ok, Timeout);
        QVERIFY(harness.table()->isVisible());
        QCOMPARE(harness.rows(), 12); // and nothing was created while locked
        QCOMPARE(harness.rowOfName(u"made while locked"_s), -1);
        QVERIFY(reveal->isVisible()); // the unsaved new secret is not lost
        QVERIFY(!screen->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(harness.action("actionCreateKey")->isEnabled(), Timeout);
    }

    void unlockReadsTheTokenFromTheVault()
    {
        WindowHarness harness;
        QVERIFY(harness.startWithSavedAccount());
        QTRY_COMPARE_WITH_TIMEOUT(harness.rows(), 12, Timeout);
        QVERIFY(lockByIdling(harness));
        // Gone from the vault while locked: had the token stayed in memory, unlocking would not
        // notice.
        bool removed = false;
        harness.vault->remove(harness.account.vaultKey(), nullptr,
                              [&removed](kw::SecretStore::Result) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, Timeout);
        QTest::mouseClick(unlockButton(harness), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(harness.controller->account(harness.account.id)->state,
                                  kw::AppController::LoadState::Error, Timeout);
        QVERIFY(!harness.controller->holdsToken(harness.account.id));
    }

    void sessionOnlyAccountsStayInTheSessionStore()
    {
        WindowHarness harness;
        kw::Account account;
        account.id = u"session-account"_s;
        account.provider = u"wayscloud"_s;
        account.label = u"WAYSCloud sandbox"_s;
        account.endpoint = harness.sandbox.url();
        account.sandbox = true;
        harness.controller->addSessionAccount(account,
                                              kw::Secret::fromString(harness.sandbox.adminToken()));
        harness.controller->start();
        harness.window->show();
        harness.window->selectAccount(account.id);
        QTRY_COMPARE_WITH_TIMEOUT(harness.rows(), 12, Timeout);
        QVERIFY(lockByIdling(harness));
        QVERIFY(!harness.controller->holdsToken(account.id));
        auto* note = harness.find<QLabel>("sessionNote");
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(u"this session"_s), qPrintable(note->text()));
        QTest::mouseClick(unlockButton(harness), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(harness.controller->holdsToken(account.id), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(harness.rows(), 12, Timeout);
    }
};

QTEST_MAIN(TestIdleLock)
#include "test_idlelock.moc"

// TrayIcon over a main window and a WAYSCloud sandbox: the count and the menu of keys that need
// attention, notifications (recorded through the notifier seam) and their click opening the key,
// the status bar when there is no tray, and closing the window while revocations are planned.
#include "PromptChecks.h"
#include "console/Preferences.h"
#include "console/ReminderTracker.h"
#include "console/RotationOrchestrator.h"
#include "core/Rotation.h"
#include "support/WindowHarness.h"
#include "ui/TrayIcon.h"

#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QStatusBar>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace kw {

using namespace test;

class TestTrayIcon : public QObject
{
    Q_OBJECT

    struct Fixture : WindowHarness
    {
        std::unique_ptr<ReminderTracker> tracker;
        TrayIcon* tray = nullptr;
        QList<QStringList> notified; // title, text
        QList<Reminder> reminders;   // as the tracker told them
        QStringList statusMessages;  // every message the status bar showed
        std::unique_ptr<QSignalSpy> quits;

        explicit Fixture(bool trayAvailable = true)
        {
            TrayIcon::setTrayAvailable(trayAvailable);
            tracker = std::make_unique<ReminderTracker>(*controller, *settings);
            QObject::connect(tracker.get(), &ReminderTracker::reminders, tracker.get(),
                             [this](const QList<Reminder>& fresh) { reminders += fresh; });
            tray = new TrayIcon(controller.get(), tracker.get(), window.get(), *settings);
            tray->setNotifier([this](const QString& title, const QString& text) {
                notified.append({title, text});
            });
            QObject::connect(window->statusBar(), &QStatusBar::messageChanged, window.get(),
                             [this](const QString& text) { statusMessages.append(text); });
            quits = std::make_unique<QSignalSpy>(tray, &TrayIcon::quitRequested);
        }
        ~Fixture()
        {
            delete tray;
            TrayIcon::setTrayAvailable(std::nullopt);
        }
        bool loaded()
        {
            return startWithSavedAccount() &&
                   QTest::qWaitFor([&] { return rows() == 12; }, Timeout);
        }
        QList<QAction*> keyActions() const
        {
            QList<QAction*> found;
            for (QAction* action : tray->menu()->actions()) {
                if (action->objectName() == u"trayKey"_s)
                    found.append(action);
            }
            return found;
        }
        QAction* menuAction(const QString& name) const
        {
            for (QAction* action : tray->menu()->actions()) {
                if (action->objectName() == name)
                    return action;
            }
            return nullptr;
        }
        // A rotation of a listed key, in its grace period: a revocation is scheduled.
        void scheduleRevocation()
        {
            RotationRecord record;
            record.id = u"planned"_s;
            record.accountId = account.id;
            record.oldKeyId = window->keyModel()->keyAt(0)->id;
            record.started = now;
            record.state = RotationRecord::State::GracePeriod;
            record.revokeAfter = now.addDays(3);
            controller->rotations().save(record);
        }
        // Loaded, and the load's reminders told and cleared; `record` a rotation from the first
        // listed key to the second, not saved (the test gives its state).
        bool rotationOfTheFirstTwo(const QString& id, RotationRecord& record)
        {
            if (!loaded() || !QTest::qWaitFor([&] { return !notified.isEmpty(); }, Timeout))
                return false;
            notified.clear();
            reminders.clear();
            const ApiKey oldKey = *window->keyModel()->keyAt(0);
            const ApiKey newKey = *window->keyModel()->keyAt(1);
            record = {};
            record.id = id;
            record.accountId = account.id;
            record.oldKeyId = oldKey.id;
            record.oldKeyName = oldKey.name;
            record.newKeyId = newKey.id;
            record.newKeyName = newKey.name;
            record.started = now;
            return true;
        }
        QString selectedId() const
        {
            const std::optional<ApiKey> key = window->selectedKey();
            return key ? key->id : QString();
        }
    };

private slots:
    void theMenuCountsAndOpensTheKeysThatNeedAttention()
    {
        Fixture f;
        QVERIFY(f.tray->isUp());
        QVERIFY(!QApplication::quitOnLastWindowClosed()); // the tray keeps the app
        QVERIFY(f.loaded());
        // The samples hold keys years old: due for rotation under the 90-day default.
        QTRY_VERIFY_WITH_TIMEOUT(f.tracker->attentionCount() > 0, Timeout);
        const int count = f.tracker->attentionCount();
        QCOMPARE(f.menuAction(u"trayAttention"_s)->text(), u"%1 keys need attention"_s.arg(count));
        QVERIFY2(f.tray->systemTrayIcon()->toolTip().contains(f.tray->attentionText()),
                 qPrintable(f.tray->systemTrayIcon()->toolTip()));
        const QList<QAction*> keys = f.keyActions();
        QCOMPARE(keys.size(), std::min(count, TrayIcon::MenuKeys));
        const AttentionKey wanted = f.tracker->attention().at(0);
        QVERIFY2(keys[0]->text().contains(wanted.reason), qPrintable(keys[0]->text()));
        QVERIFY(f.menuAction(u"trayShow"_s)->text().contains(u'&')); // keyboard paths
        QVERIFY(f.menuAction(u"trayQuit"_s)->text().contains(u'&'));

        // Another key is selected, and the window is in the tray.
        for (int row = 0; row < f.rows() && f.selectedId() == wanted.keyId; ++row)
            QVERIFY(f.selectName(f.window->keyModel()->keyAt(row)->name));
        QVERIFY(!f.selectedId().isEmpty() && f.selectedId() != wanted.keyId);
        f.window->hide();
        keys[0]->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(f.window->isVisible(), Timeout);
        QCOMPARE(f.window->currentAccountId(), wanted.accountId);
        QCOMPARE(f.selectedId(), wanted.keyId);
    }

    void aNotificationGoesThroughTheTrayAndItsClickOpensTheKey()
    {
        Fixture f;
        QVERIFY(f.loaded());
        QTRY_VERIFY_WITH_TIMEOUT(!f.notified.isEmpty(), Timeout);
        QCOMPARE(f.notified.size(), 1); // one notification for the check, not one per key
        QVERIFY(f.reminders.size() > 1);
        QCOMPARE(f.notified[0][0], u"KeyWarden: %1 reminders"_s.arg(f.reminders.size()));
        QVERIFY2(f.notified[0][1].contains(f.reminders[0].text()), qPrintable(f.notified[0][1]));
        QVERIFY(f.statusMessages.filter(u"reminder"_s).isEmpty()); // the tray has it

        // The key is hidden by a filter and another is selected; the window is in the tray.
        const QString wanted = f.reminders[0].keyId;
        f.find<QLineEdit>("filterEdit")->setText(u"no key is called this"_s);
        QTRY_COMPARE_WITH_TIMEOUT(f.rows(), 0, Timeout);
        f.window->hide();
        emit f.tray->systemTrayIcon()->messageClicked();
        QTRY_VERIFY_WITH_TIMEOUT(f.window->isVisible(), Timeout);
        QCOMPARE(f.selectedId(), wanted);
        QVERIFY(f.find<QLineEdit>("filterEdit")->text().isEmpty());
    }

    // Names are anyone's text; a notification body may be rendered as markup, so they arrive
    // escaped, alone and in a summary. The status bar is plain text and shows them as they are.
    void namesInANotificationAreEscaped()
    {
        Fixture f;
        QVERIFY(f.tray->isUp());
        Reminder reminder;
        reminder.kind = Reminder::Kind::RevocationDone;
        reminder.accountId = u"a1"_s;
        reminder.accountLabel = u"Ops & <i>Dev</i>"_s;
        reminder.keyId = u"k1"_s;
        reminder.keyName = u"<b>x</b>&"_s;
        emit f.tracker->reminders({reminder});
        QTRY_COMPARE_WITH_TIMEOUT(f.notified.size(), 1, Timeout);
        const QString body = f.notified[0][1];
        QVERIFY2(body.contains(u"&lt;b&gt;x&lt;/b&gt;&amp;"_s), qPrintable(body));
        QVERIFY2(body.contains(u"Ops &amp; &lt;i&gt;Dev&lt;/i&gt;"_s), qPrintable(body));
        QVERIFY2(!body.contains(u"<b>"_s) && !body.contains(u"<i>"_s), qPrintable(body));

        Reminder second = reminder;
        second.keyId = u"k2"_s;
        second.keyName = u"a<br>b"_s;
        emit f.tracker->reminders({reminder, second});
        QTRY_COMPARE_WITH_TIMEOUT(f.notified.size(), 2, Timeout);
        const QString summary = f.notified[1][1];
        QVERIFY2(summary.contains(u"&lt;b&gt;x&lt;/b&gt;&amp;"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"a&lt;br&gt;b"_s), qPrintable(summary));
        QVERIFY2(!summary.contains(u"<br>"_s), qPrintable(summary));
    }

    // A rotation's new key failing its test while the old key is disabled: the window's notice
    // reaches the tray too, once, though every hourly check finds it failing again; its click
    // opens the new key.
    void aFailingNewKeyIsToldOnceThroughTheTray()
    {
        Fixture f;
        RotationRecord record;
        QVERIFY(f.rotationOfTheFirstTwo(u"fragile"_s, record));
        record.mode = RotationRecord::GraceMode::DisableFirst;
        record.state = RotationRecord::State::OldKeyDisabled;
        record.revokeAfter = f.now.addDays(2);
        f.controller->rotations().save(record);
        // Selected elsewhere and hidden in the tray.
        QVERIFY(f.selectName(record.oldKeyName));
        f.window->hide();

        RotationOrchestrator& orchestrator = f.controller->rotationOrchestrator();
        const QString text =
            u"The new key “%1” of %2 failed its test (Disabled) while the old "
            "key is disabled. <Re-enable> it & see."_s.arg(record.newKeyName, f.account.label);
        emit orchestrator.rotationNeedsAttention(record.id, f.account.id, text);
        QCOMPARE(f.reminders.size(), 1);
        QVERIFY(f.reminders[0].kind == Reminder::Kind::NewKeyFailing);
        QTRY_COMPARE_WITH_TIMEOUT(f.notified.size(), 1, Timeout);
        QCOMPARE(f.notified[0][0], u"New key failed its test"_s);
        QCOMPARE(f.notified[0][1], text.toHtmlEscaped()); // the notice word for word
        emit f.tray->systemTrayIcon()->messageClicked();
        QTRY_VERIFY_WITH_TIMEOUT(f.window->isVisible(), Timeout);
        QCOMPARE(f.selectedId(), record.newKeyId);

        // The next check finds it failing again, and again after a restart: told no more.
        f.tracker->check(f.account.id);
        emit orchestrator.rotationNeedsAttention(record.id, f.account.id, text);
        ReminderTracker restarted(*f.controller, *f.settings);
        QSignalSpy toldAfterRestart(&restarted, &ReminderTracker::reminders);
        restarted.check(f.account.id);
        emit orchestrator.rotationNeedsAttention(record.id, f.account.id, text);
        QCOMPARE(f.reminders.size(), 1);
        QCOMPARE(toldAfterRestart.size(), 0);

        // The old key enabled again (the rotation waits for a decision): that is not a failing
        // new key, and the mark goes with the check that follows; failing again is told again.
        record.state = RotationRecord::State::AwaitingDecision;
        f.controller->rotations().save(record);
        emit orchestrator.rotationNeedsAttention(record.id, f.account.id, text);
        QCOMPARE(f.reminders.size(), 1);
        f.tracker->check(f.account.id);
        record.state = RotationRecord::State::OldKeyDisabled;
        f.controller->rotations().save(record);
        emit orchestrator.rotationNeedsAttention(record.id, f.account.id, text);
        QCOMPARE(f.reminders.size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(f.notified.size(), 2, Timeout);
    }

    // An old key still in use at its deadline, while the window is hidden: the question reaches
    // the tray, the key counts as needing attention, and the click opens the old key.
    void aRotationWaitingForADecisionReachesTheTray()
    {
        Fixture f;
        RotationRecord record;
        QVERIFY(f.rotationOfTheFirstTwo(u"busy"_s, record));
        const QString text = u"The old key “%1” of %2 was still in use at its deadline."_s.arg(
            record.oldKeyName, f.account.label);
        record.mode = RotationRecord::GraceMode::Quiet;
        record.state = RotationRecord::State::AwaitingDecision;
        record.note = text;
        f.controller->rotations().save(record);
        QVERIFY(f.selectName(record.newKeyName));
        f.window->hide();

        emit f.controller->rotationOrchestrator().rotationNeedsAttention(record.id, f.account.id,
                                                                         text);
        QCOMPARE(f.reminders.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(f.notified.size(), 1, Timeout);
        QCOMPARE(f.notified[0][0], u"Rotation waits for your decision"_s);
        QCOMPARE(f.notified[0][1], text.toHtmlEscaped());
        bool waits = false; // one row per key: the reason joins any it had
        for (const AttentionKey& key : f.tracker->attention())
            waits |=
                key.keyId == record.oldKeyId && key.reason.contains(u"waits for your decision"_s);
        QVERIFY(waits);
        emit f.tray->systemTrayIcon()->messageClicked();
        QTRY_VERIFY_WITH_TIMEOUT(f.window->isVisible(), Timeout);
        QCOMPARE(f.selectedId(), record.oldKeyId);
    }

    void withoutATrayRemindersReachTheStatusBar()
    {
        Fixture f(false);
        QVERIFY(!f.tray->isUp());
        QVERIFY(QApplication::quitOnLastWindowClosed());
        QVERIFY(f.loaded());
        QTRY_VERIFY_WITH_TIMEOUT(!f.statusMessages.filter(u"more reminders"_s).isEmpty(), Timeout);
        const QString message = f.statusMessages.filter(u"more reminders"_s).at(0);
        QVERIFY2(message.startsWith(f.reminders[0].title() + u": "_s + f.reminders[0].text()),
                 qPrintable(message));
        QVERIFY2(message.endsWith(u"(and %1 more reminders)"_s.arg(f.reminders.size() - 1)),
                 qPrintable(message));
        QVERIFY(f.notified.isEmpty());
    }

    void turningTheTrayOffInPreferencesTakesItDown()
    {
        Fixture f;
        QVERIFY(f.loaded());
        f.window->hide();
        Preferences(*f.settings).setTrayEnabled(false);
        f.tray->applyPreferences();
        QVERIFY(!f.tray->isUp());
        QVERIFY(QApplication::quitOnLastWindowClosed());
        QVERIFY(f.window->isVisible()); // nothing else could bring it back
        Preferences(*f.settings).setTrayEnabled(true);
        f.tray->applyPreferences();
        QVERIFY(f.tray->isUp());
    }

    void closingWithScheduledRevocationsOffersTheTray()
    {
        Fixture f;
        QVERIFY(f.loaded());
        f.scheduleRevocation();
        PromptRecorder prompts;
        prompts.answer = QMessageBox::No; // "Keep running in the tray"
        QVERIFY(!f.window->close());
        QCOMPARE(prompts.texts.size(), 1);
        QVERIFY2(prompts.texts[0].contains(u"revoked"_s), qPrintable(prompts.texts[0]));
        const QString problem =
            decisionProblem(Prompts::lastQuestion(), u"Quit"_s, u"Keep running in the tray"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(f.window->isHidden());
        QCOMPARE(f.quits->size(), 0);

        f.tray->showWindow();
        prompts.answer = QMessageBox::Yes; // "Quit"
        QVERIFY(f.window->close());
        QCOMPARE(prompts.texts.size(), 2);
        QCOMPARE(f.quits->size(), 1);
    }

    void theCloseActionIsHonouredWithoutAsking()
    {
        Fixture f;
        QVERIFY(f.loaded());
        f.scheduleRevocation();
        PromptRecorder prompts;
        Preferences(*f.settings).setCloseAction(Preferences::CloseAction::KeepInTray);
        QVERIFY(!f.window->close());
        QVERIFY(f.window->isHidden());
        QCOMPARE(f.quits->size(), 0);

        // Quit from the tray menu while the window is hidden: no offer to keep running.
        f.menuAction(u"trayQuit"_s)->trigger();
        QCOMPARE(f.quits->size(), 1);
        QVERIFY(prompts.texts.isEmpty());

        f.tray->showWindow();
        Preferences(*f.settings).setCloseAction(Preferences::CloseAction::Quit);
        QVERIFY(f.window->close());
        QVERIFY(prompts.texts.isEmpty());
        QCOMPARE(f.quits->size(), 2);
    }

    void withNothingScheduledClosingQuits()
    {
        Fixture f;
        QVERIFY(f.loaded());
        PromptRecorder prompts;
        QVERIFY(f.window->close());
        QVERIFY(prompts.texts.isEmpty());
        QCOMPARE(f.quits->size(), 1);
    }

    void withoutATrayClosingNeverOffersIt()
    {
        Fixture f(false);
        QVERIFY(f.loaded());
        f.scheduleRevocation();
        PromptRecorder prompts;
        QVERIFY(f.window->close());
        QVERIFY(prompts.texts.isEmpty());
        QCOMPARE(f.quits->size(), 0); // the last window closing ends the app by itself
    }
};

} // namespace kw

QTEST_MAIN(kw::TestTrayIcon)
#include "test_trayicon.moc"

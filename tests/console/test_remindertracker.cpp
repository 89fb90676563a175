// ReminderTracker: which keys need attention and which reminders are new, as the clock moves,
// once per key and threshold across a restart, and forgotten when the key is gone.
#include "console/AppController.h"
#include "console/ConsoleHarness.h"
#include "console/Preferences.h"
#include "console/ReminderTracker.h"
#include "console/RotationOrchestrator.h"
#include "core/Clock.h"
#include "core/Rotation.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace kw {

using namespace test;

class TestReminderTracker : public QObject
{
    Q_OBJECT

    struct Fixture : ConsoleHarness
    {
        QDateTime now = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
        ScopedClock clock{[this] { return now; }};
        QNetworkAccessManager network;
        QList<ApiKey> held; // what the provider holds when an account is first listed
        std::unique_ptr<AppController> controller;
        std::unique_ptr<ReminderTracker> tracker;
        QList<Reminder> told;
        FakeProvider* fake = nullptr;

        Fixture()
        {
            controller =
                std::make_unique<AppController>(settings, &vault, &session, &network, &log);
            controller->setProviderMaker(
                [this](const Account& account, Secret, QNetworkAccessManager*) {
                    auto made = std::make_unique<FakeProvider>(account);
                    made->keys = held;
                    fake = made.get();
                    return std::unique_ptr<KeyProvider>(std::move(made));
                });
            startTracker(settings);
        }
        void startTracker(QSettings& on)
        {
            tracker = std::make_unique<ReminderTracker>(*controller, on);
            QObject::connect(tracker.get(), &ReminderTracker::reminders, tracker.get(),
                             [this](const QList<Reminder>& fresh) { told += fresh; });
        }
        // A key listed now, created a day ago (not due for rotation).
        ApiKey key(const QString& id, std::optional<QDateTime> expires = std::nullopt) const
        {
            ApiKey made = FakeProvider::makeKey(id, u"Name of "_s + id);
            made.created = now.addDays(-1);
            made.expires = expires;
            return made;
        }
        bool load(const QList<ApiKey>& keys)
        {
            held = keys;
            controller->addSessionAccount(ConsoleHarness::makeAccount(u"a"_s),
                                          Secret::fromString(u"token-a"_s));
            return listed();
        }
        bool listed() const
        {
            return QTest::qWaitFor(
                [&] {
                    const auto* view = controller->account(u"a"_s);
                    return view && view->state == AppController::LoadState::Ok;
                },
                Timeout);
        }
        // The provider's keys change, and the account is listed again.
        bool relist(const QList<ApiKey>& keys)
        {
            fake->keys = keys;
            const int lists = fake->count(FakeProvider::Op::List);
            controller->refresh(u"a"_s);
            return QTest::qWaitFor([&] { return fake->count(FakeProvider::Op::List) > lists; },
                                   Timeout) &&
                   listed();
        }
        QStringList stored() const { return settings.value(u"reminders/a"_s).toStringList(); }
        QList<Reminder> take() { return std::exchange(told, {}); }
        // A rotation of key `id` whose grace period ended an hour ago.
        void dueRotation(const QString& id)
        {
            RotationRecord record;
            record.id = u"rec-"_s + id;
            record.accountId = u"a"_s;
            record.oldKeyId = id;
            record.oldKeyName = u"Name of "_s + id;
            record.newKeyId = u"new-"_s + id;
            record.started = now.addDays(-8);
            record.state = RotationRecord::State::GracePeriod;
            record.revokeAfter = now.addSecs(-3600);
            controller->rotations().save(record);
        }
        // The keys "old" (used ten minutes ago) and "new-old" listed, and a rotation of "old"
        // waiting for 24 quiet hours whose deadline passed an hour ago.
        bool inUseAtItsDeadline(ApiKey& old)
        {
            controller->setFinishesDueRotationsOnLoad(false);
            old = key(u"old"_s);
            old.lastUsed = now.addSecs(-600);
            if (!load({old, key(u"new-old"_s)}))
                return false;
            dueRotation(u"old"_s);
            RotationRecord record = controller->rotations().open().at(0);
            record.mode = RotationRecord::GraceMode::Quiet;
            record.quietHours = 24;
            record.handedOver = now.addDays(-7);
            controller->rotations().save(record);
            return true;
        }
    };

private slots:
    void expiryThresholdsAreCrossedOneAfterTheOther()
    {
        Fixture f;
        QVERIFY(f.load({f.key(u"k1"_s, f.now.addDays(10)), f.key(u"never"_s)}));
        QVERIFY(f.take().isEmpty());
        QCOMPARE(f.tracker->attentionCount(), 0);

        f.now = f.now.addDays(4); // 6 days left
        QSignalSpy count(f.tracker.get(), &ReminderTracker::attentionChanged);
        f.tracker->checkAll();
        QList<Reminder> told = f.take();
        QCOMPARE(told.size(), 1);
        QCOMPARE(told[0].kind, Reminder::Kind::ExpiresWithin);
        QCOMPARE(told[0].days, 7);
        QCOMPARE(told[0].keyId, u"k1"_s);
        QVERIFY2(told[0].text().contains(u"Name of k1"_s), qPrintable(told[0].text()));
        QVERIFY(told[0].text().contains(u"Label of a"_s));
        QCOMPARE(count.size(), 1);
        QCOMPARE(count.at(0).at(0).toInt(), 1);
        QCOMPARE(f.tracker->attention().value(0).keyId, u"k1"_s);

        f.tracker->checkAll(); // the same day again: nothing new
        QVERIFY(f.take().isEmpty());

        f.now = f.now.addDays(5).addSecs(3600 * 12); // half a day left
        f.tracker->checkAll();
        told = f.take();
        QCOMPARE(told.size(), 1);
        QCOMPARE(told[0].days, 1);
        QCOMPARE(f.tracker->attentionCount(), 1);

        f.now = f.now.addDays(1); // expired: nothing to warn of any more
        f.tracker->checkAll();
        QVERIFY(f.take().isEmpty());
        QCOMPARE(f.tracker->attentionCount(), 0);
        QVERIFY(f.stored().isEmpty());
    }

    void aFirstLookAtAKeyExpiringTomorrowTellsOneDayOnly()
    {
        Fixture f;
        QVERIFY(f.load({f.key(u"k1"_s, f.now.addSecs(20 * 3600))}));
        const QList<Reminder> told = f.take();
        QCOMPARE(told.size(), 1);
        QCOMPARE(told[0].days, 1);
        f.now = f.now.addSecs(3600);
        f.tracker->checkAll();
        QVERIFY(f.take().isEmpty()); // never "within 7 days" after "within 1 day"
    }

    void thresholdsFollowPreferences()
    {
        Fixture f;
        Preferences(f.settings).setExpiryNoticeDays({30});
        QVERIFY(f.load({f.key(u"k1"_s, f.now.addDays(20))}));
        const QList<Reminder> told = f.take();
        QCOMPARE(told.size(), 1);
        QCOMPARE(told[0].days, 30);
    }

    void eachReminderOnceAcrossARestart()
    {
        Fixture f;
        QVERIFY(f.load({f.key(u"k1"_s, f.now.addDays(3))}));
        QCOMPARE(f.take().size(), 1);
        f.settings.sync();

        // The app starts again: a new tracker over the same settings file.
        f.tracker.reset();
        QSettings reopened(f.settings.fileName(), QSettings::IniFormat);
        f.startTracker(reopened);
        f.tracker->checkAll();
        QVERIFY(f.take().isEmpty());
        QCOMPARE(f.tracker->attentionCount(), 1); // still needs attention, told already

        // What is remembered names kinds and key ids: no key name, no token.
        reopened.sync();
        const QString file = QString::fromUtf8(readFile(f.settings.fileName()));
        QVERIFY2(file.contains(u"expires7:k1"_s), qPrintable(file));
        QVERIFY(!file.contains(u"Name of"_s));
        QVERIFY(!file.contains(u"token-a"_s));
    }

    void rotationDueIsToldOnceAndNotWhileRotating()
    {
        Fixture f;
        ApiKey old = f.key(u"old"_s);
        old.created = f.now.addDays(-100);
        ApiKey rotating = f.key(u"rotating"_s);
        rotating.created = f.now.addDays(-120);
        RotationRecord record;
        record.id = u"r1"_s;
        record.accountId = u"a"_s;
        record.oldKeyId = u"rotating"_s;
        record.started = f.now;
        record.state = RotationRecord::State::GracePeriod;
        record.revokeAfter = f.now.addDays(5);
        f.controller->rotations().save(record);

        QVERIFY(f.load({old, rotating, f.key(u"young"_s)}));
        const QList<Reminder> told = f.take();
        QCOMPARE(told.size(), 1);
        QCOMPARE(told[0].kind, Reminder::Kind::RotationDue);
        QCOMPARE(told[0].keyId, u"old"_s);
        QCOMPARE(told[0].days, 90);
        QCOMPARE(f.tracker->attentionCount(), 1);
        f.tracker->checkAll();
        QVERIFY(f.take().isEmpty());
    }

    void rotationDueFollowsTheAccountPolicyAndTheSwitch()
    {
        Fixture f;
        Preferences preferences(f.settings);
        preferences.setAccountRotationPolicyDays(u"a"_s, 200);
        ApiKey old = f.key(u"old"_s);
        old.created = f.now.addDays(-100);
        QVERIFY(f.load({old}));
        QVERIFY(f.take().isEmpty());
        QCOMPARE(f.tracker->attentionCount(), 0);

        preferences.setAccountRotationPolicyDays(u"a"_s, 0); // back to the default, 90
        preferences.setNotifyRotationDue(false);
        f.tracker->checkAll();
        QVERIFY(f.take().isEmpty());              // not told...
        QCOMPARE(f.tracker->attentionCount(), 1); // ...but counted

        preferences.setNotifyRotationDue(true);
        f.tracker->checkAll();
        QCOMPARE(f.take().size(), 1);
    }

    void entriesOfGoneKeysAndAccountsArePruned()
    {
        Fixture f;
        QVERIFY(f.load({f.key(u"k1"_s, f.now.addDays(3)), f.key(u"k2"_s, f.now.addDays(3))}));
        QCOMPARE(f.take().size(), 2);
        QCOMPARE(f.stored(), QStringList({u"expires7:k1"_s, u"expires7:k2"_s}));

        QVERIFY(f.relist({f.key(u"k2"_s, f.now.addDays(3))}));
        QCOMPARE(f.stored(), QStringList({u"expires7:k2"_s}));
        QCOMPARE(f.tracker->attentionCount(), 1);
        QVERIFY(f.take().isEmpty());

        // An account gone while the window was closed (keywarden-cli accounts remove).
        f.settings.setValue(u"reminders/gone"_s, QStringList{u"expires7:x"_s});
        f.tracker->checkAll();
        QVERIFY(!f.settings.contains(u"reminders/gone"_s));
        QVERIFY(f.settings.contains(u"reminders/a"_s));

        f.controller->removeAccount(u"a"_s);
        QVERIFY(!f.settings.contains(u"reminders/a"_s));
        QCOMPARE(f.tracker->attentionCount(), 0);
    }

    void aFailedListForgetsNothing()
    {
        Fixture f;
        QVERIFY(f.load({f.key(u"k1"_s, f.now.addDays(3))}));
        QCOMPARE(f.take().size(), 1);
        f.fake->fail(FakeProvider::Op::List, {ProviderError::Kind::Auth, 401, u"no"_s, {}});
        f.controller->refresh(u"a"_s);
        QVERIFY(QTest::qWaitFor(
            [&] { return f.controller->account(u"a"_s)->state == AppController::LoadState::Error; },
            Fixture::Timeout));
        f.tracker->checkAll();
        QCOMPARE(f.stored(), QStringList({u"expires7:k1"_s}));
        QCOMPARE(f.tracker->attentionCount(), 1);
    }

    void aPlannedRevocationDoneIsToldOnce()
    {
        Fixture f;
        f.controller->setFinishesDueRotationsOnLoad(false);
        QVERIFY(f.load({f.key(u"old"_s), f.key(u"new-old"_s)}));
        f.dueRotation(u"old"_s);
        f.tracker->checkAll();
        QCOMPARE(f.tracker->attentionCount(), 1); // the revocation is overdue
        f.controller->finishDueRotations();
        QTRY_COMPARE_WITH_TIMEOUT(f.told.size(), 1, Fixture::Timeout);
        const Reminder done = f.take().at(0);
        QCOMPARE(done.kind, Reminder::Kind::RevocationDone);
        QCOMPARE(done.keyId, u"old"_s);
        QVERIFY2(done.text().contains(u"Name of old"_s), qPrintable(done.text()));
        QTRY_COMPARE_WITH_TIMEOUT(f.tracker->attentionCount(), 0, Fixture::Timeout);
    }

    void aPlannedRevocationThatFailsIsToldOnceWhileRetried()
    {
        Fixture f;
        f.controller->setFinishesDueRotationsOnLoad(false);
        QVERIFY(f.load({f.key(u"old"_s), f.key(u"new-old"_s)}));
        f.dueRotation(u"old"_s);
        const ProviderError refused{ProviderError::Kind::Server, 503, u"busy"_s, {}};
        f.fake->fail(FakeProvider::Op::Revoke, refused);
        f.controller->finishDueRotations();
        QTRY_COMPARE_WITH_TIMEOUT(f.told.size(), 1, Fixture::Timeout);
        const Reminder failed = f.take().at(0);
        QCOMPARE(failed.kind, Reminder::Kind::RevocationFailed);
        QVERIFY(!failed.problem.isEmpty());
        QCOMPARE(f.tracker->attentionCount(), 1);

        // The hourly retry fails again: not told twice.
        f.fake->fail(FakeProvider::Op::Revoke, refused);
        QSignalSpy reported(f.controller.get(), &AppController::statusMessage);
        f.controller->finishDueRotations();
        // The window's status line is told after the reminders are.
        QTRY_COMPARE_WITH_TIMEOUT(reported.size(), 1, Fixture::Timeout);
        QVERIFY2(reported.at(0).at(0).toString().contains(u"Could not revoke"_s),
                 qPrintable(reported.at(0).at(0).toString()));
        QVERIFY(f.take().isEmpty());

        // It then works: told that it is done.
        f.controller->finishDueRotations();
        QTRY_COMPARE_WITH_TIMEOUT(f.told.size(), 1, Fixture::Timeout);
        QCOMPARE(f.take().at(0).kind, Reminder::Kind::RevocationDone);
    }

    void revocationsAreNotToldWhenSwitchedOff()
    {
        Fixture f;
        Preferences(f.settings).setNotifyRevocations(false);
        f.controller->setFinishesDueRotationsOnLoad(false);
        QVERIFY(f.load({f.key(u"old"_s), f.key(u"new-old"_s)}));
        f.dueRotation(u"old"_s);
        f.controller->finishDueRotations();
        QTRY_VERIFY_WITH_TIMEOUT(f.controller->rotations().due(f.now).isEmpty(), Fixture::Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(f.tracker->attentionCount(), 0, Fixture::Timeout);
        QVERIFY(f.take().isEmpty());
    }

    // Waiting for quiet, the old key was still in use at its deadline: nothing is revoked and
    // the rotation waits. That is told once, through the tray as in the window, and the old key
    // counts as needing attention until the user decides; asked again later, told again.
    void anOldKeyInUseAtItsDeadlineIsToldOnceAndNeedsAttention()
    {
        Fixture f;
        ApiKey old;
        QVERIFY(f.inUseAtItsDeadline(old));
        const QString recordId = f.controller->rotations().open().at(0).id;
        f.controller->finishDueRotations();
        QTRY_COMPARE_WITH_TIMEOUT(f.told.size(), 1, Fixture::Timeout);
        const Reminder asked = f.take().at(0);
        QCOMPARE(asked.kind, Reminder::Kind::DecisionNeeded);
        QCOMPARE(asked.keyId, u"old"_s); // its click opens the key to decide on
        QCOMPARE(asked.title(), u"Rotation waits for your decision"_s);
        QVERIFY2(asked.text().contains(u"still in use at its deadline"_s) &&
                     asked.text().contains(u"Name of old"_s),
                 qPrintable(asked.text()));
        QCOMPARE(f.controller->rotations().open().at(0).state,
                 RotationRecord::State::AwaitingDecision);
        QCOMPARE(f.tracker->attentionCount(), 1);
        QCOMPARE(f.tracker->attention().at(0).keyId, u"old"_s);
        QCOMPARE(f.tracker->attention().at(0).reason, u"rotation waits for your decision"_s);

        // Hourly checks, a fresh list and a restart: not told again, still needs attention.
        f.controller->finishDueRotations();
        QVERIFY(f.relist({old, f.key(u"new-old"_s)}));
        f.tracker->checkAll();
        f.startTracker(f.settings);
        f.tracker->checkAll();
        QVERIFY(f.take().isEmpty());
        QCOMPARE(f.tracker->attentionCount(), 1);
        QVERIFY2(f.stored().contains(u"decide:old"_s), qPrintable(f.stored().join(u' ')));

        // Postponed: waiting goes on, nothing needs the user; the mark goes.
        QVERIFY(f.controller->rotationOrchestrator().postpone(recordId, f.now.addDays(1)));
        QTRY_COMPARE_WITH_TIMEOUT(f.tracker->attentionCount(), 0, Fixture::Timeout);
        QVERIFY(!f.stored().contains(u"decide:old"_s));

        // Still in use at the new deadline: asked again, told again.
        f.now = f.now.addDays(2);
        old.lastUsed = f.now.addSecs(-600);
        f.fake->keys = {old, f.key(u"new-old"_s)};
        f.controller->finishDueRotations();
        QTRY_COMPARE_WITH_TIMEOUT(f.told.size(), 1, Fixture::Timeout);
        QCOMPARE(f.take().at(0).kind, Reminder::Kind::DecisionNeeded);
        QCOMPARE(f.tracker->attentionCount(), 1);
    }

    void aDecisionIsNotToldWhenRevocationsAreSwitchedOff()
    {
        Fixture f;
        Preferences(f.settings).setNotifyRevocations(false);
        ApiKey old;
        QVERIFY(f.inUseAtItsDeadline(old));
        f.controller->finishDueRotations();
        QTRY_COMPARE_WITH_TIMEOUT(f.controller->rotations().open().at(0).state,
                                  RotationRecord::State::AwaitingDecision, Fixture::Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(f.tracker->attentionCount(), 1, Fixture::Timeout);
        QVERIFY(f.take().isEmpty());
    }

private:
    static QByteArray readFile(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

} // namespace kw

QTEST_GUILESS_MAIN(kw::TestReminderTracker)
#include "test_remindertracker.moc"

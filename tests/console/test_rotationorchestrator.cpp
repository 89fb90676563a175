// RotationOrchestrator with fake providers: a rotation's record is saved before each step, the
// old key goes now or when its grace period is over (as its owner's), and a fresh list settles
// what happened while nobody watched.
#include "console/ConsoleHarness.h"
#include "console/RotationOrchestrator.h"
#include "core/Clock.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace kw {

using namespace test;
using Op = FakeProvider::Op;
using State = RotationRecord::State;

class TestRotationOrchestrator : public QObject
{
    Q_OBJECT

    struct Fixture : ConsoleHarness
    {
        QDateTime now = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
        ScopedClock clock{[this] { return now; }};
        RotationOrchestrator rotation{settings, accounts, audit};
        FakeProvider* fake = nullptr;
        ApiKey old = FakeProvider::makeKey(u"old"_s, u"Backup"_s, u"bob"_s);

        bool setUp(bool finishDueOnLoad = false)
        {
            rotation.setFinishesDueOnLoad(finishDueOnLoad);
            fake = addLoaded(u"a"_s, {old});
            return fake != nullptr;
        }
        std::optional<RotationRecord> record(const QString& id)
        {
            for (const RotationRecord& r : rotation.records().all()) {
                if (r.id == id)
                    return r;
            }
            return std::nullopt;
        }
        CreateAnswer start(const QString& newName = u"Backup 2"_s)
        {
            KeySpec spec;
            spec.name = newName;
            CreateAnswer answer;
            rotation.start(u"a"_s, old, spec, nullptr, answer.rotationCallback());
            answer.wait();
            return answer;
        }
        ProviderError handOver(const QString& recordId, bool revokeNow, int graceDays = 0,
                               const QString& note = {})
        {
            Answer<ProviderError> answer;
            rotation.finishHandover(recordId, revokeNow, graceDays, nullptr, answer.callback(),
                                    note);
            return answer.wait() ? answer.get<0>() : ConsoleHarness::noAnswer();
        }
        ProviderError finishDue()
        {
            Answer<ProviderError> answer;
            rotation.finishDue(u"a"_s, nullptr, answer.callback());
            return answer.wait() ? answer.get<0>() : ConsoleHarness::noAnswer();
        }
        QString outcome(const QString& action) const
        {
            return lastAudit(action).value(u"outcome"_s).toString();
        }
        // A rotation saved as an earlier session left it.
        RotationRecord saved(const QString& id, State state, const QString& oldKeyId)
        {
            RotationRecord r;
            r.id = id;
            r.accountId = u"a"_s;
            r.oldKeyId = oldKeyId;
            r.oldKeyName = u"Backup"_s;
            r.started = now.addDays(-10);
            r.state = state;
            r.revokeAfter = now.addDays(-1);
            rotation.records().save(r);
            return r;
        }
    };

private slots:
    void aRotationCreatesTheNewKeyThenRevokesTheOldNow()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const CreateAnswer started = f.start();
        QVERIFY2(started.error.ok(), qPrintable(started.error.toString()));
        QVERIFY(started.created.has_value());
        const QString newId = started.created->key.id;
        QVERIFY(f.fake->has(newId));
        const std::optional<RotationRecord> record = f.record(started.recordId);
        QVERIFY(record);
        QCOMPARE(record->state, State::NewKeyCreated);
        QCOMPARE(record->newKeyId, newId);
        QCOMPARE(record->started, f.now);
        QCOMPARE(f.rotation.openRotationFor(u"a"_s, u"old"_s)->id, started.recordId);
        QCOMPARE(f.outcome(u"rotate-new-key"_s), u"ok: replaces old"_s);

        QSignalSpy changed(&f.rotation, &RotationOrchestrator::accountChanged);
        const ProviderError revoked =
            f.handOver(started.recordId, true, 0, u"verification overridden"_s);
        QVERIFY2(revoked.ok(), qPrintable(revoked.toString()));
        QVERIFY(!f.fake->has(u"old"_s));
        QVERIFY(f.fake->has(newId));
        QCOMPARE(f.record(started.recordId)->state, State::Completed);
        QCOMPARE(f.record(started.recordId)->note, u"verification overridden"_s);
        QVERIFY(!f.rotation.openRotationFor(u"a"_s, u"old"_s));
        QCOMPARE(f.outcome(u"rotate-override"_s), u"verification overridden"_s);
        QCOMPARE(f.outcome(u"rotate-complete"_s), u"ok"_s);
        QVERIFY(changed.size() >= 1);
    }

    // The old key is deleted as the provider lists it: as its owner's.
    void theOldKeyIsRevokedAsItsOwners()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const CreateAnswer started = f.start();
        QVERIFY(f.handOver(started.recordId, true).ok());
        QCOMPARE(f.fake->revokeAsked.size(), 1);
        QCOMPARE(f.fake->revokeAsked.first().principal, u"bob"_s);
    }

    void aGracePeriodEndsInADueRevocation()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const CreateAnswer started = f.start();
        QVERIFY(f.handOver(started.recordId, false, 7).ok());
        std::optional<RotationRecord> record = f.record(started.recordId);
        QCOMPARE(record->state, State::GracePeriod);
        QCOMPARE(record->revokeAfter, f.now.addDays(7));
        QCOMPARE(f.outcome(u"rotate-grace"_s),
                 u"revoke after "_s + f.now.addDays(7).toString(Qt::ISODate));

        QVERIFY(f.finishDue().ok()); // not due yet
        QCOMPARE(f.fake->count(Op::Revoke), 0);
        QVERIFY(f.fake->has(u"old"_s));

        f.now = f.now.addDays(8);
        QVERIFY(f.finishDue().ok());
        QVERIFY(!f.fake->has(u"old"_s));
        record = f.record(started.recordId);
        QCOMPARE(record->state, State::Completed);
        QVERIFY(record->note.isEmpty());
    }

    // The Rotations view's answers to a planned revocation.
    void revokeNowRevokesAPlannedOldKeyAtOnce()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const CreateAnswer started = f.start();
        QVERIFY(f.handOver(started.recordId, false, 7).ok());
        QVERIFY(f.fake->has(u"old"_s));

        Answer<ProviderError> answer;
        f.rotation.revokeNow(started.recordId, nullptr, answer.callback());
        QVERIFY(answer.wait());
        QVERIFY2(answer.get<0>().ok(), qPrintable(answer.get<0>().toString()));
        QVERIFY(!f.fake->has(u"old"_s));
        QVERIFY(f.fake->has(started.created->key.id));
        QCOMPARE(f.record(started.recordId)->state, State::Completed);
        QCOMPARE(f.outcome(u"rotate-revoke-now"_s),
                 u"planned for "_s + f.now.addDays(7).toString(Qt::ISODate));
        QCOMPARE(f.outcome(u"rotate-complete"_s), u"ok"_s);

        // Nothing is planned any more: a second revoke-now says so and revokes nothing.
        Answer<ProviderError> again;
        f.rotation.revokeNow(started.recordId, nullptr, again.callback());
        QVERIFY(again.wait());
        QVERIFY(!again.get<0>().ok());
        QCOMPARE(f.fake->count(Op::Revoke), 1);
    }

    void postponeMovesThePlannedRevocation()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const CreateAnswer started = f.start();
        // Not planned yet (the handover is open): nothing to postpone.
        QVERIFY(!f.rotation.postpone(started.recordId, f.now.addDays(3)));
        QVERIFY(f.handOver(started.recordId, false, 7).ok());
        QSignalSpy changed(&f.rotation, &RotationOrchestrator::accountChanged);
        QVERIFY(!f.rotation.postpone(started.recordId, f.now.addSecs(-60))); // the past
        QVERIFY(!f.rotation.postpone(u"no-such-record"_s, f.now.addDays(20)));
        QCOMPARE(f.record(started.recordId)->revokeAfter, f.now.addDays(7));

        QVERIFY(f.rotation.postpone(started.recordId, f.now.addDays(20)));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(f.record(started.recordId)->state, State::GracePeriod);
        QCOMPARE(f.record(started.recordId)->revokeAfter, f.now.addDays(20));
        QVERIFY(f.outcome(u"rotate-postpone"_s)
                    .startsWith(u"revoke after "_s + f.now.addDays(20).toString(Qt::ISODate)));
        // The old date passes without a revocation; the new one ends it.
        f.now = f.now.addDays(8);
        QVERIFY(f.finishDue().ok());
        QVERIFY(f.fake->has(u"old"_s));
        f.now = f.now.addDays(13);
        QVERIFY(f.finishDue().ok());
        QVERIFY(!f.fake->has(u"old"_s));
    }

    void keepBothClosesWithoutRevoking()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const CreateAnswer started = f.start();
        QVERIFY(!f.rotation.keepBoth(started.recordId)); // the handover decides this one
        QVERIFY(f.handOver(started.recordId, false, 7).ok());
        QSignalSpy changed(&f.rotation, &RotationOrchestrator::accountChanged);
        QVERIFY(f.rotation.keepBoth(started.recordId));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(f.record(started.recordId)->state, State::Abandoned);
        QVERIFY(!f.rotation.openRotationFor(u"a"_s, u"old"_s));
        QCOMPARE(f.outcome(u"rotate-keep-both"_s), u"ok: both keys kept"_s);
        f.now = f.now.addDays(30);
        QVERIFY(f.finishDue().ok());
        QVERIFY(f.fake->has(u"old"_s));
        QVERIFY(f.fake->has(started.created->key.id));
        QCOMPARE(f.fake->count(Op::Revoke), 0);
        QVERIFY(!f.rotation.keepBoth(started.recordId));
    }

    void aFailedNewKeyAbandonsTheRotation()
    {
        Fixture f;
        QVERIFY(f.setUp());
        f.fake->fail(Op::Create, {ProviderError::Kind::Conflict, 409, u"limit reached"_s, {}});
        const CreateAnswer started = f.start();
        QCOMPARE(started.error.kind, ProviderError::Kind::Conflict);
        QVERIFY(!started.created.has_value());
        const std::optional<RotationRecord> record = f.record(started.recordId);
        QVERIFY(record);
        QCOMPARE(record->state, State::Abandoned);
        QVERIFY2(record->note.contains(u"limit reached"_s), qPrintable(record->note));
        QVERIFY(f.outcome(u"rotate"_s).startsWith(u"failed: "_s));
        QVERIFY(f.fake->has(u"old"_s));
    }

    // The create's answer was lost but the key exists: the record keeps the orphan's id so that
    // it can be found and revoked.
    void aLostNewKeyIsRecordedAsAnOrphan()
    {
        Fixture f;
        QVERIFY(f.setUp());
        f.fake->script(Op::Create, FakeProvider::lostAnswer());
        const CreateAnswer started = f.start();
        QCOMPARE(started.error.kind, ProviderError::Kind::Timeout);
        QVERIFY(started.created && started.created->orphan);
        const std::optional<RotationRecord> record = f.record(started.recordId);
        QCOMPARE(record->state, State::Abandoned);
        QCOMPARE(record->newKeyId, started.created->key.id);
        QVERIFY(f.outcome(u"rotate"_s).startsWith(u"orphan new key "_s + record->newKeyId));
    }

    void keepingTheOldKeyClosesTheRotation()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const CreateAnswer started = f.start();
        QSignalSpy changed(&f.rotation, &RotationOrchestrator::accountChanged);
        f.rotation.keepOldKey(started.recordId, u"the new key did not work"_s);
        QCOMPARE(changed.size(), 1);
        const std::optional<RotationRecord> record = f.record(started.recordId);
        QCOMPARE(record->state, State::Abandoned);
        QCOMPARE(record->note, u"the new key did not work"_s);
        QCOMPARE(f.outcome(u"rotate-keep-old"_s), u"the new key did not work"_s);
        QVERIFY(f.fake->has(u"old"_s));
        QVERIFY(f.fake->has(started.created->key.id));
        f.rotation.keepOldKey(u"no-such-record"_s, u"x"_s);
        QCOMPARE(changed.size(), 1);
    }

    void aFailedRevokeStaysOpenAndIsTriedAgain()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const CreateAnswer started = f.start();
        f.fake->fail(Op::Revoke, {ProviderError::Kind::Forbidden, 403, u"denied"_s, {}});
        const ProviderError revoked = f.handOver(started.recordId, true);
        QCOMPARE(revoked.kind, ProviderError::Kind::Forbidden);
        std::optional<RotationRecord> record = f.record(started.recordId);
        QCOMPARE(record->state, State::GracePeriod);
        QCOMPARE(record->revokeAfter, f.now); // due at once
        QVERIFY2(record->note.contains(u"denied"_s), qPrintable(record->note));
        QVERIFY(f.outcome(u"rotate-complete"_s).startsWith(u"failed: "_s));

        QVERIFY(f.finishDue().ok());
        QCOMPARE(f.record(started.recordId)->state, State::Completed);
        QVERIFY(!f.fake->has(u"old"_s));
    }

    // Revoked by hand at the provider meanwhile: the revoke's 404, confirmed by a fresh list,
    // completes the rotation.
    void anOldKeyAlreadyGoneCompletesTheRotation()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const CreateAnswer started = f.start();
        QVERIFY(f.handOver(started.recordId, false, 1).ok());
        f.fake->keys.removeFirst();
        f.now = f.now.addDays(2);
        QVERIFY(f.finishDue().ok());
        const std::optional<RotationRecord> record = f.record(started.recordId);
        QCOMPARE(record->state, State::Completed);
        QVERIFY(!record->note.isEmpty());
        QCOMPARE(f.outcome(u"rotate-complete"_s), u"ok: already gone"_s);
        QCOMPARE(f.fake->count(Op::Revoke), 1);
    }

    // While the account is not listed (at start-up, or `rotations finish-due`), the old key is
    // looked up in a fresh list first; one that is not there is not revoked at all.
    void anOldKeyMissingFromAFreshListIsNotRevoked()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const CreateAnswer started = f.start();
        QVERIFY(f.handOver(started.recordId, false, 1).ok());
        QVERIFY(f.waitFor(u"a"_s, AccountService::LoadState::Ok));
        f.fake->keys.removeFirst();
        f.fake->hold(Op::List);
        f.accounts.refresh(u"a"_s); // the shown list is out
        f.now = f.now.addDays(2);
        QVERIFY(f.finishDue().ok());
        QCOMPARE(f.record(started.recordId)->state, State::Completed);
        QCOMPARE(f.outcome(u"rotate-complete"_s), u"ok: already gone"_s);
        QCOMPARE(f.fake->count(Op::Revoke), 0);
    }

    // A list settles what happened while no session watched: an old key revoked elsewhere
    // completes its rotation, and one interrupted before the user chose keeps both keys.
    void aFreshListSettlesOpenRotations()
    {
        Fixture f;
        ApiKey other = FakeProvider::makeKey(u"other"_s, u"Other"_s);
        f.seeds.insert(u"a"_s, {f.old, other});
        f.saved(u"gone"_s, State::GracePeriod, u"vanished"_s);
        f.saved(u"interrupted"_s, State::NewKeyCreated, u"other"_s);
        f.rotation.setFinishesDueOnLoad(false);
        QSignalSpy messages(&f.rotation, &RotationOrchestrator::statusMessage);
        f.accounts.addSessionAccount(ConsoleHarness::makeAccount(u"a"_s),
                                     Secret::fromString(u"t"_s));
        QVERIFY(f.waitFor(u"a"_s, AccountService::LoadState::Ok));
        QCOMPARE(f.record(u"gone"_s)->state, State::Completed);
        QCOMPARE(f.record(u"interrupted"_s)->state, State::Abandoned);
        QVERIFY(!f.record(u"interrupted"_s)->note.isEmpty());
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.first().first().toString().contains(u"Backup"_s));
        QVERIFY(!f.lastAudit(u"rotate-abandoned"_s).isEmpty());
        QVERIFY(f.fakes.value(u"a"_s)->has(u"other"_s)); // nothing revoked
    }

    void dueRevocationsFinishWhenAnAccountIsListed()
    {
        Fixture f;
        f.seeds.insert(u"a"_s, {f.old});
        f.saved(u"due"_s, State::GracePeriod, u"old"_s);
        f.rotation.setFinishesDueOnLoad(true);
        QSignalSpy messages(&f.rotation, &RotationOrchestrator::statusMessage);
        f.accounts.addSessionAccount(ConsoleHarness::makeAccount(u"a"_s),
                                     Secret::fromString(u"t"_s));
        QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, ConsoleHarness::Timeout);
        QVERIFY(messages.first().first().toString().startsWith(u"Rotation finished"_s));
        QCOMPARE(f.record(u"due"_s)->state, State::Completed);
        QVERIFY(!f.fakes.value(u"a"_s)->has(u"old"_s));
    }

    void aListLeavesDueRevocationsAloneWhenAskedTo()
    {
        Fixture f;
        QVERIFY(f.setUp(false));
        f.saved(u"due"_s, State::GracePeriod, u"old"_s);
        const int lists = f.fake->count(Op::List);
        f.accounts.refresh(u"a"_s);
        QVERIFY(QTest::qWaitFor([&] { return f.fake->count(Op::List) > lists; },
                                ConsoleHarness::Timeout));
        QVERIFY(f.waitFor(u"a"_s, AccountService::LoadState::Ok));
        QCOMPARE(f.fake->count(Op::Revoke), 0);
        QCOMPARE(f.record(u"due"_s)->state, State::GracePeriod);
    }

    void finishingDueRevocationsReportsTheFirstError()
    {
        Fixture f;
        QVERIFY(f.setUp());
        f.fake->keys.append(FakeProvider::makeKey(u"old2"_s, u"Deploy"_s));
        f.saved(u"r1"_s, State::GracePeriod, u"old"_s);
        f.saved(u"r2"_s, State::GracePeriod, u"old2"_s);
        f.fake->fail(Op::Revoke, {ProviderError::Kind::Forbidden, 403, u"denied"_s, {}});
        const ProviderError finished = f.finishDue();
        QCOMPARE(finished.kind, ProviderError::Kind::Forbidden);
        QCOMPARE(f.fake->count(Op::Revoke), 2);
        const int completed = int(f.record(u"r1"_s)->state == State::Completed) +
                              int(f.record(u"r2"_s)->state == State::Completed);
        QCOMPARE(completed, 1);
    }

    void anUnloadedAccountKeepsTheRotationDue()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const CreateAnswer started = f.start();
        f.accounts.removeAccount(u"a"_s);
        const ProviderError revoked = f.handOver(started.recordId, true);
        QCOMPARE(revoked.message, AccountService::notLoaded().message);
        const std::optional<RotationRecord> record = f.record(started.recordId);
        QCOMPARE(record->state, State::GracePeriod);
        QCOMPARE(record->revokeAfter, f.now);

        QCOMPARE(f.finishDue().message, AccountService::notLoaded().message);
        CreateAnswer again;
        f.rotation.start(u"a"_s, f.old, {}, nullptr, again.rotationCallback());
        QVERIFY(!again.done);
        QVERIFY(again.wait());
        QCOMPARE(again.error.message, AccountService::notLoaded().message);
    }

    void aHandoverOfAnUnknownRecordFails()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const ProviderError error = f.handOver(u"no-such-record"_s, true);
        QVERIFY(!error.ok());
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(f.fake->count(Op::Revoke), 0);
    }

    void thePolicyDaysComeFromTheSettings()
    {
        Fixture f;
        QCOMPARE(f.rotation.policyDays(), RotationOrchestrator::DefaultPolicyDays);
        f.rotation.setPolicyDays(30);
        QCOMPARE(f.rotation.policyDays(), 30);
        QCOMPARE(f.settings.value(u"rotationPolicyDays"_s).toInt(), 30);
        f.rotation.setPolicyDays(0); // refused
        QCOMPARE(f.rotation.policyDays(), 30);
        f.settings.setValue(u"rotationPolicyDays"_s, u"soon"_s);
        QCOMPARE(f.rotation.policyDays(), RotationOrchestrator::DefaultPolicyDays);
    }
};

} // namespace kw

QTEST_GUILESS_MAIN(kw::TestRotationOrchestrator)
#include "test_rotationorchestrator.moc"

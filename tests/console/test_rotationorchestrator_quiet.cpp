// The grace steps beyond a fixed wait, end to end against the in-process Wasabi IAM sandbox over
// loopback: revoke the old key once it has gone quiet (its last use by the sandbox's clock),
// ask the user when it is still in use at the deadline, and disable it first, delete it later,
// with a Re-enable — each surviving a restart (a new controller on the same settings).
#include "console/AppController.h"
#include "console/RotationOrchestrator.h"
#include "core/AuditLog.h"
#include "core/Clock.h"
#include "core/Rotation.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/wasabiiam/WasabiIamSandbox.h"
#include "vault/MemoryStore.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace kw {

namespace {
constexpr int Timeout = 30000;
} // namespace

class TestRotationOrchestratorQuiet : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        // One time for the app and the sandbox, moved by the test.
        QDateTime time = QDateTime(QDate(2026, 11, 2), QTime(8, 0), Qt::UTC);
        ScopedClock appClock{[this] { return time; }};
        QTemporaryDir dir;
        QSettings settings{dir.filePath(u"settings.ini"_s), QSettings::IniFormat};
        MemoryStore vault;
        MemoryStore session;
        QNetworkAccessManager network;
        AuditLog audit{dir.filePath(u"audit.log"_s)};
        sandbox::SandboxHost host;
        std::optional<ScopedClock> sandboxClock;
        std::unique_ptr<AppController> controller;
        QString accountId;

        bool setUp()
        {
            sandbox::SandboxHost::Options options;
            options.samples = 4;
            options.waysCloudSamples = 4;
            options.now = time;
            if (!host.start(options))
                return false;
            sandboxClock.emplace(host.wasabiIam()->clock(), [this] { return time; });
            return restart();
        }
        // A second controller on the same settings is what a restart looks like.
        bool restart()
        {
            controller.reset();
            controller =
                std::make_unique<AppController>(settings, &vault, &session, &network, &audit);
            controller->setFinishesDueRotationsOnLoad(false);
            const auto endpoint = host.endpoint(u"wasabi-iam"_s);
            Account account;
            account.id = u"acc-iam"_s;
            account.provider = u"wasabi-iam"_s;
            account.label = u"Wasabi IAM"_s;
            account.endpoint = endpoint->url;
            account.s3Endpoint = endpoint->s3Endpoint;
            account.region = endpoint->region;
            account.sandbox = true;
            accountId = account.id;
            controller->addSessionAccount(account, Secret::fromString(endpoint->adminToken));
            return loaded();
        }
        bool loaded()
        {
            return QTest::qWaitFor(
                [&] {
                    const auto* view = controller->account(accountId);
                    return view && view->state == AppController::LoadState::Ok;
                },
                Timeout);
        }
        RotationOrchestrator& rotations() { return controller->rotationOrchestrator(); }
        std::optional<RotationRecord> record(const QString& id)
        {
            for (const RotationRecord& r : controller->rotations().all()) {
                if (r.id == id)
                    return r;
            }
            return std::nullopt;
        }
        std::optional<sandbox::WasabiIamSandbox::AccessKeyState> keyState(const QString& user,
                                                                          const QString& id)
        {
            for (const auto& state : host.wasabiIam()->accessKeys(user)) {
                if (state.accessKeyId == id)
                    return state;
            }
            return std::nullopt;
        }
        // A sub-user with one active key, so that the new key fits the 2-key limit.
        std::optional<ApiKey> oneKeyOfSubUser(const QString& user)
        {
            host.wasabiIam()->addUser(user);
            KeySpec spec;
            spec.bearerId = user;
            spec.bearerType = u"user"_s;
            bool done = false;
            std::optional<ApiKey> made;
            controller->createKey(accountId, spec, nullptr,
                                  [&](const ProviderError& error, CreatedKey* created) {
                                      if (!error && created)
                                          made = created->key;
                                      done = true;
                                  });
            if (!QTest::qWaitFor([&] { return done; }, Timeout) || !made)
                return std::nullopt;
            return made;
        }
        // Rotates old and hands the new key over with plan; the record's id, or empty.
        QString rotate(const ApiKey& old, const GracePlan& plan, ProviderError* handOver = nullptr)
        {
            const Capabilities& caps = *controller->account(accountId)->capabilities;
            const KeySpec spec = rotationSpecFor(old, caps, controller->now());
            QString recordId;
            bool created = false;
            controller->startRotation(
                accountId, old, spec, nullptr,
                [&](const ProviderError& error, CreatedKey* made, const QString& id) {
                    created = !error && made;
                    recordId = id;
                });
            if (!QTest::qWaitFor([&] { return !recordId.isEmpty(); }, Timeout) || !created)
                return {};
            std::optional<ProviderError> handed;
            rotations().finishHandover(recordId, plan, nullptr,
                                       [&](const ProviderError& error) { handed = error; });
            if (!QTest::qWaitFor([&] { return handed.has_value(); }, Timeout))
                return {};
            if (handOver)
                *handOver = *handed;
            return recordId;
        }
        ProviderError finishDue()
        {
            std::optional<ProviderError> outcome;
            controller->finishDueRotations(accountId, nullptr,
                                           [&](const ProviderError& error) { outcome = error; });
            if (!QTest::qWaitFor([&] { return outcome.has_value(); }, Timeout))
                return {ProviderError::Kind::Timeout, 0, u"no answer from the controller"_s, {}};
            return *outcome;
        }
        ProviderError reenable(const QString& recordId)
        {
            std::optional<ProviderError> outcome;
            rotations().reenable(recordId, nullptr,
                                 [&](const ProviderError& error) { outcome = error; });
            if (!QTest::qWaitFor([&] { return outcome.has_value(); }, Timeout))
                return {ProviderError::Kind::Timeout, 0, u"no answer from the controller"_s, {}};
            return *outcome;
        }
        QByteArray auditText()
        {
            QFile file(audit.filePath());
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }
    };

    static GracePlan quietPlan()
    {
        GracePlan plan;
        plan.mode = RotationRecord::GraceMode::Quiet;
        plan.quietHours = 24;
        plan.days = 7;
        return plan;
    }
    // Disable the old key at the hand-over, delete it once the days are over.
    static GracePlan disableFirstPlan(int days)
    {
        GracePlan plan;
        plan.mode = RotationRecord::GraceMode::DisableFirst;
        plan.days = days;
        return plan;
    }

private slots:
    void quietOldKeyIsRevokedOnlyOnceUnusedForQHours()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const std::optional<ApiKey> old = f.oneKeyOfSubUser(u"quiet-app"_s);
        QVERIFY(old);
        const QString recordId = f.rotate(*old, quietPlan());
        QVERIFY(!recordId.isEmpty());
        QCOMPARE(f.record(recordId)->state, RotationRecord::State::GracePeriod);
        QCOMPARE(f.record(recordId)->mode, RotationRecord::GraceMode::Quiet);

        // Still used 20 hours after the hand-over, then checked 3 hours later: not quiet.
        f.time = f.time.addSecs(20 * 3600);
        QVERIFY(f.host.wasabiIam()->recordKeyUse(old->id, u"s3"_s, u"us-east-1"_s));
        f.time = f.time.addSecs(3 * 3600);
        QVERIFY(!f.record(recordId)->isDue(f.time)); // 23 h since the hand-over
        f.time = f.time.addSecs(2 * 3600);
        QVERIFY(f.record(recordId)->isDue(f.time)); // could be quiet: look
        ProviderError outcome = f.finishDue();
        QVERIFY2(outcome.ok(), qPrintable(outcome.toString()));
        std::optional<RotationRecord> record = f.record(recordId);
        QCOMPARE(record->state, RotationRecord::State::GracePeriod);
        QVERIFY(f.keyState(u"quiet-app"_s, old->id).has_value());
        QCOMPARE(record->oldKeyLastUsedWhere, u"s3, us-east-1"_s);
        QCOMPARE(RotationOrchestrator::lastUseText(*record, f.time),
                 u"old key last used 5 hours ago (s3, us-east-1)"_s);

        // A restart, then 24 h after that last use: revoked.
        QVERIFY(f.restart());
        f.time = f.time.addSecs(19 * 3600 + 60);
        outcome = f.finishDue();
        QVERIFY2(outcome.ok(), qPrintable(outcome.toString()));
        QCOMPARE(f.record(recordId)->state, RotationRecord::State::Completed);
        QVERIFY(!f.keyState(u"quiet-app"_s, old->id).has_value());
        QVERIFY(f.auditText().contains("rotate-quiet"));
    }

    void oldKeyStillInUseAtTheDeadlineAsksInsteadOfRevoking()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const std::optional<ApiKey> old = f.oneKeyOfSubUser(u"busy-app"_s);
        QVERIFY(old);
        const QString recordId = f.rotate(*old, quietPlan());
        QVERIFY(!recordId.isEmpty());
        // Used an hour before the deadline, checked just after it.
        f.time = f.time.addDays(7).addSecs(-3600);
        QVERIFY(f.host.wasabiIam()->recordKeyUse(old->id, u"s3"_s, u"eu-central-1"_s));
        // A list (here: the one after a restart) brings the last use to the rotations list.
        QVERIFY(f.restart());
        QTRY_COMPARE_WITH_TIMEOUT(f.record(recordId)->oldKeyLastUsedWhere, u"s3, eu-central-1"_s,
                                  Timeout);
        QSignalSpy asked(&f.rotations(), &RotationOrchestrator::rotationNeedsAttention);
        f.time = f.time.addSecs(3600 + 60);
        const ProviderError outcome = f.finishDue();
        QVERIFY2(outcome.ok(), qPrintable(outcome.toString()));
        const std::optional<RotationRecord> record = f.record(recordId);
        QCOMPARE(record->state, RotationRecord::State::AwaitingDecision);
        QVERIFY(record->isOpen());
        QVERIFY(!record->isDue(f.time.addDays(30))); // nothing happens on its own
        QVERIFY(f.keyState(u"busy-app"_s, old->id)->active);
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().at(2).toString().contains(u"(s3, eu-central-1)"_s));
        QVERIFY(f.auditText().contains("rotate-ask"));
        // The user's answer: postpone waits for quiet again.
        QVERIFY(f.rotations().postpone(recordId, f.time.addDays(2)));
        QCOMPARE(f.record(recordId)->state, RotationRecord::State::GracePeriod);
    }

    void quietWaitWithoutADeadlineIsRefused()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const std::optional<ApiKey> old = f.oneKeyOfSubUser(u"plain-app"_s);
        QVERIFY(old);
        GracePlan plan = quietPlan();
        plan.days = 0; // a quiet wait needs a deadline
        ProviderError handOver;
        const QString recordId = f.rotate(*old, plan, &handOver);
        QVERIFY(!recordId.isEmpty());
        QVERIFY(!handOver.ok());
        QCOMPARE(f.record(recordId)->state, RotationRecord::State::NewKeyCreated);
    }

    void disableThenDeleteSurvivesARestartAndCanBeReenabled()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const std::optional<ApiKey> old = f.oneKeyOfSubUser(u"careful-app"_s);
        QVERIFY(old);
        const QString recordId = f.rotate(*old, disableFirstPlan(3));
        QVERIFY(!recordId.isEmpty());
        QCOMPARE(f.record(recordId)->state, RotationRecord::State::OldKeyDisabled);
        QVERIFY(!f.keyState(u"careful-app"_s, old->id)->active);

        // A restart: still disabled, not due yet; then Re-enable.
        QVERIFY(f.restart());
        f.time = f.time.addDays(1);
        QCOMPARE(f.record(recordId)->state, RotationRecord::State::OldKeyDisabled);
        QVERIFY(!f.record(recordId)->isDue(f.time));
        const ProviderError enabled = f.reenable(recordId);
        QVERIFY2(enabled.ok(), qPrintable(enabled.toString()));
        QVERIFY(f.keyState(u"careful-app"_s, old->id)->active);
        QCOMPARE(f.record(recordId)->state, RotationRecord::State::AwaitingDecision);
        QVERIFY(!f.record(recordId)->isDue(f.time.addDays(30)));
        QVERIFY(f.auditText().contains("rotate-reenable"));
        QVERIFY(!f.reenable(recordId).ok()); // once only
    }

    void disabledOldKeyIsDeletedAfterARestartOnceDue()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const std::optional<ApiKey> old = f.oneKeyOfSubUser(u"later-app"_s);
        QVERIFY(old);
        const QString recordId = f.rotate(*old, disableFirstPlan(2));
        QVERIFY(!recordId.isEmpty());
        QVERIFY(f.restart());
        f.time = f.time.addDays(2).addSecs(60);
        const ProviderError outcome = f.finishDue();
        QVERIFY2(outcome.ok(), qPrintable(outcome.toString()));
        QCOMPARE(f.record(recordId)->state, RotationRecord::State::Completed);
        QVERIFY(!f.keyState(u"later-app"_s, old->id).has_value());
    }

    void failingNewKeyWhileOldIsDisabledNotifiesAndKeepsTheOldKey()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const std::optional<ApiKey> old = f.oneKeyOfSubUser(u"fragile-app"_s);
        QVERIFY(old);
        const QString recordId = f.rotate(*old, disableFirstPlan(2));
        QVERIFY(!recordId.isEmpty());
        const QString newKeyId = f.record(recordId)->newKeyId;
        // The new key stops working (here: someone deactivated it at the provider).
        std::optional<ApiKey> newKey;
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const ApiKey& key : f.controller->account(f.accountId)->keys) {
                    if (key.id == newKeyId)
                        newKey = key;
                }
                return newKey.has_value();
            },
            Timeout));
        std::optional<ProviderError> deactivated;
        f.controller->setKeyActive(f.accountId, *newKey, false, nullptr,
                                   [&](const ProviderError& error) { deactivated = error; });
        QVERIFY(QTest::qWaitFor([&] { return deactivated.has_value(); }, Timeout));
        QVERIFY2(deactivated->ok(), qPrintable(deactivated->toString()));
        QVERIFY(!f.keyState(u"fragile-app"_s, newKeyId)->active);
        QSignalSpy told(&f.rotations(), &RotationOrchestrator::rotationNeedsAttention);
        f.time = f.time.addDays(2).addSecs(60);
        const ProviderError outcome = f.finishDue();
        QVERIFY(!outcome.ok());
        QCOMPARE(told.size(), 1);
        QCOMPARE(told.first().at(0).toString(), recordId);
        QCOMPARE(f.record(recordId)->state, RotationRecord::State::OldKeyDisabled);
        QVERIFY(f.keyState(u"fragile-app"_s, old->id).has_value()); // not deleted
        QVERIFY(f.auditText().contains("rotate-new-key-failing"));
    }
};

} // namespace kw

QTEST_GUILESS_MAIN(kw::TestRotationOrchestratorQuiet)
#include "test_rotationorchestrator_quiet.moc"

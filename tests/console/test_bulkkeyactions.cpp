// BulkKeyActions: one action over keys of several accounts through the controller, against fake
// providers: a failure keeps the rest going, keys the provider cannot act on are skipped with the
// reason, a few calls at a time per account, cancel stops what has not started.
#include "console/AppController.h"
#include "console/BulkKeyActions.h"
#include "console/ConsoleHarness.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace kw {

using namespace test;
using Outcome = BulkKeyActions::Outcome;
using Action = BulkKeyActions::Action;

class TestBulkKeyActions : public QObject
{
    Q_OBJECT

    // A controller over fake providers, one per account, each with the keys and capabilities
    // the test gives it.
    struct Fixture : ConsoleHarness
    {
        QNetworkAccessManager network;
        std::unique_ptr<AppController> controller;
        QHash<QString, FakeProvider*> fakeOf;

        Fixture()
        {
            controller =
                std::make_unique<AppController>(settings, &vault, &session, &network, &log);
            controller->setFinishesDueRotationsOnLoad(false);
            controller->setProviderMaker([this](const Account& account, Secret,
                                                QNetworkAccessManager*) {
                auto made = std::make_unique<FakeProvider>(
                    account, capabilities.value(account.id, FakeProvider::defaultCapabilities()));
                made->keys = seeds.value(account.id);
                fakeOf.insert(account.id, made.get());
                return std::unique_ptr<KeyProvider>(std::move(made));
            });
        }
        FakeProvider* add(const QString& id, const QList<ApiKey>& keys,
                          std::optional<Capabilities> caps = std::nullopt)
        {
            seeds.insert(id, keys);
            if (caps)
                capabilities.insert(id, *caps);
            controller->addSessionAccount(makeAccount(id), Secret::fromString(u"t"_s));
            const bool loaded = QTest::qWaitFor(
                [&] {
                    const auto* view = controller->account(id);
                    return view && view->state == AppController::LoadState::Ok;
                },
                Timeout);
            return loaded ? fakeOf.value(id) : nullptr;
        }
        // The account's listed keys as KeyRefs, as the all-accounts table hands them over.
        QList<KeyRef> refs(const QString& id) const
        {
            QList<KeyRef> out;
            for (const ApiKey& key : controller->account(id)->keys)
                out.append({id, key});
            return out;
        }
    };

    static QList<ApiKey> keys(const QString& prefix, int n, const QString& principal = u"alice"_s)
    {
        QList<ApiKey> out;
        for (int i = 1; i <= n; ++i)
            out.append(FakeProvider::makeKey(prefix + QString::number(i),
                                             prefix + u" key %1"_s.arg(i), principal));
        return out;
    }
    static QList<Outcome> outcomes(const BulkKeyActions& bulk)
    {
        QList<Outcome> out;
        for (const auto& item : bulk.items())
            out.append(item.outcome);
        return out;
    }
    static ProviderError forbidden()
    {
        return {ProviderError::Kind::Forbidden, 403, u"Key is protected by policy"_s, {}};
    }

private slots:
    void aFailureKeepsTheRestGoing()
    {
        Fixture f;
        FakeProvider* a = f.add(u"a"_s, keys(u"a"_s, 3));
        FakeProvider* b = f.add(u"b"_s, keys(u"b"_s, 2));
        QVERIFY(a && b);
        a->fail(FakeProvider::Op::Revoke, forbidden()); // the first of a's revokes
        BulkKeyActions bulk(f.controller.get());
        QSignalSpy finished(&bulk, &BulkKeyActions::finished);
        QVERIFY(bulk.start(Action::Revoke, f.refs(u"a"_s) + f.refs(u"b"_s)));
        QVERIFY(finished.wait(Fixture::Timeout));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(outcomes(bulk), (QList<Outcome>{Outcome::Failed, Outcome::Done, Outcome::Done,
                                                 Outcome::Done, Outcome::Done}));
        QVERIFY2(bulk.items().first().message.contains(u"Key is protected by policy"_s),
                 qPrintable(bulk.items().first().message));
        QCOMPARE(bulk.items().at(1).message, u"Revoked."_s);
        QCOMPARE(bulk.items().at(3).accountLabel, u"Label of b"_s);
        QVERIFY(!bulk.isRunning());
        QCOMPARE(a->keys.size(), 1);
        QCOMPARE(a->keys.first().id, u"a1"_s);
        QVERIFY(b->keys.isEmpty());
        // Each key's call went through the controller, which audited it with its outcome.
        int revokes = 0;
        for (const QJsonObject& line : f.auditLines())
            revokes += line.value(u"action"_s).toString() == u"revoke"_s;
        QCOMPARE(revokes, 5);
    }

    void theAccountsTouchedAreListedAgainAtTheEnd()
    {
        // A failed disable lists nothing again by itself; the run does, once it ends.
        Fixture f;
        FakeProvider* a = f.add(u"a"_s, keys(u"a"_s, 1));
        FakeProvider* untouched = f.add(u"u"_s, keys(u"u"_s, 1));
        QVERIFY(a && untouched);
        a->fail(FakeProvider::Op::SetActive, forbidden());
        const int listsBefore = a->count(FakeProvider::Op::List);
        const int untouchedBefore = untouched->count(FakeProvider::Op::List);
        BulkKeyActions bulk(f.controller.get());
        QSignalSpy finished(&bulk, &BulkKeyActions::finished);
        bulk.start(Action::Disable, f.refs(u"a"_s));
        QVERIFY(finished.wait(Fixture::Timeout));
        QCOMPARE(bulk.items().first().outcome, Outcome::Failed);
        QTRY_COMPARE_WITH_TIMEOUT(a->count(FakeProvider::Op::List), listsBefore + 1,
                                  Fixture::Timeout);
        QCOMPARE(untouched->count(FakeProvider::Op::List), untouchedBefore);
    }

    void keysTheProviderCannotActOnAreSkippedWithTheReason()
    {
        Fixture f;
        Capabilities noDisable = FakeProvider::defaultCapabilities();
        noDisable.providerName = u"Scaleway-like"_s;
        noDisable.disable = false;
        noDisable.disablePrincipal = false;
        noDisable.cannotDisableHint = u"These keys cannot be disabled; delete the key"_s;
        QList<ApiKey> aKeys = keys(u"a"_s, 3);
        aKeys[1].status = KeyStatus::Disabled;
        aKeys[2].editable = false;
        aKeys[2].readOnlyReason = u"Managed by the provider"_s;
        FakeProvider* a = f.add(u"a"_s, aKeys);
        FakeProvider* s = f.add(u"s"_s, keys(u"s"_s, 1), noDisable);
        QVERIFY(a && s);
        QList<KeyRef> chosen = f.refs(u"a"_s) + f.refs(u"s"_s);
        chosen.append(chosen.first()); // the same key twice
        chosen.append({u"gone"_s, FakeProvider::makeKey(u"g1"_s, u"ghost"_s)});
        BulkKeyActions bulk(f.controller.get());
        QSignalSpy finished(&bulk, &BulkKeyActions::finished);
        bulk.start(Action::Disable, chosen);
        QVERIFY(finished.wait(Fixture::Timeout));
        QCOMPARE(outcomes(bulk),
                 (QList<Outcome>{Outcome::Done, Outcome::Skipped, Outcome::Skipped,
                                 Outcome::Skipped, Outcome::Skipped, Outcome::Skipped}));
        const auto& items = bulk.items();
        QCOMPARE(items.at(1).message, u"Already disabled."_s);
        QCOMPARE(items.at(2).message, u"Managed by the provider"_s);
        QCOMPARE(items.at(3).message, noDisable.cannotDisableHint);
        QCOMPARE(items.at(4).message, u"Listed twice; done once."_s);
        QCOMPARE(items.at(5).message, u"Its account is no longer in KeyWarden."_s);
        QCOMPARE(a->count(FakeProvider::Op::SetActive), 1);
        QCOMPARE(s->count(FakeProvider::Op::SetActive), 0);
        // The plan says the same before anything runs, for the confirmation.
        const auto planned = bulk.plan(Action::Disable, f.refs(u"s"_s));
        QCOMPARE(planned.first().outcome, Outcome::Skipped);
    }

    void anOwnerIsSuspendedOnceForAllItsSelectedKeys()
    {
        // A provider that can only suspend a key's owner (CoreWeave): one call per owner, and
        // the plan says how many listed keys that stops, selected or not.
        Fixture f;
        Capabilities owners = FakeProvider::defaultCapabilities();
        owners.disable = false;
        owners.disablePrincipal = true;
        FakeProvider* c = f.add(u"c"_s, keys(u"al"_s, 3) + keys(u"bo"_s, 1, u"bob"_s), owners);
        QVERIFY(c);
        const QList<KeyRef> all = f.refs(u"c"_s);
        const QList<KeyRef> chosen = {all.at(0), all.at(1), all.at(3)};
        BulkKeyActions bulk(f.controller.get());
        const auto planned = bulk.plan(Action::Disable, chosen);
        QCOMPARE(planned.at(0).principal, u"alice"_s);
        QCOMPARE(planned.at(0).ownerKeys, 3);
        QCOMPARE(planned.at(2).ownerKeys, 1);
        QSignalSpy finished(&bulk, &BulkKeyActions::finished);
        bulk.start(Action::Disable, chosen);
        QVERIFY(finished.wait(Fixture::Timeout));
        QCOMPARE(outcomes(bulk), QList<Outcome>(3, Outcome::Done));
        QCOMPARE(c->count(FakeProvider::Op::SetPrincipalActive), 2);
        QCOMPARE(bulk.items().at(1).message, u"Suspended the keys of alice."_s);
        for (const ApiKey& key : c->keys)
            QCOMPARE(key.status, KeyStatus::Suspended);

        // Enable reactivates them the same way, once the list shows them suspended.
        QTRY_VERIFY_WITH_TIMEOUT(f.controller->account(u"c"_s)->keys.first().status ==
                                     KeyStatus::Suspended,
                                 Fixture::Timeout);
        const QList<KeyRef> suspended = f.refs(u"c"_s);
        bulk.start(Action::Enable, {suspended.at(0), suspended.at(2)});
        QVERIFY(finished.wait(Fixture::Timeout));
        QCOMPARE(outcomes(bulk), QList<Outcome>(2, Outcome::Done));
        QCOMPARE(bulk.items().first().message, u"Reactivated the keys of alice."_s);
        QCOMPARE(c->count(FakeProvider::Op::SetPrincipalActive), 3);
        QCOMPARE(c->keys.first().status, KeyStatus::Active);
        QCOMPARE(c->keys.last().status, KeyStatus::Suspended); // bob's stays suspended
    }

    void aFewCallsAtATimePerAccount()
    {
        Fixture f;
        FakeProvider* a = f.add(u"a"_s, keys(u"a"_s, 6));
        FakeProvider* b = f.add(u"b"_s, keys(u"b"_s, 2));
        QVERIFY(a && b);
        for (int i = 0; i < 6; ++i)
            a->hold(FakeProvider::Op::Revoke);
        BulkKeyActions bulk(f.controller.get());
        QSignalSpy finished(&bulk, &BulkKeyActions::finished);
        bulk.start(Action::Revoke, f.refs(u"a"_s) + f.refs(u"b"_s));
        // a's first four are in flight; its other two wait while b's two go through.
        QTRY_COMPARE_WITH_TIMEOUT(a->heldCount(), BulkKeyActions::DefaultPerAccount,
                                  Fixture::Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(b->keys.isEmpty(), Fixture::Timeout);
        QCOMPARE(a->count(FakeProvider::Op::Revoke), 4);
        QTRY_COMPARE_WITH_TIMEOUT(bulk.count(Outcome::Running), 4, Fixture::Timeout);
        QCOMPARE(bulk.count(Outcome::Waiting), 2);
        QVERIFY(finished.isEmpty());
        a->releaseHeld();
        QTRY_COMPARE_WITH_TIMEOUT(a->heldCount(), 2, Fixture::Timeout);
        QCOMPARE(a->count(FakeProvider::Op::Revoke), 6);
        a->releaseHeld();
        QVERIFY(finished.wait(Fixture::Timeout));
        QCOMPARE(bulk.count(Outcome::Done), 8);
    }

    void cancelStopsTheKeysNotYetStarted()
    {
        Fixture f;
        FakeProvider* a = f.add(u"a"_s, keys(u"a"_s, 3));
        QVERIFY(a);
        FakeProvider::Answer held; // in flight until released, then revoked
        held.held = true;
        held.applied = true;
        a->script(FakeProvider::Op::Revoke, held);
        BulkKeyActions bulk(f.controller.get());
        bulk.setMaxPerAccount(1);
        QSignalSpy finished(&bulk, &BulkKeyActions::finished);
        bulk.start(Action::Revoke, f.refs(u"a"_s));
        QTRY_COMPARE_WITH_TIMEOUT(a->heldCount(), 1, Fixture::Timeout);
        bulk.cancel();
        QCOMPARE(outcomes(bulk),
                 (QList<Outcome>{Outcome::Running, Outcome::Cancelled, Outcome::Cancelled}));
        QVERIFY(finished.isEmpty()); // the call in flight still gets its answer
        a->releaseHeld();
        QVERIFY(finished.wait(Fixture::Timeout));
        QCOMPARE(bulk.items().first().outcome, Outcome::Done);
        QCOMPARE(a->count(FakeProvider::Op::Revoke), 1);
        QCOMPARE(a->keys.size(), 2);
    }

    void rotationsRunOneAfterTheOtherThroughTheRotator()
    {
        Fixture f;
        QVERIFY(f.add(u"a"_s, keys(u"a"_s, 2)));
        QVERIFY(f.add(u"b"_s, keys(u"b"_s, 1)));
        QList<QPair<QString, BulkKeyActions::RotateDone>> asked;
        BulkKeyActions bulk(f.controller.get());
        bulk.setRotator([&](const KeyRef& ref, BulkKeyActions::RotateDone done) {
            asked.append({ref.key.id, std::move(done)});
        });
        QSignalSpy finished(&bulk, &BulkKeyActions::finished);
        bulk.start(Action::Rotate, f.refs(u"a"_s) + f.refs(u"b"_s));
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, Fixture::Timeout);
        QCOMPARE(asked.first().first, u"a1"_s);
        asked.first().second(Outcome::Done, u"Rotated: the old key goes in 7 days."_s);
        QCOMPARE(asked.size(), 2); // the next starts once one has ended, across accounts too
        QCOMPARE(asked.at(1).first, u"a2"_s);
        asked.at(1).second(Outcome::Failed, u"The new key could not be created."_s);
        QCOMPARE(asked.size(), 3);
        QCOMPARE(asked.at(2).first, u"b1"_s);
        asked.at(2).second(Outcome::Done, {});
        QCOMPARE(finished.size(), 1); // the last answer ends the run
        QCOMPARE(outcomes(bulk), (QList<Outcome>{Outcome::Done, Outcome::Failed, Outcome::Done}));
        QCOMPARE(bulk.items().first().message, u"Rotated: the old key goes in 7 days."_s);
        QCOMPARE(bulk.items().at(2).message, u"Rotated."_s);

        // Without a rotator (no window to show the secrets in) nothing is rotated.
        BulkKeyActions headless(f.controller.get());
        QSignalSpy headlessDone(&headless, &BulkKeyActions::finished);
        headless.start(Action::Rotate, f.refs(u"b"_s));
        QVERIFY(headlessDone.wait(Fixture::Timeout));
        QCOMPARE(outcomes(headless), QList<Outcome>{Outcome::Skipped});
        QCOMPARE(headless.plan(Action::Rotate, f.refs(u"b"_s)).first().outcome, Outcome::Skipped);
    }

    void actionsAreNamedAsTheWindowNamesThem()
    {
        QCOMPARE(BulkKeyActions::actionNamed(u"revoke"_s), Action::Revoke);
        QCOMPARE(BulkKeyActions::actionNamed(u"disable"_s), Action::Disable);
        QCOMPARE(BulkKeyActions::actionNamed(u"enable"_s), Action::Enable);
        QCOMPARE(BulkKeyActions::actionNamed(u"rotate"_s), Action::Rotate);
        QVERIFY(!BulkKeyActions::actionNamed(u"delete"_s));
    }
};

} // namespace kw

QTEST_GUILESS_MAIN(kw::TestBulkKeyActions)
#include "test_bulkkeyactions.moc"

// KeyOperations with fake providers: what each call does at the provider, what the caller is
// told, what the audit keeps (never a secret), and the trust rules for a lost or odd answer.
#include "console/ConsoleHarness.h"
#include "console/KeyOperations.h"
#include "core/Clock.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace kw {

using namespace test;
using Op = FakeProvider::Op;

class TestKeyOperations : public QObject
{
    Q_OBJECT

    struct Fixture : ConsoleHarness
    {
        KeyOperations keys{accounts, audit};
        FakeProvider* fake = nullptr;
        ApiKey first = FakeProvider::makeKey(u"k1"_s, u"Backup"_s, u"alice"_s);
        ApiKey second = FakeProvider::makeKey(u"k2"_s, u"Deploy"_s, u"bob"_s);

        bool setUp()
        {
            fake = addLoaded(u"a"_s, {first, second});
            return fake != nullptr;
        }
        ProviderError revoke(const ApiKey& key)
        {
            Answer<ProviderError> answer;
            keys.revokeKey(u"a"_s, key, nullptr, answer.callback());
            return answer.wait() ? answer.get<0>() : ConsoleHarness::noAnswer();
        }
        CreateAnswer create(const QString& name)
        {
            KeySpec spec;
            spec.name = name;
            CreateAnswer answer;
            keys.createKey(u"a"_s, spec, nullptr, answer.callback());
            answer.wait();
            return answer;
        }
        QString outcome(const QString& action) const
        {
            return lastAudit(action).value(u"outcome"_s).toString();
        }
        bool listedAgain(int listsBefore) const
        {
            return QTest::qWaitFor([&] { return fake->count(Op::List) > listsBefore; }, Timeout) &&
                   waitFor(u"a"_s, AccountService::LoadState::Ok);
        }
    };

private slots:
    void aCreatedKeyComesWithItsSecretAndIsAudited()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const QDateTime now(QDate(2026, 5, 2), QTime(8, 0), Qt::UTC);
        ScopedClock clock([now] { return now; });
        const int lists = f.fake->count(Op::List);
        const CreateAnswer created = f.create(u"Nightly"_s);
        QVERIFY2(created.error.ok(), qPrintable(created.error.toString()));
        QVERIFY(created.created.has_value());
        QVERIFY(!created.created->key.id.isEmpty());
        QVERIFY(created.created->secret.equals(
            Secret::fromString(FakeProvider::secretOf(created.created->key.id))));
        QVERIFY(f.listedAgain(lists));
        QVERIFY(f.shows(u"a"_s, created.created->key.id));
        const QJsonObject line = f.lastAudit(u"create"_s);
        QCOMPARE(line.value(u"outcome"_s).toString(), u"ok"_s);
        QCOMPARE(line.value(u"key"_s).toString(), u"Nightly"_s);
        QCOMPARE(line.value(u"account"_s).toString(), u"Label of a"_s);
        // The audit's time is the app's clock.
        QCOMPARE(line.value(u"time"_s).toString(), now.toString(Qt::ISODateWithMs));
        QVERIFY(!f.auditText().contains(FakeProvider::secretOf(created.created->key.id).toUtf8()));
    }

    void aCreateAnswerWithoutIdIsLookedUp()
    {
        Fixture f;
        QVERIFY(f.setUp());
        FakeProvider::Answer noId;
        noId.applied = true;
        noId.fill = [](ProviderReply& reply) {
            CreatedKey created;
            created.key.name = u"Nightly"_s;
            created.secret = Secret::fromString(u"the-secret"_s);
            reply.setCreated(std::move(created));
        };
        f.fake->script(Op::Create, noId);
        const int lists = f.fake->count(Op::List);
        const CreateAnswer created = f.create(u"Nightly"_s);
        QVERIFY(created.error.ok());
        QCOMPARE(created.created->key.id, u"key-1"_s); // found in a fresh list
        QVERIFY(created.created->secret.equals(Secret::fromString(u"the-secret"_s)));
        QVERIFY(f.fake->count(Op::List) > lists);
    }

    void aLostCreateAnswerFindsTheOrphan()
    {
        Fixture f;
        QVERIFY(f.setUp());
        f.fake->script(Op::Create, FakeProvider::lostAnswer());
        const CreateAnswer created = f.create(u"Nightly"_s);
        QCOMPARE(created.error.kind, ProviderError::Kind::Timeout);
        QVERIFY(created.created.has_value());
        QVERIFY(created.created->orphan);
        QVERIFY(created.created->secret.isEmpty());
        QCOMPARE(created.created->key.id, u"key-1"_s);
        QVERIFY(!created.error.detail.isEmpty());
        QVERIFY2(f.outcome(u"create"_s).startsWith(u"orphan: "_s),
                 qPrintable(f.outcome(u"create"_s)));
        QCOMPARE(f.lastAudit(u"create"_s).value(u"key_id"_s).toString(), u"key-1"_s);
    }

    void aRefusedCreateIsNotLookedFor()
    {
        Fixture f;
        QVERIFY(f.setUp());
        f.fake->fail(Op::Create, {ProviderError::Kind::Forbidden, 403, u"no rights"_s, {}});
        const int lists = f.fake->count(Op::List);
        const CreateAnswer created = f.create(u"Nightly"_s);
        QCOMPARE(created.error.kind, ProviderError::Kind::Forbidden);
        QVERIFY(!created.created.has_value());
        // A look for the key would have asked for its list before the answer came.
        QCOMPARE(f.fake->count(Op::List), lists);
        QVERIFY(f.outcome(u"create"_s).startsWith(u"failed: "_s));
        QCOMPARE(f.lastAudit(u"create"_s).value(u"key"_s).toString(), u"Nightly"_s);
    }

    void aRevokeForgetsTheKeptSecret()
    {
        Fixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.keepSecret(u"a"_s, f.first.id, u"kept"_s));
        const int lists = f.fake->count(Op::List);
        const ProviderError revoked = f.revoke(f.first);
        QVERIFY2(revoked.ok(), qPrintable(revoked.toString()));
        QVERIFY(!f.fake->has(f.first.id));
        // Answered only once the kept secret is gone.
        QVERIFY(!f.accounts.storedSecrets().contains(u"a"_s, f.first.id));
        QCOMPARE(f.outcome(u"revoke"_s), u"ok"_s);
        QVERIFY(f.listedAgain(lists));
        QVERIFY(!f.shows(u"a"_s, f.first.id));
    }

    void aNotFoundConfirmedByAListIsAlreadyGone()
    {
        Fixture f;
        QVERIFY(f.setUp());
        f.fake->keys.removeFirst(); // revoked elsewhere since the list
        const ProviderError revoked = f.revoke(f.first);
        QVERIFY2(revoked.ok(), qPrintable(revoked.toString()));
        QCOMPARE(f.outcome(u"revoke"_s), u"ok: already gone"_s);
    }

    void aNotFoundForAListedKeyIsAnError()
    {
        Fixture f;
        QVERIFY(f.setUp());
        f.fake->fail(Op::Revoke, {ProviderError::Kind::NotFound, 404, u"Key not found"_s, {}});
        const ProviderError revoked = f.revoke(f.first);
        QVERIFY(!revoked.ok());
        QVERIFY(f.fake->has(f.first.id));
        QVERIFY(f.outcome(u"revoke"_s).startsWith(u"failed: "_s));
    }

    void aLostRevokeAnswerIsSettledByAList()
    {
        Fixture f;
        QVERIFY(f.setUp());
        f.fake->script(Op::Revoke, FakeProvider::lostAnswer());
        QVERIFY(f.revoke(f.first).ok());
        QCOMPARE(f.outcome(u"revoke"_s), u"ok: revoked; its answer was lost"_s);

        // Not revoked after all: the timeout stands, with what the check found.
        FakeProvider::Answer lost = FakeProvider::lostAnswer();
        lost.applied = false;
        f.fake->script(Op::Revoke, lost);
        const ProviderError second = f.revoke(f.second);
        QCOMPARE(second.kind, ProviderError::Kind::Timeout);
        QVERIFY(f.fake->has(f.second.id));
    }

    void editsAndSwitchesAreAuditedAndRefresh()
    {
        Fixture f;
        QVERIFY(f.setUp());
        KeyChange rename;
        rename.name = u"Backup 2"_s;
        Answer<ProviderError> edited;
        const int lists = f.fake->count(Op::List);
        f.keys.updateKey(u"a"_s, f.first, rename, this, edited.callback());
        QVERIFY(edited.wait());
        QVERIFY(edited.get<0>().ok());
        QCOMPARE(f.fake->keys.first().name, u"Backup 2"_s);
        QCOMPARE(f.outcome(u"edit"_s), u"ok"_s);
        QVERIFY(f.listedAgain(lists));

        Answer<ProviderError> disabled;
        f.keys.setKeyActive(u"a"_s, f.second, false, this, disabled.callback());
        QVERIFY(disabled.wait());
        QCOMPARE(f.fake->keys.at(1).status, KeyStatus::Disabled);
        QCOMPARE(f.lastAudit(u"disable"_s).value(u"key_id"_s).toString(), f.second.id);

        // A failed change is audited as failed and lists nothing again.
        f.fake->fail(Op::SetActive, {ProviderError::Kind::Conflict, 409, u"busy"_s, {}});
        QVERIFY(f.waitFor(u"a"_s, AccountService::LoadState::Ok));
        const int listsBefore = f.fake->count(Op::List);
        Answer<ProviderError> enabled;
        f.keys.setKeyActive(u"a"_s, f.second, true, this, enabled.callback());
        QVERIFY(enabled.wait());
        QCOMPARE(enabled.get<0>().kind, ProviderError::Kind::Conflict);
        QVERIFY(f.outcome(u"enable"_s).startsWith(u"failed: "_s));
        QCOMPARE(f.fake->count(Op::List), listsBefore);
    }

    void aPrincipalIsAuditedWhereAKeyWouldBe()
    {
        Fixture f;
        QVERIFY(f.setUp());
        Answer<ProviderError> suspended;
        f.keys.setPrincipalActive(u"a"_s, u"bob"_s, false, this, suspended.callback());
        QVERIFY(suspended.wait());
        QVERIFY(suspended.get<0>().ok());
        QCOMPARE(f.fake->keys.at(1).status, KeyStatus::Suspended);
        QCOMPARE(f.fake->keys.at(0).status, KeyStatus::Active);
        QCOMPARE(f.lastAudit(u"suspend-principal"_s).value(u"key"_s).toString(), u"bob"_s);

        Answer<ProviderError> attached;
        const int lists = f.fake->count(Op::List);
        f.keys.attachPrincipalPolicy(u"a"_s, u"bob"_s, u"arn:aws:iam::aws:policy/ViewAiR"_s, this,
                                     attached.callback());
        QVERIFY(attached.wait());
        QVERIFY(attached.get<0>().ok());
        const QJsonObject line = f.lastAudit(u"attach-policy"_s);
        QCOMPARE(line.value(u"key"_s).toString(), u"bob"_s);
        QCOMPARE(line.value(u"key_id"_s).toString(), u"arn:aws:iam::aws:policy/ViewAiR"_s);
        QCOMPARE(f.fake->count(Op::List), lists); // policies are not in the list

        Answer<ProviderError, QList<AttachedPolicy>> policies;
        f.keys.listPrincipalPolicies(u"a"_s, u"bob"_s, this, policies.callback());
        QVERIFY(policies.wait());
        QCOMPARE(policies.get<1>().size(), 1);
        QCOMPARE(policies.get<1>().first().name, u"ViewAiR"_s);
    }

    void bearersAreListed()
    {
        Fixture f;
        QVERIFY(f.setUp());
        f.fake->bearers = {{u"user"_s, u"alice"_s, u"alice@example.com"_s},
                           {u"user"_s, u"carol"_s, u"carol@example.com"_s},
                           {u"project"_s, u"p-1"_s, u"web"_s}};
        Answer<ProviderError, QList<Bearer>> bearers;
        f.keys.listBearers(u"a"_s, this, bearers.callback());
        QVERIFY(bearers.wait());
        QVERIFY(bearers.get<0>().ok());
        QCOMPARE(bearers.get<1>().size(), 3);
        // Each owner with its keys in the loaded list (the create dialog shows them).
        QCOMPARE(bearers.get<1>()[0].label, u"alice@example.com"_s);
        QCOMPARE(bearers.get<1>()[0].keyCount, 1);
        QCOMPARE(bearers.get<1>()[1].keyCount, 0);
        QCOMPARE(bearers.get<1>()[2].keyCount, -1); // a project owns no keys
    }

    void aListedSecretIsFetchedAgain()
    {
        Fixture f;
        Capabilities caps = FakeProvider::defaultCapabilities();
        caps.secretShownOnce = false;
        f.capabilities.insert(u"a"_s, caps);
        QVERIFY(f.setUp());
        CreateAnswer shown;
        f.keys.revealSecret(u"a"_s, f.first, this, shown.callback());
        QVERIFY(shown.wait());
        QVERIFY(shown.error.ok());
        QVERIFY(shown.created->secret.equals(Secret::fromString(FakeProvider::secretOf(u"k1"_s))));
        QCOMPARE(f.outcome(u"reveal"_s), u"ok"_s);
        QVERIFY(!f.auditText().contains("secret-k1"));
    }

    void aKeptSecretIsReadFromTheKeychain()
    {
        Fixture f;
        QVERIFY(f.setUp());
        QVERIFY(f.keepSecret(u"a"_s, f.first.id, u"kept-secret"_s));
        CreateAnswer shown;
        f.keys.revealSecret(u"a"_s, f.first, this, shown.callback());
        QVERIFY(shown.wait());
        QVERIFY(shown.error.ok());
        QVERIFY(shown.created->secret.equals(Secret::fromString(u"kept-secret"_s)));
        QCOMPARE(shown.created->key, f.first);
        QCOMPARE(f.fake->count(Op::Reveal), 0);
        QCOMPARE(f.outcome(u"reveal-stored"_s), u"ok"_s);

        // A key whose secret is not kept: the provider is asked.
        CreateAnswer other;
        f.keys.revealSecret(u"a"_s, f.second, this, other.callback());
        QVERIFY(other.wait());
        QCOMPARE(f.fake->count(Op::Reveal), 1);
    }

    void verifyingAuditsTheOutcomeNotTheSecret()
    {
        Fixture f;
        QVERIFY(f.setUp());
        Answer<ProviderError, std::optional<Verification>> works;
        f.keys.verifyKey(u"a"_s, f.first, Secret::fromString(FakeProvider::secretOf(u"k1"_s)), this,
                         works.callback());
        QVERIFY(works.wait());
        QCOMPARE(works.get<1>()->outcome, Verification::Outcome::Works);
        QCOMPARE(f.outcome(u"verify"_s), u"works"_s);

        Answer<ProviderError, std::optional<Verification>> refused;
        f.keys.verifyKey(u"a"_s, f.first, Secret::fromString(u"wrong-secret"_s), this,
                         refused.callback());
        QVERIFY(refused.wait());
        QCOMPARE(refused.get<1>()->outcome, Verification::Outcome::Unauthorized);
        QCOMPARE(f.outcome(u"verify"_s), u"refused: HTTP 401 InvalidAccessKeyId"_s);
        QVERIFY(!f.auditText().contains("wrong-secret"));
        QVERIFY(!f.auditText().contains("secret-k1"));
    }

    // Every call on an account whose client is not made fails, from the event loop.
    void callsOnAnUnloadedAccountFailLater()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const QString none = u"missing"_s;
        Answer<ProviderError> revoked, edited, switched, principal, attached;
        Answer<ProviderError, QList<Bearer>> bearers;
        Answer<ProviderError, QList<AttachedPolicy>> policies;
        Answer<ProviderError, std::optional<Verification>> verified;
        CreateAnswer created, shown;
        f.keys.createKey(none, {}, this, created.callback());
        f.keys.revokeKey(none, f.first, this, revoked.callback());
        f.keys.updateKey(none, f.first, {}, this, edited.callback());
        f.keys.setKeyActive(none, f.first, false, this, switched.callback());
        f.keys.setPrincipalActive(none, u"bob"_s, false, this, principal.callback());
        f.keys.attachPrincipalPolicy(none, u"bob"_s, u"arn"_s, this, attached.callback());
        f.keys.listBearers(none, this, bearers.callback());
        f.keys.listPrincipalPolicies(none, u"bob"_s, this, policies.callback());
        f.keys.verifyKey(none, f.first, Secret::fromString(u"s"_s), this, verified.callback());
        f.keys.revealSecret(none, f.first, this, shown.callback());
        QVERIFY(!created.done && !revoked.value && !bearers.value && !verified.value);
        const QString expected = AccountService::notLoaded().message;
        for (auto* answer : {&revoked, &edited, &switched, &principal, &attached}) {
            QVERIFY(answer->wait());
            QCOMPARE(answer->get<0>().message, expected);
        }
        QVERIFY(created.wait() && shown.wait() && bearers.wait() && policies.wait());
        QVERIFY(verified.wait());
        QCOMPARE(created.error.message, expected);
        QVERIFY(!created.created && !shown.created && !verified.get<1>());
        QCOMPARE(bearers.get<0>().message, expected);
        QCOMPARE(policies.get<0>().message, expected);
        QVERIFY(f.auditLines().isEmpty()); // nothing was done
    }

    // A caller that goes before the answer is not called back; what was done is audited all
    // the same.
    void aGoneCallerIsNotCalledBackButTheAuditIsWritten()
    {
        Fixture f;
        QVERIFY(f.setUp());
        FakeProvider::Answer held;
        held.held = true;
        held.applied = true;
        f.fake->script(Op::SetActive, held);
        f.fake->script(Op::Revoke, held);
        auto caller = std::make_unique<QObject>();
        bool answered = false;
        f.keys.setKeyActive(u"a"_s, f.first, false, caller.get(),
                            [&](const ProviderError&) { answered = true; });
        f.keys.revokeKey(u"a"_s, f.second, caller.get(),
                         [&](const ProviderError&) { answered = true; });
        QCOMPARE(f.fake->heldCount(), 2);
        caller.reset();
        f.fake->releaseHeld();
        QTRY_VERIFY_WITH_TIMEOUT(!f.lastAudit(u"revoke"_s).isEmpty(), ConsoleHarness::Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(!f.lastAudit(u"disable"_s).isEmpty(), ConsoleHarness::Timeout);
        QVERIFY(!answered);
    }

    // A reply still in flight when the operations go is deleted with them: no answer, no crash.
    void repliesInFlightDieWithTheirOwner()
    {
        ConsoleHarness h;
        FakeProvider* fake = h.addLoaded(u"a"_s, {FakeProvider::makeKey(u"k1"_s, u"One"_s)});
        QVERIFY(fake);
        fake->hold(Op::Bearers);
        bool answered = false;
        auto keys = std::make_unique<KeyOperations>(h.accounts, h.audit);
        keys->listBearers(u"a"_s, nullptr,
                          [&](const ProviderError&, const QList<Bearer>&) { answered = true; });
        QPointer<ProviderReply> reply = keys->findChild<ProviderReply*>();
        QVERIFY(reply);
        keys.reset();
        QVERIFY(reply.isNull());
        fake->releaseHeld();
        // A list asked for later is answered, so the event loop ran past where an answer to
        // the dead reply would have come.
        const int lists = fake->count(Op::List);
        h.accounts.refresh(u"a"_s);
        QVERIFY(QTest::qWaitFor([&] { return fake->count(Op::List) > lists; },
                                ConsoleHarness::Timeout));
        QVERIFY(h.waitFor(u"a"_s, AccountService::LoadState::Ok));
        QVERIFY(!answered);
    }
};

} // namespace kw

QTEST_GUILESS_MAIN(kw::TestKeyOperations)
#include "test_keyoperations.moc"

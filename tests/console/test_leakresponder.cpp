// LeakResponder: findings matched against every account's keys, the pasted secret tested with
// the provider's own call ("not live" only on the provider's refusal, never on a transport
// failure), actions from Capabilities, and incident lines in the audit log without the secret.
#include "console/AppController.h"
#include "console/ConsoleHarness.h"
#include "console/LeakResponder.h"
#include "test_leakresponder_sandbox.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace kw {

using namespace test;
using Liveness = LeakResponder::Liveness;

namespace {

const QString waysPat =
    u"wayscloud_pat_EXAMPLE123_EXAMPLEsecretEXAMPLEsecretEXAMPLEsecretEXAMPLEsecret1234"_s;
const QString waysPrefix = u"wayscloud_pat_EXAMPLE123"_s;
const QString awsId = u"AKIAIOSFODNN7EXAMPLE"_s;
const QString awsSecret = u"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"_s;
const QString strangerId = u"AKIAI44QH8DHBEXAMPLE"_s;
const QString cwId = u"CWEXAMPLEABCDEFG"_s;
const QString cwSecret = u"cwoEXAMPLE1234567890abcdefghijklmnopqrstuvw"_s;

Capabilities capsOf(const QString& providerId)
{
    Capabilities caps = FakeProvider::defaultCapabilities();
    caps.providerId = providerId;
    caps.providerName = providerId;
    caps.disable = providerId != u"coreweave"_s && providerId != u"wayscloud"_s;
    caps.disablePrincipal = providerId == u"coreweave"_s;
    return caps;
}

// The next verification answers "works", as the provider does for a live secret.
FakeProvider::Answer works()
{
    FakeProvider::Answer answer;
    answer.fill = [](ProviderReply& reply) {
        Verification verification;
        verification.outcome = Verification::Outcome::Works;
        verification.httpStatus = 200;
        reply.setVerification(verification);
    };
    return answer;
}

} // namespace

class TestLeakResponder : public QObject
{
    Q_OBJECT

    struct Fixture : ConsoleHarness
    {
        QNetworkAccessManager network;
        std::unique_ptr<AppController> controller;
        QHash<QString, FakeProvider*> made;

        Fixture()
        {
            controller =
                std::make_unique<AppController>(settings, &vault, &session, &network, &log);
            controller->setFinishesDueRotationsOnLoad(false);
            controller->setProviderMaker(
                [this](const Account& account, Secret, QNetworkAccessManager*) {
                    auto fake = std::make_unique<FakeProvider>(
                        account, capabilities.value(account.id, capsOf(account.provider)));
                    fake->keys = seeds.value(account.id);
                    made.insert(account.id, fake.get());
                    return std::unique_ptr<KeyProvider>(std::move(fake));
                });
        }
        FakeProvider* add(const QString& id, const QString& provider, const QList<ApiKey>& keys)
        {
            seeds.insert(id, keys);
            Account account = makeAccount(id);
            account.provider = provider;
            controller->addSessionAccount(account, Secret::fromString(u"admin token"_s));
            const bool loaded = QTest::qWaitFor(
                [&] {
                    const auto* view = controller->account(id);
                    return view && view->state == AppController::LoadState::Ok;
                },
                Timeout);
            return loaded ? made.value(id) : nullptr;
        }
        bool check(LeakResponder& responder, const QString& paste)
        {
            QSignalSpy finished(&responder, &LeakResponder::finished);
            return responder.check(LeakPatterns::scan(paste)) &&
                   (finished.size() == 1 || finished.wait(Timeout));
        }
    };

    static ApiKey key(const QString& id, const QString& prefix, const QString& owner)
    {
        ApiKey made = FakeProvider::makeKey(id, u"key "_s + id, owner);
        made.prefix = prefix;
        return made;
    }

private slots:
    void matchesTheKeysOfEveryAccount()
    {
        Fixture f;
        QVERIFY(f.add(u"ways"_s, u"wayscloud"_s, {key(u"uuid-1"_s, waysPrefix, u"alice"_s)}));
        QVERIFY(f.add(u"iam"_s, u"wasabi-iam"_s, {key(awsId, awsId, u"bob"_s)}));
        LeakResponder responder(f.controller.get(), &f.log);
        QVERIFY(f.check(responder, u"token "_s + waysPat + u"\nold id "_s + awsId +
                                       u"\nsomeone's "_s + strangerId));
        const QList<LeakResponder::Item>& items = responder.items();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items[0].matches.size(), 1);
        QCOMPARE(items[0].matches[0].accountId, u"ways"_s);
        QCOMPARE(items[0].matches[0].key.id, u"uuid-1"_s);
        QCOMPARE(items[1].matches.size(), 1);
        QCOMPARE(items[1].matches[0].accountLabel, u"Label of iam"_s);
        QCOMPARE(items[1].liveness, Liveness::NoSecret);
        QVERIFY(items[2].matches.isEmpty()); // not one of yours
        QCOMPARE(LeakPatterns::lookalikeName(items[2].kind), u"Wasabi IAM / AWS"_s);
        QVERIFY(responder.unloadedAccounts().isEmpty());
    }

    void testsOnlyThePastedSecret()
    {
        Fixture f;
        FakeProvider* iam = f.add(u"iam"_s, u"wasabi-iam"_s, {key(awsId, awsId, u"bob"_s)});
        QVERIFY(iam);
        LeakResponder responder(f.controller.get(), &f.log);
        const QString paste = awsId + u" "_s + awsSecret;

        iam->script(FakeProvider::Op::Verify, works());
        QVERIFY(f.check(responder, paste));
        QCOMPARE(responder.items().first().liveness, Liveness::Live);

        // The fake refuses any secret but its own: the provider's 401.
        QVERIFY(f.check(responder, paste));
        QCOMPARE(responder.items().first().liveness, Liveness::NotLive);
        QVERIFY(responder.items().first().livenessDetail.contains(u"401"_s));

        // The provider down is "could not be checked", never "not live".
        iam->fail(FakeProvider::Op::Verify,
                  {ProviderError::Kind::Network, 0, u"Connection refused"_s, {}});
        QVERIFY(f.check(responder, paste));
        QCOMPARE(responder.items().first().liveness, Liveness::Unknown);
        QCOMPARE(iam->count(FakeProvider::Op::Verify), 3);
    }

    void aSecretOfNoListedKeyIsTestedAtItsProvider()
    {
        Fixture f;
        FakeProvider* iam = f.add(u"iam"_s, u"wasabi-iam"_s, {key(awsId, awsId, u"bob"_s)});
        QVERIFY(iam);
        LeakResponder responder(f.controller.get(), &f.log);
        QVERIFY(f.check(responder, strangerId + u" "_s + awsSecret));
        const LeakResponder::Item item = responder.items().first();
        QVERIFY(item.matches.isEmpty());
        QCOMPARE(item.liveness, Liveness::NotLive); // the fake refuses a key it does not hold
        QCOMPARE(iam->count(FakeProvider::Op::Verify), 1);

        // No account of the provider it looks like: nothing to ask, so not "not live".
        QVERIFY(f.check(responder, cwId + u" "_s + cwSecret));
        QCOMPARE(responder.items().first().liveness, Liveness::Unknown);
    }

    void noVerificationCallIsCouldNotBeChecked()
    {
        Fixture f;
        Capabilities caps = capsOf(u"wasabi-iam"_s);
        caps.verify = false;
        f.capabilities.insert(u"iam"_s, caps);
        FakeProvider* iam = f.add(u"iam"_s, u"wasabi-iam"_s, {key(awsId, awsId, u"bob"_s)});
        QVERIFY(iam);
        LeakResponder responder(f.controller.get(), &f.log);
        QVERIFY(f.check(responder, awsId + u" "_s + awsSecret));
        QCOMPARE(responder.items().first().liveness, Liveness::Unknown);
        QCOMPARE(iam->count(FakeProvider::Op::Verify), 0);
    }

    void revokeRevokesExactlyThatKeyAndRecordsAnIncident()
    {
        Fixture f;
        FakeProvider* ways = f.add(u"ways"_s, u"wayscloud"_s,
                                   {key(u"uuid-1"_s, waysPrefix, u"alice"_s),
                                    key(u"uuid-2"_s, u"wayscloud_pat_OTHER12345"_s, u"alice"_s)});
        QVERIFY(ways);
        LeakResponder responder(f.controller.get(), &f.log);
        QVERIFY(f.check(responder, waysPat));
        const LeakResponder::Match match = responder.items().first().matches.first();
        QVERIFY(!responder.canDisable(match)); // WAYSCloud has no disable
        std::optional<ProviderError> revoked;
        responder.revoke(match, this, [&](const ProviderError& e) { revoked = e; });
        QTRY_VERIFY_WITH_TIMEOUT(revoked.has_value(), Fixture::Timeout);
        QVERIFY(revoked->ok());
        QVERIFY(!ways->has(u"uuid-1"_s));
        QVERIFY(ways->has(u"uuid-2"_s));

        const QByteArray audit = f.auditText();
        QVERIFY(!audit.contains(waysPat.toLatin1()));
        QVERIFY(!audit.contains("EXAMPLEsecretEXAMPLEsecret"));
        int incidents = 0;
        bool revokeRecorded = false;
        for (const QJsonObject& line : f.auditLines()) {
            if (line.value(u"action"_s).toString() != u"incident"_s)
                continue;
            ++incidents;
            QCOMPARE(line.value(u"key_id"_s).toString(), u"uuid-1"_s);
            revokeRecorded =
                revokeRecorded || line.value(u"outcome"_s).toString() == u"revoke now: ok"_s;
        }
        QCOMPARE(incidents, 2); // what was found, what was done
        QVERIFY(revokeRecorded);
    }

    void disableSuspendsTheOwnerWhereOnlyOwnersCanBe()
    {
        Fixture f;
        FakeProvider* cw = f.add(u"cw"_s, u"coreweave"_s,
                                 {key(cwId, cwId, u"coreweave/ci"_s),
                                  key(u"CWEXAMPLEOTHER01"_s, {}, u"coreweave/ci"_s),
                                  key(u"CWEXAMPLEOTHER02"_s, {}, u"coreweave/web"_s)});
        QVERIFY(cw);
        LeakResponder responder(f.controller.get(), &f.log);
        QVERIFY(f.check(responder, cwId + u":"_s + cwSecret));
        const LeakResponder::Match match = responder.items().first().matches.first();
        QVERIFY(responder.canDisable(match));
        QVERIFY(responder.disableStopsOwner(match));
        QCOMPARE(responder.keysStoppedByDisable(match), 2);
        std::optional<ProviderError> disabled;
        responder.disable(match, this, [&](const ProviderError& e) { disabled = e; });
        QTRY_VERIFY_WITH_TIMEOUT(disabled.has_value(), Fixture::Timeout);
        QVERIFY(disabled->ok());
        QCOMPARE(cw->count(FakeProvider::Op::SetPrincipalActive), 1);
        for (const FakeProvider::Call& call : cw->calls) {
            if (call.op == FakeProvider::Op::SetPrincipalActive)
                QCOMPARE(call.subject, u"coreweave/ci"_s);
        }
        QVERIFY(f.auditText().contains("suspends owner coreweave/ci, 2 keys"));
        QVERIFY(!f.auditText().contains(cwSecret.toLatin1()));
    }

    void rotateReplacesTheKeyWithGraceZero()
    {
        Fixture f;
        FakeProvider* iam = f.add(u"iam"_s, u"wasabi-iam"_s, {key(awsId, awsId, u"bob"_s)});
        QVERIFY(iam);
        LeakResponder responder(f.controller.get(), &f.log);
        QVERIFY(f.check(responder, awsId));
        const LeakResponder::Match match = responder.items().first().matches.first();
        QString recordId;
        bool created = false;
        responder.rotate(match, this, [&](const ProviderError& e, CreatedKey* key, QString id) {
            created = e.ok() && key && !key->secret.isEmpty();
            recordId = id;
        });
        QTRY_VERIFY_WITH_TIMEOUT(!recordId.isEmpty(), Fixture::Timeout);
        QVERIFY(created);
        std::optional<ProviderError> finished;
        responder.finishRotation(match, recordId, this,
                                 [&](const ProviderError& e) { finished = e; });
        QTRY_VERIFY_WITH_TIMEOUT(finished.has_value(), Fixture::Timeout);
        QVERIFY(finished->ok());
        QVERIFY(!iam->has(awsId));
        QCOMPARE(iam->keys.size(), 1);
    }

    // Against a real server (the Wasabi IAM sandbox, the pasted pair tested with a signed S3
    // call): live; the provider down is "could not be checked", never "not live", and live again
    // once it is back; a wrong secret, a disabled key and a revoked key are "not live".
    void livenessAgainstTheSandbox()
    {
        LeakSandboxFixture f;
        QVERIFY(f.setUp());
        const QString accountId = f.addLoaded(u"wasabi-iam"_s);
        QVERIFY(!accountId.isEmpty());
        KeySpec spec;
        spec.name = u"leaked ci key"_s;
        spec.bearerType = u"user"_s;
        spec.bearerId = u"ci-readonly"_s;
        const std::optional<CreatedKey> created = f.create(accountId, spec);
        QVERIFY(created);
        const QString keyId = created->key.id;
        const QString secret = QString::fromLatin1(created->secret.view());
        const QString paste =
            u"AWS_ACCESS_KEY_ID="_s + keyId + u"\nAWS_SECRET_ACCESS_KEY="_s + secret + u"\n"_s;
        LeakResponder responder(f.controller.get(), &f.audit);
        using Fx = LeakSandboxFixture;

        QCOMPARE(Fx::livenessOf(responder, paste), Liveness::Live);
        QCOMPARE(responder.items().first().matches.size(), 1);
        QCOMPARE(responder.items().first().matches.first().key.id, keyId);

        sandbox::Fault down;
        down.kind = sandbox::Fault::Kind::ResetBeforeHeaders;
        down.count = -1;
        f.host.wasabiIam()->injectFault(down);
        QCOMPARE(Fx::livenessOf(responder, paste), Liveness::Unknown);
        f.host.wasabiIam()->clearFaults();
        QCOMPARE(Fx::livenessOf(responder, paste), Liveness::Live);

        // The same id with a secret of the right shape that is not its own.
        QString wrong = secret;
        wrong[5] = wrong[5] == u'A' ? u'B' : u'A';
        QCOMPARE(Fx::livenessOf(responder, keyId + u" "_s + wrong), Liveness::NotLive);

        const LeakResponder::Match match = responder.items().first().matches.first();
        QVERIFY(responder.canDisable(match));
        std::optional<ProviderError> disabled;
        responder.disable(match, this, [&](const ProviderError& e) { disabled = e; });
        QTRY_VERIFY_WITH_TIMEOUT(disabled.has_value(), Fx::Timeout);
        QVERIFY2(disabled->ok(), qPrintable(disabled->toString()));
        QVERIFY(!f.host.wasabiIam()->accessKeys(u"ci-readonly"_s).first().active);
        QCOMPARE(Fx::livenessOf(responder, paste), Liveness::NotLive);

        std::optional<ProviderError> revoked;
        responder.revoke(responder.items().first().matches.first(), this,
                         [&](const ProviderError& e) { revoked = e; });
        QTRY_VERIFY_WITH_TIMEOUT(revoked.has_value(), Fx::Timeout);
        QVERIFY2(revoked->ok(), qPrintable(revoked->toString()));
        QVERIFY(f.host.wasabiIam()->accessKeys(u"ci-readonly"_s).isEmpty());
        QCOMPARE(Fx::livenessOf(responder, paste), Liveness::NotLive);

        QFile audit(f.audit.filePath());
        QVERIFY(audit.open(QIODevice::ReadOnly));
        const QByteArray written = audit.readAll();
        QVERIFY(written.contains("incident"));
        QVERIFY(!written.contains(secret.toLatin1()));
    }

    void clearWipesAndForgets()
    {
        Fixture f;
        QVERIFY(f.add(u"iam"_s, u"wasabi-iam"_s, {key(awsId, awsId, u"bob"_s)}));
        LeakResponder responder(f.controller.get(), &f.log);
        QVERIFY(f.check(responder, awsId + u" "_s + awsSecret));
        QCOMPARE(responder.items().size(), 1);
        responder.clear();
        QVERIFY(responder.items().isEmpty());
        QVERIFY(!responder.isRunning());
    }
};

} // namespace kw

QTEST_GUILESS_MAIN(kw::TestLeakResponder)
#include "test_leakresponder.moc"

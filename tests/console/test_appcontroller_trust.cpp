// AppController's trust rules against the in-process sandboxes over loopback: a revocation is
// reported only when it is true, a rotation's old key is revoked as its owner's, and a create
// whose answer went missing loses no key.
#include "console/AppController.h"
#include "core/AuditLog.h"
#include "core/Rotation.h"
#include "sandbox/Fault.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/wasabiiam/WasabiIamSandbox.h"
#include "sandbox/wayscloud/WaysCloudSandbox.h"
#include "support/DelegatingProvider.h"
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

class TestAppControllerTrust : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        QTemporaryDir dir;
        QSettings settings{dir.filePath(u"settings.ini"_s), QSettings::IniFormat};
        MemoryStore vault;
        MemoryStore session;
        QNetworkAccessManager network;
        AuditLog audit{dir.filePath(u"audit.log"_s)};
        sandbox::SandboxHost host;
        QHash<QString, Account> accounts;                    // by provider id
        QHash<QString, test::DelegatingProvider*> providers; // the latest made, by account id
        std::unique_ptr<AppController> controller;

        bool setUp()
        {
            sandbox::SandboxHost::Options options;
            options.samples = 4;
            options.waysCloudSamples = 4;
            if (!host.start(options))
                return false;
            newController();
            return true;
        }
        // A second controller on the same settings is what a restart looks like.
        void newController()
        {
            providers.clear();
            controller =
                std::make_unique<AppController>(settings, &vault, &session, &network, &audit);
            controller->setFinishesDueRotationsOnLoad(false);
            controller->setProviderMaker(
                [this](const Account& account, Secret token, QNetworkAccessManager* net) {
                    auto made = std::make_unique<test::DelegatingProvider>(
                        createProvider(account, std::move(token), net));
                    providers.insert(account.id, made.get());
                    return std::unique_ptr<KeyProvider>(std::move(made));
                });
        }
        QString add(const QString& providerId)
        {
            const auto endpoint = host.endpoint(providerId);
            Account account;
            account.id = u"acc-"_s + providerId;
            account.provider = providerId;
            account.label = providerId;
            account.endpoint = endpoint->url;
            account.organizationId = endpoint->organizationId;
            account.s3Endpoint = endpoint->s3Endpoint;
            account.region = endpoint->region;
            account.sandbox = true;
            accounts.insert(providerId, account);
            controller->addSessionAccount(account, Secret::fromString(endpoint->adminToken));
            return account.id;
        }
        AppController::LoadState state(const QString& id) const
        {
            const auto* view = controller->account(id);
            return view ? view->state : AppController::LoadState::Idle;
        }
        bool loaded(const QString& id)
        {
            return QTest::qWaitFor([&] { return state(id) == AppController::LoadState::Ok; },
                                   Timeout);
        }
        // What the provider really holds, asked by a client of its own.
        // A client of the test's own, beside the controller's.
        std::unique_ptr<KeyProvider> ownClient(const QString& providerId)
        {
            const auto endpoint = host.endpoint(providerId);
            return createProvider(accounts.value(providerId),
                                  Secret::fromString(endpoint->adminToken), &network);
        }
        QList<ApiKey> listedByProvider(const QString& providerId)
        {
            const auto client = ownClient(providerId); // alive until its answer is in
            std::unique_ptr<ProviderReply> reply(client->listKeys());
            if (!QTest::qWaitFor([&] { return reply->isFinished(); }, Timeout) || !reply->ok())
                return {};
            return reply->keys();
        }
        static bool contains(const QList<ApiKey>& keys, const QString& id)
        {
            return std::any_of(keys.begin(), keys.end(),
                               [&](const ApiKey& key) { return key.id == id; });
        }
        std::optional<RotationRecord> record(const QString& id)
        {
            for (const RotationRecord& r : controller->rotations().all()) {
                if (r.id == id)
                    return r;
            }
            return std::nullopt;
        }
        // The WAYSCloud account, added and listed.
        QString waysCloudLoaded()
        {
            const QString id = add(u"wayscloud"_s);
            return loaded(id) ? id : QString();
        }
        void waysCloudFault(sandbox::Fault::Kind kind, const QByteArray& method)
        {
            sandbox::Fault fault;
            fault.kind = kind;
            fault.method = method;
            host.waysCloud()->injectFault(fault);
        }
        ProviderError finishDue(const QString& id)
        {
            std::optional<ProviderError> outcome;
            controller->finishDueRotations(id, nullptr,
                                           [&](const ProviderError& error) { outcome = error; });
            if (!QTest::qWaitFor([&] { return outcome.has_value(); }, Timeout))
                return {ProviderError::Kind::Timeout, 0, u"no answer from the controller"_s, {}};
            return *outcome;
        }
        // The controller's provider answers every revoke with a 404, the key left in place.
        void revokesAnswer404(const QString& id)
        {
            providers.value(id)->onRevoke = [](const ApiKey&) {
                return test::DelegatingProvider::failing(
                    {ProviderError::Kind::NotFound, 404, u"Key not found"_s, {}});
            };
        }
        ProviderError revoke(const QString& id, const ApiKey& key)
        {
            std::optional<ProviderError> answer;
            controller->revokeKey(id, key, nullptr,
                                  [&](const ProviderError& error) { answer = error; });
            if (!QTest::qWaitFor([&] { return answer.has_value(); }, Timeout))
                return {ProviderError::Kind::Timeout, 0, u"no answer from the controller"_s, {}};
            return *answer;
        }
        struct Created
        {
            ProviderError error;
            std::optional<CreatedKey> key;
        };
        Created create(const QString& id, const KeySpec& spec)
        {
            bool done = false;
            Created outcome;
            controller->createKey(id, spec, nullptr, [&](const ProviderError& e, CreatedKey* c) {
                outcome.error = e;
                if (c)
                    outcome.key = std::move(*c);
                done = true;
            });
            if (!QTest::qWaitFor([&] { return done; }, Timeout))
                outcome.error = {ProviderError::Kind::Timeout, 0, u"no answer"_s, {}};
            return outcome;
        }
        QByteArray auditText()
        {
            QFile file(audit.filePath());
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }
    };

    // Starts a rotation of key and hands it over with a grace period that is already over.
    static QString rotateWithDueRevocation(Fixture& f, const QString& accountId, const ApiKey& key)
    {
        const Capabilities& caps = *f.controller->account(accountId)->capabilities;
        KeySpec spec = rotationSpecFor(key, caps, f.controller->now());
        QString recordId;
        bool created = false;
        f.controller->startRotation(
            accountId, key, spec, nullptr,
            [&](const ProviderError& error, CreatedKey* made, const QString& id) {
                created = !error && made && !made->secret.isEmpty();
                recordId = id;
            });
        if (!QTest::qWaitFor([&] { return !recordId.isEmpty(); }, Timeout) || !created)
            return {};
        bool handed = false;
        f.controller->finishHandover(recordId, false, 0, nullptr,
                                     [&](const ProviderError&) { handed = true; });
        if (!QTest::qWaitFor([&] { return handed; }, Timeout))
            return {};
        return recordId;
    }

private slots:
    void dueRevocationBeforeAnyListRevokesTheSubUsersKey()
    {
        Fixture f;
        QVERIFY(f.setUp());
        sandbox::WasabiIamSandbox* iam = f.host.wasabiIam();
        const QString id = f.add(u"wasabi-iam"_s);
        QVERIFY(f.loaded(id));
        // A sub-user with one key, so that the rotation's new key fits the 2-key limit.
        std::optional<ApiKey> old;
        for (const ApiKey& key : f.controller->account(id)->keys) {
            if (!key.principal.isEmpty() && key.principal != u"root"_s &&
                key.status == KeyStatus::Active && iam->accessKeys(key.principal).size() == 1)
                old = key;
        }
        QVERIFY(old);
        const QString recordId = rotateWithDueRevocation(f, id, *old);
        QVERIFY(!recordId.isEmpty());
        QCOMPARE(f.record(recordId)->oldKeyOwner, old->principal);

        // A restart whose first list fails: the due revocation runs with no key listed.
        f.newController();
        sandbox::Fault down;
        down.kind = sandbox::Fault::Kind::InternalError;
        down.count = -1;
        iam->injectFault(down);
        f.add(u"wasabi-iam"_s);
        QVERIFY(QTest::qWaitFor([&] { return f.state(id) == AppController::LoadState::Error; },
                                Timeout));
        iam->clearFaults();
        QVERIFY(f.controller->account(id)->keys.isEmpty());
        ProviderError outcome = f.finishDue(id);
        QVERIFY2(outcome.ok(), qPrintable(outcome.toString()));
        QCOMPARE(f.record(recordId)->state, RotationRecord::State::Completed);
        for (const auto& state : iam->accessKeys(old->principal))
            QVERIFY2(state.accessKeyId != old->id, "the sub-user's old key still exists");
    }

    void notFoundOnRevokeIsCheckedAgainstAFreshList()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const QString id = f.waysCloudLoaded();
        QVERIFY(!id.isEmpty());
        const ApiKey key = f.controller->account(id)->keys.first();
        // The provider says 404, yet the key is still there: not revoked, and said so.
        f.revokesAnswer404(id);
        const ProviderError answer = f.revoke(id, key);
        QVERIFY(!answer.ok());
        QVERIFY2(answer.message.contains(u"still lists"_s), qPrintable(answer.message));
        QVERIFY(Fixture::contains(f.listedByProvider(u"wayscloud"_s), key.id));

        // Gone for real (revoked behind the console's back): a 404 is "already gone".
        f.providers.value(id)->onRevoke = nullptr;
        const ApiKey other = f.controller->account(id)->keys.last();
        {
            auto client = f.ownClient(u"wayscloud"_s);
            std::unique_ptr<ProviderReply> gone(client->revokeKey(other));
            QVERIFY(QTest::qWaitFor([&] { return gone->isFinished(); }, Timeout));
            QVERIFY(gone->ok());
        }
        const ProviderError second = f.revoke(id, other);
        QVERIFY2(second.ok(), qPrintable(second.toString()));
        QVERIFY(f.auditText().contains("already gone"));
    }

    void aRetriedRevokeThatFindsNothingIsConfirmed()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const QString id = f.waysCloudLoaded();
        QVERIFY(!id.isEmpty());
        const ApiKey key = f.controller->account(id)->keys.first();
        // The delete happens, its answer is cut off, the retry meets a 404: the provider
        // cannot tell "deleted by my first attempt" from "never there", a fresh list can.
        f.waysCloudFault(sandbox::Fault::Kind::FailAfterCommit, "DELETE");
        const ProviderError answer = f.revoke(id, key);
        QVERIFY2(answer.ok(), qPrintable(answer.toString()));
        QVERIFY(!Fixture::contains(f.listedByProvider(u"wayscloud"_s), key.id));
        QVERIFY(f.auditText().contains("already gone"));
    }

    void rotationKeepsItsRecordOpenWhenA404IsNotConfirmed()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const QString id = f.waysCloudLoaded();
        QVERIFY(!id.isEmpty());
        const ApiKey old = f.controller->account(id)->keys.first();
        const QString recordId = rotateWithDueRevocation(f, id, old);
        QVERIFY(!recordId.isEmpty());
        f.revokesAnswer404(id);
        ProviderError outcome = f.finishDue(id);
        QVERIFY(!outcome.ok());
        const RotationRecord after = *f.record(recordId);
        QCOMPARE(after.state, RotationRecord::State::GracePeriod); // tried again later
        QVERIFY(!after.newKeyId.isEmpty());
        QVERIFY(Fixture::contains(f.listedByProvider(u"wayscloud"_s), old.id));

        // And once the real provider answers, the rotation completes.
        f.providers.value(id)->onRevoke = nullptr;
        outcome = f.finishDue(id);
        QVERIFY2(outcome.ok(), qPrintable(outcome.toString()));
        QCOMPARE(f.record(recordId)->state, RotationRecord::State::Completed);
        QVERIFY(!Fixture::contains(f.listedByProvider(u"wayscloud"_s), old.id));
    }

    void lostCreateAnswerIsFoundAsAnOrphan()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const QString id = f.waysCloudLoaded();
        QVERIFY(!id.isEmpty());
        f.waysCloudFault(sandbox::Fault::Kind::FailAfterCommit, "POST");
        KeySpec spec;
        spec.name = u"Lost answer uploads"_s;
        spec.services = {u"storage"_s};
        const Fixture::Created outcome = f.create(id, spec);
        const std::optional<CreatedKey>& told = outcome.key;
        QVERIFY(!outcome.error.ok());
        QVERIFY(told);
        QVERIFY(told->orphan);
        QVERIFY(told->secret.isEmpty());
        QCOMPARE(told->key.name, spec.name);
        QVERIFY(Fixture::contains(f.listedByProvider(u"wayscloud"_s), told->key.id));
        QVERIFY(f.auditText().contains("orphan"));
    }

    void refusedCreateSaysNothingWasCreated()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const QString id = f.waysCloudLoaded();
        QVERIFY(!id.isEmpty());
        const int before = f.host.waysCloud()->keyCount();
        // A 500 answers instead of the handler: nothing is made.
        f.waysCloudFault(sandbox::Fault::Kind::InternalError, "POST");
        KeySpec spec;
        spec.name = u"Never made"_s;
        spec.services = {u"storage"_s};
        const Fixture::Created outcome = f.create(id, spec);
        const ProviderError& error = outcome.error;
        QVERIFY(!error.ok());
        QVERIFY(!outcome.key);
        QVERIFY2(error.detail.contains(u"nothing was created"_s), qPrintable(error.detail));
        QCOMPARE(f.host.waysCloud()->keyCount(), before);
    }

    void rotationWithALostAnswerKeepsTheOldKeyAndNamesTheOrphan()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const QString id = f.waysCloudLoaded();
        QVERIFY(!id.isEmpty());
        const ApiKey old = f.controller->account(id)->keys.first();
        f.waysCloudFault(sandbox::Fault::Kind::FailAfterCommit, "POST");
        const Capabilities& caps = *f.controller->account(id)->capabilities;
        KeySpec spec = rotationSpecFor(old, caps, f.controller->now());
        spec.name = rotatedKeyName(old.name, f.controller->now().date());
        QString recordId;
        ProviderError error;
        bool orphan = false;
        f.controller->startRotation(
            id, old, spec, nullptr,
            [&](const ProviderError& e, CreatedKey* made, const QString& rid) {
                error = e;
                orphan = made && made->orphan;
                recordId = rid;
            });
        QVERIFY(QTest::qWaitFor([&] { return !recordId.isEmpty(); }, Timeout));
        QVERIFY(!error.ok());
        QVERIFY(orphan);
        const RotationRecord record = *f.record(recordId);
        QCOMPARE(record.state, RotationRecord::State::Abandoned);
        QVERIFY(!record.newKeyId.isEmpty()); // a restart can find both keys
        const QList<ApiKey> listed = f.listedByProvider(u"wayscloud"_s);
        QVERIFY(Fixture::contains(listed, old.id));
        QVERIFY(Fixture::contains(listed, record.newKeyId));
    }

    void secretWithoutAnIdIsShownAndTheIdLookedUp()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const QString id = f.waysCloudLoaded();
        QVERIFY(!id.isEmpty());
        f.providers.value(id)->editCreated = [](CreatedKey& created) { created.key.id.clear(); };
        KeySpec spec;
        spec.name = u"Answer without id"_s;
        spec.services = {u"storage"_s};
        const Fixture::Created outcome = f.create(id, spec);
        const std::optional<CreatedKey>& told = outcome.key;
        QVERIFY2(outcome.error.ok(), qPrintable(outcome.error.toString()));
        QVERIFY(told && !told->secret.isEmpty() && !told->orphan);
        QVERIFY(!told->key.id.isEmpty());
        QVERIFY(Fixture::contains(f.listedByProvider(u"wayscloud"_s), told->key.id));
    }

    void auditWriteFailureIsSignalled()
    {
        Fixture f;
        QVERIFY(f.setUp());
        // A folder where the log file should be: nothing can be appended.
        QVERIFY(QDir().mkpath(f.audit.filePath()));
        QSignalSpy failed(f.controller.get(), &AppController::auditWriteFailed);
        const QString id = f.waysCloudLoaded();
        QVERIFY(!id.isEmpty());
        const ApiKey key = f.controller->account(id)->keys.first();
        f.revoke(id, key);
        QVERIFY(!failed.isEmpty());
        QCOMPARE(failed.first().at(0).toString(), f.audit.filePath());
        QVERIFY(!failed.first().at(1).toString().isEmpty());
    }
};

} // namespace kw

QTEST_GUILESS_MAIN(kw::TestAppControllerTrust)
#include "test_appcontroller_trust.moc"

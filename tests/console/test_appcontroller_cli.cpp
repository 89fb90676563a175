// AppController as keywarden-cli drives it: accounts loaded one at a time, a list without side
// effects, due rotations finished on request, stored secrets forgotten on revoke. Against the
// WAYSCloud emulator over loopback.
#include "console/AppController.h"
#include "core/AccountStore.h"
#include "core/AuditLog.h"
#include "sandbox/wayscloud/WaysCloudSandbox.h"
#include "vault/MemoryStore.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace kw {

class TestAppControllerCli : public QObject
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
        sandbox::WaysCloudSandbox sandbox;
        Account account;
        std::unique_ptr<AppController> controller;

        bool setUp()
        {
            if (!sandbox.listen())
                return false;
            sandbox.seedSamples(3);
            account.id = u"acc-1"_s;
            account.provider = u"wayscloud"_s;
            account.label = u"ways"_s;
            account.endpoint = sandbox.url();
            AccountStore(settings).add(account);
            bool written = false;
            vault.write(account.vaultKey(), Secret::fromString(sandbox.adminToken()), nullptr,
                        [&](const SecretStore::Result& r) { written = r.ok(); });
            if (!QTest::qWaitFor([&] { return written; }, 5000))
                return false;
            controller =
                std::make_unique<AppController>(settings, &vault, &session, &network, &audit);
            controller->setFinishesDueRotationsOnLoad(false);
            return true;
        }
        bool load()
        {
            controller->refresh(account.id);
            return QTest::qWaitFor(
                [&] {
                    const auto* view = controller->account(account.id);
                    return view && view->state == AppController::LoadState::Ok;
                },
                10000);
        }
    };

private slots:
    void savedAccountsAreAddedWithoutBeingRead()
    {
        Fixture f;
        QVERIFY(f.setUp());
        f.controller->loadSavedAccounts();
        QCOMPARE(f.controller->accountIds(), QStringList{f.account.id});
        QCOMPARE(f.controller->account(f.account.id)->state, AppController::LoadState::Idle);
        QTest::qWait(100);
        QCOMPARE(f.sandbox.requestCount(), 0);
        QVERIFY(f.load());
        QCOMPARE(f.controller->account(f.account.id)->keys.size(), f.sandbox.keyCount());
    }

    void aListLeavesDueRotationsAloneUntilAsked()
    {
        Fixture f;
        QVERIFY(f.setUp());
        f.controller->loadSavedAccounts();
        QVERIFY(f.load());
        const ApiKey old = f.controller->account(f.account.id)->keys.first();
        RotationRecord record;
        record.id = u"rotation-1"_s;
        record.accountId = f.account.id;
        record.oldKeyId = old.id;
        record.oldKeyName = old.name;
        record.started = QDateTime::currentDateTimeUtc().addDays(-8);
        record.state = RotationRecord::State::GracePeriod;
        record.revokeAfter = QDateTime::currentDateTimeUtc().addDays(-1);
        f.controller->rotations().save(record);
        const int keysBefore = f.sandbox.keyCount();

        QVERIFY(f.load()); // a list: nothing is revoked
        QTest::qWait(100);
        QCOMPARE(f.sandbox.keyCount(), keysBefore);
        QCOMPARE(f.controller->rotations().due(QDateTime::currentDateTimeUtc()).size(), 1);

        std::optional<ProviderError> finished;
        f.controller->finishDueRotations(f.account.id, this,
                                         [&](const ProviderError& e) { finished = e; });
        QTRY_VERIFY_WITH_TIMEOUT(finished.has_value(), 10000);
        QVERIFY2(finished->ok(), qPrintable(finished->toString()));
        QCOMPARE(f.sandbox.keyCount(), keysBefore - 1);
        const QList<RotationRecord> all = f.controller->rotations().all();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().state, RotationRecord::State::Completed);

        // Nothing due any more: the answer still comes, from the event loop.
        finished.reset();
        f.controller->finishDueRotations(f.account.id, this,
                                         [&](const ProviderError& e) { finished = e; });
        QVERIFY(!finished.has_value());
        QTRY_VERIFY_WITH_TIMEOUT(finished.has_value(), 5000);
        QVERIFY(finished->ok());
    }

    void finishingDueRotationsOfAnUnloadedAccountFails()
    {
        Fixture f;
        QVERIFY(f.setUp());
        f.controller->loadSavedAccounts();
        std::optional<ProviderError> finished;
        f.controller->finishDueRotations(f.account.id, this,
                                         [&](const ProviderError& e) { finished = e; });
        QTRY_VERIFY_WITH_TIMEOUT(finished.has_value(), 5000);
        QVERIFY(!finished->ok());
    }

    void aRevokeForgetsTheStoredSecret()
    {
        Fixture f;
        QVERIFY(f.setUp());
        f.controller->loadSavedAccounts();
        QVERIFY(f.load());
        KeySpec spec;
        spec.name = u"Nightly backup EXAMPLE"_s;
        spec.services = {u"storage"_s};
        std::optional<ApiKey> created;
        std::shared_ptr<Secret> secret;
        f.controller->createKey(f.account.id, spec, this,
                                [&](const ProviderError& e, CreatedKey* key) {
                                    QVERIFY2(!e, qPrintable(e.toString()));
                                    created = key->key;
                                    secret = std::make_shared<Secret>(std::move(key->secret));
                                });
        QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 10000);
        bool stored = false;
        f.controller->storedSecrets().store(
            {f.account.id, created->id, QDateTime::currentDateTimeUtc(), {}}, *secret, this,
            [&](const SecretStore::Result& r) { stored = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(stored, 5000);
        QVERIFY(f.controller->storedSecrets().contains(f.account.id, created->id));

        std::optional<ProviderError> revoked;
        f.controller->revokeKey(f.account.id, *created, this,
                                [&](const ProviderError& e) { revoked = e; });
        QTRY_VERIFY_WITH_TIMEOUT(revoked.has_value(), 10000);
        QVERIFY(revoked->ok());
        QVERIFY(!f.controller->storedSecrets().contains(f.account.id, created->id));
        std::optional<SecretStore::Status> read;
        f.vault.read(StoredKeySecrets::vaultKey(f.account.id, created->id), this,
                     [&](const SecretStore::Result& r) { read = r.status; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 5000);
        QCOMPARE(*read, SecretStore::Status::NotFound);
    }
};

} // namespace kw

QTEST_GUILESS_MAIN(kw::TestAppControllerCli)
#include "test_appcontroller_cli.moc"

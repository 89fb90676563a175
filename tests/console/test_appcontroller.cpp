// AppController as the facade the window and the CLI call: each call reaches the part that does
// it, the parts' signals come out of the controller, and its time is the app's clock.
#include "console/AppController.h"
#include "console/ConsoleHarness.h"
#include "core/Clock.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace kw {

using namespace test;

class TestAppController : public QObject
{
    Q_OBJECT

    // The harness's folder, settings and vaults, with a controller of its own on them.
    struct Fixture : ConsoleHarness
    {
        QNetworkAccessManager network;
        std::unique_ptr<AuditLog> otherLog;
        std::unique_ptr<AppController> controller;
        FakeProvider* fake = nullptr;

        explicit Fixture(const QString& auditPath = {})
        {
            if (!auditPath.isEmpty())
                otherLog = std::make_unique<AuditLog>(auditPath);
            controller = std::make_unique<AppController>(settings, &vault, &session, &network,
                                                         otherLog ? otherLog.get() : &log);
            controller->setProviderMaker(
                [this](const Account& account, Secret, QNetworkAccessManager* net) {
                    // The controller hands its network manager on to the client it makes.
                    auto made = std::make_unique<FakeProvider>(account);
                    made->keys = {FakeProvider::makeKey(u"old"_s, u"Backup"_s)};
                    made->setProperty("network", QVariant::fromValue<QObject*>(net));
                    fake = made.get();
                    return std::unique_ptr<KeyProvider>(std::move(made));
                });
        }
        bool addLoaded()
        {
            controller->addSessionAccount(ConsoleHarness::makeAccount(u"a"_s),
                                          Secret::fromString(u"t"_s));
            return QTest::qWaitFor(
                [&] {
                    const auto* view = controller->account(u"a"_s);
                    return view && view->state == AppController::LoadState::Ok;
                },
                ConsoleHarness::Timeout);
        }
    };

private slots:
    void theClientIsMadeByTheProviderMaker()
    {
        Fixture f;
        QSignalSpy added(f.controller.get(), &AppController::accountAdded);
        QSignalSpy changed(f.controller.get(), &AppController::accountChanged);
        QVERIFY(f.addLoaded());
        QCOMPARE(added.size(), 1);
        QVERIFY(changed.size() >= 3); // reading the token, listing, listed
        QVERIFY(f.fake);
        QCOMPARE(f.fake->property("network").value<QObject*>(), &f.network);
        QCOMPARE(f.controller->accountIds(), QStringList{u"a"_s});
        QCOMPARE(f.controller->account(u"a"_s)->keys.size(), 1);
        QSignalSpy removed(f.controller.get(), &AppController::accountRemoved);
        f.controller->removeAccount(u"a"_s);
        QCOMPARE(removed.size(), 1);
    }

    void aRotationRunsThroughTheFacade()
    {
        Fixture f;
        f.controller->setFinishesDueRotationsOnLoad(false);
        QVERIFY(f.addLoaded());
        const ApiKey old = f.controller->account(u"a"_s)->keys.first();
        KeySpec spec;
        spec.name = u"Backup 2"_s;
        CreateAnswer started;
        f.controller->startRotation(u"a"_s, old, spec, this, started.rotationCallback());
        QVERIFY(started.wait());
        QVERIFY(started.error.ok());
        QCOMPARE(f.controller->openRotationFor(u"a"_s, old.id)->id, started.recordId);
        std::optional<ProviderError> done;
        f.controller->finishHandover(started.recordId, false, 3, this,
                                     [&](const ProviderError& e) { done = e; });
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), ConsoleHarness::Timeout);
        QCOMPARE(f.controller->rotations().due(f.controller->now().addDays(4)).size(), 1);
        QCOMPARE(f.controller->rotationPolicyDays(), AppController::DefaultRotationPolicyDays);
        f.controller->setRotationPolicyDays(45);
        QCOMPARE(f.controller->rotationPolicyDays(), 45);
    }

    // The rotation part's status messages come out of the controller.
    void statusMessagesComeFromTheController()
    {
        Fixture f;
        RotationRecord record;
        record.id = u"r"_s;
        record.accountId = u"a"_s;
        record.oldKeyId = u"old"_s;
        record.oldKeyName = u"Backup"_s;
        record.state = RotationRecord::State::GracePeriod;
        record.revokeAfter = QDateTime::currentDateTimeUtc().addDays(-1);
        f.controller->rotations().save(record);
        QSignalSpy messages(f.controller.get(), &AppController::statusMessage);
        QVERIFY(f.addLoaded()); // finishes due rotations on load by default
        QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, ConsoleHarness::Timeout);
        QVERIFY(messages.first().first().toString().contains(u"Backup"_s));
        QVERIFY(!f.fake->has(u"old"_s));
    }

    void anUnwritableAuditIsReported()
    {
        QTemporaryDir blocker;
        QFile file(blocker.filePath(u"not-a-folder"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        Fixture f(blocker.filePath(u"not-a-folder/audit.log"_s));
        QVERIFY(f.addLoaded());
        QSignalSpy failed(f.controller.get(), &AppController::auditWriteFailed);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot open the audit log"_s));
        CreateAnswer created;
        KeySpec spec;
        spec.name = u"New"_s;
        f.controller->createKey(u"a"_s, spec, this, created.callback());
        QVERIFY(created.wait());
        QVERIFY(created.error.ok()); // the key exists; only its record is missing
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().toString(), f.otherLog->filePath());
    }

    // The controller keeps no clock of its own: now() is the app's clock, which tests move.
    void nowIsTheAppClock()
    {
        Fixture f;
        const QDateTime fixed(QDate(2030, 1, 2), QTime(3, 4), Qt::UTC);
        {
            ScopedClock scoped([fixed] { return fixed; });
            QCOMPARE(f.controller->now(), fixed);
        }
        QVERIFY(Clock::app().isSystem());
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const QDateTime now = f.controller->now();
        QVERIFY(now >= before && now <= QDateTime::currentDateTimeUtc());
    }
};

} // namespace kw

QTEST_GUILESS_MAIN(kw::TestAppController)
#include "test_appcontroller.moc"

// KeyDrift: which keys appeared or vanished behind KeyWarden's back, on its own and as the
// controller feeds it after each load, create and revoke.
#include "console/AppController.h"
#include "console/ConsoleHarness.h"
#include "console/KeyDrift.h"
#include "console/KeyFilters.h"

#include <QDir>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace kw {

using namespace test;
using Op = FakeProvider::Op;
constexpr int Timeout = ConsoleHarness::Timeout;

namespace {

QList<ApiKey> keys(const QStringList& ids)
{
    QList<ApiKey> listed;
    for (const QString& id : ids)
        listed.append(FakeProvider::makeKey(id, u"name of "_s + id));
    return listed;
}

} // namespace

class TestKeyDrift : public QObject
{
    Q_OBJECT

    // A controller on the harness's folder, whose one account "a" lists the fake's keys.
    struct Fixture : ConsoleHarness
    {
        QNetworkAccessManager network;
        std::unique_ptr<AppController> controller;
        FakeProvider* fake = nullptr;

        Fixture()
        {
            controller =
                std::make_unique<AppController>(settings, &vault, &session, &network, &log);
            controller->setProviderMaker(
                [this](const Account& account, Secret, QNetworkAccessManager*) {
                    auto made = std::make_unique<FakeProvider>(account);
                    made->keys = keys({u"k1"_s, u"k2"_s});
                    fake = made.get();
                    return std::unique_ptr<KeyProvider>(std::move(made));
                });
        }
        const AppController::AccountView* view() const { return controller->account(u"a"_s); }
        bool addLoaded()
        {
            controller->addSessionAccount(makeAccount(u"a"_s), Secret::fromString(u"t"_s));
            return waitLoaded(0);
        }
        // Waits for a list after the listsBefore-th to be shown, or to fail.
        bool waitLoaded(int listsBefore)
        {
            return QTest::qWaitFor(
                [&] {
                    return fake && fake->count(Op::List) > listsBefore && view() &&
                           (view()->state == AppController::LoadState::Ok ||
                            view()->state == AppController::LoadState::Error);
                },
                Timeout);
        }
        bool reload()
        {
            const int before = fake->count(Op::List);
            controller->refresh(u"a"_s);
            return waitLoaded(before);
        }
        DriftKind kindOf(const QString& keyId) const
        {
            return controller->keyDrift(u"a"_s).kindOf(keyId);
        }
        QStringList auditOutcomes(const QString& action) const
        {
            QFile file(log.filePath());
            QStringList outcomes;
            if (!file.open(QIODevice::ReadOnly))
                return outcomes;
            for (const QByteArray& line : file.readAll().split('\n')) {
                const QJsonObject entry = QJsonDocument::fromJson(line).object();
                if (entry.value(u"action"_s).toString() == action)
                    outcomes.append(entry.value(u"outcome"_s).toString());
            }
            return outcomes;
        }
    };

private slots:
    void theFirstListIsTheBaseline()
    {
        QTemporaryDir dir;
        KeyDrift drift(dir.path());
        QVERIFY(drift.update(u"a"_s, keys({u"k1"_s, u"k2"_s})).isEmpty());
        QVERIFY(drift.drift(u"a"_s).isEmpty());
    }

    void keysMadeAndDeletedElsewhereAreNewAndVanished()
    {
        QTemporaryDir dir;
        KeyDrift drift(dir.path());
        drift.update(u"a"_s, keys({u"k1"_s, u"k2"_s}));
        const KeyDrift::Detected found = drift.update(u"a"_s, keys({u"k2"_s, u"k3"_s}));
        QCOMPARE(found.newIds, QStringList{u"k3"_s});
        QCOMPARE(found.vanishedIds, QStringList{u"k1"_s});
        const AccountDrift seen = drift.drift(u"a"_s);
        QCOMPARE(seen.kindOf(u"k3"_s), DriftKind::New);
        QCOMPARE(seen.kindOf(u"k1"_s), DriftKind::Vanished);
        QCOMPARE(seen.kindOf(u"k2"_s), DriftKind::None);
        QCOMPARE(seen.vanished.size(), 1);
        QCOMPARE(seen.vanished.first().name, u"name of k1"_s); // the row it was shown as
        QCOMPARE(seen.vanished.first().status, KeyStatus::Revoked);
        // Still drifting at the next look, and not detected (audited) twice.
        QVERIFY(drift.update(u"a"_s, keys({u"k2"_s, u"k3"_s})).isEmpty());
        QCOMPARE(drift.drift(u"a"_s).kindOf(u"k3"_s), DriftKind::New);
        QCOMPARE(drift.drift(u"a"_s).kindOf(u"k1"_s), DriftKind::Vanished);
    }

    void aKeyListedTwiceDoesNotHideOneGone()
    {
        QTemporaryDir dir;
        KeyDrift drift(dir.path());
        drift.update(u"a"_s, keys({u"k1"_s, u"k2"_s, u"k3"_s}));
        // As many entries as keys seen before, every one seen before: and yet k3 is gone.
        const KeyDrift::Detected found = drift.update(u"a"_s, keys({u"k1"_s, u"k2"_s, u"k2"_s}));
        QVERIFY(found.newIds.isEmpty());
        QCOMPARE(found.vanishedIds, QStringList{u"k3"_s});
        QCOMPARE(drift.drift(u"a"_s).kindOf(u"k3"_s), DriftKind::Vanished);
    }

    void aKeyRenamedVanishesUnderItsNewNameOnceTheRecordIsWritten()
    {
        QTemporaryDir dir;
        KeyDrift drift(dir.path());
        drift.update(u"a"_s, keys({u"k1"_s, u"k2"_s}));
        drift.noteCreated(u"a"_s, u"k2"_s, false); // its answer handled after a list had it
        QList<ApiKey> renamed = keys({u"k1"_s, u"k2"_s});
        renamed[0].name = u"renamed"_s;
        // The same keys, but what is remembered changes (k2 is no longer awaited): written,
        // with the names listed now.
        QVERIFY(drift.update(u"a"_s, renamed).isEmpty());
        KeyDrift reread(dir.path()); // what the next process reads
        QCOMPARE(reread.update(u"a"_s, keys({u"k2"_s})).vanishedIds, QStringList{u"k1"_s});
        QCOMPARE(reread.drift(u"a"_s).vanished.value(0).name, u"renamed"_s);
    }

    void theSameKeysInAnotherOrderAreNoDrift()
    {
        QTemporaryDir dir;
        KeyDrift drift(dir.path());
        drift.update(u"a"_s, keys({u"k1"_s, u"k2"_s, u"k3"_s}));
        QVERIFY(drift.update(u"a"_s, keys({u"k3"_s, u"k1"_s, u"k2"_s})).isEmpty());
        QVERIFY(drift.drift(u"a"_s).isEmpty());
        KeyDrift reread(dir.path()); // what the next process reads
        QCOMPARE(reread.update(u"a"_s, keys({u"k3"_s, u"k1"_s})).vanishedIds, QStringList{u"k2"_s});
    }

    void theRecordKeepsTheListsOrder()
    {
        QTemporaryDir dir;
        KeyDrift drift(dir.path());
        // The next list, in the same order, is compared id by id, without a look-up.
        drift.update(u"a"_s, keys({u"k3"_s, u"k1"_s, u"k2"_s, u"k1"_s}));
        const QStringList files = QDir(dir.path()).entryList({u"drift-*.json"_s});
        QCOMPARE(files.size(), 1);
        QFile file(QDir(dir.path()).filePath(files.first()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList ids;
        for (const QJsonValue row : QJsonDocument::fromJson(file.readAll())[u"seen"_s].toArray())
            ids.append(row.toArray().first().toString());
        QCOMPARE(ids, (QStringList{u"k3"_s, u"k1"_s, u"k2"_s}));
    }

    void acknowledgingClearsTheDrift()
    {
        QTemporaryDir dir;
        KeyDrift drift(dir.path());
        drift.update(u"a"_s, keys({u"k1"_s, u"k2"_s}));
        drift.update(u"a"_s, keys({u"k2"_s, u"k3"_s, u"k4"_s}));
        drift.acknowledge(u"a"_s, {u"k3"_s});
        QCOMPARE(drift.drift(u"a"_s).kindOf(u"k3"_s), DriftKind::None);
        QCOMPARE(drift.drift(u"a"_s).kindOf(u"k4"_s), DriftKind::New);
        drift.acknowledge(u"a"_s);
        QVERIFY(drift.drift(u"a"_s).isEmpty());
        QVERIFY(drift.drift(u"a"_s).vanished.isEmpty());
        QVERIFY(drift.update(u"a"_s, keys({u"k2"_s, u"k3"_s, u"k4"_s})).isEmpty());
    }

    void keyWardensOwnCreatesAndRevokesAreNoDrift()
    {
        QTemporaryDir dir;
        KeyDrift drift(dir.path());
        drift.update(u"a"_s, keys({u"k1"_s, u"k2"_s}));
        drift.noteCreated(u"a"_s, u"k3"_s, false);
        drift.noteRevoking(u"a"_s, u"k1"_s);
        QVERIFY(drift.update(u"a"_s, keys({u"k2"_s, u"k3"_s})).isEmpty());
        // A rotation's keys, handed in from its records.
        QVERIFY(drift.update(u"a"_s, keys({u"k3"_s, u"k5"_s}), {u"k5"_s}, {u"k2"_s}).isEmpty());
        QVERIFY(drift.drift(u"a"_s).isEmpty());
        // A revoke that failed leaves the key to be noticed when it goes behind our back.
        drift.noteRevoking(u"a"_s, u"k3"_s);
        drift.noteRevokeFailed(u"a"_s, u"k3"_s);
        QCOMPARE(drift.update(u"a"_s, keys({u"k5"_s})).vanishedIds, QStringList{u"k3"_s});
    }

    void aLostCreateIsAnOrphanOnceListed()
    {
        QTemporaryDir dir;
        KeyDrift drift(dir.path());
        drift.update(u"a"_s, keys({u"k1"_s}));
        drift.noteCreated(u"a"_s, u"k2"_s, true);
        QCOMPARE(drift.drift(u"a"_s).kindOf(u"k2"_s), DriftKind::None); // not listed yet
        QVERIFY(drift.update(u"a"_s, keys({u"k1"_s, u"k2"_s})).isEmpty());
        QCOMPARE(drift.drift(u"a"_s).kindOf(u"k2"_s), DriftKind::Orphan);
        drift.noteRevoking(u"a"_s, u"k2"_s);
        QVERIFY(drift.update(u"a"_s, keys({u"k1"_s})).isEmpty());
        QVERIFY(drift.drift(u"a"_s).isEmpty());
    }

    void twoProcessesShareWhatTheySaw()
    {
        QTemporaryDir dir;
        KeyDrift window(dir.path());
        KeyDrift cli(dir.path());
        window.update(u"a"_s, keys({u"k1"_s}));
        QVERIFY(window.drift(u"a"_s).isEmpty()); // cached by the window
        cli.noteCreated(u"a"_s, u"k2"_s, false);
        QVERIFY(cli.update(u"a"_s, keys({u"k2"_s, u"k3"_s})).vanishedIds.contains(u"k1"_s));
        QCOMPARE(window.drift(u"a"_s).kindOf(u"k3"_s), DriftKind::New);
        QCOMPARE(window.drift(u"a"_s).kindOf(u"k1"_s), DriftKind::Vanished);
        QCOMPARE(window.drift(u"a"_s).kindOf(u"k2"_s), DriftKind::None);
        // Nothing secret and no key name of a key made elsewhere is in the folder but ids
        // and the names of listed keys; accounts have their own files.
        QVERIFY(window.drift(u"other"_s).isEmpty());
        window.forget(u"a"_s);
        QVERIFY(cli.drift(u"a"_s).isEmpty());
    }

    // A vanished key's row, written by one process and read by another, shows what it showed
    // before: its fields, and its creation time to the second in UTC (or none).
    void aVanishedKeyReadFromTheRecordKeepsItsFields()
    {
        QTemporaryDir dir;
        QList<ApiKey> listed = keys({u"k1"_s, u"k2"_s, u"k3"_s});
        listed[0].prefix = u"wc_storage_ab"_s;
        listed[0].principalName = u"Alice Example"_s;
        listed[0].created = QDateTime(QDate(2024, 2, 29), QTime(23, 59, 58, 765), Qt::UTC);
        listed[1].created = QDateTime();
        listed[2].created = QDateTime(QDate(2025, 6, 1), QTime(8, 0), QTimeZone(7200));
        KeyDrift(dir.path()).update(u"a"_s, listed);
        KeyDrift other(dir.path());
        QCOMPARE(other.update(u"a"_s, {}).vanishedIds.size(), 3);
        const AccountDrift drift = other.drift(u"a"_s);
        QCOMPARE(drift.vanished.size(), 3);
        for (const ApiKey& before : std::as_const(listed)) {
            const auto ghost = std::find_if(drift.vanished.cbegin(), drift.vanished.cend(),
                                            [&](const ApiKey& key) { return key.id == before.id; });
            QVERIFY(ghost != drift.vanished.cend());
            QCOMPARE(ghost->name, before.name);
            QCOMPARE(ghost->prefix, before.prefix);
            QCOMPARE(ghost->principal, before.principal);
            QCOMPARE(ghost->principalName, before.principalName);
            QCOMPARE(ghost->status, KeyStatus::Revoked);
            QVERIFY(!ghost->editable && !ghost->deletable);
            // As Qt's ISO reader reads what Qt's ISO writer wrote.
            const QDateTime expected =
                QDateTime::fromString(before.created.toString(Qt::ISODate), Qt::ISODate);
            QCOMPARE(ghost->created.isValid(), before.created.isValid());
            QCOMPARE(ghost->created, expected);
            QCOMPARE(ghost->created.timeSpec(), expected.timeSpec());
        }
        const auto first = std::find_if(drift.vanished.cbegin(), drift.vanished.cend(),
                                        [](const ApiKey& key) { return key.id == u"k1"_s; });
        QCOMPARE(first->created, QDateTime(QDate(2024, 2, 29), QTime(23, 59, 58), Qt::UTC));
    }

    // The window writes off its GUI thread: quick successive changes each read back at once,
    // the file ends with the last of them, and another process's change waits for them all
    // rather than reading a file still to be written.
    void writesOffTheThreadEndWithTheLastChange()
    {
        QTemporaryDir dir;
        QStringList ids;
        for (int i = 0; i < 3000; ++i)
            ids.append(u"k%1"_s.arg(i));
        KeyDrift window(dir.path());
        window.setWritesOffThread(true);
        window.update(u"a"_s, keys(ids));
        constexpr int Gone = 60;
        QCOMPARE(window.update(u"a"_s, keys(ids.mid(Gone))).vanishedIds.size(), Gone);
        for (int i = 0; i < Gone; ++i) {
            window.acknowledge(u"a"_s, {ids.at(i)});
            QCOMPARE(window.drift(u"a"_s).count(DriftKind::Vanished), Gone - i - 1);
        }
        // The other process: its edit takes the lock once the window's writes are on disk.
        {
            KeyDrift cli(dir.path());
            const KeyDrift::Detected found =
                cli.update(u"a"_s, keys(ids.mid(Gone) + QStringList{u"fresh"_s}));
            QCOMPARE(found.newIds, QStringList{u"fresh"_s});
            QVERIFY(found.vanishedIds.isEmpty());
        }
        window.waitForWrites();
        const KeyDrift reader(dir.path());
        const AccountDrift drift = reader.drift(u"a"_s);
        QCOMPARE(drift.kinds, (QHash<QString, DriftKind>{{u"fresh"_s, DriftKind::New}}));
        QCOMPARE(window.drift(u"a"_s).kinds, drift.kinds); // the window reads the other's write
        window.acknowledge(u"a"_s);
        window.forget(u"a"_s); // waits for the write, which would bring the file back
        QVERIFY(QDir(dir.path()).entryList({u"drift-*.json"_s}).isEmpty());
    }

    void theDriftFilterKeepsThatDrift()
    {
        KeyFilter any;
        any.drift = DriftKind::None;
        KeyFilter onlyNew;
        onlyNew.drift = DriftKind::New;
        const ApiKey key = FakeProvider::makeKey(u"k1"_s, u"n"_s);
        const QDateTime now = Clock::app().nowUtc();
        QVERIFY(matches(KeyFilter{}, key, {}, now, 90, DriftKind::None));
        QVERIFY(!matches(any, key, {}, now, 90, DriftKind::None));
        QVERIFY(!matches(any, key, {}, now, 90)); // without drift known, no key drifted
        QVERIFY(matches(any, key, {}, now, 90, DriftKind::Vanished));
        QVERIFY(matches(onlyNew, key, {}, now, 90, DriftKind::New));
        QVERIFY(!matches(onlyNew, key, {}, now, 90, DriftKind::Orphan));
        QCOMPARE(parseDriftFilter(u"any"_s, nullptr), std::optional(DriftKind::None));
        QCOMPARE(parseDriftFilter(u" Vanished"_s, nullptr), std::optional(DriftKind::Vanished));
        QString error;
        QVERIFY(!parseDriftFilter(u"gone"_s, &error));
        QVERIFY(error.contains(u"gone"_s));
        QCOMPARE(onlyNew.describe(), QStringList{u"drift: new"_s});
    }

    void theControllerMarksDriftAfterEachLoad()
    {
        Fixture f;
        QVERIFY(f.addLoaded());
        QVERIFY(f.controller->keyDrift(u"a"_s).isEmpty());
        f.fake->keys.append(FakeProvider::makeKey(u"k3"_s, u"elsewhere"_s));
        f.fake->keys.removeFirst(); // k1 deleted in the provider's own console
        QVERIFY(f.reload());
        QCOMPARE(f.kindOf(u"k3"_s), DriftKind::New);
        QCOMPARE(f.kindOf(u"k1"_s), DriftKind::Vanished);
        QCOMPARE(f.auditOutcomes(u"drift"_s), QStringList{u"new: k3; vanished: k1"_s});
        QSignalSpy changed(f.controller.get(), &AppController::accountChanged);
        f.controller->acknowledgeDrift(u"a"_s);
        QCOMPARE(changed.size(), 1);
        QVERIFY(f.controller->keyDrift(u"a"_s).isEmpty());
    }

    void aFailedLoadMarksNothing()
    {
        Fixture f;
        QVERIFY(f.addLoaded());
        f.fake->keys.clear();
        f.fake->fail(Op::List, ConsoleHarness::noAnswer());
        QVERIFY(f.reload());
        QCOMPARE(f.view()->state, AppController::LoadState::Error);
        QVERIFY(f.controller->keyDrift(u"a"_s).isEmpty());
        QVERIFY(f.auditOutcomes(u"drift"_s).isEmpty());
        QVERIFY(f.reload()); // the complete list that follows does see them gone
        QCOMPARE(f.kindOf(u"k1"_s), DriftKind::Vanished);
    }

    void theControllersOwnChangesAreNoDrift()
    {
        Fixture f;
        QVERIFY(f.addLoaded());
        bool created = false;
        KeySpec spec;
        spec.name = u"made here"_s;
        f.controller->createKey(
            u"a"_s, spec, this,
            [&](const ProviderError& error, CreatedKey* key) { created = !error && key; });
        QTRY_VERIFY_WITH_TIMEOUT(created, Timeout);
        bool revoked = false;
        f.controller->revokeKey(u"a"_s, f.view()->keys.first(), this,
                                [&](const ProviderError& error) { revoked = error.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(revoked, Timeout);
        QVERIFY(f.reload());
        QCOMPARE(f.view()->keys.size(), 2);
        QVERIFY(f.controller->keyDrift(u"a"_s).isEmpty());
        QVERIFY(f.auditOutcomes(u"drift"_s).isEmpty());
    }

    void aLostCreateThroughTheControllerIsAnOrphan()
    {
        Fixture f;
        QVERIFY(f.addLoaded());
        f.fake->script(Op::Create, FakeProvider::lostAnswer());
        QString orphanId;
        KeySpec spec;
        spec.name = u"lost"_s;
        f.controller->createKey(u"a"_s, spec, this, [&](const ProviderError&, CreatedKey* key) {
            if (key && key->orphan)
                orphanId = key->key.id;
        });
        QTRY_VERIFY_WITH_TIMEOUT(!orphanId.isEmpty(), Timeout);
        QVERIFY(f.reload());
        QCOMPARE(f.kindOf(orphanId), DriftKind::Orphan);
        QVERIFY(f.auditOutcomes(u"drift"_s).isEmpty()); // the create's own line says orphan
    }
};

} // namespace kw

QTEST_GUILESS_MAIN(kw::TestKeyDrift)
#include "test_keydrift.moc"

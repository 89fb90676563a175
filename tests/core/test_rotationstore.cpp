#include "core/Rotation.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <memory>

using namespace Qt::StringLiterals;
using State = kw::RotationRecord::State;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

kw::RotationRecord makeRecord(State state, const QDateTime& started, const QDateTime& revokeAfter)
{
    kw::RotationRecord record;
    record.id = newId();
    record.accountId = newId();
    record.oldKeyId = u"old-"_s + newId();
    record.oldKeyName = u"Production Storage API"_s;
    record.newKeyId = u"new-"_s + newId();
    record.newKeyName = u"Production Storage API (rotated)"_s;
    record.started = started;
    record.revokeAfter = revokeAfter;
    record.state = state;
    record.note = u"nøte, with “quotes” = and ; ☃"_s;
    return record;
}

void compareRecords(const kw::RotationRecord& actual, const kw::RotationRecord& expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.accountId, expected.accountId);
    QCOMPARE(actual.oldKeyId, expected.oldKeyId);
    QCOMPARE(actual.oldKeyName, expected.oldKeyName);
    QCOMPARE(actual.newKeyId, expected.newKeyId);
    QCOMPARE(actual.newKeyName, expected.newKeyName);
    QCOMPARE(actual.started, expected.started);
    QCOMPARE(actual.revokeAfter, expected.revokeAfter);
    QCOMPARE(actual.revokeAfter.isValid(), expected.revokeAfter.isValid());
    QCOMPARE(actual.state, expected.state);
    QCOMPARE(actual.note, expected.note);
}

} // namespace

class TestRotationStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_iniPath;
    const QDateTime m_now = QDateTime(QDate(2025, 3, 10), QTime(12, 0), Qt::UTC);

    std::unique_ptr<QSettings> openSettings() const
    {
        return std::make_unique<QSettings>(m_iniPath, QSettings::IniFormat);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_iniPath = m_dir.filePath(newId() + u".ini"_s); // a fresh file per test function
    }

    void emptyStore()
    {
        auto settings = openSettings();
        const kw::RotationStore store(*settings);
        QVERIFY(store.all().isEmpty());
        QVERIFY(store.open().isEmpty());
        QVERIFY(store.due(m_now).isEmpty());
        QCOMPARE(store.graceDays(), kw::RotationStore::DefaultGraceDays);
        QCOMPARE(store.graceDays(), 7);
    }

    void saveAndReload()
    {
        const kw::RotationRecord grace =
            makeRecord(State::GracePeriod, m_now.addDays(-8), m_now.addDays(-1));
        kw::RotationRecord fresh = makeRecord(State::NewKeyCreated, m_now.addSecs(-60), {});
        fresh.started = fresh.started.addMSecs(123); // milliseconds survive the round trip
        {
            auto settings = openSettings();
            kw::RotationStore store(*settings);
            store.save(fresh);
            store.save(grace);
        }
        auto settings = openSettings(); // as after a restart
        const kw::RotationStore store(*settings);
        const QList<kw::RotationRecord> all = store.all();
        QCOMPARE(all.size(), 2);
        // Ordered by start time, oldest first.
        compareRecords(all.at(0), grace);
        compareRecords(all.at(1), fresh);
        QCOMPARE(all.at(0).started.timeSpec(), Qt::UTC);
        QVERIFY(!all.at(1).revokeAfter.isValid());
    }

    void datesAreStoredAsIsoUtc()
    {
        const QDateTime summerInOslo =
            QDateTime(QDate(2025, 6, 1), QTime(14, 30), Qt::OffsetFromUTC, 2 * 3600);
        kw::RotationRecord record =
            makeRecord(State::GracePeriod, summerInOslo, summerInOslo.addDays(7));
        {
            auto settings = openSettings();
            kw::RotationStore(*settings).save(record);
        }
        QSettings raw(m_iniPath, QSettings::IniFormat);
        raw.beginGroup(u"rotations"_s);
        QCOMPARE(raw.childGroups(), QStringList{record.id});
        raw.beginGroup(record.id);
        QCOMPARE(raw.value(u"started"_s).toString(), u"2025-06-01T12:30:00.000Z"_s);
        QCOMPARE(raw.value(u"revokeAfter"_s).toString(), u"2025-06-08T12:30:00.000Z"_s);
        QCOMPARE(raw.value(u"state"_s).toString(), u"grace-period"_s);

        auto settings = openSettings();
        QCOMPARE(kw::RotationStore(*settings).all().constFirst().started, summerInOslo);
    }

    void saveReplacesById()
    {
        auto settings = openSettings();
        kw::RotationStore store(*settings);
        kw::RotationRecord record = makeRecord(State::NewKeyCreated, m_now, {});
        store.save(record);
        record.state = State::GracePeriod;
        record.revokeAfter = m_now.addDays(store.graceDays());
        record.note.clear();
        store.save(record);
        const QList<kw::RotationRecord> all = store.all();
        QCOMPARE(all.size(), 1);
        compareRecords(all.constFirst(), record);
    }

    void openAndDue()
    {
        auto settings = openSettings();
        kw::RotationStore store(*settings);
        const kw::RotationRecord created = makeRecord(State::NewKeyCreated, m_now.addDays(-3), {});
        const kw::RotationRecord due =
            makeRecord(State::GracePeriod, m_now.addDays(-9), m_now.addDays(-2));
        const kw::RotationRecord dueNow = makeRecord(State::GracePeriod, m_now.addDays(-7), m_now);
        const kw::RotationRecord waiting =
            makeRecord(State::GracePeriod, m_now.addDays(-1), m_now.addDays(6));
        const kw::RotationRecord undecided = makeRecord(State::GracePeriod, m_now.addDays(-5), {});
        const kw::RotationRecord completed =
            makeRecord(State::Completed, m_now.addDays(-30), m_now.addDays(-23));
        const kw::RotationRecord abandoned =
            makeRecord(State::Abandoned, m_now.addDays(-20), m_now.addDays(-13));
        for (const auto& record : {created, due, dueNow, waiting, undecided, completed, abandoned})
            store.save(record);

        QStringList openIds;
        for (const auto& record : store.open())
            openIds << record.id;
        QCOMPARE(openIds, (QStringList{due.id, dueNow.id, undecided.id, created.id, waiting.id}));

        QStringList dueIds;
        for (const auto& record : store.due(m_now))
            dueIds << record.id;
        QCOMPARE(dueIds, (QStringList{due.id, dueNow.id}));
        QCOMPARE(store.due(m_now.addDays(-3)).size(), 0);
        QCOMPARE(store.due(m_now.addDays(7)).size(), 3);
    }

    void removeDeletesOnlyThatRecord()
    {
        auto settings = openSettings();
        kw::RotationStore store(*settings);
        const kw::RotationRecord first = makeRecord(State::NewKeyCreated, m_now.addDays(-2), {});
        const kw::RotationRecord second = makeRecord(State::NewKeyCreated, m_now.addDays(-1), {});
        store.save(first);
        store.save(second);
        store.remove(first.id);
        store.remove(QString()); // must not wipe the group
        store.remove(u"no-such-id"_s);
        QCOMPARE(store.all().size(), 1);
        QCOMPARE(store.all().constFirst().id, second.id);
    }

    void graceDaysPersist()
    {
        {
            auto settings = openSettings();
            kw::RotationStore store(*settings);
            store.setGraceDays(14);
            QCOMPARE(store.graceDays(), 14);
        }
        {
            auto settings = openSettings();
            kw::RotationStore store(*settings);
            QCOMPARE(store.graceDays(), 14);
            store.setGraceDays(0); // revoke as soon as the new key is verified
        }
        auto settings = openSettings();
        kw::RotationStore store(*settings);
        QCOMPARE(store.graceDays(), 0);
        store.setGraceDays(-3);
        QCOMPARE(store.graceDays(), 0);
    }

    void unreadableStoredValuesFallBack()
    {
        {
            QSettings raw(m_iniPath, QSettings::IniFormat);
            raw.setValue(u"rotationGraceDays"_s, u"soon"_s);
            raw.setValue(u"rotations/abc/state"_s, u"from-the-future"_s);
            raw.setValue(u"rotations/abc/started"_s, u"not a date"_s);
        }
        auto settings = openSettings();
        const kw::RotationStore store(*settings);
        QCOMPARE(store.graceDays(), kw::RotationStore::DefaultGraceDays);
        const QList<kw::RotationRecord> all = store.all();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.constFirst().state, State::NewKeyCreated); // asks the user, acts on nothing
        QVERIFY(!all.constFirst().started.isValid());
        QVERIFY(store.due(m_now.addYears(10)).isEmpty());
    }
    // The grace step's mode, hand-over and last use survive a restart; a record written before
    // they existed loads as a fixed grace period, and the new states are open.
    void graceModesPersistAndOldRecordsLoadAsFixed()
    {
        kw::RotationRecord quiet =
            makeRecord(State::GracePeriod, m_now.addDays(-2), m_now.addDays(5));
        quiet.mode = kw::RotationRecord::GraceMode::Quiet;
        quiet.quietHours = 36;
        quiet.handedOver = m_now.addDays(-2);
        quiet.oldKeyLastUsed = m_now.addSecs(-3 * 3600);
        quiet.oldKeyLastUsedWhere = u"s3, us-east-1"_s;
        kw::RotationRecord disabled =
            makeRecord(State::OldKeyDisabled, m_now.addDays(-1), m_now.addDays(1));
        disabled.mode = kw::RotationRecord::GraceMode::DisableFirst;
        kw::RotationRecord asked = makeRecord(State::AwaitingDecision, m_now.addDays(-9), m_now);
        {
            auto settings = openSettings();
            kw::RotationStore store(*settings);
            store.save(quiet);
            store.save(disabled);
            store.save(asked);
            // As an earlier version wrote it: no mode, no hand-over.
            settings->setValue(u"rotations/legacy/accountId"_s, u"acc"_s);
            settings->setValue(u"rotations/legacy/oldKeyId"_s, u"old"_s);
            settings->setValue(u"rotations/legacy/state"_s, u"grace-period"_s);
            settings->setValue(u"rotations/legacy/started"_s,
                               m_now.addDays(-10).toString(Qt::ISODateWithMs));
            settings->setValue(u"rotations/legacy/revokeAfter"_s,
                               m_now.addDays(-3).toString(Qt::ISODateWithMs));
        }
        auto settings = openSettings();
        const kw::RotationStore store(*settings);
        QCOMPARE(store.all().size(), 4);
        QCOMPARE(store.open().size(), 4);
        for (const kw::RotationRecord& record : store.all()) {
            if (record.id == quiet.id) {
                QCOMPARE(record.mode, kw::RotationRecord::GraceMode::Quiet);
                QCOMPARE(record.quietHours, 36);
                QCOMPARE(record.handedOver, quiet.handedOver);
                QCOMPARE(record.oldKeyLastUsed, quiet.oldKeyLastUsed);
                QCOMPARE(record.oldKeyLastUsedWhere, quiet.oldKeyLastUsedWhere);
                // Used 3 h ago: quiet from 33 h later, not before.
                QCOMPARE(record.quietFrom(), quiet.oldKeyLastUsed.addSecs(36 * 3600));
                QVERIFY(!record.isDue(m_now));
                QVERIFY(record.isDue(m_now.addSecs(34 * 3600)));
            } else if (record.id == disabled.id) {
                QCOMPARE(record.state, State::OldKeyDisabled);
                QCOMPARE(record.mode, kw::RotationRecord::GraceMode::DisableFirst);
                QVERIFY(!record.isDue(m_now));
                QVERIFY(record.isDue(m_now.addDays(1)));
            } else if (record.id == asked.id) {
                QCOMPARE(record.state, State::AwaitingDecision);
                QVERIFY(!record.isDue(m_now.addYears(1))); // only the user moves it
            } else {
                QCOMPARE(record.id, u"legacy"_s);
                QCOMPARE(record.mode, kw::RotationRecord::GraceMode::Fixed);
                QVERIFY(!record.handedOver.isValid());
                QVERIFY(record.isDue(m_now));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRotationStore)
#include "test_rotationstore.moc"

// The new key a rotation asks for (rotationSpecFor) and its suggested name (rotatedKeyName):
// one plan for the rotate dialog and keywarden-cli keys rotate.
#include "core/Rotation.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace kw {

class TestRotationPlan : public QObject
{
    Q_OBJECT

    const QDateTime now{QDate(2026, 11, 22), QTime(12, 0), Qt::UTC};

private slots:
    void copiesWhatTheOldKeyHad()
    {
        Capabilities caps;
        caps.name = Capabilities::NameField::Required;
        caps.description = true;
        caps.services = {{u"storage"_s, u"Storage"_s, {}}};
        caps.ipAllowlist = true;
        caps.bearer = true;
        caps.project = true;
        ApiKey old;
        old.name = u"Backups"_s;
        old.description = u"nightly"_s;
        old.services = {u"storage"_s};
        old.ipAllowlist = {u"203.0.113.0/24"_s};
        old.principal = u"user-1"_s;
        old.bearerType = u"user"_s;
        old.projectId = u"project-1"_s;
        const KeySpec spec = rotationSpecFor(old, caps, now);
        QCOMPARE(spec.name, old.name);
        QCOMPARE(spec.description, old.description);
        QCOMPARE(spec.services, old.services);
        QCOMPARE(spec.ipAllowlist, old.ipAllowlist);
        QCOMPARE(spec.bearerType, u"user"_s);
        QCOMPARE(spec.bearerId, u"user-1"_s);
        QCOMPARE(spec.projectId, u"project-1"_s);
        QVERIFY(!spec.expires.has_value());
        QVERIFY(!spec.durationSeconds.has_value());
    }

    void leavesOutWhatTheProviderLacks()
    {
        Capabilities caps; // no name, services, allowlist, bearer or project
        ApiKey old;
        old.name = u"x"_s;
        old.services = {u"storage"_s};
        old.ipAllowlist = {u"10.0.0.0/8"_s};
        old.principal = u"someone"_s;
        const KeySpec spec = rotationSpecFor(old, caps, now);
        QVERIFY(spec.name.isEmpty());
        QVERIFY(spec.services.isEmpty());
        QVERIFY(spec.ipAllowlist.isEmpty());
        QVERIFY(spec.bearerId.isEmpty());
    }

    void lifetimeIsCountedFromNow_data()
    {
        QTest::addColumn<int>("expiry"); // Capabilities::Expiry
        QTest::addColumn<qint64>("maxSeconds");
        QTest::addColumn<qint64>("livedSeconds"); // created → expires of the old key; -1: none
        QTest::addColumn<qint64>("expectedDuration");  // -1: no duration in the spec
        QTest::addColumn<qint64>("expectedExpiresIn"); // seconds from now; -1: no date

        const int duration = int(Capabilities::Expiry::Duration);
        const int date = int(Capabilities::Expiry::Date);
        QTest::newRow("permanent stays permanent")
            << duration << qint64(43200) << qint64(-1) << qint64(0) << qint64(-1);
        QTest::newRow("1 h key gets 1 h")
            << duration << qint64(43200) << qint64(3600) << qint64(3600) << qint64(-1);
        QTest::newRow("capped at the maximum")
            << duration << qint64(43200) << qint64(90000) << qint64(43200) << qint64(-1);
        QTest::newRow("90-day date key: 90 days from now")
            << date << qint64(0) << qint64(90 * 86400) << qint64(-1) << qint64(90 * 86400);
        QTest::newRow("no expiry date: none")
            << date << qint64(0) << qint64(-1) << qint64(-1) << qint64(-1);
    }

    void lifetimeIsCountedFromNow()
    {
        QFETCH(int, expiry);
        QFETCH(qint64, maxSeconds);
        QFETCH(qint64, livedSeconds);
        QFETCH(qint64, expectedDuration);
        QFETCH(qint64, expectedExpiresIn);
        Capabilities caps;
        caps.expiry = Capabilities::Expiry(expiry);
        caps.maxDurationSeconds = maxSeconds;
        ApiKey old;
        old.created = now.addDays(-30);
        if (livedSeconds >= 0)
            old.expires = old.created.addSecs(livedSeconds);
        const KeySpec spec = rotationSpecFor(old, caps, now);
        if (expectedDuration < 0)
            QVERIFY(!spec.durationSeconds.has_value());
        else
            QCOMPARE(spec.durationSeconds.value_or(-2), expectedDuration);
        if (expectedExpiresIn < 0)
            QVERIFY(!spec.expires.has_value());
        else
            QCOMPARE(spec.expires.value_or(QDateTime()), now.addSecs(expectedExpiresIn));
    }

    void rotatedNameReplacesAnEarlierSuffix()
    {
        const QDate today(2026, 11, 22);
        QCOMPARE(rotatedKeyName(u"Backups"_s, today), u"Backups (rotated 2026-11-22)"_s);
        QCOMPARE(rotatedKeyName(u"Backups (rotated 2026-01-02)"_s, today),
                 u"Backups (rotated 2026-11-22)"_s);
        QVERIFY(rotatedKeyName(u"  "_s, today).isEmpty());
    }
};

} // namespace kw

QTEST_GUILESS_MAIN(kw::TestRotationPlan)
#include "test_rotationplan.moc"

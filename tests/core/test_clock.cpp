#include "core/Clock.h"

#include <QTest>

using namespace kw;

class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void systemClockIsNowInUtc()
    {
        Clock clock;
        QVERIFY(clock.isSystem());
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const QDateTime now = clock.nowUtc();
        const QDateTime after = QDateTime::currentDateTimeUtc();
        QCOMPARE(now.timeSpec(), Qt::UTC);
        QVERIFY(now >= before && now <= after);
    }

    void sourceIsReadAndConvertedToUtc()
    {
        Clock clock;
        const QDateTime local(QDate(2026, 3, 1), QTime(12, 0), Qt::OffsetFromUTC, 3600);
        clock.setSource([local] { return local; });
        QVERIFY(!clock.isSystem());
        QCOMPARE(clock.nowUtc(), QDateTime(QDate(2026, 3, 1), QTime(11, 0), Qt::UTC));
        QCOMPARE(clock.nowUtc().timeSpec(), Qt::UTC);
        QCOMPARE(clock.nowMSecs(), local.toMSecsSinceEpoch());
        clock.reset();
        QVERIFY(clock.isSystem());
    }

    void scopedClockRestoresThePreviousSource()
    {
        Clock clock;
        const QDateTime first(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        const QDateTime second(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
        clock.setSource([first] { return first; });
        {
            ScopedClock scoped(clock, [second] { return second; });
            QCOMPARE(clock.nowUtc(), second);
        }
        QCOMPARE(clock.nowUtc(), first);
    }

    void appClockIsOneSharedInstance()
    {
        QVERIFY(&Clock::app() == &Clock::app());
        const QDateTime fixed(QDate(2030, 6, 1), QTime(8, 30), Qt::UTC);
        {
            ScopedClock scoped([fixed] { return fixed; });
            QCOMPARE(Clock::app().nowUtc(), fixed);
        }
        QVERIFY(Clock::app().isSystem());
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "test_clock.moc"

// The key filters the window and keywarden-cli share (console/KeyFilters): each filter alone at
// its edges, and the filters combined, against a pinned clock.
#include "console/KeyFilters.h"
#include "core/Clock.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kw::ApiKey;
using kw::Capabilities;
using kw::KeyFilter;
using kw::KeyStatus;

namespace {

const QDateTime pinnedNow = QDateTime(QDate(2026, 12, 5), QTime(12, 0), Qt::UTC);

Capabilities withLastUse(bool reported)
{
    Capabilities caps;
    caps.providerId = u"test"_s;
    caps.lastUsed = reported;
    return caps;
}

ApiKey keyCreatedDaysAgo(int days)
{
    ApiKey key;
    key.id = u"k-%1"_s.arg(days);
    key.created = pinnedNow.addDays(-days);
    return key;
}

bool passes(const KeyFilter& filter, const ApiKey& key, bool lastUseReported = true)
{
    return kw::matches(filter, key, withLastUse(lastUseReported), kw::Clock::app().nowUtc(), 90);
}

} // namespace

class TestKeyFilters : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_clock.emplace([] { return pinnedNow; });
    }
    void cleanup() { m_clock.reset(); }

    void emptyFilterKeepsEveryKey();
    void expiresWithin();
    void unusedFor();
    void unusedForNeedsReportedLastUse();
    void neverUsed();
    void inactive();
    void filtersCombine();
    void describeNamesEverySetFilter();
    void parseDays_data();
    void parseDays();

private:
    std::optional<kw::ScopedClock> m_clock;
};

void TestKeyFilters::emptyFilterKeepsEveryKey()
{
    const KeyFilter filter;
    QVERIFY(filter.isEmpty());
    ApiKey revoked = keyCreatedDaysAgo(400);
    revoked.status = KeyStatus::Revoked;
    QVERIFY(passes(filter, revoked));
    QVERIFY(passes(filter, keyCreatedDaysAgo(0), false));
}

void TestKeyFilters::expiresWithin()
{
    KeyFilter filter;
    filter.expiresWithinDays = 14;
    QVERIFY(!filter.isEmpty());
    ApiKey key = keyCreatedDaysAgo(10);
    QVERIFY2(!passes(filter, key), "a key that never expires never expires within N days");
    key.expires = pinnedNow.addDays(14);
    QVERIFY2(passes(filter, key), "exactly N days away is within N days");
    key.expires = pinnedNow.addDays(14).addSecs(1);
    QVERIFY(!passes(filter, key));
    key.expires = pinnedNow.addSecs(60);
    QVERIFY(passes(filter, key));
    key.expires = pinnedNow;
    QVERIFY2(!passes(filter, key), "an expired key no longer expires within N days");
    key.expires = pinnedNow.addDays(-3);
    QVERIFY(!passes(filter, key));
    filter.expiresWithinDays = 0;
    key.expires = pinnedNow.addSecs(1);
    QVERIFY(!passes(filter, key));
}

void TestKeyFilters::unusedFor()
{
    KeyFilter filter;
    filter.unusedForDays = 90;
    ApiKey key = keyCreatedDaysAgo(400);
    key.lastUsed = pinnedNow.addDays(-90);
    QVERIFY2(passes(filter, key), "last used exactly N days ago");
    key.lastUsed = pinnedNow.addDays(-89);
    QVERIFY(!passes(filter, key));
    key.lastUsed = pinnedNow.addDays(-300);
    QVERIFY(passes(filter, key));

    key.lastUsed.reset();
    QVERIFY2(passes(filter, key), "never used since it was made 400 days ago");
    key.created = pinnedNow.addDays(-10);
    QVERIFY2(!passes(filter, key), "never used, but made 10 days ago: not unused for 90 days");
    key.created = QDateTime();
    QVERIFY2(passes(filter, key), "never used and creation unknown: unused for any N");
}

void TestKeyFilters::unusedForNeedsReportedLastUse()
{
    KeyFilter filter;
    filter.unusedForDays = 30;
    ApiKey key = keyCreatedDaysAgo(400);
    QVERIFY2(!passes(filter, key, false), "unknown last use never counts as unused");
    key.lastUsed = pinnedNow.addDays(-100);
    QVERIFY(!passes(filter, key, false));
    QVERIFY(passes(filter, key, true));
}

void TestKeyFilters::neverUsed()
{
    KeyFilter filter;
    filter.neverUsedOnly = true;
    ApiKey key = keyCreatedDaysAgo(3);
    QVERIFY(passes(filter, key, true));
    QVERIFY2(!passes(filter, key, false), "unknown last use never counts as never used");
    key.lastUsed = pinnedNow.addDays(-1);
    QVERIFY(!passes(filter, key, true));
}

void TestKeyFilters::inactive()
{
    KeyFilter filter;
    filter.inactiveOnly = true;
    ApiKey key = keyCreatedDaysAgo(3);
    QVERIFY(!passes(filter, key));
    for (KeyStatus status :
         {KeyStatus::Disabled, KeyStatus::Suspended, KeyStatus::Expired, KeyStatus::Revoked}) {
        key.status = status;
        QVERIFY2(passes(filter, key), qPrintable(kw::keyStatusText(status)));
    }
    key.status = KeyStatus::ReadOnly;
    QVERIFY(!passes(filter, key));
    key.status = KeyStatus::Active;
    key.expires = pinnedNow.addDays(-1);
    QVERIFY2(passes(filter, key), "an active key past its expiry is shown expired: inactive");
}

void TestKeyFilters::filtersCombine()
{
    KeyFilter filter;
    filter.inactiveOnly = true;
    filter.neverUsedOnly = true;
    ApiKey key = keyCreatedDaysAgo(200);
    key.status = KeyStatus::Disabled;
    QVERIFY(passes(filter, key));
    key.lastUsed = pinnedNow.addDays(-100);
    QVERIFY2(!passes(filter, key), "inactive but used: fails never used");
    filter.neverUsedOnly = false;
    filter.unusedForDays = 90;
    QVERIFY(passes(filter, key));
    filter.rotationDueOnly = true;
    QVERIFY(passes(filter, key));
    filter.status = KeyStatus::Suspended;
    QVERIFY2(!passes(filter, key), "the status filter combines too");
    filter.status = KeyStatus::Disabled;
    QVERIFY(passes(filter, key));
    filter.expiresWithinDays = 30;
    QVERIFY2(!passes(filter, key), "no expiry: fails expires within");
}

void TestKeyFilters::describeNamesEverySetFilter()
{
    KeyFilter filter;
    QVERIFY(filter.describe().isEmpty());
    filter.expiresWithinDays = 14;
    filter.unusedForDays = 1;
    filter.inactiveOnly = true;
    filter.neverUsedOnly = true;
    QCOMPARE(filter.describe(), QStringList({u"expires within 14 days"_s, u"unused for 1 day"_s,
                                             u"inactive"_s, u"never used"_s}));
}

void TestKeyFilters::parseDays_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("days"); // -1: refused
    QTest::newRow("zero") << u"0"_s << 0;
    QTest::newRow("number") << u"14"_s << 14;
    QTest::newRow("spaces") << u" 7 "_s << 7;
    QTest::newRow("negative") << u"-1"_s << -1;
    QTest::newRow("word") << u"soon"_s << -1;
    QTest::newRow("fraction") << u"1.5"_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestKeyFilters::parseDays()
{
    QFETCH(QString, text);
    QFETCH(int, days);
    QString error;
    const std::optional<int> parsed = kw::parseFilterDays(text, &error);
    if (days < 0) {
        QVERIFY(!parsed);
        QVERIFY2(error.contains(u"not a number of days"_s), qPrintable(error));
    } else {
        QCOMPARE(parsed, std::optional<int>(days));
        QVERIFY(error.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestKeyFilters)
#include "test_keyfilters.moc"

// The key table's filter proxy with the filters it shares with keywarden-cli (console/KeyFilters):
// each new filter narrows the rows, they combine with the text, status and rotation filters, and
// last use counts only where the provider reports it.
#include "core/Clock.h"
#include "ui/KeyFilterProxy.h"
#include "ui/KeyTableModel.h"

#include <QTest>

using namespace kw;
using namespace Qt::StringLiterals;

namespace {

const QDateTime pinnedNow = QDateTime(QDate(2026, 12, 5), QTime(12, 0), Qt::UTC);

ApiKey key(const QString& name, int ageDays)
{
    ApiKey k;
    k.id = name;
    k.name = name;
    k.prefix = name.left(4);
    k.created = pinnedNow.addDays(-ageDays);
    return k;
}

QList<ApiKey> sampleKeys()
{
    ApiKey soon = key(u"expiring-soon"_s, 10);
    soon.expires = pinnedNow.addDays(5);
    soon.lastUsed = pinnedNow.addDays(-1);
    ApiKey later = key(u"expiring-later"_s, 10);
    later.expires = pinnedNow.addDays(60);
    later.lastUsed = pinnedNow.addDays(-2);
    ApiKey stale = key(u"stale-used"_s, 300);
    stale.lastUsed = pinnedNow.addDays(-120);
    ApiKey never = key(u"never-used-old"_s, 200);
    ApiKey fresh = key(u"never-used-new"_s, 3);
    ApiKey off = key(u"disabled-old"_s, 200);
    off.status = KeyStatus::Disabled;
    return {soon, later, stale, never, fresh, off};
}

Capabilities caps(bool lastUsed)
{
    Capabilities c;
    c.providerId = u"test"_s;
    c.lastUsed = lastUsed;
    return c;
}

QStringList shownNames(const KeyFilterProxy& proxy)
{
    QStringList names;
    for (int row = 0; row < proxy.rowCount(); ++row)
        names.append(proxy.index(row, KeyTableModel::NameColumn).data(Qt::DisplayRole).toString());
    names.sort();
    return names;
}

} // namespace

class TestKeyFilterProxy : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_clock.emplace([] { return pinnedNow; });
        m_model = std::make_unique<KeyTableModel>();
        m_model->setKeys(sampleKeys());
        m_proxy = std::make_unique<KeyFilterProxy>();
        m_proxy->setSourceModel(m_model.get());
        m_proxy->setCapabilities(caps(true));
    }
    void cleanup()
    {
        m_proxy.reset();
        m_model.reset();
        m_clock.reset();
    }

    void expiresWithinKeepsOnlyKeysExpiringSoon()
    {
        QCOMPARE(m_proxy->rowCount(), 6);
        m_proxy->setExpiresWithinDays(14);
        QCOMPARE(shownNames(*m_proxy), QStringList{u"expiring-soon"_s});
        m_proxy->setExpiresWithinDays(90);
        QCOMPARE(shownNames(*m_proxy), QStringList({u"expiring-later"_s, u"expiring-soon"_s}));
        m_proxy->setExpiresWithinDays(std::nullopt);
        QCOMPARE(m_proxy->rowCount(), 6);
    }

    void unusedForCountsNeverUsedSinceCreation()
    {
        m_proxy->setUnusedForDays(90);
        QCOMPARE(shownNames(*m_proxy),
                 QStringList({u"disabled-old"_s, u"never-used-old"_s, u"stale-used"_s}));
    }

    void neverUsedAndInactive()
    {
        m_proxy->setNeverUsedOnly(true);
        QCOMPARE(shownNames(*m_proxy),
                 QStringList({u"disabled-old"_s, u"never-used-new"_s, u"never-used-old"_s}));
        m_proxy->setInactiveOnly(true);
        QCOMPARE(shownNames(*m_proxy), QStringList{u"disabled-old"_s});
        m_proxy->setNeverUsedOnly(false);
        QCOMPARE(shownNames(*m_proxy), QStringList{u"disabled-old"_s});
    }

    void filtersCombineWithTextAndStatus()
    {
        m_proxy->setUnusedForDays(90);
        m_proxy->setFilterText(u"never-used"_s);
        QCOMPARE(shownNames(*m_proxy), QStringList{u"never-used-old"_s});
        m_proxy->setFilterText(QString());
        m_proxy->setStatusFilter(KeyStatus::Active);
        QCOMPARE(shownNames(*m_proxy), QStringList({u"never-used-old"_s, u"stale-used"_s}));
        m_proxy->setRotationDueOnly(true);
        QCOMPARE(shownNames(*m_proxy), QStringList({u"never-used-old"_s, u"stale-used"_s}));
        m_proxy->setExpiresWithinDays(30);
        QCOMPARE(m_proxy->rowCount(), 0);
        const QStringList said = m_proxy->keyFilter().describe();
        QVERIFY2(said.contains(u"unused for 90 days"_s) && said.contains(u"rotation due"_s) &&
                     said.contains(u"expires within 30 days"_s),
                 qPrintable(said.join(u" | "_s)));
    }

    // A provider that does not report last use: no key is "unused" or "never used".
    void lastUseFiltersNeedAProviderThatReportsIt()
    {
        m_proxy->setNeverUsedOnly(true);
        QCOMPARE(m_proxy->rowCount(), 3);
        m_proxy->setCapabilities(caps(false));
        QCOMPARE(m_proxy->rowCount(), 0);
        m_proxy->setNeverUsedOnly(false);
        m_proxy->setUnusedForDays(0);
        QCOMPARE(m_proxy->rowCount(), 0);
        m_proxy->setCapabilities(caps(true));
        QCOMPARE(m_proxy->rowCount(), 6);
    }

    // The fleet view: each row is filtered with its own account's capabilities, and the text
    // filter matches the account label.
    void eachAccountsRowsUseItsCapabilities()
    {
        KeyTableModel::AccountData reports;
        reports.label = u"Reports prod"_s;
        KeyTableModel::AccountData silent;
        silent.label = u"Silent dev"_s;
        m_model->setKeys({});
        m_model->setAccountData(u"reports"_s, reports);
        m_model->setAccountData(u"silent"_s, silent);
        const QList<ApiKey> keys = sampleKeys();
        m_model->setAccountKeys(u"reports"_s, {keys.at(3)}); // never-used-old
        m_model->setAccountKeys(u"silent"_s, {keys.at(4)});  // never-used-new
        m_proxy->setCapabilities(caps(false));
        m_proxy->setAccountCapabilities(u"reports"_s, caps(true));
        m_proxy->setAccountCapabilities(u"silent"_s, caps(false));
        m_proxy->setNeverUsedOnly(true);
        QCOMPARE(shownNames(*m_proxy), QStringList{u"never-used-old"_s});
        m_proxy->setAccountCapabilities(u"silent"_s, caps(true));
        QCOMPARE(shownNames(*m_proxy), QStringList({u"never-used-new"_s, u"never-used-old"_s}));
        m_proxy->setNeverUsedOnly(false);
        m_proxy->setFilterText(u"silent"_s);
        QCOMPARE(shownNames(*m_proxy), QStringList{u"never-used-new"_s});
        m_proxy->removeAccountCapabilities(u"silent"_s);
        m_proxy->setFilterText(QString());
        m_proxy->setNeverUsedOnly(true);
        QCOMPARE(shownNames(*m_proxy), QStringList{u"never-used-old"_s});
    }

private:
    std::optional<ScopedClock> m_clock;
    std::unique_ptr<KeyTableModel> m_model;
    std::unique_ptr<KeyFilterProxy> m_proxy;
};

QTEST_MAIN(TestKeyFilterProxy)
#include "test_keyfilterproxy.moc"

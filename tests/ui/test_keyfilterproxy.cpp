// The key table's filter proxy with the filters it shares with keywarden-cli (console/KeyFilters):
// each new filter narrows the rows, they combine with the text, status and rotation filters, and
// last use counts only where the provider reports it.
#include "core/Clock.h"
#include "ui/KeyFilterProxy.h"
#include "ui/KeyTableModel.h"

#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <algorithm>
#include <numeric>

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

// Many keys with repeated words, so that typing a word changes hundreds of rows at once (the
// proxy then maps every row again) and a few rows at a time (it takes rows out one by one).
QList<ApiKey> manyKeys(int count)
{
    const QStringList services = {u"storage"_s, u"llm"_s, u"dns"_s};
    QList<ApiKey> keys;
    for (int i = 0; i < count; ++i) {
        ApiKey k = key(u"key-%1-%2"_s.arg(i % 7 == 0 ? u"alpha"_s : u"beta"_s).arg(i), i % 50);
        k.services = {services.at(i % 3)};
        k.description = i % 5 == 0 ? u"Nightly Backup"_s : u"web app"_s;
        keys.append(k);
    }
    return keys;
}

// The names a filter on text should keep, read from the model without the proxy.
QStringList expectedNames(const KeyTableModel& model, const QString& text)
{
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString haystack = model.index(row, 0).data(KeyTableModel::SearchTextRole).toString();
        if (std::all_of(words.cbegin(), words.cend(),
                        [&haystack](const QString& word) { return haystack.contains(word); }))
            names.append(model.index(row, KeyTableModel::NameColumn).data().toString());
    }
    names.sort();
    return names;
}

// What KeyFilterProxy replaced: QSortFilterProxyModel filtering on the model's SearchTextRole.
class ReferenceProxy : public QSortFilterProxyModel
{
public:
    ReferenceProxy()
    {
        setSortRole(KeyTableModel::SortRole);
        setSortCaseSensitivity(Qt::CaseInsensitive);
        setSortLocaleAware(true);
        setDynamicSortFilter(true);
    }
    void setText(const QString& text)
    {
        m_words = text.toLower().split(u' ', Qt::SkipEmptyParts);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        const QString haystack =
            sourceModel()->index(row, 0, parent).data(KeyTableModel::SearchTextRole).toString();
        return std::all_of(m_words.cbegin(), m_words.cend(),
                           [&haystack](const QString& word) { return haystack.contains(word); });
    }

private:
    QStringList m_words;
};

// The source rows in the proxy's order, for comparing orders.
QStringList orderedNames(const KeyFilterProxy& proxy)
{
    QStringList names;
    for (int row = 0; row < proxy.rowCount(); ++row)
        names.append(proxy.index(row, KeyTableModel::NameColumn).data().toString());
    return names;
}

// A key drawn from a few values a field, so that many rows tie on every column.
ApiKey randomKey(QRandomGenerator& random, int id)
{
    static const QStringList names = {u"alpha"_s, u"Alpha"_s, u"beta"_s, u"\u00e9t\u00e9"_s,
                                      u"ete"_s,   u"b10"_s,   u"b9"_s,   QString()};
    static const QStringList owners = {QString(), u"root"_s, u"Zo\u00eb"_s};
    static const QStringList services = {u"storage"_s, u"llm"_s, u"dns"_s};
    ApiKey k = key(names.at(int(random.bounded(names.size()))), int(random.bounded(4)));
    k.id = u"k%1"_s.arg(id);
    k.prefix = u"p%1"_s.arg(random.bounded(3));
    k.principal = owners.at(int(random.bounded(owners.size())));
    k.services = {services.at(int(random.bounded(services.size())))};
    if (random.bounded(3) == 0)
        k.ipAllowlist = {u"10.0.0.%1"_s.arg(random.bounded(2))};
    if (random.bounded(2) == 0)
        k.lastUsed = pinnedNow.addDays(-int(random.bounded(3)));
    if (random.bounded(3) == 0)
        k.expires = pinnedNow.addDays(int(random.bounded(3)) - 1);
    if (random.bounded(5) == 0)
        k.status = KeyStatus::Disabled;
    return k;
}

// The rows' SortRole values in the proxy's order: rows that tie may come in either order.
QVariantList sortValues(const KeyFilterProxy& proxy, int column)
{
    QVariantList values;
    for (int row = 0; row < proxy.rowCount(); ++row)
        values.append(proxy.index(row, column).data(KeyTableModel::SortRole));
    return values;
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

    // Typed letter by letter, rubbed out and typed again, the rows shown are always those a
    // filter set at once keeps, however many rows each letter takes away or brings back.
    void typingKeepsWhatAFreshFilterKeeps()
    {
        m_model->setKeys(manyKeys(700));
        m_proxy->sort(KeyTableModel::NameColumn, Qt::AscendingOrder);
        const QString word = u"Nightly backup alpha-14"_s;
        QStringList typed;
        for (qsizetype size = 1; size <= word.size(); ++size)
            typed.append(word.left(size));
        for (qsizetype size = word.size() - 1; size >= 0; --size)
            typed.append(word.left(size));
        typed << u"storage"_s << u"storage beta"_s << u"stor"_s << u"dns key-1"_s << QString();
        for (const QString& text : std::as_const(typed)) {
            m_proxy->setFilterText(text);
            QCOMPARE(shownNames(*m_proxy), expectedNames(*m_model, text));
            QStringList sorted = orderedNames(*m_proxy);
            std::sort(sorted.begin(), sorted.end(), [](const QString& a, const QString& b) {
                return a.localeAwareCompare(b) < 0;
            });
            QCOMPARE(orderedNames(*m_proxy), sorted);
        }
        QVERIFY(expectedNames(*m_model, u"Nightly backup alpha-14"_s).size() == 1);
    }

    // On many rows, with every text made ahead (as after a load), typing keeps what a fresh
    // filter keeps: words of one to four letters (found byte by byte), longer ones (memmem), a
    // word of two letters that every row holds, and two words at once.
    void typingOnManyRowsKeepsWhatAFreshFilterKeeps()
    {
        constexpr int Rows = 30000;
        m_model->setKeys(manyKeys(Rows));
        QTRY_VERIFY_WITH_TIMEOUT(m_model->searchTextsReady(), 60000);
        m_proxy->sort(KeyTableModel::NameColumn, Qt::AscendingOrder);
        QStringList haystacks;
        QStringList names;
        for (int row = 0; row < Rows; ++row) {
            haystacks.append(m_model->index(row, 0).data(KeyTableModel::SearchTextRole).toString());
            names.append(m_model->index(row, KeyTableModel::NameColumn).data().toString());
        }
        const auto expected = [&](const QString& text) {
            const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
            QStringList kept;
            for (int row = 0; row < Rows; ++row) {
                if (std::all_of(words.cbegin(), words.cend(), [&](const QString& word) {
                        return haystacks.at(row).contains(word);
                    }))
                    kept.append(names.at(row));
            }
            kept.sort();
            return kept;
        };
        QStringList typed;
        for (const QString& word : {u"alpha-29988"_s, u"nightly st"_s}) {
            for (qsizetype size = 1; size <= word.size(); ++size)
                typed.append(word.left(size));
        }
        typed << u"e"_s << u"ke"_s << u"storage web"_s << u"zz"_s << QString() << u"y-1"_s;
        for (const QString& text : std::as_const(typed)) {
            m_proxy->setFilterText(text);
            QCOMPARE(shownNames(*m_proxy), expected(text));
        }
        QCOMPARE(expected(u"alpha-29988"_s).size(), 1);
        QCOMPARE(expected(u"ke"_s).size(), Rows);
    }

    // What the proxy remembers of the last text must not hide a row that changed or came in
    // since: the next letter looks at it afresh.
    void narrowingSeesRowsChangedSinceTheLastLetter()
    {
        QList<ApiKey> keys = manyKeys(300);
        m_model->setKeys({});
        m_model->setAccountKeys(u"acct"_s, keys);
        m_proxy->setFilterText(u"zeb"_s);
        QCOMPARE(m_proxy->rowCount(), 0);
        keys[4].name = u"zebra-renamed"_s;
        ApiKey added = key(u"zebu-added"_s, 1);
        keys.append(added);
        m_model->setAccountKeys(u"acct"_s, keys);
        QCOMPARE(shownNames(*m_proxy), QStringList({u"zebra-renamed"_s, u"zebu-added"_s}));
        m_proxy->setFilterText(u"zebr"_s);
        QCOMPARE(shownNames(*m_proxy), QStringList{u"zebra-renamed"_s});
        m_proxy->setFilterText(u"zeb"_s);
        m_model->setKeys(sampleKeys());
        m_proxy->setFilterText(u"zebu"_s);
        QCOMPARE(m_proxy->rowCount(), 0);
        m_proxy->setFilterText(u"e"_s);
        QCOMPARE(shownNames(*m_proxy), expectedNames(*m_model, u"e"_s));
    }

    // Sorting on ranks worked out once orders rows exactly as QSortFilterProxyModel comparing
    // the raw values (SortRole, strings locale-aware) does, equal values included.
    void sortOrdersAsComparingRawValues()
    {
        m_model->setKeys(manyKeys(120));
        QSortFilterProxyModel plain;
        plain.setSortRole(KeyTableModel::SortRole);
        plain.setSortCaseSensitivity(Qt::CaseInsensitive);
        plain.setSortLocaleAware(true);
        plain.setSourceModel(m_model.get());
        const auto order = [](const QAbstractProxyModel& proxy) {
            QList<int> rows;
            for (int row = 0; row < proxy.rowCount(); ++row)
                rows.append(proxy.mapToSource(proxy.index(row, 0)).row());
            return rows;
        };
        for (const int column :
             {int(KeyTableModel::AgeColumn), int(KeyTableModel::NameColumn),
              int(KeyTableModel::ServicesColumn), int(KeyTableModel::LastUsedColumn)}) {
            for (const Qt::SortOrder direction : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                m_proxy->sort(column, direction);
                plain.sort(column, direction);
                QCOMPARE(order(*m_proxy), order(plain));
            }
        }
        // Rows that come in later take their place among the sorted ones.
        QList<ApiKey> more = manyKeys(130);
        m_model->setAccountKeys(QString(), more);
        QCOMPARE(m_proxy->rowCount(), 130);
        QCOMPARE(order(*m_proxy), order(plain));
    }

    // After a load the model makes every row's search text ahead, while the event loop runs
    // and a slice at a time, so that the first letter typed finds them made.
    void searchTextsAreMadeAheadAfterALoad()
    {
        m_model->setKeys(manyKeys(3000));
        QVERIFY(!m_model->searchTextsReady());
        QTRY_VERIFY_WITH_TIMEOUT(m_model->searchTextsReady(), 10000);
        m_proxy->setFilterText(u"alpha-14"_s);
        QCOMPARE(shownNames(*m_proxy), expectedNames(*m_model, u"alpha-14"_s));
        // Rows that change are made again.
        m_model->setAccountKeys(QString(), manyKeys(3001));
        QVERIFY(!m_model->searchTextsReady());
        QTRY_VERIFY_WITH_TIMEOUT(m_model->searchTextsReady(), 10000);
        QCOMPARE(shownNames(*m_proxy), expectedNames(*m_model, u"alpha-14"_s));
    }

    // An account's rows arriving among many others, scattered through the sort order: one layout
    // change, not an insert for each run (each moved every row after it, in the proxy and in a
    // view's header: 256 runs among 9 000 rows took 6-16 ms, bench_fleet); a few runs among few
    // rows are still inserts, and the selected key stays selected either way.
    void scatteredRowsAmongManyAreOneLayoutChange()
    {
        m_model->setKeys({});
        m_model->setAccountKeys(u"a"_s, manyKeys(9000));
        m_proxy->sort(KeyTableModel::NameColumn, Qt::AscendingOrder);
        QItemSelectionModel selection(m_proxy.get());
        selection.setCurrentIndex(m_proxy->index(100, 0),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QString chosen = selection.currentIndex().data().toString();
        QSignalSpy inserted(m_proxy.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy relaid(m_proxy.get(), &QAbstractItemModel::layoutChanged);
        QList<ApiKey> scattered;
        for (int i = 0; i < 64; ++i) // between the others' names: key-alpha-140x, key-beta-141x…
            scattered.append(
                key(u"key-%1-%2x"_s.arg(i % 7 == 0 ? u"alpha"_s : u"beta"_s).arg(i * 140), 1));
        m_model->setAccountKeys(u"b"_s, scattered);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(relaid.count(), 1);
        QCOMPARE(m_proxy->rowCount(), 9064);
        QCOMPARE(selection.currentIndex().data().toString(), chosen);
        // Two runs among a few hundred rows: inserts, as before.
        m_model->setKeys({});
        m_model->setAccountKeys(u"a"_s, manyKeys(300));
        inserted.clear();
        relaid.clear();
        m_model->setAccountKeys(u"b"_s, {key(u"key-alpha-0x"_s, 1), key(u"key-beta-99x"_s, 1)});
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(relaid.count(), 0);
    }

    // The selected key stays selected while the rows around it come and go, whether they go a
    // few runs at a time (rows removed and inserted) or many (one layout change); a key filtered
    // out is no longer selected, as with QSortFilterProxyModel.
    void selectionStaysOnItsKeyAcrossFiltering()
    {
        m_model->setKeys(manyKeys(700));
        m_proxy->sort(KeyTableModel::NameColumn, Qt::AscendingOrder);
        QItemSelectionModel selection(m_proxy.get());
        const QString chosen = u"key-alpha-14"_s;
        const int row = int(orderedNames(*m_proxy).indexOf(chosen));
        QVERIFY(row >= 0);
        selection.setCurrentIndex(m_proxy->index(row, 0),
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const auto selected = [&selection] {
            QStringList names;
            for (const QModelIndex& index : selection.selectedRows())
                names.append(index.data().toString());
            return names;
        };
        for (const QString& text : {u"a"_s, u"alpha"_s, u"alpha-1"_s, u"alpha-14"_s, u"alpha-1"_s,
                                    QString(), u"key-alpha-14"_s, QString()}) {
            m_proxy->setFilterText(text);
            QCOMPARE(selected(), QStringList{chosen});
            QCOMPARE(selection.currentIndex().data().toString(), chosen);
        }
        m_proxy->setFilterText(u"beta"_s);
        QVERIFY(selected().isEmpty());
        m_proxy->setFilterText(QString());
        QVERIFY(selected().isEmpty());
    }

    // Rows added, changed and taken away while a text is set and the rows are sorted: the proxy
    // shows what QSortFilterProxyModel shows, in the same order.
    void followsTheModelAsQSortFilterProxyModelDoes()
    {
        ReferenceProxy reference;
        reference.setSourceModel(m_model.get());
        QList<ApiKey> keys = manyKeys(400);
        m_model->setKeys({});
        m_model->setAccountKeys(u"acct"_s, keys);
        m_proxy->sort(KeyTableModel::NameColumn, Qt::DescendingOrder);
        reference.sort(KeyTableModel::NameColumn, Qt::DescendingOrder);
        // Empty when the proxy shows the reference's rows in its order, and maps both ways.
        const auto check = [&]() -> QString {
            QStringList expected;
            for (int row = 0; row < reference.rowCount(); ++row)
                expected.append(reference.index(row, KeyTableModel::NameColumn).data().toString());
            if (orderedNames(*m_proxy) != expected)
                return orderedNames(*m_proxy).join(u' ') + u" instead of "_s + expected.join(u' ');
            for (int row = 0; row < m_proxy->rowCount(); ++row) {
                const QModelIndex index = m_proxy->index(row, KeyTableModel::NameColumn);
                if (m_proxy->mapFromSource(m_proxy->mapToSource(index)) != index)
                    return u"row %1 does not map back"_s.arg(row);
            }
            return {};
        };
        for (const QString& text : {u"alpha"_s, u"alpha 1"_s, u"nightly"_s, QString(), u"l"_s}) {
            m_proxy->setFilterText(text);
            reference.setText(text);
            QVERIFY2(check().isEmpty(), qPrintable(u"typed: "_s + check()));
        }
        keys[3].name = u"key-alpha-renamed"_s; // now matches the text
        keys.removeAt(10);
        keys.removeAt(200);
        keys.append(key(u"key-alpha-new"_s, 4));
        keys.append(key(u"zz-no-match"_s, 4));
        m_model->setAccountKeys(u"acct"_s, keys);
        QVERIFY2(check().isEmpty(), qPrintable(u"rows changed: "_s + check()));
        m_proxy->setFilterText(u"alpha"_s);
        reference.setText(u"alpha"_s);
        QVERIFY2(check().isEmpty(), qPrintable(u"narrowed after the change: "_s + check()));
        keys.erase(keys.begin(), keys.begin() + 150);
        m_model->setAccountKeys(u"acct"_s, keys);
        QVERIFY2(check().isEmpty(), qPrintable(u"many rows gone: "_s + check()));
        m_proxy->sort(KeyTableModel::NameColumn, Qt::AscendingOrder);
        reference.sort(KeyTableModel::NameColumn, Qt::AscendingOrder);
        QVERIFY2(check().isEmpty(), qPrintable(u"sorted the other way: "_s + check()));
        m_proxy->setFilterText(QString());
        reference.setText(QString());
        QVERIFY2(check().isEmpty(), qPrintable(u"cleared: "_s + check()));
        m_model->setKeys(manyKeys(50));
        QVERIFY2(check().isEmpty(), qPrintable(u"reset: "_s + check()));
    }

    void ranksFollowRowsArrivingInBatchesAsAFreshBuildOrdersThem()
    {
        // Accounts' lists change in random batches (rows changed, gone, appended, sometimes most
        // of them); after each, every column's ranks, kept up to date row by row, equal ranks
        // built afresh, and the proxy orders as a fresh proxy does.
        QRandomGenerator random(15);
        m_model->setKeys({});
        const QStringList accounts = {u"one"_s, u"two"_s, u"three"_s};
        for (const QString& account : accounts) {
            KeyTableModel::AccountData data;
            data.label = account == u"two"_s ? u"Beta"_s : u"alpha"_s;
            m_model->setAccountData(account, data);
        }
        QHash<QString, QList<ApiKey>> lists;
        int nextId = 0;
        for (int batch = 0; batch < 60; ++batch) {
            const int column = batch % KeyTableModel::ColumnCount;
            const Qt::SortOrder order = batch % 2 ? Qt::DescendingOrder : Qt::AscendingOrder;
            m_proxy->sort(column, order);
            for (int c = 0; c < KeyTableModel::ColumnCount; ++c)
                (void)m_model->sortRanks(c); // every column built, so each is kept up to date
            QList<ApiKey>& keys = lists[accounts.at(batch % accounts.size())];
            const bool most = random.bounded(8) == 0;
            for (ApiKey& k : keys) {
                if (most || random.bounded(10) == 0) {
                    const QString id = k.id;
                    k = randomKey(random, 0);
                    k.id = id;
                }
            }
            for (int gone = int(random.bounded(4)); gone > 0 && !keys.isEmpty(); --gone)
                keys.removeAt(int(random.bounded(keys.size())));
            for (int added = int(random.bounded(most ? 60 : 12)); added > 0; --added)
                keys.append(randomKey(random, nextId++));
            m_model->setAccountKeys(accounts.at(batch % accounts.size()), keys);
            for (int c = 0; c < KeyTableModel::ColumnCount; ++c)
                QVERIFY2(m_model->sortRanks(c) == m_model->buildSortRanks(c),
                         qPrintable(u"batch %1, column %2"_s.arg(batch).arg(c)));
            KeyFilterProxy fresh;
            fresh.setSourceModel(m_model.get());
            fresh.sort(column, order);
            QCOMPARE(sortValues(*m_proxy, column), sortValues(fresh, column));
            for (int c = 0; c < KeyTableModel::ColumnCount; ++c) {
                for (const Qt::SortOrder o : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                    m_proxy->sort(c, o);
                    fresh.sort(c, o);
                    QCOMPARE(sortValues(*m_proxy, c), sortValues(fresh, c));
                }
            }
        }
        QVERIFY(m_model->rowCount() > 100);
    }

private:
    std::optional<ScopedClock> m_clock;
    std::unique_ptr<KeyTableModel> m_model;
    std::unique_ptr<KeyFilterProxy> m_proxy;
};

QTEST_MAIN(TestKeyFilterProxy)
#include "test_keyfilterproxy.moc"

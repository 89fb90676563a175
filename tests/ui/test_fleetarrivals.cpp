// The fleet view's arrivals (ui/FleetArrivals): a long list of an account's keys goes into the
// key model a slice at a time, over several turns of the event loop, and ends with every row,
// in the proxy's sort order, with the view's selection where it was; a newer list of the account
// replaces what was still to come, and a small list is added at once.
#include "ui/FleetArrivals.h"
#include "ui/KeyFilterProxy.h"
#include "ui/KeyTableModel.h"

#include <QCollator>
#include <QItemSelectionModel>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace kw;
using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 10'000;

// count keys of one account, their names in no order (so that each slice lands all over the
// sorted table, as an account's keys do among the others').
QList<ApiKey> keysOf(const QString& account, int count, int from = 0)
{
    QList<ApiKey> keys;
    for (int i = from; i < from + count; ++i) {
        ApiKey key;
        key.id = u"%1-%2"_s.arg(account).arg(i);
        key.name = u"key %1 %2"_s.arg((i * 7919) % 10007).arg(account);
        keys.append(key);
    }
    return keys;
}

// The model, the proxy sorted by name and a selection on it, as the window's table has them.
struct Table
{
    KeyTableModel model;
    KeyFilterProxy proxy;
    QItemSelectionModel selection{&proxy};
    FleetArrivals arrivals{&model};
    Table()
    {
        proxy.setSourceModel(&model);
        proxy.sort(KeyTableModel::NameColumn, Qt::AscendingOrder);
    }
    int rowsOf(const QString& account) const
    {
        int rows = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            rows += model.accountIdAt(row) == account ? 1 : 0;
        return rows;
    }
    void select(const QString& account, const QString& keyId)
    {
        const QModelIndex at = proxy.mapFromSource(model.index(model.rowOfKey(account, keyId), 0));
        selection.setCurrentIndex(at,
                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    QString currentKey() const
    {
        return selection.currentIndex().data(KeyTableModel::KeyIdRole).toString();
    }
    // Every shown row in name order (as the collator orders them), each row once.
    bool sorted() const
    {
        const QCollator collator;
        for (int row = 1; row < proxy.rowCount(); ++row) {
            const QString before = proxy.index(row - 1, 0).data(KeyTableModel::SortRole).toString();
            const QString after = proxy.index(row, 0).data(KeyTableModel::SortRole).toString();
            if (collator.compare(before, after) > 0)
                return false;
        }
        return proxy.rowCount() == model.rowCount();
    }
};

bool holdsExactly(const Table& table, const QString& account, const QList<ApiKey>& keys)
{
    for (const ApiKey& key : keys) {
        if (table.model.rowOfKey(account, key.id) < 0)
            return false;
    }
    return table.rowsOf(account) == keys.size();
}

} // namespace

class TestFleetArrivals : public QObject
{
    Q_OBJECT

private slots:
    // A small list (no more than a slice of new keys) is in at once, as before.
    void aSmallListIsAddedAtOnce()
    {
        Table table;
        const QList<ApiKey> keys = keysOf(u"a"_s, int(FleetArrivals::SliceRows));
        table.arrivals.setAccountKeys(u"a"_s, keys);
        QVERIFY(!table.arrivals.isPending(u"a"_s));
        QVERIFY(holdsExactly(table, u"a"_s, keys));
        QVERIFY(table.sorted());
    }

    // 1 500 keys arriving beside another account's: the first slice at once, the rest over
    // later turns, and at the end every key once, sorted, the selected key still selected.
    void aLongListArrivesInSlicesAndEndsWhole()
    {
        Table table;
        const QList<ApiKey> first = keysOf(u"a"_s, 200);
        table.arrivals.setAccountKeys(u"a"_s, first);
        table.select(u"a"_s, u"a-50"_s);
        QSignalSpy slices(&table.arrivals, &FleetArrivals::sliceAdded);
        QSignalSpy complete(&table.arrivals, &FleetArrivals::accountComplete);
        const QList<ApiKey> keys = keysOf(u"b"_s, 1500);
        table.arrivals.setAccountKeys(u"b"_s, keys);
        // Only the first slice so far: the rest waits for the event loop.
        QCOMPARE(table.rowsOf(u"b"_s), int(FleetArrivals::SliceRows));
        QVERIFY(table.arrivals.isPending(u"b"_s));
        QVERIFY(table.sorted());
        QCOMPARE(table.currentKey(), u"a-50"_s);
        QVERIFY(complete.wait(Timeout));
        QCOMPARE(complete.size(), 1);
        QCOMPARE(complete.first().first().toString(), u"b"_s);
        // ceil((1500 - 256) / 256) slices after the first.
        QCOMPARE(slices.size(),
                 int((1500 - FleetArrivals::SliceRows + FleetArrivals::SliceRows - 1) /
                     FleetArrivals::SliceRows));
        QVERIFY(!table.arrivals.isPending(u"b"_s));
        QVERIFY(holdsExactly(table, u"b"_s, keys));
        QVERIFY(holdsExactly(table, u"a"_s, first));
        QVERIFY(table.sorted());
        // The selection stayed on its key through every slice.
        QCOMPARE(table.currentKey(), u"a-50"_s);
        const QModelIndexList selected = table.selection.selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(KeyTableModel::KeyIdRole).toString(), u"a-50"_s);
    }

    // Two long lists at once take turns, and both end whole.
    void twoLongListsTakeTurns()
    {
        Table table;
        QSignalSpy complete(&table.arrivals, &FleetArrivals::accountComplete);
        const QList<ApiKey> a = keysOf(u"a"_s, 1000);
        const QList<ApiKey> b = keysOf(u"b"_s, 1000);
        table.arrivals.setAccountKeys(u"a"_s, a);
        table.arrivals.setAccountKeys(u"b"_s, b);
        while (complete.size() < 2)
            QVERIFY(complete.wait(Timeout));
        QVERIFY(table.arrivals.isEmpty());
        QVERIFY(holdsExactly(table, u"a"_s, a));
        QVERIFY(holdsExactly(table, u"b"_s, b));
        QVERIFY(table.sorted());
    }

    // A newer list of the account (its next page, a refresh) while slices of the older one are
    // still to come: the account ends with exactly the newer list.
    void aNewerListReplacesWhatWasStillToCome()
    {
        Table table;
        QSignalSpy complete(&table.arrivals, &FleetArrivals::accountComplete);
        table.arrivals.setAccountKeys(u"a"_s, keysOf(u"a"_s, 1200));
        QVERIFY(table.arrivals.isPending(u"a"_s));
        // Half the older keys, some new ones, more than a slice to add again.
        const QList<ApiKey> newer = keysOf(u"a"_s, 600) + keysOf(u"a"_s, 400, 5000);
        table.arrivals.setAccountKeys(u"a"_s, newer);
        QVERIFY(complete.wait(Timeout));
        QVERIFY(holdsExactly(table, u"a"_s, newer));
        QVERIFY(table.sorted());
    }

    // An account forgotten (removed) mid-way gets nothing more, while another account's slices
    // go on to the end; and every row replaced at once drops whatever was to come.
    void aForgottenAccountGetsNothingMore()
    {
        Table table;
        QSignalSpy complete(&table.arrivals, &FleetArrivals::accountComplete);
        table.arrivals.setAccountKeys(u"gone"_s, keysOf(u"gone"_s, 1000));
        const QList<ApiKey> stays = keysOf(u"stays"_s, 1000);
        table.arrivals.setAccountKeys(u"stays"_s, stays);
        table.arrivals.forget(u"gone"_s);
        table.model.setAccountKeys(u"gone"_s, {}); // as the window does for a removed account
        QVERIFY(complete.wait(Timeout));
        QCOMPARE(complete.first().first().toString(), u"stays"_s);
        QVERIFY(holdsExactly(table, u"stays"_s, stays));
        QCOMPARE(table.rowsOf(u"gone"_s), 0);
        QVERIFY(table.arrivals.isEmpty());

        table.arrivals.setAccountKeys(u"later"_s, keysOf(u"later"_s, 1000));
        QVERIFY(table.arrivals.isPending(u"later"_s));
        table.model.setKeys({}); // the single-account view, say
        QVERIFY(table.arrivals.isEmpty());
    }
};

QTEST_MAIN(TestFleetArrivals)
#include "test_fleetarrivals.moc"

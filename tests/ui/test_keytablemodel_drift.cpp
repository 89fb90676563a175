// KeyTableModel's drift (KeyTableModelDrift.cpp): setting an account's drift tells the rows whose
// drift changed in one dataChanged a run of neighbouring rows, and the count of vanished (ghost)
// rows stays equal to the rows themselves through drift set, reloads and an account's removal.
#include "core/Clock.h"
#include "ui/KeyTableModel.h"

#include <QSignalSpy>
#include <QTest>

using namespace kw;
using namespace Qt::StringLiterals;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 5, 20), QTime(12, 0), Qt::UTC);

ApiKey makeKey(const QString& id)
{
    ApiKey key;
    key.id = id;
    key.name = u"key "_s + id;
    key.created = Now.addDays(-1);
    return key;
}

QList<ApiKey> makeKeys(const QString& prefix, int count)
{
    QList<ApiKey> keys;
    for (int i = 0; i < count; ++i)
        keys.append(makeKey(prefix + QString::number(i)));
    return keys;
}

// The first and last row of each dataChanged, in order.
QList<std::pair<int, int>> runsOf(const QSignalSpy& spy)
{
    QList<std::pair<int, int>> runs;
    for (const QList<QVariant>& signal : spy)
        runs.append(
            {signal.at(0).value<QModelIndex>().row(), signal.at(1).value<QModelIndex>().row()});
    return runs;
}

} // namespace

class TestKeyTableModelDrift : public QObject
{
    Q_OBJECT

private slots:
    void driftIsToldOnceARunOfChangedRows()
    {
        const ScopedClock clock([] { return Now; });
        KeyTableModel model;
        model.setAccountKeys(u"a"_s, makeKeys(u"a"_s, 10));
        model.setAccountKeys(u"b"_s, makeKeys(u"b"_s, 3)); // rows 10 to 12
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        const QHash<QString, DriftKind> drift{{u"a1"_s, DriftKind::New},
                                              {u"a2"_s, DriftKind::New},
                                              {u"a3"_s, DriftKind::Orphan},
                                              {u"a6"_s, DriftKind::Vanished}};
        model.setAccountDrift(u"a"_s, drift);
        using Runs = QList<std::pair<int, int>>;
        QCOMPARE(runsOf(changed), (Runs{{1, 3}, {6, 6}}));
        for (const QList<QVariant>& signal : std::as_const(changed)) {
            QCOMPARE(signal.at(0).value<QModelIndex>().column(), int(KeyTableModel::NameColumn));
            QCOMPARE(signal.at(1).value<QModelIndex>().column(), int(KeyTableModel::NameColumn));
        }
        QCOMPARE(model.index(2, 0).data(KeyTableModel::DriftRole).toInt(), int(DriftKind::New));
        QCOMPARE(model.index(6, 0).data(KeyTableModel::DriftRole).toInt(),
                 int(DriftKind::Vanished));

        // One key marked as seen: only its row repaints.
        changed.clear();
        QHash<QString, DriftKind> seen = drift;
        seen.remove(u"a2"_s);
        model.setAccountDrift(u"a"_s, seen);
        QCOMPARE(runsOf(changed), (Runs{{2, 2}}));
        QCOMPARE(model.index(2, 0).data(KeyTableModel::DriftRole).toInt(), int(DriftKind::None));

        // The same drift again: nothing.
        changed.clear();
        model.setAccountDrift(u"a"_s, seen);
        QCOMPARE(changed.count(), 0);

        // Everything seen: the three rows left, in their two runs; the other account untouched.
        model.setAccountDrift(u"a"_s, {});
        QCOMPARE(runsOf(changed), (Runs{{1, 1}, {3, 3}, {6, 6}}));
    }

    void manyKeysMarkedAtOnceAreOneSignal()
    {
        const ScopedClock clock([] { return Now; });
        KeyTableModel model;
        const QList<ApiKey> keys = makeKeys(u"k"_s, 5000);
        model.setAccountKeys(u"a"_s, keys);
        QHash<QString, DriftKind> drift;
        for (const ApiKey& key : keys)
            drift.insert(key.id, DriftKind::New);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setAccountDrift(u"a"_s, drift);
        QCOMPARE(runsOf(changed), (QList<std::pair<int, int>>{{0, 4999}}));
        model.setAccountDrift(u"a"_s, {});
        QCOMPARE(changed.count(), 2);
    }

    void ghostCountFollowsDriftReloadAndRemoval()
    {
        const ScopedClock clock([] { return Now; });
        KeyTableModel model;
        const auto counted = [&model] {
            const int count = model.vanishedRowCount();
            if (count != int(model.vanishedRows().size()))
                qWarning() << "count" << count << "rows" << model.vanishedRows();
            return count == int(model.vanishedRows().size()) ? count : -1;
        };
        QCOMPARE(counted(), 0);

        // The window's fleet load: an account's listed keys plus its vanished keys' ghosts.
        QList<ApiKey> listedA = makeKeys(u"a"_s, 6);
        const QList<ApiKey> ghostsA{makeKey(u"gone-a1"_s), makeKey(u"gone-a2"_s)};
        QHash<QString, DriftKind> driftA{{u"gone-a1"_s, DriftKind::Vanished},
                                         {u"gone-a2"_s, DriftKind::Vanished},
                                         {u"a0"_s, DriftKind::New}};
        model.setAccountKeys(u"a"_s, listedA + ghostsA);
        QCOMPARE(counted(), 0); // no drift set yet
        model.setAccountDrift(u"a"_s, driftA);
        QCOMPARE(counted(), 2);
        model.setAccountKeys(u"b"_s, makeKeys(u"b"_s, 3) + QList<ApiKey>{makeKey(u"gone-b"_s)});
        model.setAccountDrift(u"b"_s, {{u"gone-b"_s, DriftKind::Vanished}});
        QCOMPARE(counted(), 3);

        // A reload of a: one ghost marked as seen elsewhere goes, a new key vanished comes.
        driftA.remove(u"gone-a1"_s);
        driftA.insert(u"a5"_s, DriftKind::Vanished);
        listedA.removeLast(); // a5 is no longer listed: its ghost is appended after the others
        model.setAccountKeys(u"a"_s, listedA + QList<ApiKey>{ghostsA.at(1), makeKey(u"a5"_s)});
        QCOMPARE(counted(), 2); // gone-a1's row went; a5's row is a's old row, not yet vanished
        model.setAccountDrift(u"a"_s, driftA);
        QCOMPARE(counted(), 3);

        // A reload while the drift is set: appended and removed ghost rows are counted.
        model.setAccountKeys(u"a"_s, listedA); // the ghosts' rows go first
        QCOMPARE(counted(), 1);
        model.setAccountKeys(u"a"_s, listedA + QList<ApiKey>{ghostsA.at(1), makeKey(u"a5"_s)});
        QCOMPARE(counted(), 3);

        // Account b removed as the window does it: its rows, then its drift.
        model.setAccountKeys(u"b"_s, {});
        QCOMPARE(counted(), 2);
        model.setAccountDrift(u"b"_s, {});
        QCOMPARE(counted(), 2);

        // The single-account view replaces every row: counted afresh.
        model.setKeys(makeKeys(u"c"_s, 2) + QList<ApiKey>{makeKey(u"gone-a2"_s)}, u"a"_s);
        QCOMPARE(counted(), 1);
        model.setAccountDrift(u"a"_s, {});
        QCOMPARE(counted(), 0);
    }
};

QTEST_MAIN(TestKeyTableModelDrift)
#include "test_keytablemodel_drift.moc"

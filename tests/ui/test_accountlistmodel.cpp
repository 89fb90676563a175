// The account list's model: an "All accounts" row first whenever there are two or more
// accounts, with the accounts' keys, loads and failures added up, while each account's row
// keeps its own status.
#include "support/SandboxWindowHarness.h"
#include "ui/AccountListModel.h"

#include <QImage>
#include <QLocale>
#include <QSet>

using namespace kw;
using namespace kw::test;
using namespace Qt::StringLiterals;
using kw::sandbox::Fault;

class TestAccountListModel : public QObject
{
    Q_OBJECT

private slots:
    void allAccountsRowComesFirst()
    {
        SandboxWindowHarness h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        AccountListModel model(h.controller.get());
        const QStringList ids = h.controller->accountIds();
        QCOMPARE(model.rowCount(), int(ids.size()) + 1);
        QVERIFY(model.hasAllAccountsRow());
        const QModelIndex all = model.index(0);
        QVERIFY(all.data(AccountListModel::AllAccountsRole).toBool());
        QVERIFY(all.data(AccountListModel::AccountIdRole).toString().isEmpty());
        QVERIFY(model.accountIdAt(0).isEmpty());
        QCOMPARE(model.rowOfAccount(QString()), 0);
        int total = 0;
        for (int i = 0; i < ids.size(); ++i) {
            const QModelIndex row = model.index(i + 1);
            QCOMPARE(model.rowOfAccount(ids.at(i)), i + 1);
            QCOMPARE(model.accountIdAt(i + 1), ids.at(i));
            QVERIFY(!row.data(AccountListModel::AllAccountsRole).toBool());
            const int keys = int(h.controller->account(ids.at(i))->keys.size());
            total += keys;
            QCOMPARE(row.data(AccountListModel::StatusTextRole).toString(),
                     keys == 1 ? u"1 key"_s : u"%1 keys"_s.arg(keys));
        }
        const QString status = u"%1 keys"_s.arg(QLocale().toString(total));
        QCOMPARE(all.data(AccountListModel::StatusTextRole).toString(), status);
        QCOMPARE(all.data().toString(), u"All accounts\n"_s + status);
        QVERIFY(all.data(Qt::AccessibleTextRole).toString().startsWith(u"All accounts"_s));
    }

    // One account failing and one still loading show on their own rows and add up on the
    // first; neither holds the other accounts back.
    void aggregateCountsLoadingAndFailedAccounts()
    {
        SandboxWindowHarness h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        AccountListModel model(h.controller.get());
        Fault refused;
        refused.kind = Fault::Kind::Unauthorized;
        refused.count = -1;
        h.host.sandbox(u"scaleway"_s)->injectFault(refused);
        Fault hang;
        hang.kind = Fault::Kind::Hang;
        hang.count = -1;
        h.host.sandbox(u"coreweave"_s)->injectFault(hang);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        h.controller->refreshAll();
        const QString scaleway = h.accountOf.value(u"scaleway"_s);
        const QString coreweave = h.accountOf.value(u"coreweave"_s);
        QTRY_COMPARE_WITH_TIMEOUT(h.controller->account(scaleway)->state,
                                  AppController::LoadState::Error, RetriedFailureTimeout);
        // The other three are listed again while CoreWeave still waits.
        for (const QString& provider : {u"wayscloud"_s, u"wasabi-air"_s, u"wasabi-iam"_s})
            QTRY_COMPARE_WITH_TIMEOUT(h.controller->account(h.accountOf.value(provider))->state,
                                      AppController::LoadState::Ok, Timeout);
        QCOMPARE(h.controller->account(coreweave)->state, AppController::LoadState::Loading);
        const QString status = model.index(0).data(AccountListModel::StatusTextRole).toString();
        QVERIFY2(status.endsWith(u" · 1 loading · 1 failed"_s), qPrintable(status));
        QCOMPARE(model.index(model.rowOfAccount(scaleway))
                     .data(AccountListModel::StatusTextRole)
                     .toString(),
                 u"error"_s);
        QCOMPARE(model.index(model.rowOfAccount(coreweave))
                     .data(AccountListModel::StatusTextRole)
                     .toString(),
                 u"loading…"_s);
        // The first row was told each time an account changed.
        bool toldFirst = false;
        for (const QList<QVariant>& args : std::as_const(changed))
            toldFirst |= args.at(0).value<QModelIndex>().row() == 0;
        QVERIFY(toldFirst);
    }

    // Down to one account the row goes, and comes back with a second.
    void allAccountsRowFollowsTheNumberOfAccounts()
    {
        SandboxWindowHarness h;
        AccountListModel model(h.controller.get());
        QStringList ids = h.controller->accountIds();
        QVERIFY(ids.size() >= 3);
        const Account kept = h.controller->account(ids.last())->account;
        for (const QString& id : ids.mid(0, ids.size() - 2))
            h.controller->removeAccount(id);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.hasAllAccountsRow());
        const QString second = ids.at(ids.size() - 2);
        const Account again = h.controller->account(second)->account;
        h.controller->removeAccount(second);
        QVERIFY(!model.hasAllAccountsRow());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.accountIdAt(0), kept.id);
        QCOMPARE(model.rowOfAccount(QString()), -1);
        QVERIFY(!model.index(0).data(AccountListModel::AllAccountsRole).toBool());
        h.controller->addSessionAccount(again, Secret::fromString(u"any-token"_s));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.index(0).data(AccountListModel::AllAccountsRole).toBool());
        QCOMPARE(model.accountIdAt(1), kept.id);
        QCOMPARE(model.accountIdAt(2), again.id);
    }

    // The fleet view's Account column tells providers apart by a badge of its own colour.
    void eachProviderHasABadgeOfItsOwn()
    {
        QSet<QRgb> colours;
        const QStringList providers = {u"wayscloud"_s, u"scaleway"_s, u"coreweave"_s,
                                       u"wasabi-air"_s, u"wasabi-iam"_s};
        for (const QString& provider : providers) {
            const QIcon icon = AccountListModel::providerIcon(provider, provider);
            QCOMPARE(AccountListModel::providerIcon(provider, provider).cacheKey(),
                     icon.cacheKey());
            colours.insert(icon.pixmap(32, 32).toImage().pixel(5, 16));
        }
        QCOMPARE(colours.size(), providers.size());
    }
};

QTEST_MAIN(TestAccountListModel)
#include "test_accountlistmodel.moc"

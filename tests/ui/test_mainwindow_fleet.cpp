// The main window's "All accounts" view over the sandbox accounts of `keywarden --sandbox` (one
// per provider, each provider's real client against its emulator): every key in one table with
// its account, a banner line for an account that fails while the others stay listed, sorting
// and filters across accounts, actions that follow the selected key's own account, and several
// selected keys handed on as one bulk request.
#include "PromptChecks.h"
#include "support/SandboxWindowHarness.h"
#include "ui/AccountListModel.h"
#include "ui/KeyDisplayName.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QStyledItemDelegate>
#include <algorithm>

using namespace kw;
using namespace kw::test;
using namespace Qt::StringLiterals;
using kw::sandbox::Fault;

namespace {

int totalKeys(const SandboxWindowHarness& h)
{
    int total = 0;
    for (const QString& id : h.controller->accountIds())
        total += int(h.controller->account(id)->keys.size());
    return total;
}

QString accountOfRow(const SandboxWindowHarness& h, int row)
{
    return h.window->keyProxy()->index(row, 0).data(KeyTableModel::AccountIdRole).toString();
}

// The table row of a key of this account that passes test, or -1.
int rowWhere(const SandboxWindowHarness& h, const QString& provider,
             const std::function<bool(const ApiKey&)>& test)
{
    const KeyFilterProxy* proxy = h.window->keyProxy();
    const QString accountId = h.accountOf.value(provider);
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (accountOfRow(h, row) != accountId)
            continue;
        const int source = proxy->mapToSource(proxy->index(row, 0)).row();
        if (test(*h.window->keyModel()->keyAt(source)))
            return row;
    }
    return -1;
}

bool isActive(const ApiKey& key)
{
    return key.status == KeyStatus::Active && key.deletable;
}

struct FleetHarness : SandboxWindowHarness
{
    bool loadFleet()
    {
        if (!QTest::qWaitFor([this] { return allLoaded(); }, Timeout))
            return false;
        window->showAllAccounts();
        return window->isAllAccountsView() &&
               QTest::qWaitFor(
                   [this] { return window->keyProxy()->rowCount() == totalKeys(*this); }, Timeout);
    }
    QTableView* table() const { return window->findChild<QTableView*>(u"keyTable"_s); }
    void selectRows(const QList<int>& rows) const
    {
        QItemSelectionModel* selection = table()->selectionModel();
        selection->setCurrentIndex(window->keyProxy()->index(rows.first(), 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        for (const int row : rows.mid(1))
            selection->select(window->keyProxy()->index(row, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
};

// Counts the cells the table measures (QAbstractItemView::sizeHintForIndex asks the delegate).
class MeasuringDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        ++measured;
        return QStyledItemDelegate::sizeHint(option, index);
    }
    mutable int measured = 0;
};

} // namespace

class TestMainWindowFleet : public QObject
{
    Q_OBJECT

private slots:
    void init() { Prompts::setAnswerer(nullptr); }
    void cleanup() { Prompts::setAnswerer(nullptr); }

    // Two or more accounts at start: the window opens on all of them, with the Account column.
    void opensOnAllAccountsWithTheAccountColumn()
    {
        FleetHarness h;
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded(), Timeout);
        MainWindow window(h.controller.get());
        QVERIFY(window.isAllAccountsView());
        QCOMPARE(window.keyProxy()->rowCount(), totalKeys(h));
        auto* list = window.findChild<QListView*>(u"accountList"_s);
        QCOMPARE(list->model()->rowCount(), int(h.accountOf.size()) + 1);
        QVERIFY(list->currentIndex().data(AccountListModel::AllAccountsRole).toBool());
        QVERIFY(list->currentIndex().data().toString().startsWith(u"All accounts\n"_s));
        auto* table = window.findChild<QTableView*>(u"keyTable"_s);
        QVERIFY(!table->isColumnHidden(KeyTableModel::AccountColumn));
        QCOMPARE(table->horizontalHeader()->visualIndex(KeyTableModel::AccountColumn), 0);
        // Every listed account's keys, each row naming its account.
        QSet<QString> accounts;
        for (int row = 0; row < window.keyProxy()->rowCount(); ++row) {
            const QModelIndex cell = window.keyProxy()->index(row, KeyTableModel::AccountColumn);
            const QString id = cell.data(KeyTableModel::AccountIdRole).toString();
            accounts.insert(id);
            QCOMPARE(cell.data().toString(), h.controller->account(id)->account.label);
            QVERIFY(cell.data(Qt::DecorationRole).isValid());
        }
        QCOMPARE(accounts.size(), h.accountOf.size());
        // A column any account's provider has is shown (Wasabi IAM's owners, last use).
        QVERIFY(!table->isColumnHidden(KeyTableModel::OwnerColumn));
        QVERIFY(!table->isColumnHidden(KeyTableModel::LastUsedColumn));
        // Its own account's view has no Account column.
        window.selectAccount(h.accountOf.value(u"scaleway"_s));
        QVERIFY(!window.isAllAccountsView());
        QVERIFY(table->isColumnHidden(KeyTableModel::AccountColumn));
        QCOMPARE(window.keyProxy()->rowCount(), int(h.keysOf(u"scaleway"_s).size()));
        QVERIFY(window.selectedKey());
        QVERIFY(!window.findChild<QLabel*>(u"accountValue"_s)->isVisibleTo(&window));
        // View → All Accounts (Ctrl+0) brings every key back.
        auto* all = window.findChild<QAction*>(u"actionAllAccounts"_s);
        QVERIFY(all && all->isEnabled());
        QCOMPARE(all->shortcut(), QKeySequence(u"Ctrl+0"_s));
        all->trigger();
        QVERIFY(window.isAllAccountsView());
        QCOMPARE(window.keyProxy()->rowCount(), totalKeys(h));
        QVERIFY(!table->isColumnHidden(KeyTableModel::AccountColumn));
    }

    // Each account's keys, as they arrive in the fleet view, fit the columns from a few of that
    // account's own rows, never from a hundred rows of the whole list again (that held the
    // window for 20-40 ms an account on a busy machine, bench_fleet); a later account only
    // widens a column, so what the accounts before it needed stays.
    void arrivingAccountsFitTheColumnsFromAFewOfTheirRows()
    {
        FleetHarness h;
        h.window->showAllAccounts(); // before any list is in, as at a start with accounts
        QVERIFY(h.window->isAllAccountsView());
        QTableView* table = h.table();
        auto* delegate = new MeasuringDelegate(table);
        table->setItemDelegate(delegate);
        QList<int> measured; // cells measured as each account changed
        QList<QList<int>> widths;
        connect(h.controller.get(), &AppController::accountChanged, this, [&] {
            measured.append(std::exchange(delegate->measured, 0));
            QList<int> shown;
            for (int column = 0; column < KeyTableModel::ColumnCount; ++column)
                shown.append(table->isColumnHidden(column) ? -1 : table->columnWidth(column));
            widths.append(shown);
        });
        QVERIFY(h.loadFleet());
        QVERIFY(h.window->keyModel()->rowCount() > 100); // more rows than were ever measured
        const int fits = int(
            std::count_if(measured.cbegin(), measured.cend(), [](int cells) { return cells > 0; }));
        QCOMPARE(fits, int(h.accountOf.size())); // once for each account's first keys
        constexpr int MostRows = 32;
        for (const int cells : std::as_const(measured))
            QVERIFY2(cells <= MostRows * KeyTableModel::ColumnCount,
                     qPrintable(QString::number(cells)));
        // Once fitted, a column shown before and after an account arrived never narrowed.
        const qsizetype first = measured.indexOf(
            *std::find_if(measured.cbegin(), measured.cend(), [](int cells) { return cells > 0; }));
        for (qsizetype at = first + 1; at < widths.size(); ++at) {
            for (int column = 0; column < KeyTableModel::ColumnCount; ++column) {
                const int before = widths.at(at - 1).at(column);
                const int after = widths.at(at).at(column);
                if (before >= 0 && after >= 0)
                    QVERIFY2(
                        after >= before,
                        qPrintable(u"column %1: %2 → %3"_s.arg(column).arg(before).arg(after)));
            }
        }
        // Every header is still read whole.
        for (int column = 0; column < KeyTableModel::ColumnCount; ++column) {
            if (!table->isColumnHidden(column) && column != KeyTableModel::StatusColumn)
                QVERIFY(table->columnWidth(column) >=
                        table->horizontalHeader()->sectionSizeHint(column));
        }
    }

    // A failing account gets a banner line of its own; every other account stays listed, and
    // Fix… opens the failing one where Retry is.
    void aFailingAccountHasItsBannerAndHoldsNoOneBack()
    {
        FleetHarness h;
        QVERIFY(h.loadFleet());
        auto* banners = h.window->findChild<QWidget*>(u"fleetBanners"_s);
        QVERIFY(banners && !banners->isVisible());
        Fault refused;
        refused.kind = Fault::Kind::Unauthorized;
        refused.count = -1;
        h.host.sandbox(u"scaleway"_s)->injectFault(refused);
        const QString scaleway = h.accountOf.value(u"scaleway"_s);
        h.action("actionRefresh")->trigger(); // every account lists again
        QTRY_COMPARE_WITH_TIMEOUT(h.controller->account(scaleway)->state,
                                  AppController::LoadState::Error, RetriedFailureTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(h.allLoaded() || banners->isVisible(), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(banners->isVisible(), Timeout);
        const QList<QLabel*> lines = banners->findChildren<QLabel*>(u"fleetBannerLabel"_s);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first()->text().startsWith(u"Scaleway sandbox: "_s),
                 qPrintable(lines.first()->text()));
        // The others are loaded again and listed, with their account.
        for (const QString& provider : h.accountOf.keys()) {
            if (provider == u"scaleway"_s)
                continue;
            const QString id = h.accountOf.value(provider);
            QTRY_COMPARE_WITH_TIMEOUT(h.controller->account(id)->state,
                                      AppController::LoadState::Ok, Timeout);
            for (const ApiKey& key : h.keysOf(provider))
                QVERIFY2(h.window->keyModel()->rowOfKey(id, key.id) >= 0, qPrintable(key.id));
        }
        auto* fix = banners->findChild<QPushButton*>(u"fleetFixButton"_s);
        QVERIFY(fix && fix->isVisible());
        QCOMPARE(fix->accessibleName(), u"Fix Scaleway sandbox"_s);
        QVERIFY(!banners->accessibleName().isEmpty());
        fix->click();
        QVERIFY(!h.window->isAllAccountsView());
        QCOMPARE(h.window->currentAccountId(), scaleway);
        QVERIFY(!banners->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(h.window->findChild<QPushButton*>(u"retryButton"_s)->isVisible(),
                                 Timeout);
    }

    // Sorting, the text filter (the account label too) and the status filter across accounts.
    void sortingAndFiltersWorkAcrossAccounts()
    {
        FleetHarness h;
        QVERIFY(h.loadFleet());
        const KeyFilterProxy* proxy = h.window->keyProxy();
        h.table()->sortByColumn(KeyTableModel::CreatedColumn, Qt::AscendingOrder);
        int switches = 0;
        for (int row = 1; row < proxy->rowCount(); ++row) {
            QVERIFY(proxy->index(row - 1, KeyTableModel::CreatedColumn)
                        .data(KeyTableModel::SortRole)
                        .toLongLong() <= proxy->index(row, KeyTableModel::CreatedColumn)
                                             .data(KeyTableModel::SortRole)
                                             .toLongLong());
            switches += accountOfRow(h, row) != accountOfRow(h, row - 1) ? 1 : 0;
        }
        // One order over every key, not one account after the other.
        QVERIFY2(switches > h.accountOf.size(), qPrintable(QString::number(switches)));

        h.table()->sortByColumn(KeyTableModel::AccountColumn, Qt::AscendingOrder);
        QStringList labels;
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const QString label = proxy->index(row, KeyTableModel::AccountColumn).data().toString();
            if (labels.isEmpty() || labels.last() != label)
                labels.append(label);
        }
        QCOMPARE(labels.size(), h.accountOf.size()); // grouped by account
        QStringList sorted = labels;
        sorted.sort(Qt::CaseInsensitive);
        QCOMPARE(labels, sorted);

        auto* filter = h.window->findChild<QLineEdit*>(u"filterEdit"_s);
        filter->setText(u"coreweave sandbox"_s);
        const QString coreweave = h.accountOf.value(u"coreweave"_s);
        QCOMPARE(proxy->rowCount(), int(h.keysOf(u"coreweave"_s).size()));
        for (int row = 0; row < proxy->rowCount(); ++row)
            QCOMPARE(accountOfRow(h, row), coreweave);
        filter->clear();

        auto* status = h.window->findChild<QComboBox*>(u"statusFilterCombo"_s);
        status->setCurrentIndex(status->findData(int(KeyStatus::Disabled)));
        int disabled = 0;
        for (const QString& provider : h.accountOf.keys()) {
            for (const ApiKey& key : h.keysOf(provider))
                disabled += KeyTableModel::shownStatus(key, h.now) == KeyStatus::Disabled;
        }
        QVERIFY(disabled > 0);
        QCOMPARE(proxy->rowCount(), disabled);
        for (int row = 0; row < proxy->rowCount(); ++row)
            QCOMPARE(proxy->index(row, 0).data(KeyTableModel::StatusRole).toInt(),
                     int(KeyStatus::Disabled));
    }

    // The selected key's own account decides: Disable is offered for a Wasabi AIR key and not
    // for a WAYSCloud one, and disabling the Wasabi AIR key calls Wasabi AIR only.
    void anActionOnAKeyCallsItsOwnAccount()
    {
        FleetHarness h;
        QVERIFY(h.loadFleet());
        const int wayscloudRow = rowWhere(h, u"wayscloud"_s, isActive);
        const int airRow = rowWhere(h, u"wasabi-air"_s, isActive);
        QVERIFY(wayscloudRow >= 0 && airRow >= 0);
        QAction* toggle = h.action("actionToggleKeyActive");
        h.selectRows({wayscloudRow});
        QVERIFY(!toggle->isEnabled());
        QVERIFY(h.action("actionRevokeKey")->isEnabled());
        h.selectRows({airRow});
        QVERIFY(toggle->isEnabled());
        const std::optional<ApiKey> key = h.window->selectedKey();
        QVERIFY(key);
        auto* idValue = h.window->findChild<QLabel*>(u"idValue"_s);
        QVERIFY(idValue && idValue->text().contains(key->id));
        // The details name the key's account; its own view needs no such row.
        auto* accountValue = h.window->findChild<QLabel*>(u"accountValue"_s);
        QVERIFY(accountValue && accountValue->isVisibleTo(h.window.get()));
        QCOMPARE(accountValue->text(), u"Wasabi AiR sandbox (Wasabi AiR)"_s);

        PromptRecorder prompts;
        const int wayscloudRequests = h.host.sandbox(u"wayscloud"_s)->requestCount();
        toggle->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const ApiKey& listed : h.keysOf(u"wasabi-air"_s)) {
                    if (listed.id == key->id)
                        return listed.status == KeyStatus::Disabled;
                }
                return false;
            }(),
            Timeout);
        QCOMPARE(prompts.texts.size(), 1);
        QVERIFY(prompts.texts.first().contains(keyDisplayName(*key)));
        QCOMPARE(h.host.sandbox(u"wayscloud"_s)->requestCount(), wayscloudRequests);
        const QString airLabel =
            h.controller->account(h.accountOf.value(u"wasabi-air"_s))->account.label;
        QVERIFY(h.auditText().contains(airLabel));
        QVERIFY(h.auditText().contains(u"disable"_s));
    }

    // New Key in the fleet view names the account of the selected key before its dialog opens.
    void newKeyAsksForTheSelectedKeysAccount()
    {
        FleetHarness h;
        QVERIFY(h.loadFleet());
        const int row = rowWhere(h, u"coreweave"_s, isActive);
        QVERIFY(row >= 0);
        h.selectRows({row});
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        PromptRecorder prompts;
        prompts.answer = QMessageBox::No;
        h.action("actionCreateKey")->trigger();
        QCOMPARE(prompts.texts.size(), 1);
        QVERIFY2(prompts.texts.first().contains(u"CoreWeave sandbox"_s),
                 qPrintable(prompts.texts.first()));
        const QString problem = decisionProblem(
            Prompts::lastQuestion(), u"Create in CoreWeave sandbox"_s, u"Do not create"_s, true);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(opened.count(), 0);
        prompts.answer = QMessageBox::Yes;
        h.action("actionCreateKey")->trigger();
        QDialog* create = nextDialog(opened);
        QVERIFY(create);
        create->reject();
    }

    // Two keys of two accounts selected: Revoke, Disable and Rotate hand both on as one bulk
    // request; the single-key actions are off and the details pane counts the keys.
    void severalSelectedKeysMakeABulkRequest()
    {
        FleetHarness h;
        QVERIFY(h.loadFleet());
        const int airRow = rowWhere(h, u"wasabi-air"_s, isActive);
        const int scalewayRow = rowWhere(h, u"scaleway"_s, isActive);
        QVERIFY(airRow >= 0 && scalewayRow >= 0);
        h.selectRows({airRow, scalewayRow});
        const QList<KeyRef> selected = h.window->selectedKeys();
        QCOMPARE(selected.size(), 2);
        QCOMPARE(
            QSet<QString>({selected.at(0).accountId, selected.at(1).accountId}),
            QSet<QString>({h.accountOf.value(u"wasabi-air"_s), h.accountOf.value(u"scaleway"_s)}));
        auto* placeholder = h.window->findChild<QLabel*>(u"detailsPlaceholder"_s);
        QVERIFY(placeholder && placeholder->isVisible());
        QCOMPARE(placeholder->text(), u"2 keys selected"_s);
        for (const char* single : {"actionCopyKeyId", "actionEditKey", "actionShowSecret"})
            QVERIFY2(!h.action(single)->isEnabled(), single);

        QStringList actions;
        QList<QList<KeyRef>> requests;
        connect(h.window.get(), &MainWindow::bulkActionRequested, this,
                [&](const QString& action, const QList<KeyRef>& keys) {
                    actions.append(action);
                    requests.append(keys);
                });
        QSignalSpy opened(h.window.get(), &MainWindow::dialogOpened);
        PromptRecorder prompts;
        for (const char* name : {"actionRevokeKey", "actionToggleKeyActive", "actionRotateKey"}) {
            QVERIFY2(h.action(name)->isEnabled(), name);
            h.action(name)->trigger();
        }
        QCOMPARE(actions, QStringList({u"revoke"_s, u"disable"_s, u"rotate"_s}));
        for (const QList<KeyRef>& keys : requests) {
            QCOMPARE(keys.size(), 2);
            QCOMPARE(keys.at(0).key.id, selected.at(0).key.id);
            QCOMPARE(keys.at(1).key.id, selected.at(1).key.id);
        }
        // Each request reached the bulk flow: one confirmation per action, naming both keys with
        // their accounts; nothing was asked through a single-key prompt.
        QVERIFY(prompts.texts.isEmpty());
        QCOMPARE(opened.count(), 3);
        for (int i = 0; i < opened.count(); ++i) {
            auto* box = qobject_cast<QMessageBox*>(opened.at(i).at(0).value<QDialog*>());
            QVERIFY(box);
            QCOMPARE(box->objectName(), u"bulkConfirmation"_s);
            const QString text = box->text() + box->informativeText() + box->detailedText();
            for (const KeyRef& ref : selected)
                QVERIFY2(text.contains(h.controller->account(ref.accountId)->account.label),
                         qPrintable(text));
            QTest::keyClick(box, Qt::Key_Escape); // keep the keys
            QTRY_VERIFY_WITH_TIMEOUT(!box->isVisible(), Timeout);
        }
        for (const KeyRef& ref : selected) // nothing was revoked
            QVERIFY(h.controller->account(ref.accountId)->keys.contains(ref.key));
        // Select all: every key of every account, each once.
        h.table()->selectAll();
        QCOMPARE(h.window->selectedKeys().size(), totalKeys(h));
        QCOMPARE(placeholder->text(), u"%1 keys selected"_s.arg(totalKeys(h)));
        // Back to one key: its actions again.
        h.selectRows({airRow});
        QVERIFY(h.action("actionCopyKeyId")->isEnabled());
        QVERIFY(placeholder->isHidden() || placeholder->text() != u"2 keys selected"_s);
    }
};

QTEST_MAIN(TestMainWindowFleet)
#include "test_mainwindow_fleet.moc"

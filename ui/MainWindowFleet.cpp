// The "All accounts" view of the main window (the fleet view): every key of every account in
// one table, each account loaded on its own (one slow or failing account never holds back the
// others), a banner line per failing account, and the actions on several selected keys.
#include "AccountListModel.h"
#include "BulkActionFlow.h"
#include "FleetArrivals.h"
#include "FleetBanners.h"
#include "KeyDisplayName.h"
#include "KeyFilterProxy.h"
#include "KeyTableModel.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "console/AppController.h"
#include "ui_MainWindow.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <algorithm>

namespace kw {

using namespace Qt::StringLiterals;

void MainWindow::setUpFleet()
{
    // A long list's keys past its first slice come in over the next turns of the event loop;
    // a key waited for may be among them, and the count follows each account once it is in.
    m_arrivals = new FleetArrivals(m_keyModel, this);
    connect(m_arrivals, &FleetArrivals::sliceAdded, this, [this] {
        if (!m_keyToSelect.isEmpty() && selectKey(m_keyToSelectAccount, m_keyToSelect))
            m_keyToSelect.clear();
    });
    connect(m_arrivals, &FleetArrivals::accountComplete, this, &MainWindow::updateCount);
    m_fleetBanners = new FleetBanners(this);
    m_ui->keysLayout->insertWidget(m_ui->keysLayout->indexOf(m_ui->errorBanner) + 1,
                                   m_fleetBanners);
    // Fix… opens the failing account on its own, where Retry and Replace Token are.
    connect(m_fleetBanners, &FleetBanners::fixRequested, this, [this](const QString& accountId) {
        selectAccount(accountId);
        m_ui->accountList->setFocus(Qt::OtherFocusReason);
    });
    // Revoke, disable, enable or rotate several selected keys: one confirmation, an outcome
    // list; its dialogs are announced as the window's own.
    auto* bulk = new BulkActionFlow(m_controller, this);
    connect(this, &MainWindow::bulkActionRequested, bulk, &BulkActionFlow::start);
    connect(bulk, &BulkActionFlow::dialogOpened, this, &MainWindow::dialogOpened);
    // Drift (console/KeyDrift): "Mark as seen" in the details pane clears the key's badge.
    connect(
        m_ui->detailsPane, &KeyDetailsPane::driftAcknowledged, this,
        [this](const QString& keyId) { m_controller->acknowledgeDrift(keyAccountId(), {keyId}); });
    // View → All Accounts (Ctrl+0): back to every key from any account's own view.
    auto* all = new QAction(tr("&All Accounts"), this);
    all->setObjectName(u"actionAllAccounts"_s);
    all->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    all->setProperty("accessibleName", tr("All accounts"));
    all->setToolTip(tr("Every key of every account in one table (Ctrl+0)"));
    all->setEnabled(m_accountModel->hasAllAccountsRow());
    m_ui->viewMenu->insertAction(m_ui->actionFocusFilter, all);
    connect(all, &QAction::triggered, this, &MainWindow::showAllAccounts);
    auto offered = [this, all] { all->setEnabled(m_accountModel->hasAllAccountsRow()); };
    connect(m_accountModel, &QAbstractItemModel::rowsInserted, all, offered);
    connect(m_accountModel, &QAbstractItemModel::rowsRemoved, all, offered);
    QHeaderView* header = m_ui->keyTable->horizontalHeader();
    // The account comes first where it is shown.
    header->moveSection(header->visualIndex(KeyTableModel::AccountColumn), 0);
    m_ui->keyTable->setColumnHidden(KeyTableModel::AccountColumn, true);
    connect(m_ui->keyTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetails();
        updateActions();
    });
}

void MainWindow::showAllAccounts()
{
    const int row = m_accountModel->allAccountsRow();
    if (row >= 0)
        m_ui->accountList->setCurrentIndex(m_accountModel->index(row));
}

int MainWindow::rotationPolicyDaysFor(const QString& accountId) const
{
    return m_controller->rotationPolicyDays(accountId); // its own, or the default (Preferences)
}

void MainWindow::loadFleetAccount(const QString& accountId)
{
    const AppController::AccountView* view = m_controller->account(accountId);
    if (!view)
        return;
    KeyTableModel::AccountData shown;
    shown.label = view->account.label;
    const Capabilities* caps = view->capabilities;
    shown.icon = AccountListModel::providerIcon(view->account.provider,
                                                caps ? caps->providerName : view->account.provider);
    if (caps) {
        for (const ServiceInfo& service : caps->services)
            shown.serviceLabels.insert(service.id, service.label);
        m_proxy->setAccountCapabilities(accountId, *caps);
    } else {
        m_proxy->setAccountCapabilities(accountId, Capabilities());
    }
    shown.revokeOn =
        KeyTableModel::scheduledRevocations(m_controller->rotations().open(), accountId);
    shown.rotationDueDays = rotationPolicyDaysFor(accountId);
    m_keyModel->setAccountData(accountId, shown);
    const AccountDrift drift = m_controller->keyDrift(accountId);
    m_arrivals->setAccountKeys(accountId, view->keys + drift.vanished);
    m_keyModel->setAccountDrift(accountId, drift.kinds);
}

void MainWindow::onFleetAccountChanged(const QString& accountId)
{
    loadFleetAccount(accountId);
    showFleetColumns();
    // Fitted again as each account's keys first arrive (the first account alone may have no
    // owners or prefixes), and not again after that account's later refreshes.
    const AppController::AccountView* view = m_controller->account(accountId);
    const bool firstKeys = view && view->state == AppController::LoadState::Ok &&
                           !m_fittedAccounts.contains(accountId);
    if ((!m_columnsSized || firstKeys) && m_keyModel->rowCount() > 0) {
        if (view && view->state == AppController::LoadState::Ok)
            m_fittedAccounts.insert(accountId);
        // The first fit measures every account's rows; each later account only its own.
        sizeColumnsToContents(m_columnsSized ? accountId : QString());
    }
    if (!m_keyToSelect.isEmpty() && selectKey(m_keyToSelectAccount, m_keyToSelect))
        m_keyToSelect.clear();
    else if (m_proxy->rowCount() > 0 && !m_ui->keyTable->currentIndex().isValid())
        m_ui->keyTable->selectionModel()->setCurrentIndex(
            m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateFleetBanners();
    refreshViews();
    updateBanner();
    updateCount();
}

void MainWindow::onFleetAccountRemoved(const QString& accountId)
{
    m_arrivals->forget(accountId);
    m_keyModel->setAccountKeys(accountId, {});
    m_keyModel->setAccountDrift(accountId, {});
    m_keyModel->removeAccountData(accountId);
    m_proxy->removeAccountCapabilities(accountId);
    showFleetColumns();
    updateFleetBanners();
    refreshViews();
    updateCount();
}

void MainWindow::updateFleetBanners()
{
    QList<FleetBanners::Line> lines;
    if (m_allAccounts) {
        for (const QString& id : m_controller->accountIds()) {
            const AppController::AccountView* view = m_controller->account(id);
            if (view && view->state == AppController::LoadState::Error)
                lines.append({id, view->account.label, view->errorText});
        }
    }
    m_fleetBanners->setLines(lines);
}

KeyDetailsPane::ProviderFields MainWindow::providerFields(const Capabilities* caps)
{
    return {!caps || !caps->services.isEmpty(), !caps || caps->ipAllowlist, !caps || caps->lastUsed,
            !caps || caps->expiry != Capabilities::Expiry::None, !caps || caps->createdTime};
}

void MainWindow::showFleetColumns()
{
    // A column is shown when any listed account's provider has it.
    KeyDetailsPane::ProviderFields any{false, false, false, false, false};
    bool owners = false;
    bool prefixes = m_keyModel->rowCount() == 0;
    for (const QString& id : m_controller->accountIds()) {
        const AppController::AccountView* view = m_controller->account(id);
        if (!view)
            continue;
        const Capabilities* caps = view->capabilities;
        const KeyDetailsPane::ProviderFields fields = providerFields(caps);
        any.services |= fields.services;
        any.ipAllowlist |= fields.ipAllowlist;
        any.lastUsed |= fields.lastUsed;
        any.expiry |= fields.expiry;
        any.created |= fields.created;
        owners |= caps && (caps->bearer || caps->disablePrincipal);
        prefixes |= std::any_of(view->keys.cbegin(), view->keys.cend(), [](const ApiKey& key) {
            return !key.prefix.isEmpty() && key.prefix != key.id;
        });
    }
    QTableView* table = m_ui->keyTable;
    table->setColumnHidden(KeyTableModel::ServicesColumn, !any.services);
    table->setColumnHidden(KeyTableModel::IpAllowlistColumn, !any.ipAllowlist);
    table->setColumnHidden(KeyTableModel::LastUsedColumn, !any.lastUsed);
    table->setColumnHidden(KeyTableModel::ExpiresColumn, !any.expiry);
    table->setColumnHidden(KeyTableModel::CreatedColumn, !any.created);
    table->setColumnHidden(KeyTableModel::AgeColumn, !any.created);
    table->setColumnHidden(KeyTableModel::OwnerColumn, !owners);
    table->setColumnHidden(KeyTableModel::PrefixColumn, !prefixes);
    table->setColumnHidden(KeyTableModel::AccountColumn, false);
}

QList<KeyRef> MainWindow::selectedKeys() const
{
    // By ranges, not by index: a select-all of thousands of keys is one range of rows.
    QList<int> rows;
    for (const QItemSelectionRange& range : m_ui->keyTable->selectionModel()->selection()) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows.append(row);
    }
    const QModelIndex current = m_ui->keyTable->currentIndex();
    if (rows.isEmpty() && current.isValid())
        rows.append(current.row());
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QList<KeyRef> refs;
    for (const int row : std::as_const(rows)) {
        const int source = m_proxy->mapToSource(m_proxy->index(row, 0)).row();
        if (const ApiKey* key = m_keyModel->keyAt(source))
            refs.append({m_keyModel->accountIdAt(source), *key});
    }
    return refs;
}

bool MainWindow::requestBulk(const QString& action)
{
    const QList<KeyRef> keys = selectedKeys();
    if (keys.size() < 2)
        return false;
    QString name = action;
    if (action == u"toggle"_s) {
        const bool allDisabled = std::all_of(keys.cbegin(), keys.cend(), [](const KeyRef& ref) {
            return ref.key.status == KeyStatus::Disabled;
        });
        name = allDisabled ? u"enable"_s : u"disable"_s;
    }
    emit bulkActionRequested(name, keys);
    return true;
}

void MainWindow::showDetailsAccount(const QString& accountId)
{
    QString accountText;
    if (m_allAccounts) {
        // The key's own account: named, and its fields, labels and policy.
        const Capabilities* caps = currentCapabilities();
        if (const AppController::AccountView* owner = m_controller->account(accountId))
            accountText = caps ? tr("%1 (%2)").arg(owner->account.label, caps->providerName)
                               : owner->account.label;
        m_ui->detailsPane->setProviderFields(providerFields(caps));
        m_ui->detailsPane->setServiceLabels(m_keyModel->serviceLabelsOf(accountId));
    }
    m_ui->detailsPane->setAccountText(accountText);
}

QString MainWindow::bulkToggleText(bool enable)
{
    return enable ? tr("&Enable Keys") : tr("&Disable Keys…");
}

void MainWindow::applyMultiSelection(qsizetype selected)
{
    if (selected < 2)
        return;
    // Only what can be done to several keys at once stays on; the rest acts on one key.
    for (QAction* action : std::as_const(m_ruledActions)) {
        if (action != m_ui->actionCreateKey && action != m_ui->actionRefresh &&
            action != m_ui->actionRemoveAccount)
            action->setEnabled(false);
    }
    const QList<KeyRef> keys = selectedKeys();
    bool disables = false;
    bool allDisabled = true;
    for (const KeyRef& ref : keys) {
        const AppController::AccountView* view = m_controller->account(ref.accountId);
        disables |= view && view->capabilities && view->capabilities->disable;
        allDisabled &= ref.key.status == KeyStatus::Disabled;
    }
    const int count = int(keys.size());
    m_ui->actionRevokeKey->setEnabled(true);
    m_ui->actionRevokeKey->setToolTip(tr("Revoke the %n selected keys", nullptr, count));
    m_ui->actionRotateKey->setEnabled(true);
    m_ui->actionRotateKey->setToolTip(tr("Rotate the %n selected keys", nullptr, count));
    QAction* toggle = m_ui->actionToggleKeyActive;
    toggle->setEnabled(disables);
    toggle->setVisible(toggle->isVisible() || disables);
    toggle->setText(bulkToggleText(allDisabled));
    toggle->setToolTip(allDisabled ? tr("Enable the %n selected keys", nullptr, count)
                                   : tr("Disable the %n selected keys", nullptr, count));
}

bool MainWindow::confirmFleetCreate(const QString& accountId)
{
    const AppController::AccountView* view = m_controller->account(accountId);
    if (!view)
        return false;
    const QString provider =
        view->capabilities ? view->capabilities->providerName : view->account.provider;
    // All accounts are listed together: the account the key goes to is named before anything
    // is typed, so that a key is never made in an account the user did not mean.
    return Prompts::choose(this, QMessageBox::Question, tr("New key"),
                           tr("Create the new key in %1 (%2), the account of the selected key?\n\n"
                              "To create it in another account, select a key of that account "
                              "or the account in the list first.")
                               .arg(view->account.label, provider),
                           tr("Create in %1").arg(view->account.label), tr("Do not create"), true);
}

std::optional<KeyRef> MainWindow::currentKeyRef() const
{
    const QModelIndex current = m_ui->keyTable->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const int row = m_proxy->mapToSource(current).row();
    const ApiKey* key = m_keyModel->keyAt(row);
    if (!key)
        return std::nullopt;
    return KeyRef{m_keyModel->accountIdAt(row), *key};
}

QString MainWindow::keyAccountId() const
{
    if (!m_allAccounts)
        return m_currentAccountId;
    const std::optional<KeyRef> ref = currentKeyRef();
    return ref ? ref->accountId : QString();
}

bool MainWindow::selectKey(const QString& accountId, const QString& keyId)
{
    return selectModelRow(accountId.isEmpty() ? m_keyModel->rowOfKey(keyId)
                                              : m_keyModel->rowOfKey(accountId, keyId));
}

bool MainWindow::selectKey(const QString& keyId)
{
    return selectModelRow(m_keyModel->rowOfKey(keyId));
}

bool MainWindow::selectModelRow(int row)
{
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_keyModel->index(row, 0));
    if (!index.isValid())
        return false;
    m_ui->keyTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
    m_ui->keyTable->scrollTo(index);
    return true;
}

void MainWindow::refresh()
{
    if (m_allAccounts) {
        // Every account lists on its own; none waits for another.
        m_notice.clear();
        m_controller->refreshAll();
        return;
    }
    if (m_currentAccountId.isEmpty())
        return;
    m_notice.clear();
    m_controller->refresh(m_currentAccountId);
}

} // namespace kw

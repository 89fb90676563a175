// How the main window is laid out: its actions and their keyboard paths, the key table and its
// columns per provider, the filters and the table's context menu.
#include "AccountListModel.h"
#include "EmptyState.h"
#include "FlatScrollBarStyle.h"
#include "KeyActionPolicy.h"
#include "KeyDetailsPane.h"
#include "KeyFilterBar.h"
#include "KeyFilterProxy.h"
#include "KeyTableModel.h"
#include "MainWindow.h"
#include "ShortcutsDialog.h"
#include "console/AppController.h"
#include "ui_MainWindow.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QSpinBox>
#include <QStatusBar>
#include <algorithm>

namespace kw {

using namespace Qt::StringLiterals;

namespace {
// Columns are fitted to a sample of rows, not to every key: measuring thousands of rows would
// hold the window for a tenth of a second while the keys arrive, and even a hundred rows of
// every column, again as each account of the fleet view arrives, held it for 20-40 ms on a busy
// machine. The widths are capped at a few dozen characters anyway.
constexpr int ColumnFitRows = 32;
} // namespace

void MainWindow::setUpTable()
{
    m_proxy->setSourceModel(m_keyModel);
    QTableView* table = m_ui->keyTable;
    table->setModel(m_proxy);
    // Tab goes on to the details and the account list; the arrow keys move between the keys.
    table->setTabKeyNavigation(false);
    QHeaderView* header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setMinimumSectionSize(60);
    table->setColumnWidth(KeyTableModel::NameColumn, 220);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->sortByColumn(KeyTableModel::NameColumn, Qt::AscendingOrder);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    // The style's own focus mark on a view is a faint dotted line: the view that has the
    // keyboard gets a frame in the highlight colour instead, the same width as the plain one
    // (border plus padding) so nothing moves when the focus does.
    const QString focusFrame = u"%1 { border: 1px solid palette(mid); padding: 1px; }"
                               "%1:focus { border: 2px solid palette(highlight); padding: 0px; }"_s;
    table->setStyleSheet(focusFrame.arg(u"QTableView#keyTable"_s));
    // Repainted as each account's rows arrive: drawn without waiting for the thread pool.
    FlatScrollBarStyle::applyTo(table);
    m_ui->accountList->setStyleSheet(focusFrame.arg(u"QListView#accountList"_s));
    connect(table, &QTableView::customContextMenuRequested, this, &MainWindow::showTableMenu);
    connect(table, &QTableView::activated, this, [this] { m_ui->detailsPane->setFocus(); });
}

void MainWindow::setUpBusyIndicator()
{
    m_busyBar->setObjectName(u"busyBar"_s);
    m_busyBar->setAccessibleName(tr("Loading"));
    m_busyBar->setRange(0, 0); // busy: the number of pages is not known in advance
    m_busyBar->setMaximumWidth(140);
    m_busyBar->setTextVisible(false);
    // Flat, in solid rectangles: the style's own busy indicator (antialiased outlines and
    // stripes, redrawn 60 times a second while accounts load) has Qt's raster engine hand its
    // fills to QThreadPool::globalInstance() and wait for them, which on a loaded machine held
    // the window 20-40 ms a frame (bench_fleet).
    m_busyBar->setStyleSheet(u"QProgressBar#busyBar { border: 1px solid palette(mid); "
                             "background: palette(base); max-height: 10px; }"
                             "QProgressBar#busyBar::chunk { background: palette(highlight); "
                             "width: 8px; margin: 1px; }"_s);
    m_busyLabel->setObjectName(u"busyLabel"_s);
    m_busyLabel->setTextFormat(Qt::PlainText); // account labels, as typed
    statusBar()->addPermanentWidget(m_busyLabel);
    statusBar()->addPermanentWidget(m_busyBar);
    m_busyBar->hide();
    m_busyLabel->hide();
}

void MainWindow::setUpActions()
{
    struct Binding
    {
        QAction* action;
        void (MainWindow::*slot)();
        QString accessibleName;
    };
    const Binding bindings[] = {
        {m_ui->actionAddAccount, &MainWindow::addAccount, tr("Add account")},
        {m_ui->actionRemoveAccount, &MainWindow::removeAccount, tr("Remove account")},
        {m_ui->actionRefresh, &MainWindow::refresh, tr("Refresh")},
        {m_ui->actionCreateKey, &MainWindow::createKey, tr("Create key")},
        {m_ui->actionRotateKey, &MainWindow::rotateKey, tr("Rotate key")},
        {m_ui->actionRevokeKey, &MainWindow::revokeKey, tr("Revoke key")},
        {m_ui->actionEditKey, &MainWindow::editKey, tr("Edit key")},
        {m_ui->actionToggleKeyActive, &MainWindow::toggleKeyActive, tr("Disable or enable key")},
        {m_ui->actionTogglePrincipal, &MainWindow::togglePrincipal,
         tr("Suspend or reactivate the owner's keys")},
        {m_ui->actionAttachPolicy, &MainWindow::attachPolicy,
         tr("Attach a policy to the key's owner")},
        {m_ui->actionShowSecret, &MainWindow::showSecret, tr("Show secret")},
        {m_ui->actionTestKey, &MainWindow::testKey, tr("Test key")},
        {m_ui->actionCopyKeyId, &MainWindow::copyKeyId, tr("Copy key ID")},
        {m_ui->actionFocusFilter, &MainWindow::focusFilter, tr("Filter keys")},
    };
    for (const Binding& binding : bindings) {
        connect(binding.action, &QAction::triggered, this, binding.slot);
        // Screen readers read the toolbar buttons by the action's text without mnemonics.
        binding.action->setProperty("accessibleName", binding.accessibleName);
    }
    for (const char* name : KeyActionPolicy::ActionNames) {
        auto* action = findChild<QAction*>(QLatin1String(name), Qt::FindDirectChildrenOnly);
        Q_ASSERT(action);
        m_ruledActions.append(action);
    }
    m_ui->actionQuit->setShortcuts(QKeySequence::Quit);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    m_ui->accountList->addAction(m_ui->actionRefresh);
    m_ui->accountList->addAction(m_ui->actionCreateKey);
    m_ui->accountList->addAction(m_ui->actionRemoveAccount);
    setUpAccountEditing();
    // Give toolbar buttons accessible names and object names for tests and screen readers.
    for (QAction* action : m_ui->mainToolBar->actions()) {
        if (QWidget* button = m_ui->mainToolBar->widgetForAction(action)) {
            button->setAccessibleName(action->property("accessibleName").toString());
            button->setObjectName(action->objectName() + u"Button"_s);
        }
    }
}

void MainWindow::setUpFilters()
{
    QComboBox* status = m_ui->statusFilterCombo;
    status->addItem(tr("All"), -1);
    for (KeyStatus value : {KeyStatus::Active, KeyStatus::Disabled, KeyStatus::Suspended,
                            KeyStatus::Expired, KeyStatus::ReadOnly})
        status->addItem(keyStatusText(value), int(value));
    connect(status, &QComboBox::currentIndexChanged, this, [this, status] {
        const int value = status->currentData().toInt();
        m_proxy->setStatusFilter(value < 0 ? std::nullopt
                                           : std::optional<KeyStatus>(KeyStatus(value)));
        updateCount();
    });

    // The check box and the View menu item are one switch.
    connect(m_ui->rotationDueCheck, &QCheckBox::toggled, m_ui->actionRotationDueOnly,
            &QAction::setChecked);
    connect(m_ui->actionRotationDueOnly, &QAction::toggled, m_ui->rotationDueCheck,
            &QCheckBox::setChecked);
    connect(m_ui->rotationDueCheck, &QCheckBox::toggled, this, [this](bool only) {
        m_proxy->setRotationDueOnly(only);
        updateCount();
    });

    const int policy = m_controller->rotationPolicyDays();
    m_ui->rotationPolicySpin->setValue(policy);
    m_keyModel->setRotationDueDays(policy);
    m_ui->rotationPolicySpin->setSuffix(tr(" days"));
    connect(m_ui->rotationPolicySpin, &QSpinBox::valueChanged, this, [this](int days) {
        m_controller->setRotationPolicyDays(days);
        m_keyModel->setRotationDueDays(rotationPolicyDaysFor(m_currentAccountId));
        if (m_allAccounts)
            reloadTable(); // each account's rows carry its own policy
        updateDetails();
        updateCount();
    });

    // Expires within, unused for, inactive, never used: a row of its own under the filter box.
    m_filterBar = new KeyFilterBar(m_proxy, this);
    auto* rows = qobject_cast<QBoxLayout*>(m_ui->filterLayout->parent());
    rows->insertWidget(rows->indexOf(m_ui->filterLayout) + 1, m_filterBar);
    setTabOrder(m_ui->rotationPolicySpin, m_filterBar->expiresCheck());
    setTabOrder(m_filterBar->neverUsedCheck(), m_ui->keyTable);
    connect(m_filterBar, &KeyFilterBar::changed, this, &MainWindow::updateCount);
}

void MainWindow::showProviderColumns(const Capabilities* caps)
{
    // Columns a provider has no data for would only show "All addresses" or nothing.
    QTableView* table = m_ui->keyTable;
    const KeyDetailsPane::ProviderFields fields = providerFields(caps);
    table->setColumnHidden(KeyTableModel::AccountColumn, true); // the fleet view's
    table->setColumnHidden(KeyTableModel::ServicesColumn, !fields.services);
    table->setColumnHidden(KeyTableModel::IpAllowlistColumn, !fields.ipAllowlist);
    table->setColumnHidden(KeyTableModel::LastUsedColumn, !fields.lastUsed);
    table->setColumnHidden(KeyTableModel::ExpiresColumn, !fields.expiry);
    table->setColumnHidden(KeyTableModel::CreatedColumn, !fields.created);
    table->setColumnHidden(KeyTableModel::AgeColumn, !fields.created);
    // Owners matter where keys belong to different users or principals (a sub-user, an
    // application): where the provider picks a bearer or suspends a principal.
    const AppController::AccountView* view = m_controller->account(m_currentAccountId);
    bool owners = caps && (caps->bearer || caps->disablePrincipal);
    if (!caps) {
        owners = view && std::any_of(view->keys.cbegin(), view->keys.cend(),
                                     [](const ApiKey& key) { return !key.principal.isEmpty(); });
    }
    table->setColumnHidden(KeyTableModel::OwnerColumn, !owners);
    // A prefix that is the key's id (Wasabi's access key ids) is shown once, as the name: a
    // column of blanks would only take room.
    const bool prefixes =
        !view || view->keys.isEmpty() ||
        std::any_of(view->keys.cbegin(), view->keys.cend(), [](const ApiKey& key) {
            return !key.prefix.isEmpty() && key.prefix != key.id;
        });
    table->setColumnHidden(KeyTableModel::PrefixColumn, !prefixes);
    m_ui->detailsPane->setProviderFields(fields);
}

void MainWindow::sizeColumnsToContents(const QString& arrivedAccountId)
{
    // Once, on the first keys: fit the content, but keep long lists (whitelists, scopes) from
    // pushing the status off screen; the user can widen any column. With an account (the fleet
    // view, its keys just arrived): fitted to that account's rows, and only ever widened, so
    // that what the accounts before it needed stays.
    m_columnsSized = true;
    const QList<int> rows = columnFitRows(arrivedAccountId);
    QTableView* table = m_ui->keyTable;
    const int charWidth = table->fontMetrics().averageCharWidth();
    for (int column = 0; column < KeyTableModel::ColumnCount; ++column) {
        if (column == KeyTableModel::StatusColumn)
            continue; // the last one shown, stretched
        int characters = 16;
        if (column == KeyTableModel::NameColumn || column == KeyTableModel::AccountColumn)
            characters = 28;
        else if (column == KeyTableModel::PrefixColumn)
            characters = 24;
        else if (column == KeyTableModel::OwnerColumn)
            characters = 20;
        else if (column == KeyTableModel::IpAllowlistColumn)
            characters = 20;
        else if (column == KeyTableModel::ServicesColumn)
            characters = 18;
        else if (column == KeyTableModel::ExpiresColumn)
            characters = 26; // "expired 614 days ago"
        int fitted = 0;
        for (const int row : rows)
            fitted = std::max(fitted, table->sizeHintForIndex(m_proxy->index(row, column)).width());
        // The cap is for the cells; the header is always read whole, however long its
        // translation ("Zuletzt verwendet"), sort arrow included.
        int width = std::max(std::min(fitted + 8, characters * charWidth),
                             table->horizontalHeader()->sectionSizeHint(column));
        if (!arrivedAccountId.isEmpty())
            width = std::max(width, table->columnWidth(column));
        table->setColumnWidth(column, width);
    }
}

QList<int> MainWindow::columnFitRows(const QString& accountId) const
{
    // Table rows spread over the whole list (in the fleet view every account's keys are then
    // among them, whatever the sort order), or over the rows of one account.
    QList<int> candidates;
    const int total = m_proxy->rowCount();
    if (!accountId.isEmpty()) {
        for (int row = 0; row < m_keyModel->rowCount(); ++row) {
            if (m_keyModel->accountIdAt(row) == accountId)
                candidates.append(row);
        }
    }
    const int count = accountId.isEmpty() ? total : int(candidates.size());
    const int samples = std::min(count, ColumnFitRows);
    QList<int> rows;
    rows.reserve(samples);
    for (int i = 0; i < samples; ++i) {
        const int at = int(qint64(i) * count / samples);
        if (accountId.isEmpty()) {
            rows.append(at);
            continue;
        }
        const QModelIndex shown = m_proxy->mapFromSource(m_keyModel->index(candidates.at(at), 0));
        if (shown.isValid()) // not filtered out
            rows.append(shown.row());
    }
    return rows;
}

void MainWindow::showTableMenu(const QPoint& position)
{
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_ui->actionCopyKeyId);
    menu->addAction(m_ui->actionShowSecret);
    if (m_ui->actionTestKey->isVisible())
        menu->addAction(m_ui->actionTestKey);
    menu->setToolTipsVisible(true); // a disabled action says why
    menu->addSeparator();
    menu->addAction(m_ui->actionEditKey);
    menu->addAction(m_ui->actionRotateKey);
    menu->addAction(m_ui->actionToggleKeyActive);
    menu->addAction(m_ui->actionTogglePrincipal);
    if (m_ui->actionAttachPolicy->isVisible())
        menu->addAction(m_ui->actionAttachPolicy);
    menu->addAction(m_ui->actionRevokeKey);
    menu->addSeparator();
    menu->addAction(m_ui->actionCreateKey);
    menu->addAction(m_ui->actionRefresh);
    menu->popup(m_ui->keyTable->viewport()->mapToGlobal(position));
}

void MainWindow::setUpHelp()
{
    m_ui->actionShortcuts->setProperty("accessibleName", tr("Keyboard shortcuts"));
    m_ui->actionAbout->setProperty("accessibleName", tr("About KeyWarden"));
    connect(m_ui->actionShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    m_emptyState = new EmptyState(m_ui->keyTable->viewport());
    connect(m_emptyState, &EmptyState::addAccountRequested, this, &MainWindow::addAccount);
    connect(m_emptyState, &EmptyState::trySandboxRequested, this, &MainWindow::trySandboxRequested);
    connect(m_emptyState, &EmptyState::clearFilterRequested, this, &MainWindow::clearFilters);
}

void MainWindow::setDataLocations(const AboutDialog::DataLocations& locations)
{
    m_dataLocations = locations;
}

void MainWindow::updateEmptyState()
{
    if (!m_emptyState)
        return;
    if (m_accountModel->rowCount() == 0) {
        m_emptyState->showNoAccounts();
        return;
    }
    const int total = m_keyModel->rowCount();
    if (total > 0 && m_proxy->rowCount() == 0)
        m_emptyState->showNoMatch(m_ui->filterEdit->text().trimmed(), total,
                                  m_proxy->keyFilter().describe());
    else
        m_emptyState->hide();
}

void MainWindow::clearFilters()
{
    m_ui->filterEdit->clear();
    m_ui->statusFilterCombo->setCurrentIndex(0);
    m_ui->rotationDueCheck->setChecked(false);
    m_filterBar->clear();
    m_ui->filterEdit->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showAbout()
{
    AboutDialog::DataLocations locations = m_dataLocations;
    if (locations.keychain.isEmpty())
        locations.keychain = m_controller->vault()->backendName();
    // One entry per account whose token is kept across sessions.
    for (const QString& id : m_controller->accountIds()) {
        const AppController::AccountView* view = m_controller->account(id);
        if (view && !view->sessionOnly && !view->account.sandbox)
            locations.keychainEntries
                << tr("%1 (%2)").arg(view->account.vaultKey(), view->account.label);
    }
    openDialog(new AboutDialog(locations, this));
}

void MainWindow::showShortcuts()
{
    // Read from the menus (and the window's own actions) each time, so it never goes stale.
    QList<QAction*> actions;
    for (QAction* menu : m_ui->menuBar->actions()) {
        if (menu->menu())
            actions << menu->menu()->actions();
    }
    actions << findChildren<QAction*>(Qt::FindDirectChildrenOnly);
    openDialog(new ShortcutsDialog(actions, this));
}

} // namespace kw

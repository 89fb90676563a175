#include "MainWindow.h"

#include "AccountListModel.h"
#include "AddAccountDialog.h"
#include "AttachPolicyDialog.h"
#include "ClipboardGuard.h"
#include "CreateKeyDialog.h"
#include "EditKeyDialog.h"
#include "KeyDetailsPane.h"
#include "KeyFilterProxy.h"
#include "KeyTableModel.h"
#include "OwnerAccessCache.h"
#include "Prompts.h"
#include "RevealSecretDialog.h"
#include "RevokeKeyDialog.h"
#include "RotateKeyDialog.h"
#include "console/AppController.h"
#include "console/ProviderErrorText.h"
#include "console/VerificationText.h"
#include "ui_MainWindow.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QSpinBox>
#include <QStatusBar>
#include <algorithm>

namespace kw {

namespace {

constexpr int StatusMessageMs = 8000;

QHash<QString, QString> serviceLabels(const Capabilities* caps)
{
    QHash<QString, QString> labels;
    if (caps) {
        for (const ServiceInfo& service : caps->services)
            labels.insert(service.id, service.label);
    }
    return labels;
}

// WAYSCLOUD_API_KEY, SCALEWAY_API_KEY, …: derived from the provider id, never a list of names.
QString envVarNameFor(const Capabilities& caps)
{
    QString name = caps.providerId.toUpper();
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    return name + QStringLiteral("_API_KEY");
}

bool canChange(const ApiKey& key)
{
    return key.status != KeyStatus::ReadOnly && key.status != KeyStatus::Revoked;
}

bool canDelete(const ApiKey& key)
{
    return canChange(key) && key.deletable;
}

QString displayName(const ApiKey& key)
{
    return key.name.isEmpty() ? key.id : key.name;
}

} // namespace

MainWindow::MainWindow(AppController* controller, QWidget* parent)
    : QMainWindow(parent), m_ui(new Ui::MainWindow), m_controller(controller),
      m_accountModel(new AccountListModel(controller, this)), m_keyModel(new KeyTableModel(this)),
      m_proxy(new KeyFilterProxy(this)),
      m_clipboardGuard(new ClipboardGuard(QGuiApplication::clipboard(), this)),
      m_ownerAccess(new OwnerAccessCache(controller, this)), m_busyBar(new QProgressBar(this)),
      m_busyLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    m_ui->accountList->setModel(m_accountModel);
    m_ui->accountList->setIconSize(QSize(16, 16));
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({240, 1040});
    m_ui->detailsSplitter->setStretchFactor(0, 3);
    m_ui->detailsSplitter->setStretchFactor(1, 1);
    m_ui->detailsSplitter->setSizes({500, 170});

    m_ui->errorBanner->setStyleSheet(QStringLiteral(
        "QFrame#errorBanner { background: #fdecea; border: 1px solid #e3a6a1; border-radius: 4px; }"
        "QLabel#bannerLabel { color: #611a15; }"));
    m_ui->errorBanner->hide();

    m_busyBar->setObjectName(QStringLiteral("busyBar"));
    m_busyBar->setAccessibleName(tr("Loading"));
    m_busyBar->setRange(0, 0); // busy: the number of pages is not known in advance
    m_busyBar->setMaximumWidth(140);
    m_busyBar->setTextVisible(false);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->setTextFormat(Qt::PlainText); // account labels, as typed
    statusBar()->addPermanentWidget(m_busyLabel);
    statusBar()->addPermanentWidget(m_busyBar);
    m_busyBar->hide();
    m_busyLabel->hide();

    setUpTable();
    setUpActions();
    setUpFilters();
    setUpGuards();

    connect(m_ui->accountList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onAccountSelected);
    connect(m_controller, &AppController::accountAdded, this, &MainWindow::onAccountAdded);
    connect(m_controller, &AppController::accountChanged, this, &MainWindow::onAccountChanged);
    connect(m_controller, &AppController::accountRemoved, this, &MainWindow::onAccountRemoved);
    connect(m_controller, &AppController::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, StatusMessageMs * 2); });
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &KeyFilterProxy::setFilterText);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &MainWindow::updateCount);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &MainWindow::refresh);
    connect(m_ui->dismissButton, &QPushButton::clicked, this, [this] {
        m_notice.clear();
        updateBanner();
    });
    connect(m_ui->addAccountButton, &QPushButton::clicked, this, &MainWindow::addAccount);
    connect(m_ownerAccess, &OwnerAccessCache::changed, this,
            [this](const QString& accountId, const QString& principal) {
                const std::optional<ApiKey> key = selectedKey();
                if (accountId != m_currentAccountId || !key || key->principal != principal)
                    return;
                updateOwnerAccess(*key);
                updateActions();
            });

    // Age and "last used" move with the clock.
    m_clockTimer.setInterval(60 * 1000);
    connect(&m_clockTimer, &QTimer::timeout, m_keyModel, &KeyTableModel::refreshTimes);
    m_clockTimer.start();

    for (const QString& id : m_controller->accountIds())
        onAccountAdded(id);
    updateTitle();
    updateActions();
    updateBanner();
    updateCount();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpTable()
{
    m_proxy->setSourceModel(m_keyModel);
    QTableView* table = m_ui->keyTable;
    table->setModel(m_proxy);
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
    connect(table, &QTableView::customContextMenuRequested, this, &MainWindow::showTableMenu);
    connect(table, &QTableView::activated, this, [this] { m_ui->detailsPane->setFocus(); });
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
    m_ui->actionQuit->setShortcuts(QKeySequence::Quit);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    m_ui->actionRevokeKey->setShortcuts(QKeySequence::Delete);
    m_ui->accountList->addAction(m_ui->actionRefresh);
    m_ui->accountList->addAction(m_ui->actionCreateKey);
    m_ui->accountList->addAction(m_ui->actionRemoveAccount);
    // Give toolbar buttons accessible names and object names for tests and screen readers.
    for (QAction* action : m_ui->mainToolBar->actions()) {
        if (QWidget* button = m_ui->mainToolBar->widgetForAction(action)) {
            button->setAccessibleName(action->property("accessibleName").toString());
            button->setObjectName(action->objectName() + QStringLiteral("Button"));
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
        m_keyModel->setRotationDueDays(days);
        updateDetails();
        updateCount();
    });
}

void MainWindow::setSandboxMode(bool sandbox)
{
    m_sandbox = sandbox;
    updateTitle();
}

void MainWindow::setClock(std::function<QDateTime()> clock)
{
    m_keyModel->setClock(std::move(clock));
    updateDetails();
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_sandbox ? tr("KeyWarden — sandbox") : tr("KeyWarden"));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTitle();
        updateCount();
        updateBusy();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::selectAccount(const QString& accountId)
{
    const int row = m_accountModel->rowOfAccount(accountId);
    if (row < 0)
        return;
    m_ui->accountList->setCurrentIndex(m_accountModel->index(row));
}

void MainWindow::onAccountAdded(const QString& accountId)
{
    if (m_currentAccountId.isEmpty())
        selectAccount(accountId);
    updateBusy();
}

void MainWindow::onAccountRemoved(const QString& accountId)
{
    m_ownerAccess->forget(accountId);
    m_reloading.remove(accountId);
    if (accountId == m_currentAccountId) {
        m_currentAccountId.clear();
        if (m_accountModel->rowCount() > 0)
            selectAccount(m_accountModel->accountIdAt(0));
        else
            onAccountSelected();
    }
    updateBusy();
}

void MainWindow::onAccountSelected()
{
    const QModelIndex current = m_ui->accountList->currentIndex();
    const QString id = current.isValid() ? m_accountModel->accountIdAt(current.row()) : QString();
    if (id != m_currentAccountId) {
        m_notice.clear();
        m_keyToSelect.clear();
        m_columnsSized = false; // each provider's keys have their own widths
    }
    m_currentAccountId = id;
    const Capabilities* caps = currentCapabilities();
    m_keyModel->setServiceLabels(serviceLabels(caps));
    m_ui->detailsPane->setServiceLabels(serviceLabels(caps));
    showProviderColumns(caps);
    reloadTable();
}

void MainWindow::showProviderColumns(const Capabilities* caps)
{
    // Columns a provider has no data for would only show "All addresses" or nothing.
    QTableView* table = m_ui->keyTable;
    const KeyDetailsPane::ProviderFields fields{
        !caps || !caps->services.isEmpty(), !caps || caps->ipAllowlist, !caps || caps->lastUsed,
        !caps || caps->expiry != Capabilities::Expiry::None, !caps || caps->createdTime};
    table->setColumnHidden(KeyTableModel::ServicesColumn, !fields.services);
    table->setColumnHidden(KeyTableModel::IpAllowlistColumn, !fields.ipAllowlist);
    table->setColumnHidden(KeyTableModel::LastUsedColumn, !fields.lastUsed);
    table->setColumnHidden(KeyTableModel::ExpiresColumn, !fields.expiry);
    table->setColumnHidden(KeyTableModel::CreatedColumn, !fields.created);
    table->setColumnHidden(KeyTableModel::AgeColumn, !fields.created);
    // Owners matter where keys belong to different users or principals (a sub-user, an
    // application): where the provider picks a bearer or suspends a principal.
    bool owners = caps && (caps->bearer || caps->disablePrincipal);
    if (!caps) {
        const AppController::AccountView* view = m_controller->account(m_currentAccountId);
        owners = view && std::any_of(view->keys.cbegin(), view->keys.cend(),
                                     [](const ApiKey& key) { return !key.principal.isEmpty(); });
    }
    table->setColumnHidden(KeyTableModel::OwnerColumn, !owners);
    m_ui->detailsPane->setProviderFields(fields);
}

void MainWindow::onAccountChanged(const QString& accountId)
{
    const AppController::AccountView* view = m_controller->account(accountId);
    // Each completed list (a Refresh, or after a change) asks the owners' policies again; until
    // then the known ones stay shown.
    if (view && view->state == AppController::LoadState::Loading)
        m_reloading.insert(accountId);
    else if (view && view->state == AppController::LoadState::Ok && m_reloading.remove(accountId))
        m_ownerAccess->forget(accountId);
    if (view && view->state == AppController::LoadState::Ok &&
        view->loadedAt != m_loadedAt.value(accountId)) {
        m_loadedAt.insert(accountId, view->loadedAt);
        // A routine "loaded" note never hides a message that matters more.
        if (statusBar()->currentMessage().isEmpty()) {
            const int count = int(view->keys.size());
            const QString time =
                QLocale().toString(view->loadedAt.toLocalTime().time(), QLocale::ShortFormat);
            statusBar()->showMessage((count == 1 ? tr("%1: 1 key, loaded at %2")
                                                 : tr("%1: %n keys, loaded at %2", nullptr, count))
                                         .arg(view->account.label, time),
                                     StatusMessageMs);
        }
    }
    if (accountId == m_currentAccountId) {
        const Capabilities* caps = currentCapabilities();
        m_keyModel->setServiceLabels(serviceLabels(caps));
        m_ui->detailsPane->setServiceLabels(serviceLabels(caps));
        showProviderColumns(caps);
        reloadTable();
    }
    updateBusy();
}

void MainWindow::reloadTable()
{
    const std::optional<ApiKey> previous = selectedKey();
    const AppController::AccountView* view = m_controller->account(m_currentAccountId);
    const QList<ApiKey> keys = view ? view->keys : QList<ApiKey>();
    if (keys != m_keyModel->keys())
        m_keyModel->setKeys(keys);
    if (!m_columnsSized && m_keyModel->rowCount() > 0)
        sizeColumnsToContents();
    if (!m_keyToSelect.isEmpty() && selectKey(m_keyToSelect))
        m_keyToSelect.clear();
    else if (!previous || !selectKey(previous->id)) {
        // Show the first key's details rather than an empty pane.
        if (m_proxy->rowCount() > 0 && !m_ui->keyTable->currentIndex().isValid())
            m_ui->keyTable->selectionModel()->setCurrentIndex(m_proxy->index(0, 0),
                                                              QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
    }
    updateDetails();
    updateActions();
    updateBanner();
    updateCount();
}

void MainWindow::sizeColumnsToContents()
{
    // Once, on the first keys: fit the content, but keep long lists (whitelists, scopes) from
    // pushing the status off screen; the user can widen any column.
    m_columnsSized = true;
    QTableView* table = m_ui->keyTable;
    const int charWidth = table->fontMetrics().averageCharWidth();
    for (int column = 0; column < KeyTableModel::StatusColumn; ++column) {
        int characters = 16;
        if (column == KeyTableModel::NameColumn)
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
        table->resizeColumnToContents(column);
        table->setColumnWidth(column,
                              std::min(table->columnWidth(column) + 8, characters * charWidth));
    }
}

std::optional<ApiKey> MainWindow::selectedKey() const
{
    const QModelIndex current = m_ui->keyTable->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const ApiKey* key = m_keyModel->keyAt(m_proxy->mapToSource(current).row());
    return key ? std::optional<ApiKey>(*key) : std::nullopt;
}

bool MainWindow::selectKey(const QString& keyId)
{
    const int row = m_keyModel->rowOfKey(keyId);
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

const Capabilities* MainWindow::currentCapabilities() const
{
    const AppController::AccountView* view = m_controller->account(m_currentAccountId);
    return view ? view->capabilities : nullptr;
}

void MainWindow::updateActions()
{
    const AppController::AccountView* view = m_controller->account(m_currentAccountId);
    const Capabilities* caps = view ? view->capabilities : nullptr;
    const bool ready = view && caps && view->state == AppController::LoadState::Ok;
    const bool busy = view && (view->state == AppController::LoadState::Loading ||
                               view->state == AppController::LoadState::ReadingToken);
    const std::optional<ApiKey> key = selectedKey();

    const bool limitReached = ready && caps->keyLimit > 0 && !caps->keyLimitPerUser &&
                              view->keys.size() >= caps->keyLimit;
    m_ui->actionCreateKey->setEnabled(ready && !limitReached);
    m_ui->actionCreateKey->setToolTip(
        limitReached ? tr("The account has reached %1's limit of %n keys. Revoke one first.",
                          nullptr, caps->keyLimit)
                           .arg(caps->providerName)
                     : tr("Create a key in the selected account (Ctrl+N)"));

    const bool changeable = ready && key && caps->revoke && canDelete(*key);
    const bool rotating =
        key && m_controller->openRotationFor(m_currentAccountId, key->id).has_value();
    const QString notDeletable =
        key && !key->deletable
            ? (key->readOnlyReason.isEmpty() ? tr("%1 does not let this key be deleted")
                                                   .arg(caps ? caps->providerName : QString())
                                             : key->readOnlyReason)
            : QString();
    m_ui->actionRevokeKey->setEnabled(changeable);
    m_ui->actionRevokeKey->setToolTip(
        notDeletable.isEmpty() ? tr("Revoke the selected key (Delete)") : notDeletable);
    m_ui->actionRotateKey->setEnabled(changeable && !rotating && !limitReached);
    m_ui->actionRotateKey->setToolTip(
        rotating ? tr("This key is already being rotated")
        : !notDeletable.isEmpty()
            ? notDeletable
            : tr("Replace the selected key by a new one and revoke the old one (Ctrl+R)"));

    // Edit: offered where the provider can edit; otherwise disabled with the provider's hint.
    const bool providerEdits = caps && EditKeyDialog::canEdit(*caps);
    const bool keyEditable = key && key->editable && canChange(*key);
    m_ui->actionEditKey->setEnabled(ready && providerEdits && keyEditable);
    QString editTip = tr("Change what the provider lets change in the selected key (Ctrl+E)");
    if (caps && !providerEdits)
        editTip = caps->cannotEditHint.isEmpty()
                      ? tr("%1 keys cannot be edited; rotate instead").arg(caps->providerName)
                      : caps->cannotEditHint;
    else if (key && !key->editable)
        editTip = key->readOnlyReason.isEmpty() ? tr("%1 does not let this key be edited")
                                                      .arg(caps ? caps->providerName : QString())
                                                : key->readOnlyReason;
    m_ui->actionEditKey->setToolTip(editTip);
    m_ui->actionEditKey->setStatusTip(editTip);

    // Disable / enable one key.
    const bool disables = caps && caps->disable;
    const bool isDisabled = key && key->status == KeyStatus::Disabled;
    // A provider without it says what to do instead, where it has something to say.
    const bool explainsNoDisable =
        caps && !caps->disable && !caps->disablePrincipal && !caps->cannotDisableHint.isEmpty();
    m_ui->actionToggleKeyActive->setVisible(disables || explainsNoDisable);
    m_ui->actionToggleKeyActive->setEnabled(ready && disables && keyEditable &&
                                            (key->status == KeyStatus::Active || isDisabled));
    m_ui->actionToggleKeyActive->setText(isDisabled ? tr("&Enable Key") : tr("&Disable Key…"));
    const QString toggleTip =
        explainsNoDisable ? caps->cannotDisableHint
        : isDisabled      ? tr("Enable the selected key again (Ctrl+D)")
                          : tr("Disable the selected key; it can be enabled again (Ctrl+D)");
    m_ui->actionToggleKeyActive->setToolTip(toggleTip);
    m_ui->actionToggleKeyActive->setStatusTip(toggleTip);

    // Suspend / reactivate every key of a principal.
    const bool suspends = caps && caps->disablePrincipal;
    const bool suspended = key && key->status == KeyStatus::Suspended;
    m_ui->actionTogglePrincipal->setVisible(suspends);
    m_ui->actionTogglePrincipal->setEnabled(ready && suspends && key && !key->principal.isEmpty() &&
                                            (key->status == KeyStatus::Active || suspended));
    m_ui->actionTogglePrincipal->setText(suspended ? tr("Reacti&vate Owner's Keys…")
                                                   : tr("&Suspend Owner's Keys…"));
    m_ui->actionTogglePrincipal->setToolTip(
        suspended ? tr("Reactivate every key of the selected key's owner")
                  : tr("Suspend every key of the selected key's owner; %1 cannot disable a "
                       "single key")
                        .arg(caps ? caps->providerName : QString()));

    updateAttachAction(caps, ready, key);

    // Show the secret again, where the provider lists it.
    const bool reveals = caps && !caps->secretShownOnce;
    m_ui->actionShowSecret->setVisible(reveals);
    m_ui->actionShowSecret->setEnabled(ready && reveals && key &&
                                       key->status != KeyStatus::Revoked);
    // Test a listed key: only where the console can get its secret again (the provider lists
    // it, or it was kept in the keychain with keywarden-cli --store); elsewhere the secret was
    // shown once and never stored, so there is nothing to test it with.
    const bool verifies = caps && caps->verify;
    const bool stored = key && m_controller->storedSecrets().contains(m_currentAccountId, key->id);
    m_ui->actionTestKey->setVisible(verifies);
    m_ui->actionTestKey->setEnabled(ready && verifies && (reveals || stored) && key &&
                                    key->status != KeyStatus::Revoked);
    const QString testTip =
        verifies && !reveals && !stored
            ? tr("%1 shows a secret only once and KeyWarden does not store it, so a listed key "
                 "cannot be tested. Test a new key in the dialog that shows its secret.")
                  .arg(caps->providerName)
            : tr("Check that the selected key works with a read-only call (Ctrl+Shift+K)");
    m_ui->actionTestKey->setToolTip(testTip);
    m_ui->actionTestKey->setStatusTip(testTip);
    m_ui->actionCopyKeyId->setEnabled(key.has_value());
    m_ui->actionRefresh->setEnabled(view && !busy);
    m_ui->actionRemoveAccount->setEnabled(view != nullptr);
}

void MainWindow::updateDetails()
{
    const std::optional<ApiKey> key = selectedKey();
    if (!key) {
        const AppController::AccountView* view = m_controller->account(m_currentAccountId);
        QString why = tr("Select a key to see its details.");
        if (!view)
            why = tr("Add an account to see its keys (Ctrl+Shift+A).");
        else if (view->state == AppController::LoadState::Ok && view->keys.isEmpty())
            why = tr("This account has no keys yet. Create one with Ctrl+N.");
        else if (view->state == AppController::LoadState::Error && view->keys.isEmpty())
            why = tr("The keys could not be loaded: see the message above.");
        else if (view->keys.isEmpty())
            why = tr("Loading the keys…");
        m_ui->detailsPane->showNothing(why);
        return;
    }
    m_ui->detailsPane->setRotationDueDays(m_keyModel->rotationDueDays());
    m_ui->detailsPane->showKey(*key, m_keyModel->now(),
                               m_controller->openRotationFor(m_currentAccountId, key->id));
    updateOwnerAccess(*key);
}

void MainWindow::updateOwnerAccess(const ApiKey& key)
{
    const AppController::AccountView* view = m_controller->account(m_currentAccountId);
    const Capabilities* caps = view ? view->capabilities : nullptr;
    if (!caps || caps->principalPolicies.offered.isEmpty() || key.principal.isEmpty()) {
        m_ui->detailsPane->hideOwnerAccess();
        return;
    }
    const PrincipalPolicies& policies = caps->principalPolicies;
    const OwnerAccessCache::Entry* entry = nullptr;
    if (!key.ownerIsCaller) {
        // Asked only of a loaded account: a list in flight would make the answer stale.
        entry = view->state == AppController::LoadState::Ok
                    ? m_ownerAccess->fetch(m_currentAccountId, key.principal)
                    : m_ownerAccess->entry(m_currentAccountId, key.principal);
    }
    m_ui->detailsPane->showOwnerAccess(
        policies.title, OwnerAccessCache::describe(policies, key.ownerIsCaller, entry),
        m_ui->actionAttachPolicy);
}

void MainWindow::updateAttachAction(const Capabilities* caps, bool ready,
                                    const std::optional<ApiKey>& key)
{
    QAction* attach = m_ui->actionAttachPolicy;
    const bool offers = caps && !caps->principalPolicies.offered.isEmpty();
    attach->setVisible(offers);
    if (!offers) {
        attach->setEnabled(false);
        return;
    }
    const PrincipalPolicies& policies = caps->principalPolicies;
    if (!policies.attachText.isEmpty())
        attach->setText(policies.attachText);
    const bool hasOwner = key && !key->principal.isEmpty();
    const bool allRights = key && key->ownerIsCaller;
    const OwnerAccessCache::Entry* entry =
        hasOwner ? m_ownerAccess->entry(m_currentAccountId, key->principal) : nullptr;
    bool hasEveryOffered = entry && entry->state == OwnerAccessCache::Entry::State::Loaded;
    for (const PolicyInfo& offered : policies.offered) {
        if (!hasEveryOffered)
            break;
        hasEveryOffered = std::any_of(
            entry->policies.cbegin(), entry->policies.cend(),
            [&](const AttachedPolicy& attached) { return attached.arn == offered.arn; });
    }
    attach->setEnabled(ready && hasOwner && !allRights && !hasEveryOffered);
    QString tip = tr("Attach a policy to the selected key's owner (Ctrl+Shift+P)");
    if (allRights)
        tip = tr("%1: there is nothing to attach.").arg(policies.allRights);
    else if (hasEveryOffered)
        tip = tr("%1 has every policy offered here already.").arg(key->principal);
    else if (hasOwner)
        tip = tr("Attach a policy to %1, the owner of the selected key (Ctrl+Shift+P)")
                  .arg(key->principal);
    attach->setToolTip(tip);
    attach->setStatusTip(tip);
}

void MainWindow::updateBanner()
{
    const AppController::AccountView* view = m_controller->account(m_currentAccountId);
    QString text;
    bool retry = false;
    if (!m_notice.isEmpty()) {
        text = m_notice;
    } else if (view && view->state == AppController::LoadState::Error) {
        text = view->account.label + QStringLiteral(": ") + view->errorText;
        if (!view->errorHelp.isEmpty())
            text += QLatin1Char('\n') + view->errorHelp;
        retry = true;
    }
    m_ui->bannerLabel->setText(text);
    m_ui->errorBanner->setAccessibleDescription(text);
    m_ui->retryButton->setVisible(retry);
    m_ui->dismissButton->setVisible(!retry && !text.isEmpty());
    m_ui->errorBanner->setVisible(!text.isEmpty());
}

void MainWindow::updateBusy()
{
    QString text;
    for (const QString& id : m_controller->accountIds()) {
        const AppController::AccountView* view = m_controller->account(id);
        if (!view)
            continue;
        QString line;
        if (view->state == AppController::LoadState::Loading)
            line = tr("Loading keys of %1…").arg(view->account.label);
        else if (view->state == AppController::LoadState::ReadingToken)
            line = tr("Reading the token of %1…").arg(view->account.label);
        // The selected account's progress is the one to show when several load at once.
        if (!line.isEmpty() && (text.isEmpty() || id == m_currentAccountId))
            text = line;
    }
    m_busyLabel->setText(text);
    m_busyLabel->setVisible(!text.isEmpty());
    m_busyBar->setVisible(!text.isEmpty());
    m_busyBar->setAccessibleDescription(text);
    updateActions();
}

void MainWindow::updateCount()
{
    const int total = m_keyModel->rowCount();
    const int shown = m_proxy->rowCount();
    const AppController::AccountView* view = m_controller->account(m_currentAccountId);
    if (!view || (view->state != AppController::LoadState::Ok && total == 0))
        m_ui->countLabel->clear();
    else if (shown == total)
        m_ui->countLabel->setText(total == 1 ? tr("1 key") : tr("%n keys", nullptr, total));
    else
        m_ui->countLabel->setText(total == 1 ? tr("%1 of 1 key").arg(shown)
                                             : tr("%1 of %n keys", nullptr, total).arg(shown));
}

void MainWindow::showNotice(const QString& text)
{
    m_notice = text;
    updateBanner();
}

void MainWindow::openDialog(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    emit dialogOpened(dialog);
}

void MainWindow::focusFilter()
{
    m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterEdit->selectAll();
}

void MainWindow::refresh()
{
    if (m_currentAccountId.isEmpty())
        return;
    m_notice.clear();
    m_controller->refresh(m_currentAccountId);
}

void MainWindow::copyKeyId()
{
    const std::optional<ApiKey> key = selectedKey();
    if (!key)
        return;
    // An id is public: it goes to the clipboard directly, not through the secret guard.
    QGuiApplication::clipboard()->setText(key->id);
    statusBar()->showMessage(
        tr("Copied the id of “%1”.").arg(key->name.isEmpty() ? key->id : key->name),
        StatusMessageMs);
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

void MainWindow::addAccount()
{
    auto* dialog = new AddAccountDialog(this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Account account = dialog->account();
        Secret token = dialog->takeToken();
        statusBar()->showMessage(tr("Storing the token of %1 in %2…")
                                     .arg(account.label, m_controller->vault()->backendName()));
        m_controller->addAccount(
            account, std::move(token), this, [this, account](const SecretStore::Result& result) {
                if (result.ok()) {
                    statusBar()->showMessage(
                        tr("Added %1; its token is in %2.")
                            .arg(account.label, m_controller->vault()->backendName()),
                        StatusMessageMs);
                    selectAccount(account.id);
                    return;
                }
                offerSessionOnly(account.id, account.label, result.message, result.help);
            });
    });
    openDialog(dialog);
}

void MainWindow::offerSessionOnly(const QString& accountId, const QString& label,
                                  const QString& message, const QString& help)
{
    statusBar()->clearMessage();
    const QString text =
        tr("The token of %1 could not be stored in %2: %3")
            .arg(label, m_controller->vault()->backendName(), message) +
        (help.isEmpty() ? QString() : QStringLiteral("\n\n") + help) + QStringLiteral("\n\n") +
        tr("You can use the token for this session only: KeyWarden keeps it in memory and "
           "forgets it when it quits. It is never written to a file.\n\n"
           "Use the token for this session only?");
    const bool sessionOnly =
        Prompts::ask(this, QMessageBox::Warning, tr("No keychain"), text,
                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes) == QMessageBox::Yes;
    if (!sessionOnly) {
        m_controller->discardPendingAccount(accountId);
        showNotice(tr("%1 was not added: its token could not be stored. %2").arg(label, help));
        return;
    }
    m_controller->useForThisSessionOnly(
        accountId, this, [this, accountId, label](const SecretStore::Result& result) {
            if (!result.ok()) {
                showNotice(tr("%1 was not added: %2").arg(label, result.message));
                return;
            }
            selectAccount(accountId);
            statusBar()->showMessage(
                tr("Added %1 for this session only; its token will be forgotten at exit.")
                    .arg(label),
                StatusMessageMs);
        });
}

void MainWindow::removeAccount()
{
    const AppController::AccountView* view = m_controller->account(m_currentAccountId);
    if (!view)
        return;
    const QString id = m_currentAccountId;
    if (!Prompts::confirm(this, tr("Remove account"),
                          tr("Remove %1 from KeyWarden and delete its token from %2?\n\n"
                             "The keys at the provider are not touched.")
                              .arg(view->account.label, m_controller->vault()->backendName())))
        return;
    m_controller->removeAccount(id);
}

RevealSecretDialog* MainWindow::revealSecret(CreatedKey& created, const Capabilities& caps,
                                             bool shownAgain, const QString& accountId)
{
    const ApiKey key = created.key;
    // A provider may answer a create with the secret but no id: the secret is shown all the
    // same, since it cannot be fetched again.
    QString name = created.key.name.isEmpty() ? created.key.id : created.key.name;
    if (name.isEmpty())
        name = tr("the new key");
    auto* dialog = new RevealSecretDialog(name, std::move(created.secret), m_clipboardGuard, this);
    dialog->setObjectName(QStringLiteral("revealSecretDialog"));
    dialog->setShownAgain(shownAgain);
    m_reveals.removeAll(nullptr);
    m_reveals.append(dialog);
    if (!created.accessKeyId.isEmpty() && created.accessKeyId != created.key.id)
        dialog->addPublicValue(tr("Access key ID"), created.accessKeyId);
    dialog->addPublicValue(tr("Key ID"), created.key.id.isEmpty()
                                             ? tr("(not given by %1)").arg(caps.providerName)
                                             : created.key.id);
    if (!created.key.prefix.isEmpty() && created.key.prefix != created.key.id)
        dialog->addPublicValue(tr("Prefix"), created.key.prefix);
    if (!created.warning.isEmpty())
        dialog->addPublicValue(tr("Note from %1").arg(caps.providerName), created.warning);
    dialog->setEnvVarName(envVarNameFor(caps));
    if (caps.verify && !accountId.isEmpty()) {
        dialog->setTestHandler(caps.providerName, [this, dialog, accountId,
                                                   key](const Secret& secret) {
            m_controller->verifyKey(
                accountId, key, secret, dialog,
                [dialog](const ProviderError& error, const std::optional<Verification>& result) {
                    if (error || !result)
                        dialog->showTestError(ProviderErrorText::full(error));
                    else
                        dialog->showTestResult(*result);
                });
        });
    }
    openDialog(dialog);
    return dialog;
}

void MainWindow::createKey()
{
    const Capabilities* caps = currentCapabilities();
    if (!caps || !m_ui->actionCreateKey->isEnabled())
        return;
    const QString accountId = m_currentAccountId;
    const Capabilities capabilities = *caps;
    auto* dialog = new CreateKeyDialog(capabilities, this);
    if (capabilities.bearer) {
        dialog->setBearersLoading();
        m_controller->listBearers(
            accountId, dialog, [dialog](const ProviderError& error, const QList<Bearer>& bearers) {
                if (error)
                    dialog->setBearersError(ProviderErrorText::what(error));
                else
                    dialog->setBearers(bearers);
            });
    }
    connect(dialog, &CreateKeyDialog::submitted, this,
            [this, dialog, accountId, capabilities](const KeySpec& spec) {
                dialog->setBusy(true);
                auto flight = beginInFlight();
                m_controller->createKey(
                    accountId, spec, dialog,
                    [this, dialog, accountId, capabilities, flight](const ProviderError& error,
                                                                    CreatedKey* created) {
                        flight->finish();
                        if (error || !created) {
                            // The dialog stays open with what was typed.
                            dialog->showError(ProviderErrorText::full(error));
                            if (created && created->orphan)
                                offerOrphanRevoke(accountId, created->key);
                            return;
                        }
                        dialog->setBusy(false);
                        dialog->accept();
                        const QString keyId = created->key.id;
                        const QString name = displayName(created->key);
                        revealSecret(*created, capabilities, false, accountId);
                        statusBar()->showMessage(name.isEmpty() ? tr("Created the key.")
                                                                : tr("Created “%1”.").arg(name),
                                                 StatusMessageMs);
                        // The list is refreshing; the new key is selected once it shows.
                        if (!keyId.isEmpty() && accountId == m_currentAccountId &&
                            !selectKey(keyId))
                            m_keyToSelect = keyId;
                    });
            });
    openDialog(dialog);
}

void MainWindow::revokeKey()
{
    const Capabilities* caps = currentCapabilities();
    const std::optional<ApiKey> key = selectedKey();
    if (!caps || !key || !m_ui->actionRevokeKey->isEnabled())
        return;
    const QString accountId = m_currentAccountId;
    auto* dialog = new RevokeKeyDialog(*key, caps->providerName, this);
    connect(dialog, &RevokeKeyDialog::submitted, this, [this, dialog, accountId, key] {
        dialog->setBusy(true);
        m_controller->revokeKey(
            accountId, *key, dialog, [this, dialog, key](const ProviderError& error) {
                if (error) {
                    dialog->showError(ProviderErrorText::full(error));
                    return;
                }
                dialog->setBusy(false);
                dialog->accept();
                statusBar()->showMessage(
                    tr("Revoked “%1”.").arg(key->name.isEmpty() ? key->id : key->name),
                    StatusMessageMs);
            });
    });
    openDialog(dialog);
}

int MainWindow::countKeysOf(const QString& principal, KeyStatus status) const
{
    const AppController::AccountView* view = m_controller->account(m_currentAccountId);
    if (!view)
        return 0;
    int count = 0;
    for (const ApiKey& key : view->keys) {
        if (key.principal == principal && key.status == status)
            ++count;
    }
    return count;
}

void MainWindow::editKey()
{
    const Capabilities* caps = currentCapabilities();
    const std::optional<ApiKey> key = selectedKey();
    if (!caps || !key || !m_ui->actionEditKey->isEnabled())
        return;
    const QString accountId = m_currentAccountId;
    auto* dialog = new EditKeyDialog(*key, *caps, this);
    connect(dialog, &EditKeyDialog::submitted, this, [this, dialog, accountId, key] {
        dialog->setBusy(true);
        m_controller->updateKey(accountId, *key, dialog->change(), dialog,
                                [this, dialog, key](const ProviderError& error) {
                                    if (error) {
                                        dialog->showError(ProviderErrorText::full(error));
                                        return;
                                    }
                                    dialog->setBusy(false);
                                    dialog->accept();
                                    statusBar()->showMessage(
                                        tr("Saved the changes to “%1”.").arg(displayName(*key)),
                                        StatusMessageMs);
                                });
    });
    openDialog(dialog);
}

void MainWindow::toggleKeyActive()
{
    const std::optional<ApiKey> key = selectedKey();
    if (!key || !m_ui->actionToggleKeyActive->isEnabled())
        return;
    const bool enable = key->status == KeyStatus::Disabled;
    if (!enable &&
        !Prompts::confirm(this, tr("Disable key"),
                          tr("Disable “%1”?\n\nApplications that use it stop working until it "
                             "is enabled again.")
                              .arg(displayName(*key))))
        return;
    m_controller->setKeyActive(
        m_currentAccountId, *key, enable, this, [this, key, enable](const ProviderError& error) {
            if (error) {
                showNotice(
                    (enable ? tr("Could not enable “%1”: %2") : tr("Could not disable “%1”: %2"))
                        .arg(displayName(*key), ProviderErrorText::full(error)));
                return;
            }
            statusBar()->showMessage(
                (enable ? tr("Enabled “%1”.") : tr("Disabled “%1”.")).arg(displayName(*key)),
                StatusMessageMs);
        });
}

void MainWindow::togglePrincipal()
{
    const std::optional<ApiKey> key = selectedKey();
    if (!key || key->principal.isEmpty() || !m_ui->actionTogglePrincipal->isEnabled())
        return;
    const bool reactivate = key->status == KeyStatus::Suspended;
    const QString principal = key->principal;
    const int affected =
        countKeysOf(principal, reactivate ? KeyStatus::Suspended : KeyStatus::Active);
    // The count is spelled out: suspending one key's owner stops every other key it has.
    const QString keys = affected == 1 ? tr("1 listed key") : tr("%1 listed keys").arg(affected);
    const QString question =
        reactivate
            ? tr("Reactivate every key of %1?\n\nThis affects %2 of this owner.")
                  .arg(principal, keys)
            : tr("Suspend every key of %1?\n\nThis affects %2 of this owner, not only “%3”: "
                 "applications using any of them stop working until the owner is reactivated.")
                  .arg(principal, keys, displayName(*key));
    if (!Prompts::confirm(this, reactivate ? tr("Reactivate keys") : tr("Suspend keys"), question))
        return;
    m_controller->setPrincipalActive(
        m_currentAccountId, principal, reactivate, this,
        [this, principal, reactivate, keys](const ProviderError& error) {
            if (error) {
                showNotice((reactivate ? tr("Could not reactivate the keys of %1: %2")
                                       : tr("Could not suspend the keys of %1: %2"))
                               .arg(principal, ProviderErrorText::full(error)));
                return;
            }
            statusBar()->showMessage(
                (reactivate ? tr("Reactivated %1 of %2.") : tr("Suspended %1 of %2."))
                    .arg(keys, principal),
                StatusMessageMs);
        });
}

void MainWindow::attachPolicy()
{
    const Capabilities* caps = currentCapabilities();
    const std::optional<ApiKey> key = selectedKey();
    if (!caps || !key || !m_ui->actionAttachPolicy->isEnabled())
        return;
    const QString accountId = m_currentAccountId;
    const QString principal = key->principal;
    const PrincipalPolicies policies = caps->principalPolicies;
    QStringList attached;
    if (const OwnerAccessCache::Entry* entry = m_ownerAccess->entry(accountId, principal)) {
        for (const AttachedPolicy& policy : entry->policies)
            attached << policy.arn;
    }
    auto* dialog = new AttachPolicyDialog(principal, policies, attached, this);
    connect(dialog, &AttachPolicyDialog::submitted, this,
            [this, dialog, accountId, principal, policies](const QString& arn) {
                QString name = arn;
                for (const PolicyInfo& offered : policies.offered) {
                    if (offered.arn == arn)
                        name = offered.name;
                }
                m_controller->attachPrincipalPolicy(
                    accountId, principal, arn, dialog,
                    [this, dialog, accountId, principal, name](const ProviderError& error) {
                        if (error) {
                            dialog->showError(ProviderErrorText::full(error));
                            return;
                        }
                        dialog->setBusy(false);
                        dialog->accept();
                        statusBar()->showMessage(tr("Attached %1 to %2.").arg(name, principal),
                                                 StatusMessageMs);
                        m_ownerAccess->refetch(accountId, principal);
                    });
            });
    openDialog(dialog);
}

void MainWindow::showSecret()
{
    const Capabilities* caps = currentCapabilities();
    const std::optional<ApiKey> key = selectedKey();
    if (!caps || !key || !m_ui->actionShowSecret->isEnabled())
        return;
    const Capabilities capabilities = *caps;
    statusBar()->showMessage(tr("Fetching the secret of “%1”…").arg(displayName(*key)));
    // Fetched on each request and handed straight to the dialog, which wipes it on close.
    const QString accountId = m_currentAccountId;
    m_controller->revealSecret(
        accountId, *key, this,
        [this, key, capabilities, accountId](const ProviderError& error, CreatedKey* revealed) {
            statusBar()->clearMessage();
            if (error || !revealed) {
                showNotice(tr("Could not fetch the secret of “%1”: %2")
                               .arg(displayName(*key), ProviderErrorText::full(error)));
                return;
            }
            if (revealed->key.id.isEmpty())
                revealed->key = *key;
            revealSecret(*revealed, capabilities, true, accountId);
        });
}

void MainWindow::testKey()
{
    const Capabilities* caps = currentCapabilities();
    const std::optional<ApiKey> key = selectedKey();
    if (!caps || !key || !m_ui->actionTestKey->isEnabled())
        return;
    const QString accountId = m_currentAccountId;
    const QString providerName = caps->providerName;
    statusBar()->showMessage(tr("Testing “%1”…").arg(displayName(*key)));
    // The secret is fetched for this test only and wiped when the fetch's answer goes.
    m_controller->revealSecret(
        accountId, *key, this,
        [this, accountId, key, providerName](const ProviderError& error, CreatedKey* revealed) {
            if (error || !revealed) {
                statusBar()->clearMessage();
                showNotice(tr("Could not test “%1”: %2")
                               .arg(displayName(*key), ProviderErrorText::full(error)));
                return;
            }
            m_controller->verifyKey(
                accountId, *key, revealed->secret, this,
                [this, key, providerName](const ProviderError& verifyError,
                                          const std::optional<Verification>& result) {
                    statusBar()->clearMessage();
                    if (verifyError || !result) {
                        showNotice(
                            tr("Could not test “%1”: %2")
                                .arg(displayName(*key), ProviderErrorText::full(verifyError)));
                        return;
                    }
                    const QString text =
                        tr("“%1”: %2")
                            .arg(displayName(*key), VerificationText::text(*result, providerName));
                    if (result->outcome == Verification::Outcome::Works)
                        statusBar()->showMessage(text, StatusMessageMs);
                    else
                        showNotice(text);
                });
        });
}

void MainWindow::rotateKey()
{
    const Capabilities* caps = currentCapabilities();
    const std::optional<ApiKey> oldKey = selectedKey();
    if (!caps || !oldKey || !m_ui->actionRotateKey->isEnabled())
        return;
    const QString accountId = m_currentAccountId;
    const Capabilities capabilities = *caps;
    auto* dialog =
        new RotateKeyDialog(*oldKey, capabilities, m_controller->rotations().graceDays(), this);
    const QString choiceKey = accountId + QLatin1Char('/') + oldKey->id;
    if (const auto stopped = m_stoppedRotations.constFind(choiceKey);
        stopped != m_stoppedRotations.cend())
        dialog->restoreChoices(stopped->name, stopped->revokeNow, stopped->graceDays);
    connect(
        dialog, &QDialog::accepted, this,
        [this, dialog, accountId, capabilities, oldKey, choiceKey] {
            const KeySpec spec = dialog->newKeySpec();
            const bool revokeNow = dialog->revokeImmediately();
            const int graceDays = dialog->graceDays();
            if (graceDays != m_controller->rotations().graceDays())
                m_controller->rotations().setGraceDays(graceDays);
            const QString oldName = oldKey->name.isEmpty() ? oldKey->id : oldKey->name;
            statusBar()->showMessage(tr("Rotating “%1”: creating the new key…").arg(oldName));
            auto flight = beginInFlight();
            const RotationChoice choice{spec.name, revokeNow, graceDays};
            m_controller->startRotation(
                accountId, *oldKey, spec, this,
                [this, accountId, capabilities, oldName, revokeNow, graceDays, flight, choiceKey,
                 choice](const ProviderError& error, CreatedKey* created, QString recordId) {
                    flight->finish();
                    statusBar()->clearMessage();
                    // A rotation that stopped keeps what the user typed for the next try.
                    if (error || !created)
                        m_stoppedRotations.insert(choiceKey, choice);
                    else
                        m_stoppedRotations.remove(choiceKey);
                    if (created && created->orphan) {
                        // The rotation is abandoned; the key its lost answer made is the question.
                        showNotice(tr("Rotation of “%1” stopped: the answer to the new key's "
                                      "create was lost. %2 The old key is unchanged.")
                                       .arg(oldName, ProviderErrorText::full(error)));
                        offerOrphanRevoke(accountId, created->key);
                        return;
                    }
                    if (error || !created) {
                        showNotice(tr("Rotation of “%1” stopped: the new key could not be created. "
                                      "%2 The old key is unchanged.")
                                       .arg(oldName, ProviderErrorText::full(error)));
                        return;
                    }
                    RevealSecretDialog* reveal =
                        revealSecret(*created, capabilities, false, accountId);
                    // The old key goes only once the new secret has been handed over.
                    connect(reveal, &QDialog::finished, this,
                            [this, reveal, capabilities, recordId, revokeNow, graceDays, oldName] {
                                finishRotation(reveal, capabilities, recordId, revokeNow, graceDays,
                                               oldName);
                            });
                });
        });
    openDialog(dialog);
}

void MainWindow::finishRotation(RevealSecretDialog* reveal, const Capabilities& caps,
                                const QString& recordId, bool revokeNow, int graceDays,
                                const QString& oldName)
{
    QString note;
    if (caps.verify && !reveal->isVerified()) {
        const std::optional<Verification>& tested = reveal->lastVerification();
        const QString why = tested ? tr("The test of the new key said: %1")
                                         .arg(VerificationText::text(*tested, caps.providerName))
                                   : tr("The new key was not tested.");
        // Keeping the old key is the default: an unproven new key must not cut anyone off.
        const bool revokeAnyway =
            Prompts::ask(this, QMessageBox::Warning, tr("New key not verified"),
                         tr("%1\n\nKeep the old key “%2” (recommended), or revoke it anyway as "
                            "planned?\n\nYes revokes it anyway; No keeps both keys.")
                             .arg(why, oldName),
                         QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
        const QString outcome =
            tested ? VerificationText::text(*tested, caps.providerName) : tr("not tested");
        if (!revokeAnyway) {
            m_controller->keepOldKey(
                recordId, tr("New key not verified (%1); the old key was kept.").arg(outcome));
            statusBar()->showMessage(
                tr("The old key “%1” was kept; revoke it once the new key works.").arg(oldName),
                StatusMessageMs);
            updateDetails();
            updateActions();
            return;
        }
        note = tr("Revoked without a verified new key (%1): the user chose to.").arg(outcome);
    }
    m_controller->finishHandover(
        recordId, revokeNow, graceDays, this,
        [this, revokeNow, graceDays, oldName](const ProviderError& e) {
            if (e) {
                showNotice(tr("The old key “%1” could not be revoked: %2 "
                              "KeyWarden tries again every hour; the rotation "
                              "stays open until then.")
                               .arg(oldName, ProviderErrorText::full(e)));
            } else if (revokeNow) {
                statusBar()->showMessage(tr("Rotation finished: “%1” is revoked.").arg(oldName),
                                         StatusMessageMs);
            } else {
                statusBar()->showMessage(
                    (graceDays == 1 ? tr("“%1” will be revoked in 1 day.")
                                    : tr("“%1” will be revoked in %n days.", nullptr, graceDays))
                        .arg(oldName),
                    StatusMessageMs);
            }
            updateDetails();
            updateActions();
        },
        note);
}

} // namespace kw

#include "MainWindow.h"

#include "AccountListModel.h"
#include "Announce.h"
#include "AuditLogDialog.h"
#include "ClipboardGuard.h"
#include "KeyActionPolicy.h"
#include "KeyDetailsPane.h"
#include "KeyDisplayName.h"
#include "KeyFilterProxy.h"
#include "KeyTableModel.h"
#include "OwnerAccessCache.h"
#include "Palette.h"
#include "ReportExport.h"
#include "RotationFlow.h"
#include "RotationsDialog.h"
#include "console/AppController.h"
#include "core/AuditLog.h"
#include "ui_MainWindow.h"

#include <QClipboard>
#include <QDialog>
#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>
#include <algorithm>

namespace kw {

using namespace Qt::StringLiterals;

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

} // namespace

MainWindow::MainWindow(AppController* controller, QWidget* parent)
    : QMainWindow(parent), m_ui(new Ui::MainWindow), m_controller(controller),
      m_accountModel(new AccountListModel(controller, this)), m_keyModel(new KeyTableModel(this)),
      m_proxy(new KeyFilterProxy(this)),
      m_clipboardGuard(new ClipboardGuard(QGuiApplication::clipboard(), this)),
      m_ownerAccess(new OwnerAccessCache(controller, this)),
      m_rotation(new RotationFlow(controller, this)), m_busyBar(new QProgressBar(this)),
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

    Palette::paintBanner(m_ui->errorBanner, Palette::Banner::Error, u"QFrame#errorBanner"_s,
                         u"QLabel#bannerLabel"_s);
    m_ui->errorBanner->hide();

    setUpBusyIndicator();

    setUpTable();
    setUpActions();
    new ReportExport(m_ui->actionExportReport, m_controller, this); // File → Export Report…
    setUpFilters();
    setUpHelp();
    setUpGuards();
    setUpFleet();
    setUpPreferences();
    reserveToolBarWidths();

    connect(m_ui->accountList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onAccountSelected);
    connect(m_controller, &AppController::accountAdded, this, &MainWindow::onAccountAdded);
    connect(m_controller, &AppController::accountChanged, this, &MainWindow::onAccountChanged);
    connect(m_controller, &AppController::accountRemoved, this, &MainWindow::onAccountRemoved);
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
                if (accountId != keyAccountId() || !key || key->principal != principal)
                    return;
                updateOwnerAccess(*key);
                updateActions();
            });

    connect(m_ui->actionRotations, &QAction::triggered, this, &MainWindow::showRotations);
    connect(m_ui->actionAuditLog, &QAction::triggered, this, &MainWindow::showAuditLog);
    connect(m_ui->actionRespondToLeak, &QAction::triggered, this, &MainWindow::respondToLeak);

    // Age and "last used" move with the clock.
    m_clockTimer.setInterval(60 * 1000);
    connect(&m_clockTimer, &QTimer::timeout, m_keyModel, &KeyTableModel::refreshTimes);
    m_clockTimer.start();

    for (const QString& id : m_controller->accountIds())
        onAccountAdded(id);
    if (m_accountModel->hasAllAccountsRow())
        showAllAccounts();
    updateTitle();
    updateDetails();
    updateActions();
    updateBanner();
    updateCount();
}

MainWindow::~MainWindow() = default;

void MainWindow::setSandboxMode(bool sandbox)
{
    m_sandbox = sandbox;
    updateTitle();
}

void MainWindow::updateTitle()
{
    // The title ends with the application's name, so the platform does not append it a second
    // time ("KeyWarden — sandbox — KeyWarden").
    setWindowTitle(m_sandbox ? tr("Sandbox — KeyWarden") : tr("KeyWarden"));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        reserveToolBarWidths();
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
    if (m_allAccounts)
        onFleetAccountChanged(accountId);
    else if (m_currentAccountId.isEmpty())
        selectAccount(accountId);
    updateBusy();
}

void MainWindow::onAccountRemoved(const QString& accountId)
{
    m_ownerAccess->forget(accountId);
    m_reloading.remove(accountId);
    if (m_allAccounts)
        onFleetAccountRemoved(accountId);
    else if (accountId == m_currentAccountId) {
        m_currentAccountId.clear();
        if (m_accountModel->rowCount() > 0)
            selectAccount(m_accountModel->accountIdAt(0));
        else
            onAccountSelected();
    }
    // The list may have moved its current row while the removed one was still counted.
    updateEmptyState();
    updateBusy();
}

void MainWindow::onAccountSelected()
{
    const QModelIndex current = m_ui->accountList->currentIndex();
    const QString id = current.isValid() ? m_accountModel->accountIdAt(current.row()) : QString();
    const bool all = current.isValid() && current.data(AccountListModel::AllAccountsRole).toBool();
    if (id != m_currentAccountId || all != m_allAccounts) {
        m_notice.clear();
        m_keyToSelect.clear();
        m_columnsSized = false; // each provider's keys have their own widths
        m_fittedAccounts.clear();
    }
    m_currentAccountId = id;
    m_allAccounts = all;
    updateFleetBanners();
    if (m_allAccounts) {
        showFleetColumns();
        reloadTable();
        return;
    }
    const Capabilities* caps = currentCapabilities();
    m_keyModel->setServiceLabels(serviceLabels(caps));
    m_ui->detailsPane->setServiceLabels(serviceLabels(caps));
    showProviderColumns(caps);
    reloadTable();
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
            showStatus(
                tr("%1: %n key(s), loaded at %2", nullptr, count).arg(view->account.label, time));
        }
    }
    if (m_allAccounts) {
        onFleetAccountChanged(accountId);
    } else if (accountId == m_currentAccountId) {
        const Capabilities* caps = currentCapabilities();
        m_keyModel->setServiceLabels(serviceLabels(caps));
        m_ui->detailsPane->setServiceLabels(serviceLabels(caps));
        showProviderColumns(caps);
        reloadTable();
    }
    updateBusy();
}

void MainWindow::showRotations()
{
    // One view, raised when asked again; it follows the controller while open.
    auto* dialog = findChild<RotationsDialog*>();
    if (!dialog) {
        dialog = new RotationsDialog(m_controller, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showAuditLog()
{
    auto* dialog = findChild<AuditLogDialog*>();
    if (!dialog) {
        const QString path = m_dataLocations.auditLog.isEmpty() ? AuditLog(QString()).filePath()
                                                                : m_dataLocations.auditLog;
        dialog = new AuditLogDialog(path, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->reload(); // what was done since it was last opened
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::reloadTable()
{
    const std::optional<KeyRef> previous = currentKeyRef();
    if (m_allAccounts) {
        for (const QString& id : m_controller->accountIds())
            loadFleetAccount(id);
    } else {
        const AppController::AccountView* view = m_controller->account(m_currentAccountId);
        // Keys deleted behind KeyWarden's back stay as greyed rows until acknowledged.
        const AccountDrift drift = m_controller->keyDrift(m_currentAccountId);
        const QList<ApiKey> keys = view ? view->keys + drift.vanished : QList<ApiKey>();
        m_proxy->setCapabilities(view && view->capabilities ? *view->capabilities : Capabilities());
        // Rows of the fleet view, or of another account with the same keys, are replaced.
        if (keys != m_keyModel->keys() || m_keyModel->hasAccountData() ||
            (!keys.isEmpty() && m_keyModel->accountIdAt(0) != m_currentAccountId))
            m_keyModel->setKeys(keys, m_currentAccountId);
        m_keyModel->setAccountDrift(m_currentAccountId, drift.kinds);
        m_keyModel->setRotationDueDays(rotationPolicyDaysFor(m_currentAccountId));
        m_keyModel->setScheduledRevocations(KeyTableModel::scheduledRevocations(
            m_controller->rotations().open(), m_currentAccountId));
    }
    if (!m_columnsSized && m_keyModel->rowCount() > 0)
        sizeColumnsToContents();
    if (!m_keyToSelect.isEmpty() && selectKey(m_keyToSelectAccount, m_keyToSelect))
        m_keyToSelect.clear();
    else if (!previous || !selectKey(previous->accountId, previous->key.id)) {
        // Show the first key's details rather than an empty pane.
        if (m_proxy->rowCount() > 0 && !m_ui->keyTable->currentIndex().isValid())
            m_ui->keyTable->selectionModel()->setCurrentIndex(m_proxy->index(0, 0),
                                                              QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
    }
    updateFleetBanners();
    updateDetails();
    updateActions();
    updateBanner();
    updateCount();
}

std::optional<ApiKey> MainWindow::selectedKey() const
{
    const QModelIndex current = m_ui->keyTable->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const ApiKey* key = m_keyModel->keyAt(m_proxy->mapToSource(current).row());
    return key ? std::optional<ApiKey>(*key) : std::nullopt;
}

const Capabilities* MainWindow::currentCapabilities() const
{
    const AppController::AccountView* view = m_controller->account(keyAccountId());
    return view ? view->capabilities : nullptr;
}

void MainWindow::updateActions()
{
    if (isLocked())
        return; // every action stays off until unlocked (lockWindow)
    const QString accountId = keyAccountId();
    const AppController::AccountView* view = m_controller->account(accountId);
    KeyActionPolicy::Input in;
    in.caps = view ? view->capabilities : nullptr;
    in.account = view != nullptr;
    in.loaded = view && view->state == AppController::LoadState::Ok;
    in.busy = view && (view->state == AppController::LoadState::Loading ||
                       view->state == AppController::LoadState::ReadingToken);
    in.keyCount = view ? view->keys.size() : 0;
    in.key = selectedKey();
    if (in.key) {
        const QString& id = in.key->id;
        in.rotating = m_controller->openRotationFor(accountId, id).has_value();
        in.storedSecret = m_controller->storedSecrets().contains(accountId, id);
        in.ownerPolicies = m_ownerAccess->attachedArns(accountId, in.key->principal);
    }
    KeyActionPolicy::Actions actions = KeyActionPolicy::evaluate(in);
    if (m_allAccounts) {
        // Refresh lists every account; an account is removed or edited from its own view.
        actions.refresh.enabled = true;
        actions.removeAccount.enabled = false;
        if (!in.key)
            actions.createKey.toolTip =
                tr("Select a key of the account to create the key in, or that account");
    }
    const auto states = actions.all();
    const QList<QAction*> onToolBar = m_ui->mainToolBar->actions();
    for (qsizetype i = 0; i < m_ruledActions.size(); ++i) {
        QAction* action = m_ruledActions.at(i);
        const KeyActionPolicy::State* state = states.at(std::size_t(i));
        // A toolbar button keeps its place whatever the provider offers: what does not apply
        // is disabled, never hidden, so the buttons after it do not move between accounts.
        const bool offered = state->visible.value_or(true);
        const bool pinned = onToolBar.contains(action);
        if (state->visible)
            action->setVisible(offered || pinned);
        action->setEnabled(state->enabled && offered);
        if (!state->text.isEmpty())
            action->setText(state->text);
        if (!offered && pinned)
            action->setToolTip(tr("Not offered by this account's provider"));
        else if (!state->toolTip.isEmpty())
            action->setToolTip(state->toolTip);
        if (state->statusTip)
            action->setStatusTip(action->toolTip());
    }
    applyMultiSelection(selectedKeys().size());
}

void MainWindow::reserveToolBarWidths()
{
    // A button whose words change with the key ("Disable Key…" / "Enable Key", "Suspend…" /
    // "Reactivate…") is as wide as its longest words, so the buttons after it never move.
    Capabilities caps;
    caps.disable = true;
    caps.disablePrincipal = true;
    ApiKey key;
    key.editable = true;
    key.principal = u"owner"_s;
    QList<KeyActionPolicy::Actions> variants;
    for (KeyStatus status : {KeyStatus::Active, KeyStatus::Disabled, KeyStatus::Suspended}) {
        key.status = status;
        KeyActionPolicy::Input in;
        in.caps = &caps;
        in.account = true;
        in.loaded = true;
        in.key = key;
        variants.append(KeyActionPolicy::evaluate(in));
    }
    for (qsizetype i = 0; i < m_ruledActions.size(); ++i) {
        QAction* action = m_ruledActions.at(i);
        QWidget* button = m_ui->mainToolBar->widgetForAction(action);
        if (!button)
            continue;
        const QString shown = action->text();
        int width = button->sizeHint().width();
        for (const KeyActionPolicy::Actions& variant : variants) {
            const QString text = variant.all().at(std::size_t(i))->text;
            if (text.isEmpty())
                continue;
            action->setText(text);
            width = std::max(width, button->sizeHint().width());
        }
        if (action == m_ui->actionToggleKeyActive) { // and its words for several keys
            for (const bool enable : {true, false}) {
                action->setText(bulkToggleText(enable));
                width = std::max(width, button->sizeHint().width());
            }
        }
        action->setText(shown);
        button->setMinimumWidth(width);
    }
}

void MainWindow::refreshViews()
{
    updateDetails();
    updateActions();
}

void MainWindow::updateDetails()
{
    const qsizetype selected = selectedKeys().size();
    if (selected >= 2) {
        m_ui->detailsPane->showNothing(tr("%n keys selected", nullptr, int(selected)));
        return;
    }
    const std::optional<ApiKey> key = selectedKey();
    const QString accountId = keyAccountId();
    if (!key) {
        const AppController::AccountView* view = m_controller->account(m_currentAccountId);
        QString why = tr("Select a key to see its details.");
        if (m_allAccounts)
            why = m_keyModel->rowCount() > 0 ? why : tr("Loading the keys…");
        else if (!view)
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
    showDetailsAccount(accountId);
    m_ui->detailsPane->setRotationDueDays(m_keyModel->rotationDueDaysOf(accountId));
    m_ui->detailsPane->setDrift(m_keyModel->driftOf(accountId, key->id));
    m_ui->detailsPane->showKey(*key, m_keyModel->now(),
                               m_controller->openRotationFor(accountId, key->id));
    updateOwnerAccess(*key);
}

void MainWindow::updateOwnerAccess(const ApiKey& key)
{
    const QString accountId = keyAccountId();
    const AppController::AccountView* view = m_controller->account(accountId);
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
                    ? m_ownerAccess->fetch(accountId, key.principal)
                    : m_ownerAccess->entry(accountId, key.principal);
    }
    m_ui->detailsPane->showOwnerAccess(
        policies.title, OwnerAccessCache::describe(policies, key.ownerIsCaller, entry),
        m_ui->actionAttachPolicy);
}

void MainWindow::updateBanner()
{
    const AppController::AccountView* view = m_controller->account(m_currentAccountId);
    QString text;
    bool retry = false;
    if (!m_notice.isEmpty()) {
        text = m_notice;
    } else if (view && view->state == AppController::LoadState::Error) {
        text = view->account.label + u": "_s + view->errorText;
        if (!view->errorHelp.isEmpty())
            text += QLatin1Char('\n') + view->errorHelp;
        retry = true;
    }
    // Screen readers announce a new error once, not each time the banner is laid out again.
    const bool announce =
        !text.isEmpty() && (text != m_ui->bannerLabel->text() || m_ui->errorBanner->isHidden());
    m_ui->bannerLabel->setText(text);
    m_ui->errorBanner->setAccessibleDescription(text);
    m_ui->retryButton->setVisible(retry);
    m_ui->dismissButton->setVisible(!retry && !text.isEmpty());
    m_ui->errorBanner->setVisible(!text.isEmpty());
    if (announce)
        Announce::send(m_ui->bannerLabel);
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
    // Vanished keys keep a row (console/KeyDrift) but are not counted among the keys. The
    // model counts them; which of them the filters show is looked up only when some are hidden.
    const int ghosts = m_keyModel->vanishedRowCount();
    const int total = m_keyModel->rowCount() - ghosts;
    int shown = m_proxy->rowCount() - ghosts;
    if (ghosts > 0 && m_proxy->rowCount() < m_keyModel->rowCount()) {
        shown = m_proxy->rowCount();
        for (const int row : m_keyModel->vanishedRows())
            shown -= m_proxy->mapFromSource(m_keyModel->index(row, 0)).isValid() ? 1 : 0;
    }
    const AppController::AccountView* view = m_controller->account(m_currentAccountId);
    if (!m_allAccounts && (!view || (view->state != AppController::LoadState::Ok && total == 0)))
        m_ui->countLabel->clear();
    else if (shown == total)
        m_ui->countLabel->setText(tr("%n key(s)", nullptr, total));
    else
        m_ui->countLabel->setText(tr("%1 of %n key(s)", nullptr, total).arg(shown));
    updateEmptyState();
}

void MainWindow::showStatus(const QString& text)
{
    statusBar()->showMessage(text, StatusMessageMs);
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

void MainWindow::copyKeyId()
{
    const std::optional<ApiKey> key = selectedKey();
    if (!key)
        return;
    // An id is public: it goes to the clipboard directly, not through the secret guard.
    QGuiApplication::clipboard()->setText(key->id);
    showStatus(tr("Copied the id of “%1”.").arg(keyDisplayName(*key)));
}

} // namespace kw

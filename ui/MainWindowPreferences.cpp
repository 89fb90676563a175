// Edit → Preferences… and what applies it (clipboard timeout, rotation policies, idle lock), and
// the idle lock itself: the lock screen in place of the accounts and keys, the tokens dropped.
#include "ClipboardGuard.h"
#include "IdleLock.h"
#include "KeyDetailsPane.h"
#include "KeyTableModel.h"
#include "LockScreen.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "TrayIcon.h"
#include "console/AppController.h"
#include "console/Preferences.h"
#include "ui_MainWindow.h"

#include <QAction>
#include <QDialog>
#include <QKeySequence>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>

namespace kw {

using namespace Qt::StringLiterals;

void MainWindow::setUpPreferences()
{
    auto* action = new QAction(tr("&Preferences…"), this);
    action->setObjectName(u"actionPreferences"_s);
    action->setMenuRole(QAction::PreferencesRole);
    // Ctrl+, everywhere; the platform's own key as well where it has another one.
    QList<QKeySequence> keys{QKeySequence(Qt::CTRL | Qt::Key_Comma)};
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::Preferences)) {
        if (!keys.contains(key))
            keys << key;
    }
    action->setShortcuts(keys);
    m_ui->fileMenu->insertAction(m_ui->actionQuit, action);
    m_ui->fileMenu->insertSeparator(m_ui->actionQuit);
    addAction(action);
    connect(action, &QAction::triggered, this, &MainWindow::showPreferences);

    m_idleLock = new IdleLock(this);
    m_lockScreen = new LockScreen(this);
    m_lockScreen->hide();
    connect(m_idleLock, &IdleLock::locked, this, &MainWindow::lockWindow);
    connect(m_lockScreen, &LockScreen::unlockRequested, this, &MainWindow::unlockWindow);
    applyPreferences();
}

void MainWindow::showPreferences()
{
    QList<PreferencesDialog::AccountChoice> accounts;
    for (const QString& id : m_controller->accountIds()) {
        if (const AppController::AccountView* view = m_controller->account(id))
            accounts.append({id, view->account.label});
    }
    auto* dialog = new PreferencesDialog(m_controller->settings(), accounts, Autostart(), this);
    connect(dialog, &PreferencesDialog::applied, this, &MainWindow::applyPreferences);
    openDialog(dialog);
}

void MainWindow::applyPreferences()
{
    const Preferences prefs(m_controller->settings());
    m_clipboardGuard->setTimeout(prefs.clipboardClearTimeout());
    m_idleLock->setMinutes(prefs.idleLockMinutes());
    const QSignalBlocker blocker(m_ui->rotationPolicySpin);
    m_ui->rotationPolicySpin->setValue(prefs.defaultRotationPolicyDays());
    m_keyModel->setRotationDueDays(rotationPolicyDaysFor(m_currentAccountId));
    if (m_allAccounts)
        reloadTable(); // each account's rows carry its own policy
    if (m_tray)        // the tray shown or taken down, the thresholds and notices as now set
        m_tray->applyPreferences();
    updateDetails();
    updateCount();
}

void MainWindow::lockWindow()
{
    if (m_lockedCentral)
        return;
    // A secret on the clipboard or in an open dialog must not outlast the lock.
    m_clipboardGuard->clearNow();
    for (QDialog* dialog : findChildren<QDialog*>(Qt::FindDirectChildrenOnly)) {
        if (dialog->isVisible()) {
            dialog->hide();
            m_hiddenDialogs << dialog;
        }
    }
    m_controller->lock();
    int sessionOnly = 0;
    for (const QString& id : m_controller->accountIds()) {
        const AppController::AccountView* view = m_controller->account(id);
        sessionOnly += view && (view->sessionOnly || view->account.sandbox) ? 1 : 0;
    }
    m_lockScreen->setSessionOnlyAccounts(sessionOnly);
    QSet<QAction*> keep{m_ui->actionQuit}; // and the menus themselves, so that Quit is reached
    for (const QMenu* menu : findChildren<QMenu*>())
        keep << menu->menuAction();
    for (QAction* action : findChildren<QAction*>()) {
        if (!keep.contains(action) && action->isEnabled()) {
            action->setEnabled(false);
            m_lockedActions << action;
        }
    }
    m_ui->mainToolBar->setEnabled(false);
    // Taken out of the layout (and so from the keyboard's reach), but still the window's child.
    m_lockedCentral = takeCentralWidget();
    m_lockedCentral->setParent(this);
    m_lockedCentral->hide();
    setCentralWidget(m_lockScreen);
    m_lockScreen->show();
    m_lockScreen->unlockButton()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::unlockWindow()
{
    if (!m_lockedCentral)
        return;
    takeCentralWidget(); // the lock screen, kept for the next lock
    m_lockScreen->setParent(this);
    m_lockScreen->hide();
    setCentralWidget(m_lockedCentral.data());
    m_lockedCentral->show();
    m_lockedCentral = nullptr;
    m_ui->mainToolBar->setEnabled(true);
    for (const QPointer<QAction>& action : std::as_const(m_lockedActions)) {
        if (action)
            action->setEnabled(true);
    }
    m_lockedActions.clear();
    m_idleLock->unlock();
    m_controller->unlock();
    for (const QPointer<QDialog>& dialog : std::as_const(m_hiddenDialogs)) {
        if (dialog)
            dialog->show();
    }
    m_hiddenDialogs.clear();
    updateActions();
}

} // namespace kw

#pragma once

#include "AboutDialog.h"
#include "KeyDetailsPane.h"
#include "KeyTableModel.h"
#include "console/ConsoleTypes.h"
#include "core/ApiKey.h"
#include "core/Capabilities.h"

#include <QDateTime>
#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QScopedPointer>
#include <QSet>
#include <QString>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QAction;
class QCloseEvent;
class QDialog;
class QFrame;
class QLabel;
class QProgressBar;
namespace Ui {
class MainWindow;
}
QT_END_NAMESPACE

namespace kw {

class AccountListModel;
class AppController;
class ClipboardGuard;
class EmptyState;
class IdleLock;
class FleetArrivals;
class FleetBanners;
class KeyFilterBar;
class KeyFilterProxy;
class KeyTableModel;
class LockScreen;
class OwnerAccessCache;
class RevealSecretDialog;
class RotationFlow;
class TrayIcon;
struct CreatedKey;
struct ProviderError;

// Accounts on the left, the keys of the selected one on the right with a filter box and a
// details pane; errors in a banner above the table. With two or more accounts, "All accounts"
// shows every key of every account in one table (MainWindowFleet.cpp), where each action on a
// key works with the key's own account and its capabilities. The flows open their dialogs with
// open() (never exec()) and announce each one with dialogOpened(), so that tests can drive them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppController* controller, QWidget* parent = nullptr);
    ~MainWindow() override;

    void setSandboxMode(bool sandbox);
    // Where the data lives, for Help → About (the settings file, the audit log, the keychain);
    // the app sets it from the objects that keep the data.
    void setDataLocations(const AboutDialog::DataLocations& locations);
    // The tray icon, whose reminders keep the app running once the window closes (TrayIcon).
    void setTray(TrayIcon* tray);
    void selectAccount(const QString& accountId);
    QString currentAccountId() const { return m_currentAccountId; }
    std::optional<ApiKey> selectedKey() const;
    bool selectKey(const QString& keyId);
    bool selectKey(const QString& accountId, const QString& keyId);
    // The "All accounts" view (the fleet view): every key of every account in one table.
    void showAllAccounts();
    bool isAllAccountsView() const { return m_allAccounts; }
    // Every selected key with its account, in the table's order; the current one when the
    // selection is empty.
    QList<KeyRef> selectedKeys() const;
    // Days after which a key of this account is due for rotation.
    int rotationPolicyDaysFor(const QString& accountId) const;

    KeyTableModel* keyModel() const { return m_keyModel; }
    KeyFilterProxy* keyProxy() const { return m_proxy; }
    OwnerAccessCache* ownerAccess() const { return m_ownerAccess; }
    ClipboardGuard* clipboardGuard() const { return m_clipboardGuard; }
    IdleLock* idleLock() const { return m_idleLock; }
    bool isLocked() const { return m_lockedCentral != nullptr; }

public slots:
    void addAccount();
    void removeAccount();
    // The selected account's label, endpoint and CA file (its id, provider and token stay).
    void editAccount();
    // A new token for the selected account, tested at the provider before it replaces the old.
    void replaceToken();
    void refresh();
    void createKey();
    void rotateKey();
    void revokeKey();
    void editKey();
    void toggleKeyActive();
    void togglePrincipal();
    // Attaches one of the provider's offered policies to the selected key's owner.
    void attachPolicy();
    void showSecret();
    void testKey();
    void copyKeyId();
    void focusFilter();
    void showAbout();
    void showShortcuts();
    // MainWindowPreferences.cpp: File → Preferences…, and the idle lock.
    void showPreferences();
    void lockWindow();
    void unlockWindow();
    // Empties the text filter and resets the status and rotation filters.
    void clearFilters();

signals:
    void dialogOpened(QDialog* dialog);
    // "Try the sandbox" on an empty start: the app starts a separate sandbox instance, so that
    // no sample account ever reaches this one's settings or keychain.
    void trySandboxRequested();
    // Revoke, Disable/Enable or Rotate with two or more keys selected: action is "revoke",
    // "disable", "enable" or "rotate"; the keys may belong to several accounts.
    void bulkActionRequested(const QString& action, const QList<kw::KeyRef>& keys);

protected:
    void changeEvent(QEvent* event) override;
    // Quitting while a new secret is shown but not confirmed saved, or while a create or a
    // rotation waits for the provider, asks first ("Quit anyway" / "Stay").
    void closeEvent(QCloseEvent* event) override;
    // Tool tips of the key table and the account list are shown as plain text.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    friend class RotationFlow; // the rotation's dialogs and messages are the window's
    using ProviderDone = std::function<void(const ProviderError&)>;

    void setUpActions();
    // Edit Account and Replace Token: enabled, connected and in the account list's menu.
    void setUpAccountEditing();
    void setUpTable();
    void setUpFilters();
    void setUpHelp();
    void setUpPreferences();
    void applyPreferences(); // what the saved Preferences change in the open window
    // What the table says when it shows nothing: no accounts yet, or every key filtered out.
    void updateEmptyState();
    void onAccountSelected();
    void onAccountChanged(const QString& accountId);
    void onAccountAdded(const QString& accountId);
    void onAccountRemoved(const QString& accountId);
    void offerSessionOnly(const QString& accountId, const QString& label, const QString& message,
                          const QString& help);
    void reloadTable();
    void showRotations(); // View → Rotations
    void showAuditLog();  // View → Audit Log
    void respondToLeak(); // Keys → Respond to a Leak (MainWindowFlows)
    // With an account: widened for that account's rows, which just arrived (the fleet view).
    void sizeColumnsToContents(const QString& arrivedAccountId = {});
    QList<int> columnFitRows(const QString& accountId) const; // the table rows measured
    void setUpBusyIndicator(); // the status bar's "Loading keys of …" and its busy bar
    void showProviderColumns(const Capabilities* caps);
    void updateActions();
    void reserveToolBarWidths();
    void refreshViews(); // details and actions, after something changed outside the table
    void updateDetails();
    // The owner's access in the details pane (Capabilities::principalPolicies), fetched once
    // per owner per load.
    void updateOwnerAccess(const ApiKey& key);
    void updateBanner();
    void updateBusy();
    void updateCount();
    void updateTitle();
    void showNotice(const QString& text);
    void openDialog(QDialog* dialog);
    void showStatus(const QString& text); // for a while, then gone
    // MainWindowKeys.cpp: the answer to a submitted dialog. A failure is shown in the dialog,
    // which stays open with what was typed; success closes it, says `done` in the status bar
    // and runs `then`.
    template <typename Dialog>
    ProviderDone closeWhenDone(Dialog* dialog, const QString& done,
                               std::function<void()> then = {});
    // The answer to a call without a dialog: a failure goes to the banner as failed(the
    // provider's error), success to the status bar.
    ProviderDone reportTo(std::function<QString(const QString& error)> failed, const QString& done);
    // The capabilities of the selected key's account (fleet view), else the selected account's.
    const Capabilities* currentCapabilities() const;
    bool selectModelRow(int modelRow);
    // What a key action works on: the selected key of the current account and its provider's
    // capabilities; nothing when no key is selected or the action is not enabled.
    struct Target
    {
        QString accountId;
        Capabilities caps;
        ApiKey key;
    };
    std::optional<Target> targetFor(const QAction* action) const;
    // The account of the selected key in the fleet view, else the selected account.
    QString keyAccountId() const;
    std::optional<KeyRef> currentKeyRef() const;

    // MainWindowFleet.cpp: the "All accounts" view.
    void setUpFleet();
    // One account's keys, labels, rotation policy and capabilities into the fleet table.
    void loadFleetAccount(const QString& accountId);
    void onFleetAccountChanged(const QString& accountId);
    void onFleetAccountRemoved(const QString& accountId);
    // A line per account whose keys could not be listed, with Fix… to open its own view.
    void updateFleetBanners();
    // Every column any listed account's provider has, and the Account column.
    void showFleetColumns();
    static KeyDetailsPane::ProviderFields providerFields(const Capabilities* caps);
    // With two or more keys selected Revoke, Disable/Enable and Rotate ask for a bulk action
    // (true: asked) and the other key actions are off.
    bool requestBulk(const QString& action);
    void applyMultiSelection(qsizetype selected);
    // In the fleet view the details pane names the key's account and shows its fields.
    void showDetailsAccount(const QString& accountId);
    static QString bulkToggleText(bool enable); // Disable/Enable with several keys selected
    // New Key in the fleet view: the selected key's account, once the user confirms it.
    bool confirmFleetCreate(const QString& accountId);
    // accountId: where "Test key" sends the secret (empty: no test offered).
    RevealSecretDialog* revealSecret(CreatedKey& created, const Capabilities& caps,
                                     bool shownAgain = false, const QString& accountId = {});
    // A create went through: its secret shown, the new key selected once it is listed.
    void keyCreated(CreatedKey& created, const Capabilities& caps, const QString& accountId);
    // Listed keys of the account that belong to this principal and have this status.
    int countKeysOf(const QString& accountId, const QString& principal, KeyStatus status) const;
    void showTableMenu(const QPoint& position);

    // MainWindowGuards.cpp: what keeps a user from losing a key or a record unknowingly.
    void setUpGuards();
    // The audit log could not be written: a banner that stays until dismissed.
    void showAuditFailure(const QString& path, const QString& reason);
    // A create (or a rotation's create) lost its answer but the key exists (CreatedKey::orphan):
    // ask whether to revoke it, and do so through the controller.
    void offerOrphanRevoke(const QString& accountId, const ApiKey& key);
    // Counts a create or rotation waiting for the provider until the returned token goes (or
    // its finish() is called).
    struct InFlight
    {
        QPointer<MainWindow> window;
        bool finished = false;
        void finish();
        ~InFlight();
    };
    std::shared_ptr<InFlight> beginInFlight();
    // What quitting now would lose, as a sentence; empty when nothing.
    QString unfinishedWork() const;
    void addNotice(const QString& text);

    const QScopedPointer<Ui::MainWindow> m_ui;
    AppController* m_controller;
    AccountListModel* m_accountModel;
    KeyTableModel* m_keyModel;
    KeyFilterProxy* m_proxy;
    ClipboardGuard* m_clipboardGuard;
    OwnerAccessCache* m_ownerAccess;
    RotationFlow* m_rotation;
    EmptyState* m_emptyState = nullptr;
    KeyFilterBar* m_filterBar = nullptr;
    FleetBanners* m_fleetBanners = nullptr;
    FleetArrivals* m_arrivals = nullptr; // the fleet view's keys, added a slice a turn
    AboutDialog::DataLocations m_dataLocations;
    QProgressBar* m_busyBar;
    QLabel* m_busyLabel;
    QTimer m_clockTimer;
    QString m_currentAccountId;
    bool m_allAccounts = false; // the "All accounts" view
    QString m_keyToSelect;      // a key just created, to select when the refreshed list shows it
    QString m_keyToSelectAccount;
    QString m_notice; // an operation error for the current account, until dismissed
    bool m_sandbox = false;
    bool m_columnsSized = false;
    QSet<QString> m_fittedAccounts;       // all-accounts view: accounts whose keys the widths fit
    QHash<QString, QDateTime> m_loadedAt; // to announce each completed load once
    QSet<QString> m_reloading;            // accounts whose keys are being listed again
    QFrame* m_auditBanner = nullptr;
    QLabel* m_auditLabel = nullptr;
    int m_inFlight = 0; // creates and rotations waiting for the provider
    QList<QPointer<RevealSecretDialog>> m_reveals;
    QList<QAction*> m_ruledActions; // KeyActionPolicy::ActionNames, in that order
    QPointer<TrayIcon> m_tray;
    IdleLock* m_idleLock = nullptr;
    LockScreen* m_lockScreen = nullptr;
    QPointer<QWidget> m_lockedCentral; // the accounts and keys, while the lock screen shows
    QList<QPointer<QAction>> m_lockedActions;
    QList<QPointer<QDialog>> m_hiddenDialogs;
};

} // namespace kw

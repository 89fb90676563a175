#pragma once

#include "console/ReminderTracker.h"

#include <QIcon>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QAction;
class QMenu;
class QSettings;
class QSystemTrayIcon;
QT_END_NAMESPACE

namespace kw {

class AppController;
class MainWindow;

// The reminders where the administrator sees them: an icon in the desktop's system tray with
// the number of keys that need attention, a menu that opens each of them, and a desktop
// notification per new reminder (QSystemTrayIcon::showMessage, which Qt sends as a freedesktop
// notification where a server runs). Clicking a notification or a key in the menu shows the
// window with that key selected. With no tray (Preferences::trayEnabled() off, or a desktop
// without one) the reminders go to the window's status bar instead.
// While the icon is up the app does not quit when its window closes: revocations a rotation has
// planned happen only while it runs, so closing the window then offers to keep running.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    using Notifier = std::function<void(const QString& title, const QString& text)>;
    // Keys listed in the menu; the rest are counted.
    static constexpr int MenuKeys = 5;

    // A child of the window, and the window's tray (MainWindow::setTray).
    TrayIcon(AppController* controller, ReminderTracker* tracker, MainWindow* window,
             QSettings& settings);
    ~TrayIcon() override;

    // Tests: whether the desktop has a system tray; nullopt asks Qt (the default).
    static void setTrayAvailable(std::optional<bool> available);
    // Where notifications go while the icon is up (default: QSystemTrayIcon::showMessage);
    // tests record them here.
    void setNotifier(Notifier notifier);

    bool isUp() const;
    QSystemTrayIcon* systemTrayIcon() const { return m_icon; }
    QMenu* menu() const { return m_menu.get(); }
    // "3 keys need attention"
    QString attentionText() const;

    // Shows or takes down the icon after Preferences::trayEnabled() changed.
    void applyPreferences();
    // MainWindow::closeEvent: whether closing the window keeps the app running in the tray, as
    // Preferences::closeAction says, asking when it says Ask; only while revocations are
    // scheduled and the icon is up.
    bool keepRunningOnClose();
    // The window closed for good: the app quits (it would not by itself while the icon is up).
    void windowClosed();

public slots:
    void showWindow();
    // Shows the window with the account and the key selected (filters cleared if they hid it).
    void openKey(const QString& accountId, const QString& keyId);
    // Closes the window (which may still ask about unfinished work) and quits.
    void quit();

signals:
    // The app connects this to QApplication::quit.
    void quitRequested();

private:
    void setUp(bool up);
    void notify(const QList<Reminder>& fresh);
    void flush();
    void updateAttention();
    QIcon iconWithCount(int count) const;
    int scheduledRevocations() const;

    AppController* m_controller;
    ReminderTracker* m_tracker;
    QPointer<MainWindow> m_window;
    QSettings& m_settings;
    QIcon m_baseIcon;
    QSystemTrayIcon* m_icon = nullptr;
    std::unique_ptr<QMenu> m_menu;
    QAction* m_showAction = nullptr;
    QAction* m_countAction = nullptr;
    QAction* m_quitAction = nullptr;
    QList<QAction*> m_keyActions;
    Notifier m_notifier;
    QList<Reminder> m_pending; // told within GatherMs of each other
    QTimer m_flush;
    QString m_clickedAccount; // what the last notification was about
    QString m_clickedKey;
    bool m_quitting = false;
};

} // namespace kw

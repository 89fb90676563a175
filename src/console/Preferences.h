#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <chrono>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace kw {

// What the user can set in Preferences, over QSettings: one place that names every key and
// its default, so that the window, the tray and keywarden-cli read the same values. Nothing
// here is secret. Out-of-range values read back as the default (a settings file edited by
// hand never breaks the app).
class Preferences
{
public:
    explicit Preferences(QSettings& settings);

    // Seconds a copied secret stays on the clipboard (5–600; default 20).
    static constexpr int DefaultClipboardClearSeconds = 20;
    int clipboardClearSeconds() const;
    void setClipboardClearSeconds(int seconds);
    std::chrono::milliseconds clipboardClearTimeout() const;

    // Keys older than this are due for rotation: the account's own policy when set, else the
    // default (CIS AWS Foundations 1.14: 90 days). The default shares RotationOrchestrator's
    // key "rotationPolicyDays".
    static constexpr int DefaultRotationPolicyDays = 90;
    int defaultRotationPolicyDays() const;
    void setDefaultRotationPolicyDays(int days);
    int rotationPolicyDays(const QString& accountId) const;
    bool hasAccountRotationPolicy(const QString& accountId) const;
    // days <= 0 removes the account's own policy (it follows the default again).
    void setAccountRotationPolicyDays(const QString& accountId, int days);

    // Days a rotation keeps the old key before revoking it (shares RotationStore's key).
    static constexpr int DefaultGraceDays = 7;
    int defaultGraceDays() const;
    void setDefaultGraceDays(int days);

    // Notify when a key comes within this many days of its expiry (sorted, largest first;
    // default 7 and 1), when its rotation falls due, and when a scheduled revocation is done
    // or failed.
    QList<int> expiryNoticeDays() const;
    void setExpiryNoticeDays(QList<int> days);
    bool notifyRotationDue() const;
    void setNotifyRotationDue(bool notify);
    bool notifyRevocations() const;
    void setNotifyRevocations(bool notify);

    // The tray icon; and what closing the window does while revocations are scheduled.
    enum class CloseAction
    {
        Ask, // offer to keep running in the tray (default)
        KeepInTray,
        Quit
    };
    bool trayEnabled() const;
    void setTrayEnabled(bool enabled);
    CloseAction closeAction() const;
    void setCloseAction(CloseAction action);

    // Minutes without input before the window locks (hides every key table and drops the
    // account tokens from memory); 0: never. Default 15.
    static constexpr int DefaultIdleLockMinutes = 15;
    int idleLockMinutes() const;
    void setIdleLockMinutes(int minutes);

    // The UI language as a locale name ("de", "nb"); empty: the system's.
    QString language() const;
    void setLanguage(const QString& language);
    // The locale the UI is translated for: the chosen language, else the system's.
    QLocale uiLocale() const;

private:
    QSettings& m_settings;
};

} // namespace kw

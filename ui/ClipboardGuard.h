#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>

QT_BEGIN_NAMESPACE
class QClipboard;
class QMimeData;
QT_END_NAMESPACE

namespace kw {

class Secret;

// Puts a secret on the system clipboard for a limited time. The data is marked for clipboard
// managers as a password so they do not record it (KDE's x-kde-passwordManagerHint; on Windows
// also ExcludeClipboardContentFromMonitorProcessing, CanIncludeInClipboardHistory = 0 and
// CanUploadToCloudClipboard = 0; on macOS the nspasteboard.org concealed type), and it is cleared
// after the timeout, on quit and on destruction — but only while the clipboard still holds it: the
// guard keeps a keyed hash (HMAC-SHA256, random per-process key) of what it put there, never the
// plaintext, and leaves anything the user copied later alone.
class ClipboardGuard : public QObject
{
    Q_OBJECT

public:
    explicit ClipboardGuard(QClipboard* clipboard, QObject* parent = nullptr);
    ~ClipboardGuard() override;

    void setTimeout(std::chrono::milliseconds timeout); // default 20 s; applies to the next copy
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }

    // Puts the secret on the clipboard as text/plain plus the password-manager hint and starts
    // the countdown (again, when a previous copy is still pending).
    void copy(const Secret& secret);

    [[nodiscard]] bool isArmed() const { return m_armed; }
    [[nodiscard]] int secondsLeft() const; // 0 when not armed

    // Ends the countdown now; clears the clipboard only if it still holds our secret.
    void clearNow();

signals:
    void countdownChanged(int secondsLeft);
    void cleared(bool wasOurs); // wasOurs=false: the user copied something else, left alone

private:
    [[nodiscard]] bool clipboardHoldsOurs() const;
    void wipeAndClear();
    void finish();
    void onTick();
    void onClipboardChanged();

    QPointer<QClipboard> m_clipboard;
    QPointer<QMimeData> m_mime; // what we put on the clipboard, while the clipboard holds it
    std::chrono::milliseconds m_timeout{std::chrono::seconds(20)};
    QByteArray m_digest; // HMAC of the UTF-8 text we put on the clipboard
    bool m_armed = false;
    int m_lastSecondsShown = -1;
    QElapsedTimer m_elapsed;
    QTimer m_expiry;
    QTimer m_tick;
};

} // namespace kw

#pragma once

#include "core/ApiKey.h"
#include "core/Capabilities.h"
#include "core/Rotation.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace kw {

class AppController;
class MainWindow;
class RevealSecretDialog;
class RotateKeyDialog;
struct CreatedKey;
struct ProviderError;

// The main window's rotation: the rotate dialog, the new key's secret, then the old key's
// revocation (now, after the grace period, or kept when the new key did not prove to work).
// What was chosen for a rotation that stopped before its new key existed is offered again on
// the next Rotate of that key. Revocations that fall due later, and rotations an earlier session
// left open, are settled by the controller; what it says about them (AppController::
// statusMessage) is shown in the window's status bar from here.
class RotationFlow : public QObject
{
    Q_OBJECT
public:
    RotationFlow(AppController* controller, MainWindow* window);

    // How one rotate() ended, for a queue of rotations (BulkActionFlow) that starts the next.
    enum class Ending
    {
        Cancelled, // the rotate dialog was closed: nothing happened
        Stopped,   // the new key was not made, or the old key could not be revoked
        Finished   // the old key is revoked, scheduled, or kept because the new one is unproven
    };
    Q_ENUM(Ending)

    // Opens the rotate dialog for `oldKey` of the account; step ("Rotation 2 of 3") leads its
    // title when the rotation is one of several.
    void rotate(const QString& accountId, const ApiKey& oldKey, const Capabilities& caps,
                const QString& step = {});
    // The same for a leaked key (Keys → Respond to a leak…): the old key is revoked as soon as
    // the new secret is saved unless the user picks a grace period (grace 0 by default).
    void rotateLeaked(const QString& accountId, const ApiKey& oldKey, const Capabilities& caps);

signals:
    // message: what the window said about it (the error, or where the old key stands).
    void rotationEnded(const QString& accountId, const QString& oldKeyId,
                       kw::RotationFlow::Ending ending, const QString& message);

private:
    struct Choice
    {
        QString name;
        bool revokeNow = false;
        int graceDays = 0;
        GracePlan plan;
    };
    // Everything one rotation carries from the dialog to its end.
    struct Run
    {
        QString accountId;
        Capabilities caps;
        ApiKey oldKey;
        QString oldName;
        QString choiceKey; // "<account id>/<old key id>"
        Choice choice;
    };

    void open(const QString& accountId, const ApiKey& oldKey, const Capabilities& caps,
              const QString& step, bool leaked);
    void submit(RotateKeyDialog* dialog, Run run);
    void created(const Run& run, const ProviderError& error, CreatedKey* created,
                 const QString& recordId);
    // After the reveal dialog closed: revoke the old key as planned, or, when the provider can
    // verify and the new key did not prove to work, ask first.
    void finish(RevealSecretDialog* reveal, const Run& run, const QString& recordId);
    void handOver(const Run& run, const QString& recordId, const QString& note);
    void ended(const Run& run, Ending ending, const QString& message);
    static QString graceText(const GracePlan& plan, const QString& oldName);

    AppController* m_controller;
    MainWindow* m_window;
    QHash<QString, Choice> m_stopped;
};

} // namespace kw

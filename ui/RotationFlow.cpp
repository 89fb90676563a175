#include "RotationFlow.h"

#include "MainWindow.h"
#include "Prompts.h"
#include "RevealSecretDialog.h"
#include "RotateKeyDialog.h"
#include "console/AppController.h"
#include "console/ProviderErrorText.h"
#include "console/RotationOrchestrator.h"
#include "console/VerificationText.h"

#include <QStatusBar>

namespace kw {

namespace {

// What the controller says about rotations it settles on its own (due revocations, interrupted
// rotations) stays twice as long as the window's own messages: it comes while nobody waits.
constexpr int ControllerMessageMs = 16000;

} // namespace

RotationFlow::RotationFlow(AppController* controller, MainWindow* window)
    : QObject(window), m_controller(controller), m_window(window)
{
    connect(controller, &AppController::statusMessage, this, [this](const QString& text) {
        m_window->statusBar()->showMessage(text, ControllerMessageMs);
    });
    // An old key still in use at its deadline, or a new key failing while the old one is
    // disabled: the user has to act, so it is a notice, not a passing status message.
    connect(&controller->rotationOrchestrator(), &RotationOrchestrator::rotationNeedsAttention,
            this, [this](const QString&, const QString&, const QString& text) {
                m_window->showNotice(text);
                m_window->refreshViews();
            });
}

void RotationFlow::rotate(const QString& accountId, const ApiKey& oldKey, const Capabilities& caps,
                          const QString& step)
{
    open(accountId, oldKey, caps, step, false);
}

void RotationFlow::rotateLeaked(const QString& accountId, const ApiKey& oldKey,
                                const Capabilities& caps)
{
    open(accountId, oldKey, caps, {}, true);
}

void RotationFlow::open(const QString& accountId, const ApiKey& oldKey, const Capabilities& caps,
                        const QString& step, bool leaked)
{
    Run run;
    run.accountId = accountId;
    run.caps = caps;
    run.oldKey = oldKey;
    run.oldName = oldKey.name.isEmpty() ? oldKey.id : oldKey.name;
    run.choiceKey = accountId + QLatin1Char('/') + oldKey.id;
    auto* dialog =
        new RotateKeyDialog(oldKey, caps, m_controller->rotations().graceDays(), m_window);
    if (leaked) {
        // A leaked secret works for whoever found it: no grace unless the user asks for one.
        dialog->restoreChoices({}, true, m_controller->rotations().graceDays());
    } else if (const auto stopped = m_stopped.constFind(run.choiceKey);
               stopped != m_stopped.cend()) {
        dialog->restoreChoices(stopped->name, stopped->revokeNow, stopped->graceDays);
        dialog->restorePlan(stopped->plan);
    }
    if (!step.isEmpty())
        dialog->setWindowTitle(MainWindow::tr("%1: %2").arg(step, dialog->windowTitle()));
    connect(dialog, &QDialog::accepted, this, [this, dialog, run] { submit(dialog, run); });
    connect(dialog, &QDialog::rejected, this, [this, run] {
        ended(run, Ending::Cancelled, MainWindow::tr("Cancelled; the key was not rotated."));
    });
    m_window->openDialog(dialog);
}

void RotationFlow::submit(RotateKeyDialog* dialog, Run run)
{
    const KeySpec spec = dialog->newKeySpec();
    run.choice = {spec.name, dialog->revokeImmediately(), dialog->graceDays(), dialog->gracePlan()};
    if (run.choice.graceDays != m_controller->rotations().graceDays())
        m_controller->rotations().setGraceDays(run.choice.graceDays);
    m_window->statusBar()->showMessage(
        MainWindow::tr("Rotating “%1”: creating the new key…").arg(run.oldName));
    auto flight = m_window->beginInFlight();
    m_controller->startRotation(
        run.accountId, run.oldKey, spec, this,
        [this, run, flight](const ProviderError& error, CreatedKey* key, QString recordId) {
            flight->finish();
            created(run, error, key, recordId);
        });
}

void RotationFlow::created(const Run& run, const ProviderError& error, CreatedKey* created,
                           const QString& recordId)
{
    m_window->statusBar()->clearMessage();
    // A rotation that stopped keeps what the user typed for the next try.
    if (error || !created)
        m_stopped.insert(run.choiceKey, run.choice);
    else
        m_stopped.remove(run.choiceKey);
    if (created && created->orphan) {
        // The rotation is abandoned; the key its lost answer made is the question.
        const QString text = MainWindow::tr("Rotation of “%1” stopped: the answer to the new "
                                            "key's create was lost. %2 The old key is unchanged.")
                                 .arg(run.oldName, ProviderErrorText::full(error));
        m_window->showNotice(text);
        m_window->offerOrphanRevoke(run.accountId, created->key);
        ended(run, Ending::Stopped, text);
        return;
    }
    if (error || !created) {
        const QString text = MainWindow::tr("Rotation of “%1” stopped: the new key could not be "
                                            "created. %2 The old key is unchanged.")
                                 .arg(run.oldName, ProviderErrorText::full(error));
        m_window->showNotice(text);
        ended(run, Ending::Stopped, text);
        return;
    }
    RevealSecretDialog* reveal = m_window->revealSecret(*created, run.caps, false, run.accountId);
    // The old key goes only once the new secret has been handed over.
    connect(reveal, &QDialog::finished, this,
            [this, reveal, run, recordId] { finish(reveal, run, recordId); });
}

void RotationFlow::finish(RevealSecretDialog* reveal, const Run& run, const QString& recordId)
{
    const Capabilities& caps = run.caps;
    if (!caps.verify || reveal->isVerified()) {
        handOver(run, recordId, {});
        return;
    }
    const std::optional<Verification>& tested = reveal->lastVerification();
    const QString why = tested ? MainWindow::tr("The test of the new key said: %1")
                                     .arg(VerificationText::text(*tested, caps.providerName))
                               : MainWindow::tr("The new key was not tested.");
    // Keeping the old key is the default: an unproven new key must not cut anyone off.
    const bool revokeAnyway = Prompts::choose(
        m_window, QMessageBox::Warning, MainWindow::tr("New key not verified"),
        MainWindow::tr("%1\n\nKeep the old key “%2” (recommended), or revoke it anyway as "
                       "planned?")
            .arg(why, run.oldName),
        MainWindow::tr("Revoke old key anyway"), MainWindow::tr("Keep both keys"));
    const QString outcome =
        tested ? VerificationText::text(*tested, caps.providerName) : MainWindow::tr("not tested");
    if (revokeAnyway) {
        handOver(run, recordId,
                 MainWindow::tr(
                     "Old key to be revoked without a verified new key (%1): the user chose to.")
                     .arg(outcome));
        return;
    }
    m_controller->keepOldKey(
        recordId, MainWindow::tr("New key not verified (%1); the old key was kept.").arg(outcome));
    const QString kept =
        MainWindow::tr("The old key “%1” was kept; revoke it once the new key works.")
            .arg(run.oldName);
    m_window->showStatus(kept);
    m_window->refreshViews();
    ended(run, Ending::Finished, kept);
}

void RotationFlow::handOver(const Run& run, const QString& recordId, const QString& note)
{
    const bool revokeNow = run.choice.revokeNow;
    const int graceDays = run.choice.graceDays;
    const QString oldName = run.oldName;
    GracePlan plan = run.choice.plan;
    plan.days = revokeNow ? 0 : graceDays;
    if (revokeNow)
        plan.mode = RotationRecord::GraceMode::Fixed;
    m_controller->rotationOrchestrator().finishHandover(
        recordId, plan, this,
        [this, run, revokeNow, plan, oldName](const ProviderError& e) {
            QString text;
            if (e) {
                text = MainWindow::tr("The old key “%1” could not be revoked: %2 "
                                      "KeyWarden tries again every hour; the "
                                      "rotation stays open until then.")
                           .arg(oldName, ProviderErrorText::full(e));
                m_window->showNotice(text);
            } else {
                text = revokeNow
                           ? MainWindow::tr("Rotation finished: “%1” is revoked.").arg(oldName)
                           : graceText(plan, oldName);
                m_window->showStatus(text);
            }
            m_window->refreshViews();
            ended(run, e ? Ending::Stopped : Ending::Finished, text);
        },
        note);
}

QString RotationFlow::graceText(const GracePlan& plan, const QString& oldName)
{
    switch (plan.mode) {
    case RotationRecord::GraceMode::Quiet:
        return MainWindow::tr("“%1” will be revoked once unused for %n hour(s); you are asked if "
                              "it is still used in %2.",
                              nullptr, plan.quietHours)
            .arg(oldName, MainWindow::tr("%n day(s)", nullptr, plan.days));
    case RotationRecord::GraceMode::DisableFirst:
        return MainWindow::tr("“%1” is disabled and will be deleted in %n day(s); Rotations can "
                              "enable it again.",
                              nullptr, plan.days)
            .arg(oldName);
    case RotationRecord::GraceMode::Fixed:
        break;
    }
    return MainWindow::tr("“%1” will be revoked in %n days.", nullptr, plan.days).arg(oldName);
}

void RotationFlow::ended(const Run& run, Ending ending, const QString& message)
{
    emit rotationEnded(run.accountId, run.oldKey.id, ending, message);
}

} // namespace kw

#pragma once

#include "RotationFlow.h"
#include "console/BulkKeyActions.h"
#include "console/ConsoleTypes.h"

#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QDialog;
class QMessageBox;
class QWidget;
QT_END_NAMESPACE

namespace kw {

class AppController;
class BulkOutcomeDialog;

// The window's answer to an action on several selected keys (MainWindow::bulkActionRequested):
// one confirmation that names every key with its account and says which are skipped and why,
// then a list of each key's outcome, filled in as the answers arrive (BulkKeyActions does the
// work). Rotating several keys runs the window's own rotation (RotationFlow) for one key after
// the other, each dialog titled "Rotation 2 of 3": each new secret is still shown once, and
// cancelling one rotation stops the rest. Dialogs are opened with open() and announced with
// dialogOpened(), so that tests can drive them.
class BulkActionFlow : public QObject
{
    Q_OBJECT
public:
    // window: the dialogs' parent; when it is the main window, its RotationFlow rotates.
    BulkActionFlow(AppController* controller, QWidget* window);

    BulkKeyActions* actions() const { return m_bulk; }

public slots:
    // action: "revoke", "disable", "enable" or "rotate". While a run is going on, its outcome
    // list is brought back instead.
    void start(const QString& action, const QList<kw::KeyRef>& keys);

signals:
    void dialogOpened(QDialog* dialog);

private:
    QMessageBox* confirmation(BulkKeyActions::Action action,
                              const QList<BulkKeyActions::Item>& plan) const;
    void run(BulkKeyActions::Action action, const QList<KeyRef>& keys);
    void rotate(const KeyRef& key, BulkKeyActions::RotateDone done);
    void rotationEnded(const QString& accountId, const QString& keyId, RotationFlow::Ending ending,
                       const QString& message);
    void open(QDialog* dialog);

    AppController* m_controller;
    QWidget* m_window;
    RotationFlow* m_rotation;
    BulkKeyActions* m_bulk;
    QPointer<BulkOutcomeDialog> m_outcome;
    // The rotation in progress: its key and what to tell the run when it ends.
    KeyRef m_rotating;
    BulkKeyActions::RotateDone m_rotationDone;
    int m_rotationStep = 0;
    int m_rotationCount = 0;
};

} // namespace kw

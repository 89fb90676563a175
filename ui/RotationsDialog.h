#pragma once

#include "core/Rotation.h"

#include <QDialog>
#include <QList>

QT_BEGIN_NAMESPACE
class QHBoxLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
QT_END_NAMESPACE

namespace kw {

class AppController;

// View → Rotations: the open rotations of every account (account, old key, new key, when the
// old key is revoked, state), and the three answers to a planned revocation: revoke the old
// key now (asked first), postpone it by some days, or keep both keys; a disabled old key can be
// enabled again in one click (Re-enable), and a rotation that waits for the user (its old key
// still used at the deadline) says so above the buttons. Where the provider reports it, the old
// key's last use is shown. Not modal; it follows the controller's changes while open.
class RotationsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        AccountColumn,
        OldKeyColumn,
        NewKeyColumn,
        RevokeOnColumn,
        LastUseColumn,
        StateColumn,
        ColumnCount
    };

    explicit RotationsDialog(AppController* controller, QWidget* parent = nullptr);

    // The rotations listed, in table order.
    const QList<RotationRecord>& rotations() const { return m_records; }
    // Selects the row of this rotation; false when it is not listed.
    bool selectRotation(const QString& recordId);

public slots:
    void reload();

private:
    void buildLayout();
    QHBoxLayout* buildActions();
    void fillRow(int row, const RotationRecord& record);
    const RotationRecord* selected() const;
    void updateButtons();
    void revokeNow();
    void postpone();
    void keepBoth();
    void reenable();
    QString stateText(const RotationRecord& record, const QDateTime& now) const;
    void showResult(const QString& text, bool failed = false);

    AppController* m_controller;
    QList<RotationRecord> m_records;
    QTableWidget* m_table = nullptr;
    QPushButton* m_revokeNowButton = nullptr;
    QSpinBox* m_postponeDays = nullptr;
    QPushButton* m_postponeButton = nullptr;
    QPushButton* m_keepBothButton = nullptr;
    QPushButton* m_reenableButton = nullptr;
    QLabel* m_promptLabel = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QLabel* m_resultLabel = nullptr;
};

} // namespace kw

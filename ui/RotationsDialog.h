#pragma once

#include "core/Rotation.h"

#include <QDialog>
#include <QList>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
QT_END_NAMESPACE

namespace kw {

class AppController;

// View → Rotations: the open rotations of every account (account, old key, new key, when the
// old key is revoked, state), and the three answers to a planned revocation: revoke the old
// key now (asked first), postpone it by some days, or keep both keys. Not modal; it follows
// the controller's changes while open.
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
    void fillRow(int row, const RotationRecord& record);
    const RotationRecord* selected() const;
    void updateButtons();
    void revokeNow();
    void postpone();
    void keepBoth();
    void showResult(const QString& text, bool failed = false);

    AppController* m_controller;
    QList<RotationRecord> m_records;
    QTableWidget* m_table = nullptr;
    QPushButton* m_revokeNowButton = nullptr;
    QSpinBox* m_postponeDays = nullptr;
    QPushButton* m_postponeButton = nullptr;
    QPushButton* m_keepBothButton = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QLabel* m_resultLabel = nullptr;
};

} // namespace kw

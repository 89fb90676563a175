#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace kw {

// What the main window shows instead of its accounts and keys while it is locked (idle lock):
// "KeyWarden is locked" and an Unlock button (Alt+U, and it has the focus, so Enter unlocks).
// When session-only accounts are open it says that their tokens stay in this session's memory,
// since there is no keychain to read them again from.
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    explicit LockScreen(QWidget* parent = nullptr);

    // How many open accounts keep their token in this session only (0 hides the note).
    void setSessionOnlyAccounts(int count);
    QPushButton* unlockButton() const { return m_unlock; }

signals:
    void unlockRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QLabel* m_sessionNote;
    QPushButton* m_unlock;
};

} // namespace kw

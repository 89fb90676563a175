#pragma once

#include "console/LeakResponder.h"
#include "core/AuditLog.h"

#include <QDialog>
#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
QT_END_NAMESPACE

namespace kw {

class AppController;

// Keys → Respond to a leak…: paste anything (a key, a log excerpt, a .env file, a diff); every
// key-shaped string is matched against the keys of every account and its pasted secret tested
// (console/LeakResponder). One row per match with account, key, owner, status, age and whether
// the secret is live; the selected row can be disabled, revoked or rotated, as its account's
// Capabilities allow. The pasted text is wiped when the dialog closes and is never written.
class LeakResponseDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        FoundColumn,
        LooksLikeColumn,
        SecretColumn, // first after what it is: whether it works is what matters most
        AccountColumn,
        KeyColumn,
        OwnerColumn,
        StatusColumn,
        AgeColumn,
        ActionColumn,
        ColumnCount
    };

    // auditLogPath: the log the controller writes (empty: the standard location).
    LeakResponseDialog(AppController* controller, const QString& auditLogPath,
                       QWidget* parent = nullptr);
    ~LeakResponseDialog() override;

    QPlainTextEdit* pasteBox() const { return m_paste; }
    QTableWidget* table() const { return m_table; }
    QPushButton* checkButton() const { return m_check; }
    QPushButton* disableButton() const { return m_disable; }
    QPushButton* revokeButton() const { return m_revoke; }
    QPushButton* rotateButton() const { return m_rotate; }
    const LeakResponder& responder() const { return m_responder; }
    QString statusText() const;

    void done(int result) override;

public slots:
    void check();

signals:
    // Rotate… hands the key to the window's usual rotation.
    void rotateRequested(const QString& accountId, const kw::ApiKey& key);

private:
    void buildLayout();
    void fillTable();
    void updateButtons();
    // The match of the selected row; nullopt for a row that is not one of yours.
    std::optional<LeakResponder::Match> selectedMatch() const;
    void act(bool revoke);
    void wipePaste();
    QString secretText(const LeakResponder::Item& item) const;

    AppController* m_controller;
    AuditLog m_log;
    LeakResponder m_responder;
    QPlainTextEdit* m_paste = nullptr;
    QPushButton* m_check = nullptr;
    QLabel* m_status = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_disable = nullptr;
    QPushButton* m_revoke = nullptr;
    QPushButton* m_rotate = nullptr;
    QHash<QString, QString> m_done; // "<account id>/<key id>" → what was done to it
};

} // namespace kw

#pragma once

#include "console/Autostart.h"

#include <QDialog>
#include <QList>
#include <QString>

QT_BEGIN_NAMESPACE
class QAbstractButton;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSpinBox;
class QTableWidget;
QT_END_NAMESPACE

namespace kw {

// Edit → Preferences…: every user setting of Preferences (console/Preferences.h) on three
// pages — General (clipboard, idle lock, language, start at login, tray), Rotation (the default
// policy, one per account, the grace period) and Notifications. Loads from and saves to
// QSettings through Preferences only; nothing here is secret. OK and Apply save (Apply keeps the
// dialog open) and emit applied(); a value that cannot be saved (an empty number, a threshold
// that is no list of days) disables both and says why under the pages.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    struct AccountChoice
    {
        QString id;
        QString label;
    };

    PreferencesDialog(QSettings& settings, const QList<AccountChoice>& accounts,
                      const Autostart& autostart = Autostart(), QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    // What is wrong with the form, empty when it can be saved.
    QString problem() const;
    // Saves the form; false (with the reason shown) when it cannot.
    bool apply();

signals:
    void applied();

public slots:
    void accept() override;

private:
    QWidget* buildGeneralPage();
    QWidget* buildRotationPage(const QList<AccountChoice>& accounts);
    QWidget* buildNotificationsPage();
    void load();
    void revalidate();
    QSpinBox* newSpin(const QString& objectName, const QString& accessibleName, int low, int high);

    QSettings& m_settings;
    const Autostart m_autostart;
    QSpinBox* m_clipboardSpin = nullptr;
    QSpinBox* m_idleSpin = nullptr;
    QComboBox* m_languageCombo = nullptr;
    QCheckBox* m_autostartCheck = nullptr;
    QCheckBox* m_trayCheck = nullptr;
    QComboBox* m_closeCombo = nullptr;
    QSpinBox* m_policySpin = nullptr;
    QTableWidget* m_accountTable = nullptr;
    QList<QSpinBox*> m_accountSpins;
    QStringList m_accountIds;
    QSpinBox* m_graceSpin = nullptr;
    QLineEdit* m_expiryEdit = nullptr;
    QCheckBox* m_rotationDueCheck = nullptr;
    QCheckBox* m_revocationsCheck = nullptr;
    QLabel* m_errorLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace kw

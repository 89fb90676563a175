#pragma once

#include "core/Account.h"
#include "core/Secret.h"

#include <QDialog>
#include <QScopedPointer>
#include <QUrl>

namespace Ui {
class AddAccountDialog;
}

namespace kw {

// Asks for a new cloud account: provider, label, endpoint, an optional extra CA and the admin
// token. The caller stores the account and moves the token into the keychain with takeToken().
class AddAccountDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddAccountDialog(QWidget* parent = nullptr);
    ~AddAccountDialog() override;

    Account account() const; // new UUID id; provider, label, endpoint, caFile
    Secret takeToken();      // wipes the line edit
    // What stops the form from being accepted, or an empty string when it is complete.
    QString problem() const;

private:
    QString endpointProblem(const QString& text) const;
    void providerChanged();
    void browseCaFile();
    void revalidate();

    const QScopedPointer<Ui::AddAccountDialog> m_ui;
    const QString m_id;
    QUrl m_prefilledEndpoint;
};

} // namespace kw

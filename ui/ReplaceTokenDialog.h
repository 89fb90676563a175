#pragma once

#include "SubmitDialog.h"
#include "core/Secret.h"

#include <QScopedPointer>

namespace Ui {
class ReplaceTokenDialog;
}

namespace kw {

// Asks for an account's new admin token. Replace emits submitted() and the dialog stays open,
// busy, while the owner tests the token at the provider and stores it: accept() once it works
// and is stored, showError() when it was refused (the old token stays in use and the typed one
// stays in the field, to be corrected).
class ReplaceTokenDialog : public SubmitDialog
{
    Q_OBJECT
public:
    // accountLabel and providerName only say which account this is.
    ReplaceTokenDialog(const QString& accountLabel, const QString& providerName,
                       QWidget* parent = nullptr);
    ~ReplaceTokenDialog() override; // wipes a token typed and never taken

    // A copy of the typed token; the field keeps it until the dialog closes, so that a refused
    // token can be corrected rather than typed again.
    Secret token() const;
    // What stops the form from being sent, or an empty string.
    QString problem() const;

signals:
    void submitted();

protected:
    bool canSubmit() const override { return problem().isEmpty(); }
    void onSubmit() override;
    void busyChanged(bool busy) override;
    void languageChanged() override;

private:
    void retranslate();
    void wipeToken();

    const QScopedPointer<Ui::ReplaceTokenDialog> m_ui;
    QString m_accountLabel;
    QString m_providerName;
};

} // namespace kw

#pragma once

#include "SubmitDialog.h"
#include "core/ApiKey.h"

#include <QScopedPointer>

QT_BEGIN_NAMESPACE
namespace Ui {
class RevokeKeyDialog;
}
QT_END_NAMESPACE

namespace kw {

// Asks for the key's name (its id when it has none) to be typed before a revocation, and says
// that revocation is immediate and final. Submit pattern: Revoke disables the form and emits
// submitted(); the owner revokes, then accept()s or calls showError().
class RevokeKeyDialog : public SubmitDialog
{
    Q_OBJECT

public:
    RevokeKeyDialog(const ApiKey& key, const QString& providerName, QWidget* parent = nullptr);
    ~RevokeKeyDialog() override;

    [[nodiscard]] const ApiKey& key() const { return m_key; }
    // What the user must type: the key's name, or its id when it has no name.
    [[nodiscard]] const QString& confirmationText() const { return m_confirmationText; }

    // setBusy(), showError() (ends busy, keeps the typed text) and reject() (ignored while busy:
    // the request is in flight) come from SubmitDialog.

signals:
    void submitted();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    bool canSubmit() const override;
    void onSubmit() override;
    void busyChanged(bool busy) override;
    void languageChanged() override;

private:
    void retranslate();

    const QScopedPointer<Ui::RevokeKeyDialog> m_ui;
    const ApiKey m_key;
    const QString m_providerName;
    const QString m_confirmationText;
};

} // namespace kw

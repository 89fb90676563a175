#pragma once

#include "core/Capabilities.h"
#include "core/KeySpec.h"

#include <QDialog>
#include <QScopedPointer>

namespace Ui {
class CreateKeyDialog;
}

namespace kw {

// Asks for what a new key needs, built from the provider's Capabilities: only the fields the
// provider has are shown. The Create button emits submitted() and the dialog stays open until
// the owner accept()s it or reports a failure with showError(), which keeps what was typed.
class CreateKeyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CreateKeyDialog(const Capabilities& caps, QWidget* parent = nullptr);
    ~CreateKeyDialog() override;

    KeySpec spec() const;
    void setSpec(const KeySpec& spec); // prefill (rotation, retry)
    // What stops the form from being submitted, or an empty string when it is complete.
    QString problem() const;

public slots:
    void setBusy(bool busy);
    void showError(const QString& text);
    void reject() override;

signals:
    void submitted(const kw::KeySpec& spec);

private:
    void hideAbsentFields();
    void setupExpiry();
    void updateExpiryFields();
    void setTabChain();
    void revalidate();
    void updateNameWarning();
    void updateDescriptionCounter();
    void submit();

    const QScopedPointer<Ui::CreateKeyDialog> m_ui;
    const Capabilities m_caps;
    bool m_busy = false;
};

} // namespace kw

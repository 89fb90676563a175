#pragma once

#include "SubmitDialog.h"
#include "core/ApiKey.h"
#include "core/Capabilities.h"
#include "core/KeySpec.h"

#include <QScopedPointer>

namespace Ui {
class EditKeyDialog;
}

namespace kw {

// Changes what a provider lets change after creation (Capabilities::editName, editDescription,
// editProject, editExpiry): only those fields are shown, prefilled from the key. change() holds
// only what the user changed. Submit pattern: Save emits submitted() and the dialog stays open
// until the owner accept()s it or calls showError(), which keeps what was typed.
class EditKeyDialog : public SubmitDialog
{
    Q_OBJECT
public:
    EditKeyDialog(const ApiKey& key, const Capabilities& caps, QWidget* parent = nullptr);
    ~EditKeyDialog() override;

    // Whether a provider lets anything be edited at all (the Edit action is offered only then).
    static bool canEdit(const Capabilities& caps);

    KeyChange change() const;
    QString problem() const; // empty when the change can be sent

signals:
    void submitted();

protected:
    bool canSubmit() const override { return problem().isEmpty() && !change().isEmpty(); }
    void onSubmit() override { emit submitted(); }

private:
    void revalidate();
    void updateDescriptionCounter();

    const QScopedPointer<Ui::EditKeyDialog> m_ui;
    const ApiKey m_key;
    const Capabilities m_caps;
};

} // namespace kw

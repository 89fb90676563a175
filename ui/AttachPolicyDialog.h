#pragma once

#include "SubmitDialog.h"
#include "core/Capabilities.h"

#include <QStringList>

QT_BEGIN_NAMESPACE
class QButtonGroup;
class QVBoxLayout;
QT_END_NAMESPACE

namespace kw {

// Asks which of the provider's offered policies to attach to a key's owner, each with what it
// allows; the ones the owner has already are shown and cannot be chosen. Submit pattern: Attach
// disables the form and emits submitted(arn); the owner attaches, then accept()s or calls
// showError().
class AttachPolicyDialog : public SubmitDialog
{
    Q_OBJECT

public:
    AttachPolicyDialog(const QString& principal, const PrincipalPolicies& policies,
                       const QStringList& attachedArns, QWidget* parent = nullptr);

    [[nodiscard]] const QString& principal() const { return m_principal; }
    // The chosen policy's ARN; empty when none is chosen.
    [[nodiscard]] QString chosenArn() const;
    void choose(const QString& arn);

    // setBusy(), showError() (ends busy, keeps the choice) and reject() (ignored while busy: the
    // request is in flight) come from SubmitDialog.

signals:
    void submitted(const QString& policyArn);

protected:
    bool canSubmit() const override { return !chosenArn().isEmpty(); }
    void onSubmit() override;
    void busyChanged(bool busy) override;

private:
    void addChoices(QVBoxLayout* layout);
    // The error banner, the busy indicator and the buttons; returns Cancel.
    QPushButton* addStatusAndButtons(QVBoxLayout* layout);

    const QString m_principal;
    const QList<PolicyInfo> m_offered;
    const QStringList m_attachedArns;
    QButtonGroup* m_choices;
};

} // namespace kw

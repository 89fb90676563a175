#pragma once

#include "core/Capabilities.h"

#include <QDialog>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QButtonGroup;
class QLabel;
class QProgressBar;
class QPushButton;
QT_END_NAMESPACE

namespace kw {

// Asks which of the provider's offered policies to attach to a key's owner, each with what it
// allows; the ones the owner has already are shown and cannot be chosen. Submit pattern: Attach
// disables the form and emits submitted(arn); the owner attaches, then accept()s or calls
// showError().
class AttachPolicyDialog : public QDialog
{
    Q_OBJECT

public:
    AttachPolicyDialog(const QString& principal, const PrincipalPolicies& policies,
                       const QStringList& attachedArns, QWidget* parent = nullptr);

    [[nodiscard]] const QString& principal() const { return m_principal; }
    // The chosen policy's ARN; empty when none is chosen.
    [[nodiscard]] QString chosenArn() const;
    void choose(const QString& arn);

public slots:
    void setBusy(bool busy);
    void showError(const QString& message); // ends busy, keeps the choice
    void reject() override;                 // ignored while busy: the request is in flight

signals:
    void submitted(const QString& policyArn);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void submit();
    void updateAttachButton();

    const QString m_principal;
    const QList<PolicyInfo> m_offered;
    const QStringList m_attachedArns;
    QButtonGroup* m_choices;
    QLabel* m_errorLabel;
    QProgressBar* m_busyIndicator;
    QPushButton* m_attachButton;
    QPushButton* m_cancelButton;
    bool m_busy = false;
};

} // namespace kw

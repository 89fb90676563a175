#pragma once

#include "SubmitDialog.h"
#include "core/Account.h"
#include "core/Capabilities.h"
#include "core/Secret.h"

#include <QScopedPointer>
#include <QUrl>
#include <optional>

namespace Ui {
class AddAccountDialog;
}

namespace kw {

// Asks for a new cloud account: provider, label, endpoint, an optional extra CA and the admin
// token; for providers whose keys are S3 key pairs (Capabilities::s3Verify) also the S3 endpoint
// (optional: the provider's default) and the region or availability zone that Test key signs
// ListBuckets for. The caller stores the account and moves the token into the keychain with
// takeToken(). Add accept()s once problem() is empty.
class AddAccountDialog : public SubmitDialog
{
    Q_OBJECT
public:
    explicit AddAccountDialog(QWidget* parent = nullptr);
    ~AddAccountDialog() override;

    // Turns the dialog into "Edit account" for an existing account: its fields filled in, the
    // provider fixed, no token asked for (Replace Token does that), the same checks as adding.
    void editAccount(const Account& account);
    bool isEditing() const { return m_editing.has_value(); }

    // New UUID id (the edited account's id when editing); provider, label, endpoint, caFile,
    // and s3Endpoint (empty: the provider's default) and region for S3 key-pair providers.
    // When editing, what the form does not show (organization id, sandbox) stays as it was.
    Account account() const;
    Secret takeToken(); // wipes the line edit
    // What stops the form from being accepted, or an empty string when it is complete.
    QString problem() const;

protected:
    bool canSubmit() const override { return problem().isEmpty(); }

private:
    // The chosen provider's, or null when the console does not know it.
    const Capabilities* capabilities() const;
    // Whether the provider's keys are S3 key pairs, which Test key checks at an S3 endpoint.
    bool asksForS3() const;
    QString s3EndpointProblem() const;
    void providerChanged();
    void s3RegionChanged();
    void browseCaFile();
    void revalidate();

    const QScopedPointer<Ui::AddAccountDialog> m_ui;
    QString m_id; // made once, when the dialog opens; the edited account's when editing
    std::optional<Account> m_editing;
    // The endpoint the provider's default filled in, replaced when the provider changes.
    QUrl m_prefilledEndpoint;
};

} // namespace kw

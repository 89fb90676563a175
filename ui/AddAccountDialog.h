#pragma once

#include "SubmitDialog.h"
#include "core/Account.h"
#include "core/Capabilities.h"
#include "core/Secret.h"

#include <QScopedPointer>
#include <QUrl>

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

    // New UUID id; provider, label, endpoint, caFile, and s3Endpoint (empty: the provider's
    // default) and region for S3 key-pair providers.
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
    const QString m_id; // made once, when the dialog opens
    // The endpoint the provider's default filled in, replaced when the provider changes.
    QUrl m_prefilledEndpoint;
};

} // namespace kw

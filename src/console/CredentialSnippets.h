#pragma once

#include "core/Account.h"
#include "core/Capabilities.h"
#include "core/Secret.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace kw {

// Where an S3 key pair is used: the endpoint and the region it signs for, as far as they are
// known (the account's own, else the provider's defaults). Either may be empty.
struct S3Location
{
    QUrl endpoint;
    QString region;
};
S3Location s3LocationFor(const Account& account, const Capabilities& capabilities);

// keywarden-cli's `credential-process` command for a stored key, as an AWS profile runs it.
// program: the keywarden-cli to run (quoted when it holds a space).
QString credentialProcessCommand(const QString& program, const QString& accountId,
                                 const QString& keyId);
// The ~/.aws/config block of a profile whose credentials come from that command, with the
// region and endpoint where known. No secret in it.
QString credentialProcessProfile(const QString& profile, const QString& command,
                                 const S3Location& location);
// "keywarden-<access key id in lower case>".
QString defaultAwsProfileName(const QString& keyId);

// One way of handing a key to the tools that use it ("Copy as…").
struct CredentialSnippet
{
    QString id;    // stable: "shell", "dotenv", "s3-shell", "aws-profile", …
    QString label; // translated menu text with its mnemonic
};

// What the snippets are built from: nothing secret. The secret is given to text() only.
struct CredentialSnippetSource
{
    Capabilities capabilities;
    Account account;
    QString accessKeyId;           // the public half of a key pair (CreatedKey::accessKeyId)
    QString projectId;             // the key's default project (Scaleway), when known
    bool storedInKeychain = false; // offers the credential_process profile
    QString cliProgram;            // the keywarden-cli to name there; empty: "keywarden-cli"
};

// Builds the snippets a provider supports, in the names its tools read (Capabilities::
// credentialForm): export lines, .env lines, an AWS profile, a credential_process profile, a
// Bearer header. Pure: no I/O, no log.
class CredentialSnippets
{
    Q_DECLARE_TR_FUNCTIONS(kw::CredentialSnippets)
public:
    CredentialSnippets() = default;
    explicit CredentialSnippets(CredentialSnippetSource source);

    // The snippets offered, in menu order (labels in the current language).
    [[nodiscard]] QList<CredentialSnippet> available() const;
    // The text of snippet id with the secret; empty for an id not offered or an empty secret.
    [[nodiscard]] Secret text(const QString& id, const Secret& secret) const;
    [[nodiscard]] const CredentialSnippetSource& source() const { return m_source; }

private:
    [[nodiscard]] bool hasPair() const;
    [[nodiscard]] QString profileName() const;

    CredentialSnippetSource m_source;
};

} // namespace kw

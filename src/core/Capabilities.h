#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace kw {

struct ServiceInfo
{
    QString id;    // wire id, e.g. "storage"
    QString label; // translated display name, e.g. "Storage"
    QString help;  // what the service enables
};

// A managed policy the console offers to attach to a key's owner (Wasabi's AiR policies).
struct PolicyInfo
{
    QString arn;   // what the provider attaches: "arn:aws:iam::aws:policy/WasabiViewAiR"
    QString name;  // the provider's own name: "WasabiViewAiR"
    QString label; // translated, as the owner's state reads: "AiR: view only"
    QString help;  // translated: what the policy allows
};

// The policies of a key's owner that the console shows and can attach. Empty offered: the
// provider has none (the UI shows no policy row and no attach action).
struct PrincipalPolicies
{
    QList<PolicyInfo> offered;  // the strongest first
    QString title;              // translated row label: "AiR access"
    QString none;               // translated, when the owner has none of them: "no AiR policy"
    QString attachText;         // translated action text with its mnemonic: "Attach AiR &Policy…"
    QString allRightsPrincipal; // the owner that has every right and no policies: "root"
    QString allRights;          // translated, shown for that owner: "root user: full access"
};

// What a provider supports. The dialogs are built from this, never from the provider's name.
struct Capabilities
{
    QString providerId;
    QString providerName; // "WAYSCloud"
    QUrl defaultEndpoint; // prefilled when an account is added; empty = the user must enter it

    enum class NameField
    {
        None,
        Optional,
        Required
    };
    NameField name = NameField::None;
    bool nameShouldBeDescriptive = false; // warn on "key1", "test", …
    bool description = false;
    int descriptionMaxLength = 0; // 0 = no limit
    QList<ServiceInfo> services;  // empty = key inherits its owner's rights
    int minServices = 0;
    bool ipAllowlist = false;
    bool lastUsed = false;   // the provider reports when a key was last used
    bool createdTime = true; // the provider reports when a key was created (CoreWeave does not)

    enum class Expiry
    {
        None,
        Duration,
        Date
    };
    Expiry expiry = Expiry::None;
    qint64 maxDurationSeconds = 0;
    QList<qint64> durationPresets; // seconds, offered as choices (e.g. 1 h, 12 h); 0 = permanent

    bool bearer = false;  // needs a user/application picker
    bool project = false; // default project
    bool editName = false;
    bool editDescription = false;
    bool editProject = false;
    bool editExpiry = false;
    bool disable = false;          // per key
    bool disablePrincipal = false; // only per principal (all its keys)
    bool revoke = true;
    bool verify = false;
    // verify signs S3 ListBuckets with the new key pair (providers.md A.9) on the account's S3
    // endpoint, so an account needs that endpoint and the region it signs for.
    bool s3Verify = false;
    QUrl defaultS3Endpoint;      // used when the account names none; empty: see the template
    QString s3EndpointTemplate;  // "https://s3.{region}.scw.cloud": the default per region
    QString defaultS3Region;     // used when the account names none; empty: the user must choose
    QStringList knownS3Regions;  // offered as choices (the user may type another)
    bool s3RegionIsZone = false; // the region is an availability zone (CoreWeave US-EAST-04A)
    bool secretShownOnce = true; // false: the list returns the secret again (Wasabi AiR)
    int keyLimit = 0;            // per account (or per user, see keyLimitPerUser); 0 = none
    bool keyLimitPerUser = false;
    QString cannotEditHint;    // e.g. "WAYSCloud keys cannot be edited; rotate instead"
    QString cannotDisableHint; // when disable is false: what to do instead

    // How a key is handed to the tools that use it (the reveal dialog's Copy as…): the whole
    // credential, in the names those tools read (console/CredentialSnippets).
    enum class CredentialForm
    {
        ApiKey,       // one secret in the variable apiKeyEnvVar (WAYSCLOUD_API_KEY)
        S3Pair,       // AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY, an AWS profile
        ScalewayPair, // SCW_ACCESS_KEY + SCW_SECRET_KEY for scw, and the same pair for S3
        BearerHeader  // an "Authorization: Bearer <secret>" header line
    };
    CredentialForm credentialForm = CredentialForm::ApiKey;
    QString apiKeyEnvVar; // CredentialForm::ApiKey: the variable the provider's tools read
    PrincipalPolicies principalPolicies;
};

} // namespace kw

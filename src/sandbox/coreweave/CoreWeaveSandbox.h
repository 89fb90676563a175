#pragma once

#include "sandbox/ProviderSandbox.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace kw::sandbox {

// An emulator of the CoreWeave AI Object Storage access-key API (providers.md A.4, B.2, B.6
// "CoreWeave"), written from the contract: Bearer token, /v1/cwobject/access-key (offset/limit/
// status), create permanent or temporary, revoke by key or principal, per-principal status,
// google.rpc.Status errors {"code","message","details"}. The same server answers S3 ListBuckets
// signed with an access key (SigV4, providers.md B.2 "S3 side"), so that a new key can be
// verified: a sandbox account's S3 endpoint is url(), its region one of s3Regions().
class CoreWeaveSandbox : public ProviderSandbox
{
    Q_OBJECT
public:
    explicit CoreWeaveSandbox(QObject* parent = nullptr);
    ~CoreWeaveSandbox() override;

    QString adminToken() const;    // the API access token (Bearer)
    QString principalName() const; // "coreweave/<token id>": the principal of keys it creates

    // `count` keys across several principals, permanent (expiry 1970-01-01T00:00:00Z) and
    // temporary (some already expired), named and unnamed, one principal suspended.
    // A null `now`: now by the sandbox's clock.
    // `seed` draws the mix: the same seed, the same keys (ids and secrets aside).
    void seedSamples(int count = 30, const QDateTime& now = {}, quint32 seed = 0xC0A1EAFEu);

    // The availability zones S3 accepts in a signature's scope (the first is the default one).
    static QStringList s3Regions();
    QStringList bucketNames() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kw::sandbox

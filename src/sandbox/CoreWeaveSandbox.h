#pragma once

#include "ProviderSandbox.h"

#include <QString>

namespace kw::sandbox {

// An emulator of the CoreWeave AI Object Storage access-key API (providers.md A.4, B.2, B.6
// "CoreWeave"), written from the contract: Bearer token, /v1/cwobject/access-key (offset/limit/
// status), create permanent or temporary, revoke by key or principal, per-principal status,
// google.rpc.Status errors {"code","message","details"}.
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
    void seedSamples(int count = 30, const QDateTime& now = QDateTime::currentDateTimeUtc());

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kw::sandbox

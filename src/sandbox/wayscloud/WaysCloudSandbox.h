#pragma once

#include "sandbox/ProviderSandbox.h"

#include <QDateTime>
#include <QString>
#include <memory>

namespace kw::sandbox {

// An emulator of the WAYSCloud account API (providers.md A.8, B.4), written from the contract.
// Listens on loopback. Control endpoints for out-of-process tests, authenticated with the
// admin token: POST /_sandbox/faults (a Fault as JSON), DELETE /_sandbox/faults,
// GET /_sandbox/stats ({"create_requests": n, "keys": n, "requests": n}).
class WaysCloudSandbox : public ProviderSandbox
{
    Q_OBJECT
public:
    explicit WaysCloudSandbox(QObject* parent = nullptr);
    ~WaysCloudSandbox() override;

    QString adminToken() const; // a wayscloud_pat_… that manages the account

    // A dozen keys of varied age, services, whitelists and last use, relative to now (a null
    // `now`: now by the sandbox's clock).
    void seedSamples(int count = 12, const QDateTime& now = {});

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kw::sandbox

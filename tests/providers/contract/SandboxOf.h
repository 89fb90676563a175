#pragma once

#include "ProviderUnderTest.h"

#include <QHostAddress>

namespace kw::contract {

template <class Sandbox> QString adminTokenOf(const Sandbox& sandbox)
{
    return sandbox.adminToken();
}

// A provider's own sandbox class seen as a ContractSandbox.
template <class Sandbox> class SandboxOf : public ContractSandbox
{
public:
    Sandbox sandbox;

    bool listen(bool tls) { return sandbox.listen(QHostAddress::LocalHost, 0, tls); }
    QUrl url() const override { return sandbox.url(); }
    QSslCertificate certificate() const override { return sandbox.certificate(); }
    QString adminToken() const override { return adminTokenOf(sandbox); }
    void injectFault(const sandbox::Fault& fault) override { sandbox.injectFault(fault); }
    int requestCount() const override { return sandbox.requestCount(); }
    int createRequestCount() const override { return sandbox.createRequestCount(); }
    int keyCount() const override { return sandbox.keyCount(); }
};

// Starts a Sandbox and seeds it (seed(sandbox)); nullptr when it cannot listen.
template <class Sandbox, class Seed>
std::unique_ptr<ContractSandbox> startSandbox(bool tls, Seed seed)
{
    auto made = std::make_unique<SandboxOf<Sandbox>>();
    if (!made->listen(tls))
        return nullptr;
    seed(made->sandbox);
    return made;
}

template <class Sandbox> const Sandbox& concrete(const ContractSandbox& sandbox)
{
    return static_cast<const SandboxOf<Sandbox>&>(sandbox).sandbox;
}

} // namespace kw::contract

#include "sandbox/ProviderSandbox.h"

#include "sandbox/EmulatorServer.h"

namespace kw::sandbox {

ProviderSandbox::ProviderSandbox(QObject* parent) : QObject(parent) {}

ProviderSandbox::~ProviderSandbox() = default;

void ProviderSandbox::attach(EmulatorApi& api)
{
    m_api = &api;
    m_server = std::make_unique<EmulatorServer>(api);
}

bool ProviderSandbox::listen(const QHostAddress& address, quint16 port, bool tls)
{
    return m_server->listen(address, port, tls);
}

QUrl ProviderSandbox::url() const
{
    return m_server->url();
}

QSslCertificate ProviderSandbox::certificate() const
{
    return m_server->certificate();
}

void ProviderSandbox::injectFault(const Fault& fault)
{
    m_server->injectFault(fault);
}

void ProviderSandbox::clearFaults()
{
    m_server->clearFaults();
}

int ProviderSandbox::pendingFaults() const
{
    return m_server->pendingFaults();
}

int ProviderSandbox::requestCount() const
{
    return m_server->requestCount();
}

int ProviderSandbox::mostRequestsHeldAtOnce() const
{
    return m_server->mostRequestsHeldAtOnce();
}

int ProviderSandbox::createRequestCount() const
{
    return m_api->createRequestCount();
}

int ProviderSandbox::keyCount() const
{
    return m_api->keyCount();
}

} // namespace kw::sandbox

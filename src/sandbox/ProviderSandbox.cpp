#include "sandbox/ProviderSandbox.h"

#include "sandbox/EmulatorServer.h"

namespace kw::sandbox {

namespace {

class HookedApi : public EmulatorApi
{
public:
    explicit HookedApi(ProviderSandbox::Hooks hooks) : m_hooks(std::move(hooks)) {}
    HttpResponse handle(const HttpRequest& request) override { return m_hooks.handle(request); }
    HttpResponse error(int status, const QString& message) const override
    {
        return m_hooks.error(status, message);
    }
    std::optional<HttpResponse> refuseControl(const HttpRequest& request) const override
    {
        return m_hooks.refuseControl(request);
    }
    int createRequestCount() const override { return m_hooks.createRequestCount(); }
    int keyCount() const override { return m_hooks.keyCount(); }

private:
    ProviderSandbox::Hooks m_hooks;
};

} // namespace

ProviderSandbox::ProviderSandbox(QObject* parent) : QObject(parent) {}

ProviderSandbox::~ProviderSandbox() = default;

void ProviderSandbox::attach(Hooks hooks)
{
    m_api = std::make_unique<HookedApi>(std::move(hooks));
    m_server = std::make_unique<EmulatorServer>(*m_api, m_clock);
}

QDateTime ProviderSandbox::nowOr(const QDateTime& now) const
{
    return now.isValid() ? now : m_clock.nowUtc();
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

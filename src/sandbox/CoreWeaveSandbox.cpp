#include "CoreWeaveSandbox.h"

#include "CoreWeaveAccessKeys.h"
#include "CoreWeaveApi.h"
#include "CoreWeaveSamples.h"
#include "EmulatorServer.h"
#include "SandboxCrypto.h"

namespace kw::sandbox {

namespace {

using namespace Qt::StringLiterals;

// The CoreWeave API as the shared server sees it: google.rpc.Status errors, and the admin's
// API access token for the control endpoints.
class CoreWeaveEmulator : public EmulatorApi
{
public:
    CoreWeaveEmulator(CoreWeaveAccessKeys& keys, CoreWeaveApi& api) : m_keys(keys), m_api(api) {}
    HttpResponse handle(const HttpRequest& request) override { return m_api.handle(request); }
    HttpResponse error(int status, const QString& message) const override
    {
        return CoreWeaveApi::error(status, message);
    }
    std::optional<HttpResponse> refuseControl(const HttpRequest& request) const override
    {
        return m_api.authenticate(request).refusal;
    }
    int createRequestCount() const override { return m_api.createRequestCount(); }
    int keyCount() const override { return m_keys.listedCount(QDateTime::currentDateTimeUtc()); }

private:
    CoreWeaveAccessKeys& m_keys;
    CoreWeaveApi& m_api;
};

} // namespace

struct CoreWeaveSandbox::Private
{
    CoreWeaveAccessKeys keys{u"cw"_s + QString::fromLatin1(randomAlphanumeric(4)).toLower()};
    CoreWeaveApi api{keys};
    CoreWeaveEmulator emulator{keys, api};
    QString adminToken = QString::fromLatin1(randomAlphanumeric(48));
    QString principalName = u"coreweave/"_s + QString::fromLatin1(randomAlphanumeric(20));
};

CoreWeaveSandbox::CoreWeaveSandbox(QObject* parent)
    : ProviderSandbox(parent), d(std::make_unique<Private>())
{
    d->api.addToken(d->adminToken.toLatin1(), d->principalName);
    attach(d->emulator);
}

CoreWeaveSandbox::~CoreWeaveSandbox() = default;

QString CoreWeaveSandbox::adminToken() const
{
    return d->adminToken;
}

QString CoreWeaveSandbox::principalName() const
{
    return d->principalName;
}

void CoreWeaveSandbox::seedSamples(int count, const QDateTime& now)
{
    seedCoreWeaveSamples(d->keys, d->principalName, count, now.toUTC());
}

} // namespace kw::sandbox

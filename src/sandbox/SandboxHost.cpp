#include "SandboxHost.h"

#include "CoreWeaveSandbox.h"
#include "ScalewaySandbox.h"
#include "WasabiAirSandbox.h"
#include "WaysCloudSandbox.h"

#include <QCoreApplication>

namespace kw::sandbox {

SandboxHost::SandboxHost(QObject* parent) : QObject(parent) {}

SandboxHost::~SandboxHost() = default;

bool SandboxHost::start(const Options& options)
{
    const QHostAddress loopback = QHostAddress::LocalHost;
    auto failed = [this](const char* name) {
        m_error = QCoreApplication::translate("SandboxHost",
                                              "the %1 sandbox could not listen on loopback")
                      .arg(QLatin1String(name));
        return false;
    };
    m_waysCloud = std::make_unique<WaysCloudSandbox>();
    m_waysCloud->seedSamples(options.waysCloudSamples, options.now);
    if (!m_waysCloud->listen(loopback, options.waysCloudPort, options.tls))
        return failed("WAYSCloud");
    m_scaleway = std::make_unique<ScalewaySandbox>();
    m_scaleway->seedSamples(options.samples, options.now);
    if (!m_scaleway->listen(loopback, 0, options.tls))
        return failed("Scaleway");
    m_coreWeave = std::make_unique<CoreWeaveSandbox>();
    m_coreWeave->seedSamples(options.samples, options.now);
    if (!m_coreWeave->listen(loopback, 0, options.tls))
        return failed("CoreWeave");
    m_wasabiAir = std::make_unique<WasabiAirSandbox>();
    m_wasabiAir->seedSamples(options.samples, options.now);
    if (!m_wasabiAir->listen(loopback, 0, options.tls))
        return failed("Wasabi AiR");
    m_error.clear();
    return true;
}

QList<SandboxHost::Endpoint> SandboxHost::endpoints() const
{
    QList<Endpoint> all;
    if (m_waysCloud) {
        all.append({QStringLiteral("wayscloud"), QStringLiteral("WAYSCloud"), m_waysCloud->url(),
                    m_waysCloud->adminToken(), QString(), m_waysCloud->certificate()});
    }
    if (m_scaleway) {
        all.append({QStringLiteral("scaleway"), QStringLiteral("Scaleway"), m_scaleway->url(),
                    m_scaleway->adminToken(), m_scaleway->organizationId(),
                    m_scaleway->certificate()});
    }
    if (m_coreWeave) {
        all.append({QStringLiteral("coreweave"), QStringLiteral("CoreWeave"), m_coreWeave->url(),
                    m_coreWeave->adminToken(), QString(), m_coreWeave->certificate()});
    }
    if (m_wasabiAir) {
        all.append({QStringLiteral("wasabi-air"), QStringLiteral("Wasabi AiR"), m_wasabiAir->url(),
                    m_wasabiAir->adminToken(), QString(), m_wasabiAir->certificate()});
    }
    return all;
}

std::optional<SandboxHost::Endpoint> SandboxHost::endpoint(const QString& providerId) const
{
    for (const Endpoint& candidate : endpoints()) {
        if (candidate.providerId == providerId)
            return candidate;
    }
    return std::nullopt;
}

} // namespace kw::sandbox

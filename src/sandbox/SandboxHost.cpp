#include "sandbox/SandboxHost.h"

#include "sandbox/coreweave/CoreWeaveSandbox.h"
#include "sandbox/scaleway/ScalewaySandbox.h"
#include "sandbox/wasabiair/WasabiAirSandbox.h"
#include "sandbox/wasabiiam/WasabiIamSandbox.h"
#include "sandbox/wayscloud/WaysCloudSandbox.h"

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
    m_wasabiIam = std::make_unique<WasabiIamSandbox>();
    m_wasabiIam->seedSamples(options.now);
    if (!m_wasabiIam->listen(loopback, 0, options.tls))
        return failed("Wasabi IAM");
    m_error.clear();
    return true;
}

QList<SandboxHost::Endpoint> SandboxHost::endpoints() const
{
    QList<Endpoint> all;
    // Every emulator has url(), certificate() and a token.
    auto add = [&all](const char* id, const char* name, const ProviderSandbox& sandbox,
                      const QString& token) -> Endpoint& {
        Endpoint endpoint;
        endpoint.providerId = QLatin1String(id);
        endpoint.providerName = QLatin1String(name);
        endpoint.url = sandbox.url();
        endpoint.adminToken = token;
        endpoint.certificate = sandbox.certificate();
        all.append(endpoint);
        return all.last();
    };
    if (m_waysCloud)
        add("wayscloud", "WAYSCloud", *m_waysCloud, m_waysCloud->adminToken());
    // The S3 key-pair emulators answer ListBuckets on their own server, which is how a new key
    // is verified: the account's S3 endpoint is the emulator, its region one the emulator takes.
    if (m_scaleway) {
        Endpoint& scaleway = add("scaleway", "Scaleway", *m_scaleway, m_scaleway->adminToken());
        scaleway.organizationId = m_scaleway->organizationId();
        scaleway.s3Endpoint = m_scaleway->url();
        scaleway.region = ScalewaySandbox::s3Regions().constFirst();
    }
    if (m_coreWeave) {
        Endpoint& coreWeave =
            add("coreweave", "CoreWeave", *m_coreWeave, m_coreWeave->adminToken());
        coreWeave.s3Endpoint = m_coreWeave->url();
        coreWeave.region = CoreWeaveSandbox::s3Regions().constFirst();
    }
    if (m_wasabiAir)
        add("wasabi-air", "Wasabi AiR", *m_wasabiAir, m_wasabiAir->adminToken());
    if (m_wasabiIam) {
        // The IAM client signs with the root user's key pair, handed over as "ID:SECRET".
        Endpoint& iam = add("wasabi-iam", "Wasabi IAM", *m_wasabiIam,
                            m_wasabiIam->adminAccessKeyId() + u':' + m_wasabiIam->adminSecret());
        iam.s3Endpoint = m_wasabiIam->url();
        iam.region = QStringLiteral("us-east-1");
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

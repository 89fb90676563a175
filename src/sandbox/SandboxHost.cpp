#include "sandbox/SandboxHost.h"

#include "sandbox/coreweave/CoreWeaveSandbox.h"
#include "sandbox/scaleway/ScalewaySandbox.h"
#include "sandbox/wasabiair/WasabiAirSandbox.h"
#include "sandbox/wasabiiam/WasabiIamSandbox.h"
#include "sandbox/wayscloud/WaysCloudSandbox.h"

#include <QCoreApplication>
#include <algorithm>
#include <functional>

namespace kw::sandbox {

using namespace Qt::StringLiterals;

namespace {

using Endpoint = SandboxHost::Endpoint;
using Options = SandboxHost::Options;

// One row per provider emulator: a sixth provider is one more row. `make` builds and seeds it;
// `describe` fills what its accounts need beyond the url and certificate every emulator has.
struct HostRow
{
    const char* id;
    const char* name;
    std::function<std::unique_ptr<ProviderSandbox>(const Options&)> make;
    std::function<void(const ProviderSandbox&, Endpoint&)> describe;
    quint16 Options::*port = nullptr; // where the options may fix the port; else any free one
};

template <typename T> const T& as(const ProviderSandbox& sandbox)
{
    return static_cast<const T&>(sandbox);
}

// The S3 key-pair emulators answer ListBuckets on their own server, which is how a new key is
// verified: the account's S3 endpoint is the emulator, its region one the emulator takes.
void s3On(const ProviderSandbox& sandbox, const QString& region, Endpoint& endpoint)
{
    endpoint.s3Endpoint = sandbox.url();
    endpoint.region = region;
}

// Seeds `atScale` keys drawn from the options' seed with keysPerAccount, else the samples
// exactly as they have always been (screenshots and tests rely on their mix).
template <typename Sandbox> void seed(Sandbox& sandbox, const Options& options, int atScale)
{
    if (options.keysPerAccount > 0)
        sandbox.seedSamples(std::max(0, atScale), options.now, options.seed);
    else
        sandbox.seedSamples(options.samples, options.now);
}

const std::vector<HostRow>& hostRows()
{
    static const std::vector<HostRow> rows{
        {"wayscloud", "WAYSCloud",
         [](const Options& o) {
             auto s = std::make_unique<WaysCloudSandbox>();
             // The admin token is the account's own: it is not listed.
             s->seedSamples(o.keysPerAccount > 0 ? o.keysPerAccount : o.waysCloudSamples, o.now);
             return s;
         },
         [](const ProviderSandbox& s, Endpoint& e) {
             e.adminToken = as<WaysCloudSandbox>(s).adminToken();
         },
         &Options::waysCloudPort},
        {"scaleway", "Scaleway",
         [](const Options& o) {
             auto s = std::make_unique<ScalewaySandbox>();
             // Keys until the Organization holds the count, the admin key among them.
             seed(*s, o, o.keysPerAccount);
             return s;
         },
         [](const ProviderSandbox& s, Endpoint& e) {
             e.adminToken = as<ScalewaySandbox>(s).adminToken();
             e.organizationId = as<ScalewaySandbox>(s).organizationId();
             s3On(s, ScalewaySandbox::s3Regions().constFirst(), e);
         }},
        {"coreweave", "CoreWeave",
         [](const Options& o) {
             auto s = std::make_unique<CoreWeaveSandbox>();
             // The admin token is an API token, not an access key: it is not listed.
             seed(*s, o, o.keysPerAccount);
             return s;
         },
         [](const ProviderSandbox& s, Endpoint& e) {
             e.adminToken = as<CoreWeaveSandbox>(s).adminToken();
             s3On(s, CoreWeaveSandbox::s3Regions().constFirst(), e);
         }},
        {"wasabi-air", "Wasabi AiR",
         [](const Options& o) {
             auto s = std::make_unique<WasabiAirSandbox>();
             // The admin JWT is one of the account's listed keys.
             if (o.keysPerAccount > 0)
                 s->seedSamples(o.keysPerAccount - 1, o.now);
             else
                 s->seedSamples(o.samples, o.now);
             return s;
         },
         [](const ProviderSandbox& s, Endpoint& e) {
             e.adminToken = as<WasabiAirSandbox>(s).adminToken();
         }},
        {"wasabi-iam", "Wasabi IAM",
         [](const Options& o) {
             auto s = std::make_unique<WasabiIamSandbox>();
             if (o.keysPerAccount > 0) // the root's admin key is listed and counts
                 s->seedAtScale(o.keysPerAccount - (o.wasabiIamUserAdmin ? 1 : 0), o.seed, o.now);
             else
                 s->seedSamples(o.now);
             if (o.wasabiIamUserAdmin)
                 s->useIamUserAdmin(u"iam-admin"_s);
             return s;
         },
         [](const ProviderSandbox& s, Endpoint& e) {
             // The IAM client signs with the admin's key pair, handed over as "ID:SECRET".
             const auto& iam = as<WasabiIamSandbox>(s);
             e.adminToken = iam.adminAccessKeyId() + u':' + iam.adminSecret();
             s3On(s, u"us-east-1"_s, e);
         }},
    };
    return rows;
}

const HostRow* rowOf(const QString& providerId)
{
    for (const HostRow& row : hostRows()) {
        if (QLatin1String(row.id) == providerId)
            return &row;
    }
    return nullptr;
}

} // namespace

SandboxHost::SandboxHost(QObject* parent) : QObject(parent) {}

SandboxHost::~SandboxHost() = default;

bool SandboxHost::start(const Options& options)
{
    m_running.clear();
    for (const HostRow& row : hostRows()) {
        std::unique_ptr<ProviderSandbox> sandbox = row.make(options);
        const quint16 port = row.port ? options.*row.port : 0;
        if (!sandbox->listen(QHostAddress::LocalHost, port, options.tls)) {
            m_error = QCoreApplication::translate("SandboxHost",
                                                  "the %1 sandbox could not listen on loopback")
                          .arg(QLatin1String(row.name));
            return false;
        }
        m_running.push_back({QLatin1String(row.id), std::move(sandbox)});
    }
    m_error.clear();
    return true;
}

QList<SandboxHost::Endpoint> SandboxHost::endpoints() const
{
    QList<Endpoint> all;
    for (const Running& running : m_running) {
        const HostRow* row = rowOf(running.providerId);
        Endpoint endpoint;
        endpoint.providerId = running.providerId;
        endpoint.providerName = QLatin1String(row->name);
        endpoint.url = running.sandbox->url();
        endpoint.certificate = running.sandbox->certificate();
        row->describe(*running.sandbox, endpoint);
        all.append(endpoint);
    }
    return all;
}

ProviderSandbox* SandboxHost::sandbox(const QString& providerId) const
{
    for (const Running& running : m_running) {
        if (running.providerId == providerId)
            return running.sandbox.get();
    }
    return nullptr;
}

WaysCloudSandbox* SandboxHost::waysCloud() const
{
    return static_cast<WaysCloudSandbox*>(sandbox(u"wayscloud"_s));
}

ScalewaySandbox* SandboxHost::scaleway() const
{
    return static_cast<ScalewaySandbox*>(sandbox(u"scaleway"_s));
}

CoreWeaveSandbox* SandboxHost::coreWeave() const
{
    return static_cast<CoreWeaveSandbox*>(sandbox(u"coreweave"_s));
}

WasabiAirSandbox* SandboxHost::wasabiAir() const
{
    return static_cast<WasabiAirSandbox*>(sandbox(u"wasabi-air"_s));
}

WasabiIamSandbox* SandboxHost::wasabiIam() const
{
    return static_cast<WasabiIamSandbox*>(sandbox(u"wasabi-iam"_s));
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

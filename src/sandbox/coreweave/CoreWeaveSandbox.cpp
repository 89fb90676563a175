#include "sandbox/coreweave/CoreWeaveSandbox.h"

#include "sandbox/EmulatorServer.h"
#include "sandbox/S3ListBuckets.h"
#include "sandbox/SandboxCrypto.h"
#include "sandbox/coreweave/CoreWeaveAccessKeys.h"
#include "sandbox/coreweave/CoreWeaveApi.h"
#include "sandbox/coreweave/CoreWeaveSamples.h"

namespace kw::sandbox {

namespace {

using namespace Qt::StringLiterals;

// The CoreWeave API as the shared server sees it: google.rpc.Status errors, and the admin's
// API access token for the control endpoints. A SigV4-signed request is S3's.
class CoreWeaveEmulator : public EmulatorApi
{
public:
    CoreWeaveEmulator(CoreWeaveAccessKeys& keys, CoreWeaveApi& api, const S3ListBuckets& s3)
        : m_keys(keys), m_api(api), m_s3(s3)
    {}
    HttpResponse handle(const HttpRequest& request) override
    {
        return S3ListBuckets::isSigV4(request) ? m_s3.handle(request) : m_api.handle(request);
    }
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
    const S3ListBuckets& m_s3;
};

} // namespace

struct CoreWeaveSandbox::Private
{
    CoreWeaveAccessKeys keys{u"cw"_s + QString::fromLatin1(randomAlphanumeric(4)).toLower()};
    CoreWeaveApi api{keys};
    QDateTime bucketsSince = QDateTime::currentDateTimeUtc();
    S3ListBuckets s3{
        CoreWeaveSandbox::s3Regions(),
        [this](const QString& accessKeyId, const QDateTime& now, QByteArrayView* secret) {
            return keys.s3Secret(accessKeyId, now, secret);
        },
        [this](const QString&) { return listing(); }};
    CoreWeaveEmulator emulator{keys, api, s3};
    QString adminToken = QString::fromLatin1(randomAlphanumeric(48));
    QString principalName = u"coreweave/"_s + QString::fromLatin1(randomAlphanumeric(20));

    // The organization's buckets: every key of the organization sees them.
    S3ListBuckets::Listing listing() const
    {
        return {keys.orgId(),
                keys.orgId(),
                {{u"training-data"_s, bucketsSince.addDays(-300)},
                 {u"model-checkpoints"_s, bucketsSince.addDays(-120)},
                 {u"inference-logs"_s, bucketsSince.addDays(-14)}}};
    }
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

QStringList CoreWeaveSandbox::s3Regions()
{
    // Examples of CoreWeave availability zones (providers.md B.2 names US-EAST-04A); the real
    // list is per organization.
    return {u"US-EAST-04A"_s, u"US-EAST-06A"_s, u"US-WEST-09B"_s};
}

QStringList CoreWeaveSandbox::bucketNames() const
{
    QStringList names;
    for (const S3ListBuckets::Bucket& bucket : d->listing().buckets)
        names.append(bucket.name);
    return names;
}

void CoreWeaveSandbox::setClock(std::function<QDateTime()> clock)
{
    d->s3.setClock(clock);
    d->api.setClock(std::move(clock));
}

} // namespace kw::sandbox

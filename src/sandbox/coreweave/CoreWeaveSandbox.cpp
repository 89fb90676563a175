#include "sandbox/coreweave/CoreWeaveSandbox.h"

#include "sandbox/S3ListBuckets.h"
#include "sandbox/SandboxCrypto.h"
#include "sandbox/coreweave/CoreWeaveAccessKeys.h"
#include "sandbox/coreweave/CoreWeaveApi.h"
#include "sandbox/coreweave/CoreWeaveSamples.h"

namespace kw::sandbox {

using namespace Qt::StringLiterals;

struct CoreWeaveSandbox::Private
{
    explicit Private(const kw::Clock& c) : clock(c) {}

    const kw::Clock& clock;
    CoreWeaveAccessKeys keys{u"cw"_s + QString::fromLatin1(randomAlphanumeric(4)).toLower()};
    CoreWeaveApi api{keys, clock};
    QDateTime bucketsSince = clock.nowUtc();
    S3ListBuckets s3{
        CoreWeaveSandbox::s3Regions(),
        [this](const QString& accessKeyId, const QDateTime& now, QByteArrayView* secret) {
            return keys.s3Secret(accessKeyId, now, secret);
        },
        [this](const QString&) { return listing(); }, clock};
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
    : ProviderSandbox(parent), d(std::make_unique<Private>(clock()))
{
    d->api.addToken(d->adminToken.toLatin1(), d->principalName);
    // Google.rpc.Status errors, and the admin's API access token for the control endpoints. A
    // SigV4-signed request is S3's.
    attach({.handle =
                [this](const HttpRequest& request) {
                    return S3ListBuckets::isSigV4(request) ? d->s3.handle(request)
                                                           : d->api.handle(request);
                },
            .error = &CoreWeaveApi::error,
            .refuseControl =
                [this](const HttpRequest& request) { return d->api.authenticate(request).refusal; },
            .createRequestCount = [this] { return d->api.createRequestCount(); },
            .keyCount = [this] { return d->keys.listedCount(d->clock.nowUtc()); }});
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

void CoreWeaveSandbox::seedSamples(int count, const QDateTime& now, quint32 seed)
{
    seedCoreWeaveSamples(d->keys, d->principalName, count, nowOr(now).toUTC(), seed);
}

QStringList CoreWeaveSandbox::s3Regions()
{
    // Examples of CoreWeave availability zones (providers.md B.2 names US-EAST-04A); the real
    // list is per organization.
    return {u"US-EAST-04A"_s, u"US-EAST-06A"_s, u"US-WEST-09B"_s};
}

QStringList CoreWeaveSandbox::bucketNames() const
{
    return d->listing().bucketNames();
}

} // namespace kw::sandbox

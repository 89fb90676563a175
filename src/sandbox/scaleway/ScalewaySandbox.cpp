#include "sandbox/scaleway/ScalewaySandbox.h"

#include "sandbox/S3ListBuckets.h"
#include "sandbox/SandboxCrypto.h"
#include "sandbox/scaleway/ScalewayApi.h"
#include "sandbox/scaleway/ScalewayErrors.h"
#include "sandbox/scaleway/ScalewayOrganization.h"
#include "sandbox/scaleway/ScalewaySamples.h"

namespace kw::sandbox {

namespace {

using namespace Qt::StringLiterals;

constexpr qint64 day = 24 * 3600;

} // namespace

struct ScalewaySandbox::Private
{
    explicit Private(const kw::Clock& c) : clock(c) {}

    const kw::Clock& clock;
    ScalewayOrganization organization{randomUuid()};
    ScalewayApi api{organization, clock};
    QDateTime bucketsSince = clock.nowUtc();
    S3ListBuckets s3{
        ScalewaySandbox::s3Regions(),
        [this](const QString& accessKey, const QDateTime& now, QByteArrayView* secret) {
            return organization.s3Secret(accessKey, now, secret);
        },
        [this](const QString&) { return listing(); }, clock};
    QString ownUserId;
    QString adminToken;
    QString adminAccessKey;

    // The buckets of the default Project, where keys put theirs (B.3).
    S3ListBuckets::Listing listing() const
    {
        const QString project = organization.defaultProjectId();
        return {project,
                project,
                {{u"site-assets"_s, bucketsSince.addDays(-500)},
                 {u"db-backups-fr-par"_s, bucketsSince.addDays(-200)},
                 {u"uploads"_s, bucketsSince.addDays(-7)}}};
    }
};

ScalewaySandbox::ScalewaySandbox(QObject* parent)
    : ProviderSandbox(parent), d(std::make_unique<Private>(clock()))
{
    const QDateTime now = clock().nowUtc();
    ScalewayUser owner;
    owner.id = randomUuid();
    owner.firstName = u"Camille"_s;
    owner.lastName = u"Martin"_s;
    owner.username = u"cmartin"_s;
    owner.email = u"camille.martin@example.com"_s;
    owner.locale = u"fr_FR"_s;
    owner.createdAt = now.addSecs(-900 * day);
    owner.updatedAt = now.addSecs(-30 * day);
    owner.lastLoginAt = now.addSecs(-3600);
    owner.owner = true;
    owner.mfa = true;
    d->ownUserId = d->organization.addUser(owner).id;

    ScalewayKey admin;
    admin.bearerType = ScalewayBearerType::User;
    admin.bearerId = d->ownUserId;
    admin.description = u"KeyWarden console"_s;
    admin.createdAt = now.addSecs(-400 * day);
    admin.updatedAt = admin.createdAt;
    admin.defaultProjectId = d->organization.defaultProjectId();
    admin.creationIp = u"203.0.113.10"_s;
    ScalewayOrganization::Issued issued = d->organization.issueKey(std::move(admin));
    d->adminToken = QString::fromLatin1(issued.secret);
    d->adminAccessKey = issued.key->accessKey;
    issued.secret.fill('\0');

    // {"message", "type"} errors, and the owner's keys for the control endpoints. A
    // SigV4-signed request is Object Storage's (S3).
    attach({.handle =
                [this](const HttpRequest& request) {
                    return S3ListBuckets::isSigV4(request) ? d->s3.handle(request)
                                                           : d->api.handle(request);
                },
            .error = &scaleway::statusError,
            .refuseControl =
                [this](const HttpRequest& request) { return d->api.refuseControl(request); },
            .createRequestCount = [this] { return d->api.createRequestCount(); },
            .keyCount = [this] { return d->organization.keyCount(); }});
}

ScalewaySandbox::~ScalewaySandbox() = default;

QString ScalewaySandbox::adminToken() const
{
    return d->adminToken;
}

QString ScalewaySandbox::adminAccessKey() const
{
    return d->adminAccessKey;
}

QString ScalewaySandbox::organizationId() const
{
    return d->organization.id();
}

QString ScalewaySandbox::ownUserId() const
{
    return d->ownUserId;
}

void ScalewaySandbox::seedSamples(int count, const QDateTime& now, quint32 seed)
{
    seedScalewaySamples(d->organization, d->ownUserId, count, nowOr(now), seed);
}

QStringList ScalewaySandbox::s3Regions()
{
    return {u"fr-par"_s, u"nl-ams"_s, u"pl-waw"_s};
}

QStringList ScalewaySandbox::bucketNames() const
{
    return d->listing().bucketNames();
}

} // namespace kw::sandbox

#include "sandbox/scaleway/ScalewaySandbox.h"

#include "sandbox/EmulatorServer.h"
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

// The Scaleway API as the shared server sees it: {"message", "type"} errors, and the owner's
// keys for the control endpoints. A SigV4-signed request is Object Storage's (S3).
class ScalewayEmulator : public EmulatorApi
{
public:
    ScalewayEmulator(ScalewayOrganization& organization, ScalewayApi& api, const S3ListBuckets& s3)
        : m_organization(organization), m_api(api), m_s3(s3)
    {}
    HttpResponse handle(const HttpRequest& request) override
    {
        return S3ListBuckets::isSigV4(request) ? m_s3.handle(request) : m_api.handle(request);
    }
    HttpResponse error(int status, const QString& message) const override
    {
        return scaleway::statusError(status, message);
    }
    std::optional<HttpResponse> refuseControl(const HttpRequest& request) const override
    {
        return m_api.refuseControl(request);
    }
    int createRequestCount() const override { return m_api.createRequestCount(); }
    int keyCount() const override { return m_organization.keyCount(); }

private:
    ScalewayOrganization& m_organization;
    ScalewayApi& m_api;
    const S3ListBuckets& m_s3;
};

} // namespace

struct ScalewaySandbox::Private
{
    ScalewayOrganization organization{randomUuid()};
    ScalewayApi api{organization};
    QDateTime bucketsSince = QDateTime::currentDateTimeUtc();
    S3ListBuckets s3{
        ScalewaySandbox::s3Regions(),
        [this](const QString& accessKey, const QDateTime& now, QByteArrayView* secret) {
            return organization.s3Secret(accessKey, now, secret);
        },
        [this](const QString&) { return listing(); }};
    ScalewayEmulator emulator{organization, api, s3};
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
    : ProviderSandbox(parent), d(std::make_unique<Private>())
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
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

    attach(d->emulator);
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

void ScalewaySandbox::seedSamples(int count, const QDateTime& now)
{
    seedScalewaySamples(d->organization, d->ownUserId, count, now);
}

QStringList ScalewaySandbox::s3Regions()
{
    return {u"fr-par"_s, u"nl-ams"_s, u"pl-waw"_s};
}

QStringList ScalewaySandbox::bucketNames() const
{
    QStringList names;
    for (const S3ListBuckets::Bucket& bucket : d->listing().buckets)
        names.append(bucket.name);
    return names;
}

void ScalewaySandbox::setClock(std::function<QDateTime()> clock)
{
    d->s3.setClock(clock);
    d->api.setClock(std::move(clock));
}

} // namespace kw::sandbox

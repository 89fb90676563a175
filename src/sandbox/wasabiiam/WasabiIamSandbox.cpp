#include "sandbox/wasabiiam/WasabiIamSandbox.h"

#include "sandbox/S3ListBuckets.h"
#include "sandbox/wasabiiam/WasabiIamAccount.h"
#include "sandbox/wasabiiam/WasabiIamApi.h"
#include "sandbox/wasabiiam/WasabiIamAuth.h"

#include <QRandomGenerator>
#include <array>

namespace kw::sandbox {

namespace {

using namespace Qt::StringLiterals;

// The S3 regions of providers.md B.1.3.
QStringList wasabiS3Regions()
{
    return {u"us-east-1"_s,      u"us-east-2"_s,      u"us-central-1"_s,   u"us-west-1"_s,
            u"us-west-2"_s,      u"ca-central-1"_s,   u"eu-central-1"_s,   u"eu-central-2"_s,
            u"eu-west-1"_s,      u"eu-west-2"_s,      u"eu-west-3"_s,      u"eu-south-1"_s,
            u"ap-northeast-1"_s, u"ap-northeast-2"_s, u"ap-southeast-1"_s, u"ap-southeast-2"_s};
}

} // namespace

struct WasabiIamSandbox::Private
{
    explicit Private(const kw::Clock& c) : clock(c) {}

    const kw::Clock& clock;
    WasabiIamAccount account{clock.nowUtc()};
    S3ListBuckets s3{
        wasabiS3Regions(),
        [this](const QString& accessKeyId, const QDateTime&, QByteArrayView* secret) {
            const IamAccessKey* key = account.findKey(accessKeyId);
            if (!key || !key->active)
                return false;
            *secret = key->secret.view();
            return true;
        },
        [this](const QString&) {
            S3ListBuckets::Listing listing{account.canonicalUserId(), account.accountName(), {}};
            for (const IamBucket& bucket : account.buckets())
                listing.buckets.append({bucket.name, bucket.createdAt});
            return listing;
        },
        clock};
    WasabiIamAuth auth{account, s3, clock};
    WasabiIamApi api{account, auth, s3, clock};
    QString adminKeyId;
};

WasabiIamSandbox::WasabiIamSandbox(QObject* parent)
    : ProviderSandbox(parent), d(std::make_unique<Private>(clock()))
{
    // Old enough to be due for rotation.
    d->adminKeyId = d->account.createKey(QString(), clock().nowUtc().addDays(-120)).id;
    // IAM's and S3's error shapes; any request signed by an active root key for the control
    // endpoints.
    attach({.handle = [this](const HttpRequest& request) { return d->api.handle(request); },
            .error = &WasabiIamApi::error,
            .refuseControl =
                [this](const HttpRequest& request) { return d->api.refuseControl(request); },
            .createRequestCount = [this] { return d->api.createRequestCount(); },
            .keyCount = [this] { return d->account.keyCount(); }});
}

WasabiIamSandbox::~WasabiIamSandbox() = default;

QString WasabiIamSandbox::adminAccessKeyId() const
{
    return d->adminKeyId;
}

QString WasabiIamSandbox::adminSecret() const
{
    const IamAccessKey* key = d->account.findKey(d->adminKeyId);
    return key ? key->secret.exposeString() : QString();
}

QString WasabiIamSandbox::accountId() const
{
    return d->account.accountId();
}

QString WasabiIamSandbox::manageAirPolicyArn()
{
    return WasabiIamApi::manageAirPolicyArn();
}

QString WasabiIamSandbox::viewAirPolicyArn()
{
    return WasabiIamApi::viewAirPolicyArn();
}

void WasabiIamSandbox::seedSamples(const QDateTime& when)
{
    const QDateTime now = nowOr(when);
    WasabiIamAccount& account = d->account;
    const auto user = [&](const QString& name, int ageDays) {
        return account.addUser(name, now.addDays(-ageDays)).name;
    };
    const auto key = [&](const QString& name, int ageDays, bool active, int lastUsedDaysAgo) {
        IamAccessKey* made = account.findKey(account.createKey(name, now.addDays(-ageDays)).id);
        made->active = active;
        if (lastUsedDaysAgo >= 0) {
            made->lastUsedAt = now.addDays(-lastUsedDaysAgo).addSecs(-3600);
            made->lastUsedService = u"s3"_s;
            made->lastUsedRegion = u"us-east-1"_s;
        }
    };

    key(user(u"backup-agent"_s, 300), 200, true, 1);
    const QString pipeline = user(u"media-pipeline"_s, 250);
    key(pipeline, 240, true, 30); // at the limit: the older one is due for rotation
    key(pipeline, 10, true, 0);
    key(user(u"archive-reader"_s, 180), 170, false, 90);
    const QString indexer = user(u"air-indexer"_s, 60);
    key(indexer, 59, true, -1);
    account.findUser(indexer)->policyArns.append(WasabiIamApi::manageAirPolicyArn());
    const QString viewer = user(u"air-viewer"_s, 40);
    account.findUser(viewer)->policyArns.append(WasabiIamApi::viewAirPolicyArn());
    user(u"ci-readonly"_s, 20);

    account.addBucket(u"media-archive"_s, now.addDays(-390));
    account.addBucket(u"backups-2026"_s, now.addDays(-200));
    account.addBucket(u"air-index"_s, now.addDays(-60));
}

void WasabiIamSandbox::seedAtScale(int keyCount, quint32 seed, const QDateTime& when)
{
    static constexpr std::array jobs{"backup-agent", "ci-runner", "etl-loader", "media-pipeline",
                                     "analytics",    "archive",   "ingest",     "web-uploads",
                                     "ml-training",  "reports"};
    constexpr qint64 day = 24 * 3600;
    const QDateTime now = nowOr(when);
    WasabiIamAccount& account = d->account;
    QRandomGenerator random(seed);
    for (int user = 0; account.keyCount() < keyCount; ++user) {
        const QString name = u"%1-%2"_s.arg(QLatin1String(jobs[std::size_t(user) % jobs.size()]))
                                 .arg(user + 1, 5, 10, QLatin1Char('0'));
        // The user's first key anywhere in the last two years, the second (a rotation) after it.
        const qint64 firstAge = qint64(random.bounded(quint64(730 * day - 2 * day))) + 2 * day;
        const qint64 userAge = firstAge + qint64(random.bounded(quint64(30 * day)));
        account.addUser(name, now.addSecs(-userAge));
        qint64 keyAge = firstAge;
        for (int k = 0; k < WasabiIamAccount::maxKeysPerUser && account.keyCount() < keyCount;
             ++k) {
            IamAccessKey* key = account.findKey(account.createKey(name, now.addSecs(-keyAge)).id);
            key->active = random.bounded(8) != 0;
            if (random.bounded(5) != 0) { // used at some point since it was made
                key->lastUsedAt = now.addSecs(-qint64(random.bounded(quint64(keyAge))));
                key->lastUsedService = u"s3"_s;
                key->lastUsedRegion = u"us-east-1"_s;
            }
            keyAge = qint64(random.bounded(quint64(keyAge - day))) + day;
        }
    }
    account.addBucket(u"media-archive"_s, now.addDays(-390));
    account.addBucket(u"backups-2026"_s, now.addDays(-200));
    account.addBucket(u"air-index"_s, now.addDays(-60));
}

void WasabiIamSandbox::useIamUserAdmin(const QString& userName)
{
    const QDateTime now = clock().nowUtc();
    IamUser* user = d->account.findUser(userName);
    if (!user)
        user = d->account.findUser(d->account.addUser(userName, now.addDays(-30)).name);
    if (!user->policyArns.contains(WasabiIamApi::iamFullAccessPolicyArn()))
        user->policyArns.append(WasabiIamApi::iamFullAccessPolicyArn());
    d->adminKeyId = d->account.createKey(userName, now.addDays(-20)).id;
}

void WasabiIamSandbox::setS3Regions(const QStringList& regions)
{
    d->auth.setS3Regions(regions);
}

QStringList WasabiIamSandbox::userNames() const
{
    QStringList names;
    for (const IamUser* user : d->account.users())
        names.append(user->name);
    return names;
}

void WasabiIamSandbox::addUser(const QString& name)
{
    d->account.addUser(name, clock().nowUtc());
}

QList<WasabiIamSandbox::AccessKeyState> WasabiIamSandbox::accessKeys(const QString& userName) const
{
    QList<AccessKeyState> out;
    for (const IamAccessKey* key : d->account.keysOf(userName))
        out.append({key->id, key->userName, key->active, key->createdAt, key->lastUsedAt});
    return out;
}

QStringList WasabiIamSandbox::attachedPolicyArns(const QString& userName) const
{
    const IamUser* user = d->account.findUser(userName);
    return user ? user->policyArns : QStringList();
}

QStringList WasabiIamSandbox::bucketNames() const
{
    QStringList names;
    for (const IamBucket& bucket : d->account.buckets())
        names.append(bucket.name);
    return names;
}

bool WasabiIamSandbox::recordKeyUse(const QString& accessKeyId, const QString& service,
                                    const QString& region)
{
    IamAccessKey* key = d->account.findKey(accessKeyId);
    if (!key)
        return false;
    key->lastUsedAt = clock().nowUtc();
    key->lastUsedService = service;
    key->lastUsedRegion = region;
    return true;
}

} // namespace kw::sandbox

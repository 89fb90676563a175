#pragma once

#include "sandbox/ProviderSandbox.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace kw::sandbox {

// An emulator of the Scaleway IAM API keys (providers.md A.5, B.3, B.6 "Scaleway"), written from
// the contract: X-Auth-Token, /iam/v1alpha1/api-keys (page/page_size/order_by/total_count),
// /users, /applications, {message, type, …} errors, read-only (managed) keys. The same server
// answers S3 ListBuckets signed with a key's access_key/secret_key (SigV4, providers.md B.3
// "Scaleway Object Storage"): a sandbox account's S3 endpoint is url(), its region one of
// s3Regions().
class ScalewaySandbox : public ProviderSandbox
{
    Q_OBJECT
public:
    explicit ScalewaySandbox(QObject* parent = nullptr);
    ~ScalewaySandbox() override;

    QString adminToken() const;     // the admin API key's secret (a UUID), for X-Auth-Token
    QString adminAccessKey() const; // its access key, SCW + 17
    QString organizationId() const;
    QString ownUserId() const; // the user the admin key belongs to

    // Keys until the Organization holds `count` in all (the admin key among them), of varied
    // age, bearer (users and applications), expiry (never, past, soon, later), description and
    // project; a few managed keys that are neither editable nor deletable. Also a handful of
    // users and applications. A null `now`: now by the sandbox's clock.
    // `seed` draws the ages and expiry dates: the same seed, the same keys (ids aside).
    void seedSamples(int count = 30, const QDateTime& now = {}, quint32 seed = 0x5ca1e);

    static QStringList s3Regions(); // fr-par, nl-ams, pl-waw
    QStringList bucketNames() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kw::sandbox

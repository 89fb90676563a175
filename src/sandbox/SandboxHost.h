#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QUrl>
#include <memory>
#include <optional>
#include <vector>

namespace kw::sandbox {

class CoreWeaveSandbox;
class ProviderSandbox;
class ScalewaySandbox;
class WasabiAirSandbox;
class WasabiIamSandbox;
class WaysCloudSandbox;

// One emulator per provider, on loopback, seeded with sample keys: what `keywarden --sandbox`
// and `keywarden-sandbox` show. Reports where each listens and its throwaway admin token.
class SandboxHost : public QObject
{
    Q_OBJECT
public:
    struct Endpoint
    {
        QString providerId;   // "wayscloud", "scaleway", "coreweave", "wasabi-air", "wasabi-iam"
        QString providerName; // for labels: "WAYSCloud"
        QUrl url;
        QString adminToken;          // made up at start-up, valid for this process only
        QString organizationId;      // Scaleway
        QSslCertificate certificate; // with tls
        QUrl s3Endpoint; // S3 key pairs (Wasabi IAM, CoreWeave, Scaleway): where keys are
                         // verified (the same emulator)
        QString region;  // the region (CoreWeave: availability zone) the S3 endpoint signs for
    };
    struct Options
    {
        bool tls = false;
        quint16 waysCloudPort = 0; // 0: any free port (the others always pick one)
        int waysCloudSamples = 30;
        int samples = 30; // for every other provider
        QDateTime now;    // what the samples are relative to; null: each sandbox's own clock
        // The Wasabi IAM admin token is the key pair of an IAM user with IAM rights
        // ("iam-admin", IAMFullAccess) rather than the root user's.
        bool wasabiIamUserAdmin = false;
        // Above 0: every emulator lists exactly this many keys (its admin key among them where
        // its list shows one) instead of the samples, beyond the per-account limits a real
        // create would hit (WAYSCloud's 50, Wasabi IAM's 2 a user: keysPerAccount / 2 users),
        // each list paged as the provider pages it. Deterministic from `seed` where the
        // emulator draws at random (ids and secrets aside).
        int keysPerAccount = 0;
        quint32 seed = 0x5eed;
    };

    explicit SandboxHost(QObject* parent = nullptr);
    ~SandboxHost() override;

    // Starts and seeds every emulator. False when one could not listen (errorString() says which).
    bool start(const Options& options);
    bool start() { return start(Options{}); }
    QString errorString() const { return m_error; }

    QList<Endpoint> endpoints() const; // WAYSCloud first
    std::optional<Endpoint> endpoint(const QString& providerId) const;

    // The running emulator of a provider, or nullptr (not started, or no such provider).
    ProviderSandbox* sandbox(const QString& providerId) const;
    WaysCloudSandbox* waysCloud() const;
    ScalewaySandbox* scaleway() const;
    CoreWeaveSandbox* coreWeave() const;
    WasabiAirSandbox* wasabiAir() const;
    WasabiIamSandbox* wasabiIam() const;

private:
    struct Running
    {
        QString providerId;
        std::unique_ptr<ProviderSandbox> sandbox;
    };
    std::vector<Running> m_running; // in the registry's order, WAYSCloud first
    QString m_error;
};

} // namespace kw::sandbox

#pragma once

#include "sandbox/ProviderSandbox.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace kw::sandbox {

// An emulator of Wasabi's AWS-compatible IAM API and S3 ListBuckets (providers.md A.7, B.1.2,
// B.1.3, B.5, B.6 "Wasabi IAM"), written from the contract: the Query API on POST / with XML
// answers in AWS's shapes (ListUsers, GetUser, ListAccessKeys with Marker paging,
// CreateAccessKey, UpdateAccessKey, DeleteAccessKey, GetAccessKeyLastUsed,
// ListAttachedUserPolicies, AttachUserPolicy), at most 2 keys per user (LimitExceeded 409), and
// GET / ListBuckets for S3 on the same server — the credential scope's service tells them apart.
// Every request is SigV4-verified with the key's secret.
class WasabiIamSandbox : public ProviderSandbox
{
    Q_OBJECT
public:
    struct AccessKeyState
    {
        QString accessKeyId;
        QString userName; // empty: root
        bool active = true;
        QDateTime createdAt;
        QDateTime lastUsedAt; // null: never used
    };

    explicit WasabiIamSandbox(QObject* parent = nullptr);
    ~WasabiIamSandbox() override;

    // The administrator's access key (what the console signs with): the root user's, or after
    // useIamUserAdmin() that IAM user's.
    QString adminAccessKeyId() const;
    QString adminSecret() const;
    QString accountId() const;

    static QString manageAirPolicyArn(); // arn:aws:iam::aws:policy/WasabiManageAiR
    static QString viewAirPolicyArn();   // arn:aws:iam::aws:policy/WasabiViewAiR

    // Sub-users and buckets: a user with one key, one at the 2-key limit, one whose only key is
    // inactive, one with the WasabiManageAiR policy, one with WasabiViewAiR and no keys, one
    // with neither. The root keeps its one key, so it can still create a second.
    // A null `now`: now by the sandbox's clock.
    void seedSamples(const QDateTime& now = {});

    // An account at scale: keys added until it holds `keyCount` in all (the admin's among
    // them), two to a sub-user as IAM allows (so about keyCount / 2 users, named after their
    // job), created over two years, about one in eight inactive and one in five never used.
    // The same seed gives the same users, dates and states (the ids and secrets are random).
    // Buckets as seedSamples() makes them.
    void seedAtScale(int keyCount, quint32 seed, const QDateTime& now = {});

    // From now on the administrator is the IAM user userName (made if it does not exist), not
    // the root user: it gets IAMFullAccess and a new key of its own, which adminAccessKeyId()
    // names. Its keys are then both the caller's own and a ListUsers user's.
    void useIamUserAdmin(const QString& userName);

    // The regions S3 accepts in the credential scope (default: every region of B.1.3).
    void setS3Regions(const QStringList& regions);

    // State, for tests.
    QStringList userNames() const; // sorted
    void addUser(const QString& name);
    QList<AccessKeyState> accessKeys(const QString& userName = {}) const; // creation order
    QStringList attachedPolicyArns(const QString& userName) const;
    QStringList bucketNames() const;
    // Records a use of the key now, by the sandbox's clock, as a signed request with it would
    // (what GetAccessKeyLastUsed then answers); a test moves that clock to age it. False for an
    // unknown key.
    bool recordKeyUse(const QString& accessKeyId, const QString& service, const QString& region);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kw::sandbox

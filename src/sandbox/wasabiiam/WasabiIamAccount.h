#pragma once

#include "core/Secret.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <deque>

namespace kw::sandbox {

// One access key as the IAM server keeps it. The secret is kept (SigV4 verification needs it),
// in a wiping buffer, and is only ever sent back in the CreateAccessKey answer.
struct IamAccessKey
{
    QString id;       // AKIA + 16 upper-case letters and digits
    QString userName; // empty: the account's root user
    Secret secret;    // 40 characters
    bool active = true;
    QDateTime createdAt;  // UTC, whole seconds
    QDateTime lastUsedAt; // null: never used
    QString lastUsedService;
    QString lastUsedRegion;
};

struct IamUser
{
    QString name;
    QString userId; // AIDA + 17
    QDateTime createdAt;
    QStringList policyArns; // attached managed policies, in attach order
};

struct IamBucket
{
    QString name;
    QDateTime createdAt;
};

// The users, access keys, attached policies and buckets of one Wasabi account.
class WasabiIamAccount
{
public:
    static constexpr int maxKeysPerUser = 2;

    // The account was made 400 days before `now`.
    explicit WasabiIamAccount(const QDateTime& now);

    QString accountId() const { return m_accountId; } // 12 digits
    QString accountName() const { return m_accountName; }
    QString canonicalUserId() const { return m_canonicalUserId; } // 64 hex, the S3 owner id
    QDateTime createdAt() const { return m_createdAt; }

    const IamUser& addUser(const QString& name, const QDateTime& createdAt);
    const IamUser* findUser(const QString& name) const;
    IamUser* findUser(const QString& name);
    QList<const IamUser*> users() const; // sorted by name, as AWS lists them

    // userName empty: the root user. Does not check the per-user limit.
    const IamAccessKey& createKey(const QString& userName, const QDateTime& createdAt);
    const IamAccessKey* findKey(const QString& id) const;
    IamAccessKey* findKey(const QString& id);
    bool removeKey(const QString& id);                                // wipes the secret
    QList<const IamAccessKey*> keysOf(const QString& userName) const; // creation order
    int keyCount() const { return int(m_keys.size()); }

    void addBucket(const QString& name, const QDateTime& createdAt);
    const QList<IamBucket>& buckets() const { return m_buckets; }

    static QString userArn(const QString& accountId, const QString& userName);

private:
    void reindexKeys(); // after a removal moved keys in m_keys

    QString m_accountId;
    QString m_accountName;
    QString m_canonicalUserId;
    QDateTime m_createdAt;
    std::deque<IamUser> m_users;
    std::deque<IamAccessKey> m_keys;
    QList<IamBucket> m_buckets;
    // Indexes into m_users and m_keys, so that an account of ten thousand keys answers each
    // request without walking all of them.
    QHash<QString, std::size_t> m_userByName;
    QHash<QString, std::size_t> m_keyById;
    QHash<QString, QList<std::size_t>> m_keysByUser; // creation order
};

} // namespace kw::sandbox

#pragma once

#include "core/Secret.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <deque>
#include <map>
#include <optional>

namespace kw::sandbox {

struct ScalewayUser
{
    QString id;
    QString email;
    QString username;
    QString firstName;
    QString lastName;
    QString phoneNumber;
    QString locale;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<QDateTime> lastLoginAt;
    bool owner = false;             // type owner|member
    bool invitationPending = false; // status invitation_pending|activated
    bool mfa = false;
    bool locked = false;
    QStringList tags;
};

struct ScalewayApplication
{
    QString id;
    QString name;
    QString description;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool editable = true;
    bool deletable = true;
    bool managed = false; // made by a Scaleway product, not by a person
    QStringList tags;
};

// An Account API project (/account/v3/projects): where a key's Object Storage buckets go.
struct ScalewayProject
{
    QString id;
    QString name;
    QString description;
    QDateTime createdAt;
    QDateTime updatedAt;
};

enum class ScalewayBearerType
{
    User,
    Application
};

struct ScalewayKey
{
    QString accessKey; // SCW + 17 [A-Z0-9]
    ScalewayBearerType bearerType = ScalewayBearerType::User;
    QString bearerId;
    QString description;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<QDateTime> expiresAt; // unset: never
    QString defaultProjectId;
    bool editable = true;
    bool deletable = true;
    bool managed = false;
    QString creationIp;
    QByteArray secretHash; // SHA-256 of the secret; empty: no secret can ever match

    bool expiredAt(const QDateTime& now) const { return expiresAt && *expiresAt <= now; }
};

// One Scaleway Organization: its users, IAM applications and API keys. Secrets are handed out
// once by issueKey(); their hashes find a key by its secret (X-Auth-Token), and the secrets
// themselves are kept in wiping buffers so that S3 can check SigV4 signatures made with them.
class ScalewayOrganization
{
public:
    explicit ScalewayOrganization(QString id);

    QString id() const { return m_id; }
    // Scaleway's default Project shares its id with the Organization.
    QString defaultProjectId() const { return m_id; }

    const ScalewayUser& addUser(const ScalewayUser& user);
    // The default Project ("default", the Organization's id) is there from the start.
    const ScalewayProject& addProject(const ScalewayProject& project);
    QList<const ScalewayProject*> projects() const; // in insertion order
    const ScalewayApplication& addApplication(const ScalewayApplication& application);
    const ScalewayUser* user(const QString& id) const;
    const ScalewayApplication* application(const QString& id) const;
    QList<const ScalewayUser*> users() const;               // in insertion order
    QList<const ScalewayApplication*> applications() const; // in insertion order
    int keyCountOf(const QString& bearerId) const;

    struct Issued
    {
        QByteArray secret; // a UUID; the caller shows it once and wipes it
        const ScalewayKey* key = nullptr;
    };
    // Gives `draft` a fresh access key and secret.
    Issued issueKey(ScalewayKey draft);
    // Gives `draft` a fresh access key and no usable secret (sample keys).
    const ScalewayKey* addKeyWithoutSecret(ScalewayKey draft);

    const ScalewayKey* key(const QString& accessKey) const;
    ScalewayKey* mutableKey(const QString& accessKey);
    const ScalewayKey* keyBySecret(QByteArrayView secret) const;
    // The secret S3 checks a signature with (providers.md B.3 "Scaleway Object Storage": the S3
    // key pair is access_key + secret_key). False for a key that is unknown, deleted or expired
    // at now; a sample key without a secret gives an empty one, which never matches.
    bool s3Secret(const QString& accessKey, const QDateTime& now, QByteArrayView* secret) const;
    bool removeKey(const QString& accessKey);
    QList<const ScalewayKey*> keys() const; // by access key
    int keyCount() const { return int(m_keys.size()); }

private:
    QString freshAccessKey() const;

    QString m_id;
    // Containers whose elements stay put as others are added, so pointers handed out stay valid.
    std::deque<ScalewayUser> m_users;
    std::deque<ScalewayApplication> m_applications;
    std::deque<ScalewayProject> m_projects;
    std::map<QString, ScalewayKey> m_keys;
    QHash<QByteArray, QString> m_accessKeyBySecretHash;
    std::map<QString, Secret> m_secrets; // by access key
};

} // namespace kw::sandbox

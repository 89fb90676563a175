#include "sandbox/scaleway/ScalewayOrganization.h"

#include "sandbox/SandboxCrypto.h"

namespace kw::sandbox {

using namespace Qt::StringLiterals;

ScalewayOrganization::ScalewayOrganization(QString id) : m_id(std::move(id))
{
    ScalewayProject project;
    project.id = m_id;
    project.name = u"default"_s;
    project.description = u"Default project"_s;
    m_projects.push_back(project);
}

const ScalewayProject& ScalewayOrganization::addProject(const ScalewayProject& project)
{
    return m_projects.emplace_back(project);
}

QList<const ScalewayProject*> ScalewayOrganization::projects() const
{
    QList<const ScalewayProject*> out;
    for (const ScalewayProject& project : m_projects)
        out << &project;
    return out;
}

const ScalewayUser& ScalewayOrganization::addUser(const ScalewayUser& user)
{
    return m_users.emplace_back(user);
}

const ScalewayApplication&
ScalewayOrganization::addApplication(const ScalewayApplication& application)
{
    return m_applications.emplace_back(application);
}

const ScalewayUser* ScalewayOrganization::user(const QString& id) const
{
    for (const ScalewayUser& candidate : m_users) {
        if (candidate.id.compare(id, Qt::CaseInsensitive) == 0)
            return &candidate;
    }
    return nullptr;
}

const ScalewayApplication* ScalewayOrganization::application(const QString& id) const
{
    for (const ScalewayApplication& candidate : m_applications) {
        if (candidate.id.compare(id, Qt::CaseInsensitive) == 0)
            return &candidate;
    }
    return nullptr;
}

QList<const ScalewayUser*> ScalewayOrganization::users() const
{
    QList<const ScalewayUser*> out;
    for (const ScalewayUser& user : m_users)
        out << &user;
    return out;
}

QList<const ScalewayApplication*> ScalewayOrganization::applications() const
{
    QList<const ScalewayApplication*> out;
    for (const ScalewayApplication& application : m_applications)
        out << &application;
    return out;
}

int ScalewayOrganization::keyCountOf(const QString& bearerId) const
{
    int count = 0;
    for (const auto& [accessKey, key] : m_keys) {
        if (key.bearerId == bearerId)
            ++count;
    }
    return count;
}

QString ScalewayOrganization::freshAccessKey() const
{
    for (;;) {
        // Upper-casing the mixed-case alphabet keeps every character within [A-Z0-9]; access
        // keys are identifiers, so the uneven weight of letters and digits does not matter.
        const QString candidate = u"SCW"_s + QString::fromLatin1(randomAlphanumeric(17).toUpper());
        if (m_keys.find(candidate) == m_keys.end())
            return candidate;
    }
}

ScalewayOrganization::Issued ScalewayOrganization::issueKey(ScalewayKey draft)
{
    Issued issued;
    issued.secret = randomUuid().toLatin1();
    draft.accessKey = freshAccessKey();
    draft.secretHash = sha256(issued.secret);
    m_accessKeyBySecretHash.insert(draft.secretHash, draft.accessKey);
    m_secrets.insert_or_assign(draft.accessKey, Secret::fromUtf8(issued.secret));
    const QString accessKey = draft.accessKey;
    issued.key = &m_keys.emplace(accessKey, std::move(draft)).first->second;
    return issued;
}

const ScalewayKey* ScalewayOrganization::addKeyWithoutSecret(ScalewayKey draft)
{
    draft.accessKey = freshAccessKey();
    draft.secretHash.clear();
    const QString accessKey = draft.accessKey;
    return &m_keys.emplace(accessKey, std::move(draft)).first->second;
}

const ScalewayKey* ScalewayOrganization::key(const QString& accessKey) const
{
    const auto found = m_keys.find(accessKey);
    return found == m_keys.end() ? nullptr : &found->second;
}

ScalewayKey* ScalewayOrganization::mutableKey(const QString& accessKey)
{
    const auto found = m_keys.find(accessKey);
    return found == m_keys.end() ? nullptr : &found->second;
}

const ScalewayKey* ScalewayOrganization::keyBySecret(QByteArrayView secret) const
{
    const auto found = m_accessKeyBySecretHash.constFind(sha256(secret));
    return found == m_accessKeyBySecretHash.constEnd() ? nullptr : key(*found);
}

bool ScalewayOrganization::s3Secret(const QString& accessKey, const QDateTime& now,
                                    QByteArrayView* secret) const
{
    const ScalewayKey* found = key(accessKey);
    if (!found || found->expiredAt(now))
        return false;
    const auto kept = m_secrets.find(accessKey);
    *secret = kept == m_secrets.end() ? QByteArrayView() : kept->second.view();
    return true;
}

bool ScalewayOrganization::removeKey(const QString& accessKey)
{
    const auto found = m_keys.find(accessKey);
    if (found == m_keys.end())
        return false;
    m_secrets.erase(accessKey);
    if (!found->second.secretHash.isEmpty())
        m_accessKeyBySecretHash.remove(found->second.secretHash);
    m_keys.erase(found);
    return true;
}

QList<const ScalewayKey*> ScalewayOrganization::keys() const
{
    QList<const ScalewayKey*> out;
    out.reserve(qsizetype(m_keys.size()));
    for (const auto& [accessKey, key] : m_keys)
        out << &key;
    return out;
}

} // namespace kw::sandbox

#include "sandbox/scaleway/ScalewaySamples.h"

#include "sandbox/SandboxCrypto.h"
#include "sandbox/scaleway/ScalewayOrganization.h"

#include <QRandomGenerator>
#include <array>

namespace kw::sandbox {

namespace {

using namespace Qt::StringLiterals;

constexpr qint64 day = 24 * 3600;

struct UserSample
{
    const char* firstName;
    const char* lastName;
    const char* username;
    int ageDays;
    int lastLoginDaysAgo; // -1: never logged in (invitation pending)
    bool mfa;
    const char* tag; // nullptr: none
};

const std::array<UserSample, 3> userSamples{{
    {"Jonas", "Weber", "jweber", 510, 2, true, "platform"},
    {"Priya", "Nair", "pnair", 210, 11, false, "data"},
    {"Tomas", "Ortega", "tortega", 3, -1, false, nullptr},
}};

struct ApplicationSample
{
    const char* name;
    const char* description;
    int ageDays;
    bool managed;
    const char* tag; // nullptr: none
};

const std::array<ApplicationSample, 3> applicationSamples{{
    {"ci-deploy", "Terraform and CI deployments", 420, false, "ci"},
    {"nightly-backup", "Copies database dumps to Object Storage", 300, false, "backup"},
    {"Serverless Containers", "Created by Scaleway Serverless Containers", 610, true, nullptr},
}};

const std::array<const char*, 12> descriptions{
    "Terraform state backend",
    "",
    "Laptop CLI",
    "Grafana metrics exporter",
    "Media bucket sync",
    "GitHub Actions deploy",
    "",
    "Nightly database dump upload",
    "Old key from the 2024 migration, to delete",
    "Kubernetes external-dns",
    "Log shipping to cold storage",
    "Staging smoke tests",
};

const std::array<const char*, 6> creationIps{
    "203.0.113.17", "198.51.100.4", "203.0.113.200", "2001:db8::4f", "198.51.100.77", "192.0.2.33",
};

const ScalewayUser* findUser(const ScalewayOrganization& organization, const QString& username)
{
    for (const ScalewayUser* user : organization.users()) {
        if (user->username == username)
            return user;
    }
    return nullptr;
}

const ScalewayApplication* findApplication(const ScalewayOrganization& organization,
                                           const QString& name)
{
    for (const ScalewayApplication* application : organization.applications()) {
        if (application->name == name)
            return application;
    }
    return nullptr;
}

void seedUsers(ScalewayOrganization& organization, const QDateTime& now)
{
    for (const UserSample& sample : userSamples) {
        const QString username = QString::fromUtf8(sample.username);
        if (findUser(organization, username))
            continue;
        ScalewayUser user;
        user.id = randomUuid();
        user.firstName = QString::fromUtf8(sample.firstName);
        user.lastName = QString::fromUtf8(sample.lastName);
        user.username = username;
        user.email = u"%1.%2@example.com"_s.arg(user.firstName, user.lastName).toLower();
        user.locale = u"en_US"_s;
        user.createdAt = now.addSecs(-sample.ageDays * day);
        user.updatedAt = user.createdAt.addSecs(sample.ageDays * day / 2);
        if (sample.lastLoginDaysAgo >= 0)
            user.lastLoginAt = now.addSecs(-sample.lastLoginDaysAgo * day);
        user.invitationPending = sample.lastLoginDaysAgo < 0;
        user.mfa = sample.mfa;
        if (sample.tag)
            user.tags << QString::fromUtf8(sample.tag);
        organization.addUser(user);
    }
}

void seedApplications(ScalewayOrganization& organization, const QDateTime& now)
{
    for (const ApplicationSample& sample : applicationSamples) {
        const QString name = QString::fromUtf8(sample.name);
        if (findApplication(organization, name))
            continue;
        ScalewayApplication application;
        application.id = randomUuid();
        application.name = name;
        application.description = QString::fromUtf8(sample.description);
        application.createdAt = now.addSecs(-sample.ageDays * day);
        application.updatedAt = application.createdAt.addSecs(day);
        application.managed = sample.managed;
        application.editable = !sample.managed;
        application.deletable = !sample.managed;
        if (sample.tag)
            application.tags << QString::fromUtf8(sample.tag);
        organization.addApplication(application);
    }
}

// The project's id; made the first time.
QString seedProject(ScalewayOrganization& organization, const QString& name, const QDateTime& now)
{
    for (const ScalewayProject* project : organization.projects()) {
        if (project->name == name)
            return project->id;
    }
    ScalewayProject project;
    project.id = randomUuid();
    project.name = name;
    project.description = u"Sample project"_s;
    project.createdAt = now.addSecs(-400 * day);
    project.updatedAt = project.createdAt;
    return organization.addProject(project).id;
}

} // namespace

void seedScalewaySamples(ScalewayOrganization& organization, const QString& ownUserId, int count,
                         const QDateTime& now, quint32 seed)
{
    seedUsers(organization, now);
    seedApplications(organization, now);

    // Users first, then applications.
    constexpr std::size_t applicationBearers = 5;
    const std::array<QString, 7> bearers{
        ownUserId,
        ownUserId,
        ownUserId,
        findUser(organization, u"jweber"_s)->id,
        findUser(organization, u"pnair"_s)->id,
        findApplication(organization, u"ci-deploy"_s)->id,
        findApplication(organization, u"nightly-backup"_s)->id,
    };
    const QString managedBearer = findApplication(organization, u"Serverless Containers"_s)->id;
    const std::array<QString, 3> projects{organization.defaultProjectId(),
                                          seedProject(organization, u"web-production"_s, now),
                                          seedProject(organization, u"data-lake"_s, now)};

    QRandomGenerator random(seed);
    for (int index = organization.keyCount(); index < count; ++index) {
        ScalewayKey key;
        const qint64 ageSeconds = random.bounded(1 * day, 730 * day);
        key.createdAt = now.addSecs(-ageSeconds);
        key.updatedAt =
            index % 3 == 0 ? key.createdAt : key.createdAt.addSecs(random.bounded(ageSeconds));
        const std::size_t bearer = std::size_t(index) % bearers.size();
        key.bearerType = bearer >= applicationBearers ? ScalewayBearerType::Application
                                                      : ScalewayBearerType::User;
        key.bearerId = bearers[bearer];
        key.description = QString::fromUtf8(descriptions[std::size_t(index) % descriptions.size()]);
        key.defaultProjectId = projects[std::size_t(index) % projects.size()];
        key.creationIp = QString::fromLatin1(creationIps[std::size_t(index) % creationIps.size()]);
        switch (index % 5) {
        case 0: // never
            break;
        case 1: // expired some time after it was made
            key.expiresAt = now.addSecs(-random.bounded(qint64(3600), ageSeconds));
            break;
        case 2:
            key.expiresAt = now.addSecs(3 * 3600);
            break;
        case 3:
            key.expiresAt = now.addSecs(20 * day);
            break;
        case 4:
            key.expiresAt = now.addSecs(365 * day);
            break;
        }
        // Products make their own keys: three of them, never expiring, out of the user's hands.
        if (index % 9 == 4 && index < 27) {
            key.bearerType = ScalewayBearerType::Application;
            key.bearerId = managedBearer;
            key.description = u"Managed by Serverless Containers (registry pull)"_s;
            key.expiresAt.reset();
            key.managed = true;
            key.editable = false;
            key.deletable = false;
        }
        organization.addKeyWithoutSecret(std::move(key));
    }
}

} // namespace kw::sandbox

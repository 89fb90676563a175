#include "sandbox/coreweave/CoreWeaveSamples.h"

#include "sandbox/coreweave/CoreWeaveAccessKeys.h"

#include <QRandomGenerator>
#include <QStringList>
#include <algorithm>
#include <array>
#include <vector>

namespace kw::sandbox {

namespace {

using namespace Qt::StringLiterals;

constexpr qint64 hour = 3600;
constexpr qint64 day = 24 * hour;

const std::array<const char*, 10> names{
    "training-data-sync", "checkpoint-writer", "ci-artifacts", "nightly-backup", "inference-cache",
    "jupyter-notebook",   "dataset-ingest",    "eval-results", "log-archive",    "model-registry",
};

enum class Kind
{
    Permanent,
    ExpiresInHours,
    ExpiresInMinutes,
    ExpiredToday,
};

Kind pickKind(QRandomGenerator& random)
{
    const int roll = int(random.bounded(100));
    if (roll < 60)
        return Kind::Permanent;
    if (roll < 80)
        return Kind::ExpiresInHours;
    if (roll < 88)
        return Kind::ExpiresInMinutes;
    return Kind::ExpiredToday;
}

qint64 pickDuration(QRandomGenerator& random)
{
    static constexpr std::array<qint64, 5> durations{hour, 4 * hour, 6 * hour, 12 * hour,
                                                     12 * hour};
    return durations[random.bounded(int(durations.size()))];
}

qint64 randomSeconds(QRandomGenerator& random, qint64 from, qint64 to) // [from, to)
{
    return from + qint64(random.bounded(quint64(to - from)));
}

} // namespace

QStringList coreWeaveSamplePrincipals()
{
    return {u"coreweave/ml-training@example.com"_s, u"coreweave/ueqXfgRCYGqptEXAMPLE1"_s,
            u"coreweave/contractor@example.com"_s};
}

void seedCoreWeaveSamples(CoreWeaveAccessKeys& keys, const QString& adminPrincipal, int count,
                          const QDateTime& now, quint32 seed)
{
    const QStringList others = coreWeaveSamplePrincipals();
    const QStringList principals{adminPrincipal, others[0], others[1], others[2]};
    // Admin 40 %, the data team 30 %, CI 20 %, the suspended contractor 10 %.
    static constexpr std::array<int, 10> principalByRoll{0, 0, 0, 0, 1, 1, 1, 2, 2, 3};
    QRandomGenerator random(seed);
    struct Plan
    {
        int principal = 0;
        qint64 duration = 0;
        QMap<QString, QString> attributes;
        QDateTime createdAt;
    };
    std::vector<Plan> plans;
    plans.reserve(std::size_t(std::max(0, count)));

    for (int i = 0; i < count; ++i) {
        // The first four keys cover every principal, so even a small sample shows them all.
        const int principal = i < 4 ? i : principalByRoll[random.bounded(10)];
        const Kind kind = i < 4 ? std::array{Kind::Permanent, Kind::ExpiresInHours,
                                             Kind::ExpiredToday, Kind::Permanent}[i]
                                : pickKind(random);

        QMap<QString, QString> attributes;
        if (const int roll = int(random.bounded(int(names.size()) + 3)); roll < int(names.size()))
            attributes.insert(u"name"_s, QString::fromLatin1(names[roll]));

        qint64 duration = 0;
        QDateTime createdAt;
        switch (kind) {
        case Kind::Permanent:
            createdAt = now.addSecs(-randomSeconds(random, hour, 2 * 365 * day));
            break;
        case Kind::ExpiresInHours: {
            duration = pickDuration(random);
            const qint64 remaining = randomSeconds(random, 10 * 60, duration);
            createdAt = now.addSecs(remaining - duration);
            break;
        }
        case Kind::ExpiresInMinutes: {
            duration = pickDuration(random);
            const qint64 remaining = randomSeconds(random, 60, 50 * 60);
            createdAt = now.addSecs(remaining - duration);
            break;
        }
        case Kind::ExpiredToday: {
            duration = pickDuration(random);
            const qint64 expiredAgo = randomSeconds(random, 60, 23 * hour);
            createdAt = now.addSecs(-expiredAgo - duration);
            break;
        }
        }
        plans.push_back({principal, duration, std::move(attributes), createdAt});
    }
    // Issued oldest first, so each key goes at the end of the list kept in creation order (in
    // draw order, ten thousand keys took a second of moving the list about).
    std::stable_sort(plans.begin(), plans.end(),
                     [](const Plan& a, const Plan& b) { return a.createdAt < b.createdAt; });
    for (const Plan& plan : plans) {
        CoreWeaveAccessKeys::Issued issued =
            keys.issue(principals[plan.principal], plan.duration, plan.attributes, plan.createdAt);
        issued.secretKey.fill('\0');
    }
    keys.setPrincipalStatus(principals[3], CoreWeaveKeyStatus::Suspended, now);
}

} // namespace kw::sandbox

#include "sandbox/wasabiair/WasabiAirSamples.h"

#include "sandbox/wasabiair/WasabiAirAccount.h"

#include <QList>
#include <algorithm>
#include <array>
#include <cmath>

namespace kw::sandbox {

namespace {

using namespace Qt::StringLiterals;

constexpr std::array names{
    "Slack integration",      "Nightly ingest",      "CI pipeline",
    "Media tagging worker",   "Search indexer",      "Archive audit",
    "Legacy upload script",   "Transcription batch", "Partner export",
    "Analytics dashboard",    "Backup verification", "Face detection - test",
    "Marketing asset sync",   "Compliance report",   "Staging smoke tests",
    "Video QC bot",           "Podcast metadata",    "Data science notebook",
    "Broadcast archive sync", "Thumbnail generator",
};

constexpr qint64 microsecondsPerMinute = 60'000'000;

struct Plan
{
    qint64 createdUs = 0;
    qint64 updatedUs = 0; // == createdUs: never changed
    QString name;         // empty: the server's default name
    bool active = true;
};

} // namespace

void seedAirSampleKeys(WasabiAirAccount& account, int count, const QDateTime& now)
{
    if (count <= 0)
        return;
    const qint64 nowUs = now.toMSecsSinceEpoch() * 1000;
    QList<Plan> plans;
    std::size_t named = 0;
    for (int i = 0; i < count; ++i) {
        // Spread 0..1 in a shuffled order, squared so that recent keys are the common case;
        // from a day or two to two years old.
        const double t = count == 1 ? 0.5 : double((i * 7) % count) / double(count - 1);
        const qint64 ageMinutes =
            qint64(std::llround((2.0 + 728.0 * t * t) * 24 * 60)) - (i * 97) % (24 * 60);
        Plan plan;
        plan.createdUs =
            nowUs - ageMinutes * microsecondsPerMinute + qint64((i * 104'729) % 1'000'000);
        plan.active = i % 5 != 3;
        if (i % 3 != 1)
            plan.name = QString::fromUtf8(names[named++ % names.size()]);
        // Disabled keys were changed when they were disabled; every fourth key was renamed.
        const qint64 age = nowUs - plan.createdUs;
        if (!plan.active)
            plan.updatedUs = plan.createdUs + age / 2;
        else if (i % 4 == 0)
            plan.updatedUs = plan.createdUs + age / 3;
        else
            plan.updatedUs = plan.createdUs;
        plans.append(plan);
    }
    std::sort(plans.begin(), plans.end(),
              [](const Plan& a, const Plan& b) { return a.createdUs < b.createdUs; });

    for (const Plan& plan : plans) {
        const AirKey& key = account.create(plan.name, plan.createdUs);
        if (plan.updatedUs != plan.createdUs || !plan.active)
            account.update(key.id, std::nullopt, plan.active, plan.updatedUs);
    }
}

} // namespace kw::sandbox

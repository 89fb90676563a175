#include "sandbox/wayscloud/WaysCloudSamples.h"

#include "sandbox/wayscloud/WaysCloudAccount.h"

#include <algorithm>
#include <array>

namespace kw::sandbox {

namespace {

using namespace Qt::StringLiterals;

struct Sample
{
    const char* name;
    const char* description;                   // nullptr: none
    std::initializer_list<const char*> scopes; // one service with both: a service key
    std::initializer_list<const char*> whitelist;
    int ageDays;
    int lastUsedHoursAgo; // -1: never used
};

const std::array<Sample, 30> samples{{
    {"Legacy upload script",
     "Replaced by the CI pipeline; candidate for removal",
     {"storage:read", "storage:write"},
     {},
     400,
     24 * 240},
    {"Ops break-glass",
     "Full access for the on-call engineer",
     {"storage:read", "storage:write", "llm:read", "llm:write", "database:read", "database:write",
      "dns:read", "dns:write", "gpu:read", "gpu:write"},
     {"203.0.113.7"},
     200,
     24 * 150},
    {"Production Storage API",
     "Used by production web app for image storage",
     {"storage:read", "storage:write"},
     {"203.0.113.42"},
     120,
     2},
    {"CI/CD pipeline",
     "CI/CD pipeline database provisioning and DNS updates",
     {"database:read", "database:write", "dns:read", "dns:write"},
     {"203.0.113.0/24", "2001:db8:1234::/48"},
     91,
     3},
    {"DNS automation", nullptr, {"dns:read", "dns:write"}, {}, 89, -1},
    {"Development LLM Testing",
     "Personal scripts for LLM experiments",
     {"llm:read", "llm:write"},
     {},
     45,
     24 * 40},
    {"Backup Script Database Access",
     "Nightly dump to cold storage",
     {"database:read", "database:write"},
     {"198.51.100.0/24"},
     30,
     20},
    {"GPU transcription worker",
     "Video transcription queue",
     {"gpu:read", "gpu:write"},
     {"2001:db8::10"},
     21,
     6},
    {"Zone export",
     "Weekly zone export to object storage",
     {"dns:read", "storage:read", "storage:write"},
     {"2001:db8:abcd::/48"},
     14,
     24 * 7},
    {"Analytics read-only",
     "Read-only access for the analytics team",
     {"storage:read", "database:read"},
     {},
     10,
     -1},
    {"Chatbot backend",
     "Customer support assistant",
     {"llm:read", "llm:write"},
     {"198.51.100.64/26", "203.0.113.42"},
     5,
     1},
    {"Staging web app",
     "Staging environment uploads",
     {"storage:read", "storage:write"},
     {"203.0.113.42", "198.51.100.10"},
     2,
     -1},
    // Beyond the first dozen: what a busier account looks like (keywarden --sandbox seeds 30).
    {"Invoice archive uploads", "Accounting exports, monthly", {"storage:write"}, {}, 33, 24 * 12},
    {"Marketing site CDN sync",
     "Pushes the static site to object storage",
     {"storage:read", "storage:write"},
     {"198.51.100.20", "198.51.100.21"},
     150,
     5},
    {"Support ticket summariser", "Summarises incoming tickets", {"llm:read"}, {}, 64, 2},
    {"Terraform state backend",
     "Remote state for the infrastructure repo",
     {"storage:read", "storage:write", "dns:read", "dns:write"},
     {"203.0.113.0/24"},
     260,
     24},
    {"Reporting replica reader", nullptr, {"database:read"}, {"10.20.0.0/16"}, 72, 8},
    {"Customer DB migrations",
     "Schema migrations from the deploy job",
     {"database:read", "database:write"},
     {"203.0.113.50"},
     18,
     48},
    {"Mail DNS records", "SPF, DKIM and DMARC updates", {"dns:write"}, {}, 310, 24 * 90},
    {"Let's Encrypt DNS-01",
     "ACME challenges for wildcard certificates",
     {"dns:write"},
     {"203.0.113.8", "2001:db8:5::8"},
     95,
     24 * 30},
    {"Image thumbnailer",
     "Resizes uploads on the GPU pool",
     {"gpu:write", "storage:read"},
     {"2001:db8:42::/64"},
     40,
     1},
    {"Speech-to-text pilot",
     "Evaluation with the media team",
     {"gpu:read", "gpu:write"},
     {},
     120,
     -1},
    {"Embeddings indexer",
     "Builds the search index nightly",
     {"llm:read", "database:write"},
     {"198.51.100.0/25"},
     27,
     20},
    {"Mobile app uploads", "Avatar and photo uploads from the apps", {"storage:write"}, {}, 8, 1},
    {"Data warehouse loader",
     "ETL from production into the warehouse",
     {"database:read", "storage:write"},
     {"10.30.4.0/24"},
     180,
     12},
    {"Partner API gateway",
     "Proxies partner requests to the LLM",
     {"llm:read", "llm:write"},
     {"203.0.113.200", "203.0.113.201", "203.0.113.202"},
     86,
     0},
    {"Disaster recovery drill",
     "Quarterly restore test",
     {"storage:read", "database:read"},
     {},
     700,
     24 * 360},
    {"Grafana metrics exporter", nullptr, {"database:read"}, {"198.51.100.77"}, 55, 1},
    {"Old monitoring probe",
     "No longer used; the probe moved to the new stack",
     {"dns:read"},
     {},
     530,
     -1},
    {"QA load test",
     "Temporary key for the load-test week",
     {"llm:read", "storage:read"},
     {"203.0.113.128/25"},
     3,
     -1},
}};

KeyRequest requestFor(const Sample& sample, int round)
{
    KeyRequest request;
    request.name = QString::fromUtf8(sample.name);
    if (round > 0)
        request.name += u" (%1)"_s.arg(round + 1);
    if (sample.description)
        request.description = QString::fromUtf8(sample.description);
    for (const char* text : sample.scopes) {
        const QStringList parts = QString::fromLatin1(text).split(u':');
        const Scope scope{*serviceFromId(parts[0]), parts[1] == u"write"_s};
        request.scopes.append(scope);
    }
    const bool oneService =
        std::all_of(request.scopes.cbegin(), request.scopes.cend(), [&](const Scope& scope) {
            return scope.service == request.scopes.first().service;
        });
    if (oneService)
        request.service = request.scopes.first().service;
    for (const char* entry : sample.whitelist) {
        const QString text = QString::fromLatin1(entry);
        request.ipWhitelistText.append(text);
        request.ipWhitelist.append(*WaysCloudIpNetwork::parse(text));
    }
    return request;
}

} // namespace

void seedWaysCloudSamples(WaysCloudAccount& account, int count, const QDateTime& now)
{
    for (int i = 0; i < count; ++i) {
        const Sample& sample = samples[std::size_t(i) % samples.size()];
        const int round = i / int(samples.size());
        // Later rounds are a little older, so every key has its own creation time.
        const QDateTime created = now.addDays(-sample.ageDays - round).addSecs(-37 * 60 * i);
        WaysCloudAccount::Issued issued = account.issue(requestFor(sample, round), created);
        issued.token.fill('\0');
        if (sample.lastUsedHoursAgo >= 0)
            account.setLastUsed(
                issued.key->id,
                std::max(created, now.addSecs(-3600LL * sample.lastUsedHoursAgo - 60 * (i % 50))));
    }
}

} // namespace kw::sandbox

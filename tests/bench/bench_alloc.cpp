// Benchmark, not a test: what the scrubbing allocator (core/ScrubbingAlloc.h) costs. The same
// work runs with scrubbing on and off in one process, alternating, medians of several runs:
//
//   ./build-ci/tests/bench_alloc [key-count (10000)]
//
// - json: a provider-style list answer of N keys serialised, parsed and dropped (QJsonDocument),
//   the heaviest allocation pattern the console has;
// - strings: 200 000 short QStrings (the size of a key id or a token) made and freed;
// - objects: 200 000 small objects new'ed and deleted;
// - grow: a QByteArray grown byte by byte to 1 MiB (every realloc that moves scrubs the old
//   block).
// Prints `name: value unit` lines, and `scrub alloc cost: X %` for the json work.
#include "core/ScrubbingAlloc.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int Runs = 9;

double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

template <typename F> double timeOnceMs(F&& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

// Runs work alternately without and with scrubbing; prints both medians and the cost.
template <typename F> double compare(const char* name, F&& work)
{
    std::vector<double> plain;
    std::vector<double> scrubbed;
    for (int run = 0; run < Runs; ++run) {
        kw::setScrubbingEnabled(false);
        plain.push_back(timeOnceMs(work));
        kw::setScrubbingEnabled(true);
        scrubbed.push_back(timeOnceMs(work));
    }
    const double plainMs = median(plain);
    const double scrubbedMs = median(scrubbed);
    const double cost = (scrubbedMs / plainMs - 1.0) * 100.0;
    std::printf("%s plain: %.2f ms\n%s scrubbed: %.2f ms\n%s cost: %.1f %%\n", name, plainMs, name,
                scrubbedMs, name, cost);
    return cost;
}

QByteArray listAnswer(int keys)
{
    QJsonArray items;
    for (int i = 0; i < keys; ++i) {
        QJsonObject key;
        key.insert(u"id"_s, QString::number(100000 + i));
        key.insert(u"name"_s, u"Backup script storage %1"_s.arg(i));
        key.insert(u"prefix"_s, u"wayscloud_pat_%1"_s.arg(i, 6, 16, QLatin1Char('0')));
        key.insert(u"services"_s, QJsonArray{u"storage"_s, u"dns"_s});
        key.insert(u"created_at"_s, u"2026-01-01T00:00:00Z"_s);
        key.insert(u"ip_whitelist"_s, QJsonArray{u"127.0.0.1"_s, u"198.51.100.0/24"_s});
        items.append(key);
    }
    return QJsonDocument(QJsonObject{{u"items"_s, items}}).toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int keys = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 10000;
    if (!kw::scrubbingAllocatorActive()) {
        std::printf("scrub alloc: compiled out in this build (sanitizer)\n");
        return 0;
    }
    const QByteArray answer = listAnswer(keys);
    std::printf("keys: %d\nanswer: %lld KiB\n", keys, qlonglong(answer.size() / 1024));

    const double json = compare("json", [&answer] {
        QByteArray copy = answer;
        copy.detach();
        const QJsonDocument document = QJsonDocument::fromJson(copy);
        qsizetype total = 0;
        for (const auto& item : document.object().value(u"items"_s).toArray())
            total += item.toObject().value(u"name"_s).toString().size();
        if (total == 0)
            std::printf("unexpected: empty parse\n");
    });
    compare("strings", [] {
        for (int i = 0; i < 200000; ++i) {
            QString text = u"wayscloud_pat_0123456789abcdef%1"_s.arg(i);
            if (text.isEmpty())
                std::printf("unexpected\n");
        }
    });
    compare("objects", [] {
        struct Small
        {
            char bytes[48];
        };
        // kept until the end, so the compiler cannot elide the new/delete pairs
        std::vector<std::unique_ptr<Small>> objects;
        objects.reserve(200000);
        for (int i = 0; i < 200000; ++i) {
            objects.push_back(std::make_unique<Small>());
            objects.back()->bytes[0] = char(i);
        }
        objects.clear();
    });
    compare("grow", [] {
        QByteArray bytes;
        for (int i = 0; i < (1 << 20); ++i)
            bytes.append(char(i));
    });
    std::printf("scrub alloc cost: %.1f %%\n", json);
    return 0;
}

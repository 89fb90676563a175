// Benchmark, not a test: how long the drift file (console/KeyDrift) takes to write on the thread
// that asks for it, for one account of key-count keys (100 000 by default). The window asks on
// its GUI thread: before each revoke (noteRevoking), on Mark as seen (acknowledge), and after a
// list that changed what it remembers (update). Prints medians, one figure a line
// (`name: value unit`); the machine is shared, so read the figures beside `uptime`.
//
//   ./build/tests/bench_drift [key-count]
#include "console/KeyDrift.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

namespace {

using namespace Qt::StringLiterals;

constexpr int Runs = 9;

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

// Median wall and processor time of work(run), run = 0 .. Runs-1; before each run, untimed,
// settle().
template <typename F>
std::pair<double, double> timeMs(F&& work, const std::function<void()>& settle = {})
{
    std::vector<double> wall;
    std::vector<double> cpu;
    for (int run = 0; run < Runs; ++run) {
        if (settle)
            settle();
        const double cpuBefore = threadCpuMs();
        QElapsedTimer timer;
        timer.start();
        work(run);
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(threadCpuMs() - cpuBefore);
    }
    return {median(wall), median(cpu)};
}

QList<kw::ApiKey> keysOf(int count)
{
    QList<kw::ApiKey> keys;
    keys.reserve(count);
    const QDateTime created(QDate(2025, 3, 1), QTime(9, 30), Qt::UTC);
    for (int i = 0; i < count; ++i) {
        kw::ApiKey key;
        key.id = u"0f7c2d1e-5a6b-4c3d-8e9f-%1"_s.arg(i, 12, 10, QLatin1Char('0'));
        key.name = u"Bench key %1"_s.arg(i);
        key.prefix = u"wayscloud_storage_bench%1"_s.arg(i);
        key.principal = u"user-%1"_s.arg(i % 50);
        key.created = created.addSecs(qint64(i) * 60);
        keys.append(key);
    }
    return keys;
}

void report(QTextStream& out, const QString& name, int count, std::pair<double, double> figures)
{
    out << name << ' ' << count << ": " << figures.first << " ms\n";
    out << name << " cpu " << count << ": " << figures.second << " ms\n";
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, atoi(argv[1])) : 100000;
    QTextStream out(stdout);
    out << "runs: " << Runs << " (figures are medians)\n";
    QTemporaryDir dir;
    kw::KeyDrift drift(dir.path());
    const QString account = u"bench-account"_s;
    const QList<kw::ApiKey> keys = keysOf(count);
    drift.update(account, keys); // the baseline: every key seen
    const QFileInfo file(QDir(dir.path()).entryInfoList({u"drift-*.json"_s}).value(0));
    out << "drift file " << count << ": " << file.size() / 1024 << " KiB\n";

    // A revoke notes its key first: one write of what is remembered, the GUI thread waiting.
    report(out, u"drift write (noteRevoking)"_s, count,
           timeMs([&](int run) { drift.noteRevoking(account, keys.at(run).id); }));
    // Its failure withdraws the note: the same write again.
    report(out, u"drift write (noteRevokeFailed)"_s, count,
           timeMs([&](int run) { drift.noteRevokeFailed(account, keys.at(run).id); }));
    // The window writes off its GUI thread: what the thread still waits for. Each run starts
    // with no write running, as a lone revoke would.
    drift.setWritesOffThread(true);
    report(out, u"drift write off-thread (noteRevoking)"_s, count,
           timeMs([&](int run) { drift.noteRevoking(account, keys.at(run).id); },
                  [&] { drift.waitForWrites(); }));
    QElapsedTimer burst;
    burst.start();
    for (int run = 0; run < Runs; ++run)
        drift.noteRevokeFailed(account, keys.at(run).id);
    // Runs changes at once: the calling thread's time, then until the last is on disk.
    out << "drift write off-thread burst calling thread " << count << ": "
        << double(burst.nsecsElapsed()) / 1e6 << " ms\n";
    drift.waitForWrites();
    out << "drift write off-thread burst on disk " << count << ": "
        << double(burst.nsecsElapsed()) / 1e6 << " ms\n";
    drift.setWritesOffThread(false);
    // The list after every load: compared, and written only when it changed.
    report(out, u"drift update unchanged"_s, count,
           timeMs([&](int) { drift.update(account, keys); }));
    out.flush();
    return 0;
}

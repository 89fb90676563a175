// Benchmark, not a test: how long the console takes to read, show, filter and sort one account's
// keys, and how much memory they take, at 10 000 keys and at key-count (100 000 by default).
// Prints medians of several runs, one figure a line (`name: value unit`); the machine is shared,
// so read the figures beside `uptime`.
//
//   ./build/tests/bench_keys [key-count]
#include "providers/JsonHelpers.h"
#include "providers/WaysCloudJson.h"
#include "ui/KeyFilterProxy.h"
#include "ui/KeyTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>
#include <QUuid>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <malloc.h>
#include <nlohmann/json.hpp>
#include <vector>

namespace {

constexpr int Runs = 7;

double medianMs(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

template <typename F> double timeMs(F&& work)
{
    std::vector<double> samples;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return medianMs(std::move(samples));
}

// Bytes the heap holds now (glibc): unlike the resident size, it goes down when memory is freed.
qint64 heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks) + qint64(info.hblkhd);
}

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

long residentKiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLong() * 4 : -1; // pages of 4 KiB
}

// A WAYSCloud list answer of `count` keys with the variety of real accounts.
QByteArray listBody(int count)
{
    const char* services[] = {"storage", "llm-api", "database", "dns", "gpu"};
    QRandomGenerator random(42);
    nlohmann::json keys = nlohmann::json::array();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < count; ++i) {
        const char* service = services[random.bounded(5)];
        const QDateTime created = now.addSecs(-qint64(random.bounded(700 * 24)) * 3600);
        nlohmann::json whitelist = nlohmann::json::array();
        if (i % 3 == 0)
            whitelist.push_back("203.0.113." + std::to_string(i % 250));
        if (i % 7 == 0)
            whitelist.push_back("198.51.100.0/24");
        keys.push_back({
            {"id", QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString()},
            {"name", "Bench key " + std::to_string(i)},
            {"key_prefix", std::string("wayscloud_") + service + "_bench" + std::to_string(i)},
            {"key_type", "service"},
            {"service", service},
            {"scopes", {std::string(service) + ":read"}},
            {"description", i % 2 ? "nightly job" : "web app"},
            {"ip_whitelist", whitelist},
            {"is_active", true},
            {"created_at", created.toString(Qt::ISODate).toStdString()},
            {"last_used_at", i % 4 ? nlohmann::json(now.toString(Qt::ISODate).toStdString())
                                   : nlohmann::json(nullptr)},
        });
    }
    const std::string text = keys.dump();
    return QByteArray(text.data(), qsizetype(text.size()));
}

// Worst keystroke of a word typed letter by letter and then cleared, as the window's filter box
// sends it, on a proxy sorted by name as the window's table is. worstCpu: the same in the
// thread's processor time.
double worstKeystrokeMs(kw::KeyFilterProxy& proxy, const QString& word, double* worstCpu)
{
    double worst = 0;
    for (qsizetype typed = 1; typed <= word.size() + 1; ++typed) {
        const QString text = typed <= word.size() ? word.left(typed) : QString();
        const double cpuBefore = threadCpuMs();
        QElapsedTimer timer;
        timer.start();
        proxy.setFilterText(text);
        (void)proxy.rowCount();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        const double cpu = threadCpuMs() - cpuBefore;
        if (qEnvironmentVariableIsSet("KW_BENCH_TRACE"))
            QTextStream(stdout) << "  keystroke \"" << text << "\": " << ms << " ms, cpu " << cpu
                                << " ms\n";
        worst = std::max(worst, ms);
        *worstCpu = std::max(*worstCpu, cpu);
    }
    return worst;
}

// Runs the event loop, as while a user looks at the list, until the model has made every row's
// search text ahead. Returns how long that took; longestMs: the longest pass of the event loop,
// the longest the GUI thread was held by one slice.
double waitForSearchTexts(const kw::KeyTableModel& model, double* longestMs)
{
    QElapsedTimer total;
    total.start();
    while (!model.searchTextsReady()) {
        QElapsedTimer pass;
        pass.start();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        *longestMs = std::max(*longestMs, double(pass.nsecsElapsed()) / 1e6);
    }
    return double(total.nsecsElapsed()) / 1e6;
}

void benchmark(int count, QTextStream& out)
{
    const qint64 heapBefore = heapInUse();
    QByteArray body = listBody(count);
    out << "list body " << count << ": " << body.size() / 1024 << " KiB\n";

    QList<kw::ApiKey> keys;
    std::vector<double> parseCpu;
    const double parse = timeMs([&] {
        const double cpuBefore = threadCpuMs();
        QString error;
        keys = *kw::wayscloud::parseKeyList(body, &error);
        parseCpu.push_back(threadCpuMs() - cpuBefore);
    });
    // On a shared machine the processor time says what the parse costs when it has a core.
    out << "parse " << count << ": " << parse << " ms\n";
    if (qEnvironmentVariableIsSet("KW_BENCH_TRACE")) {
        std::vector<double> domOnly;
        for (int run = 0; run < Runs; ++run) {
            const double before = threadCpuMs();
            {
                const kw::jsonio::json document = kw::jsonio::parse(body);
            }
            domOnly.push_back(threadCpuMs() - before);
        }
        out << "  parse cpu, JSON document alone (built and freed): " << medianMs(domOnly)
            << " ms\n";
    }
    out << "parse cpu " << count << ": " << medianMs(parseCpu) << " ms\n";
    body.clear();
    body.squeeze();
    const bool trace = qEnvironmentVariableIsSet("KW_BENCH_TRACE");
    const auto heapNote = [&](const char* what) {
        if (trace)
            out << "  heap " << what << ": " << double(heapInUse() - heapBefore) / 1024.0 / count
                << " KiB a key\n";
    };
    heapNote("parsed keys");

    kw::KeyTableModel model;
    kw::KeyFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(kw::KeyTableModel::NameColumn, Qt::AscendingOrder); // as the window does
    // Each run starts from an empty model, so no run can short-cut an unchanged list.
    const double load = timeMs([&] {
        model.setKeys({});
        model.setKeys(keys);
        (void)proxy.rowCount(); // the proxy maps lazily: a view asks for this at once
    });
    heapNote("keys in the model");
    out << "model load " << count << ": " << load << " ms\n";

    // The first keystroke after a load, once the model has made the search texts ahead (in
    // slices while the event loop is idle); the ones after reuse what it found.
    std::vector<double> firsts;
    std::vector<double> ahead;
    double longestSlice = 0;
    for (int run = 0; run < Runs; ++run) {
        model.setKeys(keys);
        (void)proxy.rowCount();
        ahead.push_back(waitForSearchTexts(model, &longestSlice));
        QElapsedTimer timer;
        timer.start();
        proxy.setFilterText(QString::number(run));
        (void)proxy.rowCount();
        firsts.push_back(double(timer.nsecsElapsed()) / 1e6);
        proxy.setFilterText(QString());
    }
    const double firstKey = medianMs(firsts);
    std::vector<double> worst;
    std::vector<double> worstCpu;
    int shown = 0;
    for (int run = 0; run < Runs; ++run) {
        // A different text every run: the proxy must really filter each time.
        const QString word = QStringLiteral("storage 203.0.113.%1").arg(run + 1);
        proxy.setFilterText(word);
        shown = proxy.rowCount();
        proxy.setFilterText(QString());
        double cpu = 0;
        worst.push_back(worstKeystrokeMs(proxy, word, &cpu));
        worstCpu.push_back(cpu);
    }
    heapNote("with search texts");
    if (trace)
        out << "  search text: " << model.foldedSearchText(1).size()
            << " bytes: " << QString::fromUtf8(model.foldedSearchText(1)).replace(u'\n', u'|')
            << "\n";
    out << "search texts ahead " << count << ": " << medianMs(ahead)
        << " ms (after a load, made while the event loop is idle; longest slice " << longestSlice
        << " ms)\n";
    out << "filter first keystroke " << count << ": " << firstKey << " ms\n";
    out << "filter keystroke " << count << ": " << medianMs(worst) << " ms (worst of a typed word, "
        << shown << " rows kept)\n";
    out << "filter keystroke cpu " << count << ": " << medianMs(worstCpu) << " ms\n";

    // Sorting from rows just loaded, so nothing a previous run worked out is reused.
    std::vector<double> sorts;
    for (int run = 0; run < Runs; ++run) {
        model.setKeys(keys);
        (void)proxy.rowCount();
        QElapsedTimer timer;
        timer.start();
        proxy.sort(kw::KeyTableModel::AgeColumn, Qt::DescendingOrder);
        proxy.sort(kw::KeyTableModel::NameColumn, Qt::AscendingOrder);
        sorts.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    heapNote("sorted");
    out << "sort " << count << ": " << medianMs(sorts) << " ms (by age, then by name)\n";

    // An account's rows arriving in a fleet already sorted by name: the model and the proxy take
    // 2500 new rows, as the window does at each account that finishes loading.
    {
        constexpr int Added = 2500;
        QList<kw::ApiKey> more = keys.mid(0, std::min<qsizetype>(Added, keys.size()));
        for (kw::ApiKey& key : more)
            key.id += QStringLiteral("-more");
        kw::KeyTableModel fleet;
        kw::KeyFilterProxy fleetProxy;
        fleetProxy.setSourceModel(&fleet);
        fleetProxy.sort(kw::KeyTableModel::NameColumn, Qt::AscendingOrder);
        std::vector<double> appends;
        for (int run = 0; run < Runs; ++run) {
            fleet.setKeys({});
            fleet.setAccountKeys(QStringLiteral("base"), keys);
            (void)fleetProxy.rowCount();
            QElapsedTimer timer;
            timer.start();
            fleet.setAccountKeys(QStringLiteral("more"), more);
            (void)fleetProxy.rowCount();
            appends.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        out << "append " << more.size() << " to " << count << ": " << medianMs(appends)
            << " ms (model + proxy, sorted by name)\n";
    }

    // Render every visible cell's text once, as a view would while scrolling through.
    const double render = timeMs([&] {
        for (int row = 0; row < proxy.rowCount(); ++row)
            for (int column = 0; column < proxy.columnCount(); ++column)
                (void)proxy.index(row, column).data(Qt::DisplayRole);
    });
    heapNote("cells shown");
    out << "display text " << count << ": " << render << " ms (all cells)\n";

    // What stays once the list is shown: the model's rows, their search texts and sort ranks.
    proxy.setFilterText(QStringLiteral("s"));
    heapNote("filtered");
    proxy.setFilterText(QString());
    heapNote("filter cleared");
    keys = QList<kw::ApiKey>(); // clear() would give the shared list a new buffer of its capacity
    const qint64 held = heapInUse() - heapBefore;
    out << "memory per key " << count << ": " << double(held) / 1024.0 / count << " KiB\n";
    out.flush();
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, atoi(argv[1])) : 100000;
    QTextStream out(stdout);
    out << "runs: " << Runs << " (figures are medians)\n";
    const long residentBefore = residentKiB();
    if (count != 10000)
        benchmark(10000, out);
    benchmark(count, out);
    out << "resident memory growth: " << (residentKiB() - residentBefore) / 1024
        << " MiB (the most the process held at once stays resident)\n";
    return 0;
}

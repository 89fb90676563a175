// Benchmark, not a test: how long the console takes to read, show, filter and sort 10 000 keys,
// and how much memory they take. Prints medians of several runs; the machine is shared, so read
// the figures as orders of magnitude and compare ratios, not single numbers.
//
//   ./build/tests/bench_keys [key-count]
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

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, atoi(argv[1])) : 10000;
    QTextStream out(stdout);

    const long baseKiB = residentKiB();
    const QByteArray body = listBody(count);
    out << "keys: " << count << ", list body: " << body.size() / 1024 << " KiB\n";

    QList<kw::ApiKey> keys;
    const double parse = timeMs([&] {
        QString error;
        keys = *kw::wayscloud::parseKeyList(body, &error);
    });
    out << "parse list JSON:        " << parse << " ms (median of " << Runs << ")\n";

    kw::KeyTableModel model;
    kw::KeyFilterProxy proxy;
    proxy.setSourceModel(&model);
    // Each run starts from an empty model, so no run can short-cut an unchanged list.
    const double load = timeMs([&] {
        model.setKeys({});
        model.setKeys(keys);
        (void)proxy.rowCount(); // the proxy maps lazily: a view asks for this at once
    });
    out << "load into table model:  " << load << " ms\n";

    int round = 0;
    int shown = 0;
    const double filter = timeMs([&] {
        // A different text every run: the proxy must really filter each time.
        proxy.setFilterText(QStringLiteral("storage 203.0.113.%1").arg(++round));
        shown = proxy.rowCount();
        proxy.setFilterText(QString());
        (void)proxy.rowCount();
    });
    out << "filter + clear:         " << filter << " ms  (" << count << " rows, last filter kept "
        << shown << ")\n";

    const double sort = timeMs([&] {
        proxy.sort(kw::KeyTableModel::AgeColumn, Qt::DescendingOrder);
        proxy.sort(kw::KeyTableModel::NameColumn, Qt::AscendingOrder);
    });
    out << "sort by age + by name:  " << sort << " ms\n";

    // Render every visible cell's text once, as a view would while scrolling through.
    const double render = timeMs([&] {
        for (int row = 0; row < proxy.rowCount(); ++row)
            for (int column = 0; column < proxy.columnCount(); ++column)
                (void)proxy.index(row, column).data(Qt::DisplayRole);
    });
    out << "display text, all cells: " << render << " ms\n";

    const long usedKiB = residentKiB() - baseKiB;
    out << "resident memory growth: " << usedKiB / 1024 << " MiB (body, parsed keys, model)\n";
    return 0;
}

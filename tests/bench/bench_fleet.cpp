// Benchmark, not a test: five sandbox accounts (WAYSCloud, Scaleway, CoreWeave, Wasabi AiR,
// Wasabi IAM) of N keys each, loaded by KeyWarden's own code path (AppController, each
// provider's real client, a MainWindow and an all-accounts table model) while an event-loop
// latency probe watches the GUI thread; and the floor beside it: the very same requests sent
// all at once by a plain QNetworkAccessManager. The two alternate, medians of several runs.
//
//   ./build/tests/bench_fleet [keys-per-account (2000)] [runs (5)] [--four]
//
// --four: issue 13's set, four accounts (Scaleway, CoreWeave, Wasabi IAM, WAYSCloud) instead of
// the five (issue 12's set adds Wasabi AiR).
//
// The sandbox runs as a separate process (keywarden-sandbox --keys-per-account N), so its work
// never lands on the measured GUI thread. Prints one figure a line, `name: value unit`.
#include "console/AppController.h"
#include "core/AuditLog.h"
#include "e2e/SandboxProcess.h"
#include "providers/CoreWeaveJson.h"
#include "providers/WasabiAirJson.h"
#include "providers/WaysCloudJson.h"
#include "sandbox/SandboxHost.h"
#include "ui/KeyFilterProxy.h"
#include "ui/KeyTableModel.h"
#include "ui/MainWindow.h"
#include "vault/MemoryStore.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <map>
#include <memory>
#include <utility>
#include <vector>

namespace {

using namespace Qt::StringLiterals;

constexpr int ProbeIntervalMs = 5;
constexpr int LoadTimeoutMs = 10 * 60 * 1000;
constexpr int SettleMs = 500; // the probe's watch after the last row is in

double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.empty() ? 0 : samples[samples.size() / 2];
}

// The GUI thread's processor time (CLOCK_THREAD_CPUTIME_ID), read on the GUI thread: what it ran
// for itself, not the time it waited for a processor or for another thread.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Times every event the GUI thread handles (the outermost only: a paint inside a repaint is part
// of the repaint) by the thread's processor time, and keeps the one that took the most: the
// longest the window's own work held the thread, whatever the machine's load.
//
// With KW_BENCH_TRACE set, also: every event the GUI thread spends more than 20 ms on, with its
// receiver and type, on stderr, and under it the events it sent on (a paint inside a repaint)
// that took more than 5 ms; to find what a stall is made of.
class TracingApplication : public QApplication
{
public:
    // The event that took the GUI thread the most processor time.
    struct Costliest
    {
        double cpuMs = 0;
        double ms = 0; // its wall-clock time
        int type = 0;
        const char* receiverClass = "";
    };

    using QApplication::QApplication;
    bool notify(QObject* receiver, QEvent* event) override
    {
        // The network threads deliver their events through here too: only the GUI thread's count.
        if (QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        const int depth = m_depth++;
        if (depth > 1 || (depth == 1 && !m_trace)) {
            const bool result = QApplication::notify(receiver, event);
            --m_depth;
            return result;
        }
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = threadCpuMs();
        const QEvent::Type type = event->type();
        // Read before the event: it may delete its receiver (DeferredDelete).
        const char* receiverClass = receiver->metaObject()->className();
        const QByteArray name = m_trace ? describe(receiver) : QByteArray();
        const bool result = QApplication::notify(receiver, event);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        const double cpuMs = threadCpuMs() - cpuBefore;
        --m_depth;
        if (depth == 0 && cpuMs > m_costliest.cpuMs)
            m_costliest = {cpuMs, ms, int(type), receiverClass};
        if (m_trace)
            trace(depth, ms, cpuMs, type, name);
        return result;
    }

    // The costliest event since the last call, and a fresh count from now.
    Costliest takeCostliest() { return std::exchange(m_costliest, Costliest()); }

    // What the GUI thread did since the last call: how many events, their time, the longest three.
    QByteArray sinceTick()
    {
        std::sort(m_sinceTick.begin(), m_sinceTick.end(),
                  [](const Handled& a, const Handled& b) { return a.ms > b.ms; });
        double total = 0;
        for (const Handled& handled : m_sinceTick)
            total += handled.ms;
        QByteArray text = QByteArray::number(qsizetype(m_sinceTick.size())) + " events in " +
                          QByteArray::number(total, 'f', 1) + " ms";
        for (std::size_t i = 0; i < std::min<std::size_t>(3, m_sinceTick.size()); ++i)
            text += "; " + QByteArray::number(m_sinceTick[i].ms, 'f', 1) + " ms event " +
                    QByteArray::number(m_sinceTick[i].type) + " to " + m_sinceTick[i].receiver;
        m_sinceTick.clear();
        return text;
    }

private:
    struct Handled
    {
        double ms;
        int type;
        QByteArray receiver;
    };
    void trace(int depth, double ms, double cpuMs, QEvent::Type type, const QByteArray& name)
    {
        // What the thread ran for itself: the rest it waited (for a processor, or for a thread
        // pool the raster engine handed a fill to).
        const QByteArray cpu = " (" + QByteArray::number(cpuMs, 'f', 1) + " cpu)";
        if (depth == 1 && ms > 5)
            m_nested.append("  " + QByteArray::number(ms, 'f', 1) + " ms" + cpu + " in event " +
                            QByteArray::number(int(type)) + " to " + name + '\n');
        if (depth == 0) {
            m_sinceTick.push_back({ms, int(type), name});
            if (ms > 20)
                std::fprintf(stderr, "trace: %.1f ms%s in event %d to %s\n%s", ms, cpu.constData(),
                             int(type), name.constData(), m_nested.constData());
            m_nested.clear();
        }
    }
    static QByteArray describe(QObject* receiver)
    {
        QByteArray text =
            QByteArray(receiver->metaObject()->className()) + ' ' + receiver->objectName().toUtf8();
        // A viewport or a scroll bar is named by the view it belongs to (keyTable, accountList).
        const QString own = receiver->objectName();
        const bool unnamed = own.isEmpty() || own.startsWith(u"qt_"_s);
        for (QObject* up = receiver->parent(); unnamed && up; up = up->parent()) {
            if (!up->objectName().isEmpty() && !up->objectName().startsWith(u"qt_"_s))
                return text + " of " + up->objectName().toUtf8();
        }
        return text;
    }
    const bool m_trace = qEnvironmentVariableIsSet("KW_BENCH_TRACE");
    int m_depth = 0;
    Costliest m_costliest;
    QByteArray m_nested;
    std::vector<Handled> m_sinceTick;
};

// How late each tick of a 5 ms timer fires: what a user feels as a frozen window. Beside each
// lateness, the processor time the GUI thread used since the tick before: a late tick with
// little of it waited for a processor (the machine's load), one with much of it was held by the
// window's own work.
class LatencyProbe
{
public:
    LatencyProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(ProbeIntervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            record(now);
            // With KW_BENCH_TRACE, each late tick with when its wait began on CLOCK_MONOTONIC
            // (what `perf record -k CLOCK_MONOTONIC` stamps samples with), to find the samples.
            // And what the GUI thread did meanwhile.
            auto* app = static_cast<TracingApplication*>(QCoreApplication::instance());
            const QByteArray meanwhile = m_trace ? app->sinceTick() : QByteArray();
            if (m_trace && m_lateMs.back() > 20)
                std::fprintf(stderr,
                             "trace: tick %.1f ms late (%.1f ms cpu), waited from %.6f s: %s\n",
                             m_lateMs.back(), m_cpuMs.back(),
                             double(m_clock.msecsSinceReference()) / 1e3 + double(m_last) / 1e9,
                             meanwhile.constData());
            m_last = now;
        });
    }
    void start()
    {
        m_lateMs.clear();
        m_cpuMs.clear();
        m_clock.start();
        m_last = 0;
        m_lastCpuMs = threadCpuMs();
        m_timer.start();
    }
    // The last stretch counts too: a stall that ends the load has no tick after it.
    void stop()
    {
        record(m_clock.nsecsElapsed());
        m_timer.stop();
    }
    double maxMs() const
    {
        return m_lateMs.empty() ? 0 : *std::max_element(m_lateMs.begin(), m_lateMs.end());
    }
    // The GUI thread's processor time within the worst stall (the tick waited for longest).
    double cpuInMaxMs() const
    {
        const auto worst = std::max_element(m_lateMs.begin(), m_lateMs.end());
        return worst == m_lateMs.end() ? 0 : m_cpuMs[std::size_t(worst - m_lateMs.begin())];
    }
    // The most processor time the GUI thread used between two ticks: about the worst stall it
    // would have had with a processor of its own.
    double cpuMaxMs() const
    {
        return m_cpuMs.empty() ? 0 : *std::max_element(m_cpuMs.begin(), m_cpuMs.end());
    }
    double p99Ms() const
    {
        std::vector<double> sorted = m_lateMs;
        std::sort(sorted.begin(), sorted.end());
        return sorted.empty() ? 0 : sorted[std::min(sorted.size() - 1, sorted.size() * 99 / 100)];
    }

private:
    void record(qint64 now)
    {
        m_lateMs.push_back(std::max(0.0, double(now - m_last) / 1e6 - ProbeIntervalMs));
        const double cpu = threadCpuMs();
        m_cpuMs.push_back(cpu - m_lastCpuMs);
        m_lastCpuMs = cpu;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_lastCpuMs = 0;
    std::vector<double> m_lateMs;
    std::vector<double> m_cpuMs; // by tick, beside m_lateMs
    const bool m_trace = qEnvironmentVariableIsSet("KW_BENCH_TRACE");
};

// Remembers every request KeyWarden sends, so that the floor can send exactly the same ones.
class RecordingNetwork : public QNetworkAccessManager
{
public:
    struct Sent
    {
        QNetworkRequest request;
        QByteArray verb;
        QByteArray body;
    };
    std::vector<Sent> sent;

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request,
                                 QIODevice* outgoing) override
    {
        QByteArray verb;
        switch (op) {
        case GetOperation:
            verb = "GET";
            break;
        case PostOperation:
            verb = "POST";
            break;
        case PutOperation:
            verb = "PUT";
            break;
        case DeleteOperation:
            verb = "DELETE";
            break;
        case HeadOperation:
            verb = "HEAD";
            break;
        default:
            verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        }
        sent.push_back(
            {request, verb, outgoing ? outgoing->peek(outgoing->bytesAvailable()) : QByteArray()});
        return QNetworkAccessManager::createRequest(op, request, outgoing);
    }
};

struct LoadRun
{
    double ms = 0;
    double stallMaxMs = 0;
    double stallP99Ms = 0;
    double stallMaxCpuMs = 0; // the GUI thread's processor time within the worst stall
    double tickCpuMaxMs = 0;  // the most it used between two ticks
    TracingApplication::Costliest costliest; // the event that took it the most
    int keys = 0;
    std::vector<RecordingNetwork::Sent> sent;
    std::map<QString, double> accountMs; // provider id → when its account was loaded
};

// Runs the event loop until `done` says so (checked whenever `changed` fires, and as rows come
// into `rows`: the window may add an account's rows over several turns) or the timeout.
template <typename Sender, typename Signal>
bool runUntil(const Sender* sender, Signal changed, const QAbstractItemModel* rows,
              const std::function<bool()>& done)
{
    if (done())
        return true;
    QEventLoop loop;
    const auto check = [&] {
        if (done())
            loop.quit();
    };
    QObject::connect(sender, changed, &loop, check);
    QObject::connect(rows, &QAbstractItemModel::rowsInserted, &loop, check);
    QTimer::singleShot(LoadTimeoutMs, &loop, [&] { loop.exit(1); });
    return loop.exec() == 0;
}

// After the last row is in, the probe watches a while longer: what the load left for later
// turns (the repaint after the last rows, the search texts made ahead) is the load's work too.
void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// KeyWarden's own load of every sandbox account, through to a populated all-accounts model.
LoadRun loadWithKeyWarden(const kw::e2e::SandboxProcess& sandbox, const QStringList& providers,
                          int expectedKeys)
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    kw::AuditLog audit(dir.filePath(u"audit.jsonl"_s));
    kw::MemoryStore vault;
    kw::MemoryStore sessionVault;
    RecordingNetwork network;
    kw::AppController controller(settings, &vault, &sessionVault, &network, &audit);
    // KW_BENCH_NO_WINDOW: without the window, to tell its share of a stall from the rest.
    std::unique_ptr<kw::MainWindow> window;
    if (!qEnvironmentVariableIsSet("KW_BENCH_NO_WINDOW")) {
        window = std::make_unique<kw::MainWindow>(&controller);
        window->resize(1280, 800);
        window->show();
    }

    // The all-accounts table: the window's own fleet view (All accounts selected as soon as
    // there are two accounts). Without the window, a stand-in KeyTableModel behind the filter
    // proxy gets every account's keys on each accountChanged, to tell the window's share apart.
    kw::KeyTableModel fleet;
    kw::KeyFilterProxy proxy;
    proxy.setSourceModel(&fleet);
    auto rows = [&] { return window ? window->keyModel()->rowCount() : fleet.rowCount(); };
    if (!window)
        QObject::connect(
            &controller, &kw::AppController::accountChanged, &fleet, [&](const QString& changed) {
                QList<kw::ApiKey> all;
                for (const QString& id : controller.accountIds()) {
                    if (const auto* view = controller.account(id))
                        all += view->keys;
                }
                QElapsedTimer took;
                took.start();
                fleet.setKeys(all);
                if (qEnvironmentVariableIsSet("KW_BENCH_TRACE"))
                    std::fprintf(stderr, "trace: %s changed; fleet model %lld keys in %.1f ms\n",
                                 qPrintable(controller.account(changed)->account.label),
                                 static_cast<long long>(all.size()),
                                 double(took.nsecsElapsed()) / 1e6);
            });

    LatencyProbe probe;
    QElapsedTimer timer;
    auto* app = static_cast<TracingApplication*>(QCoreApplication::instance());
    app->takeCostliest(); // from here on
    probe.start();
    timer.start();
    for (const QString& providerId : providers) {
        const kw::e2e::SandboxProcess::Provider* endpoint = sandbox.provider(providerId);
        kw::Account account;
        account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        account.provider = providerId;
        account.label = providerId + u" sandbox"_s;
        account.endpoint = endpoint->url;
        account.organizationId = endpoint->organizationId;
        account.s3Endpoint = endpoint->s3Url;
        account.region = endpoint->region;
        account.sandbox = true;
        controller.addSessionAccount(account,
                                     kw::Secret::fromString(endpoint->token.exposeString()));
    }
    if (window)
        window->showAllAccounts();
    LoadRun run;
    const kw::KeyTableModel* model = window ? window->keyModel() : &fleet;
    const bool loaded = runUntil(&controller, &kw::AppController::accountChanged, model, [&] {
        // Every account that is in, before looking for one that is not (an account listed
        // after a slower one was otherwise timed when the slower one arrived).
        for (const QString& id : controller.accountIds()) {
            const auto* view = controller.account(id);
            if (view && view->state == kw::AppController::LoadState::Ok &&
                !run.accountMs.count(view->account.provider))
                run.accountMs[view->account.provider] = double(timer.nsecsElapsed()) / 1e6;
        }
        for (const QString& id : controller.accountIds()) {
            const auto* view = controller.account(id);
            if (view && view->state == kw::AppController::LoadState::Error) {
                std::fprintf(stderr, "bench_fleet: %s: %s\n", qPrintable(view->account.label),
                             qPrintable(view->errorText));
                return true;
            }
            if (!view || view->state != kw::AppController::LoadState::Ok)
                return false;
        }
        return rows() >= expectedKeys;
    });
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    runFor(SettleMs);
    probe.stop();
    run.stallMaxMs = probe.maxMs();
    run.stallP99Ms = probe.p99Ms();
    run.stallMaxCpuMs = probe.cpuInMaxMs();
    run.tickCpuMaxMs = probe.cpuMaxMs();
    run.costliest = app->takeCostliest();
    run.keys = loaded ? rows() : -1;
    run.sent = std::move(network.sent);
    return run;
}

// How long the provider's parser takes on one large answer (KW_BENCH_TRACE).
void traceParse(const QString& path, const QByteArray& body)
{
    QString error;
    QElapsedTimer timer;
    timer.start();
    qsizetype keys = -1;
    if (path.startsWith(u"/v1/account/api-keys"_s))
        keys = kw::wayscloud::parseKeyList(body, &error).value_or(QList<kw::ApiKey>()).size();
    else if (path.startsWith(u"/api/data/api-keys"_s))
        keys = kw::wasabiair::parseKeyList(body, &error).value_or(QList<kw::ApiKey>()).size();
    else if (path.startsWith(u"/v1/cwobject/access-key"_s))
        keys = kw::coreweave::parseKeyPage(body, QDateTime::currentDateTimeUtc(), &error)
                   .value_or(QList<kw::ApiKey>())
                   .size();
    std::fprintf(stderr, "trace: parse %s, %lld bytes, %lld keys: %.1f ms\n", qPrintable(path),
                 static_cast<long long>(body.size()), static_cast<long long>(keys),
                 double(timer.nsecsElapsed()) / 1e6);
}

// The floor: the same requests at once from a plain QNetworkAccessManager, every answer read.
double loadRaw(const std::vector<RecordingNetwork::Sent>& requests, qint64* bytes)
{
    QNetworkAccessManager network;
    QElapsedTimer timer;
    timer.start();
    int pending = int(requests.size());
    *bytes = 0;
    QEventLoop loop;
    for (const auto& sent : requests) {
        QNetworkReply* reply = sent.body.isEmpty() && sent.verb == "GET"
                                   ? network.get(sent.request)
                                   : network.sendCustomRequest(sent.request, sent.verb, sent.body);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            const QByteArray body = reply->readAll();
            *bytes += body.size();
            if (body.size() > 100'000 && qEnvironmentVariableIsSet("KW_BENCH_TRACE"))
                traceParse(reply->url().path(), body);
            if (reply->error() != QNetworkReply::NoError)
                std::fprintf(stderr, "bench_fleet: raw %s: %s\n", qPrintable(reply->url().path()),
                             qPrintable(reply->errorString()));
            reply->deleteLater();
            if (--pending == 0)
                loop.quit();
        });
    }
    if (pending > 0)
        loop.exec();
    return double(timer.nsecsElapsed()) / 1e6;
}

// The sandbox process's resident memory, from /proc.
double residentMiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024;
    }
    return -1;
}

// How long an in-process SandboxHost takes to start with `count` keys in every emulator.
double seedMs(int count)
{
    kw::sandbox::SandboxHost host;
    kw::sandbox::SandboxHost::Options options;
    options.keysPerAccount = count;
    QElapsedTimer timer;
    timer.start();
    host.start(options);
    return double(timer.nsecsElapsed()) / 1e6;
}

void printCount(const char* name, qint64 value, const char* unit)
{
    std::printf("%s: %lld%s%s\n", name, static_cast<long long>(value), *unit ? " " : "", unit);
    std::fflush(stdout);
}

void print(const char* name, double value, const char* unit)
{
    std::printf("%s: %.1f%s%s\n", name, value, *unit ? " " : "", unit);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "kw.*.info=false;*.debug=false");
    TracingApplication app(argc, argv);
    // Positional: keys per account, runs; --four anywhere picks issue 13's four accounts.
    QStringList providers{u"wayscloud"_s, u"scaleway"_s, u"coreweave"_s, u"wasabi-air"_s,
                          u"wasabi-iam"_s};
    std::vector<int> numbers;
    for (int arg = 1; arg < argc; ++arg) {
        if (qstrcmp(argv[arg], "--four") == 0) {
            providers = {u"scaleway"_s, u"coreweave"_s, u"wasabi-iam"_s, u"wayscloud"_s};
        } else if (const int number = atoi(argv[arg]); number > 0) {
            numbers.push_back(number);
        } else {
            std::fprintf(stderr,
                         "usage: bench_fleet [keys-per-account (2000)] [runs (5)] [--four]\n");
            return 2;
        }
    }
    const int keysPerAccount = numbers.size() > 0 ? numbers[0] : 2000;
    const int runs = numbers.size() > 1 ? numbers[1] : 5;
    const int accounts = int(providers.size());
    if (qEnvironmentVariableIsEmpty("KEYWARDEN_BUILD_DIR")) // bench in <build>/tests
        qputenv("KEYWARDEN_BUILD_DIR", QFileInfo(QCoreApplication::applicationDirPath() + u"/.."_s)
                                           .canonicalFilePath()
                                           .toLocal8Bit());

    kw::e2e::SandboxProcess sandbox;
    QElapsedTimer started;
    started.start();
    const QString failed =
        sandbox.start({u"--keys-per-account"_s, QString::number(keysPerAccount)});
    if (!failed.isEmpty()) {
        std::fprintf(stderr, "bench_fleet: %s\n", qPrintable(failed));
        return 1;
    }
    print("sandbox start, seeding every emulator", double(started.elapsed()), "ms");
    print("sandbox memory", residentMiB(sandbox.process().processId()), "MiB");
    print("seed 5x10000 in process", seedMs(10'000), "ms");
    const int expected = accounts * keysPerAccount;

    std::vector<double> fleetMs, rawMs, stallMax, stallP99, stallMaxCpu, tickCpuMax, eventCpuMax;
    std::map<QString, std::vector<double>> accountMs;
    qint64 bytes = 0;
    std::size_t requests = 0;
    const bool trace = qEnvironmentVariableIsSet("KW_BENCH_TRACE");
    for (int run = 0; run < runs; ++run) {
        if (trace)
            std::fprintf(stderr, "trace: run %d, KeyWarden's load\n", run + 1);
        LoadRun loaded = loadWithKeyWarden(sandbox, providers, expected);
        if (loaded.keys != expected) {
            std::fprintf(stderr, "bench_fleet: run %d loaded %d keys of %d\n", run + 1, loaded.keys,
                         expected);
            return 1;
        }
        fleetMs.push_back(loaded.ms);
        for (const auto& [provider, ms] : loaded.accountMs)
            accountMs[provider].push_back(ms);
        stallMax.push_back(loaded.stallMaxMs);
        stallP99.push_back(loaded.stallP99Ms);
        stallMaxCpu.push_back(loaded.stallMaxCpuMs);
        tickCpuMax.push_back(loaded.tickCpuMaxMs);
        eventCpuMax.push_back(loaded.costliest.cpuMs);
        requests = loaded.sent.size();
        if (trace)
            std::fprintf(stderr, "trace: run %d, the floor (raw http)\n", run + 1);
        rawMs.push_back(loadRaw(loaded.sent, &bytes));
        std::fprintf(stderr,
                     "run %d: fleet %.0f ms (stall max %.1f ms, %.1f ms of it cpu; event cpu max "
                     "%.1f ms, %.1f ms wall, event %d to %s), raw %.0f ms\n",
                     run + 1, loaded.ms, loaded.stallMaxMs, loaded.stallMaxCpuMs,
                     loaded.costliest.cpuMs, loaded.costliest.ms, loaded.costliest.type,
                     loaded.costliest.receiverClass, rawMs.back());
    }
    const QByteArray label =
        QByteArray::number(accounts) + 'x' + QByteArray::number(keysPerAccount);
    printCount("runs", runs, "");
    printCount("requests per load", qint64(requests), "");
    printCount("bytes per load", bytes, "B");
    print(QByteArray("fleet load " + label).constData(), median(fleetMs), "ms");
    print(QByteArray("raw http " + label).constData(), median(rawMs), "ms");
    print("load ratio", median(fleetMs) / median(rawMs), "");
    for (const auto& [provider, samples] : accountMs)
        print(QByteArray("account loaded " + provider.toLatin1()).constData(), median(samples),
              "ms");
    print("gui stall max", *std::max_element(stallMax.begin(), stallMax.end()), "ms");
    print("gui stall max median", median(stallMax), "ms");
    print("gui stall p99", median(stallP99), "ms");
    // Which of the stall was the window's own work: the processor time the GUI thread used.
    const auto worst = std::max_element(stallMax.begin(), stallMax.end()) - stallMax.begin();
    print("gui stall max cpu", stallMaxCpu[std::size_t(worst)], "ms");
    print("gui tick cpu max", *std::max_element(tickCpuMax.begin(), tickCpuMax.end()), "ms");
    print("gui event cpu max", *std::max_element(eventCpuMax.begin(), eventCpuMax.end()), "ms");
    print("gui event cpu max median", median(eventCpuMax), "ms");
    return 0;
}

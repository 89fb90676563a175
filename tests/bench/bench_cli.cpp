// Benchmark, not a test: `keywarden-cli keys list --json` of one WAYSCloud sandbox account of N
// keys against `curl` of the same URL with the same token, side by side in one run. The two
// alternate, run after run; the figures are medians.
//
//   ./build-ci/tests/bench_cli [keys (10000)] [runs (7)]
//
// The sandbox runs as its own process (keywarden-sandbox --keys-per-account N). The CLI keeps its
// token in the keychain, as for any user: the benchmark runs itself again inside a private D-Bus
// session with an unlocked gnome-keyring and a scratch HOME (as tests/run-tests.sh does), so it
// never touches the user's accounts or keyring. curl gets the token from a 0600 file
// (`-H @file`), never on its command line, where every user of the machine could read it.
// Prints one figure a line, `name: value unit`.
#include "e2e/CliAccounts.h"
#include "e2e/CliRunner.h"
#include "e2e/SandboxProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

namespace {

using namespace Qt::StringLiterals;

constexpr int RunTimeoutMs = 120 * 1000;
const char* const InnerVariable = "KW_BENCH_CLI_SESSION";

double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples.empty() ? 0 : samples[samples.size() / 2];
}

void print(const char* name, double value, const char* unit, int decimals = 1)
{
    std::printf("%s: %.*f%s%s\n", name, decimals, value, *unit ? " " : "", unit);
    std::fflush(stdout);
}

int failed(const QString& why)
{
    std::fprintf(stderr, "bench_cli: %s\n", qPrintable(why));
    return 1;
}

// Runs this benchmark again in a private session bus with an unlocked gnome-keyring and a
// scratch HOME; returns its exit code.
int runInPrivateSession(const QStringList& arguments)
{
    for (const char* tool : {"dbus-run-session", "gnome-keyring-daemon", "curl"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            return failed(u"%1 is not installed (installer/install-deps.sh)"_s.arg(
                QString::fromLatin1(tool)));
    }
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return failed(u"no scratch folder: "_s + scratch.errorString());
    const QString home = scratch.filePath(u"home"_s);
    const QString runtime = scratch.filePath(u"runtime"_s);
    QDir().mkpath(home);
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, home);
    environment.insert(u"XDG_RUNTIME_DIR"_s, runtime);
    environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
    environment.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
    environment.insert(u"XDG_CACHE_HOME"_s, home + u"/.cache"_s);
    environment.insert(QString::fromLatin1(InnerVariable), u"1"_s);
    for (const QString& name :
         {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"DBUS_SESSION_BUS_ADDRESS"_s, u"http_proxy"_s,
          u"https_proxy"_s, u"HTTPS_PROXY"_s, u"all_proxy"_s, u"ALL_PROXY"_s})
        environment.remove(name);
    QProcess inner;
    inner.setProcessEnvironment(environment);
    inner.setProcessChannelMode(QProcess::ForwardedChannels);
    inner.setProgram(u"dbus-run-session"_s);
    inner.setArguments(QStringList{u"--"_s, u"bash"_s, u"-c"_s,
                                   u"echo -n keywarden-bench | gnome-keyring-daemon --unlock "
                                   "--components=secrets >/dev/null && exec \"$0\" \"$@\""_s,
                                   QCoreApplication::applicationFilePath()} +
                       arguments);
    inner.start();
    if (!inner.waitForStarted(10000) || !inner.waitForFinished(-1))
        return failed(u"dbus-run-session: "_s + inner.errorString());
    return inner.exitStatus() == QProcess::NormalExit ? inner.exitCode() : 1;
}

// The header curl reads with -H @file: created 0600 before the token is written into it.
bool writeHeaderFile(const QString& path, const kw::Secret& token)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return false;
    QByteArray line = "Authorization: Bearer " + token.exposeBytes() + '\n';
    const bool written = file.write(line) == line.size();
    line.fill('\0');
    return written && file.flush();
}

// The URLs the CLI fetched, from its --verbose HTTP trace ("GET <url> -> 200 in 12 ms").
QStringList fetchedUrls(const QByteArray& trace)
{
    static const QRegularExpression get(u"GET (\\S+) -> 200 "_s);
    QStringList urls;
    for (auto match = get.globalMatch(QString::fromUtf8(trace)); match.hasNext();)
        urls.append(match.next().captured(1));
    return urls;
}

// Processor time (user + system) of this process's children that have ended and been waited
// for, in ms. QProcess waits for each run, so the difference across one run is that program's
// own processor time: the sandbox, also a child, is waited for only at the end.
double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto ms = [](const timeval& time) {
        return double(time.tv_sec) * 1e3 + double(time.tv_usec) / 1e3;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

struct Timed
{
    double ms = -1;    // wall time, start to exit; negative when the run failed
    double cpuMs = -1; // the process's user + system time
};

// One timed run of a program, its output thrown away.
Timed timedRun(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    const double cpuBefore = childrenCpuMs();
    QElapsedTimer clock;
    clock.start();
    process.start();
    if (!process.waitForFinished(RunTimeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return {};
    return {double(clock.nsecsElapsed()) / 1e6, childrenCpuMs() - cpuBefore};
}

int benchmark(int keys, int runs)
{
    kw::e2e::SandboxProcess sandbox;
    QElapsedTimer started;
    started.start();
    if (const QString error =
            sandbox.start({u"--keys-per-account"_s, QString::number(keys), u"--port"_s, u"0"_s});
        !error.isEmpty())
        return failed(u"sandbox: "_s + error);
    print("sandbox start", double(started.elapsed()), "ms");
    const QString label = u"bench wayscloud"_s;
    if (const QString error = kw::e2e::addCliAccount(sandbox, u"wayscloud"_s, label);
        !error.isEmpty())
        return failed(error);

    // Once, read in full: the CLI lists every key, and which URLs it fetched.
    const QStringList listArguments{u"--json"_s, u"keys"_s, u"list"_s, u"--account"_s, label};
    const kw::e2e::CliRun first =
        kw::e2e::runCli(QStringList{u"--verbose"_s} + listArguments, {}, RunTimeoutMs);
    const qsizetype listed = first.array().size();
    if (!first.finished || first.exitCode != 0 || listed < keys)
        return failed(u"keys list listed %1 of %2 keys: exit %3, %4"_s.arg(listed)
                          .arg(keys)
                          .arg(first.exitCode)
                          .arg(QString::fromUtf8(first.err.right(400))));
    const QStringList urls = fetchedUrls(first.err);
    if (urls.isEmpty())
        return failed(u"no GET in the CLI's --verbose trace"_s);
    print("cli list keys", double(listed), "", 0);
    print("cli list requests", double(urls.size()), "", 0);
    print("cli list output", double(first.out.size()) / 1024.0, "KiB");

    QTemporaryDir secrets; // under the scratch HOME's TMPDIR or /tmp, 0700
    const QString header = secrets.filePath(u"authorization"_s);
    if (!secrets.isValid() || !writeHeaderFile(header, sandbox.provider(u"wayscloud"_s)->token))
        return failed(u"cannot write the header file for curl"_s);
    QStringList curlArguments{u"-sS"_s, u"--fail"_s, u"-H"_s, u"@"_s + header};
    for (const QString& url : urls)
        curlArguments << url << u"-o"_s << QProcess::nullDevice();

    const QString cli = kw::e2e::cliExecutable();
    const QString curl = QStandardPaths::findExecutable(u"curl"_s);
    // A warm-up of each, then the two alternate.
    if (timedRun(curl, curlArguments).ms < 0)
        return failed(u"curl could not fetch "_s + urls.join(u' '));
    std::vector<double> cliMs;
    std::vector<double> curlMs;
    std::vector<double> cliCpu;
    std::vector<double> curlCpu;
    for (int run = 0; run < runs; ++run) {
        const Timed byCli = timedRun(cli, listArguments);
        const Timed byCurl = timedRun(curl, curlArguments);
        if (byCli.ms < 0 || byCurl.ms < 0)
            return failed(
                u"run %1 failed (%2)"_s.arg(run + 1).arg(byCli.ms < 0 ? u"cli"_s : u"curl"_s));
        cliMs.push_back(byCli.ms);
        curlMs.push_back(byCurl.ms);
        cliCpu.push_back(byCli.cpuMs);
        curlCpu.push_back(byCurl.cpuMs);
    }
    const double cliMedian = median(cliMs);
    const double curlMedian = median(curlMs);
    print("cli list ms", cliMedian, "ms");
    print("curl list ms", curlMedian, "ms");
    // The processor time of the two programs alone (the sandbox's is in neither): what the CLI
    // costs beyond curl whatever the load, where the wall times wait for the sandbox too.
    print("cli list cpu ms", median(cliCpu), "ms");
    print("curl list cpu ms", median(curlCpu), "ms");
    std::printf("cli list ratio: %.2f\n", curlMedian > 0 ? cliMedian / curlMedian : 0.0);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    if (!qEnvironmentVariableIsSet(InnerVariable))
        return runInPrivateSession(arguments);
    if (qEnvironmentVariableIsEmpty("KEYWARDEN_BUILD_DIR")) // the bench is in <build>/tests
        qputenv("KEYWARDEN_BUILD_DIR", QFileInfo(QCoreApplication::applicationDirPath() + u"/.."_s)
                                           .canonicalFilePath()
                                           .toLocal8Bit());
    bool ok = true;
    const int keys = arguments.value(0, u"10000"_s).toInt(&ok);
    bool runsOk = true;
    const int runs = arguments.value(1, u"7"_s).toInt(&runsOk);
    if (!ok || !runsOk || keys < 1 || runs < 1)
        return failed(u"usage: bench_cli [keys (10000)] [runs (7)]"_s);
    print("keys per account", double(keys), "", 0);
    print("runs", double(runs), "", 0);
    return benchmark(keys, runs);
}

// keywarden-sandbox: the provider emulators as a process, for out-of-process tests and demos.

#include "sandbox/SandboxHost.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <csignal>
#include <cstdio>
#include <optional>
#include <sys/socket.h>
#include <unistd.h>

namespace {

using namespace Qt::StringLiterals;

int signalPipe[2] = {-1, -1};

extern "C" void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[0], &byte, 1);
}

// SIGTERM and SIGINT end the event loop, so the sandbox shuts down through its destructors.
bool quitOnTerminationSignals(QCoreApplication& app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, signalPipe) != 0)
        return false;
    auto* notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const ssize_t read = ::read(signalPipe[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 &&
           ::sigaction(SIGINT, &action, nullptr) == 0;
}

int fail(const QString& message)
{
    std::fprintf(stderr, "keywarden-sandbox: %s\n", qPrintable(message));
    return 2;
}

// The command line: its options, and what they ask for once checked.
struct CommandLine
{
    QCommandLineOption port{
        u"port"_s,
        QCoreApplication::translate("SandboxMain", "Port to listen on (0: pick a free one)."),
        QCoreApplication::translate("SandboxMain", "N"), u"0"_s};
    QCommandLineOption tls{
        u"tls"_s,
        QCoreApplication::translate(
            "SandboxMain", "Serve HTTPS with a self-signed certificate made at start-up.")};
    QCommandLineOption caOut{
        u"ca-out"_s,
        QCoreApplication::translate(
            "SandboxMain",
            "With --tls: write the WAYSCloud certificate (PEM) to FILE, for clients to trust; "
            "--ca-all-out FILE writes every emulator's."),
        QCoreApplication::translate("SandboxMain", "FILE")};
    QCommandLineOption samples{
        u"samples"_s,
        QCoreApplication::translate("SandboxMain", "Number of WAYSCloud sample keys to create."),
        QCoreApplication::translate("SandboxMain", "N"), u"12"_s};
    QCommandLineOption wasabiIamUserAdmin{
        u"wasabi-iam-user-admin"_s,
        QCoreApplication::translate(
            "SandboxMain", "Hand out the key pair of the IAM user iam-admin (IAMFullAccess) as "
                           "the Wasabi IAM token instead of the root user's.")};
    QCommandLineOption keysPerAccount{
        u"keys-per-account"_s,
        QCoreApplication::translate(
            "SandboxMain",
            "Seed every emulator with N keys instead of the samples (for load tests): each "
            "list shows exactly N, paged as the provider pages it, beyond the per-account "
            "limits a real create would hit (Wasabi IAM: two keys to a user, so N/2 users)."),
        QCoreApplication::translate("SandboxMain", "N")};
    QCommandLineOption seed{u"seed"_s,
                            QCoreApplication::translate(
                                "SandboxMain",
                                "With --keys-per-account: the seed of the key mix (the same seed, "
                                "the same ages and states)."),
                            QCoreApplication::translate("SandboxMain", "SEED"), u"24301"_s};
    QCommandLineOption caAllOut{
        u"ca-all-out"_s,
        QCoreApplication::translate(
            "SandboxMain", "With --tls: write the certificates of every emulator (PEM) to FILE."),
        QCoreApplication::translate("SandboxMain", "FILE")};
};

QString description()
{
    return QCoreApplication::translate(
        "SandboxMain",
        "Runs the WAYSCloud, Scaleway, CoreWeave, Wasabi AiR and Wasabi IAM API emulators on "
        "127.0.0.1 with sample keys; the Scaleway, CoreWeave and Wasabi IAM ones also answer S3 "
        "ListBuckets, to verify their key pairs.\n\n"
        "Unlike keywarden and keywarden-cli, it leaves core dumps and debugger attach on: it "
        "holds only throwaway sample secrets.\n\n"
        "On start it prints to stdout:\n"
        "  KEYWARDEN_SANDBOX_URL=<WAYSCloud base URL>\n"
        "  KEYWARDEN_SANDBOX_TOKEN=<WAYSCloud admin personal access token>\n"
        "and for each provider P (WAYSCLOUD, SCALEWAY, COREWEAVE, WASABI_AIR, WASABI_IAM):\n"
        "  KEYWARDEN_SANDBOX_<P>_URL=<base URL>\n"
        "  KEYWARDEN_SANDBOX_<P>_TOKEN=<admin token>\n"
        "  KEYWARDEN_SANDBOX_SCALEWAY_ORGANIZATION_ID=<organization id>\n"
        "  KEYWARDEN_SANDBOX_<P>_S3_URL=<S3 endpoint>, KEYWARDEN_SANDBOX_<P>_REGION=<region> "
        "(SCALEWAY, COREWEAVE, WASABI_IAM)\n"
        "The Wasabi IAM token is the root key pair as ACCESSKEYID:SECRET (with "
        "--wasabi-iam-user-admin, the pair of the IAM user iam-admin).\n"
        "The token is a throwaway credential made up at start-up: it is valid only for this "
        "sandbox process and only until it exits, so printing it is intended.\n"
        "Control endpoints (with the token): POST/DELETE /_sandbox/faults, "
        "GET /_sandbox/stats.");
}

// The host's options from the checked command line, or *error says what is wrong.
std::optional<kw::sandbox::SandboxHost::Options>
hostOptions(const QCommandLineParser& parser, const CommandLine& line, QString* error)
{
    bool portOk = false;
    const uint port = parser.value(line.port).toUInt(&portOk);
    bool samplesOk = false;
    const int samples = parser.value(line.samples).toInt(&samplesOk);
    const bool tls = parser.isSet(line.tls);
    bool keysOk = !parser.isSet(line.keysPerAccount);
    const int keysPerAccount = keysOk ? 0 : parser.value(line.keysPerAccount).toInt(&keysOk);
    bool seedOk = false;
    const uint seed = parser.value(line.seed).toUInt(&seedOk);
    if (!portOk || port > 65535)
        *error =
            QCoreApplication::translate("SandboxMain", "--port must be a number from 0 to 65535");
    else if (!samplesOk || samples < 0)
        *error =
            QCoreApplication::translate("SandboxMain", "--samples must be a number of 0 or more");
    else if (parser.isSet(line.keysPerAccount) &&
             (!keysOk || keysPerAccount < 1 || keysPerAccount > 1'000'000))
        *error = QCoreApplication::translate(
            "SandboxMain", "--keys-per-account must be a number from 1 to 1000000");
    else if (!seedOk)
        *error = QCoreApplication::translate("SandboxMain", "--seed must be a number of 0 or more");
    else if ((parser.isSet(line.caOut) || parser.isSet(line.caAllOut)) && !tls)
        *error = QCoreApplication::translate("SandboxMain", "--ca-out and --ca-all-out need --tls");
    if (!error->isEmpty())
        return std::nullopt;
    kw::sandbox::SandboxHost::Options options;
    options.tls = tls;
    options.waysCloudSamples = samples;
    options.waysCloudPort = quint16(port); // the others pick free ports
    options.wasabiIamUserAdmin = parser.isSet(line.wasabiIamUserAdmin);
    options.keysPerAccount = keysPerAccount;
    options.seed = seed;
    return options;
}

// An empty string, or why the file could not be written.
QString writePem(const QString& path, const QByteArray& pem)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(pem) >= 0 &&
        file.flush())
        return QString();
    return QCoreApplication::translate("SandboxMain", "cannot write %1: %2")
        .arg(file.fileName(), file.errorString());
}

// --ca-out and --ca-all-out: an empty string, or why a file could not be written.
QString writeCertificates(const QCommandLineParser& parser, const CommandLine& line,
                          const QList<kw::sandbox::SandboxHost::Endpoint>& endpoints)
{
    if (parser.isSet(line.caOut)) {
        const QString error =
            writePem(parser.value(line.caOut), endpoints.constFirst().certificate.toPem());
        if (!error.isEmpty())
            return error;
    }
    if (parser.isSet(line.caAllOut)) {
        QByteArray pem;
        for (const auto& endpoint : endpoints)
            pem += endpoint.certificate.toPem();
        return writePem(parser.value(line.caAllOut), pem);
    }
    return QString();
}

// The KEYWARDEN_SANDBOX_… lines on stdout (the tokens are throwaways, printed on purpose).
void printEndpoints(const QList<kw::sandbox::SandboxHost::Endpoint>& endpoints)
{
    const auto& waysCloud = endpoints.constFirst();
    std::fprintf(stdout, "KEYWARDEN_SANDBOX_URL=%s\nKEYWARDEN_SANDBOX_TOKEN=%s\n",
                 waysCloud.url.toString().toUtf8().constData(),
                 waysCloud.adminToken.toLatin1().constData());
    for (const auto& endpoint : endpoints) {
        QByteArray name = endpoint.providerId.toUpper().toLatin1();
        name.replace('-', '_');
        std::fprintf(stdout, "KEYWARDEN_SANDBOX_%s_URL=%s\nKEYWARDEN_SANDBOX_%s_TOKEN=%s\n",
                     name.constData(), endpoint.url.toString().toUtf8().constData(),
                     name.constData(), endpoint.adminToken.toLatin1().constData());
        if (!endpoint.organizationId.isEmpty())
            std::fprintf(stdout, "KEYWARDEN_SANDBOX_%s_ORGANIZATION_ID=%s\n", name.constData(),
                         endpoint.organizationId.toLatin1().constData());
        if (endpoint.s3Endpoint.isValid())
            std::fprintf(stdout, "KEYWARDEN_SANDBOX_%s_S3_URL=%s\nKEYWARDEN_SANDBOX_%s_REGION=%s\n",
                         name.constData(), endpoint.s3Endpoint.toString().toUtf8().constData(),
                         name.constData(), endpoint.region.toLatin1().constData());
    }
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"keywarden-sandbox"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    const CommandLine line;
    parser.addOptions({line.port, line.tls, line.caOut, line.caAllOut, line.samples,
                       line.wasabiIamUserAdmin, line.keysPerAccount, line.seed});
    parser.process(app);

    QString error;
    const std::optional<kw::sandbox::SandboxHost::Options> options =
        hostOptions(parser, line, &error);
    if (!options)
        return fail(error);
    if (!quitOnTerminationSignals(app))
        return fail(
            QCoreApplication::translate("SandboxMain", "cannot install the signal handlers"));

    kw::sandbox::SandboxHost host;
    if (!host.start(*options))
        return fail(host.errorString() + (options->waysCloudPort != 0
                                              ? u" (port %1)"_s.arg(options->waysCloudPort)
                                              : QString()));
    const QList<kw::sandbox::SandboxHost::Endpoint> endpoints = host.endpoints();
    error = writeCertificates(parser, line, endpoints);
    if (!error.isEmpty())
        return fail(error);

    printEndpoints(endpoints);
    std::fprintf(stderr, "%s\n",
                 qPrintable(QCoreApplication::translate(
                                "SandboxMain",
                                "%1 provider sandboxes listening on 127.0.0.1 (WAYSCloud on %2 "
                                "with %3 sample keys); the tokens above are throwaways. Stop "
                                "with Ctrl+C or SIGTERM.")
                                .arg(endpoints.size())
                                .arg(endpoints.constFirst().url.toString())
                                .arg(options->keysPerAccount > 0 ? options->keysPerAccount
                                                                 : options->waysCloudSamples)));

    const int status = QCoreApplication::exec();
    std::fprintf(stderr, "%s\n",
                 qPrintable(QCoreApplication::translate("SandboxMain", "Sandboxes stopped.")));
    return status;
}

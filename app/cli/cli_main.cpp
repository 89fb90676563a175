#include "Cli.h"
#include "ExitCode.h"
#include "Terminal.h"
#include "core/ProcessHardening.h"
#include "providers/NetworkProxy.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <csignal>
#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    kw::hardenProcess(argc, argv, "keywarden-cli"); // no core dumps, no ptrace; --allow-core-dumps
    // A reader that went away (a closed pipe) is an error to report, not a signal that kills
    // the process half-way through a rotation: writes then fail with EPIPE and are checked.
    std::signal(SIGPIPE, SIG_IGN);
    QCoreApplication app(argc, argv);
    // The same names as the window: the same settings file, keychain entries and audit log.
    QCoreApplication::setOrganizationName(u"KeyWarden"_s);
    QCoreApplication::setApplicationName(u"keywarden"_s);
    QCoreApplication::setApplicationVersion(QString::fromUtf8(KEYWARDEN_VERSION));
    // https_proxy, no_proxy and the system's proxy, as curl and the AWS CLI take them.
    kw::EnvironmentProxyFactory::install();
    QStringList arguments = QCoreApplication::arguments();
    // Standard error is for the one-line error a script reads; the HTTP trace (which never
    // holds a secret) only with --verbose.
    if (arguments.removeAll(u"--verbose"_s) == 0)
        QLoggingCategory::setFilterRules(u"kw.*.debug=false\nkw.*.info=false"_s);
    auto cli = std::make_unique<kw::cli::Cli>(arguments);
    int code = cli->exec();
    const bool quickExit = cli->prepareQuickExit();
    if (!quickExit)
        cli.reset();
    // The last bytes may only leave on close (a file on a full disk, NFS).
    QString reason;
    if (!kw::cli::terminal::closeOutput(&reason)) {
        kw::cli::terminal::printError(u"standard output could not be written: %1"_s.arg(reason));
        if (code == 0)
            code = kw::cli::HandOver;
    }
    // A listing has nothing left to do but free its keys, one by one: the system takes the
    // memory back at once.
    if (quickExit)
        std::_Exit(code);
    return code;
}

// The KeyWarden desktop console. With --sandbox it also starts the WAYSCloud emulator in this
// process, on loopback, and opens with a sandbox account full of sample keys.

#include "core/Account.h"
#include "core/AuditLog.h"
#include "sandbox/WaysCloudSandbox.h"
#include "ui/AppController.h"
#include "ui/MainWindow.h"
#include "vault/KeychainStore.h"
#include "vault/MemoryStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTranslator>
#include <cstdio>
#include <memory>

#ifndef KEYWARDEN_VERSION
#define KEYWARDEN_VERSION "0.1.0"
#endif

namespace {

// The same id on every sandbox run, so rotations begun in one run find their account in the next.
constexpr auto SandboxAccountId = "00000000-5a4d-4b0e-8000-000000000001";

void installTranslators(QApplication& app)
{
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto* translator = new QTranslator(&app);
    // ":/i18n/keywarden_<lang>.qm", trying each of the system's UI languages in turn
    if (translator->load(QLocale(), QStringLiteral("keywarden"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")))
        QApplication::installTranslator(translator);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("KeyWarden"));
    QApplication::setApplicationName(QStringLiteral("keywarden"));
    QApplication::setApplicationDisplayName(QStringLiteral("KeyWarden"));
    QApplication::setApplicationVersion(QStringLiteral(KEYWARDEN_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/keywarden.svg")));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Desktop console for the API keys and access keys of your cloud accounts."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("main", "Start the built-in WAYSCloud sandbox on this "
                                            "computer and open it with sample keys."));
    parser.addOption(sandboxOption);
    parser.process(app);
    const bool sandboxMode = parser.isSet(sandboxOption);

    QSettings settings;
    QNetworkAccessManager network;
    kw::KeychainStore keychain;
    kw::MemoryStore sessionStore;
    kw::AuditLog audit{QString()};
    kw::AppController controller(settings, &keychain, &sessionStore, &network, &audit);
    kw::MainWindow window(&controller);
    window.setSandboxMode(sandboxMode);

    std::unique_ptr<kw::sandbox::WaysCloudSandbox> sandbox;
    if (sandboxMode) {
        sandbox = std::make_unique<kw::sandbox::WaysCloudSandbox>();
        if (!sandbox->listen(QHostAddress::LocalHost, 0)) {
            std::fputs(qPrintable(QCoreApplication::translate(
                           "main", "keywarden: the sandbox could not listen on loopback.\n")),
                       stderr);
            return 1;
        }
        sandbox->seedSamples(12);
        kw::Account account;
        account.id = QString::fromLatin1(SandboxAccountId);
        account.provider = QStringLiteral("wayscloud");
        account.label = QCoreApplication::translate("main", "WAYSCloud sandbox");
        account.endpoint = sandbox->url();
        account.sandbox = true;
        // The sandbox token lives in memory only: never in the keychain or the settings.
        controller.addSessionAccount(account, kw::Secret::fromString(sandbox->adminToken()));
        window.selectAccount(account.id);
    }
    controller.start();

    window.show();
    const int status = QApplication::exec();
    return status;
}

// The KeyWarden desktop console. With --sandbox it also starts the provider emulators in this
// process, on loopback, and opens with one sandbox account per provider, full of sample keys.

#include "console/AppController.h"
#include "core/Account.h"
#include "core/AuditLog.h"
#include "providers/KeyProvider.h"
#include "sandbox/SandboxHost.h"
#include "ui/MainWindow.h"
#include "vault/KeychainStore.h"
#include "vault/MemoryStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QStatusBar>
#include <QTranslator>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

#ifndef KEYWARDEN_VERSION
#define KEYWARDEN_VERSION "0.1.0"
#endif

namespace {

// The same ids on every sandbox run, so rotations begun in one run find their account in the
// next. The WAYSCloud one is the id earlier versions used.
QString sandboxAccountId(int index)
{
    return u"00000000-5a4d-4b0e-8000-%1"_s.arg(index + 1, 12, 10, QLatin1Char('0'));
}

void installTranslators(QApplication& app)
{
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), u"qtbase"_s, u"_"_s,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto* translator = new QTranslator(&app);
    // ":/i18n/keywarden_<lang>.qm", trying each of the system's UI languages in turn
    if (translator->load(QLocale(), u"keywarden"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(translator);
}

// What the window learns from the app: where the data lives (Help → About), and how to start
// the sandbox it offers on an empty start.
void connectWindow(kw::MainWindow& window, const QSettings& settings, const kw::AuditLog& audit,
                   const kw::KeychainStore& keychain)
{
    kw::AboutDialog::DataLocations locations;
    locations.settingsFile = settings.fileName();
    locations.auditLog = audit.filePath();
    locations.keychain = keychain.backendName();
    locations.keychainService = kw::KeychainStore::serviceName();
    window.setDataLocations(locations);
    // A separate process: its sample accounts live in its own memory and settings only.
    QObject::connect(&window, &kw::MainWindow::trySandboxRequested, &window, [&window] {
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), {u"--sandbox"_s}))
            window.statusBar()->showMessage(
                QCoreApplication::translate("main", "The sandbox could not be started."), 8000);
    });
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"KeyWarden"_s);
    QApplication::setApplicationName(u"keywarden"_s);
    QApplication::setApplicationDisplayName(u"KeyWarden"_s);
    QApplication::setApplicationVersion(QString::fromUtf8(KEYWARDEN_VERSION));
    QApplication::setWindowIcon(QIcon(u":/icons/keywarden.svg"_s));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Desktop console for the API keys and access keys of your cloud accounts."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        u"sandbox"_s,
        QCoreApplication::translate("main", "Start the built-in provider sandboxes on this "
                                            "computer and open them with sample keys."));
    parser.addOption(sandboxOption);
    parser.process(app);
    const bool sandboxMode = parser.isSet(sandboxOption);
    // A sandbox run keeps its settings, rotation records and audit log apart from the user's
    // (QSettings and the app data folder follow the application name): it neither shows the
    // real accounts nor leaves anything of its own among them.
    if (sandboxMode)
        QApplication::setApplicationName(u"keywarden-sandbox"_s);

    QSettings settings;
    QNetworkAccessManager network;
    kw::KeychainStore keychain;
    kw::MemoryStore sessionStore;
    kw::AuditLog audit{QString()};
    kw::AppController controller(settings, &keychain, &sessionStore, &network, &audit);
    kw::MainWindow window(&controller);
    window.setSandboxMode(sandboxMode);
    connectWindow(window, settings, audit, keychain);

    std::unique_ptr<kw::sandbox::SandboxHost> sandboxes;
    if (sandboxMode) {
        sandboxes = std::make_unique<kw::sandbox::SandboxHost>();
        if (!sandboxes->start()) {
            std::fprintf(stderr, "keywarden: %s\n", qPrintable(sandboxes->errorString()));
            return 1;
        }
        const QList<kw::sandbox::SandboxHost::Endpoint> endpoints = sandboxes->endpoints();
        for (int i = 0; i < endpoints.size(); ++i) {
            const kw::sandbox::SandboxHost::Endpoint& endpoint = endpoints.at(i);
            // A sandbox without a client in this build would only show an error.
            if (!kw::capabilitiesFor(endpoint.providerId))
                continue;
            kw::Account account;
            account.id = sandboxAccountId(i);
            account.provider = endpoint.providerId;
            account.label =
                QCoreApplication::translate("main", "%1 sandbox").arg(endpoint.providerName);
            account.endpoint = endpoint.url;
            account.organizationId = endpoint.organizationId;
            account.s3Endpoint = endpoint.s3Endpoint;
            account.region = endpoint.region;
            account.sandbox = true;
            // The sandbox tokens live in memory only: never in the keychain or the settings.
            controller.addSessionAccount(account, kw::Secret::fromString(endpoint.adminToken));
        }
    }
    controller.start();
    // Two or more accounts open on "All accounts": every key at once (a no-op with fewer).
    window.showAllAccounts();

    window.show();
    const int status = QApplication::exec();
    return status;
}

// The KeyWarden desktop console. With --sandbox it also starts the provider emulators in this
// process, on loopback, and opens with one sandbox account per provider, full of sample keys.

#include "console/AppController.h"
#include "console/Preferences.h"
#include "console/ReminderTracker.h"
#include "core/Account.h"
#include "core/AuditLog.h"
#include "core/ProcessHardening.h"
#include "providers/KeyProvider.h"
#include "providers/NetworkProxy.h"
#include "sandbox/SandboxHost.h"
#include "ui/MainWindow.h"
#include "ui/Palette.h"
#include "ui/ProxyAuthDialog.h"
#include "ui/TrayIcon.h"
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

// locale: Preferences::uiLocale(), the chosen language or the system's.
void installTranslators(QApplication& app, const QLocale& locale)
{
    QLocale::setDefault(locale);
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto* translator = new QTranslator(&app);
    // ":/i18n/keywarden_<lang>.qm", trying each of the locale's UI languages in turn
    if (translator->load(locale, u"keywarden"_s, u"_"_s, u":/i18n"_s))
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

// The tray icon with the reminders. A child of the window: while it is up, closing the window
// may keep the app running, and the app quits when the tray says so.
const kw::TrayIcon* addTray(kw::MainWindow& window, kw::AppController& controller,
                            kw::ReminderTracker& reminders, QSettings& settings)
{
    auto* tray = new kw::TrayIcon(&controller, &reminders, &window, settings);
    QObject::connect(tray, &kw::TrayIcon::quitRequested, qApp, &QApplication::quit,
                     Qt::QueuedConnection);
    return tray;
}

// --background (an autostart entry) leaves the window to the tray, or minimised without one.
void showWindow(kw::MainWindow& window, const kw::TrayIcon& tray, bool background)
{
    if (!background)
        window.show();
    else if (!tray.isUp())
        window.showMinimized();
}

// --sandbox: the provider emulators in this process, one session account for each (their
// tokens in memory only: never in the keychain or the settings). Null when they cannot start.
std::unique_ptr<kw::sandbox::SandboxHost> startSandboxes(kw::AppController& controller)
{
    auto sandboxes = std::make_unique<kw::sandbox::SandboxHost>();
    if (!sandboxes->start()) {
        std::fprintf(stderr, "keywarden: %s\n", qPrintable(sandboxes->errorString()));
        return nullptr;
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
        controller.addSessionAccount(account, kw::Secret::fromString(endpoint.adminToken));
    }
    return sandboxes;
}

// Names, version and icon, and the translators for the person's language: the user's
// settings, also for a sandbox run (the language is the person's, not the run's).
void nameApplication(QApplication& app)
{
    QApplication::setOrganizationName(u"KeyWarden"_s);
    QApplication::setApplicationName(u"keywarden"_s);
    QApplication::setApplicationDisplayName(u"KeyWarden"_s);
    QApplication::setApplicationVersion(QString::fromUtf8(KEYWARDEN_VERSION));
    QApplication::setWindowIcon(QIcon(u":/icons/keywarden.svg"_s));
    QSettings userSettings;
    installTranslators(app, kw::Preferences(userSettings).uiLocale());
}

} // namespace

int main(int argc, char* argv[])
{
    kw::hardenProcess(argc, argv, "keywarden"); // no core dumps, no ptrace: before any secret
    QApplication app(argc, argv);
    nameApplication(app);

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
    const QCommandLineOption backgroundOption(
        u"background"_s,
        QCoreApplication::translate("main", "Start in the system tray without opening the window "
                                            "(for an autostart entry); where the desktop has no "
                                            "tray, the window starts minimised."));
    parser.addOption(backgroundOption);
    const QCommandLineOption darkOption(
        u"dark"_s, QCoreApplication::translate("main", "Use a dark palette (Fusion style), for a "
                                                       "desktop without a dark theme of its own; "
                                                       "KEYWARDEN_STYLE=dark does the same."));
    parser.addOption(darkOption);
    // Taken out of the arguments by hardenProcess(); listed here for --help.
    parser.addOption(QCommandLineOption(
        QString::fromLatin1(kw::allowCoreDumpsOption),
        QCoreApplication::translate("main", "For developers: allow core dumps and debugger "
                                            "attach (also KEYWARDEN_ALLOW_CORE_DUMPS=1). A core "
                                            "file may then hold your tokens and secrets.")));
    parser.process(app);
    if (parser.isSet(darkOption) || qEnvironmentVariable("KEYWARDEN_STYLE") == u"dark"_s)
        kw::Palette::useDarkFusion();
    const bool sandboxMode = parser.isSet(sandboxOption);
    // A sandbox run keeps its settings, rotation records and audit log apart from the user's
    // (QSettings and the app data folder follow the application name): it neither shows the
    // real accounts nor leaves anything of its own among them.
    if (sandboxMode)
        QApplication::setApplicationName(u"keywarden-sandbox"_s);

    QSettings settings;
    // https_proxy, no_proxy and the system's proxy, as curl and the AWS CLI take them.
    kw::EnvironmentProxyFactory::install();
    QNetworkAccessManager network;
    kw::KeychainStore keychain;
    kw::MemoryStore sessionStore;
    kw::AuditLog audit{QString()};
    kw::AppController controller(settings, &keychain, &sessionStore, &network, &audit);
    controller.setDriftWritesOffThread(true);
    kw::ReminderTracker reminders(controller, settings);
    kw::MainWindow window(&controller);
    window.setSandboxMode(sandboxMode);
    connectWindow(window, settings, audit, keychain);
    // A proxy that asks for credentials: the keychain's, else asked once over the window.
    kw::ProxyAuth::watch(&network);
    kw::ProxyAuth::setSource(kw::ProxyAuthDialog::windowSource(&keychain, &window));
    const kw::TrayIcon* tray = addTray(window, controller, reminders, settings);

    std::unique_ptr<kw::sandbox::SandboxHost> sandboxes;
    if (sandboxMode && !(sandboxes = startSandboxes(controller)))
        return 1;
    controller.start();
    // Two or more accounts open on "All accounts": every key at once (a no-op with fewer).
    window.showAllAccounts();

    showWindow(window, *tray, parser.isSet(backgroundOption));
    const int status = QApplication::exec();
    return status;
}

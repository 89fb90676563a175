#pragma once

// The main window over the sandbox accounts of `keywarden --sandbox`: one account per provider,
// each provider's real client against its emulator.

#include "sandbox/SandboxHost.h"
#include "support/WindowHarness.h"

#include <QComboBox>
#include <QHash>
#include <QLabel>
#include <functional>
#include <optional>

namespace kw::test {

using namespace Qt::StringLiterals;

// The sandbox accounts of `keywarden --sandbox` (one per provider), each provider's real client
// against its emulator.
struct SandboxWindowHarness
{
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    sandbox::SandboxHost host;
    MemoryStore vault;
    MemoryStore sessionVault;
    QNetworkAccessManager network;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<AppController> controller;
    std::unique_ptr<MainWindow> window;
    QDateTime now = Clock::app().nowUtc(); // pinned from here on
    ScopedClock clock{[this] { return now; }};
    QHash<QString, QString> accountOf; // provider id → account id

    SandboxWindowHarness()
    {
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")),
                                               QSettings::IniFormat);
        audit = std::make_unique<AuditLog>(dir.filePath(QStringLiteral("audit.jsonl")));
        sandbox::SandboxHost::Options options;
        options.now = now;
        host.start(options);
        controller = std::make_unique<AppController>(*settings, &vault, &sessionVault, &network,
                                                     audit.get());
        window = std::make_unique<MainWindow>(controller.get());
        window->resize(1280, 800);
        for (const auto& endpoint : host.endpoints()) {
            Account account;
            account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            account.provider = endpoint.providerId;
            account.label = endpoint.providerName + QStringLiteral(" sandbox");
            account.endpoint = endpoint.url;
            account.organizationId = endpoint.organizationId;
            account.s3Endpoint = endpoint.s3Endpoint;
            account.region = endpoint.region;
            account.sandbox = true;
            accountOf.insert(endpoint.providerId, account.id);
            controller->addSessionAccount(account, Secret::fromString(endpoint.adminToken));
        }
        window->show();
    }

    bool allLoaded() const
    {
        for (const QString& id : controller->accountIds()) {
            const AppController::AccountView* view = controller->account(id);
            if (!view || view->state != AppController::LoadState::Ok)
                return false;
        }
        return controller->accountIds().size() == host.endpoints().size();
    }
    const QList<ApiKey>& keysOf(const QString& provider) const
    {
        return controller->account(accountOf.value(provider))->keys;
    }
    void show(const QString& provider) { window->selectAccount(accountOf.value(provider)); }
    QAction* action(const char* name) const
    {
        return window->findChild<QAction*>(QString::fromLatin1(name));
    }
    // The first listed key of `provider` that passes `test`, selected in the table.
    std::optional<ApiKey> selectFirst(const QString& provider,
                                      const std::function<bool(const ApiKey&)>& test)
    {
        show(provider);
        for (const ApiKey& key : keysOf(provider)) {
            if (test(key) && window->selectKey(key.id))
                return key;
        }
        return std::nullopt;
    }
    QString auditText() const { return readAll(audit->filePath()); }
    // Opens the create dialog of the Wasabi IAM account and waits until its sub-user picker is
    // filled; then chooses the root user as the key's owner, as a person would (the picker
    // chooses nobody by itself), unless chooseRoot is false. nullptr when either does not happen.
    QDialog* openWasabiIamCreateDialog(QSignalSpy& opened, bool chooseRoot = true)
    {
        show(u"wasabi-iam"_s);
        action("actionCreateKey")->trigger();
        QDialog* create = nextDialog(opened);
        auto* bearer = child<QComboBox>(create, "bearerCombo");
        if (!bearer || !QTest::qWaitFor([bearer] { return bearer->isEnabled(); }, Timeout))
            return nullptr;
        if (chooseRoot)
            bearer->setCurrentIndex(bearer->findData(QStringList{u"user"_s, QString()}));
        return create;
    }
    // The first listed Wasabi IAM key of this owner ("root" for the root user), selected.
    std::optional<ApiKey> selectWasabiIamKeyOf(const QString& owner)
    {
        return selectFirst(u"wasabi-iam"_s,
                           [&owner](const ApiKey& key) { return key.principal == owner; });
    }
    // The owner's access as the details pane shows it.
    QString ownerAccessText() const
    {
        auto* value = window->findChild<QLabel*>(u"ownerAccessValue"_s);
        return value && value->isVisibleTo(window.get()) ? value->text() : QString();
    }
};

} // namespace kw::test

#pragma once

// LeakResponder against the in-process sandboxes over loopback, with the real provider clients:
// what "live", "not live" and "could not be checked" mean when a real server answers.

#include "console/AppController.h"
#include "console/LeakResponder.h"
#include "core/AuditLog.h"
#include "sandbox/Fault.h"
#include "sandbox/SandboxHost.h"
#include "sandbox/wasabiiam/WasabiIamSandbox.h"
#include "vault/MemoryStore.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <optional>

namespace kw::test {

struct LeakSandboxFixture
{
    // The client retries a dropped connection with backoff before it gives up.
    static constexpr int Timeout = 60000;

    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    MemoryStore vault;
    MemoryStore session;
    QNetworkAccessManager network;
    AuditLog audit{dir.filePath(QStringLiteral("audit.log"))};
    sandbox::SandboxHost host;
    std::unique_ptr<AppController> controller;

    bool setUp()
    {
        sandbox::SandboxHost::Options options;
        options.samples = 4;
        options.waysCloudSamples = 4;
        if (!host.start(options))
            return false;
        controller = std::make_unique<AppController>(settings, &vault, &session, &network, &audit);
        controller->setFinishesDueRotationsOnLoad(false);
        return true;
    }

    // The provider's account, added with the sandbox's admin token and listed; empty on failure.
    QString addLoaded(const QString& providerId)
    {
        const auto endpoint = host.endpoint(providerId);
        if (!endpoint)
            return {};
        Account account;
        account.id = QStringLiteral("acc-") + providerId;
        account.provider = providerId;
        account.label = providerId;
        account.endpoint = endpoint->url;
        account.organizationId = endpoint->organizationId;
        account.s3Endpoint = endpoint->s3Endpoint;
        account.region = endpoint->region;
        account.sandbox = true;
        controller->addSessionAccount(account, Secret::fromString(endpoint->adminToken));
        const bool loaded = QTest::qWaitFor(
            [&] {
                const auto* view = controller->account(account.id);
                return view && view->state == AppController::LoadState::Ok;
            },
            Timeout);
        return loaded ? account.id : QString();
    }

    std::optional<CreatedKey> create(const QString& accountId, const KeySpec& spec)
    {
        bool done = false;
        std::optional<CreatedKey> created;
        controller->createKey(accountId, spec, nullptr,
                              [&](const ProviderError& error, CreatedKey* key) {
                                  if (error.ok() && key)
                                      created = std::move(*key);
                                  else
                                      qWarning().noquote() << "create:" << error.toString();
                                  done = true;
                              });
        return QTest::qWaitFor([&] { return done; }, Timeout) ? std::move(created) : std::nullopt;
    }

    // Checks the paste and returns the liveness of its first finding; Checking when the check
    // did not finish.
    static LeakResponder::Liveness livenessOf(LeakResponder& responder, const QString& paste)
    {
        QSignalSpy finished(&responder, &LeakResponder::finished);
        if (!responder.check(LeakPatterns::scan(paste)) ||
            (finished.isEmpty() && !finished.wait(Timeout)) || responder.items().isEmpty())
            return LeakResponder::Liveness::Checking;
        return responder.items().constFirst().liveness;
    }
};

} // namespace kw::test

// The fault matrix's data and test bench (see test_fault_matrix.cpp): the faults, each
// provider's operations and where their requests go, and one provider's emulator with a
// controller and one account on it.
#pragma once

#include "console/AppController.h"
#include "core/AuditLog.h"
#include "providers/CoreWeaveProvider.h"
#include "providers/KeyProvider.h"
#include "providers/ScalewayProvider.h"
#include "providers/WasabiAirProvider.h"
#include "providers/WasabiIamProvider.h"
#include "providers/WaysCloudProvider.h"
#include "sandbox/FaultPlan.h"
#include "sandbox/coreweave/CoreWeaveSandbox.h"
#include "sandbox/scaleway/ScalewaySandbox.h"
#include "sandbox/wasabiair/WasabiAirSandbox.h"
#include "sandbox/wasabiiam/WasabiIamSandbox.h"
#include "sandbox/wayscloud/WaysCloudSandbox.h"
#include "vault/MemoryStore.h"

#include <QAbstractEventDispatcher>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cstdio>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace kw {

using sandbox::Fault;

namespace matrix {

// The clients' timeout: generous for setup and checks on a loaded 2-core machine (asan), short
// for the hang cells' own operation, so that the matrix fits CI.
constexpr int ClientTimeoutMs = 5000;
constexpr int HangTimeoutMs = 500;
constexpr int LatencyMs = 100;
constexpr qint64 ClientMaxBody = 1024 * 1024;
constexpr int WaitMs = 15000;

enum class Op
{
    List,
    Create,
    Edit,
    Disable,
    Enable,
    Revoke,
    Verify,
    RotateCreate,
    RotateRevoke
};

inline const char* opName(Op op)
{
    static const char* const names[] = {"list",    "create",        "edit",
                                        "disable", "enable",        "revoke",
                                        "verify",  "rotate-create", "rotate-revoke"};
    return names[int(op)];
}

struct FaultCase
{
    const char* name;
    Fault::Kind kind;
    int retryAfterSeconds = 0;
    bool asDate = false;
};

inline const QList<FaultCase>& faultCases()
{
    static const QList<FaultCase> cases{
        {"latency", Fault::Kind::Delay},
        {"hang", Fault::Kind::Hang},
        {"429-seconds", Fault::Kind::TooManyRequests, 30, false},
        {"429-date", Fault::Kind::TooManyRequests, 90, true},
        {"500", Fault::Kind::InternalError},
        {"502", Fault::Kind::BadGateway},
        {"503", Fault::Kind::Unavailable},
        {"504", Fault::Kind::GatewayTimeout},
        {"reset-before-headers", Fault::Kind::ResetBeforeHeaders},
        {"reset-after-headers", Fault::Kind::ResetMidBody},
        {"truncated-body", Fault::Kind::TruncatedBody},
        {"malformed-body", Fault::Kind::MalformedBody},
        {"huge-body", Fault::Kind::HugeBody},
        {"401", Fault::Kind::Unauthorized},
        {"403", Fault::Kind::Forbidden},
        {"404", Fault::Kind::NotFound},
        {"lost-answer", Fault::Kind::FailAfterCommit},
    };
    return cases;
}

// A transient fault a client is expected to ride out on a read (one retry, or Qt's own resend).
inline bool absorbable(Fault::Kind kind)
{
    switch (kind) {
    case Fault::Kind::Hang:
    case Fault::Kind::InternalError:
    case Fault::Kind::BadGateway:
    case Fault::Kind::Unavailable:
    case Fault::Kind::GatewayTimeout:
    case Fault::Kind::ResetBeforeHeaders:
    case Fault::Kind::ResetMidBody:
    case Fault::Kind::TruncatedBody:
    case Fault::Kind::FailAfterCommit:
        return true;
    default:
        return false;
    }
}

// The error kinds that name the cause of each fault.
inline QList<ProviderError::Kind> expectedKinds(Fault::Kind kind)
{
    using K = ProviderError::Kind;
    switch (kind) {
    case Fault::Kind::Delay:
        return {};
    case Fault::Kind::Hang:
        return {K::Timeout};
    case Fault::Kind::TooManyRequests:
        return {K::RateLimited};
    case Fault::Kind::InternalError:
    case Fault::Kind::BadGateway:
    case Fault::Kind::Unavailable:
    case Fault::Kind::GatewayTimeout:
        return {K::Server};
    case Fault::Kind::Unauthorized:
        return {K::Auth};
    case Fault::Kind::Forbidden:
        return {K::Forbidden};
    case Fault::Kind::NotFound:
        return {K::NotFound};
    case Fault::Kind::ResetBeforeHeaders:
        return {K::Network};
    case Fault::Kind::ResetMidBody:
    case Fault::Kind::FailAfterCommit:
        return {K::Network, K::BadResponse, K::Timeout};
    case Fault::Kind::TruncatedBody:
        // Qt reports a close before Content-Length was reached either way, depending on when
        // the close is read: a short body or a closed connection.
        return {K::BadResponse, K::Network};
    case Fault::Kind::MalformedBody:
    case Fault::Kind::HugeBody:
        return {K::BadResponse};
    }
    return {};
}

// Where an operation's request goes, per provider: the fault is armed for that request only.
struct Target
{
    QByteArray method;
    QString path;
    bool exact = false;
    QByteArray contains;
};

struct ProviderInfo
{
    QString id;
    QList<Op> ops;
    std::function<Target(Op)> target;
};

inline Target iam(const char* action)
{
    return {"POST", u"/"_s, true, "Action="_ba + action};
}

inline const QList<ProviderInfo>& providers()
{
    using enum Op;
    static const QList<ProviderInfo> all{
        {u"wayscloud"_s,
         {List, Create, Revoke, Verify, RotateCreate, RotateRevoke},
         [](Op op) -> Target {
             switch (op) {
             case List:
                 return {"GET", u"/v1/account/api-keys"_s, true, {}};
             case Create:
             case RotateCreate:
                 return {"POST", u"/v1/account/api-keys/"_s, false, {}};
             case Verify:
                 return {"GET", u"/v1/storage/"_s, false, {}};
             default:
                 return {"DELETE", u"/v1/account/api-keys/"_s, false, {}};
             }
         }},
        {u"scaleway"_s,
         {List, Create, Edit, Revoke, Verify, RotateCreate, RotateRevoke},
         [](Op op) -> Target {
             switch (op) {
             case List:
                 return {"GET", u"/iam/v1alpha1/api-keys"_s, true, {}};
             case Create:
             case RotateCreate:
                 return {"POST", u"/iam/v1alpha1/api-keys"_s, true, {}};
             case Edit:
                 return {"PATCH", u"/iam/v1alpha1/api-keys/"_s, false, {}};
             case Verify:
                 return {"GET", u"/"_s, true, {}};
             default:
                 return {"DELETE", u"/iam/v1alpha1/api-keys/"_s, false, {}};
             }
         }},
        {u"coreweave"_s,
         {List, Create, Disable, Enable, Revoke, Verify, RotateCreate, RotateRevoke},
         [](Op op) -> Target {
             switch (op) {
             case List:
                 return {"GET", u"/v1/cwobject/access-key"_s, true, {}};
             case Create:
             case RotateCreate:
                 return {"POST", u"/v1/cwobject/access-key"_s, true, {}};
             case Disable:
             case Enable:
                 return {"PUT", u"/v1/cwobject/access-key-status"_s, false, {}};
             case Verify:
                 return {"GET", u"/"_s, true, {}};
             default:
                 return {"POST", u"/v1/cwobject/revoke-access-key"_s, false, {}};
             }
         }},
        {u"wasabi-air"_s,
         {List, Create, Edit, Disable, Enable, Revoke, Verify, RotateCreate, RotateRevoke},
         [](Op op) -> Target {
             switch (op) {
             case List:
             case Verify: // the key's own JWT lists the keys
                 return {"GET", u"/api/data/api-keys"_s, true, {}};
             case Create:
             case RotateCreate:
                 return {"POST", u"/api/data/api-keys"_s, true, {}};
             case Edit:
             case Disable:
             case Enable:
                 return {"PATCH", u"/api/data/api-keys/"_s, false, {}};
             default:
                 return {"DELETE", u"/api/data/api-keys/"_s, false, {}};
             }
         }},
        {u"wasabi-iam"_s,
         {List, Create, Disable, Enable, Revoke, Verify, RotateCreate, RotateRevoke},
         [](Op op) -> Target {
             switch (op) {
             case List:
                 return iam("ListAccessKeys");
             case Create:
             case RotateCreate:
                 return iam("CreateAccessKey");
             case Disable:
             case Enable:
                 return iam("UpdateAccessKey");
             case Verify:
                 return {"GET", u"/"_s, true, {}};
             default:
                 return iam("DeleteAccessKey");
             }
         }},
    };
    return all;
}

// Waits until done() holds, running this thread's event loop and checking each time the loop
// has nothing left to do (QTest::qWaitFor naps 10 ms between turns, which is most of a loopback
// request's time here). False on timeout.
inline bool waitUntil(const std::function<bool()>& done, int timeoutMs = WaitMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QObject::connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock,
                     &loop, [&] {
                         if (done())
                             loop.quit();
                     });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(timeoutMs);
    loop.exec();
    return done();
}

inline HttpClient* httpOf(KeyProvider* provider)
{
    if (auto* p = qobject_cast<WaysCloudProvider*>(provider))
        return &p->http();
    if (auto* p = qobject_cast<ScalewayProvider*>(provider))
        return &p->http();
    if (auto* p = qobject_cast<CoreWeaveProvider*>(provider))
        return &p->http();
    if (auto* p = qobject_cast<WasabiAirProvider*>(provider))
        return &p->http();
    if (auto* p = qobject_cast<WasabiIamProvider*>(provider))
        return &p->http();
    return nullptr;
}

// One provider's emulator, a controller with one account on it, and a clean client to read the
// provider's real state back.
struct Bench
{
    QTemporaryDir dir;
    QSettings settings{dir.filePath(u"settings.ini"_s), QSettings::IniFormat};
    MemoryStore vault;
    MemoryStore session;
    QNetworkAccessManager network;
    AuditLog audit{dir.filePath(u"audit.jsonl"_s)};
    std::unique_ptr<QObject> emulator;
    std::function<void(const Fault&)> inject;
    std::function<void()> clearFaults;
    std::function<int()> pendingFaults;
    Account account;
    QString token;
    KeySpec spec;
    std::unique_ptr<AppController> controller;
    QList<QPointer<KeyProvider>> made; // the clients the controller made

    template <typename Sandbox> Sandbox* use(std::unique_ptr<Sandbox> sandbox)
    {
        Sandbox* raw = sandbox.get();
        inject = [raw](const Fault& f) { raw->injectFault(f); };
        clearFaults = [raw] { raw->clearFaults(); };
        pendingFaults = [raw] { return raw->pendingFaults(); };
        emulator = std::move(sandbox);
        return raw;
    }

    bool start(const QString& providerId, int serial)
    {
        account.id = u"matrix-account"_s;
        account.provider = providerId;
        account.label = providerId;
        account.sandbox = true;
        spec.name = u"matrix key %1"_s.arg(serial);
        bool listening = false;
        if (providerId == u"wayscloud"_s) {
            auto* s = use(std::make_unique<sandbox::WaysCloudSandbox>());
            s->seedSamples(3);
            listening = s->listen();
            account.endpoint = s->url();
            token = s->adminToken();
            spec.services = {u"storage"_s};
        } else if (providerId == u"scaleway"_s) {
            auto* s = use(std::make_unique<sandbox::ScalewaySandbox>());
            s->seedSamples(3);
            listening = s->listen();
            account.endpoint = account.s3Endpoint = s->url();
            account.organizationId = s->organizationId();
            account.region = sandbox::ScalewaySandbox::s3Regions().constFirst();
            token = s->adminToken();
            spec.name.clear();
            spec.description = u"matrix key %1"_s.arg(serial);
            spec.bearerType = u"user"_s;
            spec.bearerId = s->ownUserId();
        } else if (providerId == u"coreweave"_s) {
            auto* s = use(std::make_unique<sandbox::CoreWeaveSandbox>());
            s->seedSamples(3);
            listening = s->listen();
            account.endpoint = account.s3Endpoint = s->url();
            account.region = sandbox::CoreWeaveSandbox::s3Regions().constFirst();
            token = s->adminToken();
            spec.durationSeconds = 0;
        } else if (providerId == u"wasabi-air"_s) {
            auto* s = use(std::make_unique<sandbox::WasabiAirSandbox>());
            s->seedSamples(3);
            listening = s->listen();
            account.endpoint = s->url();
            token = s->adminToken();
        } else {
            auto* s = use(std::make_unique<sandbox::WasabiIamSandbox>());
            // No sample users: every list would ask for each one's keys. The root user's own
            // key and a sub-user's keys are enough.
            s->addUser(u"matrix-user"_s);
            listening = s->listen();
            account.endpoint = account.s3Endpoint = s->url();
            account.region = u"us-east-1"_s;
            token = s->adminAccessKeyId() + u':' + s->adminSecret();
            spec.name.clear();
            spec.bearerId = u"matrix-user"_s;
        }
        if (!listening)
            return false;
        controller = std::make_unique<AppController>(settings, &vault, &session, &network, &audit);
        controller->setFinishesDueRotationsOnLoad(false);
        controller->setProviderMaker([this](const Account& a, Secret t, QNetworkAccessManager* n) {
            std::unique_ptr<KeyProvider> provider = createProvider(a, std::move(t), n);
            made.append(provider.get());
            if (HttpClient* http = httpOf(provider.get())) {
                http->setDefaultTimeoutMs(ClientTimeoutMs);
                http->setMaxAttempts(3);
                http->setBackoffBaseMs(5);
                http->setMaxRetryAfterMs(2000);
                http->setMaxBodyBytes(ClientMaxBody);
            }
            return provider;
        });
        controller->addSessionAccount(account, Secret::fromString(token));
        return load().has_value() && view()->state == AppController::LoadState::Ok;
    }

    // The timeout of the controller's clients from now on (a verify copies it when it starts).
    void setClientTimeoutMs(int ms)
    {
        for (const QPointer<KeyProvider>& provider : std::as_const(made)) {
            if (HttpClient* http = provider ? httpOf(provider) : nullptr)
                http->setDefaultTimeoutMs(ms);
        }
    }

    const AppController::AccountView* view() const { return controller->account(account.id); }

    // Lists through the controller; the load error, or nullopt when it never finished.
    std::optional<ProviderError> load()
    {
        bool done = false;
        QMetaObject::Connection c =
            QObject::connect(controller.get(), &AppController::accountChanged, [&] {
                const auto state = view()->state;
                done = done || state == AppController::LoadState::Ok ||
                       state == AppController::LoadState::Error;
            });
        controller->refresh(account.id);
        const bool finished = waitUntil([&] { return done; });
        QObject::disconnect(c);
        if (!finished)
            return std::nullopt;
        return view()->loadError;
    }

    // The provider's real state, read by a clean client (once the cell's fault is cleared).
    std::optional<QList<ApiKey>> realKeys()
    {
        std::unique_ptr<KeyProvider> provider =
            createProvider(account, Secret::fromString(token), &network);
        std::unique_ptr<ProviderReply> reply(provider->listKeys());
        if (!waitUntil([&] { return reply->isFinished(); }) || !reply->ok())
            return std::nullopt;
        return reply->keys();
    }
};

inline const ApiKey* findKey(const QList<ApiKey>& keys, const QString& id)
{
    for (const ApiKey& key : keys) {
        if (key.id == id && key.status != KeyStatus::Revoked)
            return &key;
    }
    return nullptr;
}

inline QStringList idsOf(const QList<ApiKey>& keys)
{
    QStringList ids;
    for (const ApiKey& key : keys) {
        if (key.status != KeyStatus::Revoked)
            ids << key.id;
    }
    ids.sort();
    return ids;
}

} // namespace matrix

} // namespace kw

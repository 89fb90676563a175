#pragma once

// The console's parts wired as AppController wires them, with a FakeProvider per account,
// temporary settings, in-memory vaults and an audit log in a temporary folder: for tests of
// AccountService, KeyOperations and RotationOrchestrator without a server.
#include "console/AccountService.h"
#include "console/AuditTrail.h"
#include "core/AuditLog.h"
#include "core/Clock.h"
#include "support/FakeProvider.h"
#include "vault/MemoryStore.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <optional>
#include <tuple>

namespace kw::test {

// A vault that can be told to refuse writes, as a locked keychain does.
class RefusingStore : public MemoryStore
{
public:
    bool refuseWrites = false;

    void write(const QString& key, const Secret& secret, const QObject* context,
               Callback done) override
    {
        if (!refuseWrites) {
            MemoryStore::write(key, secret, context, std::move(done));
            return;
        }
        QMetaObject::invokeMethod(
            this,
            [guard = QPointer<const QObject>(context), hasContext = context != nullptr,
             done = std::move(done)] {
                if (hasContext && !guard)
                    return;
                Result refused;
                refused.status = Status::Locked;
                refused.message = QStringLiteral("The keychain is locked.");
                done(std::move(refused));
            },
            Qt::QueuedConnection);
    }
};

struct ConsoleHarness
{
    static constexpr int Timeout = 5000;

    QTemporaryDir dir;
    QSettings settings{dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat};
    RefusingStore vault;
    MemoryStore session;
    AuditLog log{dir.filePath(QStringLiteral("audit.log"))};
    AuditTrail audit{&log};
    AccountService accounts{settings, &vault, &session, nullptr};
    QHash<QString, QList<ApiKey>> seeds;       // the keys a new account's provider holds
    QHash<QString, FakeProvider*> fakes;       // the latest client made, by account id
    QHash<QString, QString> tokens;            // the token each client was made with
    QHash<QString, Capabilities> capabilities; // by account id; default: FakeProvider's
    bool makesClients = true;                  // false: "no client for this provider"

    ConsoleHarness()
    {
        accounts.setProviderMaker([this](const Account& account, Secret token,
                                         QNetworkAccessManager*) -> std::unique_ptr<KeyProvider> {
            if (!makesClients)
                return nullptr;
            auto made = std::make_unique<FakeProvider>(
                account, capabilities.value(account.id, FakeProvider::defaultCapabilities()));
            made->keys = seeds.value(account.id);
            fakes.insert(account.id, made.get());
            tokens.insert(account.id, token.exposeString());
            return made;
        });
    }

    // What a helper returns when the answer it waited for never came.
    static ProviderError noAnswer()
    {
        return {ProviderError::Kind::Timeout, 0, QStringLiteral("no answer in time"), {}};
    }
    static Account makeAccount(const QString& id)
    {
        Account account;
        account.id = id;
        account.provider = QStringLiteral("fake");
        account.label = QStringLiteral("Label of ") + id;
        return account;
    }
    AccountService::LoadState state(const QString& id) const
    {
        const auto* view = accounts.account(id);
        return view ? view->state : AccountService::LoadState::Idle;
    }
    bool waitFor(const QString& id, AccountService::LoadState wanted) const
    {
        return QTest::qWaitFor([&] { return state(id) == wanted; }, Timeout);
    }
    // A session account whose provider holds keys, listed.
    FakeProvider* addLoaded(const QString& id, const QList<ApiKey>& keys)
    {
        seeds.insert(id, keys);
        accounts.addSessionAccount(makeAccount(id), Secret::fromString(QStringLiteral("token")));
        return waitFor(id, AccountService::LoadState::Ok) ? fakes.value(id) : nullptr;
    }
    QList<ApiKey> shownKeys(const QString& id) const
    {
        const auto* view = accounts.account(id);
        return view ? view->keys : QList<ApiKey>{};
    }
    bool shows(const QString& id, const QString& keyId) const
    {
        const QList<ApiKey> keys = shownKeys(id);
        return std::any_of(keys.begin(), keys.end(),
                           [&](const ApiKey& key) { return key.id == keyId; });
    }
    // Keeps a key's secret in the keychain, as `keys create --store` does.
    bool keepSecret(const QString& accountId, const QString& keyId, const QString& secret)
    {
        std::optional<bool> kept;
        accounts.storedSecrets().store({accountId, keyId, Clock::app().nowUtc(), {}},
                                       Secret::fromString(secret), nullptr,
                                       [&](const SecretStore::Result& r) { kept = r.ok(); });
        return QTest::qWaitFor([&] { return kept.has_value(); }, Timeout) && *kept;
    }
    QByteArray auditText() const
    {
        QFile file(log.filePath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    // The audit's lines, each as its JSON object.
    QList<QJsonObject> auditLines() const
    {
        QList<QJsonObject> lines;
        for (const QByteArray& line : auditText().split('\n')) {
            if (!line.isEmpty())
                lines.append(QJsonDocument::fromJson(line).object());
        }
        return lines;
    }
    // The last audit line of an action, empty when there is none.
    QJsonObject lastAudit(const QString& action) const
    {
        const QList<QJsonObject> lines = auditLines();
        for (auto it = lines.rbegin(); it != lines.rend(); ++it) {
            if (it->value(QStringLiteral("action")).toString() == action)
                return *it;
        }
        return {};
    }
};

// Records one asynchronous answer; waits for it.
template <typename... Args> struct Answer
{
    std::optional<std::tuple<std::decay_t<Args>...>> value;
    auto callback()
    {
        return [this](Args... args) { value.emplace(args...); };
    }
    bool wait(int timeoutMs = ConsoleHarness::Timeout)
    {
        return QTest::qWaitFor([&] { return value.has_value(); }, timeoutMs);
    }
    template <std::size_t I> const auto& get() const { return std::get<I>(*value); }
};

// Records the answer of a create, a reveal or a rotation's first step, taking the secret.
struct CreateAnswer
{
    bool done = false;
    ProviderError error;
    std::optional<CreatedKey> created;
    QString recordId;

    auto callback()
    {
        return [this](const ProviderError& e, CreatedKey* made) { take(e, made); };
    }
    auto rotationCallback()
    {
        return [this](const ProviderError& e, CreatedKey* made, const QString& id) {
            recordId = id;
            take(e, made);
        };
    }
    bool wait(int timeoutMs = ConsoleHarness::Timeout)
    {
        return QTest::qWaitFor([&] { return done; }, timeoutMs);
    }

private:
    void take(const ProviderError& e, CreatedKey* made)
    {
        error = e;
        if (made)
            created = std::move(*made);
        done = true;
    }
};

} // namespace kw::test

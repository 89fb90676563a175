#pragma once

// A KeyProvider without a server, for tests of the console's classes: it holds the provider's
// keys in memory, answers every call from the event loop (as every real client does), records
// what it was asked, and plays scripted answers (an error, a lost answer after the change was
// made, a reply that stays in flight until the test releases it).
#include "core/Clock.h"
#include "providers/KeyProvider.h"
#include "providers/ProviderReply.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <algorithm>
#include <functional>
#include <map>

namespace kw::test {

class FakeProvider : public KeyProvider
{
public:
    enum class Op
    {
        List,
        Create,
        Update,
        SetActive,
        Revoke,
        Verify,
        TestAccount,
        Bearers,
        Reveal,
        SetPrincipalActive,
        Policies,
        AttachPolicy
    };
    struct Call
    {
        Op op;
        QString subject; // the key's id, the principal, or the new key's name
    };
    // Replaces what the next call of an operation does. Answers are used in the order given.
    struct Answer
    {
        ProviderError error;
        // The provider makes the change all the same (an answer lost after the change).
        bool applied = false;
        // The reply stays in flight until releaseHeld().
        bool held = false;
        // Sets the reply's result, e.g. a create's answer without an id.
        std::function<void(ProviderReply&)> fill;
    };

    explicit FakeProvider(Account account, Capabilities capabilities = defaultCapabilities())
        : m_account(std::move(account)), m_capabilities(std::move(capabilities))
    {}

    static Capabilities defaultCapabilities()
    {
        Capabilities caps;
        caps.providerId = QStringLiteral("fake");
        caps.providerName = QStringLiteral("Fake");
        caps.name = Capabilities::NameField::Required;
        caps.editName = true;
        caps.disable = true;
        caps.disablePrincipal = true;
        caps.verify = true;
        caps.bearer = true;
        return caps;
    }
    static ApiKey makeKey(const QString& id, const QString& name,
                          const QString& principal = QStringLiteral("alice"))
    {
        ApiKey key;
        key.id = id;
        key.name = name;
        key.principal = principal;
        key.created = Clock::app().nowUtc().addDays(-100);
        return key;
    }
    // The secret the fake hands out for a key, and accepts when it is verified.
    static QString secretOf(const QString& keyId) { return QStringLiteral("secret-") + keyId; }

    // What the provider holds.
    QList<ApiKey> keys;
    QList<Bearer> bearers;
    QHash<QString, QList<AttachedPolicy>> policies; // by principal
    // Every call, in order; the keys revoke was asked for, as they were handed in.
    QList<Call> calls;
    QList<ApiKey> revokeAsked;

    void script(Op op, Answer answer) { m_script[op].append(std::move(answer)); }
    // The next call of op fails with error and changes nothing.
    void fail(Op op, ProviderError error)
    {
        Answer failing;
        failing.error = std::move(error);
        script(op, std::move(failing));
    }
    // The provider makes the change but its answer is lost on the way (a timeout).
    static Answer lostAnswer()
    {
        Answer lost;
        lost.applied = true;
        lost.error = {ProviderError::Kind::Timeout, 0, QStringLiteral("no answer"), {}};
        return lost;
    }
    // The next call of op stays in flight until releaseHeld(); fill sets its result.
    void hold(Op op, std::function<void(ProviderReply&)> fill = {})
    {
        Answer held;
        held.held = true;
        held.fill = std::move(fill);
        script(op, std::move(held));
    }
    int count(Op op) const
    {
        return int(std::count_if(calls.begin(), calls.end(),
                                 [op](const Call& call) { return call.op == op; }));
    }
    bool has(const QString& keyId) const { return indexOf(keyId) >= 0; }
    int heldCount() const { return int(m_held.size()); }
    // Finishes every held reply that is still waiting (an aborted one already finished).
    void releaseHeld()
    {
        const auto held = std::exchange(m_held, {});
        for (const auto& release : held)
            release();
    }

    const Capabilities& capabilities() const override { return m_capabilities; }
    const Account& account() const override { return m_account; }

    ProviderReply* listKeys() override
    {
        return answer(Op::List, {}, [this](ProviderReply& reply) {
            reply.setKeys(keys);
            return ProviderError{};
        });
    }
    ProviderReply* createKey(const KeySpec& spec) override
    {
        return answer(Op::Create, spec.name, [this, spec](ProviderReply& reply) {
            CreatedKey created;
            created.key = makeKey(QStringLiteral("key-%1").arg(++m_made), spec.name);
            created.key.created = Clock::app().nowUtc();
            created.key.description = spec.description;
            created.secret = Secret::fromString(secretOf(created.key.id));
            keys.append(created.key);
            reply.setCreated(std::move(created));
            return ProviderError{};
        });
    }
    ProviderReply* updateKey(const ApiKey& key, const KeyChange& change) override
    {
        return answer(Op::Update, key.id, [this, key, change](ProviderReply& reply) {
            return changeKey(key.id, reply, [&change](ApiKey& listed) {
                if (change.name)
                    listed.name = *change.name;
                if (change.description)
                    listed.description = *change.description;
            });
        });
    }
    ProviderReply* setKeyActive(const ApiKey& key, bool active) override
    {
        return answer(Op::SetActive, key.id, [this, key, active](ProviderReply& reply) {
            return changeKey(key.id, reply, [active](ApiKey& listed) {
                listed.status = active ? KeyStatus::Active : KeyStatus::Disabled;
            });
        });
    }
    ProviderReply* revokeKey(const ApiKey& key) override
    {
        revokeAsked.append(key);
        return answer(Op::Revoke, key.id, [this, id = key.id](ProviderReply&) {
            const int at = indexOf(id);
            if (at < 0)
                return notFound();
            keys.removeAt(at);
            return ProviderError{};
        });
    }
    ProviderReply* verifyKey(const ApiKey& key, const Secret& secret) override
    {
        const bool works = has(key.id) && secret.equals(Secret::fromString(secretOf(key.id)));
        return answer(Op::Verify, key.id, [works](ProviderReply& reply) {
            Verification verification;
            verification.outcome =
                works ? Verification::Outcome::Works : Verification::Outcome::Unauthorized;
            verification.httpStatus = works ? 200 : 401;
            verification.reason = works ? QString() : QStringLiteral("InvalidAccessKeyId");
            reply.setVerification(verification);
            return ProviderError{};
        });
    }
    ProviderReply* testAccount() override
    {
        return answer(Op::TestAccount, {}, [](ProviderReply&) { return ProviderError{}; });
    }
    ProviderReply* listBearers() override
    {
        return answer(Op::Bearers, {}, [this](ProviderReply& reply) {
            reply.setBearers(bearers);
            return ProviderError{};
        });
    }
    ProviderReply* revealSecret(const ApiKey& key) override
    {
        return answer(Op::Reveal, key.id, [this, id = key.id](ProviderReply& reply) {
            const int at = indexOf(id);
            if (at < 0)
                return notFound();
            CreatedKey shown;
            shown.key = keys.at(at);
            shown.secret = Secret::fromString(secretOf(id));
            reply.setCreated(std::move(shown));
            return ProviderError{};
        });
    }
    ProviderReply* setPrincipalActive(const QString& principal, bool active) override
    {
        return answer(Op::SetPrincipalActive, principal, [this, principal, active](ProviderReply&) {
            for (ApiKey& key : keys) {
                if (key.principal == principal)
                    key.status = active ? KeyStatus::Active : KeyStatus::Suspended;
            }
            return ProviderError{};
        });
    }
    ProviderReply* listPrincipalPolicies(const QString& principal) override
    {
        return answer(Op::Policies, principal, [this, principal](ProviderReply& reply) {
            reply.setPolicies(policies.value(principal));
            return ProviderError{};
        });
    }
    ProviderReply* attachPrincipalPolicy(const QString& principal, const QString& arn) override
    {
        return answer(Op::AttachPolicy, principal, [this, principal, arn](ProviderReply&) {
            QList<AttachedPolicy>& attached = policies[principal];
            const AttachedPolicy policy{arn, arn.section(QLatin1Char('/'), -1)};
            if (!attached.contains(policy))
                attached.append(policy);
            return ProviderError{};
        });
    }

private:
    using Behaviour = std::function<ProviderError(ProviderReply&)>;

    static ProviderError notFound()
    {
        return {ProviderError::Kind::NotFound, 404, QStringLiteral("Key not found"), {}};
    }
    int indexOf(const QString& keyId) const
    {
        for (int i = 0; i < keys.size(); ++i) {
            if (keys.at(i).id == keyId)
                return i;
        }
        return -1;
    }
    template <typename Edit>
    ProviderError changeKey(const QString& keyId, ProviderReply& reply, Edit edit)
    {
        const int at = indexOf(keyId);
        if (at < 0)
            return notFound();
        edit(keys[at]);
        reply.setKey(keys.at(at));
        return {};
    }
    // Records the call, then does what it asks (or what the script says) and finishes the reply
    // from the event loop.
    ProviderReply* answer(Op op, const QString& subject, const Behaviour& behaviour)
    {
        calls.append({op, subject});
        auto* reply = new ProviderReply;
        ProviderError error;
        QList<Answer>& scripts = m_script[op];
        if (scripts.isEmpty()) {
            error = behaviour(*reply);
        } else {
            const Answer scripted = scripts.takeFirst();
            if (scripted.applied) {
                ProviderReply lost; // the change is made, its answer never arrives
                behaviour(lost);
            }
            if (scripted.fill)
                scripted.fill(*reply);
            error = scripted.error;
            if (scripted.held) {
                m_held.append([guard = QPointer<ProviderReply>(reply), error] {
                    if (guard)
                        guard->finish(error);
                });
                return reply;
            }
        }
        reply->finish(error);
        return reply;
    }

    Account m_account;
    Capabilities m_capabilities;
    std::map<Op, QList<Answer>> m_script;
    QList<std::function<void()>> m_held;
    int m_made = 0;
};

} // namespace kw::test

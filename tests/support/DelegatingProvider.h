#pragma once

// A KeyProvider that hands every call to a real client, for controller tests: a test overrides
// the one call whose answer it wants to change (a 404 on revoke, a create answer without an id)
// and everything else goes over loopback to the sandbox as usual.
#include "providers/KeyProvider.h"
#include "providers/ProviderReply.h"

#include <QTimer>
#include <functional>
#include <memory>

namespace kw::test {

class DelegatingProvider : public KeyProvider
{
public:
    explicit DelegatingProvider(std::unique_ptr<KeyProvider> inner) : m_inner(std::move(inner)) {}

    std::function<ProviderReply*(const ApiKey&)> onRevoke; // null: the real revoke
    std::function<void(CreatedKey&)> editCreated;          // changes a create's answer

    const Capabilities& capabilities() const override { return m_inner->capabilities(); }
    const Account& account() const override { return m_inner->account(); }
    ProviderReply* listKeys() override { return m_inner->listKeys(); }
    ProviderReply* createKey(const KeySpec& spec) override
    {
        ProviderReply* inner = m_inner->createKey(spec);
        if (!editCreated)
            return inner;
        auto* outer = new ProviderReply;
        QObject::connect(inner, &ProviderReply::finished, outer, [inner, outer, this] {
            if (inner->hasCreated()) {
                CreatedKey created = inner->takeCreated();
                editCreated(created);
                outer->setCreated(std::move(created));
            }
            outer->finish(inner->error());
            inner->deleteLater();
        });
        return outer;
    }
    ProviderReply* updateKey(const ApiKey& key, const KeyChange& change) override
    {
        return m_inner->updateKey(key, change);
    }
    ProviderReply* setKeyActive(const ApiKey& key, bool active) override
    {
        return m_inner->setKeyActive(key, active);
    }
    ProviderReply* revokeKey(const ApiKey& key) override
    {
        ++revokes;
        return onRevoke ? onRevoke(key) : m_inner->revokeKey(key);
    }
    ProviderReply* verifyKey(const ApiKey& key, const Secret& secret) override
    {
        return m_inner->verifyKey(key, secret);
    }
    ProviderReply* testAccount() override { return m_inner->testAccount(); }
    ProviderReply* listBearers() override { return m_inner->listBearers(); }
    ProviderReply* revealSecret(const ApiKey& key) override { return m_inner->revealSecret(key); }
    ProviderReply* setPrincipalActive(const QString& principal, bool active) override
    {
        return m_inner->setPrincipalActive(principal, active);
    }
    ProviderReply* listPrincipalPolicies(const QString& principal) override
    {
        return m_inner->listPrincipalPolicies(principal);
    }
    ProviderReply* attachPrincipalPolicy(const QString& principal, const QString& arn) override
    {
        return m_inner->attachPrincipalPolicy(principal, arn);
    }

    // A reply that fails with error, from the event loop.
    static ProviderReply* failing(const ProviderError& error)
    {
        auto* reply = new ProviderReply;
        reply->finish(error);
        return reply;
    }

    int revokes = 0;

private:
    std::unique_ptr<KeyProvider> m_inner;
};

} // namespace kw::test

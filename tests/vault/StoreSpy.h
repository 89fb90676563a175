#pragma once

#include "vault/SecretStore.h"

#include <QObject>
#include <QTest>
#include <memory>
#include <optional>

// Collects what a SecretStore callback receives, and how often, for tests that wait on it with
// a bound. One spy per call.
class StoreSpy
{
public:
    kw::SecretStore::Callback callback()
    {
        return [state = m_state](kw::SecretStore::Result result) {
            ++state->calls;
            state->result = std::move(result);
        };
    }
    bool waitMs(int timeoutMs)
    {
        return QTest::qWaitFor([this] { return m_state->calls > 0; }, timeoutMs);
    }
    int calls() const { return m_state->calls; }
    kw::SecretStore::Result& result() { return *m_state->result; }

private:
    struct State
    {
        int calls = 0;
        std::optional<kw::SecretStore::Result> result;
    };
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

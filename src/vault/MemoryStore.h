#pragma once

#include "vault/SecretStore.h"

#include <map>

namespace kw {

// Keeps secrets in this process only, never on disk: the user's explicit "use this token for
// this session only" choice when no keychain answers, and a stand-in for the keychain in tests.
// Behaves like the keychain otherwise: answers from the event loop, once, while `context` lives.
class MemoryStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    ~MemoryStore() override;

    void read(const QString& key, const QObject* context, Callback done) override;
    void write(const QString& key, const Secret& secret, const QObject* context,
               Callback done) override;
    void remove(const QString& key, const QObject* context, Callback done) override;
    bool isPersistent() const override { return false; }
    QString backendName() const override;

    // Forgets every secret now (e.g. when the user locks the console).
    void clear();

private:
    std::map<QString, Secret> m_secrets; // Secret is move-only, which QHash cannot hold
};

} // namespace kw

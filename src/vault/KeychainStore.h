#pragma once

#include "vault/SecretStore.h"

#include <chrono>

namespace kw {

// The desktop keychain (Secret Service on Linux, through QtKeychain). Every job has a timeout,
// because a locked keyring may wait forever on a password prompt; a job that answers after its
// timeout is ignored. Secrets are stored as binary data under the service "keywarden".
class KeychainStore : public SecretStore
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds DefaultTimeout{15000};

    explicit KeychainStore(QObject* parent = nullptr);

    void read(const QString& key, const QObject* context, Callback done) override;
    void write(const QString& key, const Secret& secret, const QObject* context,
               Callback done) override;
    void remove(const QString& key, const QObject* context, Callback done) override;
    bool isPersistent() const override { return true; }
    QString backendName() const override;

    // Whether a keychain answers at all: writes, reads back and deletes a random entry under
    // "probe/<uuid>". Ok when the round trip works; otherwise the first failure, with help.
    // Used to decide whether to offer a session-only credential instead.
    void probe(const QObject* context, Callback done);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    static QString serviceName();

private:
    std::chrono::milliseconds m_timeout = DefaultTimeout;
};

} // namespace kw

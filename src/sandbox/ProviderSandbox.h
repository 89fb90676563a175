#pragma once

#include "sandbox/Fault.h"

#include <QDateTime>
#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>
#include <memory>

namespace kw::sandbox {

class EmulatorApi;
class EmulatorServer;

// What every provider emulator offers its owner (tests, keywarden --sandbox, keywarden-sandbox):
// a loopback server (HTTPS on request), fault injection and counters. Subclasses plug their
// EmulatorApi in with attach() in their constructor.
class ProviderSandbox : public QObject
{
    Q_OBJECT
public:
    ~ProviderSandbox() override;

    // tls: HTTPS with a self-signed certificate made at start-up; clients trust it only through
    // certificate() configured as a CA.
    bool listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0,
                bool tls = false);
    QUrl url() const; // http(s)://127.0.0.1:<port>
    QSslCertificate certificate() const;

    void injectFault(const Fault& fault);
    void clearFaults();
    int pendingFaults() const; // injected faults not used up yet

    int requestCount() const;           // API requests that arrived, faulted or not
    int mostRequestsHeldAtOnce() const; // see EmulatorServer
    int createRequestCount() const;     // create requests that reached the handler
    int keyCount() const;               // keys that exist (not revoked/deleted)

protected:
    explicit ProviderSandbox(QObject* parent = nullptr);
    void attach(EmulatorApi& api);

private:
    EmulatorApi* m_api = nullptr;
    std::unique_ptr<EmulatorServer> m_server;
};

} // namespace kw::sandbox

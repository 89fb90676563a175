#pragma once

#include "core/Clock.h"
#include "sandbox/Fault.h"
#include "sandbox/HttpExchange.h"

#include <QDateTime>
#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

namespace kw::sandbox {

class EmulatorApi;
class EmulatorServer;

// What every provider emulator offers its owner (tests, keywarden --sandbox, keywarden-sandbox):
// a loopback server (HTTPS on request), fault injection, counters and a clock of its own.
// Subclasses plug their API in with attach() in their constructor.
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

    // The sandbox plays another machine: what every part of it takes for "now" (expiry,
    // timestamps, clock skew, Date headers). Tests move it with clock().setSource(…).
    kw::Clock& clock() { return m_clock; }
    const kw::Clock& clock() const { return m_clock; }

    // What the shared server asks of one provider's API (EmulatorApi, as functions).
    struct Hooks
    {
        std::function<HttpResponse(const HttpRequest&)> handle;
        // The provider's own error body for a status the server answers itself.
        std::function<HttpResponse(int, const QString&)> error;
        // nullopt when the request may use the control endpoints, else the refusal to send.
        std::function<std::optional<HttpResponse>(const HttpRequest&)> refuseControl;
        std::function<int()> createRequestCount;
        std::function<int()> keyCount;
    };

protected:
    explicit ProviderSandbox(QObject* parent = nullptr);

    void attach(Hooks hooks);

    // `now` when set, else now by the sandbox's clock (seedSamples' default).
    QDateTime nowOr(const QDateTime& now) const;

private:
    kw::Clock m_clock; // first: every part reads it until the last is gone
    std::unique_ptr<EmulatorApi> m_api;
    std::unique_ptr<EmulatorServer> m_server;
};

} // namespace kw::sandbox

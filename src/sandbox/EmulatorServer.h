#pragma once

#include "core/Clock.h"
#include "sandbox/Fault.h"
#include "sandbox/HttpExchange.h"

#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>
#include <memory>

namespace kw::sandbox {

// What one provider's emulator plugs into the shared server: plain request -> response, its
// own error shape for injected faults, and the admin check for the control endpoints.
class EmulatorApi
{
public:
    virtual ~EmulatorApi() = default;
    virtual HttpResponse handle(const HttpRequest& request) = 0;
    // The provider's own error body for a status the server answers itself (404 for an unknown
    // control path, 429/500/503 faults).
    virtual HttpResponse error(int status, const QString& message) const = 0;
    // nullopt when the request may use the control endpoints, else the refusal to send.
    virtual std::optional<HttpResponse> refuseControl(const HttpRequest& request) const = 0;
    virtual int createRequestCount() const = 0;
    virtual int keyCount() const = 0;
};

// The loopback HTTP(S) server every emulator runs on: raw socket control for fault injection
// (Fault.h), the control endpoints POST/DELETE /_sandbox/faults and GET /_sandbox/stats, a
// self-signed certificate for HTTPS, and request counting.
class EmulatorServer : public QObject
{
    Q_OBJECT
public:
    // Answers are dated by `clock`, the sandbox's own.
    EmulatorServer(EmulatorApi& api, const kw::Clock& clock, QObject* parent = nullptr);
    ~EmulatorServer() override;

    bool listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0,
                bool tls = false);
    QUrl url() const;
    QSslCertificate certificate() const;

    void injectFault(const Fault& fault);
    void clearFaults();
    int pendingFaults() const; // injected faults not used up yet
    int requestCount() const;  // API requests that arrived, faulted or not; control aside
    // The most requests a Delay fault held back at the same moment: 2 or more proves a client
    // had requests in flight together (all others are answered as they arrive).
    int mostRequestsHeldAtOnce() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kw::sandbox

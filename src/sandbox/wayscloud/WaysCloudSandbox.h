#pragma once

#include "sandbox/Fault.h"

#include <QDateTime>
#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>
#include <memory>

namespace kw::sandbox {

// An emulator of the WAYSCloud account API (providers.md A.8, B.4), written from the contract.
// Listens on loopback. Control endpoints for out-of-process tests, authenticated with the
// admin token: POST /_sandbox/faults (a Fault as JSON), DELETE /_sandbox/faults,
// GET /_sandbox/stats ({"create_requests": n, "keys": n, "requests": n}).
class WaysCloudSandbox : public QObject
{
    Q_OBJECT
public:
    explicit WaysCloudSandbox(QObject* parent = nullptr);
    ~WaysCloudSandbox() override;

    // tls: serve HTTPS with a self-signed certificate made at start-up (OpenSSL); clients trust
    // it only through certificate() configured as a CA.
    bool listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0,
                bool tls = false);
    QUrl url() const;                    // http(s)://127.0.0.1:<port>
    QSslCertificate certificate() const; // null unless tls
    QString adminToken() const;          // a wayscloud_pat_… that manages the account

    // A dozen keys of varied age, services, whitelists and last use, relative to now.
    void seedSamples(int count = 12, const QDateTime& now = QDateTime::currentDateTimeUtc());

    void injectFault(const Fault& fault);
    void clearFaults();
    int pendingFaults() const; // injected faults not used up yet

    int keyCount() const;
    int createRequestCount() const; // create requests that reached the handler (incl. rejected)
    // Every API request that arrived, whether a fault answered it or not (control requests
    // aside): counts a client's retries.
    int requestCount() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace kw::sandbox

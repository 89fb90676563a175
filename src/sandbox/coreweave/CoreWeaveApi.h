#pragma once

#include "core/Clock.h"
#include "sandbox/HttpExchange.h"
#include "sandbox/coreweave/CoreWeaveAccessKeys.h"

#include <QHash>
#include <functional>
#include <optional>

namespace kw::sandbox {

// The CoreWeave AI Object Storage access-key API (providers.md A.4, B.2) as plain request ->
// response, with no knowledge of sockets or faults. Errors are google.rpc.Status bodies
// {"code": <gRPC code>, "message", "details": []} under the usual HTTP mapping.
//
// Choices where the contract leaves room:
// - List: `limit` defaults to 100 when absent; present, it must be 1..1000 (0 too is refused).
//   `status=ACCESS_KEY_STATUS_UNSPECIFIED` means no filter, as an unset enum does.
// - Create: `durationSeconds` is required and must be a whole number 0..43200; a JSON string of
//   digits is read as the number (proto JSON accepts quoted integers).
// - Revoke by key accepts the access key id (what clients send) or the secret key value (what
//   the reference text describes).
// - Revoking or suspending a principal with no keys is 404.
class CoreWeaveApi
{
public:
    static constexpr int defaultListLimit = 100;
    static constexpr int maxListLimit = 1000;

    // Reads "now" from the sandbox's clock.
    CoreWeaveApi(CoreWeaveAccessKeys& keys, const kw::Clock& clock);

    // An API access token and the principal it acts as. Only its hash is kept.
    void addToken(QByteArrayView token, const QString& principalName);

    HttpResponse handle(const HttpRequest& request);
    int createRequestCount() const { return m_createRequests; }

    // The principal behind the request's Bearer token, or the 401 to send.
    struct Caller
    {
        QString principalName;
        std::optional<HttpResponse> refusal;
    };
    Caller authenticate(const HttpRequest& request) const;

    // google.rpc.Status for an HTTP status.
    static HttpResponse error(int httpStatus, const QString& message);

private:
    HttpResponse listKeys(const HttpRequest& request);
    HttpResponse getKey(const HttpRequest& request, const QString& accessKeyId);
    HttpResponse createKey(const HttpRequest& request);
    HttpResponse revokeKey(const HttpRequest& request);
    HttpResponse revokePrincipal(const HttpRequest& request);
    HttpResponse setPrincipalStatus(const HttpRequest& request);

    CoreWeaveAccessKeys& m_keys;
    QHash<QByteArray, QString> m_principalByTokenHash;
    int m_createRequests = 0;
    const kw::Clock& m_clock;
};

} // namespace kw::sandbox

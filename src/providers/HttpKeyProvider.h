#pragma once

#include "HttpClient.h"
#include "KeyProvider.h"
#include "ProviderCalls.h"

#include <optional>

namespace kw {

// What the HTTP provider clients share, so a provider's own file holds only what is its own: the
// account and its Capabilities, the network manager, the admin client (with the provider's error
// body parser and the account's CA file), the check that stops every call when that CA file
// cannot be used, and the two ways a new credential is verified.
class HttpKeyProvider : public KeyProvider
{
    Q_OBJECT
public:
    const Capabilities& capabilities() const override { return m_capabilities; }
    const Account& account() const override { return m_account; }

    // Tests a new credential (providers.md A.9) the way the Capabilities say. With s3Verify: S3
    // ListBuckets signed with the key pair under test on the account's S3 endpoint and region,
    // else the Capabilities' defaults; without a region the reply fails with a Validation error
    // saying where to set it. Otherwise the key is a bearer token: bearerCheck(key) is sent by a
    // client of its own that copies http()'s settings and carries "Authorization: Bearer
    // <secret>", refused before sending without a secret or when cannotSend() says so; a
    // provider without a bearerCheck does not support testing keys. Finishes ok() with a
    // Verification for any answer or transport failure (the outcome says which); errors are kept
    // for a cancel and for problems found before sending.
    ProviderReply* verifyKey(const ApiKey& key, const Secret& secret) override;

    // Timeouts and retry policy (tests shorten them). Verification uses the same settings.
    HttpClient& http() { return m_http; }
    const HttpClient& http() const { return m_http; }

protected:
    // A provider's static Capabilities, made once: staticCapabilities() { return once<&make>(); }
    template <Capabilities (*Make)()> static const Capabilities& once()
    {
        static const Capabilities capabilities = Make();
        return capabilities;
    }

    HttpKeyProvider(Account account, const Capabilities& capabilities,
                    QNetworkAccessManager* network, ErrorBodyParser errorParser, QObject* parent);

    QNetworkAccessManager* network() const { return m_network; }
    // path on the account's endpoint, or on the Capabilities' defaultEndpoint when the account
    // names no host (accountUrl).
    QUrl endpointUrl(const QString& path) const;

    // Why no request can be sent for this account: by default the CA file's problem
    // (caProblem); a provider with more to check (a host, a credential's shape) adds to it.
    virtual ProviderError cannotSend() const;
    // Kind::Tls when the account's CA file cannot be used, else none.
    ProviderError caProblem() const;
    // A reply failing with cannotSend(), or nullptr when the call can go ahead:
    //     if (ProviderReply* refused = refusal()) return refused;
    ProviderReply* refusal() const;
    // The same for a call about key, refused first (Kind::Validation, noId) when it has no id.
    ProviderReply* refusal(const ApiKey& key, const QString& noId) const;

    // The admin client's calls, each for a new reply that aborting aborts (see ProviderCalls.h).
    // A failure finishes the reply with its error; onSuccess is handed the reply and the answer
    // and finishes the reply.
    using OnSuccess = std::function<void(ProviderReply* reply, const HttpResponse& response)>;
    ProviderReply* send(const HttpRequest& request, OnSuccess onSuccess);
    // A read whose answer is the whole key list: readKeys turns the body into the keys (nullopt
    // with *error set: Kind::BadResponse). It runs on the thread pool (runOffThread), so it must
    // be a pure function of the body; the reply finishes on its own thread.
    using KeyListReader =
        std::function<std::optional<QList<ApiKey>>(const QByteArray& body, QString* error)>;
    ProviderReply* sendKeyList(const HttpRequest& request, KeyListReader readKeys);
    // A create: request.body POSTed once, never resent (sendCreateFor), read by readKey.
    ProviderReply* sendCreate(HttpRequest request, CreatedKeyReader readKey);
    // A DELETE (sendDeleteFor); onDeleted, when given, checks a successful answer.
    ProviderReply* sendDelete(HttpRequest request, OnSuccess onDeleted = {});

    // The request that proves a bearer token works (see verifyKey), for providers whose keys are
    // bearer tokens (no s3Verify); nullopt (the default): testing keys is not supported.
    virtual std::optional<HttpRequest> bearerCheck(const ApiKey& key) const;

private:
    ProviderReply* verifyBearer(const Secret& secret, const HttpRequest& request);

    Account m_account;
    const Capabilities& m_capabilities;
    QNetworkAccessManager* m_network;
    HttpClient m_http;
    QString m_caError; // set when the account's CA file cannot be used: every call fails
};

} // namespace kw

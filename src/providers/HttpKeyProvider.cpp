#include "HttpKeyProvider.h"

#include "OffThread.h"
#include "ProviderCalls.h"
#include "S3KeyVerify.h"
#include "VerifyOutcome.h"

namespace kw {

using Kind = ProviderError::Kind;

HttpKeyProvider::HttpKeyProvider(Account account, const Capabilities& capabilities,
                                 QNetworkAccessManager* network, ErrorBodyParser errorParser,
                                 QObject* parent)
    : KeyProvider(parent), m_account(std::move(account)), m_capabilities(capabilities),
      m_network(network), m_http(network)
{
    m_http.setErrorBodyParser(std::move(errorParser));
    m_caError = loadAccountCa(m_http, m_account);
}

QUrl HttpKeyProvider::endpointUrl(const QString& path) const
{
    return accountUrl(m_account, m_capabilities.defaultEndpoint.toString(), path);
}

ProviderError HttpKeyProvider::caProblem() const
{
    if (!m_caError.isEmpty())
        return {Kind::Tls, 0, m_caError, {}};
    return {};
}

ProviderError HttpKeyProvider::cannotSend() const
{
    return caProblem();
}

ProviderReply* HttpKeyProvider::refusal() const
{
    if (ProviderError error = cannotSend())
        return failedReply(std::move(error));
    return nullptr;
}

ProviderReply* HttpKeyProvider::refusal(const ApiKey& key, const QString& noId) const
{
    if (key.id.trimmed().isEmpty())
        return failedReply({Kind::Validation, 0, noId, {}});
    return refusal();
}

ProviderReply* HttpKeyProvider::send(const HttpRequest& request, OnSuccess onSuccess)
{
    auto* reply = new ProviderReply;
    sendFor(reply, m_http, request,
            [reply, onSuccess = std::move(onSuccess)](const HttpResponse& response) {
                onSuccess(reply, response);
            });
    return reply;
}

ProviderReply* HttpKeyProvider::sendKeyList(const HttpRequest& request, KeyListReader readKeys)
{
    // The answer is read on the thread pool: a list of thousands of keys takes tens of
    // milliseconds to parse, which the GUI thread would spend not drawing.
    return send(request, [readKeys = std::move(readKeys), sensitive = request.sensitiveResponse](
                             ProviderReply* reply, const HttpResponse& response) {
        readOffThread<QList<ApiKey>>(reply, nullptr, response, sensitive, readKeys,
                                     [reply](const QList<ApiKey>& keys) {
                                         reply->setKeys(keys);
                                         reply->finish();
                                     });
    });
}

ProviderReply* HttpKeyProvider::sendCreate(HttpRequest request, CreatedKeyReader readKey)
{
    request.method = "POST";
    request.idempotent = false;       // a resend could make a second key
    request.sensitiveResponse = true; // the answer carries the new secret
    auto* reply = new ProviderReply;
    sendCreateFor(reply, m_http, request, std::move(readKey));
    return reply;
}

ProviderReply* HttpKeyProvider::sendDelete(HttpRequest request, OnSuccess onDeleted)
{
    request.method = "DELETE";
    auto* reply = new ProviderReply;
    std::function<void(const HttpResponse&)> check;
    if (onDeleted)
        check = [reply, onDeleted = std::move(onDeleted)](const HttpResponse& response) {
            onDeleted(reply, response);
        };
    sendDeleteFor(reply, m_http, request, std::move(check));
    return reply;
}

std::optional<HttpRequest> HttpKeyProvider::bearerCheck(const ApiKey&) const
{
    return std::nullopt;
}

ProviderReply* HttpKeyProvider::verifyKey(const ApiKey& key, const Secret& secret)
{
    if (!capabilities().s3Verify) {
        if (const std::optional<HttpRequest> check = bearerCheck(key))
            return verifyBearer(secret, *check);
        return KeyProvider::verifyKey(key, secret);
    }
    // The key pair under test needs none of the admin credential: only the CA file matters.
    if (ProviderError error = caProblem())
        return failedReply(std::move(error));
    ProviderError error;
    const std::optional<S3VerifyTarget> target =
        s3VerifyTargetFor(m_account, capabilities(), &error);
    if (!target)
        return failedReply(std::move(error));
    return verifyS3KeyPair(*target, key, secret, m_network, m_http);
}

ProviderReply* HttpKeyProvider::verifyBearer(const Secret& secret, const HttpRequest& request)
{
    if (secret.isEmpty())
        return failedReply({Kind::Validation, 0, tr("There is no secret to test."), {}});
    if (ProviderReply* refused = refusal())
        return refused;
    auto* reply = new ProviderReply;
    auto* client = new HttpClient(m_network, reply); // the key's own client, gone with reply
    client->copySettingsFrom(m_http);
    client->setAuthorization("Authorization", "Bearer", secret.clone());
    sendVerificationFor(reply, *client, request);
    return reply;
}

} // namespace kw

#include "HttpKeyProvider.h"

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

ProviderReply* HttpKeyProvider::verifyKey(const ApiKey& key, const Secret& secret)
{
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

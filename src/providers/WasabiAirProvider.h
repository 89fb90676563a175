#pragma once

#include "HttpKeyProvider.h"

namespace kw {

// The Wasabi AiR API keys (providers.md A.6, A.9–A.11, B.1.1): /api/data/api-keys on the AiR
// host the user enters for the account (there is no default), authenticated with an admin JWT as
// a bearer token. Every key object the API returns carries the key's own JWT: it is read only
// by createKey and revealSecret, into a Secret, and never kept in an ApiKey or logged.
class WasabiAirProvider : public HttpKeyProvider
{
    Q_OBJECT
public:
    static const Capabilities& staticCapabilities();

    WasabiAirProvider(Account account, Secret token, QNetworkAccessManager* network,
                      QObject* parent = nullptr);

    ProviderReply* listKeys() override;
    // The name is optional: without one the server picks it.
    ProviderReply* createKey(const KeySpec& spec) override;
    // Name and active only; finishes with key() as the server now holds it.
    ProviderReply* updateKey(const ApiKey& key, const KeyChange& change) override;
    ProviderReply* setKeyActive(const ApiKey& key, bool active) override;
    ProviderReply* revokeKey(const ApiKey& key) override;
    // verifyKey (HttpKeyProvider's): the key's JWT as a bearer token on the key list.
    ProviderReply* testAccount() override;
    // Lists the keys again and hands back this key's JWT in created(); nothing is kept here.
    ProviderReply* revealSecret(const ApiKey& key) override;

    static QString parseErrorBody(int status, const QByteArray& body, QString* detail);

private:
    QUrl keysUrl(const QString& keyId = {}) const;
    // Why no request can be sent for this account (no AiR host, unusable CA file); none if fine.
    ProviderError cannotSend() const override;
    std::optional<HttpRequest> bearerCheck(const ApiKey& key) const override;
    ProviderReply* patch(const ApiKey& key, const std::optional<QString>& name,
                         const std::optional<bool>& active);
};

} // namespace kw

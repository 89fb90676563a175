#pragma once

#include "HttpKeyProvider.h"

namespace kw {

// The WAYSCloud account API (providers.md A.8–A.10, B.4): service keys and personal access
// tokens under /v1/account/api-keys, authenticated with the admin PAT as a bearer token.
class WaysCloudProvider : public HttpKeyProvider
{
    Q_OBJECT
public:
    static const Capabilities& staticCapabilities();

    WaysCloudProvider(Account account, Secret token, QNetworkAccessManager* network,
                      QObject* parent = nullptr);

    ProviderReply* listKeys() override;
    ProviderReply* createKey(const KeySpec& spec) override;
    ProviderReply* revokeKey(const ApiKey& key) override;
    // verifyKey (HttpKeyProvider's): the token as a bearer token on its service's root,
    // /v1/storage/ when it has Storage or no service.
    ProviderReply* testAccount() override;

    // Turns a WAYSCloud error body into a message: {"detail": "…"}, FastAPI validation lists
    // {"detail": [{"loc": […], "msg": …}]}, {"error": …}, {"message": …}.
    static QString parseErrorBody(int status, const QByteArray& body, QString* detail);

private:
    std::optional<HttpRequest> bearerCheck(const ApiKey& key) const override;
};

} // namespace kw

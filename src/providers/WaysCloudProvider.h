#pragma once

#include "HttpKeyProvider.h"

namespace kw {

// The WAYSCloud account API (providers.md A.8–A.10, B.4): service keys and personal access
// tokens under /v1/account/api-keys, authenticated with the admin PAT as a bearer token.
class WaysCloudProvider : public HttpKeyProvider
{
    Q_OBJECT
public:
    static constexpr const char* ProviderId = "wayscloud";
    static const Capabilities& staticCapabilities();
    static QString defaultEndpoint() { return QStringLiteral("https://api.wayscloud.services"); }

    WaysCloudProvider(Account account, Secret token, QNetworkAccessManager* network,
                      QObject* parent = nullptr);

    ProviderReply* listKeys() override;
    ProviderReply* createKey(const KeySpec& spec) override;
    ProviderReply* revokeKey(const ApiKey& key) override;
    // Finishes ok() with a Verification for any answer or transport failure (the outcome says
    // which); errors are kept for a cancel and for problems found before sending.
    ProviderReply* verifyKey(const ApiKey& key, const Secret& secret) override;
    ProviderReply* testAccount() override;

    // Turns a WAYSCloud error body into a message: {"detail": "…"}, FastAPI validation lists
    // {"detail": [{"loc": […], "msg": …}]}, {"error": …}, {"message": …}.
    static QString parseErrorBody(int status, const QByteArray& body, QString* detail);

private:
    QUrl endpointUrl(const QString& path) const;
};

} // namespace kw

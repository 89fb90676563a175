#pragma once

#include "HttpKeyProvider.h"

#include <memory>
#include <optional>

namespace kw {

// CoreWeave AI Object Storage access keys (providers.md A.3, A.4, B.2): /v1/cwobject/access-key
// and friends, authenticated with an API access token as a bearer token. Keys cannot be edited
// or disabled one by one; suspension applies to every key of a principal.
class CoreWeaveProvider : public HttpKeyProvider
{
    Q_OBJECT
public:
    static const Capabilities& staticCapabilities();
    static QString defaultS3Endpoint()
    {
        using namespace Qt::StringLiterals;
        return u"https://cwobject.com"_s;
    }

    CoreWeaveProvider(Account account, Secret token, QNetworkAccessManager* network,
                      QObject* parent = nullptr);
    ~CoreWeaveProvider() override;

    // Every page, offset by offset, until one comes back short. progress(pages, 0) after each
    // page: the API reports no total.
    ProviderReply* listKeys() override;
    // Only the keys in one status (the API's status filter): Active or Suspended.
    ProviderReply* listKeysWithStatus(KeyStatus status);
    // durationSeconds: 0 (or unset) = permanent, 1 … 43 200 = temporary; a date in expires is
    // turned into a duration. The name goes into attributes.name. Sent once.
    ProviderReply* createKey(const KeySpec& spec) override;
    ProviderReply* revokeKey(const ApiKey& key) override; // by access key id; sent once
    // Suspends or reactivates every key of the principal.
    ProviderReply* setPrincipalActive(const QString& principal, bool active) override;
    ProviderReply* testAccount() override;
    // verifyKey (HttpKeyProvider's): S3 ListBuckets with the new key pair (providers.md A.9, B.2
    // "S3 side") on the account's S3 endpoint (default https://cwobject.com) for its
    // availability zone. There is no safe default zone: the account must name one.

    // google.rpc.Status bodies, numeric or Connect string codes (see coreweave::parseErrorBody).
    static QString parseErrorBody(int status, const QByteArray& body, QString* detail);

private:
    struct Listing;

    ProviderReply* startListing(std::optional<KeyStatus> status);
    void fetchPage(ProviderReply* reply, std::shared_ptr<Listing> listing);
    // A page read (off the GUI thread): keeps its new keys, then asks for the next or finishes.
    void takePage(ProviderReply* reply, const std::shared_ptr<Listing>& listing, QList<ApiKey> page,
                  int status);
};

} // namespace kw

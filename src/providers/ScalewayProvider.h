#pragma once

#include "HttpKeyProvider.h"

namespace kw {

// Scaleway IAM API keys (providers.md A.3, A.5, A.9, A.10, B.3): /iam/v1alpha1/api-keys, the
// bearer picker from /users and /applications, authenticated with the admin key's secret as
// X-Auth-Token. The account's organization id filters every list.
class ScalewayProvider : public HttpKeyProvider
{
    Q_OBJECT
public:
    static const Capabilities& staticCapabilities();

    ScalewayProvider(Account account, Secret token, QNetworkAccessManager* network,
                     QObject* parent = nullptr);

    // Every page; progress() counts pages once the total is known. The owners' and projects'
    // names (ApiKey::principalName, projectName) come from the users, applications and
    // projects lists, read once beside the keys; a list that fails or is slow only leaves its
    // names out.
    ProviderReply* listKeys() override;
    ProviderReply* createKey(const KeySpec& spec) override;
    ProviderReply* updateKey(const ApiKey& key, const KeyChange& change) override;
    // setKeyActive (KeyProvider's): Scaleway keys cannot be disabled; the answer is the
    // capabilities' cannotDisableHint.
    ProviderReply* revokeKey(const ApiKey& key) override;
    // verifyKey (HttpKeyProvider's): S3 ListBuckets with the key's access_key and secret_key
    // (providers.md A.9, B.3 "Scaleway Object Storage") on the account's S3 endpoint, by default
    // https://s3.<region>.scw.cloud, region fr-par unless the account names another: a key whose
    // application has only Object Storage rights works there.
    ProviderReply* testAccount() override;
    // Users (labelled with their e-mail) and IAM applications (their name), every page; then
    // the projects a key can default to, as bearers of type "project" (labelled with their
    // name), when the Account API lists them (/account/v3/projects).
    ProviderReply* listBearers() override;

    static QString parseErrorBody(int status, const QByteArray& body, QString* detail);

private:
    QUrl listUrl(const QString& path, int page, int pageSize) const;
    QUrl pageUrl(const QString& path, int page) const;
    // Users, applications and projects, side by side; done gets the names that could be read.
    std::shared_ptr<class ScalewayListGroup>
    startDirectory(ProviderReply* reply, std::function<void(const QList<Bearer>&)> done);
    QUrl keyUrl(const QString& accessKey) const;
};

} // namespace kw

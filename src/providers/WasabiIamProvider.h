#pragma once

#include "HttpKeyProvider.h"

#include <functional>
#include <optional>

namespace kw {

// Wasabi access keys (access key id + secret, what Wasabi's S3 and AiR accept) of the root user
// and of sub-users, over Wasabi's AWS-compatible IAM API (providers.md A.7, B.1.2, B.5): the
// Query API, a SigV4-signed form POST to "/" (region us-east-1, service iam), XML answers.
//
// The account's token holds the admin key pair as "ACCESSKEYID:SECRET", split at the first ':'.
// Both halves stay in memory only; neither is logged (the id is kept out of logs too).
class WasabiIamProvider : public HttpKeyProvider
{
    Q_OBJECT
public:
    static const Capabilities& staticCapabilities();

    WasabiIamProvider(Account account, Secret token, QNetworkAccessManager* network,
                      QObject* parent = nullptr);

    // The keys of the root user and of every sub-user, each with its last use.
    ProviderReply* listKeys() override;
    // spec.bearerId is the sub-user's name; empty for the root user. Refused before anything is
    // sent when the user already has the 2 keys Wasabi allows.
    ProviderReply* createKey(const KeySpec& spec) override;
    // The key's owner: none is named for the root user's key (ownerIsCaller), the sub-user in
    // principal otherwise (even one called "root"). A key with neither is looked up in complete
    // lists of every user's keys first; one that no user has finishes with Kind::NotFound.
    ProviderReply* setKeyActive(const ApiKey& key, bool active) override;
    ProviderReply* revokeKey(const ApiKey& key) override;
    // verifyKey (HttpKeyProvider's): a SigV4-signed S3 ListBuckets on the account's S3 endpoint
    // with the key pair under test.
    ProviderReply* testAccount() override;
    // The root user first, then every sub-user.
    ProviderReply* listBearers() override;
    // A sub-user's attached managed policies (ListAttachedUserPolicies, every page). The root
    // user has every right and no policies: refused before anything is sent.
    ProviderReply* listPrincipalPolicies(const QString& principal) override;
    // AttachUserPolicy for a sub-user; refused for the root user before anything is sent.
    ProviderReply* attachPrincipalPolicy(const QString& principal,
                                         const QString& policyArn) override;

    // Items asked for per list page (MaxItems).
    void setPageSize(int items) { m_pageSize = items; }

    static QString parseErrorBody(int status, const QByteArray& body, QString* detail);
    // The managed policies that give a sub-user access to Wasabi AiR (seed 000).
    static QString manageAirPolicyArn();
    // The owners a new key can have: the caller first (caller: its UserName from GetUser,
    // empty for the root user), then every other user.
    static QList<Bearer> bearersFor(const QString& caller, const QStringList& users);
    static QString viewAirPolicyArn();

private:
    // Why nothing can be sent for this account (token without a key id, unusable CA file).
    ProviderError cannotSend() const override;
    HttpRequest iamRequest(const QString& action,
                           const QList<QPair<QString, QString>>& parameters) const;
    // Sends one IAM call for reply; an error finishes reply, with the IAM code's kind. A call
    // that deletes and whose retry finds nothing finishes with goneAfterRetry.
    void call(ProviderReply* reply, HttpRequest request,
              std::function<void(const HttpResponse&)> onSuccess, bool deletes = false);
    // Every page of a list action; done gets all members.
    void listAll(ProviderReply* reply, const QString& action,
                 const QList<QPair<QString, QString>>& parameters,
                 std::function<void(QList<QMap<QString, QString>>)> done);
    void listUserNames(ProviderReply* reply, std::function<void(QStringList)> done);
    void listKeysOf(ProviderReply* reply, const QString& userName,
                    std::function<void(QList<ApiKey>)> done);
    // Whose key keyId is, from complete lists of every user's keys: done gets the UserName to
    // send (empty for the root user), or nullopt when no user has the key.
    void findOwner(ProviderReply* reply, const QString& keyId,
                   std::function<void(std::optional<QString>)> done);
    // Calls act with the UserName for key: known from the key, or looked up when the key does not
    // say (finishing reply with Kind::NotFound when no user has it).
    void withOwner(ProviderReply* reply, const ApiKey& key,
                   std::function<void(const QString& userName)> act);
    // Each key's last use (GetAccessKeyLastUsed), several keys at a time; done gets the keys in
    // the order given.
    void addLastUsed(ProviderReply* reply, QList<ApiKey> keys,
                     std::function<void(QList<ApiKey>)> done);

    QString m_accessKeyId;
    Secret m_secret;
    int m_pageSize = 100;
};

} // namespace kw

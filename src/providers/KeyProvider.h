#pragma once

#include "ProviderReply.h"
#include "core/Account.h"
#include "core/Capabilities.h"
#include "core/KeySpec.h"
#include "core/Secret.h"

#include <QObject>
#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace kw {

// One provider's key-management API for one account. All operations are asynchronous and
// return a ProviderReply owned by the caller. An operation a provider's Capabilities do not
// declare finishes with Kind::Other and a message saying so (the UI never offers it).
class KeyProvider : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~KeyProvider() override = default;

    virtual const Capabilities& capabilities() const = 0;
    virtual const Account& account() const = 0;

    virtual ProviderReply* listKeys() = 0;                     // all pages
    virtual ProviderReply* createKey(const KeySpec& spec) = 0; // never retried
    virtual ProviderReply* updateKey(const ApiKey& key, const KeyChange& change);
    virtual ProviderReply* setKeyActive(const ApiKey& key, bool active);
    virtual ProviderReply* revokeKey(const ApiKey& key) = 0;
    // Does this credential work? A read-only call made with the new secret (providers.md A.9).
    virtual ProviderReply* verifyKey(const ApiKey& key, const Secret& secret);
    // Does the admin token work? (used by "add account" and "accounts test")
    virtual ProviderReply* testAccount() = 0;

    // Who can own a new key (Capabilities::bearer): finishes with bearers().
    virtual ProviderReply* listBearers();
    // Fetch a key's secret again where the provider lists it (Capabilities::secretShownOnce is
    // false, e.g. the Wasabi AiR JWT): finishes with created() holding the secret.
    virtual ProviderReply* revealSecret(const ApiKey& key);
    // Suspend or reactivate every key of a principal (Capabilities::disablePrincipal).
    virtual ProviderReply* setPrincipalActive(const QString& principal, bool active);
    // The managed policies attached to a key's owner (Capabilities::principalPolicies):
    // finishes with policies(), every page.
    virtual ProviderReply* listPrincipalPolicies(const QString& principal);
    // Attaches a managed policy, by its ARN, to a key's owner. One it has already is no error.
    virtual ProviderReply* attachPrincipalPolicy(const QString& principal,
                                                 const QString& policyArn);

protected:
    ProviderReply* unsupported(const QString& what);
};

// Makes the client for an account's provider. The network manager and token are handed in;
// the provider keeps its own copy of the token in a Secret.
std::unique_ptr<KeyProvider> createProvider(const Account& account, Secret token,
                                            QNetworkAccessManager* network,
                                            QObject* parent = nullptr);
// Capabilities without an account (for dialogs and the CLI's help).
const Capabilities* capabilitiesFor(const QString& providerId);
QStringList knownProviders();

} // namespace kw

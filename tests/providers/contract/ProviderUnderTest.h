#pragma once

#include "core/Account.h"
#include "core/KeySpec.h"
#include "providers/KeyProvider.h"
#include "sandbox/Fault.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>

namespace kw::contract {

// What the provider contract suite asks of a provider's sandbox, whatever its class.
class ContractSandbox
{
public:
    virtual ~ContractSandbox() = default;
    virtual QUrl url() const = 0;
    virtual QSslCertificate certificate() const = 0;
    virtual QString adminToken() const = 0; // the credential an account stores for it
    virtual void injectFault(const sandbox::Fault& fault) = 0;
    virtual int requestCount() const = 0;
    virtual int createRequestCount() const = 0;
    virtual int keyCount() const = 0;
};

// One create fault the suite injects, and what the one create request must come back with.
struct CreateFault
{
    QString name;
    sandbox::Fault::Kind fault;
    ProviderError::Kind error;
    int made = 0;           // keys the request made before its answer went wrong
    bool orNetwork = false; // a broken-off answer may read as Kind::Network too
};

// One row of the contract suite: how to stand up a provider against its sandbox. A sixth
// provider gets every contract test by adding one of these to providersUnderTest().
struct ProviderUnderTest
{
    QString id; // the provider id createProvider() knows; names the ctest test too
    // A listening sandbox with some keys (HTTPS when tls), or nullptr when it cannot listen.
    std::function<std::unique_ptr<ContractSandbox>(bool tls)> start;
    // An account on the sandbox: its API, and its S3 endpoint where keys are verified by S3.
    std::function<Account(const ContractSandbox&)> account;
    QByteArray listMethod = "GET"; // the list's requests: method and path (for faults)
    QString listPath;
    QString createPath; // where a create is POSTed
    QString verifyPath; // where verifyKey GETs on the account's verification host
    std::function<void(Account&, const QUrl&)> verifyAt; // points verification at another host
    std::function<KeySpec(const ContractSandbox&)> createSpec; // a create the sandbox accepts
    ApiKey verifiedKey;                                        // a key of the provider's shape
    QString wrongToken; // of the right shape, issued by no one
    // What a call made with it fails with.
    QList<ProviderError::Kind> wrongTokenKinds{ProviderError::Kind::Auth};
    int wrongTokenStatus = 401;
    // A list answer of 8 MiB (under the size cap) full of filler cannot be read as a list.
    bool hugeListUnderCapFails = true;
    // Where a create looks something up first (Wasabi IAM counts the user's keys), create faults
    // are aimed at the create alone: only requests whose body holds createMatch; the look-ups
    // a create makes before it are lookupsBeforeCreate.
    QByteArray createMatch;
    int lookupsBeforeCreate = 0;
    QList<CreateFault> moreCreateFaults; // beyond 500, 503, 429 and a hang
};

const QList<ProviderUnderTest>& providersUnderTest();

} // namespace kw::contract

#include "ProviderUnderTest.h"
#include "SandboxOf.h"
#include "sandbox/coreweave/CoreWeaveSandbox.h"
#include "sandbox/scaleway/ScalewaySandbox.h"
#include "sandbox/wasabiair/WasabiAirSandbox.h"
#include "sandbox/wasabiiam/WasabiIamSandbox.h"
#include "sandbox/wayscloud/WaysCloudSandbox.h"

#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace kw::contract {

using sandbox::CoreWeaveSandbox;
using sandbox::Fault;
using sandbox::ScalewaySandbox;
using sandbox::WasabiAirSandbox;
using sandbox::WasabiIamSandbox;
using sandbox::WaysCloudSandbox;
using Kind = ProviderError::Kind;

template <> QString adminTokenOf(const WasabiIamSandbox& sandbox)
{
    return sandbox.adminAccessKeyId() + u':' + sandbox.adminSecret();
}

namespace {

Account accountOn(const QString& provider, const ContractSandbox& sandbox)
{
    Account account;
    account.id = u"test-account"_s;
    account.provider = provider;
    account.label = u"Sandbox"_s;
    account.endpoint = sandbox.url();
    return account;
}

ApiKey keyWithId(const QString& id)
{
    ApiKey key;
    key.id = id;
    return key;
}

void verifyOnS3At(Account& account, const QUrl& url)
{
    account.s3Endpoint = url;
}

void verifyOnApiAt(Account& account, const QUrl& url)
{
    account.endpoint = url;
}

// A token of the right shape that no server issued, made at run time.
QString madeUpJwt()
{
    const auto b64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    QByteArray signature(32, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(signature.data()),
                                          signature.size() / 4);
    return QString::fromLatin1(QByteArray(R"({"alg":"HS256","typ":"JWT"})").toBase64(b64) + '.' +
                               QByteArray(R"({"sub":"nobody","jti":"none"})").toBase64(b64) + '.' +
                               signature.toBase64(b64));
}

ProviderUnderTest wasabiAir()
{
    ProviderUnderTest row;
    row.id = u"wasabi-air"_s;
    row.start = [](bool tls) {
        return startSandbox<WasabiAirSandbox>(tls, [](WasabiAirSandbox& s) { s.seedSamples(12); });
    };
    row.account = [](const ContractSandbox& s) { return accountOn(u"wasabi-air"_s, s); };
    row.listPath = row.createPath = row.verifyPath = u"/api/data/api-keys"_s;
    row.verifyAt = &verifyOnApiAt;
    row.createSpec = [](const ContractSandbox&) {
        KeySpec spec;
        spec.name = u"Contract"_s;
        return spec;
    };
    row.verifiedKey = keyWithId(u"k/EXAMPLE"_s);
    row.wrongToken = madeUpJwt();
    return row;
}

ProviderUnderTest wasabiIam()
{
    ProviderUnderTest row;
    row.id = u"wasabi-iam"_s;
    row.start = [](bool tls) {
        return startSandbox<WasabiIamSandbox>(tls, [](WasabiIamSandbox&) {});
    };
    row.account = [](const ContractSandbox& s) {
        Account account = accountOn(u"wasabi-iam"_s, s);
        account.s3Endpoint = s.url();
        account.region = u"us-east-1"_s;
        return account;
    };
    row.listMethod = "POST"; // the IAM Query API: every call is a form POST to "/"
    row.listPath = row.createPath = row.verifyPath = u"/"_s;
    row.verifyAt = &verifyOnS3At;
    row.createSpec = [](const ContractSandbox&) { return KeySpec{}; }; // for the root user
    row.verifiedKey = keyWithId(u"AKIAEXAMPLEOFFLINE00"_s);
    row.wrongToken = u"AKIAEXAMPLEWRONG0000:EXAMPLEwrongSECRET"_s;
    row.wrongTokenKinds = {Kind::Forbidden, Kind::Auth}; // IAM answers 403 to a bad signature
    row.wrongTokenStatus = 403;
    row.createMatch = "Action=CreateAccessKey"; // the user's keys are counted first
    row.lookupsBeforeCreate = 1;
    return row;
}

ProviderUnderTest coreWeave()
{
    ProviderUnderTest row;
    row.id = u"coreweave"_s;
    row.start = [](bool tls) {
        return startSandbox<CoreWeaveSandbox>(tls, [](CoreWeaveSandbox& s) { s.seedSamples(30); });
    };
    row.account = [](const ContractSandbox& s) {
        Account account = accountOn(u"coreweave"_s, s);
        account.s3Endpoint = s.url();
        account.region = u"US-EAST-04A"_s;
        return account;
    };
    row.listPath = row.createPath = u"/v1/cwobject/access-key"_s;
    row.verifyPath = u"/"_s;
    row.verifyAt = &verifyOnS3At;
    row.createSpec = [](const ContractSandbox&) {
        KeySpec spec;
        spec.name = u"contract"_s;
        spec.durationSeconds = 0;
        return spec;
    };
    row.verifiedKey = keyWithId(u"CWEXAMPLEAAAAAA1"_s);
    row.wrongToken = u"EXAMPLE-not-the-token"_s;
    row.hugeListUnderCapFails = false;
    // Carried out, then its answer garbled: made once, and never sent again.
    row.moreCreateFaults = {
        {u"malformed"_s, Fault::Kind::MalformedBody, Kind::BadResponse, 1, false}};
    return row;
}

ProviderUnderTest scaleway()
{
    ProviderUnderTest row;
    row.id = u"scaleway"_s;
    row.start = [](bool tls) {
        return startSandbox<ScalewaySandbox>(tls, [](ScalewaySandbox& s) { s.seedSamples(30); });
    };
    row.account = [](const ContractSandbox& s) {
        Account account = accountOn(u"scaleway"_s, s);
        account.s3Endpoint = s.url();
        account.organizationId = concrete<ScalewaySandbox>(s).organizationId();
        return account;
    };
    row.listPath = row.createPath = u"/iam/v1alpha1/api-keys"_s;
    row.verifyPath = u"/"_s;
    row.verifyAt = &verifyOnS3At;
    row.createSpec = [](const ContractSandbox& s) {
        KeySpec spec;
        spec.bearerType = u"user"_s;
        spec.bearerId = concrete<ScalewaySandbox>(s).ownUserId();
        spec.description = u"contract"_s;
        return spec;
    };
    row.verifiedKey = keyWithId(u"SCWEXAMPLE0000000001"_s);
    row.wrongToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return row;
}

ProviderUnderTest waysCloud()
{
    ProviderUnderTest row;
    row.id = u"wayscloud"_s;
    row.start = [](bool tls) {
        return startSandbox<WaysCloudSandbox>(tls, [](WaysCloudSandbox& s) { s.seedSamples(12); });
    };
    row.account = [](const ContractSandbox& s) { return accountOn(u"wayscloud"_s, s); };
    row.listPath = row.createPath = u"/v1/account/api-keys"_s;
    row.verifyPath = u"/v1/storage"_s;
    row.verifyAt = &verifyOnApiAt;
    row.createSpec = [](const ContractSandbox&) {
        KeySpec spec;
        spec.name = u"Contract"_s;
        spec.description = u"Made by the provider contract test"_s;
        spec.services = {u"storage"_s};
        return spec;
    };
    row.verifiedKey = keyWithId(u"EXAMPLE-key-id"_s);
    row.wrongToken = u"wayscloud_pat_EXAMPLE000_EXAMPLE0000000000000000000000000000000000000"
                     u"000000000000"_s;
    // The handler ran (the key exists) and the answer broke off.
    row.moreCreateFaults = {{u"reset"_s, Fault::Kind::ResetMidBody, Kind::BadResponse, 1, true}};
    return row;
}

} // namespace

const QList<ProviderUnderTest>& providersUnderTest()
{
    static const QList<ProviderUnderTest> rows{wasabiAir(), wasabiIam(), coreWeave(), scaleway(),
                                               waysCloud()};
    return rows;
}

} // namespace kw::contract

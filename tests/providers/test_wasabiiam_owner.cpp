// WasabiIamProvider: whose key a call is about. The root user's keys are the caller's own and are
// named by no UserName; a sub-user literally called "root" is an ordinary sub-user; a key whose
// owner is not known is looked up in complete lists before anything is changed.
#include "providers/WasabiIamProvider.h"
#include "sandbox/wasabiiam/WasabiIamSandbox.h"
#include "support/ProviderTestSupport.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace kw;
using namespace Qt::StringLiterals;
using kw::sandbox::WasabiIamSandbox;
using Kind = ProviderError::Kind;

namespace {

std::unique_ptr<ProviderReply> wait(ProviderReply* raw)
{
    return testsupport::waitForReply(raw, 20000);
}

KeySpec forUser(const QString& userName)
{
    KeySpec spec;
    spec.bearerId = userName;
    return spec;
}

QStringList idsOf(const QList<WasabiIamSandbox::AccessKeyState>& keys)
{
    QStringList ids;
    for (const auto& key : keys)
        ids << key.accessKeyId;
    return ids;
}

const ApiKey* findKey(const QList<ApiKey>& keys, const QString& id)
{
    for (const ApiKey& key : keys) {
        if (key.id == id)
            return &key;
    }
    return nullptr;
}

} // namespace

class TestWasabiIamOwner : public QObject
{
    Q_OBJECT

    std::unique_ptr<WasabiIamProvider> provider()
    {
        Account account;
        account.id = u"acc-iam"_s;
        account.provider = u"wasabi-iam"_s;
        account.label = u"Wasabi"_s;
        account.endpoint = m_sandbox->url();
        account.s3Endpoint = m_sandbox->url();
        account.region = u"us-east-1"_s;
        auto made = std::make_unique<WasabiIamProvider>(
            account,
            Secret::fromString(
                QString(m_sandbox->adminAccessKeyId() + u':' + m_sandbox->adminSecret())),
            &m_network);
        made->http().setBackoffBaseMs(10);
        return made;
    }

    // Creates a key for userName (empty: the root user) and returns it as created.
    ApiKey created(WasabiIamProvider& client, const QString& userName)
    {
        auto reply = wait(client.createKey(forUser(userName)));
        if (!reply->ok()) {
            qWarning() << reply->error().toString();
            return {};
        }
        return reply->created().key;
    }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<WasabiIamSandbox>();
        QVERIFY(m_sandbox->listen());
        m_sandbox->addUser(u"root"_s); // a sub-user that happens to be called "root"
        m_sandbox->addUser(u"alice"_s);
    }

    void cleanup() { m_sandbox.reset(); }

    // The list tells the root user's keys from those of a sub-user called "root".
    void listTellsTheRootUserFromASubUserCalledRoot()
    {
        auto client = provider();
        const ApiKey subUserKey = created(*client, u"root"_s);
        QVERIFY(!subUserKey.id.isEmpty());
        QCOMPARE(subUserKey.principal, u"root"_s);
        QVERIFY(!subUserKey.ownerIsCaller);
        const ApiKey rootKey = created(*client, QString());
        QVERIFY(!rootKey.id.isEmpty());
        QVERIFY(rootKey.ownerIsCaller);

        auto reply = wait(client->listKeys());
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        const ApiKey* admin = findKey(reply->keys(), m_sandbox->adminAccessKeyId());
        QVERIFY(admin);
        QVERIFY(admin->ownerIsCaller);
        const ApiKey* listedRoot = findKey(reply->keys(), rootKey.id);
        QVERIFY(listedRoot);
        QVERIFY(listedRoot->ownerIsCaller);
        const ApiKey* listedSub = findKey(reply->keys(), subUserKey.id);
        QVERIFY(listedSub);
        QCOMPARE(listedSub->principal, u"root"_s);
        QVERIFY(!listedSub->ownerIsCaller);
    }

    // Revoking (and deactivating) the root user's key names no user: sending UserName=root
    // would target the sub-user called "root" (and fail, or worse).
    void rootUsersKeyIsRevokedWithoutUserName()
    {
        auto client = provider();
        QVERIFY(!created(*client, u"root"_s).id.isEmpty());
        const ApiKey rootKey = created(*client, QString());
        QVERIFY(idsOf(m_sandbox->accessKeys()).contains(rootKey.id));

        auto deactivated = wait(client->setKeyActive(rootKey, false));
        QVERIFY2(deactivated->ok(), qPrintable(deactivated->error().toString()));
        QVERIFY(deactivated->key());
        QVERIFY(deactivated->key()->ownerIsCaller);

        auto revoked = wait(client->revokeKey(rootKey));
        QVERIFY2(revoked->ok(), qPrintable(revoked->error().toString()));
        QVERIFY(!idsOf(m_sandbox->accessKeys()).contains(rootKey.id));
        QCOMPARE(m_sandbox->accessKeys(u"root"_s).size(), 1); // the sub-user's key is untouched
    }

    // A sub-user called "root" works as any sub-user: its keys, its policies.
    void subUserCalledRootIsAnOrdinarySubUser()
    {
        auto client = provider();
        const ApiKey key = created(*client, u"root"_s);
        QCOMPARE(idsOf(m_sandbox->accessKeys(u"root"_s)), QStringList{key.id});

        auto policies = wait(client->listPrincipalPolicies(u"root"_s));
        QVERIFY2(policies->ok(), qPrintable(policies->error().toString()));
        auto attached =
            wait(client->attachPrincipalPolicy(u"root"_s, WasabiIamProvider::viewAirPolicyArn()));
        QVERIFY2(attached->ok(), qPrintable(attached->error().toString()));
        QCOMPARE(m_sandbox->attachedPolicyArns(u"root"_s),
                 QStringList{WasabiIamProvider::viewAirPolicyArn()});

        const int rootKeys = int(m_sandbox->accessKeys().size());
        auto revoked = wait(client->revokeKey(key));
        QVERIFY2(revoked->ok(), qPrintable(revoked->error().toString()));
        QVERIFY(m_sandbox->accessKeys(u"root"_s).isEmpty());
        QCOMPARE(int(m_sandbox->accessKeys().size()), rootKeys);
    }

    // A key that does not say whose it is (say, from a record made before its owner was
    // known): the owner is looked up, and the key is revoked at that owner. Sent without a
    // UserName the call would be about the caller's keys and come back "not found".
    void unknownOwnerIsLookedUpBeforeRevoking()
    {
        auto client = provider();
        const QString aliceKey = created(*client, u"alice"_s).id;
        QVERIFY(!aliceKey.isEmpty());
        ApiKey bare;
        bare.id = aliceKey;

        auto revoked = wait(client->revokeKey(bare));
        QVERIFY2(revoked->ok(), qPrintable(revoked->error().toString()));
        QVERIFY(m_sandbox->accessKeys(u"alice"_s).isEmpty());

        // The same for deactivating, and for the root user's own key.
        const ApiKey rootKey = created(*client, QString());
        bare.id = rootKey.id;
        auto deactivated = wait(client->setKeyActive(bare, false));
        QVERIFY2(deactivated->ok(), qPrintable(deactivated->error().toString()));
        bool found = false;
        for (const auto& state : m_sandbox->accessKeys()) {
            if (state.accessKeyId == rootKey.id) {
                found = true;
                QVERIFY(!state.active);
            }
        }
        QVERIFY(found);
    }

    // A key in no user's complete list is not there: NotFound, and nothing is deleted.
    void keyInNoUsersListIsNotFound()
    {
        auto client = provider();
        const QString aliceKey = created(*client, u"alice"_s).id;
        const int rootKeys = int(m_sandbox->accessKeys().size());
        ApiKey bare;
        bare.id = u"AKIAEXAMPLENOTTHERE01"_s;
        auto revoked = wait(client->revokeKey(bare));
        QCOMPARE(revoked->error().kind, Kind::NotFound);
        QVERIFY2(revoked->error().message.contains(bare.id),
                 qPrintable(revoked->error().toString()));
        QCOMPARE(idsOf(m_sandbox->accessKeys(u"alice"_s)), QStringList{aliceKey});
        QCOMPARE(int(m_sandbox->accessKeys().size()), rootKeys);
    }

    // The account's credential belongs to an IAM user with IAM rights, not the root user: its
    // keys are both the caller's own and a ListUsers user's. Each key is listed once, named by
    // that user and marked as the caller's; the root user's keys are not the caller's to see.
    void iamUserAdminsKeysAreListedOnce()
    {
        m_sandbox->seedSamples();
        m_sandbox->useIamUserAdmin(u"iam-admin"_s);
        auto client = provider();
        const ApiKey second = created(*client, u"iam-admin"_s);
        QVERIFY(!second.id.isEmpty());
        QCOMPARE(second.principal, u"iam-admin"_s);

        QStringList expected;
        for (const QString& user : m_sandbox->userNames())
            expected += idsOf(m_sandbox->accessKeys(user));
        auto reply = wait(client->listKeys());
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QStringList listed;
        for (const ApiKey& key : reply->keys())
            listed << key.id;
        QCOMPARE(listed.size(), expected.size()); // no key twice
        listed.sort();
        expected.sort();
        QCOMPARE(listed, expected);

        for (const QString& id : {m_sandbox->adminAccessKeyId(), second.id}) {
            const ApiKey* own = findKey(reply->keys(), id);
            QVERIFY(own);
            QCOMPARE(own->principal, u"iam-admin"_s);
            QVERIFY(own->ownerIsCaller);
        }
        const ApiKey* other =
            findKey(reply->keys(), m_sandbox->accessKeys(u"backup-agent"_s)[0].accessKeyId);
        QVERIFY(other);
        QCOMPARE(other->principal, u"backup-agent"_s);
        QVERIFY(!other->ownerIsCaller);
    }

    // An IAM user's token: the owner picker offers that user once, first, said to be the
    // token's own, and never a "Root user" whose keys the token cannot manage.
    void iamUserAdminIsTheFirstBearerNotTheRoot()
    {
        m_sandbox->useIamUserAdmin(u"iam-admin"_s);
        m_sandbox->addUser(u"backup-agent"_s);
        auto client = provider();
        auto reply = wait(client->listBearers());
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        const QList<Bearer> bearers = reply->bearers();
        QVERIFY(!bearers.isEmpty());
        QCOMPARE(bearers.first().id, u"iam-admin"_s);
        QVERIFY2(bearers.first().label.contains(u"this token"_s),
                 qPrintable(bearers.first().label));
        int named = 0;
        for (const Bearer& bearer : bearers) {
            QVERIFY2(!bearer.label.contains(u"Root"_s), qPrintable(bearer.label));
            QVERIFY(!bearer.id.isEmpty());
            named += bearer.id == u"iam-admin"_s ? 1 : 0;
        }
        QCOMPARE(named, 1);
        QVERIFY(std::any_of(bearers.cbegin(), bearers.cend(),
                            [](const Bearer& b) { return b.id == u"backup-agent"_s; }));
    }

    // The IAM user's own key, as listed, is deactivated and revoked at that user, and keeps
    // naming it.
    void iamUserAdminsOwnKeyIsChangedAsTheCallers()
    {
        m_sandbox->useIamUserAdmin(u"iam-admin"_s);
        auto client = provider();
        const ApiKey own = created(*client, QString());
        QCOMPARE(own.principal, u"iam-admin"_s);
        QVERIFY(own.ownerIsCaller);
        QCOMPARE(m_sandbox->accessKeys(u"iam-admin"_s).size(), 2);

        auto deactivated = wait(client->setKeyActive(own, false));
        QVERIFY2(deactivated->ok(), qPrintable(deactivated->error().toString()));
        QVERIFY(deactivated->key());
        QCOMPARE(deactivated->key()->principal, u"iam-admin"_s);
        QVERIFY(!m_sandbox->accessKeys(u"iam-admin"_s).at(1).active);

        auto revoked = wait(client->revokeKey(own));
        QVERIFY2(revoked->ok(), qPrintable(revoked->error().toString()));
        QCOMPARE(idsOf(m_sandbox->accessKeys(u"iam-admin"_s)),
                 QStringList{m_sandbox->adminAccessKeyId()});
    }

private:
    std::unique_ptr<WasabiIamSandbox> m_sandbox;
    QNetworkAccessManager m_network;
};

QTEST_GUILESS_MAIN(TestWasabiIamOwner)
#include "test_wasabiiam_owner.moc"

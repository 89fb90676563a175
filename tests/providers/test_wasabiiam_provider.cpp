#include "FakeHttpServer.h"
#include "core/Clock.h"
#include "providers/KeyProvider.h"
#include "providers/WasabiIamProvider.h"
#include "sandbox/wasabiiam/WasabiIamSandbox.h"
#include "support/LogCapture.h"
#include "support/ProviderTestSupport.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QTest>

using namespace kw;
using namespace Qt::StringLiterals;
using kw::sandbox::Fault;
using kw::sandbox::WasabiIamSandbox;
using kw::testsupport::LogCapture;
using Kind = ProviderError::Kind;
using Outcome = Verification::Outcome;

namespace {

// Replies here are given longer than the shared default.
std::unique_ptr<ProviderReply> wait(ProviderReply* raw, int timeoutMs = 20000)
{
    return testsupport::waitForReply(raw, timeoutMs);
}

KeySpec forUser(const QString& userName)
{
    KeySpec spec;
    spec.bearerId = userName;
    return spec;
}

QSet<QString> idsOf(const QList<ApiKey>& keys)
{
    QSet<QString> ids;
    for (const ApiKey& key : keys)
        ids.insert(key.id);
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

class TestWasabiIamProvider : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WasabiIamSandbox> m_sandbox;
    QNetworkAccessManager m_network;

    Account account() const
    {
        Account account;
        account.id = u"acc-iam"_s;
        account.provider = u"wasabi-iam"_s;
        account.label = u"Wasabi"_s;
        account.endpoint = m_sandbox->url();
        account.s3Endpoint = m_sandbox->url();
        account.region = u"us-east-1"_s;
        return account;
    }

    std::unique_ptr<WasabiIamProvider> provider(const Account& forAccount)
    {
        auto made = std::make_unique<WasabiIamProvider>(
            forAccount,
            Secret::fromString(
                QString(m_sandbox->adminAccessKeyId() + u':' + m_sandbox->adminSecret())),
            &m_network);
        made->http().setBackoffBaseMs(10);
        made->http().setDefaultTimeoutMs(10000);
        return made;
    }
    std::unique_ptr<WasabiIamProvider> provider() { return provider(account()); }

    QList<ApiKey> listed(WasabiIamProvider& client)
    {
        auto reply = wait(client.listKeys());
        if (!reply->ok())
            qWarning() << reply->error().toString();
        return reply->keys();
    }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<WasabiIamSandbox>();
        QVERIFY(m_sandbox->listen());
    }
    void cleanup() { m_sandbox.reset(); }

    void capabilities()
    {
        const Capabilities& c = WasabiIamProvider::staticCapabilities();
        QCOMPARE(c.providerId, u"wasabi-iam"_s);
        QCOMPARE(c.providerName, u"Wasabi (access keys)"_s);
        QCOMPARE(c.defaultEndpoint, QUrl(u"https://iam.wasabisys.com"_s));
        QCOMPARE(c.name, Capabilities::NameField::None);
        QVERIFY(c.bearer && c.disable && c.revoke && c.verify && c.lastUsed && c.keyLimitPerUser);
        QCOMPARE(c.keyLimit, 2);
        QVERIFY(c.cannotEditHint.contains(u"deactivate or rotate"_s));
        QCOMPARE(capabilitiesFor(u"wasabi-iam"_s), &c);
        QVERIFY(knownProviders().contains(u"wasabi-iam"_s));
        auto made = createProvider(account(), Secret::fromString(u"ID:SECRET"_s), &m_network);
        QVERIFY(dynamic_cast<WasabiIamProvider*>(made.get()));
    }

    void tokenWithoutColonIsRefusedBeforeSending()
    {
        WasabiIamProvider client(account(), Secret::fromString(u"JUSTONEPART"_s), &m_network);
        const int before = m_sandbox->requestCount();
        auto reply = wait(client.testAccount());
        QCOMPARE(reply->error().kind, Kind::Auth);
        QVERIFY(reply->error().detail.contains(u"ACCESSKEYID:SECRET"_s));
        QCOMPARE(m_sandbox->requestCount(), before);
    }

    void testAccountAndWrongSecret()
    {
        auto client = provider();
        QVERIFY(wait(client->testAccount())->ok());

        WasabiIamProvider wrong(
            account(),
            Secret::fromString(QString(m_sandbox->adminAccessKeyId() + u":WRONGEXAMPLESECRET"_s)),
            &m_network);
        auto reply = wait(wrong.testAccount());
        QVERIFY(!reply->ok());
        QVERIFY2(reply->error().kind == Kind::Forbidden || reply->error().kind == Kind::Auth,
                 qPrintable(reply->error().toString()));
        QVERIFY2(reply->error().message.contains(u"SignatureDoesNotMatch"_s),
                 qPrintable(reply->error().toString()));
    }

    void bearersPageThroughEveryUserRootFirst()
    {
        for (int i = 0; i < 7; ++i)
            m_sandbox->addUser(u"user-%1"_s.arg(i));
        auto client = provider();
        client->setPageSize(2);
        const int before = m_sandbox->requestCount();
        auto reply = wait(client->listBearers());
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        const QList<Bearer> bearers = reply->bearers();
        QCOMPARE(bearers.first(), (Bearer{u"user"_s, QString(), u"Root user"_s}));
        QStringList names;
        for (qsizetype i = 1; i < bearers.size(); ++i) {
            QCOMPARE(bearers[i].type, u"user"_s);
            QCOMPARE(bearers[i].label, bearers[i].id);
            names << bearers[i].id;
        }
        names.sort();
        QCOMPARE(names, m_sandbox->userNames());
        QCOMPARE(m_sandbox->requestCount() - before, 5); // who the caller is; 7 users, 2 a page
    }

    void listKeysPagesEveryUserAndRoot()
    {
        m_sandbox->seedSamples();
        m_sandbox->addUser(u"pager"_s);
        auto client = provider();
        client->setPageSize(1); // every user with two keys needs two pages
        QVERIFY(wait(client->createKey(forUser(u"pager"_s)))->ok());
        QVERIFY(wait(client->createKey(forUser(u"pager"_s)))->ok());

        QSet<QString> expected;
        for (const auto& state : m_sandbox->accessKeys())
            expected.insert(state.accessKeyId);
        for (const QString& user : m_sandbox->userNames()) {
            for (const auto& state : m_sandbox->accessKeys(user))
                expected.insert(state.accessKeyId);
        }
        const QList<ApiKey> keys = listed(*client);
        QCOMPARE(idsOf(keys), expected);
        QCOMPARE(keys.size(), expected.size());

        const ApiKey* admin = findKey(keys, m_sandbox->adminAccessKeyId());
        QVERIFY(admin);
        QCOMPARE(admin->principal, u"root"_s);
        QCOMPARE(admin->prefix, admin->id);
        for (const QString& user : m_sandbox->userNames()) {
            for (const auto& state : m_sandbox->accessKeys(user)) {
                const ApiKey* key = findKey(keys, state.accessKeyId);
                QVERIFY(key);
                QCOMPARE(key->principal, user);
                QCOMPARE(key->status, state.active ? KeyStatus::Active : KeyStatus::Disabled);
                QCOMPARE(key->created.toSecsSinceEpoch(), state.createdAt.toSecsSinceEpoch());
                QCOMPARE(key->lastUsed.has_value(), state.lastUsedAt.isValid());
            }
        }
    }

    // Users' keys and keys' last use are asked for several at a time (issue 13: one request
    // after another made Wasabi IAM the whole fleet's load time), yet the list comes out in the
    // order of a sequential read: the root's keys, then each user's in ListUsers' order, with
    // each key's own last use, even when early answers arrive last.
    void usersAndLastUsesReadConcurrentlyKeepTheirOrder()
    {
        m_sandbox->seedAtScale(81, 9);
        const QStringList users = m_sandbox->userNames();
        QVERIFY(users.size() > 30);
        QList<WasabiIamSandbox::AccessKeyState> expected = m_sandbox->accessKeys();
        for (const QString& user : users)
            expected += m_sandbox->accessKeys(user);
        // The first user's keys and the first user key's last use come late.
        m_sandbox->injectFault({Fault::Kind::Delay, "POST", u"/"_s, 1, 400, 0, 8 * 1024 * 1024,
                                false, "UserName=" + users.first().toUtf8() + "&MaxItems"});
        m_sandbox->injectFault({Fault::Kind::Delay, "POST", u"/"_s, 1, 400, 0, 8 * 1024 * 1024,
                                false, "AccessKeyId=" + expected.at(1).accessKeyId.toUtf8()});
        // Every other call is held a little, so that calls in flight together are seen.
        m_sandbox->injectFault({Fault::Kind::Delay, "POST", u"/"_s, -1, 20});
        auto client = provider();
        auto reply = wait(client->listKeys(), 60000); // slow under the sanitizers
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        const QList<ApiKey>& keys = reply->keys();
        QCOMPARE(keys.size(), expected.size());
        for (qsizetype i = 0; i < keys.size(); ++i) {
            QCOMPARE(keys[i].id, expected[i].accessKeyId);
            if (keys[i].id == m_sandbox->adminAccessKeyId())
                continue; // used by the listing itself
            QCOMPARE(keys[i].lastUsed.has_value(), expected[i].lastUsedAt.isValid());
            if (keys[i].lastUsed)
                QCOMPARE(keys[i].lastUsed->toSecsSinceEpoch(),
                         expected[i].lastUsedAt.toSecsSinceEpoch());
        }
        // Several in flight at once, never more than the cap of six.
        QVERIFY2(m_sandbox->mostRequestsHeldAtOnce() >= 2 &&
                     m_sandbox->mostRequestsHeldAtOnce() <= 6,
                 qPrintable(QString::number(m_sandbox->mostRequestsHeldAtOnce())));
    }

    // One user's keys, or one key's last use, that cannot be read fails the whole list with
    // that call's error (a list with a hole in it would look complete), after the usual retry.
    void oneCallFailingMidwayFailsTheList_data()
    {
        QTest::addColumn<QByteArray>("call");
        QTest::newRow("a user's keys") << QByteArray("Action=ListAccessKeys");
        QTest::newRow("a key's last use") << QByteArray("Action=GetAccessKeyLastUsed");
    }

    void oneCallFailingMidwayFailsTheList()
    {
        QFETCH(QByteArray, call);
        m_sandbox->seedAtScale(81, 9);
        const QStringList users = m_sandbox->userNames();
        const QByteArray which =
            call.contains("ListAccessKeys")
                ? QByteArray("UserName=" + users.at(20).toUtf8() + "&MaxItems")
                : QByteArray("AccessKeyId=" +
                             m_sandbox->accessKeys(users.at(20)).first().accessKeyId.toUtf8());
        m_sandbox->injectFault(
            {Fault::Kind::InternalError, "POST", u"/"_s, -1, 0, 0, 8 * 1024 * 1024, false, which});
        auto client = provider();
        client->http().setMaxAttempts(2);
        const int before = m_sandbox->requestCount();
        auto reply = wait(client->listKeys(), 60000);
        QVERIFY(!reply->ok());
        QCOMPARE(reply->error().kind, Kind::Server);
        QCOMPARE(reply->error().httpStatus, 500);
        QVERIFY(reply->keys().isEmpty());
        // The calls after the failing one were not all sent: the list stopped there.
        QVERIFY(m_sandbox->requestCount() - before < 1 + int(users.size()) + 81);
    }

    void createForRootAndSubUser()
    {
        m_sandbox->addUser(u"alice"_s);
        auto client = provider();
        LogCapture logs;

        auto root = wait(client->createKey(forUser(QString())));
        QVERIFY2(root->ok(), qPrintable(root->error().toString()));
        const CreatedKey& rootKey = root->created();
        QVERIFY(!rootKey.secret.isEmpty());
        QCOMPARE(rootKey.accessKeyId, rootKey.key.id);
        QCOMPARE(rootKey.key.principal, u"root"_s);
        QCOMPARE(m_sandbox->accessKeys().size(), 2);
        QCOMPARE(m_sandbox->accessKeys().last().accessKeyId, rootKey.key.id);

        auto alice = wait(client->createKey(forUser(u"alice"_s)));
        QVERIFY2(alice->ok(), qPrintable(alice->error().toString()));
        QCOMPARE(alice->created().key.principal, u"alice"_s);
        QCOMPARE(alice->created().key.status, KeyStatus::Active);
        QVERIFY(alice->created().key.created.isValid());
        QCOMPARE(m_sandbox->accessKeys(u"alice"_s).size(), 1);
        QCOMPARE(m_sandbox->accessKeys(u"alice"_s).first().accessKeyId, alice->created().key.id);

        // Neither half of any credential reaches a log.
        const QString logged = logs.text();
        QVERIFY(!logged.contains(rootKey.secret.exposeString()));
        QVERIFY(!logged.contains(alice->created().secret.exposeString()));
        QVERIFY(!logged.contains(m_sandbox->adminSecret()));
        QVERIFY(!logged.contains(m_sandbox->adminAccessKeyId()));
    }

    void thirdKeyIsRefusedLocallyWithGuidance()
    {
        m_sandbox->addUser(u"bob"_s);
        auto client = provider();
        QVERIFY(wait(client->createKey(forUser(u"bob"_s)))->ok());
        QVERIFY(wait(client->createKey(forUser(u"bob"_s)))->ok());
        const int creates = m_sandbox->createRequestCount();

        auto refused = wait(client->createKey(forUser(u"bob"_s)));
        QCOMPARE(refused->error().kind, Kind::Conflict);
        QVERIFY(refused->error().message.contains(u"bob"_s));
        QVERIFY(refused->error().message.contains(u"already has 2 access keys"_s));
        QVERIFY(refused->error().detail.contains(u"Deactivate and delete the older key first"_s));
        QCOMPARE(m_sandbox->createRequestCount(), creates);
        QCOMPARE(m_sandbox->accessKeys(u"bob"_s).size(), 2);

        // The root user holds the admin key: one more, then the same refusal.
        QVERIFY(wait(client->createKey(forUser(QString())))->ok());
        auto rootRefused = wait(client->createKey(forUser(QString())));
        QCOMPARE(rootRefused->error().kind, Kind::Conflict);
        QVERIFY(rootRefused->error().message.contains(u"root"_s));
        QCOMPARE(m_sandbox->createRequestCount(), creates + 1);
    }

    void deactivateActivateAndDelete()
    {
        m_sandbox->addUser(u"carol"_s);
        auto client = provider();
        auto created = wait(client->createKey(forUser(u"carol"_s)));
        QVERIFY(created->ok());
        const ApiKey key = created->created().key;

        auto off = wait(client->setKeyActive(key, false));
        QVERIFY2(off->ok(), qPrintable(off->error().toString()));
        QCOMPARE(off->key()->status, KeyStatus::Disabled);
        QVERIFY(!m_sandbox->accessKeys(u"carol"_s).first().active);
        QCOMPARE(findKey(listed(*client), key.id)->status, KeyStatus::Disabled);

        auto on = wait(client->setKeyActive(key, true));
        QVERIFY(on->ok());
        QCOMPARE(on->key()->status, KeyStatus::Active);
        QVERIFY(m_sandbox->accessKeys(u"carol"_s).first().active);

        auto deleted = wait(client->revokeKey(key));
        QVERIFY2(deleted->ok(), qPrintable(deleted->error().toString()));
        QVERIFY(m_sandbox->accessKeys(u"carol"_s).isEmpty());
        QVERIFY(!findKey(listed(*client), key.id));

        auto again = wait(client->revokeKey(key));
        QCOMPARE(again->error().kind, Kind::NotFound);
        QVERIFY(again->error().message.contains(u"NoSuchEntity"_s));
    }

    void unknownUserIsNotFound()
    {
        auto client = provider();
        const int creates = m_sandbox->createRequestCount();
        auto reply = wait(client->createKey(forUser(u"nobody"_s)));
        QCOMPARE(reply->error().kind, Kind::NotFound);
        QVERIFY(reply->error().message.contains(u"NoSuchEntity"_s));
        QCOMPARE(m_sandbox->createRequestCount(), creates);

        ApiKey ghost;
        ghost.id = u"AKIAEXAMPLEGHOST0000"_s;
        ghost.principal = u"nobody"_s;
        QCOMPARE(wait(client->setKeyActive(ghost, false))->error().kind, Kind::NotFound);
    }

    void verifyWorksThenFailsAfterDeleteAndRecordsLastUse()
    {
        m_sandbox->addUser(u"dave"_s);
        auto client = provider();
        auto created = wait(client->createKey(forUser(u"dave"_s)));
        QVERIFY(created->ok());
        const ApiKey key = created->created().key;
        QVERIFY(!findKey(listed(*client), key.id)->lastUsed);

        auto works = wait(client->verifyKey(key, created->created().secret));
        QVERIFY2(works->ok(), qPrintable(works->error().toString()));
        QCOMPARE(works->verification()->outcome, Outcome::Works);
        QVERIFY(m_sandbox->accessKeys(u"dave"_s).first().lastUsedAt.isValid());
        const QList<ApiKey> afterUse = listed(*client);
        const ApiKey* listedKey = findKey(afterUse, key.id);
        QVERIFY(listedKey && listedKey->lastUsed);

        auto wrong = wait(client->verifyKey(key, Secret::fromString(u"WRONGEXAMPLESECRET"_s)));
        QVERIFY(wrong->ok());
        QVERIFY(wrong->verification()->outcome == Outcome::Forbidden ||
                wrong->verification()->outcome == Outcome::Unauthorized);
        QVERIFY2(wrong->verification()->reason.contains(u"SignatureDoesNotMatch"_s),
                 qPrintable(wrong->verification()->reason));

        QVERIFY(wait(client->revokeKey(key))->ok());
        auto gone = wait(client->verifyKey(key, created->created().secret));
        QVERIFY(gone->ok());
        QVERIFY(gone->verification()->outcome == Outcome::Forbidden ||
                gone->verification()->outcome == Outcome::Unauthorized);
        QVERIFY2(gone->verification()->reason.contains(u"InvalidAccessKeyId"_s),
                 qPrintable(gone->verification()->reason));
    }

    // The first attempt is signed an hour early: the sandbox would refuse it as skewed, but it
    // answers 503 first; the retry succeeds only because it is signed again, now.
    void retryIsSignedAfresh()
    {
        auto client = provider();
        int signings = 0;
        const ScopedClock clock([&signings] {
            ++signings;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            return signings == 1 ? now.addSecs(-3600) : now;
        });
        Fault unavailable;
        unavailable.kind = Fault::Kind::Unavailable;
        unavailable.method = "POST";
        m_sandbox->injectFault(unavailable);
        const int before = m_sandbox->requestCount();
        auto reply = wait(client->testAccount()); // one request, GetUser
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(m_sandbox->requestCount() - before, 2);
        QCOMPARE(signings, 2);

        // Without the fault, the early signature is what the sandbox sees: refused as skewed.
        signings = 0;
        auto skewed = wait(client->testAccount());
        QVERIFY(!skewed->ok());
        QVERIFY2(skewed->error().message.contains(u"RequestTimeTooSkewed"_s),
                 qPrintable(skewed->error().toString()));
    }

    // The same for the verify request: its retry is signed again with the key under test.
    void verifyRetryIsSignedAfresh()
    {
        m_sandbox->addUser(u"frank"_s);
        auto client = provider();
        auto created = wait(client->createKey(forUser(u"frank"_s)));
        QVERIFY(created->ok());
        int signings = 0;
        const ScopedClock clock([&signings] {
            ++signings;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            return signings <= 2 ? now.addSecs(-3600) : now;
        });
        Fault unavailable;
        unavailable.kind = Fault::Kind::Unavailable;
        unavailable.method = "GET";
        m_sandbox->injectFault(unavailable);
        auto reply = wait(client->verifyKey(created->created().key, created->created().secret));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->verification()->outcome, Outcome::Works);
        QVERIFY(signings >= 3);
    }

    void serverErrorOnCreateSendsItOnce()
    {
        m_sandbox->addUser(u"erin"_s);
        auto client = provider();
        // The limit check's list goes through; the create that follows gets the 500.
        Fault passList;
        passList.kind = Fault::Kind::Delay;
        passList.method = "POST";
        passList.delayMs = 1;
        m_sandbox->injectFault(passList);
        Fault internal;
        internal.kind = Fault::Kind::InternalError;
        internal.method = "POST";
        m_sandbox->injectFault(internal);
        const int before = m_sandbox->requestCount();
        auto reply = wait(client->createKey(forUser(u"erin"_s)));
        QCOMPARE(reply->error().kind, Kind::Server);
        QVERIFY(reply->error().detail.contains(u"may have been created"_s));
        QCOMPARE(m_sandbox->requestCount() - before, 2); // one list, exactly one create
        QVERIFY(!reply->hasCreated());
    }

    void offersTheAirPolicies()
    {
        const PrincipalPolicies& policies =
            WasabiIamProvider::staticCapabilities().principalPolicies;
        QCOMPARE(policies.offered.size(), 2);
        QCOMPARE(policies.offered.at(0).arn, WasabiIamSandbox::manageAirPolicyArn());
        QCOMPARE(policies.offered.at(0).name, u"WasabiManageAiR"_s);
        QCOMPARE(policies.offered.at(1).arn, WasabiIamSandbox::viewAirPolicyArn());
        QCOMPARE(policies.offered.at(1).name, u"WasabiViewAiR"_s);
        for (const PolicyInfo& policy : policies.offered)
            QVERIFY(!policy.label.isEmpty() && policy.help.contains(policy.name));
        QCOMPARE(policies.offered.at(0).label, u"AiR: manage"_s);
        QCOMPARE(policies.offered.at(1).label, u"AiR: view only"_s);
        QCOMPARE(policies.none, u"no AiR policy"_s);
        QCOMPARE(policies.allRightsPrincipal, u"root"_s);
        QCOMPARE(policies.allRights, u"root user: full access"_s);
        QCOMPARE(WasabiIamProvider::manageAirPolicyArn(), WasabiIamSandbox::manageAirPolicyArn());
        QCOMPARE(WasabiIamProvider::viewAirPolicyArn(), WasabiIamSandbox::viewAirPolicyArn());
    }

    void listsTheAttachedPolicies_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("manage") << u"air-indexer"_s << QStringList{u"WasabiManageAiR"_s};
        QTest::newRow("view") << u"air-viewer"_s << QStringList{u"WasabiViewAiR"_s};
        QTest::newRow("none") << u"ci-readonly"_s << QStringList();
    }
    void listsTheAttachedPolicies()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, names);
        m_sandbox->seedSamples();
        auto client = provider();
        auto reply = wait(client->listPrincipalPolicies(user));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QStringList listedNames;
        for (const AttachedPolicy& policy : reply->policies()) {
            listedNames << policy.name;
            QVERIFY(m_sandbox->attachedPolicyArns(user).contains(policy.arn));
        }
        QCOMPARE(listedNames, names);
    }

    void attachThenListShowsItOnce()
    {
        m_sandbox->addUser(u"gina"_s);
        auto client = provider();
        auto attached = wait(client->attachPrincipalPolicy(
            u"gina"_s, u" %1 "_s.arg(WasabiIamProvider::viewAirPolicyArn())));
        QVERIFY2(attached->ok(), qPrintable(attached->error().toString()));
        QCOMPARE(m_sandbox->attachedPolicyArns(u"gina"_s),
                 QStringList{WasabiIamSandbox::viewAirPolicyArn()});
        // Attaching what the user has already is no error and changes nothing.
        QVERIFY(
            wait(client->attachPrincipalPolicy(u"gina"_s, WasabiIamProvider::viewAirPolicyArn()))
                ->ok());
        QVERIFY(
            wait(client->attachPrincipalPolicy(u"gina"_s, WasabiIamProvider::manageAirPolicyArn()))
                ->ok());
        auto listed = wait(client->listPrincipalPolicies(u"gina"_s));
        QVERIFY2(listed->ok(), qPrintable(listed->error().toString()));
        QCOMPARE(listed->policies(),
                 (QList<AttachedPolicy>{
                     {WasabiIamSandbox::viewAirPolicyArn(), u"WasabiViewAiR"_s},
                     {WasabiIamSandbox::manageAirPolicyArn(), u"WasabiManageAiR"_s}}));
    }

    void unknownUserOrPolicyIsNotFoundWithTheReason_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("arn");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("reason"); // a part of the message
        QTest::newRow("unknown user")
            << u"nobody"_s << WasabiIamProvider::viewAirPolicyArn() << int(Kind::NotFound)
            << u"The user with name nobody cannot be found. (NoSuchEntity)"_s;
        QTest::newRow("unknown policy")
            << u"hank"_s << u"arn:aws:iam::aws:policy/NoSuchPolicyEXAMPLE"_s << int(Kind::NotFound)
            << u"does not exist or is not attachable"_s;
        QTest::newRow("not an arn")
            << u"hank"_s << u"WasabiViewAiR"_s << int(Kind::Validation) << u"(InvalidInput)"_s;
    }
    void unknownUserOrPolicyIsNotFoundWithTheReason()
    {
        QFETCH(QString, user);
        QFETCH(QString, arn);
        QFETCH(int, kind);
        QFETCH(QString, reason);
        m_sandbox->addUser(u"hank"_s);
        auto client = provider();
        auto reply = wait(client->attachPrincipalPolicy(user, arn));
        QVERIFY(!reply->ok());
        QCOMPARE(int(reply->error().kind), kind);
        QVERIFY2(reply->error().message.contains(reason), qPrintable(reply->error().toString()));
        QVERIFY(m_sandbox->attachedPolicyArns(u"hank"_s).isEmpty());
    }

    void listForUnknownUserIsNotFound()
    {
        auto client = provider();
        auto reply = wait(client->listPrincipalPolicies(u"nobody"_s));
        QCOMPARE(reply->error().kind, Kind::NotFound);
        QVERIFY2(reply->error().message.contains(u"nobody"_s),
                 qPrintable(reply->error().toString()));
        QVERIFY(reply->policies().isEmpty());
    }

    void serverErrorOnAttachAttachesNothing()
    {
        m_sandbox->addUser(u"ivy"_s);
        auto client = provider();
        client->http().setMaxAttempts(3);
        Fault internal;
        internal.kind = Fault::Kind::InternalError;
        internal.method = "POST";
        internal.count = -1;
        m_sandbox->injectFault(internal);
        const int before = m_sandbox->requestCount();
        auto reply =
            wait(client->attachPrincipalPolicy(u"ivy"_s, WasabiIamProvider::manageAirPolicyArn()));
        QCOMPARE(reply->error().kind, Kind::Server);
        QCOMPARE(reply->error().httpStatus, 500);
        // Attaching is idempotent: a 500 is tried again, up to the client's attempts.
        QCOMPARE(m_sandbox->requestCount() - before, 3);
        QVERIFY(m_sandbox->attachedPolicyArns(u"ivy"_s).isEmpty());
    }

    // The sandbox answers in one page; AWS pages ListAttachedUserPolicies with Marker, so the
    // pages are scripted here, AWS's shape, to check that every one is asked for.
    void attachedPoliciesOfEveryPage()
    {
        kw::test::FakeHttpServer server;
        QVERIFY(server.listen());
        const auto page = [](const QByteArray& members, const QByteArray& more) {
            kw::test::FakeHttpServer::Answer answer;
            answer.header("Content-Type", "text/xml");
            answer.body = "<ListAttachedUserPoliciesResponse "
                          "xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">"
                          "<ListAttachedUserPoliciesResult><AttachedPolicies>" +
                          members + "</AttachedPolicies>" + more +
                          "</ListAttachedUserPoliciesResult>"
                          "<ResponseMetadata><RequestId>r</RequestId></ResponseMetadata>"
                          "</ListAttachedUserPoliciesResponse>";
            return answer;
        };
        server.script(
            {page("<member><PolicyName>WasabiViewAiR</PolicyName>"
                  "<PolicyArn>arn:aws:iam::aws:policy/WasabiViewAiR</PolicyArn></member>",
                  "<IsTruncated>true</IsTruncated><Marker>page-2</Marker>"),
             page("<member><PolicyArn>arn:aws:iam::aws:policy/WasabiReadOnlyAccess</PolicyArn>"
                  "</member>",
                  "<IsTruncated>false</IsTruncated>")});
        Account fake = account();
        fake.endpoint = server.url();
        auto client = provider(fake);
        client->setPageSize(1);
        auto reply = wait(client->listPrincipalPolicies(u"gina"_s));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(
            reply->policies(),
            (QList<AttachedPolicy>{
                {u"arn:aws:iam::aws:policy/WasabiViewAiR"_s, u"WasabiViewAiR"_s},
                // a member without a name is named after its ARN
                {u"arn:aws:iam::aws:policy/WasabiReadOnlyAccess"_s, u"WasabiReadOnlyAccess"_s}}));
        QCOMPARE(server.requests().size(), 2);
        QVERIFY(server.requests().at(0).body.contains("Action=ListAttachedUserPolicies"));
        QVERIFY(server.requests().at(0).body.contains("UserName=gina"));
        QVERIFY(server.requests().at(0).body.contains("MaxItems=1"));
        QVERIFY(!server.requests().at(0).body.contains("Marker="));
        QVERIFY(server.requests().at(1).body.contains("Marker=page-2"));
    }

    // The root user (an empty principal) has every right: nothing is asked or attached for it.
    // ("root" is a name a sub-user may have: see subUserCalledRootIsAnOrdinarySubUser.)
    void rootUserIsNeverSent()
    {
        const QString principal;
        auto client = provider();
        const int before = m_sandbox->requestCount();
        auto listed = wait(client->listPrincipalPolicies(principal));
        QCOMPARE(listed->error().kind, Kind::Validation);
        QVERIFY2(listed->error().message.contains(u"root user has every right"_s),
                 qPrintable(listed->error().toString()));
        auto attached =
            wait(client->attachPrincipalPolicy(principal, WasabiIamProvider::viewAirPolicyArn()));
        QCOMPARE(attached->error().kind, Kind::Validation);
        auto noPolicy = wait(client->attachPrincipalPolicy(u"someone"_s, u"  "_s));
        QCOMPARE(noPolicy->error().kind, Kind::Validation);
        QCOMPARE(m_sandbox->requestCount(), before);
    }

    // Other providers have no policies: the default answers so, without a request.
    void otherProvidersDoNotSupportPolicies()
    {
        Account other = account();
        other.provider = u"wayscloud"_s;
        auto made =
            createProvider(other, Secret::fromString(u"wayscloud_pat_EXAMPLE"_s), &m_network);
        QVERIFY(made);
        QVERIFY(made->capabilities().principalPolicies.offered.isEmpty());
        auto listed = wait(made->listPrincipalPolicies(u"someone"_s));
        QCOMPARE(listed->error().kind, Kind::Other);
        auto attached = wait(made->attachPrincipalPolicy(u"someone"_s, u"arn:x"_s));
        QCOMPARE(attached->error().kind, Kind::Other);
        QVERIFY2(attached->error().message.contains(u"does not support"_s),
                 qPrintable(attached->error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestWasabiIamProvider)
#include "test_wasabiiam_provider.moc"

#include "console/ProviderErrorText.h"
#include "providers/FakeHttpServer.h"
#include "providers/KeyProvider.h"
#include "providers/WasabiAirProvider.h"
#include "sandbox/wasabiair/WasabiAirSandbox.h"
#include "support/LogCapture.h"
#include "support/ProviderTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QTest>

using namespace kw;
using namespace Qt::StringLiterals;
using kw::sandbox::Fault;
using kw::sandbox::WasabiAirSandbox;
using kw::test::FakeHttpServer;
using kw::testsupport::LogCapture;
using Kind = ProviderError::Kind;
using Outcome = Verification::Outcome;

namespace {

const QString KeysPath = u"/api/data/api-keys"_s;

using testsupport::waitForReply;

KeySpec named(const QString& name)
{
    KeySpec spec;
    spec.name = name;
    return spec;
}

KeyChange renamed(const QString& name)
{
    KeyChange change;
    change.name = name;
    return change;
}

// A token of the right shape that no server issued, made at run time.
QByteArray madeUpJwt()
{
    const auto b64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    QByteArray signature(32, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(signature.data()),
                                          signature.size() / 4);
    return QByteArray(R"({"alg":"HS256","typ":"JWT"})").toBase64(b64) + '.' +
           QByteArray(R"({"sub":"nobody","jti":"none"})").toBase64(b64) + '.' +
           signature.toBase64(b64);
}

// (Bodies are built here rather than written as raw strings: moc misreads a raw string with an
// odd number of quotes and then finds no test class.)
QByteArray keyObjectWith(const QByteArray& jwt)
{
    const QJsonObject key{{u"id"_s, u"k/1"_s}, {u"jwt"_s, QString::fromLatin1(jwt)},
                          {u"active"_s, true}, {u"user_id"_s, u"u1"_s},
                          {u"name"_s, u"n"_s}, {u"created_at"_s, u"2024-05-21T10:00:00Z"_s}};
    return QJsonDocument(key).toJson(QJsonDocument::Compact);
}

ApiKey keyWithId(const QString& id)
{
    ApiKey key;
    key.id = id;
    return key;
}

QByteArray errorBody(const QString& message)
{
    return QJsonDocument(QJsonObject{{u"error"_s, message}}).toJson(QJsonDocument::Compact);
}

// Every text an ApiKey can show anywhere.
QString textsOf(const ApiKey& key)
{
    return (QStringList{key.id, key.name, key.prefix, key.description, key.principal,
                        key.readOnlyReason, key.kind, key.projectId, key.bearerType}
            << key.services << key.ipAllowlist)
        .join(u'\n');
}

} // namespace

class TestWasabiAirProvider : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_sandbox = std::make_unique<WasabiAirSandbox>();
        QVERIFY(m_sandbox->listen());
        m_sandbox->seedSamples(30);
        m_provider = makeProvider(m_sandbox->url());
    }

    void cleanup()
    {
        m_provider.reset();
        m_sandbox.reset();
    }

    void capabilitiesAreHonest()
    {
        QVERIFY(capabilitiesFor(u"wasabi-air"_s));
        QVERIFY(!capabilitiesFor(u"wasabi-air"_s)->secretShownOnce);
        const Capabilities& caps = m_provider->capabilities();
        QCOMPARE(caps.providerId, u"wasabi-air"_s);
        QCOMPARE(caps.providerName, u"Wasabi AiR"_s);
        QVERIFY(caps.defaultEndpoint.isEmpty()); // each deployment has its own host
        QCOMPARE(caps.name, Capabilities::NameField::Optional);
        QVERIFY(!caps.description);
        QCOMPARE(caps.expiry, Capabilities::Expiry::None);
        QVERIFY(caps.services.isEmpty());
        QVERIFY(!caps.ipAllowlist && !caps.bearer && !caps.project);
        QVERIFY(caps.editName);
        QVERIFY(!caps.editDescription && !caps.editProject && !caps.editExpiry);
        QVERIFY(caps.disable);
        QVERIFY(!caps.disablePrincipal);
        QVERIFY(caps.revoke);
        QVERIFY(caps.verify);
        QVERIFY(!caps.secretShownOnce);
        QVERIFY(caps.cannotEditHint.isEmpty());
        QCOMPARE(caps.keyLimit, 0);
    }

    void listsEveryKeyInactiveOnesToo()
    {
        auto reply = waitForReply(m_provider->listKeys());
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        const QList<ApiKey>& keys = reply->keys();
        QVERIFY2(keys.size() >= 30, qPrintable(QString::number(keys.size())));
        QCOMPARE(keys.size(), m_sandbox->keyCount());
        int disabled = 0;
        int withNames = 0;
        QSet<QString> ids;
        for (const ApiKey& key : keys) {
            QVERIFY(!key.id.isEmpty());
            ids << key.id;
            QCOMPARE(key.prefix, key.id.left(8));
            QCOMPARE(key.principal, m_sandbox->userId());
            QVERIFY(key.created.isValid());
            QCOMPARE(key.created.timeSpec(), Qt::UTC);
            QVERIFY(key.updated.has_value());
            QVERIFY(*key.updated >= key.created);
            QVERIFY(!key.expires.has_value());
            disabled += key.status == KeyStatus::Disabled;
            QVERIFY(key.status == KeyStatus::Active || key.status == KeyStatus::Disabled);
            withNames += !key.name.isEmpty();
        }
        QCOMPARE(ids.size(), keys.size());
        QVERIFY2(disabled > 0, "the samples include inactive keys");
        QVERIFY(disabled < keys.size());
        QVERIFY(withNames > 0);
        // The ages vary: the table has something to colour.
        qint64 oldest = 0;
        for (const ApiKey& key : keys)
            oldest = qMax(oldest, key.created.daysTo(QDateTime::currentDateTimeUtc()));
        QVERIFY(oldest > 90);
    }

    void listedKeysHoldNoJwt()
    {
        const QStringList jwts = jwtsOnTheWire();
        QVERIFY(jwts.size() >= 30);
        for (const QString& jwt : jwts)
            QVERIFY(jwt.startsWith(u"eyJ"));
        auto reply = waitForReply(m_provider->listKeys());
        QVERIFY(reply->ok());
        for (const ApiKey& key : reply->keys()) {
            const QString texts = textsOf(key);
            QVERIFY(!texts.contains(u"eyJ"));
            for (const QString& jwt : jwts)
                QVERIFY(!texts.contains(jwt.section(u'.', 2)));
        }
    }

    void listCopesWithoutNames()
    {
        m_sandbox->setListsNames(false);
        auto reply = waitForReply(m_provider->listKeys());
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->keys().size(), m_sandbox->keyCount());
        for (const ApiKey& key : reply->keys())
            QVERIFY(key.name.isEmpty()); // the table shows the id instead
    }

    void createsWithName()
    {
        const int before = m_sandbox->createRequestCount();
        auto reply = waitForReply(m_provider->createKey(named(u"  Slack Integration "_s)));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QVERIFY(reply->hasCreated());
        CreatedKey created = reply->takeCreated();
        QVERIFY(created.secret.startsWith("eyJ"));
        QCOMPARE(created.secret.view().count('.'), 2);
        QCOMPARE(created.key.name, u"Slack Integration"_s);
        QCOMPARE(created.key.status, KeyStatus::Active);
        QCOMPARE(created.key.principal, m_sandbox->userId());
        QCOMPARE(created.key.prefix, created.key.id.left(8));
        QVERIFY(!textsOf(created.key).contains(created.secret.exposeString()));
        QCOMPARE(m_sandbox->createRequestCount(), before + 1);

        const ApiKey listed = find(created.key.id);
        QCOMPARE(listed.name, u"Slack Integration"_s);
        QCOMPARE(listed.status, KeyStatus::Active);
        QCOMPARE(listed.created, created.key.created);
    }

    void createsWithoutNameServerPicksOne()
    {
        auto reply = waitForReply(m_provider->createKey(named(u"   "_s)));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        const CreatedKey& created = reply->created();
        QVERIFY(!created.secret.isEmpty());
        const ApiKey listed = find(created.key.id);
        QVERIFY(!listed.id.isEmpty());
        QVERIFY2(!listed.name.trimmed().isEmpty(), "the server chooses a default name");
        QCOMPARE(created.key.name, listed.name);
    }

    void renames()
    {
        auto created = waitForReply(m_provider->createKey(named(u"Old name"_s)));
        QVERIFY(created->ok());
        const ApiKey key = created->created().key;
        QTest::qWait(20); // updated_at moves on
        auto reply = waitForReply(m_provider->updateKey(key, renamed(u" CI pipeline "_s)));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QVERIFY(reply->key().has_value());
        QCOMPARE(reply->key()->id, key.id);
        QCOMPARE(reply->key()->name, u"CI pipeline"_s);
        QCOMPARE(reply->key()->status, KeyStatus::Active);
        QVERIFY(!textsOf(*reply->key()).contains(u"eyJ"));
        const ApiKey listed = find(key.id);
        QCOMPARE(listed.name, u"CI pipeline"_s);
        QVERIFY(listed.updated.has_value() && key.updated.has_value());
        QVERIFY(*listed.updated > *key.updated);
    }

    void renameWhenKeyObjectsCarryNoName()
    {
        m_sandbox->setListsNames(false);
        const ApiKey key = firstActiveKey();
        auto reply = waitForReply(m_provider->updateKey(key, renamed(u"Named anyway"_s)));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->key()->name, u"Named anyway"_s);
        m_sandbox->setListsNames(true);
        QCOMPARE(find(key.id).name, u"Named anyway"_s);
    }

    void renameToNothingIsRefusedLocally()
    {
        const ApiKey key = firstKey();
        const int requests = m_sandbox->requestCount();
        auto reply = waitForReply(m_provider->updateKey(key, renamed(u"  "_s)));
        QCOMPARE(reply->error().kind, Kind::Validation);
        KeyChange description;
        description.description = u"no such field"_s;
        reply = waitForReply(m_provider->updateKey(key, description));
        QCOMPARE(reply->error().kind, Kind::Validation);
        reply = waitForReply(m_provider->updateKey(key, KeyChange{}));
        QVERIFY(reply->ok());
        QCOMPARE(reply->key()->id, key.id);
        QCOMPARE(m_sandbox->requestCount(), requests);
    }

    void disableThenEnable()
    {
        auto created = waitForReply(m_provider->createKey(named(u"Toggle me"_s)));
        QVERIFY(created->ok());
        const ApiKey key = created->created().key;
        const Secret& jwt = created->created().secret;

        auto verified = waitForReply(m_provider->verifyKey(key, jwt));
        QCOMPARE(verified->verification()->outcome, Outcome::Works);

        auto off = waitForReply(m_provider->setKeyActive(key, false));
        QVERIFY2(off->ok(), qPrintable(off->error().toString()));
        QCOMPARE(off->key()->status, KeyStatus::Disabled);
        QCOMPARE(off->key()->name, u"Toggle me"_s);
        QCOMPARE(find(key.id).status, KeyStatus::Disabled);
        verified = waitForReply(m_provider->verifyKey(key, jwt));
        QVERIFY(verified->ok());
        QCOMPARE(verified->verification()->outcome, Outcome::Unauthorized);
        QCOMPARE(verified->verification()->httpStatus, 401);
        QVERIFY(!verified->verification()->reason.isEmpty());
        QVERIFY(!verified->verification()->reason.contains(u"{"));

        auto on = waitForReply(m_provider->setKeyActive(*off->key(), true));
        QVERIFY2(on->ok(), qPrintable(on->error().toString()));
        QCOMPARE(on->key()->status, KeyStatus::Active);
        QCOMPARE(find(key.id).status, KeyStatus::Active);
        verified = waitForReply(m_provider->verifyKey(key, jwt));
        QCOMPARE(verified->verification()->outcome, Outcome::Works);
        QCOMPARE(verified->verification()->httpStatus, 200);
    }

    void renameAndDisableAtOnce()
    {
        const ApiKey key = firstActiveKey();
        KeyChange change = renamed(u"Retired"_s);
        change.active = false;
        auto reply = waitForReply(m_provider->updateKey(key, change));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        const ApiKey listed = find(key.id);
        QCOMPARE(listed.name, u"Retired"_s);
        QCOMPARE(listed.status, KeyStatus::Disabled);
    }

    void deletes()
    {
        auto created = waitForReply(m_provider->createKey(named(u"Short lived"_s)));
        QVERIFY(created->ok());
        const ApiKey key = created->created().key;
        const int keys = m_sandbox->keyCount();
        auto reply = waitForReply(m_provider->revokeKey(key));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(m_sandbox->keyCount(), keys - 1);
        QVERIFY(find(key.id).id.isEmpty());
        auto verified = waitForReply(m_provider->verifyKey(key, created->created().secret));
        QCOMPARE(verified->verification()->outcome, Outcome::Unauthorized);
        auto again = waitForReply(m_provider->revokeKey(key));
        QCOMPARE(again->error().kind, Kind::NotFound);
        QCOMPARE(again->error().httpStatus, 404);
        QVERIFY(!again->error().message.isEmpty());
        QVERIFY(!again->error().message.contains(u"{"));
        auto rename = waitForReply(m_provider->updateKey(key, renamed(u"Ghost"_s)));
        QCOMPARE(rename->error().kind, Kind::NotFound);
    }

    void revealReturnsTheJwtCreateReturned()
    {
        auto created = waitForReply(m_provider->createKey(named(u"Reveal me"_s)));
        QVERIFY(created->ok());
        const ApiKey key = created->created().key;
        auto reply = waitForReply(m_provider->revealSecret(key));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QVERIFY(reply->hasCreated());
        QVERIFY(reply->created().secret.equals(created->created().secret));
        QCOMPARE(reply->created().key.id, key.id);
        QVERIFY(reply->created().warning.isEmpty());
        CreatedKey taken = reply->takeCreated();
        QVERIFY(!reply->hasCreated()); // nothing is kept once handed over

        // A listed key (not made in this session) reveals its own token, which works.
        const ApiKey other = firstActiveKey();
        auto revealed = waitForReply(m_provider->revealSecret(other));
        QVERIFY(revealed->ok());
        QVERIFY(!revealed->created().secret.equals(taken.secret));
        auto verified = waitForReply(m_provider->verifyKey(other, revealed->created().secret));
        QCOMPARE(verified->verification()->outcome, Outcome::Works);
    }

    void revealOfDisabledKeyWarns()
    {
        auto created = waitForReply(m_provider->createKey(named(u"Disabled reveal"_s)));
        QVERIFY(created->ok());
        auto off = waitForReply(m_provider->setKeyActive(created->created().key, false));
        QVERIFY(off->ok());
        auto reply = waitForReply(m_provider->revealSecret(*off->key()));
        QVERIFY(reply->ok());
        QVERIFY(reply->created().secret.equals(created->created().secret));
        QVERIFY2(reply->created().warning.contains(u"disabled"),
                 qPrintable(reply->created().warning));
    }

    void revealOfDeletedKeyIsNotFound()
    {
        auto created = waitForReply(m_provider->createKey(named(u"Gone"_s)));
        QVERIFY(created->ok());
        QVERIFY(waitForReply(m_provider->revokeKey(created->created().key))->ok());
        auto reply = waitForReply(m_provider->revealSecret(created->created().key));
        QCOMPARE(reply->error().kind, Kind::NotFound);
        QVERIFY(!reply->hasCreated());
        QVERIFY2(reply->error().detail.contains(u"refresh"), qPrintable(reply->error().detail));
    }

    void noEndpointIsAClearError()
    {
        Account account;
        account.id = u"air-without-host"_s;
        account.provider = u"wasabi-air"_s;
        account.label = u"AiR Tokyo"_s;
        WasabiAirProvider provider(account, Secret::fromString(m_sandbox->adminToken()),
                                   &m_network);
        const ApiKey key = firstKey();
        const int requests = m_sandbox->requestCount();
        const Secret jwt = Secret::fromUtf8("not-sent");
        for (ProviderReply* raw :
             {provider.listKeys(), provider.createKey(named(u"x"_s)), provider.testAccount(),
              provider.updateKey(key, renamed(u"y"_s)), provider.setKeyActive(key, false),
              provider.revokeKey(key), provider.revealSecret(key), provider.verifyKey(key, jwt)}) {
            auto reply = waitForReply(raw);
            QCOMPARE(reply->error().kind, Kind::Validation);
            QVERIFY2(reply->error().message.contains(u"address") &&
                         reply->error().message.contains(u"AiR Tokyo"),
                     qPrintable(reply->error().message));
            QVERIFY2(reply->error().detail.contains(u"account settings"),
                     qPrintable(reply->error().detail));
        }
        QCOMPARE(m_sandbox->requestCount(), requests);
    }

    void endpointWithTheKeysPathStillWorks()
    {
        QUrl endpoint = m_sandbox->url();
        endpoint.setPath(KeysPath + u'/');
        auto provider = makeProvider(endpoint);
        auto reply = waitForReply(provider->listKeys());
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->keys().size(), m_sandbox->keyCount());
    }

    void abortedRevealEndsCancelled()
    {
        const ApiKey key = firstKey();
        m_sandbox->injectFault({Fault::Kind::Hang, "GET", KeysPath, -1});
        std::unique_ptr<ProviderReply> reply(m_provider->revealSecret(key));
        QTest::qWait(100);
        reply->abort();
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 2000);
        QCOMPARE(reply->error().kind, Kind::Cancelled);
        QVERIFY(!reply->hasCreated());
    }

    void renameRetriesAfter503()
    {
        const ApiKey key = firstKey();
        m_sandbox->injectFault({Fault::Kind::Unavailable, "PATCH", KeysPath, 1});
        auto reply = waitForReply(m_provider->updateKey(key, renamed(u"After a hiccup"_s)));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(find(key.id).name, u"After a hiccup"_s);
    }

    void badBodies_data()
    {
        QTest::addColumn<int>("faultKind");
        QTest::newRow("malformed") << int(Fault::Kind::MalformedBody);
        QTest::newRow("truncated") << int(Fault::Kind::TruncatedBody);
        QTest::newRow("huge") << int(Fault::Kind::HugeBody);
    }

    void badBodies()
    {
        QFETCH(int, faultKind);
        m_provider->http().setMaxAttempts(1);
        m_provider->http().setMaxBodyBytes(1024 * 1024);
        m_sandbox->injectFault({Fault::Kind(faultKind), "GET", KeysPath, -1});
        const ApiKey key = keyWithId(u"abcdef0123"_s);
        for (ProviderReply* raw :
             {m_provider->listKeys(), m_provider->revealSecret(key), m_provider->testAccount()}) {
            auto reply = waitForReply(raw, 30000);
            QCOMPARE(reply->error().kind, Kind::BadResponse);
            QVERIFY(reply->keys().isEmpty());
            QVERIFY(!reply->hasCreated());
            QVERIFY(reply->error().message.size() < 300);
        }
    }

    void malformedCreateAnswer()
    {
        m_sandbox->injectFault({Fault::Kind::MalformedBody, "POST", KeysPath, 1});
        auto reply = waitForReply(m_provider->createKey(named(u"Garbled"_s)));
        QCOMPARE(reply->error().kind, Kind::BadResponse);
        QVERIFY(!reply->hasCreated());
        QVERIFY2(reply->error().detail.contains(u"refresh"), qPrintable(reply->error().detail));
    }

    void nothingSecretIsLogged()
    {
        QStringList jwts;
        {
            LogCapture log;
            auto created = waitForReply(m_provider->createKey(named(u"Logged?"_s)));
            QVERIFY(created->ok());
            jwts << created->created().secret.exposeString();
            auto revealed = waitForReply(m_provider->revealSecret(created->created().key));
            QVERIFY(revealed->ok());
            QVERIFY(waitForReply(
                        m_provider->verifyKey(created->created().key, revealed->created().secret))
                        ->ok());
            QVERIFY(waitForReply(m_provider->listKeys())->ok());
            m_sandbox->injectFault({Fault::Kind::Unavailable, "GET", KeysPath, 1});
            QVERIFY(waitForReply(m_provider->listKeys())->ok()); // a retry is logged too
            const QString logged = log.text();
            QVERIFY2(logged.contains(KeysPath), "the client logs its requests");
            QVERIFY(!logged.contains(u"eyJ"));
            jwts << m_sandbox->adminToken();
            for (const QString& jwt : std::as_const(jwts))
                QVERIFY(!logged.contains(jwt.section(u'.', 2)));
        }
    }

    // The wire as a scripted server sees it: what exactly is sent, and answers the sandbox
    // does not give.

    void wireRequests()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        const QByteArray jwt = madeUpJwt();
        const QByteArray keyObject = keyObjectWith(jwt);
        server.script({FakeHttpServer::Answer::json(200, "OK", keyObject)});
        QUrl base = server.url(u"/air/"_s); // a deployment under a base path
        auto provider = makeProvider(base, "admin-token-EXAMPLE");

        QVERIFY(waitForReply(provider->createKey(named(QString())))->ok());
        QVERIFY(waitForReply(provider->createKey(named(u"Slack Integration"_s)))->ok());
        ApiKey key;
        key.id = u"k/1"_s;
        QVERIFY(waitForReply(provider->updateKey(key, renamed(u"New name"_s)))->ok());
        QVERIFY(waitForReply(provider->setKeyActive(key, false))->ok());
        QVERIFY(waitForReply(provider->revokeKey(key))->ok());
        QVERIFY(waitForReply(provider->verifyKey(key, Secret::fromUtf8(jwt)))->ok());

        const auto& seen = server.requests();
        QCOMPARE(seen.size(), 6);
        QCOMPARE(seen[0].method, QByteArray("POST"));
        QCOMPARE(seen[0].target, QByteArray("/air/api/data/api-keys"));
        QCOMPARE(seen[0].body, QByteArray("{}"));
        QCOMPARE(seen[0].headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(seen[1].body, QByteArray(R"({"name":"Slack Integration"})"));
        QCOMPARE(seen[2].method, QByteArray("PATCH"));
        QCOMPARE(seen[2].target, QByteArray("/air/api/data/api-keys/k%2F1"));
        QCOMPARE(seen[2].body, QByteArray(R"({"name":"New name"})"));
        QCOMPARE(seen[3].body, QByteArray(R"({"active":false})"));
        QCOMPARE(seen[4].method, QByteArray("DELETE"));
        QCOMPARE(seen[4].target, QByteArray("/air/api/data/api-keys/k%2F1"));
        QCOMPARE(seen[5].method, QByteArray("GET"));
        QCOMPARE(seen[5].target, QByteArray("/air/api/data/api-keys"));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(seen[i].headers.value("authorization"),
                     QByteArray("Bearer admin-token-EXAMPLE"));
        QCOMPARE(seen[5].headers.value("authorization"), "Bearer " + jwt);
    }

    void undocumentedPatchAnswerStillUpdates()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.script({FakeHttpServer::Answer::json(200, "OK", "{}")});
        auto provider = makeProvider(server.url(), "admin-token-EXAMPLE");
        ApiKey key;
        key.id = u"abc123"_s;
        key.name = u"Before"_s;
        KeyChange change = renamed(u"After"_s);
        change.active = false;
        auto reply = waitForReply(provider->updateKey(key, change));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->key()->name, u"After"_s);
        QCOMPARE(reply->key()->status, KeyStatus::Disabled);
    }

    void deleteNotConfirmed()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.script({FakeHttpServer::Answer::json(200, "OK", R"({"ok":false})")});
        auto provider = makeProvider(server.url(), "admin-token-EXAMPLE");
        auto reply = waitForReply(provider->revokeKey(keyWithId(u"abc123"_s)));
        QVERIFY(!reply->ok());
        QVERIFY(!reply->error().message.isEmpty());
    }

    void retriedDeleteThatFindsNothingIsNotFoundWithANote()
    {
        // Probably deleted by the first attempt, but a 404 alone proves nothing: the console
        // confirms it against a fresh list (TestAppControllerTrust).
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.script({FakeHttpServer::Answer::json(503, "Service Unavailable", "{}"),
                       FakeHttpServer::Answer::json(404, "Not Found", errorBody(u"not found"_s))});
        auto provider = makeProvider(server.url(), "admin-token-EXAMPLE");
        auto reply = waitForReply(provider->revokeKey(keyWithId(u"abc123"_s)));
        QCOMPARE(reply->error().kind, Kind::NotFound);
        QVERIFY2(reply->error().detail.contains(u"earlier attempt"_s),
                 qPrintable(reply->error().toString()));
        QCOMPARE(server.requests().size(), 2);
    }

    void errorShapes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("detail");
        QTest::newRow("documented 400") << 400 << QByteArray(R"({"error":"name too long"})")
                                        << int(Kind::Validation) << u"name too long"_s << QString();
        QTest::newRow("documented 404")
            << 404 << QByteArray(R"({"error":"api key not found"})") << int(Kind::NotFound)
            << u"api key not found"_s << QString();
        QTest::newRow("newer api 500")
            << 500 << QByteArray(R"({"Error":"Something broke","ErrorCode":"INTERNAL_ERROR"})")
            << int(Kind::Server) << u"Something broke"_s << u"INTERNAL_ERROR"_s;
        QTest::newRow("html") << 502 << QByteArray("<html><h1>502 Bad Gateway</h1></html>")
                              << int(Kind::Server) << u"HTTP 502"_s << QString();
        QTest::newRow("other json") << 403 << QByteArray(R"({"message":"nope"})")
                                    << int(Kind::Forbidden) << u"HTTP 403"_s << QString();
    }

    void errorShapes()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, message);
        QFETCH(QString, detail);
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.script({FakeHttpServer::Answer::json(status, "Whatever", body)});
        auto provider = makeProvider(server.url(), "admin-token-EXAMPLE");
        provider->http().setMaxAttempts(1);
        auto reply = waitForReply(provider->listKeys());
        QCOMPARE(int(reply->error().kind), kind);
        QCOMPARE(reply->error().httpStatus, status);
        QVERIFY2(ProviderErrorText::message(reply->error()).startsWith(message),
                 qPrintable(reply->error().message));
        QVERIFY2(reply->error().detail.contains(detail), qPrintable(reply->error().detail));
        QVERIFY(!reply->error().message.contains(u"<html>"));
    }

    void jwtInAnErrorIsRedacted()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        const QByteArray jwt = madeUpJwt();
        server.script({FakeHttpServer::Answer::json(
            401, "Unauthorized",
            errorBody(u"token "_s + QString::fromLatin1(jwt) + u" is deactivated"_s))});
        auto provider = makeProvider(server.url(), "admin-token-EXAMPLE");
        LogCapture log;
        for (ProviderReply* raw :
             {provider->listKeys(), provider->verifyKey({}, Secret::fromUtf8(jwt))}) {
            auto reply = waitForReply(raw);
            const QString shown =
                reply->error().toString() +
                (reply->verification() ? reply->verification()->reason : QString());
            QVERIFY2(shown.contains(u"is deactivated"), qPrintable(shown));
            QVERIFY2(!shown.contains(QString::fromLatin1(jwt.split('.').at(2))), qPrintable(shown));
        }
        QVERIFY(!log.text().contains(QString::fromLatin1(jwt.split('.').at(2))));
    }

    void testAccountRecognisesAWrongHost()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        FakeHttpServer::Answer page =
            FakeHttpServer::Answer::json(200, "OK", "<html>Welcome</html>");
        server.script({page});
        auto provider = makeProvider(server.url(), "admin-token-EXAMPLE");
        auto reply = waitForReply(provider->testAccount());
        QCOMPARE(reply->error().kind, Kind::BadResponse);
        QVERIFY2(reply->error().detail.contains(u"address"), qPrintable(reply->error().detail));
    }

private:
    std::unique_ptr<WasabiAirProvider> makeProvider(const QUrl& endpoint,
                                                    const QByteArray& token = {})
    {
        Account account;
        account.id = u"test-account"_s;
        account.provider = u"wasabi-air"_s;
        account.label = u"Sandbox AiR"_s;
        account.endpoint = endpoint;
        auto provider = std::make_unique<WasabiAirProvider>(
            account,
            token.isEmpty() ? Secret::fromString(m_sandbox->adminToken()) : Secret::fromUtf8(token),
            &m_network);
        provider->http().setDefaultTimeoutMs(5000);
        provider->http().setBackoffBaseMs(20);
        provider->http().setMaxAttempts(3);
        return provider;
    }

    ApiKey find(const QString& id)
    {
        auto reply = waitForReply(m_provider->listKeys());
        for (const ApiKey& key : reply->keys()) {
            if (key.id == id)
                return key;
        }
        return {};
    }

    ApiKey firstKey()
    {
        auto reply = waitForReply(m_provider->listKeys());
        return reply->keys().value(0);
    }

    ApiKey firstActiveKey()
    {
        auto reply = waitForReply(m_provider->listKeys());
        for (const ApiKey& key : reply->keys()) {
            if (key.status == KeyStatus::Active)
                return key;
        }
        return {};
    }

    // The JWTs the list carries, read past the client.
    QStringList jwtsOnTheWire()
    {
        HttpClient raw(&m_network);
        raw.setAuthorization("Authorization", "Bearer",
                             Secret::fromString(m_sandbox->adminToken()));
        HttpRequest request;
        request.url = m_sandbox->url();
        request.url.setPath(KeysPath);
        QByteArray body;
        bool done = false;
        raw.send(request, [&](const HttpResponse& response) {
            body = response.body;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            return {};
        QStringList jwts;
        const QJsonArray items =
            QJsonDocument::fromJson(body).object().value(u"api-keys").toArray();
        for (const QJsonValue& item : items)
            jwts << item.toObject().value(u"jwt").toString();
        return jwts;
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<WasabiAirSandbox> m_sandbox;
    std::unique_ptr<WasabiAirProvider> m_provider;
};

QTEST_GUILESS_MAIN(TestWasabiAirProvider)
#include "test_wasabiair_provider.moc"

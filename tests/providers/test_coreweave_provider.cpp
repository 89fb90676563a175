#include "HeldReads.h"
#include "console/ProviderErrorText.h"
#include "providers/CoreWeaveProvider.h"
#include "providers/KeyProvider.h"
#include "providers/S3KeyVerify.h"
#include "sandbox/coreweave/CoreWeaveSandbox.h"
#include "support/ProviderTestSupport.h"

#include <QMap>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace kw;
using namespace Qt::StringLiterals;
using kw::sandbox::CoreWeaveSandbox;
using kw::sandbox::Fault;
using Kind = ProviderError::Kind;
using Outcome = Verification::Outcome;

namespace {

const QString KeysPath = u"/v1/cwobject/access-key"_s;
const QString RevokePath = u"/v1/cwobject/revoke-access-key"_s;
const QString StatusPath = u"/v1/cwobject/access-key-status"_s;

// Replies here are given longer than the shared default.
std::unique_ptr<ProviderReply> wait(ProviderReply* raw, int timeoutMs = 20000)
{
    return testsupport::waitForReply(raw, timeoutMs);
}

KeySpec spec(const QString& name, std::optional<qint64> durationSeconds)
{
    KeySpec s;
    s.name = name;
    s.durationSeconds = durationSeconds;
    return s;
}

ApiKey keyWithId(const QString& id)
{
    ApiKey key;
    key.id = id;
    return key;
}

const QRegularExpression accessKeyIdFormat(u"^CW[A-Z0-9]{14}$"_s);

} // namespace

class TestCoreWeaveProvider : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_sandbox = std::make_unique<CoreWeaveSandbox>();
        QVERIFY(m_sandbox->listen());
        m_sandbox->seedSamples(30);
        m_provider = makeProvider(m_sandbox->url(), m_sandbox->adminToken());
    }

    void cleanup()
    {
        m_provider.reset();
        m_sandbox.reset();
    }

    void capabilitiesAreHonest()
    {
        QCOMPARE(capabilitiesFor(u"coreweave"_s), &CoreWeaveProvider::staticCapabilities());
        const Capabilities& caps = m_provider->capabilities();
        QCOMPARE(caps.providerId, u"coreweave"_s);
        QCOMPARE(caps.providerName, u"CoreWeave"_s);
        QCOMPARE(caps.defaultEndpoint, QUrl(u"https://api.coreweave.com"_s));
        QCOMPARE(caps.name, Capabilities::NameField::Optional);
        QVERIFY(!caps.description);
        QVERIFY(caps.services.isEmpty());
        QVERIFY(!caps.ipAllowlist);
        QCOMPARE(caps.expiry, Capabilities::Expiry::Duration);
        QCOMPARE(caps.maxDurationSeconds, 43200);
        QCOMPARE(caps.durationPresets, (QList<qint64>{0, 3600, 43200}));
        QVERIFY(!caps.bearer && !caps.project);
        QVERIFY(!caps.editName && !caps.editDescription && !caps.editProject && !caps.editExpiry);
        QVERIFY(!caps.disable);
        QVERIFY(caps.disablePrincipal);
        QVERIFY(caps.revoke);
        QVERIFY(caps.verify && caps.s3Verify);
        QCOMPARE(caps.defaultS3Endpoint, QUrl(u"https://cwobject.com"_s));
        QVERIFY(caps.s3EndpointTemplate.isEmpty());
        QVERIFY(caps.defaultS3Region.isEmpty()); // no safe default zone
        QCOMPARE(caps.knownS3Regions.value(0), u"US-EAST-04A"_s);
        QVERIFY(caps.s3RegionIsZone);
        QVERIFY(caps.secretShownOnce);
        QCOMPARE(caps.cannotEditHint,
                 u"CoreWeave keys cannot be renamed or edited; rotate instead"_s);
    }

    // A page is parsed on the thread pool; the client gone meanwhile (its account removed)
    // ends the list as cancelled instead of handing the page to a deleted client.
    void clientGoneWhileAPageIsReadCancelsTheList()
    {
        testsupport::HeldReads reads;
        std::unique_ptr<ProviderReply> reply(m_provider->listKeys());
        QTRY_VERIFY_WITH_TIMEOUT(reads.started(), 30000);
        QVERIFY(reads.ranOffThread());
        m_provider.reset();
        reads.release();
        reads.finish();
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
        QCOMPARE(reply->error().kind, Kind::Cancelled);
        QVERIFY(reply->keys().isEmpty());
    }

    // Aborted while a page is being read: no next page is asked for, and the reply stays
    // cancelled once the read ends.
    void abortWhileAPageIsReadAsksForNoMore()
    {
        m_sandbox = std::make_unique<CoreWeaveSandbox>();
        QVERIFY(m_sandbox->listen());
        m_sandbox->seedSamples(1200);
        m_provider = makeProvider(m_sandbox->url(), m_sandbox->adminToken());
        testsupport::HeldReads reads;
        std::unique_ptr<ProviderReply> reply(m_provider->listKeys());
        QTRY_VERIFY_WITH_TIMEOUT(reads.started(), 30000);
        const int requests = m_sandbox->requestCount();
        reply->abort();
        reads.release();
        reads.finish();
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
        QCOMPARE(reply->error().kind, Kind::Cancelled);
        QVERIFY(reply->keys().isEmpty());
        QCOMPARE(m_sandbox->requestCount(), requests);
    }

    void listsSeededSamples()
    {
        auto reply = wait(m_provider->listKeys());
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        const QList<ApiKey>& keys = reply->keys();
        QCOMPARE(keys.size(), 30);
        QSet<QString> ids;
        QSet<QString> principals;
        int permanent = 0, temporary = 0, expired = 0, suspended = 0, named = 0, unnamed = 0;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const ApiKey& key : keys) {
            QVERIFY2(accessKeyIdFormat.match(key.id).hasMatch(), qPrintable(key.id));
            QCOMPARE(key.prefix, key.id);
            QVERIFY2(key.principal.startsWith(u"coreweave/"), qPrintable(key.principal));
            QVERIFY(!key.created.isValid()); // the API does not say
            QVERIFY(key.status != KeyStatus::Unknown);
            if (key.expires)
                QVERIFY2(key.expires->date().year() > 1970, qPrintable(key.id)); // no sentinel
            ids << key.id;
            principals << key.principal;
            permanent += key.expires ? 0 : 1;
            temporary += key.expires ? 1 : 0;
            if (key.status == KeyStatus::Expired) {
                ++expired;
                QVERIFY(key.expires && *key.expires <= now);
            }
            if (key.status == KeyStatus::Active && key.expires)
                QVERIFY(*key.expires > now);
            suspended += key.status == KeyStatus::Suspended ? 1 : 0;
            named += key.name.isEmpty() ? 0 : 1;
            unnamed += key.name.isEmpty() ? 1 : 0;
        }
        QCOMPARE(ids.size(), 30);
        QVERIFY(principals.size() > 1);
        QVERIFY(permanent > 0);
        QVERIFY(temporary > 0);
        QVERIFY(expired > 0);
        QVERIFY(suspended > 0);
        QVERIFY(named > 0);
        QVERIFY(unnamed > 0);
    }

    void listsEveryPage_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("requests");
        QTest::newRow("one short page") << 999 << 1;
        QTest::newRow("one full page, then an empty one") << 1000 << 2;
        QTest::newRow("2 500 keys") << 2500 << 3;
        QTest::newRow("3 full pages and a short one") << 3500 << 4;
    }

    void listsEveryPage()
    {
        QFETCH(int, count);
        QFETCH(int, requests);
        CoreWeaveSandbox big;
        QVERIFY(big.listen());
        big.seedSamples(count);
        auto provider = makeProvider(big.url(), big.adminToken());
        const int before = big.requestCount();
        std::unique_ptr<ProviderReply> reply(provider->listKeys());
        QSignalSpy progress(reply.get(), &ProviderReply::progress);
        reply = wait(reply.release(), 60000);
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->keys().size(), count);
        QSet<QString> ids;
        for (const ApiKey& key : reply->keys())
            ids << key.id;
        QCOMPARE(ids.size(), count);
        QCOMPARE(big.requestCount() - before, requests);
        QCOMPARE(progress.size(), requests);
        for (int page = 0; page < requests; ++page) {
            QCOMPARE(progress.at(page).at(0).toInt(), page + 1);
            QCOMPARE(progress.at(page).at(1).toInt(), 0); // no total in this API
        }
    }

    void statusFilter()
    {
        const QList<ApiKey> all = listed();
        int suspended = 0;
        for (const ApiKey& key : all)
            suspended += key.status == KeyStatus::Suspended ? 1 : 0;
        QVERIFY(suspended > 0);

        auto onlySuspended = wait(m_provider->listKeysWithStatus(KeyStatus::Suspended));
        QVERIFY2(onlySuspended->ok(), qPrintable(onlySuspended->error().toString()));
        QVERIFY(!onlySuspended->keys().isEmpty());
        for (const ApiKey& key : onlySuspended->keys())
            QVERIFY2(key.status == KeyStatus::Suspended || key.status == KeyStatus::Expired,
                     qPrintable(key.id));

        auto onlyActive = wait(m_provider->listKeysWithStatus(KeyStatus::Active));
        QVERIFY2(onlyActive->ok(), qPrintable(onlyActive->error().toString()));
        for (const ApiKey& key : onlyActive->keys())
            QVERIFY2(key.status == KeyStatus::Active || key.status == KeyStatus::Expired,
                     qPrintable(key.id));
        QCOMPARE(onlySuspended->keys().size() + onlyActive->keys().size(), all.size());

        const int before = m_sandbox->requestCount();
        auto refused = wait(m_provider->listKeysWithStatus(KeyStatus::Disabled));
        QCOMPARE(refused->error().kind, Kind::Validation);
        QCOMPARE(m_sandbox->requestCount(), before);
    }

    void createsPermanentKey_data()
    {
        QTest::addColumn<KeySpec>("keySpec");
        QTest::newRow("duration 0") << spec(u"backup job"_s, 0);
        QTest::newRow("no duration") << spec(u"backup job"_s, std::nullopt);
    }

    void createsPermanentKey()
    {
        QFETCH(KeySpec, keySpec);
        const int before = m_sandbox->createRequestCount();
        auto reply = wait(m_provider->createKey(keySpec));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QVERIFY(reply->hasCreated());
        const CreatedKey created = reply->takeCreated();
        QVERIFY2(accessKeyIdFormat.match(created.key.id).hasMatch(), qPrintable(created.key.id));
        QCOMPARE(created.accessKeyId, created.key.id);
        QVERIFY(created.secret.startsWith("cwo"));
        QVERIFY(created.secret.size() > 20);
        QVERIFY(!created.key.expires.has_value()); // never, not 1970
        QCOMPARE(created.key.name, u"backup job"_s);
        QCOMPARE(created.key.principal, m_sandbox->principalName());
        QCOMPARE(created.key.status, KeyStatus::Active);
        QCOMPARE(m_sandbox->createRequestCount(), before + 1);

        const ApiKey listed = find(created.key.id);
        QCOMPARE(listed.id, created.key.id);
        QCOMPARE(listed.name, u"backup job"_s);
        QVERIFY(!listed.expires.has_value());
        QCOMPARE(listed.status, KeyStatus::Active);
        QCOMPARE(listed.principal, m_sandbox->principalName());
    }

    void createsTemporaryKey_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("one second") << qint64(1);
        QTest::newRow("one hour") << qint64(3600);
        QTest::newRow("twelve hours") << qint64(43200);
    }

    void createsTemporaryKey()
    {
        QFETCH(qint64, seconds);
        const QDateTime asked = QDateTime::currentDateTimeUtc();
        auto reply = wait(m_provider->createKey(spec(QString(), seconds)));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        const CreatedKey& created = reply->created();
        QVERIFY(created.key.expires.has_value());
        QVERIFY2(qAbs(asked.secsTo(*created.key.expires) - seconds) <= 5,
                 qPrintable(created.key.expires->toString(Qt::ISODate)));
        QVERIFY(created.key.name.isEmpty());
        if (seconds > 10) {
            const ApiKey listed = find(created.key.id);
            QCOMPARE(listed.expires, created.key.expires);
            QCOMPARE(listed.status, KeyStatus::Active);
        }
    }

    void expiryDateBecomesADuration()
    {
        KeySpec twoHours;
        twoHours.name = u"until the batch ends"_s;
        twoHours.expires = QDateTime::currentDateTimeUtc().addSecs(7200);
        auto reply = wait(m_provider->createKey(twoHours));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QVERIFY(reply->created().key.expires.has_value());
        QVERIFY(qAbs(reply->created().key.expires->secsTo(*twoHours.expires)) <= 5);
    }

    void refusedBeforeSending_data()
    {
        QTest::addColumn<KeySpec>("keySpec");
        QTest::addColumn<QString>("mention");
        QTest::newRow("43 201 s") << spec(u"too long"_s, 43201)
                                  << u"Temporary CoreWeave keys last at most 12 hours (43 200 s)"_s;
        QTest::newRow("a day") << spec(u"too long"_s, 86400) << u"12 hours"_s;
        QTest::newRow("negative") << spec(u"negative"_s, -1) << u"negative"_s;
        KeySpec past;
        past.expires = QDateTime::currentDateTimeUtc().addSecs(-60);
        QTest::newRow("date in the past") << past << u"past"_s;
        KeySpec farDate;
        farDate.expires = QDateTime::currentDateTimeUtc().addDays(2);
        QTest::newRow("date in two days") << farDate << u"12 hours"_s;
    }

    void refusedBeforeSending()
    {
        QFETCH(KeySpec, keySpec);
        QFETCH(QString, mention);
        const int requests = m_sandbox->requestCount();
        const int creates = m_sandbox->createRequestCount();
        auto reply = wait(m_provider->createKey(keySpec));
        QCOMPARE(reply->error().kind, Kind::Validation);
        QVERIFY2(reply->error().message.contains(mention), qPrintable(reply->error().message));
        QCOMPARE(m_sandbox->requestCount(), requests);
        QCOMPARE(m_sandbox->createRequestCount(), creates);
    }

    void serverRefusesTooLongDurationInItsOwnWords()
    {
        // Past the client's own check: the server's google.rpc.Status as the provider reads it.
        HttpRequest request;
        request.method = "POST";
        request.url = m_sandbox->url();
        request.url.setPath(KeysPath);
        request.body = R"({"durationSeconds":43201})";
        request.idempotent = false;
        HttpResponse seen;
        bool done = false;
        m_provider->http().send(request, [&](const HttpResponse& response) {
            seen = response;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(seen.error.kind, Kind::Validation);
        QCOMPARE(seen.status, 400);
        QVERIFY(!seen.error.message.isEmpty());
        QVERIFY2(!seen.error.message.contains(u"{"), qPrintable(seen.error.message));
        QVERIFY2(!seen.error.message.startsWith(u"HTTP 400"), qPrintable(seen.error.message));
    }

    void revokeRemovesTheKey()
    {
        auto created = wait(m_provider->createKey(spec(u"short lived"_s, 0)));
        QVERIFY(created->ok());
        const ApiKey key = created->created().key;
        const int keys = m_sandbox->keyCount();
        const int requests = m_sandbox->requestCount();
        auto revoked = wait(m_provider->revokeKey(key));
        QVERIFY2(revoked->ok(), qPrintable(revoked->error().toString()));
        QCOMPARE(m_sandbox->requestCount(), requests + 1);
        QCOMPARE(m_sandbox->keyCount(), keys - 1);
        const ApiKey listed = find(key.id);
        QVERIFY2(listed.id.isEmpty() || listed.status != KeyStatus::Active, "still active");

        auto again = wait(m_provider->revokeKey(key));
        QCOMPARE(again->error().kind, Kind::NotFound);
        QCOMPARE(again->error().httpStatus, 404);
        QVERIFY(!again->error().message.contains(u"{"));

        auto noId = wait(m_provider->revokeKey(ApiKey{}));
        QCOMPARE(noId->error().kind, Kind::Validation);
    }

    void revokeIsSentOnce()
    {
        const ApiKey key = listed().first();
        m_sandbox->injectFault({Fault::Kind::Unavailable, "POST", RevokePath, 1});
        const int requests = m_sandbox->requestCount();
        auto reply = wait(m_provider->revokeKey(key));
        QTest::qWait(200); // room for a resend that must not happen
        QCOMPARE(reply->error().kind, Kind::Server);
        QCOMPARE(reply->error().httpStatus, 503);
        QCOMPARE(m_sandbox->requestCount(), requests + 1);
        QVERIFY(!find(key.id).id.isEmpty());
    }

    // Other principals' keys keep their status through a suspension; a seeded temporary key may
    // only cross its expiry between two lists (the samples include keys expiring in minutes).
    static bool sameStatusOrJustExpired(const QMap<QString, KeyStatus>& before, const ApiKey& key)
    {
        if (!before.contains(key.id)) {
            qWarning("key %s was not listed before the suspension", qPrintable(key.id));
            return false;
        }
        const KeyStatus was = before.value(key.id);
        if (key.status == was || (was == KeyStatus::Active && key.status == KeyStatus::Expired))
            return true;
        qWarning("key %s changed from %d to %d", qPrintable(key.id), int(was), int(key.status));
        return false;
    }

    void suspendAndReactivateAPrincipal()
    {
        const QString principal = m_sandbox->principalName();
        QVERIFY(wait(m_provider->createKey(spec(u"first"_s, 0)))->ok());
        QVERIFY(wait(m_provider->createKey(spec(u"second"_s, 3600)))->ok());
        const QList<ApiKey> before = listed();
        QMap<QString, KeyStatus> othersBefore;
        int mine = 0;
        for (const ApiKey& key : before) {
            if (key.principal == principal)
                ++mine;
            else
                othersBefore.insert(key.id, key.status);
        }
        QVERIFY(mine >= 2);

        auto suspend = wait(m_provider->setPrincipalActive(principal, false));
        QVERIFY2(suspend->ok(), qPrintable(suspend->error().toString()));
        int suspended = 0;
        for (const ApiKey& key : listed()) {
            if (key.principal == principal) {
                QVERIFY2(key.status == KeyStatus::Suspended || key.status == KeyStatus::Expired,
                         qPrintable(key.id));
                suspended += key.status == KeyStatus::Suspended ? 1 : 0;
            } else {
                QVERIFY(sameStatusOrJustExpired(othersBefore, key));
            }
        }
        QVERIFY(suspended >= 2);

        auto reactivate = wait(m_provider->setPrincipalActive(principal, true));
        QVERIFY2(reactivate->ok(), qPrintable(reactivate->error().toString()));
        for (const ApiKey& key : listed()) {
            if (key.principal == principal)
                QVERIFY2(key.status == KeyStatus::Active || key.status == KeyStatus::Expired,
                         qPrintable(key.id));
            else
                QVERIFY(sameStatusOrJustExpired(othersBefore, key));
        }
    }

    void reactivatesTheSeededSuspendedPrincipal()
    {
        QString principal;
        for (const ApiKey& key : listed()) {
            if (key.status == KeyStatus::Suspended)
                principal = key.principal;
        }
        QVERIFY(!principal.isEmpty());
        QVERIFY(wait(m_provider->setPrincipalActive(principal, true))->ok());
        for (const ApiKey& key : listed()) {
            if (key.principal == principal)
                QVERIFY(key.status != KeyStatus::Suspended);
        }
    }

    void principalStatusIsRetriedAfter503()
    {
        m_sandbox->injectFault({Fault::Kind::Unavailable, "PUT", StatusPath, 1});
        const int requests = m_sandbox->requestCount();
        auto reply = wait(m_provider->setPrincipalActive(m_sandbox->principalName(), false));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(m_sandbox->requestCount(), requests + 2);
    }

    void principalIsRequired()
    {
        const int requests = m_sandbox->requestCount();
        auto reply = wait(m_provider->setPrincipalActive(u"  "_s, false));
        QCOMPARE(reply->error().kind, Kind::Validation);
        QCOMPARE(m_sandbox->requestCount(), requests);
    }

    void pageRetriedAfter503()
    {
        CoreWeaveSandbox big;
        QVERIFY(big.listen());
        big.seedSamples(2500);
        auto provider = makeProvider(big.url(), big.adminToken());
        std::unique_ptr<ProviderReply> reply(provider->listKeys());
        // The second page meets the fault: the first one is in when progress says so.
        connect(reply.get(), &ProviderReply::progress, this, [&big](int pages) {
            if (pages == 1)
                big.injectFault({Fault::Kind::Unavailable, "GET", KeysPath, 1});
        });
        const int before = big.requestCount();
        reply = wait(reply.release(), 60000);
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->keys().size(), 2500);
        QCOMPARE(big.requestCount() - before, 4); // three pages and one resend
    }

    void malformedTestAccountAnswerIsNotSuccess()
    {
        m_sandbox->injectFault({Fault::Kind::MalformedBody, "GET", KeysPath, 1});
        auto reply = wait(m_provider->testAccount());
        QCOMPARE(reply->error().kind, Kind::BadResponse);
    }

    void abortMidListingStopsPaging()
    {
        CoreWeaveSandbox big;
        QVERIFY(big.listen());
        big.seedSamples(2500);
        auto provider = makeProvider(big.url(), big.adminToken());
        std::unique_ptr<ProviderReply> reply(provider->listKeys());
        connect(reply.get(), &ProviderReply::progress, this, [&](int pages) {
            if (pages == 1)
                big.injectFault({Fault::Kind::Hang, "GET", KeysPath, -1});
        });
        QTRY_COMPARE_WITH_TIMEOUT(big.requestCount(), 2, 10000);
        reply->abort();
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 2000);
        QCOMPARE(reply->error().kind, Kind::Cancelled);
        QVERIFY(reply->keys().isEmpty());
        QTest::qWait(200);
        QCOMPARE(big.requestCount(), 2);
    }

    void endpointWithAPathPrefix()
    {
        QUrl endpoint = m_sandbox->url();
        endpoint.setPath(u"/"_s);
        auto provider = makeProvider(endpoint, m_sandbox->adminToken());
        QVERIFY(wait(provider->testAccount())->ok());
    }

    void unsupportedOperationsSaySo()
    {
        const ApiKey key = keyWithId(u"CWEXAMPLEAAAAAA1"_s);
        KeyChange rename;
        rename.name = u"new"_s;
        for (ProviderReply* raw :
             {m_provider->updateKey(key, rename), m_provider->setKeyActive(key, false)}) {
            auto reply = wait(raw);
            QCOMPARE(reply->error().kind, Kind::Other);
            QVERIFY(reply->error().message.contains(u"CoreWeave"));
        }
    }

    // Verify (providers.md A.9): S3 ListBuckets signed with the new key pair, here on the
    // sandbox's own server, which is the account's S3 endpoint.
    void verifyANewKeyWorks()
    {
        const CreatedKey created = createKey(u"verify me"_s, 0);
        QVERIFY(!created.secret.isEmpty());
        auto reply = wait(m_provider->verifyKey(created.key, created.secret));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->verification()->outcome, Outcome::Works);
        QCOMPARE(reply->verification()->httpStatus, 200);
        QVERIFY(reply->verification()->reason.isEmpty());
    }

    void verifyWorksInEveryZoneTheServerTakes()
    {
        const CreatedKey created = createKey(u"zones"_s, 3600);
        for (const QString& zone : CoreWeaveSandbox::s3Regions()) {
            auto provider = makeProvider(m_sandbox->url(), m_sandbox->adminToken(), zone);
            auto reply = wait(provider->verifyKey(created.key, created.secret));
            QVERIFY(reply->ok());
            QCOMPARE(reply->verification()->outcome, Outcome::Works);
        }
    }

    // A 503 on the verify is retried, and the retry (signed again per attempt) is accepted.
    void verifyIsRetriedAfterA503()
    {
        const CreatedKey created = createKey(u"retried"_s, 0);
        const int before = m_sandbox->requestCount();
        m_sandbox->injectFault({Fault::Kind::Unavailable, "GET", u"/"_s, 1});
        auto reply = wait(m_provider->verifyKey(created.key, created.secret));
        QVERIFY(reply->ok());
        QCOMPARE(reply->verification()->outcome, Outcome::Works);
        QCOMPARE(m_sandbox->requestCount() - before, 2);
    }

    void verifyWithAWrongSecretIsForbiddenWithS3sReason()
    {
        const CreatedKey created = createKey(u"wrong secret"_s, 0);
        auto reply = wait(m_provider->verifyKey(
            created.key, Secret::fromUtf8("cwoWRONGEXAMPLESECRET0000000000000000000000")));
        QVERIFY(reply->ok());
        QCOMPARE(reply->verification()->outcome, Outcome::Forbidden);
        QCOMPARE(reply->verification()->httpStatus, 403);
        QVERIFY2(reply->verification()->reason.contains(u"SignatureDoesNotMatch"_s),
                 qPrintable(reply->verification()->reason));
        QVERIFY(!reply->verification()->reason.contains(u'<'));
    }

    void verifyARevokedKeyIsForbidden()
    {
        const CreatedKey created = createKey(u"revoked"_s, 0);
        QVERIFY(wait(m_provider->revokeKey(created.key))->ok());
        auto reply = wait(m_provider->verifyKey(created.key, created.secret));
        QVERIFY(reply->ok());
        QCOMPARE(reply->verification()->outcome, Outcome::Forbidden);
        QCOMPARE(reply->verification()->httpStatus, 403);
        QVERIFY2(reply->verification()->reason.contains(u"InvalidAccessKeyId"_s),
                 qPrintable(reply->verification()->reason));
    }

    void verifyASuspendedKeyIsForbiddenUntilReactivated()
    {
        const CreatedKey created = createKey(u"suspended"_s, 0);
        const QString principal = created.key.principal;
        QVERIFY(!principal.isEmpty());
        QVERIFY(wait(m_provider->setPrincipalActive(principal, false))->ok());
        auto suspended = wait(m_provider->verifyKey(created.key, created.secret));
        QCOMPARE(suspended->verification()->outcome, Outcome::Forbidden);
        QVERIFY2(suspended->verification()->reason.contains(u"InvalidAccessKeyId"_s),
                 qPrintable(suspended->verification()->reason));
        QVERIFY(wait(m_provider->setPrincipalActive(principal, true))->ok());
        auto active = wait(m_provider->verifyKey(created.key, created.secret));
        QCOMPARE(active->verification()->outcome, Outcome::Works);
    }

    void verifyAnExpiredKeyIsForbidden()
    {
        const CreatedKey created = createKey(u"temporary"_s, 3600);
        // The server's clock moves past the expiry; the client signs with its own (true) time,
        // and the unknown key is refused before any clock-skew check.
        m_sandbox->clock().setSource(
            [] { return QDateTime::currentDateTimeUtc().addSecs(2 * 3600); });
        auto reply = wait(m_provider->verifyKey(created.key, created.secret));
        QVERIFY(reply->ok());
        QCOMPARE(reply->verification()->outcome, Outcome::Forbidden);
        QVERIFY2(reply->verification()->reason.contains(u"InvalidAccessKeyId"_s),
                 qPrintable(reply->verification()->reason));
    }

    void verifyInAZoneTheServerDoesNotTakeFails()
    {
        const CreatedKey created = createKey(u"elsewhere"_s, 0);
        auto provider = makeProvider(m_sandbox->url(), m_sandbox->adminToken(), u"EU-NORTH-01A"_s);
        auto reply = wait(provider->verifyKey(created.key, created.secret));
        QVERIFY(reply->ok());
        QCOMPARE(reply->verification()->outcome, Outcome::Failed);
        QCOMPARE(reply->verification()->httpStatus, 400);
        QVERIFY2(reply->verification()->reason.contains(u"AuthorizationHeaderMalformed"_s),
                 qPrintable(reply->verification()->reason));
    }

    void verifyWithoutAZoneSaysWhereToSetIt()
    {
        const CreatedKey created = createKey(u"no zone"_s, 0);
        auto provider = makeProvider(m_sandbox->url(), m_sandbox->adminToken(), QString());
        const int requests = m_sandbox->requestCount();
        auto reply = wait(provider->verifyKey(created.key, created.secret));
        QVERIFY(!reply->ok());
        QCOMPARE(reply->error().kind, Kind::Validation);
        QVERIFY2(reply->error().message.contains(u"availability zone"_s),
                 qPrintable(reply->error().toString()));
        QVERIFY2(reply->error().detail.contains(u"US-EAST-04A"_s),
                 qPrintable(reply->error().toString()));
        QCOMPARE(m_sandbox->requestCount(), requests);
    }

    void verifyGoesToCwobjectByDefault()
    {
        Account account;
        account.provider = u"coreweave"_s;
        account.region = u"US-EAST-04A"_s;
        ProviderError error;
        const auto target =
            s3VerifyTargetFor(account, CoreWeaveProvider::staticCapabilities(), &error);
        QVERIFY(target.has_value());
        QCOMPARE(target->endpoint, QUrl(u"https://cwobject.com"_s));
        QCOMPARE(target->region, u"US-EAST-04A"_s);
        account.s3Endpoint = QUrl(u"https://s3.example.test/base"_s);
        QCOMPARE(
            s3VerifyTargetFor(account, CoreWeaveProvider::staticCapabilities(), &error)->endpoint,
            account.s3Endpoint);
    }

private:
    CreatedKey createKey(const QString& name, qint64 durationSeconds)
    {
        auto reply = wait(m_provider->createKey(spec(name, durationSeconds)));
        if (!reply->ok() || !reply->hasCreated()) {
            qWarning("create failed: %s", qPrintable(reply->error().toString()));
            return {};
        }
        return reply->takeCreated();
    }

    std::unique_ptr<CoreWeaveProvider> makeProvider(const QUrl& endpoint, const QString& token,
                                                    const QString& zone = u"US-EAST-04A"_s)
    {
        Account account;
        account.id = u"test-account"_s;
        account.provider = u"coreweave"_s;
        account.label = u"Sandbox"_s;
        account.endpoint = endpoint;
        account.s3Endpoint = endpoint;
        account.region = zone;
        auto provider =
            std::make_unique<CoreWeaveProvider>(account, Secret::fromString(token), &m_network);
        provider->http().setDefaultTimeoutMs(5000);
        provider->http().setBackoffBaseMs(20);
        provider->http().setMaxAttempts(3);
        return provider;
    }

    // Every key, or none when the list fails (a copy: the reply is gone on return).
    QList<ApiKey> listed()
    {
        auto reply = wait(m_provider->listKeys());
        if (!reply->ok())
            qWarning("list failed: %s", qPrintable(reply->error().toString()));
        return reply->keys();
    }

    ApiKey find(const QString& id)
    {
        auto reply = wait(m_provider->listKeys());
        for (const ApiKey& key : reply->keys()) {
            if (key.id == id)
                return key;
        }
        return {};
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<CoreWeaveSandbox> m_sandbox;
    std::unique_ptr<CoreWeaveProvider> m_provider;
};

QTEST_GUILESS_MAIN(TestCoreWeaveProvider)
#include "test_coreweave_provider.moc"

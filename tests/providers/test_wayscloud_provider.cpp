#include "HeldReads.h"
#include "console/ProviderErrorText.h"
#include "providers/KeyProvider.h"
#include "providers/WaysCloudProvider.h"
#include "sandbox/wayscloud/WaysCloudSandbox.h"
#include "support/ProviderTestSupport.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QRegularExpression>
#include <QTest>
#include <QThreadPool>

using namespace kw;
using namespace Qt::StringLiterals;
using kw::sandbox::Fault;
using kw::sandbox::WaysCloudSandbox;
using Kind = ProviderError::Kind;
using Outcome = Verification::Outcome;

namespace {

using testsupport::waitForReply;

const QRegularExpression serviceKeyFormat(u"^wayscloud_storage_[A-Za-z0-9]{10}_[A-Za-z0-9]{56}$"_s);
const QRegularExpression patFormat(u"^wayscloud_pat_[A-Za-z0-9]{10}_[A-Za-z0-9]{56}$"_s);

KeySpec spec(const QString& name, QStringList services, QStringList ipAllowlist = {})
{
    KeySpec s;
    s.name = name;
    s.description = u"Made by the provider test"_s;
    s.services = std::move(services);
    s.ipAllowlist = std::move(ipAllowlist);
    return s;
}

} // namespace

class TestWaysCloudProvider : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_sandbox = std::make_unique<WaysCloudSandbox>();
        QVERIFY(m_sandbox->listen());
        m_sandbox->seedSamples(12);
        m_provider = makeProvider(m_sandbox->url());
    }

    void cleanup()
    {
        m_provider.reset();
        m_sandbox.reset();
    }

    void capabilitiesDescribeTheDashboard()
    {
        QCOMPARE(capabilitiesFor(u"wayscloud"_s)->keyLimit, 50);
        const Capabilities& caps = m_provider->capabilities();
        QCOMPARE(caps.providerId, u"wayscloud"_s);
        QCOMPARE(caps.providerName, u"WAYSCloud"_s);
        QCOMPARE(caps.defaultEndpoint, QUrl(u"https://api.wayscloud.services"_s));
        QCOMPARE(caps.name, Capabilities::NameField::Required);
        QVERIFY(caps.nameShouldBeDescriptive);
        QVERIFY(caps.description);
        QStringList ids;
        for (const ServiceInfo& service : caps.services) {
            ids << service.id;
            QVERIFY(!service.label.isEmpty());
            QVERIFY(!service.help.isEmpty());
        }
        QCOMPARE(ids, (QStringList{u"storage"_s, u"llm"_s, u"database"_s, u"dns"_s, u"gpu"_s}));
        QCOMPARE(caps.services.at(3).help, u"Domain management (zones, records, DNSSEC)"_s);
        QCOMPARE(caps.minServices, 1);
        QVERIFY(caps.ipAllowlist);
        QVERIFY(caps.revoke);
        QVERIFY(caps.verify);
        QVERIFY(caps.secretShownOnce);
        QVERIFY(!caps.editName && !caps.disable);
        QCOMPARE(caps.keyLimit, 50);
        QVERIFY(caps.cannotEditHint.contains(u"rotate instead"));
    }

    void listsSeededSamples()
    {
        auto reply = waitForReply(m_provider->listKeys());
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        const QList<ApiKey>& keys = reply->keys();
        QCOMPARE(keys.size(), 12);
        const auto byName = [&](const QString& name) {
            for (const ApiKey& key : keys) {
                if (key.name == name)
                    return key;
            }
            return ApiKey{};
        };
        const ApiKey ci = byName(u"CI/CD pipeline"_s);
        QVERIFY(!ci.id.isEmpty());
        QCOMPARE(ci.services, (QStringList{u"database"_s, u"dns"_s}));
        QCOMPARE(ci.ipAllowlist, (QStringList{u"203.0.113.0/24"_s, u"2001:db8:1234::/48"_s}));
        QVERIFY(ci.prefix.startsWith(u"wayscloud_"));
        QCOMPARE(ci.status, KeyStatus::Active);
        QVERIFY(ci.created.isValid());
        QCOMPARE(ci.created.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(ci.created.daysTo(QDateTime::currentDateTimeUtc()) - 91) <= 1);
        QVERIFY(ci.lastUsed.has_value());

        const ApiKey dns = byName(u"DNS automation"_s);
        QVERIFY(!dns.id.isEmpty());
        QVERIFY(!dns.lastUsed.has_value());
        QVERIFY(dns.ipAllowlist.isEmpty());

        const ApiKey llm = byName(u"Development LLM Testing"_s);
        QCOMPARE(llm.services, QStringList{u"llm"_s});
        for (const ApiKey& key : keys) {
            QVERIFY(!key.id.isEmpty());
            QVERIFY2(!key.name.isEmpty(), qPrintable(key.id));
            QVERIFY(!key.services.isEmpty());
        }
    }

    // The answer is parsed on the thread pool, not on the thread that asked (issue 13: a list
    // of thousands of keys held the GUI thread for tens of milliseconds).
    void listIsReadOffTheCallingThread()
    {
        testsupport::HeldReads reads(false);
        auto reply = waitForReply(m_provider->listKeys());
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->keys().size(), 12);
        QVERIFY(reads.ranOffThread());
    }

    // Aborted while its answer is being read: the reply ends as cancelled, and the keys read
    // afterwards are thrown away, not put into a reply that has already said it failed.
    void abortWhileTheListIsReadCancelsIt()
    {
        testsupport::HeldReads reads;
        std::unique_ptr<ProviderReply> reply(m_provider->listKeys());
        QTRY_VERIFY_WITH_TIMEOUT(reads.started(), 30000);
        reply->abort();
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
        QCOMPARE(reply->error().kind, Kind::Cancelled);
        reads.release();
        reads.finish();
        QCOMPARE(reply->error().kind, Kind::Cancelled);
        QVERIFY(reply->keys().isEmpty());
    }

    // Read outside QThreadPool::globalInstance(): Qt's raster paint engine splits large fills
    // over that pool and waits for them on the GUI thread, so a paint of the window waited behind
    // the parse of a 1 MB answer (bench_fleet).
    void listIsReadOutsideTheGlobalThreadPool()
    {
        testsupport::HeldReads reads;
        std::unique_ptr<ProviderReply> reply(m_provider->listKeys());
        QTRY_VERIFY_WITH_TIMEOUT(reads.started(), 30000);
        QCOMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
        reads.release();
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->keys().size(), 12);
    }

    // Deleted while its answer is being read: the read ends on its own copy and what it
    // hands back goes nowhere (run under the asan preset, a use after free would show).
    void deletedWhileTheListIsReadIsSafe()
    {
        testsupport::HeldReads reads;
        auto* reply = m_provider->listKeys();
        QTRY_VERIFY_WITH_TIMEOUT(reads.started(), 30000);
        QPointer<ProviderReply> watched(reply);
        delete reply;
        reads.release();
        reads.finish();
        QVERIFY(!watched);
        // The provider still works afterwards.
        auto again = waitForReply(m_provider->listKeys());
        QVERIFY2(again->ok(), qPrintable(again->error().toString()));
        QCOMPARE(again->keys().size(), 12);
    }

    void createsServiceKey()
    {
        const int before = m_sandbox->createRequestCount();
        auto reply = waitForReply(m_provider->createKey(spec(
            u"Production Storage API test"_s, {u"storage"_s}, {u"127.0.0.1"_s, u"10.0.0.0/8"_s})));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QVERIFY(reply->hasCreated());
        CreatedKey created = reply->takeCreated();
        QVERIFY(!reply->hasCreated());
        QVERIFY2(serviceKeyFormat.match(created.secret.exposeString()).hasMatch(),
                 "unexpected key format");
        QCOMPARE(created.key.name, u"Production Storage API test"_s);
        QCOMPARE(created.key.services, QStringList{u"storage"_s});
        QCOMPARE(created.key.kind, u"service"_s);
        QVERIFY(!created.warning.isEmpty());
        QVERIFY(created.secret.startsWith(created.key.prefix.toLatin1()));
        QCOMPARE(m_sandbox->createRequestCount(), before + 1);

        const ApiKey listed = find(created.key.id);
        QCOMPARE(listed.name, u"Production Storage API test"_s);
        QCOMPARE(listed.prefix, created.key.prefix);
        QCOMPARE(listed.ipAllowlist, (QStringList{u"127.0.0.1"_s, u"10.0.0.0/8"_s}));
        QCOMPARE(listed.services, QStringList{u"storage"_s});
        QCOMPARE(listed.description, u"Made by the provider test"_s);
    }

    void createsPatForSeveralServices()
    {
        auto reply = waitForReply(
            m_provider->createKey(spec(u"CI deploy"_s, {u"dns"_s, u"llm"_s, u"storage"_s})));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        const CreatedKey created = reply->takeCreated();
        QVERIFY2(patFormat.match(created.secret.exposeString()).hasMatch(), "unexpected format");
        QCOMPARE(created.key.kind, u"pat"_s);
        const ApiKey listed = find(created.key.id);
        QCOMPARE(listed.name, u"CI deploy"_s);
        QCOMPARE(listed.services, (QStringList{u"dns"_s, u"llm"_s, u"storage"_s}));
        QVERIFY(listed.ipAllowlist.isEmpty());
    }

    void revokeRemovesTheKey()
    {
        auto created = waitForReply(m_provider->createKey(spec(u"Short lived"_s, {u"gpu"_s})));
        QVERIFY(created->ok());
        const ApiKey key = created->created().key;
        QVERIFY(!find(key.id).id.isEmpty());
        auto revoked = waitForReply(m_provider->revokeKey(key));
        QVERIFY2(revoked->ok(), qPrintable(revoked->error().toString()));
        QVERIFY(find(key.id).id.isEmpty());
        // A second revoke finds nothing.
        auto again = waitForReply(m_provider->revokeKey(key));
        QCOMPARE(again->error().kind, Kind::NotFound);
    }

    void verifyWorks()
    {
        auto created = waitForReply(m_provider->createKey(spec(u"Verify me"_s, {u"storage"_s})));
        QVERIFY(created->ok());
        const CreatedKey& key = created->created();
        auto reply = waitForReply(m_provider->verifyKey(key.key, key.secret));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QVERIFY(reply->verification().has_value());
        QCOMPARE(reply->verification()->outcome, Outcome::Works);
        QCOMPARE(reply->verification()->httpStatus, 200);
    }

    void verifyOtherServiceUsesItsPath()
    {
        auto created = waitForReply(m_provider->createKey(spec(u"DNS only"_s, {u"dns"_s})));
        QVERIFY(created->ok());
        auto reply =
            waitForReply(m_provider->verifyKey(created->created().key, created->created().secret));
        QCOMPARE(reply->verification()->outcome, Outcome::Works);
    }

    void verifyOutsideWhitelistIsForbidden()
    {
        auto created = waitForReply(
            m_provider->createKey(spec(u"Office only"_s, {u"storage"_s}, {u"203.0.113.0/24"_s})));
        QVERIFY(created->ok());
        auto reply =
            waitForReply(m_provider->verifyKey(created->created().key, created->created().secret));
        QVERIFY(reply->ok());
        QCOMPARE(reply->verification()->outcome, Outcome::Forbidden);
        QCOMPARE(reply->verification()->httpStatus, 403);
        QVERIFY2(reply->verification()->reason.contains(u"127.0.0.1"),
                 qPrintable(reply->verification()->reason));
        QVERIFY(reply->verification()->reason.contains(u"whitelist"));
    }

    void verifyWrongServiceIsForbidden()
    {
        auto created = waitForReply(m_provider->createKey(spec(u"Storage only"_s, {u"storage"_s})));
        QVERIFY(created->ok());
        ApiKey claimed = created->created().key;
        claimed.services = {u"dns"_s};
        auto reply = waitForReply(m_provider->verifyKey(claimed, created->created().secret));
        QCOMPARE(reply->verification()->outcome, Outcome::Forbidden);
        QVERIFY2(reply->verification()->reason.contains(u"dns"),
                 qPrintable(reply->verification()->reason));
    }

    void verifyRevokedIsUnauthorized()
    {
        auto created = waitForReply(m_provider->createKey(spec(u"Soon revoked"_s, {u"storage"_s})));
        QVERIFY(created->ok());
        QVERIFY(waitForReply(m_provider->revokeKey(created->created().key))->ok());
        auto reply =
            waitForReply(m_provider->verifyKey(created->created().key, created->created().secret));
        QVERIFY(reply->ok());
        QCOMPARE(reply->verification()->outcome, Outcome::Unauthorized);
        QCOMPARE(reply->verification()->httpStatus, 401);
        QVERIFY(reply->verification()->reason.contains(u"revoked"));
    }

    void localValidationSendsNothing_data()
    {
        QTest::addColumn<KeySpec>("keySpec");
        QTest::addColumn<QString>("mention");
        QTest::newRow("no name") << spec(u"  "_s, {u"storage"_s}) << u"name"_s;
        QTest::newRow("no service") << spec(u"Named"_s, {}) << u"service"_s;
        QTest::newRow("unknown service") << spec(u"Named"_s, {u"vps"_s}) << u"vps"_s;
        QTest::newRow("bad ip") << spec(u"Named"_s, {u"dns"_s}, {u"10.0.0.1"_s, u"300.1.1.1"_s})
                                << u"300.1.1.1"_s;
    }

    void localValidationSendsNothing()
    {
        QFETCH(KeySpec, keySpec);
        QFETCH(QString, mention);
        const int before = m_sandbox->createRequestCount();
        auto reply = waitForReply(m_provider->createKey(keySpec));
        QCOMPARE(reply->error().kind, Kind::Validation);
        const QString text = reply->error().message + u' ' + reply->error().detail;
        QVERIFY2(text.contains(mention, Qt::CaseInsensitive), qPrintable(text));
        QCOMPARE(m_sandbox->createRequestCount(), before);
    }

    void serverValidationNamesTheEntry()
    {
        // Bypass the client's own check to see the server's 422 as the provider reads it.
        HttpRequest request;
        request.method = "POST";
        request.url = m_sandbox->url();
        request.url.setPath(u"/v1/account/api-keys/service"_s);
        request.body = R"({"service":"storage","name":"Bad list","description":"",)"
                       R"("ip_whitelist":["10.0.0.1","not-an-ip"]})";
        request.idempotent = false;
        HttpResponse seen;
        bool done = false;
        m_provider->http().send(request, [&](const HttpResponse& response) {
            seen = response;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(seen.error.kind, Kind::Validation);
        QCOMPARE(seen.status, 422);
        QVERIFY2(seen.error.message.contains(u"ip_whitelist[1]"), qPrintable(seen.error.message));
        QVERIFY(!seen.error.message.contains(u"{"));
    }

    void limitOfFiftyIsAConflict()
    {
        for (int i = keyCount(); i < 50; ++i) {
            auto reply =
                waitForReply(m_provider->createKey(spec(u"Filler %1"_s.arg(i), {u"dns"_s})));
            QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        }
        QCOMPARE(m_sandbox->keyCount(), 50);
        auto reply = waitForReply(m_provider->createKey(spec(u"One too many"_s, {u"dns"_s})));
        QCOMPARE(reply->error().kind, Kind::Conflict);
        QCOMPARE(reply->error().httpStatus, 409);
        QVERIFY2(reply->error().message.contains(u"50"), qPrintable(reply->error().message));
        QCOMPARE(m_sandbox->keyCount(), 50);
    }

private:
    std::unique_ptr<WaysCloudProvider> makeProvider(const QUrl& endpoint)
    {
        Account account;
        account.id = u"test-account"_s;
        account.provider = u"wayscloud"_s;
        account.label = u"Sandbox"_s;
        account.endpoint = endpoint;
        auto provider = std::make_unique<WaysCloudProvider>(
            account, Secret::fromString(m_sandbox->adminToken()), &m_network);
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

    int keyCount() { return int(waitForReply(m_provider->listKeys())->keys().size()); }

    QNetworkAccessManager m_network;
    std::unique_ptr<WaysCloudSandbox> m_sandbox;
    std::unique_ptr<WaysCloudProvider> m_provider;
};

QTEST_GUILESS_MAIN(TestWaysCloudProvider)
#include "test_wayscloud_provider.moc"

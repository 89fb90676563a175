#include "FakeHttpServer.h"
#include "console/ProviderErrorText.h"
#include "core/Clock.h"
#include "providers/KeyProvider.h"
#include "providers/S3KeyVerify.h"
#include "providers/ScalewayJson.h"
#include "providers/ScalewayProvider.h"
#include "sandbox/scaleway/ScalewaySandbox.h"
#include "support/ProviderTestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

using namespace kw;
using namespace Qt::StringLiterals;
using kw::sandbox::Fault;
using kw::sandbox::ScalewaySandbox;
using Kind = ProviderError::Kind;
using Outcome = Verification::Outcome;

namespace {

const QString keysPath = u"/iam/v1alpha1/api-keys"_s;
const QString usersPath = u"/iam/v1alpha1/users"_s;
const QString projectsPath = u"/account/v3/projects"_s;

// The requests for API keys (the names' lists follow a key list).
QList<kw::test::FakeHttpServer::Request> keyRequests(const kw::test::FakeHttpServer& server)
{
    QList<kw::test::FakeHttpServer::Request> out;
    for (const auto& request : server.requests()) {
        if (QUrl(QString::fromLatin1(request.target)).path() == keysPath)
            out << request;
    }
    return out;
}
const QRegularExpression accessKeyFormat(u"^SCW[A-Z0-9]{17}$"_s);
const QRegularExpression
    uuidFormat(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s,
               QRegularExpression::CaseInsensitiveOption);

using testsupport::waitForReply;

KeySpec spec(const QString& bearerType, const QString& bearerId, const QString& description)
{
    KeySpec s;
    s.bearerType = bearerType;
    s.bearerId = bearerId;
    s.description = description;
    return s;
}

// {"api_keys": [count keys from `first`], "total_count": total}
QByteArray fakePage(int first, int count, int total)
{
    QByteArray items;
    for (int i = first; i < first + count; ++i) {
        if (!items.isEmpty())
            items += ',';
        items += "{\"access_key\":\"SCWEXAMPLE" + QByteArray::number(i).rightJustified(10, '0') +
                 "\",\"description\":\"key " + QByteArray::number(i) + "\"}";
    }
    return "{\"api_keys\":[" + items + "],\"total_count\":" + QByteArray::number(total) + "}";
}

QString errorText(const ProviderReply& reply)
{
    return reply.error().message + u' ' + reply.error().detail;
}

} // namespace

class TestScalewayProvider : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_sandbox = std::make_unique<ScalewaySandbox>();
        QVERIFY(m_sandbox->listen());
        m_sandbox->seedSamples(30);
        m_provider = makeProvider(*m_sandbox);
    }

    void cleanup()
    {
        m_provider.reset();
        m_sandbox.reset();
    }

    void capabilitiesAreHonest()
    {
        QCOMPARE(capabilitiesFor(u"scaleway"_s)->descriptionMaxLength, 200);
        const Capabilities& caps = m_provider->capabilities();
        QCOMPARE(caps.providerId, u"scaleway"_s);
        QCOMPARE(caps.providerName, u"Scaleway"_s);
        QCOMPARE(caps.defaultEndpoint, QUrl(u"https://api.scaleway.com"_s));
        QCOMPARE(caps.name, Capabilities::NameField::None);
        QVERIFY(caps.description);
        QCOMPARE(caps.descriptionMaxLength, 200);
        QCOMPARE(caps.expiry, Capabilities::Expiry::Date);
        QVERIFY(caps.bearer && caps.project);
        QVERIFY(caps.editDescription && caps.editProject && caps.editExpiry);
        QVERIFY(!caps.editName);
        QVERIFY(!caps.disable && !caps.disablePrincipal);
        QCOMPARE(caps.cannotDisableHint,
                 u"Scaleway keys cannot be disabled; delete the key or shorten its expiry"_s);
        QVERIFY(caps.revoke && caps.verify && caps.secretShownOnce);
        QVERIFY(caps.s3Verify && !caps.s3RegionIsZone);
        QCOMPARE(caps.defaultS3Region, u"fr-par"_s);
        QCOMPARE(caps.knownS3Regions, (QStringList{u"fr-par"_s, u"nl-ams"_s, u"pl-waw"_s}));
        QVERIFY(caps.services.isEmpty());
        QVERIFY(!caps.ipAllowlist);
    }

    void listsSeededSamples()
    {
        auto reply = waitForReply(m_provider->listKeys());
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        const QList<ApiKey>& keys = reply->keys();
        QCOMPARE(keys.size(), m_sandbox->keyCount());
        QVERIFY(keys.size() >= 30);
        QSet<QString> bearerTypes;
        int readOnly = 0, expired = 0, expiring = 0, never = 0;
        for (const ApiKey& key : keys) {
            QVERIFY2(accessKeyFormat.match(key.id).hasMatch(), qPrintable(key.id));
            QCOMPARE(key.prefix, key.id);
            QCOMPARE(key.name, key.description.simplified());
            QVERIFY2(uuidFormat.match(key.principal).hasMatch(), qPrintable(key.principal));
            bearerTypes << key.bearerType;
            QVERIFY(key.created.isValid());
            QCOMPARE(key.created.timeSpec(), Qt::UTC);
            if (key.status == KeyStatus::ReadOnly) {
                ++readOnly;
                QVERIFY(!key.editable && !key.deletable);
                QVERIFY(!key.readOnlyReason.isEmpty());
            }
            if (key.status == KeyStatus::Expired) {
                ++expired;
                QVERIFY(key.expires && *key.expires <= QDateTime::currentDateTimeUtc());
            }
            if (key.expires)
                ++expiring;
            else
                ++never;
        }
        QCOMPARE(bearerTypes, (QSet<QString>{u"user"_s, u"application"_s}));
        QVERIFY2(readOnly > 0, "the samples have read-only (managed) keys");
        QVERIFY2(expired > 0, "the samples have expired keys");
        QVERIFY(expiring > expired && never > 0);
        // The server's order (created_at_asc) is kept.
        for (qsizetype i = 1; i < keys.size(); ++i)
            QVERIFY(keys.at(i - 1).created <= keys.at(i).created);
    }

    void listsEveryPage()
    {
        ScalewaySandbox big;
        QVERIFY(big.listen());
        big.seedSamples(250);
        QCOMPARE(big.keyCount(), 250);
        auto provider = makeProvider(big);
        const int before = big.requestCount();
        std::unique_ptr<ProviderReply> reply(provider->listKeys());
        QSignalSpy progress(reply.get(), &ProviderReply::progress);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15000);
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->keys().size(), 250);
        QSet<QString> ids;
        for (const ApiKey& key : reply->keys())
            ids << key.id;
        QCOMPARE(ids.size(), 250);
        // Pages of 100, 100 and 50, then one page each of users, applications and projects.
        QCOMPARE(big.requestCount() - before, 6);
        QCOMPARE(progress.size(), 3);
        QCOMPARE(progress.first(), (QVariantList{1, 3}));
        QCOMPARE(progress.last(), (QVariantList{3, 3}));
    }

    void laterPagesAreFetchedConcurrently()
    {
        ScalewaySandbox big;
        QVERIFY(big.listen());
        big.seedSamples(250);
        auto provider = makeProvider(big);
        constexpr int delayMs = 600;
        big.injectFault({Fault::Kind::Delay, "GET", keysPath, -1, delayMs});
        auto reply = waitForReply(provider->listKeys());
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->keys().size(), 250);
        // Page 1 alone, then pages 2 and 3 in flight together: the sandbox held both at once.
        // (Counted, not timed: a timed bound failed on a loaded machine under ASan.)
        QCOMPARE(big.mostRequestsHeldAtOnce(), 2);
    }

    // Pages are fetched and read (off the GUI thread) several at a time and arrive in any
    // order; the list still comes out as a sequential read of page 1, 2, 3… gives it, even when
    // page 2 comes last.
    void concurrentPagesKeepTheSequentialOrder()
    {
        ScalewaySandbox big;
        QVERIFY(big.listen());
        big.seedSamples(450);
        auto provider = makeProvider(big);

        QStringList sequential; // page by page, one after another, with a plain client
        for (int page = 1;; ++page) {
            QUrl url = big.url();
            url.setPath(keysPath);
            url.setQuery(
                u"page=%1&page_size=100&order_by=created_at_asc&organization_id=%2"_s.arg(page).arg(
                    big.organizationId()));
            QNetworkRequest request(url);
            request.setRawHeader("X-Auth-Token", big.adminToken().toUtf8());
            std::unique_ptr<QNetworkReply> answer(m_network.get(request));
            QSignalSpy finished(answer.get(), &QNetworkReply::finished);
            QVERIFY(answer->isFinished() || finished.wait(10000));
            QString error;
            const auto read =
                scaleway::parseKeyPage(answer->readAll(), Clock::app().nowUtc(), &error);
            QVERIFY2(read, qPrintable(error));
            for (const ApiKey& key : read->items)
                sequential << key.id;
            if (read->items.size() < 100)
                break;
        }
        QCOMPARE(sequential.size(), 450);

        big.injectFault(
            {Fault::Kind::Delay, "GET", keysPath, 1, 500, 0, 8 * 1024 * 1024, false, "page=2&"});
        auto reply = waitForReply(provider->listKeys(), 60000);
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QStringList listed;
        for (const ApiKey& key : reply->keys())
            listed << key.id;
        QCOMPARE(listed, sequential);
    }

    void pageFailingFailsTheList()
    {
        ScalewaySandbox big;
        QVERIFY(big.listen());
        big.seedSamples(250);
        auto provider = makeProvider(big);
        provider->http().setMaxAttempts(2);
        std::unique_ptr<ProviderReply> reply(provider->listKeys());
        // Once page 1 is in, every later page fails.
        connect(reply.get(), &ProviderReply::progress, this, [&big](int done) {
            if (done == 1)
                big.injectFault({Fault::Kind::InternalError, "GET", keysPath, -1});
        });
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15000);
        QCOMPARE(reply->error().kind, Kind::Server);
        QCOMPARE(reply->error().httpStatus, 500);
        QVERIFY2(reply->error().message.contains(QRegularExpression(u"Page [23] of 3"_s)),
                 qPrintable(reply->error().message));
        QVERIFY(reply->keys().isEmpty());
    }

    void pageAnswering503IsRetried()
    {
        ScalewaySandbox big;
        QVERIFY(big.listen());
        big.seedSamples(250);
        auto provider = makeProvider(big);
        const int before = big.requestCount();
        std::unique_ptr<ProviderReply> reply(provider->listKeys());
        connect(reply.get(), &ProviderReply::progress, this, [&big](int done) {
            if (done == 1)
                big.injectFault({Fault::Kind::Unavailable, "GET", keysPath, 1});
        });
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15000);
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->keys().size(), 250);
        QCOMPARE(big.requestCount() - before, 7); // one page asked twice, and the three names
    }

    void firstPage503IsRetried()
    {
        m_sandbox->injectFault({Fault::Kind::Unavailable, "GET", keysPath, 1});
        auto reply = waitForReply(m_provider->listKeys());
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->keys().size(), m_sandbox->keyCount());
    }

    void listsBearers()
    {
        auto reply = waitForReply(m_provider->listBearers());
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        const QList<Bearer>& bearers = reply->bearers();
        bool own = false;
        int users = 0, applications = 0;
        QStringList projects;
        for (const Bearer& bearer : bearers) {
            QVERIFY2(uuidFormat.match(bearer.id).hasMatch(), qPrintable(bearer.id));
            QVERIFY(!bearer.label.isEmpty());
            if (bearer.type == u"user") {
                ++users;
                QVERIFY2(bearer.label.contains(u'@'), qPrintable(bearer.label));
            } else if (bearer.type == u"project") {
                projects << bearer.label;
            } else {
                QCOMPARE(bearer.type, u"application"_s);
                ++applications;
            }
            own = own || (bearer.type == u"user" && bearer.id == m_sandbox->ownUserId());
        }
        QVERIFY(own);
        QVERIFY(users >= 2);
        QVERIFY(applications >= 1);
        // The projects a key can default to, by name (the Account API's list).
        QVERIFY2(projects.contains(u"default"_s), qPrintable(projects.join(u", "_s)));
        QVERIFY2(projects.contains(u"web-production"_s), qPrintable(projects.join(u", "_s)));
    }

    // Without the project list the owners can still be chosen (the project is typed instead).
    void listsBearersWithoutProjects()
    {
        m_sandbox->injectFault({Fault::Kind::InternalError, "GET", projectsPath, -1});
        m_provider->http().setMaxAttempts(1);
        auto reply = waitForReply(m_provider->listBearers());
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QVERIFY(!reply->bearers().isEmpty());
        for (const Bearer& bearer : reply->bearers())
            QVERIFY(bearer.type != u"project");
    }

    // Owners and projects show by name: the users, applications and projects are listed once
    // per key list (not once per key), and the ids stay.
    void listNamesOwnersAndProjects()
    {
        const int before = m_sandbox->requestCount();
        auto reply = waitForReply(m_provider->listKeys());
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QVERIFY(reply->keys().size() > 5);
        QCOMPARE(m_sandbox->requestCount() - before, 4); // one page of keys, then three lists
        QSet<QString> projectNames;
        bool application = false;
        for (const ApiKey& key : reply->keys()) {
            QVERIFY2(uuidFormat.match(key.principal).hasMatch(), qPrintable(key.principal));
            QVERIFY2(!key.principalName.isEmpty(), qPrintable(key.id));
            QVERIFY(key.principalName != key.principal);
            if (key.bearerType == u"user")
                QVERIFY2(key.principalName.contains(u'@'), qPrintable(key.principalName));
            application = application || key.principalName == u"ci-deploy"_s;
            QVERIFY2(!key.projectName.isEmpty(), qPrintable(key.projectId));
            projectNames << key.projectName;
            if (key.projectId == m_sandbox->organizationId())
                QCOMPARE(key.projectName, u"default"_s);
        }
        QVERIFY(application);
        QCOMPARE(projectNames, (QSet<QString>{u"default"_s, u"web-production"_s, u"data-lake"_s}));
    }

    // Names that are slow to come do not hold the keys back: after a short wait the keys show,
    // the slow list's names left out.
    void slowNamesDoNotHoldTheKeys()
    {
        constexpr int slowMs = 20000;
        m_sandbox->injectFault({Fault::Kind::Delay, "GET", usersPath, -1, slowMs});
        std::unique_ptr<ProviderReply> reply(m_provider->listKeys());
        QElapsedTimer waited;
        waited.start();
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15000);
        QVERIFY(waited.elapsed() < slowMs);
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->keys().size(), m_sandbox->keyCount());
        for (const ApiKey& key : reply->keys()) {
            if (key.bearerType == u"user")
                QVERIFY2(key.principalName.isEmpty(), qPrintable(key.principalName));
        }
    }

    // Names that cannot be read cost only the names: the keys show, by id.
    void namesThatFailLeaveTheIds()
    {
        m_provider->http().setMaxAttempts(1);
        m_sandbox->injectFault({Fault::Kind::InternalError, "GET", usersPath, -1});
        m_sandbox->injectFault({Fault::Kind::InternalError, "GET", projectsPath, -1});
        auto reply = waitForReply(m_provider->listKeys());
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->keys().size(), m_sandbox->keyCount());
        bool namedApplication = false;
        for (const ApiKey& key : reply->keys()) {
            QVERIFY(!key.principal.isEmpty());
            QVERIFY(key.projectName.isEmpty());
            if (key.bearerType == u"user")
                QVERIFY2(key.principalName.isEmpty(), qPrintable(key.principalName));
            else
                namedApplication = namedApplication || !key.principalName.isEmpty();
        }
        QVERIFY(namedApplication); // the application list still named its keys
    }

    void createsForOwnUser()
    {
        const int before = m_sandbox->createRequestCount();
        const QString project = someProjectId();
        KeySpec s = spec(u"user"_s, m_sandbox->ownUserId(), u"  Terraform state bucket  "_s);
        s.projectId = project;
        const QDateTime expires = QDateTime::currentDateTimeUtc().addDays(30);
        s.expires = expires;
        auto reply = waitForReply(m_provider->createKey(s));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        CreatedKey created = reply->takeCreated();
        QVERIFY2(uuidFormat.match(created.secret.exposeString()).hasMatch(),
                 "the secret key is a UUID");
        QVERIFY2(accessKeyFormat.match(created.key.id).hasMatch(), qPrintable(created.key.id));
        QCOMPARE(created.accessKeyId, created.key.id);
        QCOMPARE(created.key.description, u"Terraform state bucket"_s);
        QCOMPARE(created.key.bearerType, u"user"_s);
        QCOMPARE(created.key.principal, m_sandbox->ownUserId());
        QCOMPARE(m_sandbox->createRequestCount(), before + 1);

        const ApiKey listed = find(created.key.id);
        QCOMPARE(listed.description, u"Terraform state bucket"_s);
        QCOMPARE(listed.name, u"Terraform state bucket"_s);
        QCOMPARE(listed.projectId, project);
        QVERIFY(listed.expires.has_value());
        QVERIFY(qAbs(listed.expires->secsTo(expires)) <= 1);
        QCOMPARE(listed.status, KeyStatus::Active);
        QVERIFY(listed.editable && listed.deletable);
    }

    void createsForAnApplication()
    {
        const Bearer application = firstBearer(u"application"_s);
        QVERIFY(!application.id.isEmpty());
        auto reply = waitForReply(m_provider->createKey(
            spec(u"application"_s, application.id, u"CI runner, never expires"_s)));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        const ApiKey key = reply->created().key;
        QCOMPARE(key.bearerType, u"application"_s);
        QCOMPARE(key.principal, application.id);
        const ApiKey listed = find(key.id);
        QCOMPARE(listed.bearerType, u"application"_s);
        QCOMPARE(listed.principal, application.id);
        QVERIFY(!listed.expires.has_value());
    }

    void localValidationSendsNothing_data()
    {
        QTest::addColumn<KeySpec>("keySpec");
        QTest::addColumn<QString>("mention");
        const QString someone = u"6b1c5e2a-0000-4000-8000-00000000a001"_s;
        QTest::newRow("description of 201 characters")
            << spec(u"user"_s, someone, QString(201, u'd')) << u"description"_s;
        QTest::newRow("no bearer") << spec({}, {}, u"x"_s) << u"user_id or application_id"_s;
        QTest::newRow("type without id") << spec(u"user"_s, {}, u"x"_s) << u"exactly one"_s;
        QTest::newRow("id without type") << spec({}, someone, u"x"_s) << u"exactly one"_s;
        QTest::newRow("both bearers")
            << spec(u"user,application"_s, someone, u"x"_s) << u"exactly one"_s;
        QTest::newRow("bearer id not a uuid")
            << spec(u"application"_s, u"ci-runner"_s, u"x"_s) << u"application_id"_s;
        KeySpec badProject = spec(u"user"_s, someone, u"x"_s);
        badProject.projectId = u"default"_s;
        QTest::newRow("project not a uuid") << badProject << u"default_project_id"_s;
        KeySpec past = spec(u"user"_s, someone, u"x"_s);
        past.expires = QDateTime::currentDateTimeUtc().addSecs(-60);
        QTest::newRow("expiry in the past") << past << u"expires_at"_s;
    }

    void localValidationSendsNothing()
    {
        QFETCH(KeySpec, keySpec);
        QFETCH(QString, mention);
        const int requests = m_sandbox->requestCount();
        const int creates = m_sandbox->createRequestCount();
        auto reply = waitForReply(m_provider->createKey(keySpec));
        QCOMPARE(reply->error().kind, Kind::Validation);
        QVERIFY2(errorText(*reply).contains(mention), qPrintable(errorText(*reply)));
        QCOMPARE(m_sandbox->createRequestCount(), creates);
        QCOMPARE(m_sandbox->requestCount(), requests);
    }

    void descriptionOf200CharactersIsAccepted()
    {
        auto reply = waitForReply(
            m_provider->createKey(spec(u"user"_s, m_sandbox->ownUserId(), QString(200, u'd'))));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->created().key.description.size(), 200);
    }

    void anotherUsersKeyIsRefusedByTheServer()
    {
        QString other;
        auto bearers = waitForReply(m_provider->listBearers());
        for (const Bearer& bearer : bearers->bearers()) {
            if (bearer.type == u"user" && bearer.id != m_sandbox->ownUserId())
                other = bearer.id;
        }
        QVERIFY(!other.isEmpty());
        const int creates = m_sandbox->createRequestCount();
        const int keys = m_sandbox->keyCount();
        auto reply = waitForReply(m_provider->createKey(spec(u"user"_s, other, u"not mine"_s)));
        QCOMPARE(reply->error().kind, Kind::Forbidden);
        QCOMPARE(reply->error().httpStatus, 403);
        QVERIFY(!reply->error().message.isEmpty());
        QVERIFY2(!reply->error().message.startsWith(u"HTTP"), qPrintable(errorText(*reply)));
        QVERIFY(!errorText(*reply).contains(u'{'));
        QCOMPARE(m_sandbox->createRequestCount(), creates + 1); // sent once, never again
        QCOMPARE(m_sandbox->keyCount(), keys);
    }

    void serverNamesTheArgumentWhenBothBearersAreSent()
    {
        // Bypass the client's own check to see the server's invalid_arguments as it is read.
        HttpRequest request;
        request.method = "POST";
        request.url = m_sandbox->url();
        request.url.setPath(keysPath);
        request.body = "{\"user_id\":\"" + m_sandbox->ownUserId().toLatin1() +
                       "\",\"application_id\":\"" + firstBearer(u"application"_s).id.toLatin1() +
                       "\",\"description\":\"both\"}";
        request.idempotent = false;
        const HttpResponse seen = send(request);
        QCOMPARE(seen.error.kind, Kind::Validation);
        QCOMPARE(seen.status, 400);
        const QString text = seen.error.message + u' ' + seen.error.detail;
        QVERIFY2(text.contains(u"user_id") || text.contains(u"application_id"), qPrintable(text));
        QVERIFY(!text.contains(u'{'));
    }

    void serverNamesTheDescriptionWhenTooLong()
    {
        HttpRequest request;
        request.method = "POST";
        request.url = m_sandbox->url();
        request.url.setPath(keysPath);
        request.body = "{\"user_id\":\"" + m_sandbox->ownUserId().toLatin1() +
                       "\",\"description\":\"" + QByteArray(201, 'd') + "\"}";
        request.idempotent = false;
        const HttpResponse seen = send(request);
        QCOMPARE(seen.status, 400);
        QVERIFY2(seen.error.detail.contains(u"description"),
                 qPrintable(seen.error.message + u" / " + seen.error.detail));
    }

    void updatesDescriptionProjectAndExpiry()
    {
        const ApiKey key = createOwnKey(u"before"_s);
        const QString project = someProjectId();
        const QDateTime expires = QDateTime::currentDateTimeUtc().addDays(7);
        KeyChange change;
        change.description = u"after"_s;
        change.projectId = project;
        change.expires = std::optional<QDateTime>(expires);
        auto reply = waitForReply(m_provider->updateKey(key, change));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QVERIFY(reply->key().has_value());
        QCOMPARE(reply->key()->description, u"after"_s);
        QCOMPARE(reply->key()->name, u"after"_s);
        const ApiKey listed = find(key.id);
        QCOMPARE(listed.description, u"after"_s);
        QCOMPARE(listed.projectId, project);
        QVERIFY(listed.expires.has_value());
        QVERIFY(qAbs(listed.expires->secsTo(expires)) <= 1);
    }

    void updateCannotRemoveTheExpiry()
    {
        // The API treats a null expires_at as "leave it": the client says so instead of
        // sending a change that would silently do nothing.
        KeySpec s = spec(u"user"_s, m_sandbox->ownUserId(), u"expiring"_s);
        s.expires = QDateTime::currentDateTimeUtc().addDays(1);
        auto created = waitForReply(m_provider->createKey(s));
        QVERIFY2(created->ok(), qPrintable(created->error().toString()));
        const int requests = m_sandbox->requestCount();
        KeyChange change;
        change.expires = std::optional<QDateTime>(); // never
        auto reply = waitForReply(m_provider->updateKey(created->created().key, change));
        QCOMPARE(reply->error().kind, Kind::Validation);
        QVERIFY2(errorText(*reply).contains(u"expires_at"), qPrintable(errorText(*reply)));
        QCOMPARE(m_sandbox->requestCount(), requests);
        QVERIFY(find(created->created().key.id).expires.has_value());
    }

    void updateValidatesLocally()
    {
        const ApiKey key = createOwnKey(u"valid"_s);
        const int requests = m_sandbox->requestCount();
        KeyChange tooLong;
        tooLong.description = QString(201, u'x');
        auto reply = waitForReply(m_provider->updateKey(key, tooLong));
        QCOMPARE(reply->error().kind, Kind::Validation);
        QVERIFY(errorText(*reply).contains(u"description"));
        KeyChange rename;
        rename.name = u"named"_s;
        QCOMPARE(waitForReply(m_provider->updateKey(key, rename))->error().kind, Kind::Validation);
        KeyChange disable;
        disable.active = false;
        auto refused = waitForReply(m_provider->updateKey(key, disable));
        QVERIFY(!refused->ok());
        QVERIFY(refused->error().message.contains(u"cannot be disabled"));
        QCOMPARE(m_sandbox->requestCount(), requests);
        // Nothing to change: nothing sent.
        auto unchanged = waitForReply(m_provider->updateKey(key, KeyChange{}));
        QVERIFY(unchanged->ok());
        QCOMPARE(unchanged->key()->id, key.id);
        QCOMPARE(m_sandbox->requestCount(), requests);
    }

    void setKeyActiveExplainsWhatToDoInstead()
    {
        const ApiKey key = createOwnKey(u"cannot disable"_s);
        const int requests = m_sandbox->requestCount();
        auto reply = waitForReply(m_provider->setKeyActive(key, false));
        QVERIFY(!reply->ok());
        QCOMPARE(reply->error().message, m_provider->capabilities().cannotDisableHint);
        QCOMPARE(m_sandbox->requestCount(), requests);
    }

    void readOnlyKeyCannotBeChanged()
    {
        const ApiKey key = firstReadOnly();
        QVERIFY(!key.id.isEmpty());
        QCOMPARE(key.readOnlyReason,
                 u"Managed by a Scaleway product: it cannot be edited or deleted"_s);
        KeyChange change;
        change.description = u"mine now"_s;
        auto reply = waitForReply(m_provider->updateKey(key, change));
        QCOMPARE(reply->error().kind, Kind::Forbidden);
        QCOMPARE(reply->error().httpStatus, 403);
        QVERIFY(!reply->error().message.isEmpty());
        QVERIFY2(!reply->error().message.startsWith(u"HTTP"), qPrintable(errorText(*reply)));
        QVERIFY(!errorText(*reply).contains(u'{'));
        QCOMPARE(find(key.id).description, key.description);

        auto deleted = waitForReply(m_provider->revokeKey(key));
        QCOMPARE(deleted->error().kind, Kind::Forbidden);
        QVERIFY(!find(key.id).id.isEmpty());
    }

    void deleteRemovesTheKey()
    {
        const ApiKey key = createOwnKey(u"short lived"_s);
        const int keys = m_sandbox->keyCount();
        auto reply = waitForReply(m_provider->revokeKey(key));
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(m_sandbox->keyCount(), keys - 1);
        QVERIFY(find(key.id).id.isEmpty());
        auto again = waitForReply(m_provider->revokeKey(key));
        QCOMPARE(again->error().kind, Kind::NotFound);
        QCOMPARE(again->error().httpStatus, 404);
        QVERIFY2(again->error().detail.contains(key.id), qPrintable(errorText(*again)));
    }

    // Verify (providers.md A.9, B.3 "Scaleway Object Storage"): S3 ListBuckets signed with the
    // key's access_key and secret_key, here on the sandbox's own server (the account's S3
    // endpoint), region fr-par unless the account names another.
    void verifyWorksThenIsForbiddenAfterDelete()
    {
        auto created = waitForReply(
            m_provider->createKey(spec(u"user"_s, m_sandbox->ownUserId(), u"verify me"_s)));
        QVERIFY2(created->ok(), qPrintable(created->error().toString()));
        const CreatedKey& key = created->created();
        auto works = waitForReply(m_provider->verifyKey(key.key, key.secret));
        QVERIFY2(works->ok(), qPrintable(works->error().toString()));
        QCOMPARE(works->verification()->outcome, Outcome::Works);
        QCOMPARE(works->verification()->httpStatus, 200);

        QVERIFY(waitForReply(m_provider->revokeKey(key.key))->ok());
        auto gone = waitForReply(m_provider->verifyKey(key.key, key.secret));
        QVERIFY(gone->ok());
        QCOMPARE(gone->verification()->outcome, Outcome::Forbidden);
        QCOMPARE(gone->verification()->httpStatus, 403);
        QVERIFY2(gone->verification()->reason.contains(u"InvalidAccessKeyId"_s),
                 qPrintable(gone->verification()->reason));
        QVERIFY(!gone->verification()->reason.contains(u'<'));
    }

    // The reason for the change from the IAM check: a key whose application has only Object
    // Storage rights is an S3 key pair, and S3 is where it is tested.
    void verifyAnApplicationKeyWorks()
    {
        const Bearer application = firstBearer(u"application"_s);
        QVERIFY(!application.id.isEmpty());
        auto created = waitForReply(
            m_provider->createKey(spec(u"application"_s, application.id, u"object storage"_s)));
        QVERIFY2(created->ok(), qPrintable(created->error().toString()));
        auto reply =
            waitForReply(m_provider->verifyKey(created->created().key, created->created().secret));
        QVERIFY(reply->ok());
        QCOMPARE(reply->verification()->outcome, Outcome::Works);
    }

    void verifyWorksInEveryRegion()
    {
        auto created = waitForReply(
            m_provider->createKey(spec(u"user"_s, m_sandbox->ownUserId(), u"regions"_s)));
        QVERIFY(created->ok());
        for (const QString& region : ScalewaySandbox::s3Regions()) {
            auto provider = makeProvider(*m_sandbox, region);
            auto reply = waitForReply(
                provider->verifyKey(created->created().key, created->created().secret));
            QVERIFY(reply->ok());
            QCOMPARE(reply->verification()->outcome, Outcome::Works);
        }
        auto provider = makeProvider(*m_sandbox, u"it-mil"_s);
        auto elsewhere =
            waitForReply(provider->verifyKey(created->created().key, created->created().secret));
        QVERIFY(elsewhere->ok());
        QCOMPARE(elsewhere->verification()->outcome, Outcome::Failed);
        QCOMPARE(elsewhere->verification()->httpStatus, 400);
        QVERIFY2(elsewhere->verification()->reason.contains(u"AuthorizationHeaderMalformed"_s),
                 qPrintable(elsewhere->verification()->reason));
    }

    void verifyWithAWrongSecretIsForbiddenWithS3sReason()
    {
        const ApiKey key = createOwnKey(u"wrong secret"_s);
        auto reply = waitForReply(m_provider->verifyKey(
            key, Secret::fromString(QUuid::createUuid().toString(QUuid::WithoutBraces))));
        QVERIFY(reply->ok());
        QCOMPARE(reply->verification()->outcome, Outcome::Forbidden);
        QCOMPARE(reply->verification()->httpStatus, 403);
        QVERIFY2(reply->verification()->reason.contains(u"SignatureDoesNotMatch"_s),
                 qPrintable(reply->verification()->reason));
    }

    void verifyAnExpiredKeyIsForbidden()
    {
        KeySpec soon = spec(u"user"_s, m_sandbox->ownUserId(), u"expires soon"_s);
        soon.expires = QDateTime::currentDateTimeUtc().addSecs(3600);
        auto created = waitForReply(m_provider->createKey(soon));
        QVERIFY2(created->ok(), qPrintable(created->error().toString()));
        m_sandbox->clock().setSource(
            [] { return QDateTime::currentDateTimeUtc().addSecs(2 * 3600); });
        auto reply =
            waitForReply(m_provider->verifyKey(created->created().key, created->created().secret));
        QVERIFY(reply->ok());
        QCOMPARE(reply->verification()->outcome, Outcome::Forbidden);
        QVERIFY2(reply->verification()->reason.contains(u"InvalidAccessKeyId"_s),
                 qPrintable(reply->verification()->reason));
    }

    void verifyGoesToTheRegionsEndpointByDefault()
    {
        Account account;
        account.provider = u"scaleway"_s;
        ProviderError error;
        const Capabilities& caps = ScalewayProvider::staticCapabilities();
        auto target = s3VerifyTargetFor(account, caps, &error);
        QVERIFY(target.has_value());
        QCOMPARE(target->endpoint, QUrl(u"https://s3.fr-par.scw.cloud"_s));
        QCOMPARE(target->region, u"fr-par"_s);
        account.region = u"nl-ams"_s;
        QCOMPARE(s3VerifyTargetFor(account, caps, &error)->endpoint,
                 QUrl(u"https://s3.nl-ams.scw.cloud"_s));
    }

    void abortedListEndsCancelled()
    {
        ScalewaySandbox big;
        QVERIFY(big.listen());
        big.seedSamples(250);
        auto provider = makeProvider(big);
        std::unique_ptr<ProviderReply> reply(provider->listKeys());
        connect(reply.get(), &ProviderReply::progress, this, [&big, &reply](int done) {
            if (done == 1) {
                big.injectFault({Fault::Kind::Hang, "GET", keysPath, -1});
                QTimer::singleShot(100, reply.get(), [&reply] { reply->abort(); });
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
        QCOMPARE(reply->error().kind, Kind::Cancelled);
        QTest::qWait(200);
    }

    void requestsCarryTheTokenAndTheFilters()
    {
        test::FakeHttpServer server;
        QVERIFY(server.listen());
        server.script({test::FakeHttpServer::Answer::json(200, "OK", fakePage(1, 2, 2))});
        Account account;
        account.provider = u"scaleway"_s;
        account.endpoint = server.url(u"/"_s);
        account.organizationId = u"6b1c5e2a-0000-4000-8000-00000000d001"_s;
        const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
        ScalewayProvider provider(account, Secret::fromString(token), &m_network);
        auto reply = waitForReply(provider.listKeys());
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->keys().size(), 2);
        QCOMPARE(keyRequests(server).size(), 1);
        const auto request = keyRequests(server).first();
        QCOMPARE(request.method, QByteArray("GET"));
        const QUrl target(QString::fromLatin1(request.target));
        QCOMPARE(target.path(), keysPath);
        const QUrlQuery query(target);
        QCOMPARE(query.queryItemValue(u"page"_s), u"1"_s);
        QCOMPARE(query.queryItemValue(u"page_size"_s), u"100"_s);
        QCOMPARE(query.queryItemValue(u"order_by"_s), u"created_at_asc"_s);
        QCOMPARE(query.queryItemValue(u"organization_id"_s), account.organizationId);
        QCOMPARE(request.headers.value("x-auth-token"), token.toLatin1()); // no scheme
        QVERIFY(!request.headers.contains("authorization"));
    }

    void aGrowingTotalExtendsTheFetch()
    {
        // Page 1 says 150 keys; by the time page 2 is read 100 more exist: page 3 is fetched.
        test::FakeHttpServer server;
        QVERIFY(server.listen());
        using Answer = test::FakeHttpServer::Answer;
        server.script({Answer::json(200, "OK", fakePage(1, 100, 150)),
                       Answer::json(200, "OK", fakePage(101, 100, 250)),
                       Answer::json(200, "OK", fakePage(201, 50, 250))});
        Account account;
        account.provider = u"scaleway"_s;
        account.endpoint = server.url(u"/"_s);
        ScalewayProvider provider(account, Secret::fromUtf8("x"), &m_network);
        std::unique_ptr<ProviderReply> reply(provider.listKeys());
        QSignalSpy progress(reply.get(), &ProviderReply::progress);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QVERIFY2(reply->ok(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->keys().size(), 250);
        QCOMPARE(keyRequests(server).size(), 3);
        QCOMPARE(progress.last(), (QVariantList{3, 3}));
        QStringList pages;
        for (const auto& request : keyRequests(server))
            pages << QUrlQuery(QUrl(QString::fromLatin1(request.target))).queryItemValue(u"page"_s);
        QCOMPARE(pages, (QStringList{u"1"_s, u"2"_s, u"3"_s}));
    }

    void createSendsOneBearer()
    {
        test::FakeHttpServer server;
        QVERIFY(server.listen());
        server.script({test::FakeHttpServer::Answer::json(500, "Internal Server Error",
                                                          "<html>oops</html>")});
        Account account;
        account.provider = u"scaleway"_s;
        account.endpoint = server.url(u"/"_s);
        ScalewayProvider provider(account, Secret::fromUtf8("x"), &m_network);
        provider.http().setBackoffBaseMs(10);
        KeySpec s = spec(u"application"_s, u"6b1c5e2a-0000-4000-8000-00000000b001"_s, u"ci"_s);
        s.projectId = u"6b1c5e2a-0000-4000-8000-00000000c001"_s;
        auto reply = waitForReply(provider.createKey(s));
        QTest::qWait(200);
        QCOMPARE(reply->error().kind, Kind::Server);
        // Not JSON: the status line, never the body.
        QCOMPARE(ProviderErrorText::message(reply->error()), u"HTTP 500 Internal Server Error"_s);
        QCOMPARE(server.requests().size(), 1);
        const QByteArray body = server.requests().first().body;
        QVERIFY2(body.contains("\"application_id\":\"6b1c5e2a-0000-4000-8000-00000000b001\""),
                 body.constData());
        QVERIFY(!body.contains("user_id"));
        QVERIFY(body.contains("\"default_project_id\""));
        QVERIFY(!body.contains("expires_at"));
    }

private:
    // region empty: the provider's default (fr-par).
    std::unique_ptr<ScalewayProvider> makeProvider(const ScalewaySandbox& sandbox,
                                                   const QString& region = {})
    {
        Account account;
        account.id = u"test-account"_s;
        account.provider = u"scaleway"_s;
        account.label = u"Sandbox"_s;
        account.endpoint = sandbox.url();
        account.s3Endpoint = sandbox.url();
        account.region = region;
        account.organizationId = sandbox.organizationId();
        auto provider = std::make_unique<ScalewayProvider>(
            account, Secret::fromString(sandbox.adminToken()), &m_network);
        provider->http().setDefaultTimeoutMs(5000);
        provider->http().setBackoffBaseMs(20);
        provider->http().setMaxAttempts(3);
        return provider;
    }

    HttpResponse send(const HttpRequest& request)
    {
        HttpResponse seen;
        bool done = false;
        m_provider->http().send(request, [&](const HttpResponse& response) {
            seen = response;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("no answer");
        return seen;
    }

    QList<ApiKey> keys() { return waitForReply(m_provider->listKeys())->keys(); }

    ApiKey find(const QString& id)
    {
        for (const ApiKey& key : keys()) {
            if (key.id == id)
                return key;
        }
        return {};
    }

    ApiKey firstReadOnly()
    {
        for (const ApiKey& key : keys()) {
            if (key.status == KeyStatus::ReadOnly)
                return key;
        }
        return {};
    }

    QString someProjectId()
    {
        for (const ApiKey& key : keys()) {
            if (!key.projectId.isEmpty())
                return key.projectId;
        }
        return {};
    }

    Bearer firstBearer(const QString& type)
    {
        const auto reply = waitForReply(m_provider->listBearers());
        for (const Bearer& bearer : reply->bearers()) {
            if (bearer.type == type)
                return bearer;
        }
        return {};
    }

    ApiKey createOwnKey(const QString& description)
    {
        auto reply = waitForReply(
            m_provider->createKey(spec(u"user"_s, m_sandbox->ownUserId(), description)));
        if (!reply->ok()) {
            qWarning("create failed: %s", qPrintable(reply->error().toString()));
            return {};
        }
        return reply->created().key;
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<ScalewaySandbox> m_sandbox;
    std::unique_ptr<ScalewayProvider> m_provider;
};

QTEST_GUILESS_MAIN(TestScalewayProvider)
#include "test_scaleway_provider.moc"

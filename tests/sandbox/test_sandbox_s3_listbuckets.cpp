// S3 ListBuckets with SigV4 verification (S3ListBuckets), as the CoreWeave and Scaleway emulators
// serve it on their own server: keys are made through each emulator's own API over raw HTTP,
// requests are signed with the console's independent signer (providers/SigV4), and every
// refusal of providers.md B.5 is checked on the wire.

#include "RawHttp.h"
#include "providers/SigV4.h"
#include "sandbox/coreweave/CoreWeaveSandbox.h"
#include "sandbox/scaleway/ScalewaySandbox.h"

#include <QTest>
#include <QXmlStreamReader>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using kw::Secret;
using kw::SigV4;
using kw::sandbox::CoreWeaveSandbox;
using kw::sandbox::ProviderSandbox;
using kw::sandbox::ScalewaySandbox;
using kw::sandbox::test::RawHttp;
using kw::sandbox::test::RawReply;

namespace {

struct KeyPair
{
    QString accessKeyId;
    QString secret;
};

QStringList texts(const QByteArray& xml, const QString& name)
{
    QStringList out;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == name)
            out.append(reader.readElementText());
    }
    return out;
}

QString text(const QByteArray& xml, const QString& name)
{
    return texts(xml, name).value(0);
}

QString rootName(const QByteArray& xml)
{
    QXmlStreamReader reader(xml);
    return reader.readNextStartElement() ? reader.name().toString() : QString();
}

QString rootNamespace(const QByteArray& xml)
{
    QXmlStreamReader reader(xml);
    return reader.readNextStartElement() ? reader.namespaceUri().toString() : QString();
}

// One emulator with what the tests need from it, made through its own API.
struct Emulator
{
    std::unique_ptr<ProviderSandbox> sandbox;
    std::unique_ptr<RawHttp> http;
    QString region;                       // one it accepts
    std::function<KeyPair()> createKey;   // a permanent key
    std::function<KeyPair()> createShort; // a key that expires in an hour
    std::function<bool(const QString&)> revoke;
    std::function<void(std::function<QDateTime()>)> setClock;
    std::function<QStringList()> bucketNames;
};

Emulator coreWeave()
{
    auto sandbox = std::make_unique<CoreWeaveSandbox>();
    sandbox->seedSamples(5);
    CoreWeaveSandbox* cw = sandbox.get();
    Emulator e;
    if (!cw->listen())
        return e;
    e.http = std::make_unique<RawHttp>(cw->url());
    RawHttp* http = e.http.get();
    e.region = CoreWeaveSandbox::s3Regions().constFirst();
    auto create = [cw, http](int seconds) {
        const RawReply reply = http->post(u"/v1/cwobject/access-key"_s, cw->adminToken(),
                                          QJsonObject{{u"durationSeconds"_s, seconds}});
        return KeyPair{reply.object().value(u"accessKeyId"_s).toString(),
                       reply.object().value(u"secretKey"_s).toString()};
    };
    e.createKey = [create] { return create(0); };
    e.createShort = [create] { return create(3600); };
    e.revoke = [cw, http](const QString& id) {
        return http->post(u"/v1/cwobject/revoke-access-key/access-key"_s, cw->adminToken(),
                          QJsonObject{{u"accessKey"_s, id}})
                   .status == 200;
    };
    e.setClock = [cw](std::function<QDateTime()> clock) {
        cw->clock().setSource(std::move(clock));
    };
    e.bucketNames = [cw] { return cw->bucketNames(); };
    e.sandbox = std::move(sandbox);
    return e;
}

Emulator scaleway()
{
    auto sandbox = std::make_unique<ScalewaySandbox>();
    sandbox->seedSamples(5);
    ScalewaySandbox* scw = sandbox.get();
    Emulator e;
    if (!scw->listen())
        return e;
    e.http = std::make_unique<RawHttp>(scw->url());
    RawHttp* http = e.http.get();
    e.region = u"nl-ams"_s;
    auto create = [scw, http](const QString& expiresAt) {
        QJsonObject body{{u"user_id"_s, scw->ownUserId()}, {u"description"_s, u"s3 test"_s}};
        if (!expiresAt.isEmpty())
            body.insert(u"expires_at"_s, expiresAt);
        const RawReply reply = http->send("POST", u"/iam/v1alpha1/api-keys"_s,
                                          {{"X-Auth-Token", scw->adminToken().toLatin1()}},
                                          QJsonDocument(body).toJson(QJsonDocument::Compact));
        return KeyPair{reply.object().value(u"access_key"_s).toString(),
                       reply.object().value(u"secret_key"_s).toString()};
    };
    e.createKey = [create] { return create({}); };
    e.createShort = [create] {
        return create(QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate));
    };
    e.revoke = [scw, http](const QString& id) {
        const RawReply reply = http->send("DELETE", u"/iam/v1alpha1/api-keys/"_s + id,
                                          {{"X-Auth-Token", scw->adminToken().toLatin1()}});
        return reply.status >= 200 && reply.status < 300;
    };
    e.setClock = [scw](std::function<QDateTime()> clock) {
        scw->clock().setSource(std::move(clock));
    };
    e.bucketNames = [scw] { return scw->bucketNames(); };
    e.sandbox = std::move(sandbox);
    return e;
}

Emulator emulatorFor(const QString& provider)
{
    return provider == u"coreweave"_s ? coreWeave() : scaleway();
}

struct Signing
{
    QString region;
    QString service = u"s3"_s;
    QDateTime when = QDateTime::currentDateTimeUtc();
    QString path = u"/"_s;
};

// GET <path> signed by the console's signer; the Authorization header may be replaced.
RawReply signedGet(const Emulator& e, const KeyPair& key, const Signing& signing,
                   const QByteArray& authorizationOverride = {})
{
    QUrl url = e.sandbox->url();
    url.setPath(signing.path);
    const Secret secret = Secret::fromString(key.secret);
    QUrl sendUrl;
    QString error;
    auto headers = SigV4::signedGetHeaders(
        url,
        {key.accessKeyId, signing.region.isEmpty() ? e.region : signing.region, signing.service},
        secret, signing.when, &sendUrl, &error);
    if (headers.isEmpty())
        qWarning("signing failed: %s", qPrintable(error));
    QList<std::pair<QByteArray, QByteArray>> sent;
    for (const auto& [name, value] : headers) {
        if (name == "Authorization" && !authorizationOverride.isEmpty())
            sent.append({name, authorizationOverride});
        else
            sent.append({name, value});
    }
    return e.http->send("GET", sendUrl.path(), sent);
}

void verifyS3Error(const RawReply& reply, int status, const QString& code)
{
    QCOMPARE(reply.status, status);
    QCOMPARE(rootName(reply.body), u"Error"_s);
    QCOMPARE(text(reply.body, u"Code"_s), code);
    QVERIFY(!text(reply.body, u"Message"_s).isEmpty());
    QVERIFY(!text(reply.body, u"RequestId"_s).isEmpty());
    QVERIFY(reply.header("Content-Type").startsWith("application/xml"));
}

} // namespace

class TestS3ListBuckets : public QObject
{
    Q_OBJECT

private:
    static void providers_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::newRow("coreweave") << u"coreweave"_s;
        QTest::newRow("scaleway") << u"scaleway"_s;
    }

private slots:
    void goodSignatureListsTheBuckets_data() { providers_data(); }
    void goodSignatureListsTheBuckets()
    {
        QFETCH(QString, provider);
        const Emulator e = emulatorFor(provider);
        QVERIFY(e.sandbox);
        const KeyPair key = e.createKey();
        QVERIFY(!key.accessKeyId.isEmpty() && !key.secret.isEmpty());
        const RawReply reply = signedGet(e, key, {});
        QCOMPARE(reply.status, 200);
        QCOMPARE(rootName(reply.body), u"ListAllMyBucketsResult"_s);
        QCOMPARE(rootNamespace(reply.body), u"http://s3.amazonaws.com/doc/2006-03-01/"_s);
        QVERIFY(!text(reply.body, u"ID"_s).isEmpty());
        QCOMPARE(texts(reply.body, u"Name"_s), e.bucketNames());
        QVERIFY(!e.bucketNames().isEmpty());
        for (const QString& created : texts(reply.body, u"CreationDate"_s))
            QVERIFY2(QDateTime::fromString(created, Qt::ISODateWithMs).isValid(),
                     qPrintable(created));
        QVERIFY(!reply.header("x-amz-request-id").isEmpty());
    }

    void everyAcceptedRegionWorks_data() { providers_data(); }
    void everyAcceptedRegionWorks()
    {
        QFETCH(QString, provider);
        const Emulator e = emulatorFor(provider);
        const KeyPair key = e.createKey();
        const QStringList regions = provider == u"coreweave"_s ? CoreWeaveSandbox::s3Regions()
                                                               : ScalewaySandbox::s3Regions();
        for (const QString& region : regions) {
            Signing signing;
            signing.region = region;
            QCOMPARE(signedGet(e, key, signing).status, 200);
        }
    }

    void wrongSecretIsSignatureDoesNotMatch_data() { providers_data(); }
    void wrongSecretIsSignatureDoesNotMatch()
    {
        QFETCH(QString, provider);
        const Emulator e = emulatorFor(provider);
        KeyPair key = e.createKey();
        key.secret = u"WRONGEXAMPLESECRET"_s;
        const RawReply reply = signedGet(e, key, {});
        verifyS3Error(reply, 403, u"SignatureDoesNotMatch"_s);
        QCOMPARE(text(reply.body, u"AWSAccessKeyId"_s), key.accessKeyId);
        QVERIFY(text(reply.body, u"StringToSign"_s).startsWith(u"AWS4-HMAC-SHA256\n"_s));
    }

    void unknownKeyIsInvalidAccessKeyId_data() { providers_data(); }
    void unknownKeyIsInvalidAccessKeyId()
    {
        QFETCH(QString, provider);
        const Emulator e = emulatorFor(provider);
        const KeyPair key{provider == u"coreweave"_s ? u"CWEXAMPLE0000001"_s
                                                     : u"SCWEXAMPLE00000000001"_s,
                          u"EXAMPLESECRET"_s};
        const RawReply reply = signedGet(e, key, {});
        verifyS3Error(reply, 403, u"InvalidAccessKeyId"_s);
        QCOMPARE(text(reply.body, u"AWSAccessKeyId"_s), key.accessKeyId);
    }

    void revokedKeyIsInvalidAccessKeyId_data() { providers_data(); }
    void revokedKeyIsInvalidAccessKeyId()
    {
        QFETCH(QString, provider);
        const Emulator e = emulatorFor(provider);
        const KeyPair key = e.createKey();
        QCOMPARE(signedGet(e, key, {}).status, 200);
        QVERIFY(e.revoke(key.accessKeyId));
        verifyS3Error(signedGet(e, key, {}), 403, u"InvalidAccessKeyId"_s);
    }

    void expiredKeyIsInvalidAccessKeyId_data() { providers_data(); }
    void expiredKeyIsInvalidAccessKeyId()
    {
        QFETCH(QString, provider);
        const Emulator e = emulatorFor(provider);
        const KeyPair key = e.createShort();
        QVERIFY(!key.accessKeyId.isEmpty());
        QCOMPARE(signedGet(e, key, {}).status, 200);
        const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(2 * 3600);
        e.setClock([later] { return later; });
        Signing signing;
        signing.when = later; // the key's expiry is what fails, not the clock
        verifyS3Error(signedGet(e, key, signing), 403, u"InvalidAccessKeyId"_s);
    }

    void suspendedCoreWeaveKeyIsInvalidAccessKeyId()
    {
        const Emulator e = coreWeave();
        auto* cw = static_cast<CoreWeaveSandbox*>(e.sandbox.get());
        const KeyPair key = e.createKey();
        const auto status = [&](const char* value) {
            return e.http
                ->send("PUT", u"/v1/cwobject/access-key-status"_s,
                       RawHttp::bearer(cw->adminToken()),
                       QJsonDocument(QJsonObject{{u"principalName"_s, cw->principalName()},
                                                 {u"status"_s, QLatin1String(value)}})
                           .toJson(QJsonDocument::Compact))
                .status;
        };
        QCOMPARE(status("ACCESS_KEY_STATUS_SUSPENDED"), 200);
        verifyS3Error(signedGet(e, key, {}), 403, u"InvalidAccessKeyId"_s);
        QCOMPARE(status("ACCESS_KEY_STATUS_ACTIVE"), 200);
        QCOMPARE(signedGet(e, key, {}).status, 200);
    }

    void clockSkewBeyondFifteenMinutes_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<int>("skewSeconds");
        QTest::addColumn<int>("status");
        for (const QString& provider : {u"coreweave"_s, u"scaleway"_s}) {
            QTest::addRow("%s 14 min behind", qPrintable(provider)) << provider << -14 * 60 << 200;
            QTest::addRow("%s 16 min behind", qPrintable(provider)) << provider << -16 * 60 << 403;
            QTest::addRow("%s 16 min ahead", qPrintable(provider)) << provider << 16 * 60 << 403;
        }
    }
    void clockSkewBeyondFifteenMinutes()
    {
        QFETCH(QString, provider);
        QFETCH(int, skewSeconds);
        QFETCH(int, status);
        const Emulator e = emulatorFor(provider);
        const KeyPair key = e.createKey();
        Signing signing;
        signing.when = QDateTime::currentDateTimeUtc().addSecs(skewSeconds);
        const RawReply reply = signedGet(e, key, signing);
        if (status == 200) {
            QCOMPARE(reply.status, 200);
            return;
        }
        verifyS3Error(reply, 403, u"RequestTimeTooSkewed"_s);
        QCOMPARE(text(reply.body, u"MaxAllowedSkewMilliseconds"_s), u"900000"_s);
    }

    void regionNotAcceptedIsAuthorizationHeaderMalformed_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("region");
        QTest::newRow("coreweave us-east-1") << u"coreweave"_s << u"us-east-1"_s;
        QTest::newRow("coreweave lower case zone") << u"coreweave"_s << u"us-east-04a"_s;
        QTest::newRow("scaleway it-mil") << u"scaleway"_s << u"it-mil"_s;
        QTest::newRow("scaleway us-east-1") << u"scaleway"_s << u"us-east-1"_s;
    }
    void regionNotAcceptedIsAuthorizationHeaderMalformed()
    {
        QFETCH(QString, provider);
        QFETCH(QString, region);
        const Emulator e = emulatorFor(provider);
        const KeyPair key = e.createKey();
        Signing signing;
        signing.region = region;
        const RawReply reply = signedGet(e, key, signing);
        verifyS3Error(reply, 400, u"AuthorizationHeaderMalformed"_s);
        QVERIFY2(text(reply.body, u"Message"_s).contains(region),
                 qPrintable(text(reply.body, u"Message"_s)));
    }

    void malformedOrMisScopedSignatures_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QByteArray>("authorization"); // empty: scoped to service iam
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        for (const QString& provider : {u"coreweave"_s, u"scaleway"_s}) {
            QTest::addRow("%s no credential", qPrintable(provider))
                << provider << QByteArray("AWS4-HMAC-SHA256 Signature=00") << 400
                << u"AuthorizationHeaderMalformed"_s;
            QTest::addRow("%s short scope", qPrintable(provider))
                << provider
                << QByteArray("AWS4-HMAC-SHA256 Credential=EXAMPLE/20260101/s3/aws4_request, "
                              "SignedHeaders=host, Signature=" +
                              QByteArray(64, 'a'))
                << 400 << u"AuthorizationHeaderMalformed"_s;
            QTest::addRow("%s service iam", qPrintable(provider))
                << provider << QByteArray() << 403 << u"SignatureDoesNotMatch"_s;
        }
    }
    void malformedOrMisScopedSignatures()
    {
        QFETCH(QString, provider);
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        QFETCH(QString, code);
        const Emulator e = emulatorFor(provider);
        const KeyPair key = e.createKey();
        Signing signing;
        if (authorization.isEmpty())
            signing.service = u"iam"_s;
        verifyS3Error(signedGet(e, key, signing, authorization), status, code);
    }

    void onlyListBucketsIsImplemented_data() { providers_data(); }
    void onlyListBucketsIsImplemented()
    {
        QFETCH(QString, provider);
        const Emulator e = emulatorFor(provider);
        const KeyPair key = e.createKey();
        Signing known;
        known.path = u"/"_s + e.bucketNames().constFirst();
        verifyS3Error(signedGet(e, key, known), 501, u"NotImplemented"_s);
        Signing unknown;
        unknown.path = u"/no-such-bucket-example"_s;
        const RawReply reply = signedGet(e, key, unknown);
        verifyS3Error(reply, 404, u"NoSuchBucket"_s);
        QCOMPARE(text(reply.body, u"BucketName"_s), u"no-such-bucket-example"_s);
    }

    // The emulator's own API is untouched: a request without SigV4 is still its own.
    void theProvidersOwnApiStillAnswers_data() { providers_data(); }
    void theProvidersOwnApiStillAnswers()
    {
        QFETCH(QString, provider);
        const Emulator e = emulatorFor(provider);
        const RawReply reply = e.http->send("GET", u"/"_s);
        QVERIFY(reply.status == 401 || reply.status == 404);
        QVERIFY2(rootName(reply.body).isEmpty(), reply.body.constData()); // JSON, not S3's XML
    }
};

QTEST_GUILESS_MAIN(TestS3ListBuckets)
#include "test_sandbox_s3_listbuckets.moc"

#include "RawHttp.h"
#include "sandbox/coreweave/CoreWeaveSandbox.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QThread>
#include <QUrlQuery>
#include <memory>

using namespace Qt::StringLiterals;
using kw::sandbox::CoreWeaveSandbox;
using kw::sandbox::Fault;
using kw::sandbox::test::RawHttp;
using kw::sandbox::test::RawReply;

namespace {

const QString keysPath = u"/v1/cwobject/access-key"_s;
const QString revokeKeyPath = u"/v1/cwobject/revoke-access-key/access-key"_s;
const QString revokePrincipalPath = u"/v1/cwobject/revoke-access-key/principal"_s;
const QString statusPath = u"/v1/cwobject/access-key-status"_s;
const QString permanentExpiry = u"1970-01-01T00:00:00Z"_s;
const QString active = u"ACCESS_KEY_STATUS_ACTIVE"_s;
const QString suspended = u"ACCESS_KEY_STATUS_SUSPENDED"_s;
const QString dataTeam = u"coreweave/ml-training@example.com"_s;
const QString contractor = u"coreweave/contractor@example.com"_s;

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QDateTime expiryOf(const QJsonObject& key)
{
    return QDateTime::fromString(key[u"expiry"_s].toString(), Qt::ISODate);
}

QSet<QString> fieldNames(const QJsonObject& object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

} // namespace

class TestCoreWeaveApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<CoreWeaveSandbox> m_sandbox;
    std::unique_ptr<RawHttp> m_http;
    QString m_admin;

    RawReply send(const QByteArray& method, const QString& path, const QByteArray& body = {})
    {
        return m_http->send(method, path, RawHttp::bearer(m_admin), body);
    }
    RawReply post(const QString& path, const QJsonObject& body)
    {
        return send("POST", path, compact(body));
    }

    // GET /v1/cwobject/access-key with a query (RawHttp keeps the base URL's query).
    RawReply list(const QString& query = {})
    {
        QUrl url = m_sandbox->url();
        url.setQuery(query);
        RawHttp http(url);
        return http.get(keysPath, m_admin);
    }
    QJsonArray listInfo(const QString& query = {})
    {
        const RawReply reply = list(query);
        if (reply.status != 200)
            qWarning() << reply.status << reply.body;
        return reply.object()[u"info"_s].toArray();
    }
    QList<QJsonObject> listAll(const QString& status = {})
    {
        QList<QJsonObject> keys;
        for (int offset = 0;; offset += 1000) {
            QString query = u"offset=%1&limit=1000"_s.arg(offset);
            if (!status.isEmpty())
                query += u"&status="_s + status;
            const QJsonArray page = listInfo(query);
            for (const QJsonValue& key : page)
                keys.append(key.toObject());
            if (page.size() < 1000)
                return keys;
        }
    }

    QJsonObject createKey(const QJsonObject& body)
    {
        const RawReply reply = post(keysPath, body);
        if (reply.status != 200)
            qWarning() << reply.status << reply.body;
        return reply.status == 200 ? reply.object() : QJsonObject();
    }
    QJsonObject createKey(int durationSeconds, const QString& name = {})
    {
        QJsonObject body{{u"durationSeconds"_s, durationSeconds}};
        if (!name.isEmpty())
            body[u"attributes"_s] = QJsonObject{{u"name"_s, name}};
        return createKey(body);
    }

    // Asserts an error body: google.rpc.Status with the gRPC code for the HTTP status.
    static void checkStatus(const RawReply& reply, int httpStatus, int grpcCode,
                            const QString& messagePart = {})
    {
        QCOMPARE(reply.status, httpStatus);
        QCOMPARE(reply.header("Content-Type"), "application/json"_ba);
        const QJsonObject body = reply.object();
        QCOMPARE(fieldNames(body), (QSet<QString>{u"code"_s, u"message"_s, u"details"_s}));
        QCOMPARE(body[u"code"_s].toInt(), grpcCode);
        QVERIFY(body[u"details"_s].isArray());
        QVERIFY(body[u"details"_s].toArray().isEmpty());
        const QString message = body[u"message"_s].toString();
        QVERIFY(!message.isEmpty());
        if (!messagePart.isEmpty())
            QVERIFY2(message.contains(messagePart), qPrintable(message));
    }

    QList<QJsonObject> keysOf(const QString& principal)
    {
        QList<QJsonObject> keys;
        for (const QJsonObject& key : listAll()) {
            if (key[u"principalName"_s].toString() == principal)
                keys.append(key);
        }
        return keys;
    }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<CoreWeaveSandbox>();
        QVERIFY(m_sandbox->listen());
        m_http = std::make_unique<RawHttp>(m_sandbox->url());
        m_admin = m_sandbox->adminToken();
    }

    void cleanup()
    {
        m_http.reset();
        m_sandbox.reset();
    }

    void identity()
    {
        QVERIFY(m_admin.size() >= 32);
        static const QRegularExpression principal(u"^coreweave/[A-Za-z0-9]+$"_s);
        QVERIFY(principal.match(m_sandbox->principalName()).hasMatch());
        QCOMPARE(m_sandbox->url().host(), u"127.0.0.1"_s);
        QCOMPARE(m_sandbox->keyCount(), 0);
        CoreWeaveSandbox other;
        QVERIFY(other.adminToken() != m_admin);
        QVERIFY(other.principalName() != m_sandbox->principalName());
    }

    void authentication_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("authorization"); // empty: no header
        QTest::addColumn<QString>("messagePart");

        const QByteArray unknown = "Bearer " + QByteArray(48, 'x');
        QTest::newRow("list, none") << "GET"_ba << keysPath << QByteArray() << u"missing"_s;
        QTest::newRow("list, unknown") << "GET"_ba << keysPath << unknown << u"invalid"_s;
        QTest::newRow("list, empty bearer") << "GET"_ba << keysPath << "Bearer "_ba << u"missing"_s;
        QTest::newRow("list, basic")
            << "GET"_ba << keysPath << "Basic dXNlcjpwYXNz"_ba << u"scheme"_s;
        QTest::newRow("create, none") << "POST"_ba << keysPath << QByteArray() << u"missing"_s;
        QTest::newRow("create, unknown") << "POST"_ba << keysPath << unknown << u"invalid"_s;
        QTest::newRow("get, unknown")
            << "GET"_ba << keysPath + u"/CWABCDEFGHIJKLMN"_s << unknown << u"invalid"_s;
        QTest::newRow("revoke, none") << "POST"_ba << revokeKeyPath << QByteArray() << u"missing"_s;
        QTest::newRow("revoke principal, unknown")
            << "POST"_ba << revokePrincipalPath << unknown << u"invalid"_s;
        QTest::newRow("status, none") << "PUT"_ba << statusPath << QByteArray() << u"missing"_s;
    }

    void authentication()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, authorization);
        QFETCH(QString, messagePart);

        m_sandbox->seedSamples(5);
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const QByteArray body = method == "GET" ? QByteArray() : R"({"durationSeconds":0})"_ba;
        const RawReply reply = m_http->send(method, path, headers, body);
        checkStatus(reply, 401, 16, messagePart);
        QCOMPARE(reply.header("WWW-Authenticate"), "Bearer"_ba);
        QCOMPARE(m_sandbox->keyCount(), 5);
    }

    void createPermanent()
    {
        const QJsonObject key = createKey(0, u"training-data"_s);
        QCOMPARE(fieldNames(key),
                 (QSet<QString>{u"accessKeyId"_s, u"secretKey"_s, u"principalName"_s, u"expiry"_s,
                                u"attributes"_s}));
        static const QRegularExpression id(u"^CW[A-Z0-9]{14}$"_s);
        static const QRegularExpression secret(u"^cwo[A-Za-z0-9]{40}$"_s);
        QVERIFY(id.match(key[u"accessKeyId"_s].toString()).hasMatch());
        QVERIFY(secret.match(key[u"secretKey"_s].toString()).hasMatch());
        QCOMPARE(key[u"principalName"_s].toString(), m_sandbox->principalName());
        QCOMPARE(key[u"expiry"_s].toString(), permanentExpiry);
        QCOMPARE(key[u"attributes"_s].toObject(), (QJsonObject{{u"name"_s, u"training-data"_s}}));
        QCOMPARE(m_sandbox->keyCount(), 1);
        QCOMPARE(m_sandbox->createRequestCount(), 1);
    }

    void createTemporary()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const QJsonObject key = createKey(3600);
        const QDateTime after = QDateTime::currentDateTimeUtc();
        QVERIFY(!key.isEmpty());
        QCOMPARE(key[u"attributes"_s].toObject(), QJsonObject());
        static const QRegularExpression rfc3339(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"_s);
        QVERIFY(rfc3339.match(key[u"expiry"_s].toString()).hasMatch());
        const QDateTime expiry = expiryOf(key);
        QVERIFY(expiry >= before.addSecs(3600 - 1));
        QVERIFY(expiry <= after.addSecs(3600));

        const QJsonObject again = createKey(3600);
        QVERIFY(again[u"accessKeyId"_s] != key[u"accessKeyId"_s]);
        QVERIFY(again[u"secretKey"_s] != key[u"secretKey"_s]);
    }

    void durationBounds_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("messagePart"); // for a 400

        QTest::newRow("0 permanent") << R"({"durationSeconds":0})"_ba << 200 << QString();
        QTest::newRow("1 second") << R"({"durationSeconds":1})"_ba << 200 << QString();
        QTest::newRow("12 hours") << R"({"durationSeconds":43200})"_ba << 200 << QString();
        QTest::newRow("quoted integer") << R"({"durationSeconds":"300"})"_ba << 200 << QString();
        QTest::newRow("with name")
            << R"({"durationSeconds":60,"attributes":{"name":"x"}})"_ba << 200 << QString();
        QTest::newRow("43201") << R"({"durationSeconds":43201})"_ba << 400 << u"durationSeconds"_s;
        QTest::newRow("-1") << R"({"durationSeconds":-1})"_ba << 400 << u"durationSeconds"_s;
        QTest::newRow("huge") << R"({"durationSeconds":99999999999999999999})"_ba << 400
                              << u"durationSeconds"_s;
        QTest::newRow("abc") << R"({"durationSeconds":"abc"})"_ba << 400 << u"durationSeconds"_s;
        QTest::newRow("fraction") << R"({"durationSeconds":1.5})"_ba << 400 << u"durationSeconds"_s;
        QTest::newRow("boolean") << R"({"durationSeconds":true})"_ba << 400 << u"durationSeconds"_s;
        QTest::newRow("null") << R"({"durationSeconds":null})"_ba << 400 << u"durationSeconds"_s;
        QTest::newRow("missing") << R"({"attributes":{"name":"x"}})"_ba << 400
                                 << u"durationSeconds"_s;
        QTest::newRow("empty body") << QByteArray() << 400 << u"durationSeconds"_s;
        QTest::newRow("not JSON") << "durationSeconds=0"_ba << 400 << u"JSON"_s;
        QTest::newRow("array") << "[0]"_ba << 400 << u"object"_s;
        QTest::newRow("attributes not an object")
            << R"({"durationSeconds":0,"attributes":"x"})"_ba << 400 << u"attributes"_s;
        QTest::newRow("attribute not a string")
            << R"({"durationSeconds":0,"attributes":{"name":7}})"_ba << 400 << u"attributes.name"_s;
    }

    void durationBounds()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, messagePart);

        const RawReply reply = send("POST", keysPath, body);
        QCOMPARE(m_sandbox->createRequestCount(), 1);
        if (status == 200) {
            QCOMPARE(reply.status, 200);
            QCOMPARE(m_sandbox->keyCount(), 1);
            return;
        }
        checkStatus(reply, 400, 3, messagePart);
        QCOMPARE(m_sandbox->keyCount(), 0);
    }

    void listPagesThrough2500Keys()
    {
        m_sandbox->seedSamples(2500);
        QCOMPARE(m_sandbox->keyCount(), 2500);

        QSet<QString> ids;
        const QList<int> expectedSizes{1000, 1000, 500, 0};
        for (int page = 0; page < expectedSizes.size(); ++page) {
            const QJsonArray info = listInfo(u"offset=%1&limit=1000"_s.arg(page * 1000));
            QCOMPARE(info.size(), expectedSizes[page]);
            for (const QJsonValue& value : info) {
                const QJsonObject key = value.toObject();
                QCOMPARE(fieldNames(key),
                         (QSet<QString>{u"accessKeyId"_s, u"status"_s, u"principalName"_s,
                                        u"attributes"_s, u"expiry"_s, u"orgId"_s,
                                        u"multiAttributes"_s}));
                ids.insert(key[u"accessKeyId"_s].toString());
            }
        }
        QCOMPARE(ids.size(), 2500);
        QCOMPARE(listAll().size(), 2500);
    }

    void listQuery_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("count"); // -1: a 400 naming `field`
        QTest::addColumn<QString>("field");

        QTest::newRow("default limit") << QString() << 100 << QString();
        QTest::newRow("limit 1") << u"limit=1"_s << 1 << QString();
        QTest::newRow("limit 1000") << u"limit=1000"_s << 150 << QString();
        QTest::newRow("offset 140") << u"offset=140"_s << 10 << QString();
        QTest::newRow("offset past the end") << u"offset=5000&limit=10"_s << 0 << QString();
        QTest::newRow("unspecified status")
            << u"status=ACCESS_KEY_STATUS_UNSPECIFIED&limit=1000"_s << 150 << QString();
        QTest::newRow("limit 0") << u"limit=0"_s << -1 << u"limit"_s;
        QTest::newRow("limit 1001") << u"limit=1001"_s << -1 << u"limit"_s;
        QTest::newRow("limit abc") << u"limit=abc"_s << -1 << u"limit"_s;
        QTest::newRow("negative offset") << u"offset=-1"_s << -1 << u"offset"_s;
        QTest::newRow("offset beyond uint32") << u"offset=4294967296"_s << -1 << u"offset"_s;
        QTest::newRow("unknown status") << u"status=DISABLED"_s << -1 << u"status"_s;
    }

    void listQuery()
    {
        QFETCH(QString, query);
        QFETCH(int, count);
        QFETCH(QString, field);

        m_sandbox->seedSamples(150);
        const RawReply reply = list(query);
        if (count < 0) {
            checkStatus(reply, 400, 3, field);
            return;
        }
        QCOMPARE(reply.status, 200);
        QCOMPARE(fieldNames(reply.object()), QSet<QString>{u"info"_s});
        QCOMPARE(reply.object()[u"info"_s].toArray().size(), count);
    }

    void listIsOrderedByCreation()
    {
        m_sandbox->seedSamples(20);
        const QJsonObject first = createKey(0, u"first"_s);
        const QJsonObject second = createKey(60, u"second"_s);
        const QJsonObject third = createKey(0);
        const QList<QJsonObject> keys = listAll();
        QCOMPARE(keys.size(), 23);
        QCOMPARE(keys[20][u"accessKeyId"_s], first[u"accessKeyId"_s]);
        QCOMPARE(keys[21][u"accessKeyId"_s], second[u"accessKeyId"_s]);
        QCOMPARE(keys[22][u"accessKeyId"_s], third[u"accessKeyId"_s]);
        // Paging one at a time walks the same order.
        for (int i = 0; i < keys.size(); ++i) {
            const QJsonArray page = listInfo(u"offset=%1&limit=1"_s.arg(i));
            QCOMPARE(page.size(), 1);
            QCOMPARE(page[0].toObject(), keys[i]);
        }
    }

    void samplesShowEveryState()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_sandbox->seedSamples(30, now);
        const QList<QJsonObject> keys = listAll();
        QCOMPARE(keys.size(), 30);

        QSet<QString> principals;
        QSet<QString> suspendedPrincipals;
        QSet<QString> orgIds;
        int permanent = 0, expiresSoon = 0, expiredToday = 0, named = 0, unnamed = 0;
        for (const QJsonObject& key : keys) {
            const QString principal = key[u"principalName"_s].toString();
            principals.insert(principal);
            orgIds.insert(key[u"orgId"_s].toString());
            if (key[u"status"_s].toString() == suspended)
                suspendedPrincipals.insert(principal);
            else
                QCOMPARE(key[u"status"_s].toString(), active);
            const QDateTime expiry = expiryOf(key);
            if (key[u"expiry"_s].toString() == permanentExpiry)
                ++permanent;
            else if (expiry > now) {
                QVERIFY(expiry <= now.addSecs(12 * 3600));
                ++expiresSoon;
            } else {
                QVERIFY(expiry > now.addDays(-1));
                ++expiredToday;
            }
            if (key[u"attributes"_s].toObject().contains(u"name"_s))
                ++named;
            else
                ++unnamed;
            QCOMPARE(key[u"multiAttributes"_s].toObject(), QJsonObject());
        }
        QCOMPARE(principals, (QSet<QString>{m_sandbox->principalName(), dataTeam,
                                            u"coreweave/ueqXfgRCYGqptEXAMPLE1"_s, contractor}));
        QCOMPARE(suspendedPrincipals, QSet<QString>{contractor});
        QCOMPARE(orgIds.size(), 1);
        QVERIFY(!orgIds.begin()->isEmpty());
        QVERIFY(permanent > 0);
        QVERIFY(expiresSoon > 0);
        QVERIFY(expiredToday > 0);
        QVERIFY(named > 0);
        QVERIFY(unnamed > 0);
    }

    // Expired temporary keys stay listed for a day after expiry, then they are gone.
    void expiredKeysListedForADay()
    {
        m_sandbox->seedSamples(30, QDateTime::currentDateTimeUtc().addDays(-2));
        const QList<QJsonObject> keys = listAll();
        QVERIFY(!keys.isEmpty());
        QVERIFY(keys.size() < 30);
        QCOMPARE(m_sandbox->keyCount(), keys.size());
        for (const QJsonObject& key : keys)
            QCOMPARE(key[u"expiry"_s].toString(), permanentExpiry);

        const QJsonObject shortLived = createKey(1);
        const QString id = shortLived[u"accessKeyId"_s].toString();
        QThread::msleep(1100);
        const RawReply reply = send("GET", keysPath + u'/' + id);
        QCOMPARE(reply.status, 200);
        QVERIFY(expiryOf(reply.object()[u"info"_s].toObject()) < QDateTime::currentDateTimeUtc());
        QCOMPARE(listAll().size(), keys.size() + 1);
    }

    void statusFilter()
    {
        m_sandbox->seedSamples(300);
        const QList<QJsonObject> all = listAll();
        const QList<QJsonObject> activeKeys = listAll(active);
        const QList<QJsonObject> suspendedKeys = listAll(suspended);
        QCOMPARE(all.size(), 300);
        QVERIFY(!activeKeys.isEmpty());
        QVERIFY(!suspendedKeys.isEmpty());
        QCOMPARE(activeKeys.size() + suspendedKeys.size(), all.size());
        for (const QJsonObject& key : activeKeys)
            QCOMPARE(key[u"status"_s].toString(), active);
        for (const QJsonObject& key : suspendedKeys) {
            QCOMPARE(key[u"status"_s].toString(), suspended);
            QCOMPARE(key[u"principalName"_s].toString(), contractor);
        }
    }

    void getOne()
    {
        m_sandbox->seedSamples(10);
        const QJsonObject created = createKey(0, u"get-me"_s);
        const QString id = created[u"accessKeyId"_s].toString();
        const RawReply reply = send("GET", keysPath + u'/' + id);
        QCOMPARE(reply.status, 200);
        QCOMPARE(fieldNames(reply.object()), QSet<QString>{u"info"_s});
        const QJsonObject info = reply.object()[u"info"_s].toObject();
        QCOMPARE(info, listAll().last());
        QCOMPARE(info[u"accessKeyId"_s].toString(), id);
        QCOMPARE(info[u"status"_s].toString(), active);
        QCOMPARE(info[u"principalName"_s].toString(), m_sandbox->principalName());
        QCOMPARE(info[u"attributes"_s].toObject(), (QJsonObject{{u"name"_s, u"get-me"_s}}));
        QCOMPARE(info[u"expiry"_s].toString(), permanentExpiry);

        checkStatus(send("GET", keysPath + u"/CW00000000000000"_s), 404, 5, u"CW00000000000000"_s);
        checkStatus(send("GET", keysPath + u"/CW00000000000000/extra"_s), 404, 5);
    }

    void secretShownOnlyOnCreate()
    {
        m_sandbox->seedSamples(10);
        const QJsonObject created = createKey(600, u"once"_s);
        const QByteArray secret = created[u"secretKey"_s].toString().toLatin1();
        QVERIFY(secret.startsWith("cwo"));
        const QString id = created[u"accessKeyId"_s].toString();
        const RawReply listed = list(u"limit=1000"_s);
        const RawReply one = send("GET", keysPath + u'/' + id);
        QCOMPARE(listed.status, 200);
        QCOMPARE(one.status, 200);
        QVERIFY(listed.body.contains(id.toLatin1()));
        QVERIFY(!listed.body.contains(secret));
        QVERIFY(!one.body.contains(secret));
        QVERIFY(!listed.body.contains("secretKey"));
        QVERIFY(!one.body.contains("secretKey"));
    }

    void revokeByKey()
    {
        m_sandbox->seedSamples(10);
        const QJsonObject first = createKey(0, u"revoke-me"_s);
        const QJsonObject second = createKey(0, u"keep-me"_s);
        const QString id = first[u"accessKeyId"_s].toString();
        QCOMPARE(m_sandbox->keyCount(), 12);

        const RawReply reply = post(revokeKeyPath, {{u"accessKey"_s, id}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object(), QJsonObject());
        QCOMPARE(reply.body, "{}"_ba);
        QCOMPARE(m_sandbox->keyCount(), 11);
        checkStatus(send("GET", keysPath + u'/' + id), 404, 5);
        for (const QJsonObject& key : listAll())
            QVERIFY(key[u"accessKeyId"_s].toString() != id);

        checkStatus(post(revokeKeyPath, {{u"accessKey"_s, id}}), 404, 5, id);
        checkStatus(post(revokeKeyPath, QJsonObject()), 400, 3, u"accessKey"_s);
        checkStatus(post(revokeKeyPath, {{u"accessKey"_s, 7}}), 400, 3, u"accessKey"_s);
        checkStatus(send("GET", revokeKeyPath), 405, 12);

        // The reference describes the field as the key's value: the secret works too, and an
        // unknown value that is not an id is never echoed.
        const QString secret = second[u"secretKey"_s].toString();
        QCOMPARE(post(revokeKeyPath, {{u"accessKey"_s, secret}}).status, 200);
        QCOMPARE(m_sandbox->keyCount(), 10);
        const RawReply again = post(revokeKeyPath, {{u"accessKey"_s, secret}});
        checkStatus(again, 404, 5);
        QVERIFY(!again.body.contains(secret.toLatin1()));
    }

    void revokeByPrincipal()
    {
        m_sandbox->seedSamples(60);
        const int dataTeamKeys = int(keysOf(dataTeam).size());
        QVERIFY(dataTeamKeys > 0);

        const RawReply reply = post(revokePrincipalPath, {{u"principalName"_s, dataTeam}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object(), QJsonObject());
        QVERIFY(keysOf(dataTeam).isEmpty());
        QCOMPARE(m_sandbox->keyCount(), 60 - dataTeamKeys);
        QCOMPARE(listAll().size(), 60 - dataTeamKeys);

        checkStatus(post(revokePrincipalPath, {{u"principalName"_s, dataTeam}}), 404, 5, dataTeam);
        checkStatus(post(revokePrincipalPath, QJsonObject()), 400, 3, u"principalName"_s);
        checkStatus(post(revokePrincipalPath, {{u"principalName"_s, QString()}}), 400, 3,
                    u"principalName"_s);
    }

    void suspendAndReactivatePrincipal()
    {
        m_sandbox->seedSamples(60);
        createKey(0, u"mine"_s);
        createKey(3600);
        const QString admin = m_sandbox->principalName();
        const int adminKeys = int(keysOf(admin).size());
        const int contractorKeys = int(keysOf(contractor).size());
        QVERIFY(adminKeys >= 2);
        QVERIFY(contractorKeys > 0);
        const int dataTeamActive = int(keysOf(dataTeam).size());

        const auto setStatus = [&](const QString& principal, const QString& status) {
            return send("PUT", statusPath,
                        compact({{u"principalName"_s, principal}, {u"status"_s, status}}));
        };

        const RawReply suspend = setStatus(admin, suspended);
        QCOMPARE(suspend.status, 200);
        QVERIFY(suspend.body.isEmpty());
        for (const QJsonObject& key : keysOf(admin))
            QCOMPARE(key[u"status"_s].toString(), suspended);
        for (const QJsonObject& key : keysOf(dataTeam))
            QCOMPARE(key[u"status"_s].toString(), active);
        QCOMPARE(int(listAll(suspended).size()), adminKeys + contractorKeys);
        QCOMPARE(m_sandbox->keyCount(), 62); // suspended keys still exist

        QCOMPARE(setStatus(admin, active).status, 200);
        for (const QJsonObject& key : keysOf(admin))
            QCOMPARE(key[u"status"_s].toString(), active);
        for (const QJsonObject& key : keysOf(contractor))
            QCOMPARE(key[u"status"_s].toString(), suspended);

        QCOMPARE(setStatus(contractor, active).status, 200);
        QVERIFY(listAll(suspended).isEmpty());
        QCOMPARE(int(keysOf(dataTeam).size()), dataTeamActive);

        checkStatus(setStatus(u"coreweave/nobody"_s, suspended), 404, 5, u"coreweave/nobody"_s);
        checkStatus(setStatus(admin, u"DISABLED"_s), 400, 3, u"status"_s);
        checkStatus(setStatus(admin, u"ACCESS_KEY_STATUS_UNSPECIFIED"_s), 400, 3, u"status"_s);
        checkStatus(send("PUT", statusPath, compact({{u"principalName"_s, admin}})), 400, 3,
                    u"status"_s);
        checkStatus(send("PUT", statusPath, compact({{u"status"_s, suspended}})), 400, 3,
                    u"principalName"_s);
        checkStatus(send("POST", statusPath, compact({{u"principalName"_s, admin}})), 405, 12);
        for (const QJsonObject& key : keysOf(admin))
            QCOMPARE(key[u"status"_s].toString(), active);
    }

    // Suspension touches one principal's keys and nothing else, key by key.
    void suspensionLeavesOtherKeysAlone()
    {
        m_sandbox->seedSamples(30);
        const QString admin = m_sandbox->principalName();
        QMap<QString, QJsonObject> before;
        for (const QJsonObject& key : listAll())
            before.insert(key[u"accessKeyId"_s].toString(), key);
        const auto setStatus = [&](const QString& status) {
            return send("PUT", statusPath,
                        compact({{u"principalName"_s, admin}, {u"status"_s, status}}));
        };
        for (const QString& status : {suspended, active}) {
            QCOMPARE(setStatus(status).status, 200);
            const QList<QJsonObject> after = listAll();
            QCOMPARE(after.size(), before.size());
            for (QJsonObject key : after) {
                const QString id = key[u"accessKeyId"_s].toString();
                QVERIFY2(before.contains(id), qPrintable(id));
                if (key[u"principalName"_s].toString() == admin) {
                    QCOMPARE(key[u"status"_s].toString(), status);
                    key[u"status"_s] = before[id][u"status"_s];
                }
                QCOMPARE(key, before[id]);
            }
        }
    }

    void unknownPathsAndMethods()
    {
        checkStatus(send("GET", u"/v1/cwobject/nothing"_s), 404, 5);
        const RawReply reply = send("DELETE", keysPath);
        checkStatus(reply, 405, 12);
        QCOMPARE(reply.header("Allow"), "GET, POST"_ba);
    }

    void faults_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("grpcCode");
        QTest::addColumn<QByteArray>("retryAfter");

        QTest::newRow("429") << int(Fault::Kind::TooManyRequests) << 429 << 8 << "7"_ba;
        QTest::newRow("500") << int(Fault::Kind::InternalError) << 500 << 13 << QByteArray();
        QTest::newRow("503") << int(Fault::Kind::Unavailable) << 503 << 14 << "7"_ba;
    }

    void faults()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(int, grpcCode);
        QFETCH(QByteArray, retryAfter);

        Fault fault;
        fault.kind = Fault::Kind(kind);
        fault.method = "POST";
        fault.pathPrefix = keysPath;
        fault.retryAfterSeconds = 7;
        m_sandbox->injectFault(fault);

        const RawReply failed = post(keysPath, {{u"durationSeconds"_s, 0}});
        checkStatus(failed, status, grpcCode);
        QCOMPARE(failed.header("Retry-After"), retryAfter);
        QCOMPARE(m_sandbox->createRequestCount(), 0);
        QCOMPARE(m_sandbox->keyCount(), 0);

        // Used up: the next create goes through.
        QCOMPARE(post(keysPath, {{u"durationSeconds"_s, 0}}).status, 200);
        QCOMPARE(m_sandbox->createRequestCount(), 1);
        QCOMPARE(m_sandbox->keyCount(), 1);
    }

    void faultAfterCommitStillCreates()
    {
        Fault fault;
        fault.kind = Fault::Kind::FailAfterCommit;
        fault.method = "POST";
        fault.pathPrefix = keysPath;
        fault.count = -1;
        m_sandbox->injectFault(fault);

        const RawReply reply = post(keysPath, {{u"durationSeconds"_s, 0}});
        QVERIFY(reply.finished);
        QCOMPARE(reply.status, 0);
        QVERIFY(reply.error != QNetworkReply::NoError);
        QVERIFY(m_sandbox->createRequestCount() >= 1);
        QCOMPARE(m_sandbox->keyCount(), m_sandbox->createRequestCount());

        m_sandbox->clearFaults();
        QCOMPARE(listAll().size(), m_sandbox->keyCount());
    }

    void malformedListBody()
    {
        Fault fault;
        fault.kind = Fault::Kind::MalformedBody;
        fault.method = "GET";
        m_sandbox->injectFault(fault);
        const RawReply reply = list();
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.document().isNull());
        QCOMPARE(list().status, 200);
    }

    void controlEndpointsNeedTheToken()
    {
        m_sandbox->seedSamples(3);
        const RawReply stats = send("GET", u"/_sandbox/stats"_s);
        QCOMPARE(stats.status, 200);
        QCOMPARE(stats.object()[u"keys"_s].toInt(), 3);
        checkStatus(m_http->send("GET", u"/_sandbox/stats"_s), 401, 16);
        checkStatus(m_http->send("POST", u"/_sandbox/faults"_s, RawHttp::bearer(QString(48, u'x')),
                                 R"({"kind":"500"})"_ba),
                    401, 16);
    }
};

QTEST_GUILESS_MAIN(TestCoreWeaveApi)
#include "test_sandbox_coreweave_api.moc"

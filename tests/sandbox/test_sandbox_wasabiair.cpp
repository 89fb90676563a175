#include "RawHttp.h"
#include "sandbox/wasabiair/WasabiAirSandbox.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using kw::sandbox::Fault;
using kw::sandbox::WasabiAirSandbox;
using kw::sandbox::test::RawHttp;
using kw::sandbox::test::RawReply;

namespace {

const QString keysPath = u"/api/data/api-keys"_s;

constexpr QByteArray::Base64Options base64Url =
    QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QString keyPath(const QString& id)
{
    return keysPath + u'/' + id;
}

QString errorOf(const RawReply& reply)
{
    return reply.object().value(u"error"_s).toString();
}

QJsonObject jwtPart(const QString& jwt, int index)
{
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(jwt.toLatin1().split('.').value(index), base64Url))
        .object();
}

QByteArray encodePart(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(base64Url);
}

bool matches(const QString& pattern, const QString& text)
{
    return QRegularExpression(u"\\A(?:"_s + pattern + u")\\z"_s).match(text).hasMatch();
}

const QString hex64 = u"[0-9a-f]{64}"_s;
const QString hex32 = u"[0-9a-f]{32}"_s;
const QString rfc3339Micro = u"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z"_s;
const QString defaultName = u"API key \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d"_s;

QDateTime timestamp(const QJsonObject& key, const QString& field)
{
    return QDateTime::fromString(key.value(field).toString(), Qt::ISODateWithMs);
}

} // namespace

class TestWasabiAirSandbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WasabiAirSandbox> m_sandbox;
    std::unique_ptr<RawHttp> m_http;
    QString m_admin;

    RawReply patch(const QString& id, const QByteArray& body, const QString& token = {})
    {
        return m_http->send("PATCH", keyPath(id),
                            RawHttp::bearer(token.isEmpty() ? m_admin : token), body);
    }
    RawReply patch(const QString& id, const QJsonObject& body, const QString& token = {})
    {
        return patch(id, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
    }

    QJsonObject createKey(const QJsonObject& body = {})
    {
        const RawReply reply = m_http->post(keysPath, m_admin, body);
        if (reply.status != 201)
            qWarning() << reply.status << reply.body;
        return reply.status == 201 ? reply.object() : QJsonObject();
    }

    QJsonArray listKeys(const QString& token = {})
    {
        const RawReply reply = m_http->get(keysPath, token.isEmpty() ? m_admin : token);
        if (reply.status != 200)
            qWarning() << reply.status << reply.body;
        return reply.object().value(u"api-keys"_s).toArray();
    }

    QJsonObject listedKey(const QString& id)
    {
        for (const QJsonValue& key : listKeys()) {
            if (key[u"id"_s].toString() == id)
                return key.toObject();
        }
        return {};
    }

    int statusWith(const QString& jwt) { return m_http->get(keysPath, jwt).status; }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<WasabiAirSandbox>();
        QVERIFY(m_sandbox->listen());
        m_http = std::make_unique<RawHttp>(m_sandbox->url());
        m_admin = m_sandbox->adminToken();
    }

    void cleanup()
    {
        m_http.reset();
        m_sandbox.reset();
    }

    void adminTokenIsAnHs256JwtOfTheUser()
    {
        QVERIFY(matches(hex32, m_sandbox->userId()));
        QVERIFY(m_admin.startsWith(u"eyJ"_s)); // providers.md A.11
        QCOMPARE(m_admin.count(u'.'), 2);
        const QJsonObject header = jwtPart(m_admin, 0);
        QCOMPARE(header, (QJsonObject{{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}}));
        const QJsonObject claims = jwtPart(m_admin, 1);
        QCOMPARE(claims.value(u"sub"_s).toString(), m_sandbox->userId());
        QVERIFY(matches(hex64, claims.value(u"jti"_s).toString()));
        QVERIFY(claims.value(u"iat"_s).isDouble());
        QVERIFY(!claims.contains(u"exp"_s));

        // The admin key is an ordinary key of the user, listed like any other.
        const QJsonArray keys = listKeys();
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys[0][u"jwt"_s].toString(), m_admin);
        QCOMPARE(keys[0][u"id"_s].toString(), claims.value(u"jti"_s).toString());

        WasabiAirSandbox other;
        QVERIFY(other.adminToken() != m_admin);
        QVERIFY(other.userId() != m_sandbox->userId());
    }

    void authentication_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("error"); // a part of it
        QTest::newRow("no header") << u"none"_s << u"missing"_s;
        QTest::newRow("empty bearer") << u"empty"_s << u"Bearer"_s;
        QTest::newRow("basic scheme") << u"basic"_s << u"Bearer"_s;
        QTest::newRow("raw token, no scheme") << u"raw"_s << u"Bearer"_s;
        QTest::newRow("garbage") << u"garbage"_s << u"invalid"_s;
        QTest::newRow("forged payload") << u"forged"_s << u"invalid"_s;
        QTest::newRow("another sandbox's key") << u"foreign"_s << u"invalid"_s;
        QTest::newRow("alg none") << u"none-alg"_s << u"invalid"_s;
        QTest::newRow("deleted key") << u"deleted"_s << u"deleted"_s;
        QTest::newRow("inactive key") << u"inactive"_s << u"disabled"_s;
    }

    void authentication()
    {
        QFETCH(QString, kind);
        QFETCH(QString, error);
        const QJsonObject victim = createKey({{u"name"_s, u"victim"_s}});
        const QString victimId = victim[u"id"_s].toString();
        const QByteArray victimJwt = victim[u"jwt"_s].toString().toLatin1();
        const QList<QByteArray> adminParts = m_admin.toLatin1().split('.');

        QList<std::pair<QByteArray, QByteArray>> headers;
        const auto bearer = [&](const QByteArray& token) {
            headers = {{"Authorization", "Bearer " + token}};
        };
        WasabiAirSandbox other;
        if (kind == u"empty"_s) {
            headers = {{"Authorization", "Bearer "_ba}};
        } else if (kind == u"basic"_s) {
            headers = {{"Authorization", "Basic " + victimJwt.toBase64()}};
        } else if (kind == u"raw"_s) {
            headers = {{"Authorization", victimJwt}};
        } else if (kind == u"garbage"_s) {
            bearer("definitely-not-a-jwt");
        } else if (kind == u"forged"_s) {
            // The admin's genuine signature over a payload that names another key.
            bearer(adminParts[0] + '.' +
                   encodePart({{u"sub"_s, m_sandbox->userId()},
                               {u"jti"_s, victimId},
                               {u"iat"_s, 1700000000}}) +
                   '.' + adminParts[2]);
        } else if (kind == u"foreign"_s) {
            bearer(other.adminToken().toLatin1());
        } else if (kind == u"none-alg"_s) {
            bearer(encodePart({{u"alg"_s, u"none"_s}, {u"typ"_s, u"JWT"_s}}) + '.' + adminParts[1] +
                   '.');
        } else if (kind == u"deleted"_s) {
            QCOMPARE(m_http->del(keyPath(victimId), m_admin).status, 200);
            bearer(victimJwt);
        } else if (kind == u"inactive"_s) {
            QCOMPARE(patch(victimId, QJsonObject{{u"active"_s, false}}).status, 200);
            bearer(victimJwt);
        }

        // Every operation is guarded, not only the list.
        const QList<std::pair<QByteArray, QString>> calls{{"GET", keysPath},
                                                          {"POST", keysPath},
                                                          {"PATCH", keyPath(victimId)},
                                                          {"DELETE", keyPath(victimId)}};
        const int keysBefore = m_sandbox->keyCount();
        for (const auto& [method, path] : calls) {
            const QByteArray body = method == "POST" || method == "PATCH"
                                        ? R"({"name":"should not happen"})"_ba
                                        : QByteArray();
            const RawReply reply = m_http->send(method, path, headers, body);
            QCOMPARE(reply.status, 401);
            QVERIFY2(errorOf(reply).contains(error, Qt::CaseInsensitive), reply.body.constData());
            QCOMPARE(reply.header("WWW-Authenticate"), "Bearer"_ba);
            QVERIFY(reply.header("Content-Type").startsWith("application/json"));
        }
        QCOMPARE(m_sandbox->keyCount(), keysBefore);
        if (kind != u"deleted"_s)
            QCOMPARE(listedKey(victimId)[u"name"_s].toString(), u"victim"_s);
    }

    void listShape()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_sandbox->seedSamples(30, now);
        const RawReply reply = m_http->get(keysPath, m_admin);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Content-Type").startsWith("application/json"));
        QCOMPARE(reply.object().keys(), QStringList{u"api-keys"_s});
        const QJsonArray keys = reply.object().value(u"api-keys"_s).toArray();
        QCOMPARE(keys.size(), 31);
        QCOMPARE(m_sandbox->keyCount(), 31);

        const QStringList fields{u"active"_s, u"created_at"_s, u"id"_s,     u"jwt"_s,
                                 u"name"_s,   u"updated_at"_s, u"user_id"_s};
        QSet<QString> ids;
        int inactive = 0;
        int defaultNamed = 0;
        QDateTime previous;
        QDateTime oldest = now;
        QDateTime newest;
        QString inactiveJwt;
        QString activeSampleJwt;
        for (const QJsonValue& value : keys) {
            const QJsonObject key = value.toObject();
            QCOMPARE(key.keys(), fields);
            QVERIFY(matches(hex64, key[u"id"_s].toString()));
            QCOMPARE(key[u"user_id"_s].toString(), m_sandbox->userId());
            QVERIFY(key[u"active"_s].isBool());
            QVERIFY(matches(rfc3339Micro, key[u"created_at"_s].toString()));
            QVERIFY(matches(rfc3339Micro, key[u"updated_at"_s].toString()));
            const QString jwt = key[u"jwt"_s].toString();
            QCOMPARE(jwtPart(jwt, 1).value(u"jti"_s).toString(), key[u"id"_s].toString());
            const QString name = key[u"name"_s].toString();
            QVERIFY(!name.isEmpty());
            if (matches(defaultName, name))
                ++defaultNamed;
            ids.insert(key[u"id"_s].toString());

            const QDateTime created = timestamp(key, u"created_at"_s);
            QVERIFY(created.isValid());
            QVERIFY(timestamp(key, u"updated_at"_s) >= created);
            QVERIFY(created <= now);
            if (previous.isValid())
                QVERIFY(created >= previous); // oldest first
            previous = created;
            oldest = std::min(oldest, created);
            newest = std::max(newest, created);
            if (!key[u"active"_s].toBool()) {
                ++inactive;
                inactiveJwt = jwt;
            } else if (jwt != m_admin) {
                activeSampleJwt = jwt;
            }
        }
        QCOMPARE(ids.size(), 31);
        QVERIFY2(inactive >= 4 && inactive <= 8, qPrintable(QString::number(inactive)));
        QVERIFY2(defaultNamed >= 5 && defaultNamed <= 25,
                 qPrintable(QString::number(defaultNamed)));
        QVERIFY(oldest < now.addDays(-365));
        QVERIFY(oldest >= now.addDays(-731));
        QVERIFY(newest > now.addDays(-7));

        // Listed JWTs are the real keys: an active one works, an inactive one does not.
        QCOMPARE(statusWith(activeSampleJwt), 200);
        QCOMPARE(statusWith(inactiveJwt), 401);
    }

    void listCanOmitNamesAsTheDocumentedShape()
    {
        m_sandbox->setListsNames(false);
        const QJsonArray keys = listKeys();
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys[0].toObject().keys(), (QStringList{u"active"_s, u"created_at"_s, u"id"_s,
                                                         u"jwt"_s, u"updated_at"_s, u"user_id"_s}));
    }

    void createWithName()
    {
        const int creates = m_sandbox->createRequestCount();
        const RawReply reply =
            m_http->post(keysPath, m_admin, {{u"name"_s, u"Slack integration"_s}});
        QCOMPARE(reply.status, 201);
        const QJsonObject key = reply.object();
        QCOMPARE(key[u"name"_s].toString(), u"Slack integration"_s);
        QCOMPARE(key[u"active"_s].toBool(), true);
        QCOMPARE(key[u"user_id"_s].toString(), m_sandbox->userId());
        QVERIFY(matches(hex64, key[u"id"_s].toString()));
        QCOMPARE(key[u"created_at"_s], key[u"updated_at"_s]);
        QVERIFY(qAbs(timestamp(key, u"created_at"_s).secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(m_sandbox->createRequestCount(), creates + 1);
        QCOMPARE(m_sandbox->keyCount(), 2);

        // The new JWT works at once (the verify path of providers.md A.9) and is listed again.
        const QString jwt = key[u"jwt"_s].toString();
        QCOMPARE(statusWith(jwt), 200);
        QCOMPARE(listedKey(key[u"id"_s].toString()), key);
    }

    void createWithoutName_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("no body") << QByteArray();
        QTest::newRow("empty object") << "{}"_ba;
        QTest::newRow("empty name") << R"({"name":""})"_ba;
        QTest::newRow("blank name") << R"({"name":"   "})"_ba;
        QTest::newRow("null name") << R"({"name":null})"_ba;
        QTest::newRow("other fields only") << R"({"description":"ignored"})"_ba;
    }

    void createWithoutName()
    {
        QFETCH(QByteArray, body);
        const RawReply reply = m_http->send("POST", keysPath, RawHttp::bearer(m_admin), body);
        QCOMPARE(reply.status, 201);
        const QString name = reply.object()[u"name"_s].toString();
        QVERIFY2(matches(defaultName, name), qPrintable(name));
        const QString expected =
            u"API key "_s + QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd"_s);
        QVERIFY(name.startsWith(expected));
        QCOMPARE(m_sandbox->keyCount(), 2);
    }

    void createNameLength_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("status");
        QTest::newRow("128 ASCII") << QString(128, u'n') << 201;
        QTest::newRow("129 ASCII") << QString(129, u'n') << 400;
        QTest::newRow("128 accented (256 bytes)") << QString(128, u'\u00e9') << 201;
        QTest::newRow("128 emoji (256 UTF-16 units)")
            << QString::fromUcs4(std::u32string(128, U'\U0001F511').c_str(), 128) << 201;
    }

    void createNameLength()
    {
        QFETCH(QString, name);
        QFETCH(int, status);
        const RawReply reply = m_http->post(keysPath, m_admin, {{u"name"_s, name}});
        QCOMPARE(reply.status, status);
        if (status == 201) {
            QCOMPARE(reply.object()[u"name"_s].toString(), name);
        } else {
            QVERIFY(errorOf(reply).contains(u"128"_s));
            QCOMPARE(m_sandbox->keyCount(), 1);
        }
    }

    void createValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("not JSON") << "name=Slack"_ba << u"JSON"_s;
        QTest::newRow("truncated JSON") << "{\"name\": \"Sla"_ba << u"JSON"_s;
        QTest::newRow("array") << R"(["Slack"])"_ba << u"object"_s;
        QTest::newRow("string") << R"("Slack")"_ba << u"object"_s;
        QTest::newRow("name is a number") << R"({"name":5})"_ba << u"name"_s;
        QTest::newRow("name is an object") << R"({"name":{"text":"x"}})"_ba << u"name"_s;
    }

    void createValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const int creates = m_sandbox->createRequestCount();
        const RawReply reply = m_http->send("POST", keysPath, RawHttp::bearer(m_admin), body);
        QCOMPARE(reply.status, 400);
        QVERIFY2(errorOf(reply).contains(error), reply.body.constData());
        QCOMPARE(m_sandbox->keyCount(), 1);
        QCOMPARE(m_sandbox->createRequestCount(), creates + 1); // reached the handler
    }

    void rename()
    {
        const QJsonObject key = createKey({{u"name"_s, u"old name"_s}});
        const QString id = key[u"id"_s].toString();
        const RawReply reply = patch(id, QJsonObject{{u"name"_s, u"  New name  "_s}});
        QCOMPARE(reply.status, 200);
        const QJsonObject renamed = reply.object();
        QCOMPARE(renamed[u"name"_s].toString(), u"New name"_s);
        QVERIFY(timestamp(renamed, u"updated_at"_s) > timestamp(key, u"created_at"_s) ||
                renamed[u"updated_at"_s].toString() > key[u"updated_at"_s].toString());
        for (const QString& field : {u"id"_s, u"jwt"_s, u"active"_s, u"user_id"_s, u"created_at"_s})
            QCOMPARE(renamed[field], key[field]);
        QCOMPARE(listedKey(id), renamed);
        QCOMPARE(statusWith(key[u"jwt"_s].toString()), 200); // renaming keeps the key working
    }

    void disableEnableRoundTrip()
    {
        const QJsonObject key = createKey({{u"name"_s, u"integration"_s}});
        const QString id = key[u"id"_s].toString();
        const QString jwt = key[u"jwt"_s].toString();
        QCOMPARE(statusWith(jwt), 200);

        RawReply reply = patch(id, QJsonObject{{u"active"_s, false}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object()[u"active"_s].toBool(), false);
        QCOMPARE(reply.object()[u"name"_s].toString(), u"integration"_s);
        const QString disabledAt = reply.object()[u"updated_at"_s].toString();
        QVERIFY(disabledAt > key[u"updated_at"_s].toString());

        const RawReply refused = m_http->get(keysPath, jwt);
        QCOMPARE(refused.status, 401);
        QVERIFY(errorOf(refused).contains(u"disabled"_s));
        // Still listed, as inactive, with its JWT.
        QCOMPARE(listedKey(id)[u"active"_s].toBool(), false);
        QCOMPARE(listedKey(id)[u"jwt"_s].toString(), jwt);
        QCOMPARE(m_sandbox->keyCount(), 2);

        reply = patch(id, QJsonObject{{u"active"_s, true}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object()[u"active"_s].toBool(), true);
        QVERIFY(reply.object()[u"updated_at"_s].toString() > disabledAt);
        QCOMPARE(statusWith(jwt), 200);
    }

    void patchNameAndActiveTogether()
    {
        const QString id = createKey()[u"id"_s].toString();
        const RawReply reply =
            patch(id, QJsonObject{{u"name"_s, u"parked"_s}, {u"active"_s, false}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object()[u"name"_s].toString(), u"parked"_s);
        QCOMPARE(reply.object()[u"active"_s].toBool(), false);
    }

    void patchValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("active as a string") << R"({"active":"false"})"_ba << u"active"_s;
        QTest::newRow("active as a number") << R"({"active":0})"_ba << u"active"_s;
        QTest::newRow("active null") << R"({"active":null})"_ba << u"active"_s;
        QTest::newRow("name as a number") << R"({"name":5})"_ba << u"name"_s;
        QTest::newRow("name null") << R"({"name":null})"_ba << u"name"_s;
        QTest::newRow("empty name") << R"({"name":""})"_ba << u"empty"_s;
        QTest::newRow("name too long") << "{\"name\":\"" + QByteArray(129, 'n') + "\"}" << u"128"_s;
        QTest::newRow("valid name, bad active")
            << R"({"name":"ok","active":"yes"})"_ba << u"active"_s;
        QTest::newRow("nothing to change") << "{}"_ba << u"name"_s;
        QTest::newRow("unknown field only") << R"({"enabled":false})"_ba << u"name"_s;
        QTest::newRow("no body") << QByteArray() << u"JSON"_s;
        QTest::newRow("not JSON") << "active=false"_ba << u"JSON"_s;
        QTest::newRow("array") << "[]"_ba << u"object"_s;
    }

    void patchValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const QJsonObject key = createKey({{u"name"_s, u"unchanged"_s}});
        const RawReply reply = patch(key[u"id"_s].toString(), body);
        QCOMPARE(reply.status, 400);
        QVERIFY2(errorOf(reply).contains(error), reply.body.constData());
        QCOMPARE(listedKey(key[u"id"_s].toString()), key); // nothing applied, not even in part
    }

    void deleteKey()
    {
        const QJsonObject key = createKey({{u"name"_s, u"short-lived"_s}});
        const QString id = key[u"id"_s].toString();
        const QString jwt = key[u"jwt"_s].toString();
        QCOMPARE(statusWith(jwt), 200);

        const RawReply reply = m_http->del(keyPath(id), m_admin);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object(), (QJsonObject{{u"ok"_s, true}}));
        QCOMPARE(m_sandbox->keyCount(), 1);
        QVERIFY(listedKey(id).isEmpty());

        const RawReply refused = m_http->get(keysPath, jwt);
        QCOMPARE(refused.status, 401);
        QVERIFY(errorOf(refused).contains(u"deleted"_s));

        const RawReply again = m_http->del(keyPath(id), m_admin);
        QCOMPARE(again.status, 404);
        QCOMPARE(errorOf(again), u"api key not found"_s);
    }

    void deleteInactiveKey()
    {
        const QString id = createKey()[u"id"_s].toString();
        QCOMPARE(patch(id, QJsonObject{{u"active"_s, false}}).status, 200);
        QCOMPARE(m_http->del(keyPath(id), m_admin).status, 200);
        QVERIFY(listedKey(id).isEmpty());
    }

    void unknownKeys_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("id");
        const QString unknown(64, u'0');
        QTest::newRow("PATCH unknown") << "PATCH"_ba << unknown;
        QTest::newRow("DELETE unknown") << "DELETE"_ba << unknown;
        QTest::newRow("PATCH by JWT, not id") << "PATCH"_ba << u"{admin}"_s;
        QTest::newRow("DELETE by JWT, not id") << "DELETE"_ba << u"{admin}"_s;
        QTest::newRow("PATCH short id") << "PATCH"_ba << u"abc123"_s;
    }

    void unknownKeys()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, id);
        if (id == u"{admin}"_s)
            id = m_admin;
        const RawReply reply =
            m_http->send(method, keyPath(id), RawHttp::bearer(m_admin),
                         method == "PATCH" ? R"({"name":"x"})"_ba : QByteArray());
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.object(), (QJsonObject{{u"error"_s, u"api key not found"_s}}));
        QCOMPARE(m_sandbox->keyCount(), 1);
    }

    void routing_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("allow");
        QTest::newRow("unknown path") << "GET"_ba << u"/api/data/files"_s << 404 << QByteArray();
        QTest::newRow("nested path") << "GET"_ba << keyPath(u"a/b"_s) << 404 << QByteArray();
        QTest::newRow("PUT collection") << "PUT"_ba << keysPath << 405 << "GET, POST"_ba;
        QTest::newRow("DELETE collection") << "DELETE"_ba << keysPath << 405 << "GET, POST"_ba;
        QTest::newRow("GET one key")
            << "GET"_ba << keyPath(QString(64, u'0')) << 405 << "PATCH, DELETE"_ba;
        QTest::newRow("POST to a key")
            << "POST"_ba << keyPath(QString(64, u'0')) << 405 << "PATCH, DELETE"_ba;
    }

    void routing()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QByteArray, allow);
        const RawReply reply = m_http->send(method, path, RawHttp::bearer(m_admin));
        QCOMPARE(reply.status, status);
        QVERIFY(!errorOf(reply).isEmpty());
        QCOMPARE(reply.header("Allow"), allow);
    }

    // A key may deactivate or delete itself: the API has no rule against it (the client warns).
    void keyMayDisableItself()
    {
        const QString adminId = jwtPart(m_admin, 1).value(u"jti"_s).toString();
        const QJsonObject spare = createKey({{u"name"_s, u"spare"_s}});
        QCOMPARE(patch(adminId, QJsonObject{{u"active"_s, false}}).status, 200);
        QCOMPARE(statusWith(m_admin), 401);
        // Another key of the user can switch it back on.
        QCOMPARE(
            patch(adminId, QJsonObject{{u"active"_s, true}}, spare[u"jwt"_s].toString()).status,
            200);
        QCOMPARE(statusWith(m_admin), 200);
    }

    void keyMayDeleteItself()
    {
        const QString adminId = jwtPart(m_admin, 1).value(u"jti"_s).toString();
        const RawReply reply = m_http->del(keyPath(adminId), m_admin);
        QCOMPARE(reply.status, 200);
        QCOMPARE(statusWith(m_admin), 401);
        QCOMPARE(m_sandbox->keyCount(), 0);
    }

    void injectedFaults_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::newRow("500") << int(Fault::Kind::InternalError) << 500;
        QTest::newRow("429") << int(Fault::Kind::TooManyRequests) << 429;
        QTest::newRow("503") << int(Fault::Kind::Unavailable) << 503;
    }

    void injectedFaults()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        Fault fault;
        fault.kind = Fault::Kind(kind);
        fault.method = "GET";
        fault.pathPrefix = keysPath;
        fault.retryAfterSeconds = 7;
        m_sandbox->injectFault(fault);

        const int requests = m_sandbox->requestCount();
        const RawReply reply = m_http->get(keysPath, m_admin);
        QCOMPARE(reply.status, status);
        QVERIFY(!errorOf(reply).isEmpty()); // the provider's own error shape
        if (status != 500)
            QCOMPARE(reply.header("Retry-After"), "7"_ba);
        QCOMPARE(m_sandbox->requestCount(), requests + 1);

        QCOMPARE(listKeys().size(), 1); // one request only: the next one is served
    }

    void faultOnlyMatchesItsMethod()
    {
        Fault fault;
        fault.kind = Fault::Kind::InternalError;
        fault.method = "POST";
        fault.pathPrefix = keysPath;
        m_sandbox->injectFault(fault);
        QCOMPARE(m_http->get(keysPath, m_admin).status, 200);
        QCOMPARE(m_http->post(keysPath, m_admin, {}).status, 500);
        QCOMPARE(m_sandbox->createRequestCount(), 0); // answered instead of the handler
        QCOMPARE(m_sandbox->keyCount(), 1);
    }

    void failAfterCommitCreatesTheKey()
    {
        Fault fault;
        fault.kind = Fault::Kind::FailAfterCommit;
        fault.method = "POST";
        fault.count = -1;
        m_sandbox->injectFault(fault);
        const RawReply reply = m_http->post(keysPath, m_admin, {{u"name"_s, u"lost reply"_s}});
        QCOMPARE(reply.status, 0);
        QVERIFY(reply.error != QNetworkReply::NoError);
        m_sandbox->clearFaults();
        // Each attempt that reached the handler made a key, though no answer came back.
        QVERIFY(m_sandbox->createRequestCount() >= 1);
        QCOMPARE(m_sandbox->keyCount(), 1 + m_sandbox->createRequestCount());
        int lost = 0;
        for (const QJsonValue& key : listKeys())
            lost += key[u"name"_s].toString() == u"lost reply"_s;
        QCOMPARE(lost, m_sandbox->createRequestCount());
    }

    void controlEndpointsNeedAKeyOfTheUser()
    {
        RawReply reply = m_http->send("GET", u"/_sandbox/stats"_s);
        QCOMPARE(reply.status, 401);
        QVERIFY(!errorOf(reply).isEmpty());

        reply = m_http->get(u"/_sandbox/stats"_s, m_admin);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object()[u"keys"_s].toInt(), 1);

        reply = m_http->send("POST", u"/_sandbox/faults"_s, RawHttp::bearer(m_admin),
                             R"({"kind":"500","method":"GET"})"_ba);
        if (reply.status != 201)
            qWarning() << reply.body;
        QCOMPARE(reply.status, 201);
        QCOMPARE(m_http->get(keysPath, m_admin).status, 500);

        reply = m_http->send("GET", u"/_sandbox/nothing"_s, RawHttp::bearer(m_admin));
        QCOMPARE(reply.status, 404);
        QVERIFY(!errorOf(reply).isEmpty());
    }

    void overTls()
    {
        WasabiAirSandbox secure;
        QVERIFY(secure.listen(QHostAddress::LocalHost, 0, true));
        QCOMPARE(secure.url().scheme(), u"https"_s);
        RawHttp http(secure.url());
        http.setCaCertificates({secure.certificate()});
        const RawReply reply = http.get(keysPath, secure.adminToken());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object()[u"api-keys"_s].toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWasabiAirSandbox)
#include "test_sandbox_wasabiair.moc"

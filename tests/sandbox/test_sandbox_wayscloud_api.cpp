#include "RawHttp.h"
#include "sandbox/wayscloud/WaysCloudSandbox.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using kw::sandbox::WaysCloudSandbox;
using kw::sandbox::test::RawHttp;
using kw::sandbox::test::RawReply;

namespace {

const QString keysPath = u"/v1/account/api-keys"_s;
const QString servicePath = u"/v1/account/api-keys/service"_s;
const QString patPath = u"/v1/account/api-keys/pat"_s;

// A well-formed token that the sandbox never issued, made up at run time.
QString unknownToken()
{
    const QString alphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"_s;
    const auto random = [&](int length) {
        QString text;
        for (int i = 0; i < length; ++i)
            text += alphabet.at(QRandomGenerator::global()->bounded(int(alphabet.size())));
        return text;
    };
    return u"wayscloud_pat_"_s + random(10) + u'_' + random(56);
}

QString locText(const QJsonArray& loc)
{
    QStringList parts;
    for (const QJsonValue& part : loc)
        parts << (part.isDouble() ? QString::number(part.toInt()) : part.toString());
    return parts.join(u'.');
}

QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

class TestWaysCloudApi : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WaysCloudSandbox> m_sandbox;
    std::unique_ptr<RawHttp> m_http;
    QString m_admin;

    QJsonObject createKey(const QString& path, const QJsonObject& body)
    {
        const RawReply reply = m_http->post(path, m_admin, body);
        if (reply.status != 201)
            qWarning() << reply.status << reply.body;
        return reply.status == 201 ? reply.object() : QJsonObject();
    }

    QJsonObject serviceKey(const QString& service, const QStringList& whitelist = {})
    {
        return createKey(servicePath, {{u"service"_s, service},
                                       {u"name"_s, u"Test %1 key"_s.arg(service)},
                                       {u"description"_s, u"made by a test"_s},
                                       {u"ip_whitelist"_s, strings(whitelist)}});
    }

    QJsonObject listedKey(const QString& id)
    {
        for (const QJsonValue& key : m_http->get(keysPath, m_admin).array()) {
            if (key[u"id"_s].toString() == id)
                return key.toObject();
        }
        return {};
    }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<WaysCloudSandbox>();
        QVERIFY(m_sandbox->listen());
        m_http = std::make_unique<RawHttp>(m_sandbox->url());
        m_admin = m_sandbox->adminToken();
    }

    void cleanup()
    {
        m_http.reset();
        m_sandbox.reset();
    }

    void adminTokenLooksLikeAPat()
    {
        static const QRegularExpression pat(u"^wayscloud_pat_[A-Za-z0-9]{10}_[A-Za-z0-9]{56}$"_s);
        QVERIFY(pat.match(m_admin).hasMatch());
        QCOMPARE(m_sandbox->url().host(), u"127.0.0.1"_s);
        QVERIFY(m_sandbox->url().port() > 0);
        QVERIFY(m_sandbox->certificate().isNull());
        WaysCloudSandbox other;
        QVERIFY(other.adminToken() != m_admin);
    }

    void authentication_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value"); // {admin} and {unknown} are replaced
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("detail"); // a part of it

        QTest::newRow("none") << QByteArray() << QByteArray() << 401 << u"Not authenticated"_s;
        QTest::newRow("garbage bearer") << "Authorization"_ba
                                        << "Bearer nonsense"_ba << 401 << u"format"_s;
        QTest::newRow("unknown token") << "Authorization"_ba
                                       << "Bearer {unknown}"_ba << 401 << u"Invalid API key"_s;
        QTest::newRow("lowercase bearer") << "Authorization"_ba
                                          << "bearer {admin}"_ba << 401 << u"case-sensitive"_s;
        QTest::newRow("missing Bearer") << "Authorization"_ba
                                        << "{admin}"_ba << 401 << u"Missing 'Bearer ' prefix"_s;
        QTest::newRow("extra space") << "Authorization"_ba
                                     << "Bearer  {admin}"_ba << 401 << u"exactly one space"_s;
        QTest::newRow("basic scheme")
            << "Authorization"_ba
            << "Basic dXNlcjpwYXNz"_ba << 401 << u"Unsupported authorization scheme"_s;
        QTest::newRow("empty X-API-Key") << "X-API-Key"_ba
                                         << " "_ba << 401 << u"Not authenticated"_s;
        QTest::newRow("unknown X-API-Key") << "X-API-Key"_ba
                                           << "{unknown}"_ba << 401 << u"Invalid API key"_s;
        QTest::newRow("bearer admin") << "Authorization"_ba
                                      << "Bearer {admin}"_ba << 200 << QString();
        QTest::newRow("X-API-Key admin") << "X-API-Key"_ba
                                         << "{admin}"_ba << 200 << QString();
    }

    void authentication()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        QFETCH(int, status);
        QFETCH(QString, detail);
        value.replace("{admin}", m_admin.toLatin1());
        value.replace("{unknown}", unknownToken().toLatin1());
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (!header.isEmpty())
            headers.append({header, value});

        const RawReply reply = m_http->send("GET", keysPath, headers);
        QCOMPARE(reply.status, status);
        if (status == 401) {
            QVERIFY2(reply.detail().contains(detail), qPrintable(reply.detail()));
            QCOMPARE(reply.header("WWW-Authenticate"), "Bearer"_ba);
            QVERIFY2(!reply.body.contains(m_admin.toLatin1()), "the token is never echoed");
        } else {
            QVERIFY(reply.document().isArray());
        }
    }

    void serviceKeyCannotManageTheAccount()
    {
        const QJsonObject created = serviceKey(u"storage"_s);
        const QString key = created[u"key"_s].toString();
        QVERIFY(!key.isEmpty());
        for (const auto& [method, path] :
             {std::pair{"GET"_ba, keysPath},
              std::pair{"DELETE"_ba, QString(keysPath + u'/' + created[u"id"_s].toString())}}) {
            const RawReply reply = m_http->send(method, path, RawHttp::bearer(key));
            QCOMPARE(reply.status, 403);
            QVERIFY(reply.detail().contains(u"account access"_s));
        }
        const RawReply create = m_http->post(
            patPath, key, {{u"name"_s, u"x"_s}, {u"scopes"_s, strings({u"dns:read"_s})}});
        QCOMPARE(create.status, 403);
        QCOMPARE(m_sandbox->keyCount(), 1);
    }

    void createServiceKeyIsShownOnce()
    {
        const QJsonObject created = serviceKey(u"storage"_s, {u"127.0.0.1"_s});
        const QString key = created[u"key"_s].toString();
        static const QRegularExpression format(
            u"^(wayscloud_storage_[A-Za-z0-9]{10})_[A-Za-z0-9]{56}$"_s);
        const QRegularExpressionMatch match = format.match(key);
        QVERIFY2(match.hasMatch(), qPrintable(key.left(20)));
        QCOMPARE(created[u"key_prefix"_s].toString(), match.captured(1));
        QCOMPARE(created[u"key_type"_s].toString(), u"service"_s);
        QCOMPARE(created[u"name"_s].toString(), u"Test storage key"_s);
        QVERIFY(created[u"warning"_s].toString().contains(u"will not be shown again"_s));
        QVERIFY(QUuid::fromString(created[u"id"_s].toString()).version() == QUuid::Random);

        const RawReply list = m_http->get(keysPath, m_admin);
        QCOMPARE(list.status, 200);
        QVERIFY2(!list.body.contains(key.toLatin1()), "list never returns the secret");
        QVERIFY(!list.body.contains(key.mid(match.capturedLength(1) + 1).toLatin1()));
        QVERIFY(!list.body.contains("\"key\""));
        QCOMPARE(list.array().size(), 1);
        const QJsonObject listed = list.array().first().toObject();
        QCOMPARE(listed[u"id"_s], created[u"id"_s]);
        QCOMPARE(listed[u"name"_s].toString(), u"Test storage key"_s);
        QCOMPARE(listed[u"key_prefix"_s], created[u"key_prefix"_s]);
        QCOMPARE(listed[u"key_type"_s].toString(), u"service"_s);
        QCOMPARE(listed[u"service"_s].toString(), u"storage"_s);
        QCOMPARE(listed[u"scopes"_s].toArray(), strings({u"storage:read"_s, u"storage:write"_s}));
        QCOMPARE(listed[u"description"_s].toString(), u"made by a test"_s);
        QCOMPARE(listed[u"ip_whitelist"_s].toArray(), strings({u"127.0.0.1"_s}));
        QCOMPARE(listed[u"is_active"_s].toBool(), true);
        QVERIFY(listed[u"last_used_at"_s].isNull());
        const QDateTime createdAt =
            QDateTime::fromString(listed[u"created_at"_s].toString(), Qt::ISODate);
        QVERIFY(createdAt.isValid());
        QVERIFY(qAbs(createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY(listed[u"created_at"_s].toString().endsWith(u'Z'));
    }

    void llmKeysUseTheServersId()
    {
        const QJsonObject created = serviceKey(u"llm"_s);
        QVERIFY(created[u"key"_s].toString().startsWith(u"wayscloud_llm_"_s));
        const QJsonObject listed = listedKey(created[u"id"_s].toString());
        QCOMPARE(listed[u"service"_s].toString(), u"llm-api"_s);
        QCOMPARE(listed[u"scopes"_s].toArray(), strings({u"llm-api:read"_s, u"llm-api:write"_s}));
        // The server's own id is accepted on input too.
        QVERIFY(!serviceKey(u"llm-api"_s).isEmpty());
    }

    void guideVariantOfServiceCreate()
    {
        const QJsonObject created =
            createKey(servicePath, {{u"name"_s, u"my-app"_s},
                                    {u"service_name"_s, u"dns"_s},
                                    {u"permissions"_s, strings({u"read"_s})}});
        QVERIFY(created[u"key"_s].toString().startsWith(u"wayscloud_dns_"_s));
        const QJsonObject listed = listedKey(created[u"id"_s].toString());
        QCOMPARE(listed[u"service"_s].toString(), u"dns"_s);
        QCOMPARE(listed[u"scopes"_s].toArray(), strings({u"dns:read"_s}));
        QVERIFY(listed[u"description"_s].isNull());
        QCOMPARE(listed[u"ip_whitelist"_s].toArray(), QJsonArray());
    }

    void createPersonalAccessToken()
    {
        const QJsonObject created = createKey(
            patPath, {{u"name"_s, u"ci-deploy"_s},
                      {u"scopes"_s, strings({u"storage:read"_s, u"storage:write"_s, u"dns:read"_s,
                                             u"storage:read"_s})},
                      {u"description"_s, u"CI"_s},
                      {u"ip_whitelist"_s, strings({u"2001:db8::/32"_s, u"203.0.113.42"_s})}});
        static const QRegularExpression format(
            u"^wayscloud_pat_[A-Za-z0-9]{10}_[A-Za-z0-9]{56}$"_s);
        QVERIFY(format.match(created[u"key"_s].toString()).hasMatch());
        QCOMPARE(created[u"key_type"_s].toString(), u"pat"_s);
        const QJsonObject listed = listedKey(created[u"id"_s].toString());
        QCOMPARE(listed[u"key_type"_s].toString(), u"pat"_s);
        QVERIFY(listed[u"service"_s].isNull());
        QCOMPARE(listed[u"scopes"_s].toArray(),
                 strings({u"storage:read"_s, u"storage:write"_s, u"dns:read"_s}));
        QCOMPARE(listed[u"ip_whitelist"_s].toArray(),
                 strings({u"2001:db8::/32"_s, u"203.0.113.42"_s}));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("loc");
        QTest::addColumn<QString>("message"); // a part of msg

        const QString svc = servicePath;
        QTest::newRow("no name") << svc << R"({"service":"storage"})"_ba << u"body.name"_s
                                 << u"Field required"_s;
        QTest::newRow("blank name") << svc << R"({"service":"storage","name":"   "})"_ba
                                    << u"body.name"_s << u"at least 1"_s;
        QTest::newRow("long name")
            << svc
            << QByteArray("{\"service\":\"storage\",\"name\":\"" + QByteArray(101, 'n') + "\"}")
            << u"body.name"_s << u"at most 100"_s;
        QTest::newRow("name not text")
            << svc << R"({"service":"storage","name":7})"_ba << u"body.name"_s << u"valid string"_s;
        QTest::newRow("unknown service")
            << svc << R"({"service":"vps","name":"a"})"_ba << u"body.service"_s << u"'storage'"_s;
        QTest::newRow("no service")
            << svc << R"({"name":"a"})"_ba << u"body.service"_s << u"Field required"_s;
        QTest::newRow("bad permission")
            << svc << R"({"service_name":"dns","name":"a","permissions":["admin"]})"_ba
            << u"body.permissions.0"_s << u"'read' or 'write'"_s;
        QTest::newRow("description type")
            << svc << R"({"service":"dns","name":"a","description":5})"_ba << u"body.description"_s
            << u"valid string"_s;
        QTest::newRow("whitelist not a list")
            << svc << R"({"service":"dns","name":"a","ip_whitelist":"10.0.0.1"})"_ba
            << u"body.ip_whitelist"_s << u"valid list"_s;
        QTest::newRow("host bits")
            << svc
            << R"({"service":"dns","name":"a","ip_whitelist":["10.0.0.0/8","10.0.0.1/8"]})"_ba
            << u"body.ip_whitelist.1"_s << u"'10.0.0.1/8'"_s;
        QTest::newRow("garbage entry")
            << svc << R"({"service":"dns","name":"a","ip_whitelist":["example.com"]})"_ba
            << u"body.ip_whitelist.0"_s << u"'example.com'"_s;
        QTest::newRow("prefix out of range")
            << svc << R"({"service":"dns","name":"a","ip_whitelist":["10.0.0.0/33"]})"_ba
            << u"body.ip_whitelist.0"_s << u"'10.0.0.0/33'"_s;
        QTest::newRow("duplicate entry")
            << svc << R"({"service":"dns","name":"a","ip_whitelist":["::1","::1/128"]})"_ba
            << u"body.ip_whitelist.1"_s << u"duplicate entry '::1/128'"_s;
        QTest::newRow("entry not text")
            << svc << R"({"service":"dns","name":"a","ip_whitelist":[1]})"_ba
            << u"body.ip_whitelist.0"_s << u"valid string"_s;
        QTest::newRow("not json") << svc << R"({"service":)"_ba << u"body.0"_s
                                  << u"JSON decode error"_s;
        QTest::newRow("not an object")
            << svc << R"(["storage"])"_ba << u"body"_s << u"dictionary"_s;
        QTest::newRow("pat without scopes")
            << patPath << R"({"name":"a"})"_ba << u"body.scopes"_s << u"Field required"_s;
        QTest::newRow("pat empty scopes") << patPath << R"({"name":"a","scopes":[]})"_ba
                                          << u"body.scopes"_s << u"at least 1 item"_s;
        QTest::newRow("pat unknown service")
            << patPath << R"({"name":"a","scopes":["dns:read","vps:read"]})"_ba
            << u"body.scopes.1"_s << u"'vps:read'"_s;
        QTest::newRow("pat unknown permission")
            << patPath << R"({"name":"a","scopes":["storage:admin"]})"_ba << u"body.scopes.0"_s
            << u"'storage:admin'"_s;
        QTest::newRow("pat scope without permission")
            << patPath << R"({"name":"a","scopes":["storage"]})"_ba << u"body.scopes.0"_s
            << u"'storage'"_s;
        QTest::newRow("pat bad whitelist")
            << patPath << R"({"name":"a","scopes":["dns:read"],"ip_whitelist":["256.1.1.1"]})"_ba
            << u"body.ip_whitelist.0"_s << u"'256.1.1.1'"_s;
    }

    void validation()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, loc);
        QFETCH(QString, message);

        const RawReply reply = m_http->send("POST", path, RawHttp::bearer(m_admin), body);
        QCOMPARE(reply.status, 422);
        const QJsonArray errors = reply.object()[u"detail"_s].toArray();
        QVERIFY2(!errors.isEmpty(), reply.body.constData());
        bool found = false;
        for (const QJsonValue& error : errors) {
            QVERIFY(error[u"type"_s].isString());
            if (locText(error[u"loc"_s].toArray()) == loc &&
                error[u"msg"_s].toString().contains(message))
                found = true;
        }
        QVERIFY2(found, reply.body.constData());
        QCOMPARE(m_sandbox->keyCount(), 0);
        QCOMPARE(m_sandbox->createRequestCount(), 1);
    }

    void nameLimitsAreInclusive()
    {
        const QString longest(100, u'é');
        const QJsonObject created =
            createKey(servicePath,
                      {{u"service"_s, u"gpu"_s}, {u"name"_s, QString(u"  "_s + longest + u" "_s)}});
        QCOMPARE(created[u"name"_s].toString(), longest);
    }

    void keyLimit()
    {
        m_sandbox->seedSamples(49);
        QVERIFY(!serviceKey(u"storage"_s).isEmpty());
        QCOMPARE(m_sandbox->keyCount(), 50);

        RawReply refused = m_http->post(servicePath, m_admin,
                                        {{u"service"_s, u"dns"_s}, {u"name"_s, u"one too many"_s}});
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.detail(), u"API key limit reached (50 keys per account)"_s);
        refused =
            m_http->post(patPath, m_admin,
                         {{u"name"_s, u"one too many"_s}, {u"scopes"_s, strings({u"dns:read"_s})}});
        QCOMPARE(refused.status, 409);
        QCOMPARE(m_sandbox->keyCount(), 50);
        QCOMPARE(m_sandbox->createRequestCount(), 3);

        const QString oldest = m_http->get(keysPath, m_admin).array().first()[u"id"_s].toString();
        QCOMPARE(m_http->del(keysPath + u'/' + oldest, m_admin).status, 204);
        QVERIFY(!serviceKey(u"dns"_s).isEmpty());
        QCOMPARE(m_sandbox->keyCount(), 50);
    }

    void revoke()
    {
        const QJsonObject created = serviceKey(u"storage"_s);
        const QString id = created[u"id"_s].toString();
        const QString key = created[u"key"_s].toString();
        QCOMPARE(m_http->get(u"/v1/storage/"_s, key).status, 200);

        const RawReply deleted = m_http->del(keysPath + u'/' + id, m_admin);
        QCOMPARE(deleted.status, 204);
        QVERIFY(deleted.body.isEmpty());
        QVERIFY(listedKey(id).isEmpty());
        QCOMPARE(m_sandbox->keyCount(), 0);

        const RawReply used = m_http->get(u"/v1/storage/"_s, key);
        QCOMPARE(used.status, 401);
        QVERIFY(used.detail().contains(u"revoked"_s));

        RawReply again = m_http->del(keysPath + u'/' + id, m_admin);
        QCOMPARE(again.status, 404);
        QCOMPARE(again.detail(), u"API key not found"_s);
        again = m_http->del(keysPath + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces),
                            m_admin);
        QCOMPARE(again.status, 404);
        QCOMPARE(again.detail(), u"API key not found"_s);
    }

    void verify_data()
    {
        QTest::addColumn<QString>("createPath");
        QTest::addColumn<QByteArray>("createBody");
        QTest::addColumn<QString>("verifyPath");
        QTest::addColumn<bool>("useXApiKey");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("detail"); // exact, for 403

        const QString svc = servicePath;
        QTest::newRow("storage, no whitelist") << svc << R"({"service":"storage","name":"s"})"_ba
                                               << u"/v1/storage/"_s << false << 200 << QString();
        QTest::newRow("storage with X-API-Key") << svc << R"({"service":"storage","name":"s"})"_ba
                                                << u"/v1/storage/"_s << true << 200 << QString();
        QTest::newRow("whitelisted host")
            << svc << R"({"service":"storage","name":"s","ip_whitelist":["127.0.0.1/32"]})"_ba
            << u"/v1/storage/"_s << false << 200 << QString();
        QTest::newRow("whitelisted range")
            << svc
            << R"({"service":"storage","name":"s","ip_whitelist":["203.0.113.0/24","127.0.0.0/8"]})"_ba
            << u"/v1/storage"_s << true << 200 << QString();
        QTest::newRow("outside whitelist")
            << svc << R"({"service":"storage","name":"s","ip_whitelist":["203.0.113.0/24"]})"_ba
            << u"/v1/storage/"_s << false << 403
            << u"IP address 127.0.0.1 is not whitelisted for this key"_s;
        QTest::newRow("ipv6-only whitelist")
            << svc << R"({"service":"storage","name":"s","ip_whitelist":["::1"]})"_ba
            << u"/v1/storage/"_s << true << 403
            << u"IP address 127.0.0.1 is not whitelisted for this key"_s;
        QTest::newRow("wrong service")
            << svc << R"({"service":"storage","name":"s"})"_ba << u"/v1/dns/"_s << false << 403
            << u"API key is not enabled for the dns service"_s;
        QTest::newRow("llm") << svc << R"({"service":"llm","name":"s"})"_ba << u"/v1/llm/"_s
                             << false << 200 << QString();
        QTest::newRow("database") << svc << R"({"service":"database","name":"s"})"_ba
                                  << u"/v1/database/"_s << false << 200 << QString();
        QTest::newRow("gpu") << svc << R"({"service":"gpu","name":"s"})"_ba << u"/v1/gpu/"_s << true
                             << 200 << QString();
        QTest::newRow("pat, listed service")
            << patPath << R"({"name":"p","scopes":["dns:read","gpu:read"]})"_ba << u"/v1/dns/"_s
            << false << 200 << QString();
        QTest::newRow("pat, other service")
            << patPath << R"({"name":"p","scopes":["dns:read","gpu:read"]})"_ba << u"/v1/storage/"_s
            << false << 403 << u"API key is not enabled for the storage service"_s;
        QTest::newRow("pat, write only")
            << patPath << R"({"name":"p","scopes":["storage:write"]})"_ba << u"/v1/storage/"_s
            << false << 403 << u"API key does not have the storage:read scope"_s;
    }

    void verify()
    {
        QFETCH(QString, createPath);
        QFETCH(QByteArray, createBody);
        QFETCH(QString, verifyPath);
        QFETCH(bool, useXApiKey);
        QFETCH(int, status);
        QFETCH(QString, detail);

        const RawReply created =
            m_http->send("POST", createPath, RawHttp::bearer(m_admin), createBody);
        QCOMPARE(created.status, 201);
        const QByteArray key = created.object()[u"key"_s].toString().toLatin1();
        const RawReply reply = m_http->send("GET", verifyPath,
                                            {{useXApiKey ? "X-API-Key"_ba : "Authorization"_ba,
                                              useXApiKey ? key : "Bearer " + key}});
        QCOMPARE(reply.status, status);
        if (status == 403)
            QCOMPARE(reply.detail(), detail);
        else
            QVERIFY(reply.document().isObject());
        if (verifyPath.startsWith(u"/v1/storage"_s) && status == 200)
            QCOMPARE(reply.object()[u"buckets"_s].toArray(), QJsonArray());

        const QJsonObject listed = listedKey(created.object()[u"id"_s].toString());
        QCOMPARE(listed[u"last_used_at"_s].isNull(), status != 200);
    }

    void successfulUseUpdatesLastUsed()
    {
        const QJsonObject created = serviceKey(u"dns"_s);
        const QString id = created[u"id"_s].toString();
        QVERIFY(listedKey(id)[u"last_used_at"_s].isNull());
        QCOMPARE(m_http->get(u"/v1/dns/"_s, created[u"key"_s].toString()).status, 200);
        const QDateTime used =
            QDateTime::fromString(listedKey(id)[u"last_used_at"_s].toString(), Qt::ISODate);
        QVERIFY(used.isValid());
        QVERIFY(qAbs(used.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void unknownPathsAndMethods_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("allow");

        QTest::newRow("unknown path") << "GET"_ba << u"/v1/nothing/here"_s << 404 << QByteArray();
        QTest::newRow("root") << "GET"_ba << u"/"_s << 404 << QByteArray();
        QTest::newRow("unknown service") << "GET"_ba << u"/v1/vps/"_s << 404 << QByteArray();
        QTest::newRow("nested key path")
            << "DELETE"_ba << u"/v1/account/api-keys/a/b"_s << 404 << QByteArray();
        QTest::newRow("PUT list") << "PUT"_ba << keysPath << 405 << "GET"_ba;
        QTest::newRow("POST list") << "POST"_ba << keysPath << 405 << "GET"_ba;
        QTest::newRow("GET create") << "GET"_ba << servicePath << 405 << "POST, DELETE"_ba;
        QTest::newRow("PATCH key") << "PATCH"_ba << keysPath + u"/123"_s << 405 << "DELETE"_ba;
        QTest::newRow("POST verify") << "POST"_ba << u"/v1/storage/"_s << 405 << "GET"_ba;
    }

    void unknownPathsAndMethods()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QByteArray, allow);
        // Routing comes before authentication, as in FastAPI.
        const RawReply reply = m_http->send(method, path);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.detail(), status == 404 ? u"Not Found"_s : u"Method Not Allowed"_s);
        QCOMPARE(reply.header("Allow"), allow);
    }

    void controlEndpoints()
    {
        m_sandbox->seedSamples(12);
        RawReply stats = m_http->get(u"/_sandbox/stats"_s, m_admin);
        QCOMPARE(stats.status, 200);
        QCOMPARE(stats.object()[u"keys"_s].toInt(), 12);
        QCOMPARE(stats.object()[u"create_requests"_s].toInt(), 0);
        QCOMPARE(stats.object()[u"requests"_s].toInt(), 0);

        QCOMPARE(m_http->send("GET", u"/_sandbox/stats"_s).status, 401);
        const QString serviceKeyText = serviceKey(u"storage"_s)[u"key"_s].toString();
        QCOMPARE(m_http->get(u"/_sandbox/stats"_s, serviceKeyText).status, 403);
        stats = m_http->get(u"/_sandbox/stats"_s, m_admin);
        QCOMPARE(stats.object()[u"keys"_s].toInt(), 13);
        QCOMPARE(stats.object()[u"create_requests"_s].toInt(), 1);

        RawReply injected = m_http->post(u"/_sandbox/faults"_s, m_admin,
                                         {{u"kind"_s, u"500"_s},
                                          {u"method"_s, u"get"_s},
                                          {u"path"_s, keysPath},
                                          {u"count"_s, -1}});
        QCOMPARE(injected.status, 201);
        QCOMPARE(m_http->get(keysPath, m_admin).status, 500);
        QCOMPARE(m_http->get(keysPath, m_admin).status, 500);
        QCOMPARE(m_http->get(u"/v1/storage/"_s, serviceKeyText).status, 200); // other path
        // Control requests never meet a fault, or a fault could lock the tests out.
        QCOMPARE(m_http->get(u"/_sandbox/stats"_s, m_admin).status, 200);
        QCOMPARE(m_http->del(u"/_sandbox/faults"_s, m_admin).status, 204);
        QCOMPARE(m_http->get(keysPath, m_admin).status, 200);

        injected = m_http->post(u"/_sandbox/faults"_s, m_admin, {{u"kind"_s, u"explode"_s}});
        QCOMPARE(injected.status, 422);
        QVERIFY(injected.detail().contains(u"kind"_s));
        injected = m_http->post(u"/_sandbox/faults"_s, m_admin,
                                {{u"kind"_s, u"delay"_s}, {u"delay_ms"_s, -5}});
        QCOMPARE(injected.status, 422);
        injected = m_http->post(u"/_sandbox/faults"_s, serviceKeyText, {{u"kind"_s, u"500"_s}});
        QCOMPARE(injected.status, 403);
        QCOMPARE(m_http->get(keysPath, m_admin).status, 200);
        QCOMPARE(m_http->get(u"/_sandbox/faults"_s, m_admin).status, 405);
        QCOMPARE(m_http->get(u"/_sandbox/other"_s, m_admin).status, 404);
    }

    void sampleKeys()
    {
        const QDateTime now(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
        m_sandbox->seedSamples(12, now);
        QCOMPARE(m_sandbox->keyCount(), 12);
        const QJsonArray keys = m_http->get(keysPath, m_admin).array();
        QCOMPARE(keys.size(), 12);

        QSet<QString> names;
        QSet<QString> types;
        QSet<QString> services;
        int whitelisted = 0;
        int ipv6 = 0;
        int cidr = 0;
        int neverUsed = 0;
        int usedToday = 0;
        int usedMonthsAgo = 0;
        qint64 youngest = 100000;
        qint64 oldest = 0;
        for (const QJsonValue& key : keys) {
            names.insert(key[u"name"_s].toString());
            types.insert(key[u"key_type"_s].toString());
            services.insert(key[u"service"_s].toString());
            QVERIFY(key[u"is_active"_s].toBool());
            QVERIFY(!key[u"scopes"_s].toArray().isEmpty());
            const QJsonArray whitelist = key[u"ip_whitelist"_s].toArray();
            whitelisted += whitelist.isEmpty() ? 0 : 1;
            for (const QJsonValue& entry : whitelist) {
                ipv6 += entry.toString().contains(u':') ? 1 : 0;
                cidr += entry.toString().contains(u'/') ? 1 : 0;
            }
            const QDateTime created =
                QDateTime::fromString(key[u"created_at"_s].toString(), Qt::ISODate);
            QVERIFY(created.isValid() && created < now);
            const qint64 ageDays = created.daysTo(now);
            youngest = qMin(youngest, ageDays);
            oldest = qMax(oldest, ageDays);
            if (key[u"last_used_at"_s].isNull()) {
                ++neverUsed;
                continue;
            }
            const QDateTime used =
                QDateTime::fromString(key[u"last_used_at"_s].toString(), Qt::ISODate);
            QVERIFY(used >= created && used <= now);
            usedToday += used.secsTo(now) < 24 * 3600 ? 1 : 0;
            usedMonthsAgo += used.daysTo(now) > 60 ? 1 : 0;
        }
        QCOMPARE(names.size(), 12);
        QCOMPARE(types, (QSet<QString>{u"service"_s, u"pat"_s}));
        QVERIFY(services.contains(u"llm-api"_s) && services.contains(u"storage"_s));
        QVERIFY(whitelisted >= 4 && whitelisted < 12);
        QVERIFY(ipv6 >= 2);
        QVERIFY(cidr >= 3);
        QVERIFY(neverUsed >= 2);
        QVERIFY(usedToday >= 3);
        QVERIFY(usedMonthsAgo >= 2);
        QVERIFY(youngest <= 3);
        QVERIFY(oldest >= 365);

        // More than a dozen: names stay unique.
        WaysCloudSandbox big;
        big.seedSamples(30, now);
        QCOMPARE(big.keyCount(), 30);
    }
};

QTEST_GUILESS_MAIN(TestWaysCloudApi)
#include "test_sandbox_wayscloud_api.moc"

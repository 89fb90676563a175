#include "providers/WaysCloudJson.h"
#include "providers/WaysCloudProvider.h"

#include <QTest>
#include <nlohmann/json.hpp>

using namespace kw;
using namespace kw::wayscloud;
using namespace Qt::StringLiterals;

class TestWaysCloudJson : public QObject
{
    Q_OBJECT

private slots:
    void timestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime base(QDate(2024, 3, 1), QTime(14, 0, 0), Qt::UTC);
        QTest::newRow("Z") << u"2024-03-01T14:00:00Z"_s << base;
        QTest::newRow("micro") << u"2024-03-01T14:00:00.002433Z"_s << base.addMSecs(2);
        QTest::newRow("milli") << u"2024-03-01T14:00:00.5Z"_s << base.addMSecs(500);
        QTest::newRow("offset") << u"2024-03-01T16:00:00+02:00"_s << base;
        QTest::newRow("offset no colon") << u"2024-03-01T09:00:00-0500"_s << base;
        QTest::newRow("no zone is UTC") << u"2024-03-01T14:00:00"_s << base;
        QTest::newRow("space") << u"2024-03-01 14:00:00Z"_s << base;
        QTest::newRow("garbage") << u"yesterday"_s << QDateTime();
        QTest::newRow("empty") << QString() << QDateTime();
        QTest::newRow("bad month") << u"2024-13-01T14:00:00Z"_s << QDateTime();
    }

    void timestamps()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = parseTimestamp(text);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(parsed, expected);
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
        }
    }

    void services()
    {
        QCOMPARE(normalisedService(u"llm-api"_s), u"llm"_s);
        QCOMPARE(normalisedService(u" Storage "_s), u"storage"_s);
        QCOMPARE(normalisedService(u"vps"_s), u"vps"_s);
    }

    void listFromTheApiReference()
    {
        const QByteArray body = R"([{"id":"a8b9c0d1-e2f3-4567-89ab-cdef01234567",
            "key_prefix":"wayscloud_2xK9mPq","key_type":"service","service":"database",
            "description":"Production database access","scopes":["database:read","database:write"],
            "is_active":true,"created_at":"2024-03-01T14:00:00Z",
            "last_used_at":"2024-03-15T08:45:22Z"}])";
        QString error;
        const auto keys = parseKeyList(body, &error);
        QVERIFY2(keys, qPrintable(error));
        QCOMPARE(keys->size(), 1);
        const ApiKey& key = keys->first();
        QCOMPARE(key.id, u"a8b9c0d1-e2f3-4567-89ab-cdef01234567"_s);
        QCOMPARE(key.name, u"Production database access"_s); // no name: the description
        QCOMPARE(key.prefix, u"wayscloud_2xK9mPq"_s);
        QCOMPARE(key.kind, u"service"_s);
        QCOMPARE(key.services, QStringList{u"database"_s});
        QCOMPARE(key.status, KeyStatus::Active);
        QCOMPARE(key.created, QDateTime(QDate(2024, 3, 1), QTime(14, 0), Qt::UTC));
        QCOMPARE(*key.lastUsed, QDateTime(QDate(2024, 3, 15), QTime(8, 45, 22), Qt::UTC));
        QVERIFY(key.ipAllowlist.isEmpty());
    }

    void listToleratesOddFields()
    {
        const QByteArray body = R"([{"id":42,"name":null,"service":"llm-api","scopes":[7,"vps:read",
            "llm-api:write"],"ip_whitelist":"203.0.113.42, 10.0.0.0/8","is_active":"yes",
            "created_at":12,"last_used_at":null,"key_prefix":["x"]},
            {"id":"b","is_active":false,"ip_whitelist":["10.0.0.1/32",5,"nonsense"]}])";
        QString error;
        const auto keys = parseKeyList(body, &error);
        QVERIFY2(keys, qPrintable(error));
        QCOMPARE(keys->size(), 2);
        const ApiKey& first = keys->at(0);
        QCOMPARE(first.id, u"42"_s);
        QCOMPARE(first.services, (QStringList{u"llm"_s, u"vps"_s}));
        QCOMPARE(first.ipAllowlist, (QStringList{u"203.0.113.42"_s, u"10.0.0.0/8"_s}));
        QVERIFY(!first.created.isValid());
        QVERIFY(!first.lastUsed);
        QVERIFY(first.prefix.isEmpty());
        QCOMPARE(first.status, KeyStatus::Active);
        const ApiKey& second = keys->at(1);
        QCOMPARE(second.status, KeyStatus::Disabled);
        // An invalid entry keeps the list as the server holds it.
        QCOMPARE(second.ipAllowlist, (QStringList{u"10.0.0.1/32"_s, u"nonsense"_s}));
    }

    void listRejectsWhatCannotBeShown_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mention");
        QTest::newRow("not json") << QByteArray(R"({"detail": [)") << u"not valid JSON"_s;
        QTest::newRow("empty") << QByteArray() << u"not valid JSON"_s;
        QTest::newRow("object") << QByteArray(R"({"filler":"x"})") << u"not a list"_s;
        QTest::newRow("number item") << QByteArray("[1]") << u"Entry 1"_s;
        QTest::newRow("no id") << QByteArray(R"([{"id":"a"},{"name":"x"}])") << u"Entry 2"_s;
        QTest::newRow("bool id") << QByteArray(R"([{"id":true}])") << u"no id"_s;
        QTest::newRow("deep") << QByteArray(100000, '[') << u"JSON"_s;
    }

    void listRejectsWhatCannotBeShown()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mention);
        QString error;
        QVERIFY(!parseKeyList(body, &error));
        QVERIFY2(error.contains(mention), qPrintable(error));
    }

    void listAcceptsWrappedAndEmpty()
    {
        QString error;
        QCOMPARE(parseKeyList("[]", &error)->size(), 0);
        QCOMPARE(parseKeyList(R"({"api_keys":[{"id":"x"}]})", &error)->size(), 1);
    }

    void createBodies()
    {
        KeySpec spec;
        spec.name = u" Production Storage API "_s;
        spec.services = {u"storage"_s};
        spec.ipAllowlist = {u"203.0.113.42"_s};
        auto body = nlohmann::json::parse(createKeyBody(spec).toStdString());
        QVERIFY(createsServiceKey(spec));
        QVERIFY(body["service"] == "storage");
        QVERIFY(body["name"] == "Production Storage API");
        QVERIFY(body["description"] == "");
        QVERIFY(body["ip_whitelist"] == nlohmann::json::array({"203.0.113.42"}));
        QVERIFY(!body.contains("scopes"));

        spec.services = {u"dns"_s, u"llm-api"_s};
        spec.ipAllowlist.clear();
        body = nlohmann::json::parse(createKeyBody(spec).toStdString());
        QVERIFY(!createsServiceKey(spec));
        QVERIFY(!body.contains("service"));
        QVERIFY(body["scopes"] ==
                nlohmann::json::array({"dns:read", "dns:write", "llm:read", "llm:write"}));
        QVERIFY(body["ip_whitelist"] == nlohmann::json::array());
    }

    void createdKey()
    {
        KeySpec spec;
        spec.name = u"CI deploy"_s;
        spec.services = {u"dns"_s, u"storage"_s};
        spec.ipAllowlist = {u"10.0.0.0/8"_s};
        const QByteArray token = "wayscloud_pat_EXAMPLEabc_" + QByteArray(56, 'E');
        const QByteArray body = "{\"id\":\"k1\",\"key\":\"" + token +
                                "\",\"key_type\":\"pat\",\"warning\":\"Shown once\"}";
        QString error;
        auto created = parseCreatedKey(body, spec, &error);
        QVERIFY2(created, qPrintable(error));
        QVERIFY(created->secret.view() == QByteArrayView(token));
        QCOMPARE(created->key.id, u"k1"_s);
        QCOMPARE(created->key.name, u"CI deploy"_s);
        QCOMPARE(created->key.services, (QStringList{u"dns"_s, u"storage"_s}));
        QCOMPARE(created->key.ipAllowlist, QStringList{u"10.0.0.0/8"_s});
        QCOMPARE(created->key.prefix, u"wayscloud_pat_EXAMPLEabc"_s);
        QCOMPARE(created->warning, u"Shown once"_s);
        QVERIFY(created->key.created.isValid());

        QVERIFY(!parseCreatedKey(R"({"id":"k1"})", spec, &error));
        QVERIFY(error.contains(u"no key"));
        // A secret without an id is kept: the key is looked up later, its fields are the spec's.
        const auto noId = parseCreatedKey(R"({"key":"wayscloud_pat_EXAMPLE"})", spec, &error);
        QVERIFY2(noId, qPrintable(error));
        QCOMPARE(noId->secret.exposeString(), u"wayscloud_pat_EXAMPLE"_s);
        QVERIFY(noId->key.id.isEmpty());
        QCOMPARE(noId->key.name, u"CI deploy"_s);
        QCOMPARE(noId->key.services, (QStringList{u"dns"_s, u"storage"_s}));
        QVERIFY(!parseCreatedKey("[]", spec, &error));
        QVERIFY(!parseCreatedKey(R"({"key":5,"id":"x"})", spec, &error));
    }

    void errorBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("detail") << QByteArray(R"({"detail":"API key limit reached"})")
                                << u"API key limit reached"_s;
        QTest::newRow("validation")
            << QByteArray(R"({"detail":[{"loc":["body","ip_whitelist",2],"msg":"bad address",)"
                          R"("type":"value_error"},{"loc":["body","name"],"msg":"required"}]})")
            << u"ip_whitelist[2]: bad address; name: required"_s;
        QTest::newRow("nested loc")
            << QByteArray(R"({"detail":[{"loc":["query","a","b"],"msg":"m"}]})") << u"a.b: m"_s;
        QTest::newRow("error") << QByteArray(R"({"error":"human-readable message"})")
                               << u"human-readable message"_s;
        QTest::newRow("message") << QByteArray(R"({"message":"quota"})") << u"quota"_s;
        QTest::newRow("error object") << QByteArray(R"({"error":{"message":"deep"}})") << u"deep"_s;
        QTest::newRow("html") << QByteArray("<html><body>502</body></html>") << QString();
        QTest::newRow("other shape") << QByteArray(R"({"foo":"bar"})") << QString();
        QTest::newRow("list") << QByteArray(R"(["detail"])") << QString();
        QTest::newRow("detail number") << QByteArray(R"({"detail":5})") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
    }

    void errorBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QString detail;
        QCOMPARE(WaysCloudProvider::parseErrorBody(422, body, &detail), message);
    }
};

QTEST_GUILESS_MAIN(TestWaysCloudJson)
#include "test_wayscloud_json.moc"

#include "providers/CoreWeaveJson.h"
#include "providers/CoreWeaveProvider.h"

#include <QTest>
#include <nlohmann/json.hpp>

using namespace kw;
using namespace Qt::StringLiterals;
using nlohmann::json;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

json parsed(const QByteArray& body)
{
    return json::parse(body.toStdString());
}

// Recorded from the API reference (AccessKeyInfo) and the how-to pages (accessKeyID casing),
// with example ids.
const QByteArray RecordedPage = R"({"info":[
 {"accessKeyId":"CWEXAMPLEAAAAAA1","status":"ACCESS_KEY_STATUS_ACTIVE",
  "principalName":"coreweave/EXAMPLEtoken1","attributes":{"name":"training data"},
  "expiry":"1970-01-01T00:00:00Z","orgId":"EXAMPLEorg","multiAttributes":{}},
 {"accessKeyID":"CWEXAMPLEAAAAAA2","status":"ACCESS_KEY_STATUS_SUSPENDED",
  "principalName":"coreweave/EXAMPLEtoken2","expiry":"2026-03-01T18:00:00Z"},
 {"accessKeyId":"CWEXAMPLEAAAAAA3","status":"ACCESS_KEY_STATUS_ACTIVE",
  "principalName":"coreweave/EXAMPLEtoken1","attributes":{"name":"  nightly  ","team":"ml"},
  "expiry":"2026-02-28T23:59:59.123456Z"},
 {"accessKeyId":"CWEXAMPLEAAAAAA4","status":"ACCESS_KEY_STATUS_UNSPECIFIED"},
 {"accessKeyId":"CWEXAMPLEAAAAAA5"},
 {"accessKeyId":"CWEXAMPLEAAAAAA6","status":"ACCESS_KEY_STATUS_REVOKED_SOMEDAY",
  "attributes":{"name":7}}
]})";

} // namespace

class TestCoreWeaveJson : public QObject
{
    Q_OBJECT

private slots:
    void pageMapsEveryField()
    {
        QString error;
        const auto keys = coreweave::parseKeyPage(RecordedPage, Now, &error);
        QVERIFY2(keys, qPrintable(error));
        QCOMPARE(keys->size(), 6);

        const ApiKey& permanent = keys->at(0);
        QCOMPARE(permanent.id, u"CWEXAMPLEAAAAAA1"_s);
        QCOMPARE(permanent.prefix, permanent.id);
        QCOMPARE(permanent.name, u"training data"_s);
        QCOMPARE(permanent.principal, u"coreweave/EXAMPLEtoken1"_s);
        QCOMPARE(permanent.status, KeyStatus::Active);
        QVERIFY(!permanent.expires.has_value()); // the 1970 sentinel means never
        QVERIFY(!permanent.created.isValid());   // not in the API
        QVERIFY(permanent.description.isEmpty());

        const ApiKey& suspended = keys->at(1);
        QCOMPARE(suspended.id, u"CWEXAMPLEAAAAAA2"_s); // accessKeyID casing
        QCOMPARE(suspended.status, KeyStatus::Suspended);
        QCOMPARE(suspended.expires, QDateTime(QDate(2026, 3, 1), QTime(18, 0), Qt::UTC));
        QVERIFY(suspended.name.isEmpty());

        const ApiKey& expired = keys->at(2);
        QCOMPARE(expired.name, u"nightly"_s);
        QCOMPARE(expired.status, KeyStatus::Expired);
        QCOMPARE(expired.expires, QDateTime(QDate(2026, 2, 28), QTime(23, 59, 59, 123), Qt::UTC));

        QCOMPARE(keys->at(3).status, KeyStatus::Unknown);
        QCOMPARE(keys->at(4).status, KeyStatus::Unknown); // proto3 omits the zero value
        QVERIFY(keys->at(4).principal.isEmpty());
        QCOMPARE(keys->at(5).status, KeyStatus::Unknown);
        QVERIFY(keys->at(5).name.isEmpty()); // a name that is not a string is not shown
    }

    void emptyPages_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty list") << QByteArray(R"({"info":[]})");
        QTest::newRow("info omitted") << QByteArray("{}");
        QTest::newRow("info null") << QByteArray(R"({"info":null})");
    }

    void emptyPages()
    {
        QFETCH(QByteArray, body);
        QString error;
        const auto keys = coreweave::parseKeyPage(body, Now, &error);
        QVERIFY2(keys, qPrintable(error));
        QVERIFY(keys->isEmpty());
    }

    void unreadablePages_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mention");
        QTest::newRow("not json") << QByteArray("<html>Bad gateway</html>") << u"not valid JSON"_s;
        QTest::newRow("empty body") << QByteArray() << u"not valid JSON"_s;
        QTest::newRow("bare array")
            << QByteArray(R"([{"accessKeyId":"CWEXAMPLEAAAAAA1"}])") << u"not a JSON object"_s;
        QTest::newRow("info object")
            << QByteArray(R"({"info":{"accessKeyId":"CWEXAMPLEAAAAAA1"}})") << u"no list of keys"_s;
        QTest::newRow("entry not object")
            << QByteArray(R"({"info":[{"accessKeyId":"CW1"},"x"]})") << u"Entry 2"_s;
        QTest::newRow("entry without id")
            << QByteArray(R"({"info":[{"accessKeyId":"  "},{"status":"x"}]})") << u"Entry 1"_s;
    }

    void unreadablePages()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mention);
        QString error;
        QVERIFY(!coreweave::parseKeyPage(body, Now, &error));
        QVERIFY2(error.contains(mention), qPrintable(error));
    }

    void deepNestingIsHarmless()
    {
        const QByteArray deep = R"({"info":[{"accessKeyId":"CWEXAMPLEAAAAAA1","attributes":)" +
                                QByteArray(5000, '[') + QByteArray(5000, ']') + "}]}";
        QString error;
        const auto keys = coreweave::parseKeyPage(deep, Now, &error);
        QVERIFY2(keys, qPrintable(error));
        QCOMPARE(keys->size(), 1);
        QVERIFY(keys->at(0).name.isEmpty());
    }

    void expiry_data()
    {
        QTest::addColumn<QString>("wire");
        QTest::addColumn<QDateTime>("expected"); // invalid = never
        QTest::newRow("sentinel") << u"1970-01-01T00:00:00Z"_s << QDateTime();
        QTest::newRow("sentinel with millis") << u"1970-01-01T00:00:00.000Z"_s << QDateTime();
        QTest::newRow("sentinel with offset") << u"1970-01-01T00:00:00+00:00"_s << QDateTime();
        QTest::newRow("go zero time") << u"0001-01-01T00:00:00Z"_s << QDateTime();
        QTest::newRow("empty") << QString() << QDateTime();
        QTest::newRow("garbage") << u"tomorrow"_s << QDateTime();
        QTest::newRow("api example") << u"2023-11-07T05:31:56Z"_s
                                     << QDateTime(QDate(2023, 11, 7), QTime(5, 31, 56), Qt::UTC);
        QTest::newRow("nanoseconds") << u"2024-01-01T09:15:01.987654321Z"_s
                                     << QDateTime(QDate(2024, 1, 1), QTime(9, 15, 1, 987), Qt::UTC);
        QTest::newRow("offset") << u"2024-01-01T11:15:01+02:00"_s
                                << QDateTime(QDate(2024, 1, 1), QTime(9, 15, 1), Qt::UTC);
        QTest::newRow("one second after the epoch")
            << u"1970-01-01T00:00:01Z"_s << QDateTime(QDate(1970, 1, 1), QTime(0, 0, 1), Qt::UTC);
    }

    void expiry()
    {
        QFETCH(QString, wire);
        QFETCH(QDateTime, expected);
        const std::optional<QDateTime> expires = coreweave::expiryFromWire(wire);
        if (!expected.isValid()) {
            QVERIFY2(!expires.has_value(),
                     qPrintable(expires ? expires->toString(Qt::ISODate) : QString()));
        } else {
            QVERIFY(expires.has_value());
            QCOMPARE(*expires, expected);
            QCOMPARE(expires->timeSpec(), Qt::UTC);
        }
    }

    void statuses()
    {
        QCOMPARE(coreweave::statusFromWire(u"ACCESS_KEY_STATUS_ACTIVE"_s), KeyStatus::Active);
        QCOMPARE(coreweave::statusFromWire(u"access_key_status_suspended"_s), KeyStatus::Suspended);
        QCOMPARE(coreweave::statusFromWire(u"ACCESS_KEY_STATUS_UNSPECIFIED"_s), KeyStatus::Unknown);
        QCOMPARE(coreweave::statusFromWire(QString()), KeyStatus::Unknown);
        QCOMPARE(coreweave::statusWireName(true), "ACCESS_KEY_STATUS_ACTIVE"_ba);
        QCOMPARE(coreweave::statusWireName(false), "ACCESS_KEY_STATUS_SUSPENDED"_ba);
    }

    void createBodies()
    {
        QVERIFY(parsed(coreweave::createKeyBody(QString(), 0)) == json({{"durationSeconds", 0}}));
        QVERIFY(parsed(coreweave::createKeyBody(u"   "_s, 3600)) ==
                json({{"durationSeconds", 3600}}));
        const QByteArray named = coreweave::createKeyBody(u" ci « runner » "_s, 43200);
        QVERIFY2(parsed(named) == json({{"durationSeconds", 43200},
                                        {"attributes", {{"name", "ci \xc2\xab runner \xc2\xbb"}}}}),
                 named.constData());
    }

    void revokeAndStatusBodies()
    {
        QVERIFY(parsed(coreweave::revokeKeyBody(u"CWEXAMPLEAAAAAA1"_s)) ==
                json({{"accessKey", "CWEXAMPLEAAAAAA1"}}));
        QVERIFY(parsed(coreweave::principalStatusBody(u"coreweave/EXAMPLEtoken1"_s, false)) ==
                json({{"principalName", "coreweave/EXAMPLEtoken1"},
                      {"status", "ACCESS_KEY_STATUS_SUSPENDED"}}));
        QVERIFY(parsed(coreweave::principalStatusBody(
                    u"coreweave/EXAMPLEtoken1"_s, true))["status"] == "ACCESS_KEY_STATUS_ACTIVE");
    }

    void createdPermanentFromTheHowTo()
    {
        // The how-to page's answer: accessKeyID, the sentinel, no attributes.
        const QByteArray body = R"({"accessKeyID":"CWEXAMPLEBBBBBB1",
            "expiry":"1970-01-01T00:00:00Z","principalName":"coreweave/my-user@test.com",
            "secretKey":"cwoEXAMPLE1234567890abcdefghijklmnopqrstu"})";
        QString error;
        auto created = coreweave::parseCreatedKey(body, u"backup"_s, 0, Now, &error);
        QVERIFY2(created, qPrintable(error));
        QCOMPARE(created->key.id, u"CWEXAMPLEBBBBBB1"_s);
        QCOMPARE(created->accessKeyId, u"CWEXAMPLEBBBBBB1"_s);
        QCOMPARE(created->secret.view(), "cwoEXAMPLE1234567890abcdefghijklmnopqrstu");
        QVERIFY(!created->key.expires.has_value());
        QCOMPARE(created->key.name, u"backup"_s); // what was asked for
        QCOMPARE(created->key.principal, u"coreweave/my-user@test.com"_s);
        QCOMPARE(created->key.status, KeyStatus::Active);
        QCOMPARE(created->key.created, Now);
    }

    void createdTemporary()
    {
        const QByteArray body =
            R"({"accessKeyId":"CWEXAMPLEBBBBBB2","expiry":"2026-03-01T13:00:00Z",
            "principalName":"coreweave/EXAMPLEtoken1","attributes":{"name":"one hour"},
            "secretKey":"cwoEXAMPLE1234567890abcdefghijklmnopqrstu"})";
        QString error;
        auto created = coreweave::parseCreatedKey(body, u"ignored"_s, 3600, Now, &error);
        QVERIFY2(created, qPrintable(error));
        QCOMPARE(created->key.name, u"one hour"_s); // what the server kept
        QCOMPARE(created->key.expires, Now.addSecs(3600));
    }

    void createdWithoutExpiryUsesTheDuration()
    {
        const QByteArray body =
            R"({"accessKeyId":"CWEXAMPLEBBBBBB3","secretKey":"cwoEXAMPLE1234567890abcdefghijklmnopqr"})";
        QString error;
        auto temporary = coreweave::parseCreatedKey(body, QString(), 300, Now, &error);
        QVERIFY2(temporary, qPrintable(error));
        QCOMPARE(temporary->key.expires, Now.addSecs(300));
        auto permanent = coreweave::parseCreatedKey(body, QString(), 0, Now, &error);
        QVERIFY(!permanent->key.expires.has_value());
    }

    void unreadableCreateAnswers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mention");
        QTest::newRow("not json") << QByteArray("OK") << u"not a JSON object"_s;
        QTest::newRow("no secret")
            << QByteArray(R"({"accessKeyId":"CWEXAMPLEBBBBBB4"})") << u"no secret"_s;
        QTest::newRow("empty secret")
            << QByteArray(R"({"accessKeyId":"CWEXAMPLEBBBBBB4","secretKey":""})") << u"no secret"_s;
    }

    // The secret is shown only once: an answer without the id still hands it over.
    void createAnswerWithoutIdKeepsTheSecret()
    {
        QString error;
        const auto created = coreweave::parseCreatedKey(
            R"({"secretKey":"cwoEXAMPLE1234567890abcdefghijkl"})", u"nightly"_s, 3600, Now, &error);
        QVERIFY2(created, qPrintable(error));
        QCOMPARE(created->secret.exposeString(), u"cwoEXAMPLE1234567890abcdefghijkl"_s);
        QVERIFY(created->key.id.isEmpty());
        QVERIFY(created->accessKeyId.isEmpty());
        QCOMPARE(created->key.name, u"nightly"_s);
        QCOMPARE(created->key.expires, std::optional<QDateTime>(Now.addSecs(3600)));
    }

    void unreadableCreateAnswers()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mention);
        QString error;
        QVERIFY(!coreweave::parseCreatedKey(body, QString(), 0, Now, &error));
        QVERIFY2(error.contains(mention), qPrintable(error));
        QVERIFY(!error.contains(u"cwo"));
    }

    void errorBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("detail");
        QTest::newRow("numeric code")
            << QByteArray(R"({"code":3,"message":"durationSeconds must be at most 43200",)"
                          R"("details":[]})")
            << u"durationSeconds must be at most 43200"_s << QString();
        QTest::newRow("connect code")
            << QByteArray(R"({"code":"not_found","message":"access key not found"})")
            << u"access key not found"_s << QString();
        QTest::newRow("code only, number")
            << QByteArray(R"({"code":16})")
            << u"The API access token was not accepted (unauthenticated)"_s << QString();
        QTest::newRow("code only, connect")
            << QByteArray(R"({"code":"permission_denied","message":""})")
            << u"Permission denied (permission_denied)"_s << QString();
        QTest::newRow("code only, grpc name")
            << QByteArray(R"({"code":"INVALID_ARGUMENT"})")
            << u"The request was rejected as invalid (invalid_argument)"_s << QString();
        QTest::newRow("unknown code") << QByteArray(R"({"code":99})") << u"Error 99"_s << QString();
        QTest::newRow("any details")
            << QByteArray(R"({"code":3,"message":"invalid request","details":[)"
                          R"({"@type":"type.googleapis.com/google.rpc.BadRequest",)"
                          R"("fieldViolations":[{"field":"durationSeconds",)"
                          R"("description":"must be between 0 and 43200"}]},)"
                          R"({"@type":"type.googleapis.com/google.rpc.ErrorInfo",)"
                          R"("reason":"DURATION_TOO_LONG","domain":"cwobject"}]})")
            << u"invalid request"_s
            << u"durationSeconds: must be between 0 and 43200; DURATION_TOO_LONG"_s;
        QTest::newRow("connect debug details")
            << QByteArray(R"({"code":"resource_exhausted","message":"quota","details":[)"
                          R"({"type":"google.rpc.QuotaFailure","value":"EXAMPLE==",)"
                          R"("debug":{"violations":[{"subject":"access keys",)"
                          R"("description":"at most 100 per principal"}]}}]})")
            << u"quota"_s << u"access keys: at most 100 per principal"_s;
        QTest::newRow("string details")
            << QByteArray(R"({"code":5,"message":"gone","details":["revoked earlier"]})")
            << u"gone"_s << u"revoked earlier"_s;
        QTest::newRow("not json") << QByteArray("upstream connect error") << QString() << QString();
        QTest::newRow("other shape") << QByteArray(R"({"error":"nope"})") << QString() << QString();
        QTest::newRow("array") << QByteArray(R"([{"code":3}])") << QString() << QString();
    }

    void errorBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QFETCH(QString, detail);
        QString seenDetail;
        QCOMPARE(coreweave::parseErrorBody(body, &seenDetail), message);
        QCOMPARE(seenDetail, detail);
        // The provider's parser is the same reading.
        QString providerDetail;
        QCOMPARE(CoreWeaveProvider::parseErrorBody(400, body, &providerDetail), message);
        QCOMPARE(providerDetail, detail);
    }
};

QTEST_GUILESS_MAIN(TestCoreWeaveJson)
#include "test_coreweave_json.moc"

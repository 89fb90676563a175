#include "core/Redactor.h"
#include "providers/WasabiAirJson.h"

#include <QRandomGenerator>
#include <QTest>

using namespace kw;
using namespace kw::wasabiair;
using namespace Qt::StringLiterals;

namespace {

// A JWT of the shape AiR issues (HS256, sub = user, jti = key id), with a signature made up at
// run time so that no key-like literal sits in the source.
QByteArray generatedJwt(const QByteArray& keyId)
{
    const QByteArray header = R"({"alg":"HS256","typ":"JWT"})";
    const QByteArray payload =
        R"({"sub":"591481bf1940f20c341b9386a9a192f4","jti":")" + keyId + R"("})";
    QByteArray signature(32, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(signature.data()),
                                          signature.size() / 4);
    const auto b64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    return header.toBase64(b64) + '.' + payload.toBase64(b64) + '.' + signature.toBase64(b64);
}

QByteArray keyObject(const QByteArray& id, const QByteArray& jwt, bool active,
                     const QByteArray& name = {})
{
    QByteArray object = R"({"id":")" + id + R"(","jwt":")" + jwt + R"(","active":)" +
                        (active ? "true" : "false") +
                        R"(,"user_id":"591481bf1940f20c341b9386a9a192f4",)"
                        R"("created_at":"2017-05-31T20:56:04.002433Z",)"
                        R"("updated_at":"2017-06-01T08:00:00.5Z")";
    if (!name.isEmpty())
        object += R"(,"name":")" + name + R"(")";
    return object + '}';
}

// Every text an ApiKey can show anywhere.
QStringList textsOf(const ApiKey& key)
{
    return QStringList{key.id,          key.name,      key.prefix,
                       key.description, key.principal, key.readOnlyReason,
                       key.kind,        key.projectId, key.bearerType}
           << key.services << key.ipAllowlist;
}

// The JWT and each of its three parts (a signature alone is a secret too).
QStringList piecesOf(const QByteArray& jwt)
{
    QStringList pieces{QString::fromLatin1(jwt)};
    for (const QByteArray& part : jwt.split('.'))
        pieces << QString::fromLatin1(part);
    return pieces;
}

const QByteArray seedList = R"({
    "api-keys": [
        {"id": "abc123", "jwt": "APIKEY", "active": true,
         "user_id": "591481bf1940f20c341b9386a9a192f4",
         "created_at": "2017-05-31T20:56:04.002433Z", "updated_at": "2017-05-31T20:56:04.002433Z"},
        {"id": "abc124", "jwt": "APIKEY", "active": true,
         "user_id": "591481bf1940f20c341b9386a9a192f4",
         "created_at": "2017-05-31T20:56:04.002433Z", "updated_at": "2017-05-31T20:56:04.002433Z"},
        {"id": "abc125", "jwt": "APIKEY", "active": false,
         "user_id": "591481bf1940f20c341b9386a9a192f4",
         "created_at": "2017-05-31T20:56:04.002433Z", "updated_at": "2017-05-31T20:56:04.002433Z"}
    ]
})";

} // namespace

class TestWasabiAirJson : public QObject
{
    Q_OBJECT

private slots:
    void listFromTheSeed()
    {
        QString error;
        const auto keys = parseKeyList(seedList, &error);
        QVERIFY2(keys, qPrintable(error));
        QCOMPARE(keys->size(), 3);
        const QDateTime when(QDate(2017, 5, 31), QTime(20, 56, 4, 2), Qt::UTC);
        QCOMPARE(keys->at(0).id, u"abc123"_s);
        QCOMPARE(keys->at(0).prefix, u"abc123"_s);
        QCOMPARE(keys->at(0).principal, u"591481bf1940f20c341b9386a9a192f4"_s);
        QCOMPARE(keys->at(0).created, when);
        QCOMPARE(keys->at(0).created.timeSpec(), Qt::UTC);
        QCOMPARE(keys->at(0).updated, std::optional<QDateTime>(when));
        QCOMPARE(keys->at(0).status, KeyStatus::Active);
        QVERIFY(
            keys->at(0).name.isEmpty()); // the doc's objects have no name: the table shows the id
        QVERIFY(!keys->at(0).expires.has_value());
        QVERIFY(!keys->at(0).lastUsed.has_value());
        QCOMPARE(keys->at(2).id, u"abc125"_s);
        QCOMPARE(keys->at(2).status, KeyStatus::Disabled);
        for (const ApiKey& key : *keys)
            QVERIFY(!textsOf(key).contains(u"APIKEY"_s));
    }

    void noKeyFieldHoldsTheJwt()
    {
        const QByteArray ids[] = {
            "c7e7f6ff0c1d4e5f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d1522b", "abc124", "k"};
        QList<QByteArray> jwts;
        QByteArray body = R"({"api-keys":[)";
        for (const QByteArray& id : ids) {
            jwts << generatedJwt(id);
            if (jwts.size() > 1)
                body += ',';
            body += keyObject(id, jwts.last(), jwts.size() != 2, "Slack-Integration " + id);
        }
        body += "]}";
        QString error;
        const auto keys = parseKeyList(body, &error);
        QVERIFY2(keys, qPrintable(error));
        QCOMPARE(keys->size(), 3);
        for (const ApiKey& key : *keys) {
            const QString all = textsOf(key).join(u'\n');
            for (const QByteArray& jwt : jwts) {
                for (const QString& piece : piecesOf(jwt))
                    QVERIFY2(!all.contains(piece), qPrintable(key.id));
            }
            QVERIFY(!all.contains(u"eyJ"));
            QVERIFY(!Redactor::containsSecret(all));
        }
        QCOMPARE(keys->at(0).prefix, u"c7e7f6ff"_s);
        QCOMPARE(keys->at(0).name, QString(u"Slack-Integration "_s + QLatin1String(ids[0])));
        QCOMPARE(keys->at(1).status, KeyStatus::Disabled);
        QCOMPARE(keys->at(2).prefix, u"k"_s);
        QCOMPARE(keys->at(0).updated, std::optional<QDateTime>(QDateTime(
                                          QDate(2017, 6, 1), QTime(8, 0, 0, 500), Qt::UTC)));
    }

    void keyPrefixIsThePublicId()
    {
        QCOMPARE(keyPrefix(u"c7e7f6ff0c1d4e5f"_s), u"c7e7f6ff"_s);
        QCOMPARE(keyPrefix(u"abc123"_s), u"abc123"_s);
        QCOMPARE(keyPrefix(QString()), QString());
    }

    void tolerableOddities()
    {
        const QByteArray body = R"({"api-keys":[
            {"id": 42, "active": "yes", "created_at": "yesterday", "name": 7},
            {"id": " padded ", "user_id": null}
        ], "total": 2})";
        QString error;
        const auto keys = parseKeyList(body, &error);
        QVERIFY2(keys, qPrintable(error));
        QCOMPARE(keys->size(), 2);
        QCOMPARE(keys->at(0).id, u"42"_s);
        QCOMPARE(keys->at(0).status, KeyStatus::Active); // not a boolean: taken as working
        QVERIFY(!keys->at(0).created.isValid());
        QVERIFY(keys->at(0).name.isEmpty());
        QCOMPARE(keys->at(1).id, u"padded"_s);
        QVERIFY(keys->at(1).principal.isEmpty());
        QVERIFY(!keys->at(1).updated.has_value());
    }

    void emptyList()
    {
        QString error;
        const auto keys = parseKeyList(R"({"api-keys": []})", &error);
        QVERIFY(keys);
        QVERIFY(keys->isEmpty());
    }

    void badLists_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mention");
        QTest::newRow("not json") << QByteArray("<html>502</html>") << u"not valid JSON"_s;
        QTest::newRow("empty") << QByteArray() << u"not valid JSON"_s;
        QTest::newRow("bare array") << QByteArray(R"([{"id":"a"}])") << u"api-keys"_s;
        QTest::newRow("other key") << QByteArray(R"({"api_keys":[]})") << u"api-keys"_s;
        QTest::newRow("list is object") << QByteArray(R"({"api-keys":{}})") << u"api-keys"_s;
        QTest::newRow("entry not object")
            << QByteArray(R"({"api-keys":[{"id":"a"},"b"]})") << u"Entry 2"_s;
        QTest::newRow("entry without id")
            << QByteArray(R"({"api-keys":[{"jwt":"x"}]})") << u"no id"_s;
        QTest::newRow("null id") << QByteArray(R"({"api-keys":[{"id":null}]})") << u"no id"_s;
    }

    void badLists()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mention);
        QString error;
        QVERIFY(!parseKeyList(body, &error));
        QVERIFY2(error.contains(mention), qPrintable(error));
        QVERIFY(!error.contains(u"{"));
    }

    void deepNestingIsCut()
    {
        const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
        QString error;
        QVERIFY(!parseKeyList(R"({"api-keys":)" + deep + "}", &error));
        QVERIFY(!error.isEmpty());
    }

    void createdFromTheSeed()
    {
        const QByteArray jwt = generatedJwt("abc123");
        QString error;
        auto created =
            parseCreatedKey(keyObject("abc123", jwt, true), u" Slack Integration "_s, &error);
        QVERIFY2(created, qPrintable(error));
        QCOMPARE(created->secret.view(), QByteArrayView(jwt));
        QCOMPARE(created->key.id, u"abc123"_s);
        QCOMPARE(created->key.name, u"Slack Integration"_s); // the answer has none: as asked
        QCOMPARE(created->key.status, KeyStatus::Active);
        QCOMPARE(created->key.principal, u"591481bf1940f20c341b9386a9a192f4"_s);
        QVERIFY(created->accessKeyId.isEmpty());
        const QString all = textsOf(created->key).join(u'\n');
        for (const QString& piece : piecesOf(jwt))
            QVERIFY(!all.contains(piece));
    }

    void createdNameFromTheServer()
    {
        const QByteArray jwt = generatedJwt("d1");
        QString error;
        auto created =
            parseCreatedKey(keyObject("d1", jwt, true, "API key 2024-05-21"), {}, &error);
        QVERIFY2(created, qPrintable(error));
        QCOMPARE(created->key.name, u"API key 2024-05-21"_s);
        created = parseCreatedKey(keyObject("d1", jwt, true, "Server's choice"), u"Mine"_s, &error);
        QCOMPARE(created->key.name, u"Server's choice"_s);
    }

    void createdWithoutTimestampIsNow()
    {
        const QByteArray jwt = generatedJwt("d2");
        QString error;
        auto created = parseCreatedKey(R"({"id":"d2","jwt":")" + jwt + R"("})", {}, &error);
        QVERIFY2(created, qPrintable(error));
        QVERIFY(qAbs(created->key.created.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }

    void badCreateAnswers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mention");
        QTest::newRow("not json") << QByteArray("oops") << u"not a JSON object"_s;
        QTest::newRow("array") << QByteArray("[]") << u"not a JSON object"_s;
        QTest::newRow("no jwt") << QByteArray(R"({"id":"a","active":true})") << u"no key"_s;
        QTest::newRow("empty jwt") << QByteArray(R"({"id":"a","jwt":""})") << u"no key"_s;
        QTest::newRow("jwt not a string") << QByteArray(R"({"id":"a","jwt":1})") << u"no key"_s;
    }

    // The JWT is the only copy of the secret: an answer without the id still hands it over.
    void createAnswerWithoutIdKeepsTheSecret()
    {
        QString error;
        const auto created = parseCreatedKey(R"({"jwt":"eyJpart.part.part"})", u"ci"_s, &error);
        QVERIFY2(created, qPrintable(error));
        QCOMPARE(created->secret.exposeString(), u"eyJpart.part.part"_s);
        QVERIFY(created->key.id.isEmpty());
        QCOMPARE(created->key.name, u"ci"_s);
    }

    void badCreateAnswers()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mention);
        QString error;
        QVERIFY(!parseCreatedKey(body, u"name"_s, &error));
        QVERIFY2(error.contains(mention), qPrintable(error));
    }

    void findsTheJwtOfOneKey()
    {
        const QByteArray first = generatedJwt("k1");
        const QByteArray second = generatedJwt("k2");
        const QByteArray body = R"({"api-keys":[)" + keyObject("k1", first, true) + ',' +
                                keyObject("k2", second, false) + "]}";
        bool notFound = true;
        QString error;
        auto jwt = findJwt(body, u"k2"_s, &notFound, &error);
        QVERIFY2(jwt, qPrintable(error));
        QVERIFY(!notFound);
        QCOMPARE(jwt->view(), QByteArrayView(second));
        jwt = findJwt(body, u"k1"_s, &notFound, &error);
        QCOMPARE(jwt->view(), QByteArrayView(first));
    }

    void findJwtFailures()
    {
        bool notFound = false;
        QString error;
        const QByteArray body = R"({"api-keys":[{"id":"k1","jwt":"x.y.z"},{"id":"k2"}]})";
        QVERIFY(!findJwt(body, u"gone"_s, &notFound, &error));
        QVERIFY(notFound);
        QVERIFY2(error.contains(u"gone"), qPrintable(error));

        QVERIFY(!findJwt(body, u"k2"_s, &notFound, &error));
        QVERIFY(!notFound);
        QVERIFY2(error.contains(u"token"), qPrintable(error));

        QVERIFY(!findJwt("garbage", u"k1"_s, &notFound, &error));
        QVERIFY(!notFound);
        QVERIFY2(error.contains(u"JSON"), qPrintable(error));
    }

    void singleKeyAnswer()
    {
        const QByteArray jwt = generatedJwt("p1");
        QString error;
        const auto key = parseKey(keyObject("p1", jwt, false, "Renamed"), &error);
        QVERIFY2(key, qPrintable(error));
        QCOMPARE(key->id, u"p1"_s);
        QCOMPARE(key->name, u"Renamed"_s);
        QCOMPARE(key->status, KeyStatus::Disabled);
        QVERIFY(!textsOf(*key).join(u'\n').contains(QString::fromLatin1(jwt)));
        QVERIFY(!parseKey(R"({"ok":true})", &error));
        QVERIFY(!parseKey("", &error));
    }

    void requestBodies()
    {
        QCOMPARE(createKeyBody(QString()), QByteArray("{}"));
        QCOMPARE(createKeyBody(u"   "_s), QByteArray("{}"));
        QCOMPARE(createKeyBody(u" Slack Integration "_s),
                 QByteArray(R"({"name":"Slack Integration"})"));
        // Escaped as JSON, UTF-8 kept.
        const QByteArray quoted = "{\"name\":\"Zo\xc3\xab \\\"quoted\\\"\"}";
        QCOMPARE(createKeyBody(u"Zoë \"quoted\""_s), quoted);
        QCOMPARE(patchBody(u"New name"_s, std::nullopt), QByteArray(R"({"name":"New name"})"));
        QCOMPARE(patchBody(std::nullopt, false), QByteArray(R"({"active":false})"));
        QCOMPARE(patchBody(std::nullopt, true), QByteArray(R"({"active":true})"));
        QCOMPARE(patchBody(u"N"_s, true), QByteArray(R"({"active":true,"name":"N"})"));
    }

    void deleteAnswers()
    {
        QVERIFY(!deleteRefused(R"({"ok":true})"));
        QVERIFY(!deleteRefused(""));
        QVERIFY(!deleteRefused("not json"));
        QVERIFY(!deleteRefused("{}"));
        QVERIFY(deleteRefused(R"({"ok":false})"));
    }

    void errorBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("detail");
        QTest::newRow("documented") << QByteArray(R"({"error":"api key not found"})")
                                    << u"api key not found"_s << QString();
        QTest::newRow("newer api") << QByteArray(R"({"Error":"Internal failure","ErrorCode":)"
                                                 R"("INTERNAL_ERROR"})")
                                   << u"Internal failure"_s << u"Error code: INTERNAL_ERROR"_s;
        QTest::newRow("newer, no code")
            << QByteArray(R"({"Error":"Denied"})") << u"Denied"_s << QString();
        QTest::newRow("both: the documented one wins")
            << QByteArray(R"({"error":"bad name","Error":"other"})") << u"bad name"_s << QString();
        QTest::newRow("not json") << QByteArray("<h1>Bad Gateway</h1>") << QString() << QString();
        QTest::newRow("other shape") << QByteArray(R"({"message":"x"})") << QString() << QString();
        QTest::newRow("error not a string")
            << QByteArray(R"({"error":{"code":5}})") << QString() << QString();
        QTest::newRow("blank") << QByteArray(R"({"error":"  "})") << QString() << QString();
        QTest::newRow("array") << QByteArray(R"(["error"])") << QString() << QString();
    }

    void errorBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QFETCH(QString, detail);
        QString seenDetail;
        QCOMPARE(parseErrorBody(body, &seenDetail), message);
        QCOMPARE(seenDetail, detail);
        QCOMPARE(parseErrorBody(body, nullptr), message);
    }

    void jwtInAnErrorIsRedacted()
    {
        // HttpClient passes every parsed message through the Redactor; check that it knows the
        // tokens this API hands out.
        const QByteArray jwt = generatedJwt("abc123");
        const QString message =
            parseErrorBody(R"({"error":"token )" + jwt + R"( is not active"})", nullptr);
        QVERIFY(message.contains(QString::fromLatin1(jwt)));
        const QString shown = Redactor::redact(message);
        for (const QString& piece : piecesOf(jwt).mid(2)) // payload and signature
            QVERIFY2(!shown.contains(piece), qPrintable(shown));
        QVERIFY2(shown.contains(u"is not active"), qPrintable(shown));
    }
};

QTEST_GUILESS_MAIN(TestWasabiAirJson)
#include "test_wasabiair_json.moc"

// jsonio's fast reader of key lists (src/providers/FastJson): it reads the common answers itself,
// leaves every other body to the usual reader, and either way a list reads exactly the same.
#include "providers/CoreWeaveJson.h"
#include "providers/FastJson.h"
#include "providers/JsonHelpers.h"
#include "providers/OffThread.h"
#include "providers/ScalewayJson.h"
#include "providers/WasabiAirJson.h"
#include "providers/WaysCloudJson.h"

#include <QTest>

using namespace kw;
using namespace Qt::StringLiterals;

namespace {

struct Outcome
{
    std::optional<QList<ApiKey>> keys;
    QString error;
};

// How the fast reader reads a list: in one piece, or in two halves at once from the shortest
// list on (the second half waited for, so that the split is not left to the threads' timing).
enum class Halves
{
    No,
    Yes
};

void setHalves(Halves halves)
{
    if (halves == Halves::Yes)
        jsonio::setFastReaderSplitBytes(1, /*waitForSecondHalf=*/true);
    else
        jsonio::setFastReaderSplitBytes(jsonio::FastReaderSplitBytes);
}

Outcome readWaysCloud(const QByteArray& body, bool fast, Halves halves = Halves::No)
{
    jsonio::setFastReaderEnabled(fast);
    setHalves(halves);
    Outcome outcome;
    outcome.keys = wayscloud::parseKeyList(body, &outcome.error);
    jsonio::setFastReaderEnabled(true);
    setHalves(Halves::No);
    return outcome;
}

// Every provider's list reader, with the fast reader on or off; the total of a Scaleway page
// is appended to its error text so that it is compared too.
Outcome readProvider(const QString& provider, const QByteArray& body, bool fast,
                     Halves halves = Halves::No)
{
    const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    jsonio::setFastReaderEnabled(fast);
    setHalves(halves);
    Outcome outcome;
    if (provider == u"wasabiair")
        outcome.keys = wasabiair::parseKeyList(body, &outcome.error);
    else if (provider == u"coreweave")
        outcome.keys = coreweave::parseKeyPage(body, now, &outcome.error);
    else if (const auto page = scaleway::parseKeyPage(body, now, &outcome.error)) {
        outcome.keys = page->items;
        outcome.error += u" total %1"_s.arg(page->totalCount);
    }
    jsonio::setFastReaderEnabled(true);
    setHalves(Halves::No);
    return outcome;
}

// A format that reads each entry's id and name, to see what the fast reader takes.
jsonio::FastKeyListFormat namesFormat()
{
    jsonio::FastKeyListFormat format;
    format.topLevelArray = true;
    format.listFields = {"api_keys", "keys"};
    format.idOf = [](const jsonio::FastValue& entry) { return jsonio::idField(entry); };
    format.keyOf = [](const jsonio::FastValue& entry, const QString& id, jsonio::FastMemo& memo) {
        ApiKey key;
        key.id = id;
        key.name = memo.stringField(entry, "name");
        return key;
    };
    return format;
}

const char* const Entry =
    R"({"id":"k1","name":"Backups","description":"nightly job","key_prefix":"wayscloud_storage_ab",
        "key_type":"service","service":"storage","scopes":["storage:read","llm-api:write"],
        "ip_whitelist":["203.0.113.7"," 198.51.100.0/24"],"is_active":false,
        "created_at":"2026-02-03T21:10:00Z","last_used_at":"2026-03-04T05:06:07.123456Z",
        "expires_at":null})";

} // namespace

class TestFastJson : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // A thread for the second half of a list even on a machine of one core.
        offThreadPool().setMaxThreadCount(std::max(2, offThreadPool().maxThreadCount()));
    }

    void readsTheCommonListItself()
    {
        const QByteArray body = "[" + QByteArray(Entry) + ", {\"id\":\"k2\",\"name\":\"B\"}]";
        const quint64 before = jsonio::fastReaderLists();
        const auto keys = jsonio::readKeyListFast(body, namesFormat());
        QVERIFY(keys);
        QCOMPARE(jsonio::fastReaderLists(), before + 1);
        QCOMPARE(keys->size(), 2);
        QCOMPARE(keys->at(0).id, u"k1"_s);
        QCOMPARE(keys->at(0).name, u"Backups"_s);
        QCOMPARE(keys->at(1).name, u"B"_s);

        const auto wrapped = jsonio::readKeyListFast(
            R"({"total":1,"meta":{"a":[1,{"b":null}]},"keys":[{"id":7,"name":"x"}]})",
            namesFormat());
        QVERIFY(wrapped);
        QCOMPARE(wrapped->value(0).id, u"7"_s);
    }

    void leavesWhatItDoesNotTakeToTheUsualReader_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("fraction") << QByteArray(R"([{"id":"a","n":1.5}])");
        QTest::newRow("exponent") << QByteArray(R"([{"id":"a","n":1e3}])");
        QTest::newRow("surrogate escape") << QByteArray(R"([{"id":"a","name":"\ud83d\ude00"}])");
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF[]");
        QTest::newRow("entry not an object") << QByteArray(R"([{"id":"a"}, 3])");
        QTest::newRow("entry without id") << QByteArray(R"([{"name":"a"}])");
        QTest::newRow("trailing text") << QByteArray(R"([{"id":"a"}] x)");
        QTest::newRow("trailing comma") << QByteArray(R"([{"id":"a"},])");
        QTest::newRow("invalid UTF-8") << QByteArray("[{\"id\":\"a\xC3\"}]");
        QTest::newRow("control character") << QByteArray("[{\"id\":\"a\tb\"}]");
        QTest::newRow("leading zero") << QByteArray(R"([{"id":01}])");
        QTest::newRow("deeper than 16") << QByteArray(
            "[{\"id\":\"a\",\"x\":" + QByteArray(20, '[') + QByteArray(20, ']') + "}]");
        QTest::newRow("list name twice") << QByteArray(R"({"keys":[],"keys":[{"id":"a"}]})");
        QTest::newRow("no list") << QByteArray(R"({"total":0})");
        QTest::newRow("empty") << QByteArray();
    }

    void leavesWhatItDoesNotTakeToTheUsualReader()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!jsonio::readKeyListFast(body, namesFormat()));
    }

    void valuesReadAsADocumentHasThem()
    {
        const QByteArray body =
            R"([{"id":"a","u":18446744073709551615,"i":-42,"z":-0,"big":123456789012345678901234,)"
            "\"s\":\"tab\\tq\\\"\\u00e9\\u20ac\\/\","
            R"("t":true,"f":false,"n":null,"d":1,"d":2}])";
        jsonio::FastKeyListFormat format = namesFormat();
        QList<jsonio::FastValue::Type> types;
        QString text, big;
        quint64 unsignedValue = 0;
        qint64 negative = 0, last = 0;
        format.keyOf = [&](const jsonio::FastValue& entry, const QString& id, jsonio::FastMemo&) {
            for (const jsonio::FastValue& value : entry)
                types << value.type();
            unsignedValue = entry.find("u")->unsignedInteger();
            negative = entry.find("i")->integer();
            text = jsonio::stringField(entry, "s");
            big = jsonio::stringField(entry, "big");
            last = entry.find("d")->integer();
            ApiKey key;
            key.id = id;
            return key;
        };
        QVERIFY(jsonio::readKeyListFast(body, format));
        using T = jsonio::FastValue::Type;
        const QList<T> expected{T::String, T::Unsigned, T::Integer, T::Integer,
                                T::String, T::String,   T::Boolean, T::Boolean,
                                T::Null,   T::Unsigned, T::Unsigned};
        QCOMPARE(types, expected);
        QCOMPARE(unsignedValue, 18446744073709551615ULL);
        QCOMPARE(negative, -42);
        QCOMPARE(text, u"tab\tq\"é€/"_s);
        QCOMPARE(big, u"123456789012345678901234"_s); // as jsonio::parse keeps it
        QCOMPARE(last, 2);                            // the last of a name, as a document keeps
    }

    void aListReadsTheSameEitherWay_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray entry(Entry);
        QTest::newRow("common") << "[" + entry + "," + entry + "]";
        QTest::newRow("wrapped") << R"({"api_keys":[)" + entry + "]}";
        QTest::newRow("wrapped, other names")
            << R"({"data":[{"id":"d"}],"items":[)" + entry + R"(],"api_keys":null})";
        QTest::newRow("empty list") << QByteArray(" [ ] ");
        QTest::newRow("number ids") << QByteArray(R"([{"id":18446744073709551615},{"id":-3}])");
        QTest::newRow("id with spaces") << QByteArray(R"([{"id":"  k  "}])");
        QTest::newRow("escapes") << QByteArray(
            R"([{"id":"\u0041","name":"a\nb\\c","service":"LLM-API"}])");
        QTest::newRow("whitelist string")
            << QByteArray(R"([{"id":"a","ip_whitelist":"203.0.113.7, 10.0.0.0/8  ::1"}])");
        QTest::newRow("whitelist not valid")
            << QByteArray(R"([{"id":"a","ip_whitelist":["10.0.0.1/8","x",3]}])");
        QTest::newRow("wrong types")
            << QByteArray(R"([{"id":"a","name":5,"scopes":"storage","is_active":"yes",
                              "created_at":7,"last_used_at":"yesterday","ip_whitelist":{"a":1}}])");
        QTest::newRow("other timestamps")
            << QByteArray(R"([{"id":"a","created_at":"2026-02-03 21:10:00+02:00",
                              "last_used_at":" 2026-02-03T21:10Z","expires_at":"2026-02-30T00:00:00Z"}])");
        QTest::newRow("duplicate field") << QByteArray(R"([{"id":"a","name":"x","name":"y"}])");
        QTest::newRow("entry without id") << QByteArray(R"([{"id":"a"},{"name":"b"}])");
        QTest::newRow("entry not an object") << QByteArray(R"([{"id":"a"},[]])");
        QTest::newRow("not a list") << QByteArray(R"({"total":1})");
        QTest::newRow("not JSON") << QByteArray(R"([{"id":"a"})");
        QTest::newRow("unicode") << QByteArray(
            "[{\"id\":\"\xE2\x82\xAC\",\"name\":\"\xF0\x9F\x98\x80\"}]");
    }

    void aListReadsTheSameEitherWay()
    {
        QFETCH(QByteArray, body);
        const Outcome usual = readWaysCloud(body, false);
        for (const Halves halves : {Halves::No, Halves::Yes}) {
            const Outcome fast = readWaysCloud(body, true, halves);
            QCOMPARE(fast.error, usual.error);
            QCOMPARE(fast.keys.has_value(), usual.keys.has_value());
            if (usual.keys)
                QCOMPARE(*fast.keys, *usual.keys);
        }
    }

    void everyProviderReadsTheSameEitherWay_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("taken"); // by the fast reader
        const QByteArray air =
            R"({"id":"air1","name":" Ingest ","user_id":"u-1","jwt":"eyJ.a.b","active":false,
                "created_at":"2026-01-02T03:04:05Z","updated_at":"2026-01-03T03:04:05.5Z"})";
        QTest::newRow("air") << u"wasabiair"_s << R"({"api-keys":[)" + air + "," + air + "]}"
                             << true;
        QTest::newRow("air, no active")
            << u"wasabiair"_s << QByteArray(R"({"api-keys":[{"id":5,"name":3}]})") << true;
        QTest::newRow("air, bare list") << u"wasabiair"_s << QByteArray(R"([{"id":"a"}])") << false;
        QTest::newRow("air, no list") << u"wasabiair"_s << QByteArray(R"({"keys":[]})") << false;
        const QByteArray cw =
            R"({"accessKeyId":"CWKEY1","principalName":"ci-bot","status":"ACCESS_KEY_STATUS_ACTIVE",
                "expiry":"2026-02-01T00:00:00Z","attributes":{"name":" deploy "}})";
        QTest::newRow("coreweave")
            << u"coreweave"_s << R"({"info":[)" + cw + R"(,{"accessKeyID":"CW2",
                                      "status":"access_key_status_suspended","attributes":[1]}],
                                      "nextPageToken":"x"})"
            << true;
        QTest::newRow("coreweave, no info") << u"coreweave"_s << QByteArray("{}") << false;
        QTest::newRow("coreweave, null info")
            << u"coreweave"_s << QByteArray(R"({"info":null})") << false;
        QTest::newRow("coreweave, no id")
            << u"coreweave"_s << QByteArray(R"({"info":[{"status":"x"}]})") << false;
        const QByteArray sw =
            R"({"access_key":"SCW1","description":" Backup  job ","user_id":"u-1",
                "default_project_id":"p-1","created_at":"2025-01-01T00:00:00Z",
                "updated_at":"2025-01-02T00:00:00Z","expires_at":"2026-01-01T00:00:00Z",
                "editable":false,"deletable":false,"managed":true})";
        QTest::newRow("scaleway") << u"scaleway"_s
                                  << R"({"api_keys":[)" + sw + R"(,{"access_key":"SCW2",
                                     "application_id":" app "}],"total_count":250})"
                                  << true;
        QTest::newRow("scaleway, huge total")
            << u"scaleway"_s
            << QByteArray(R"({"total_count":123456789012345678901234,"api_keys":[]})") << true;
        QTest::newRow("scaleway, negative total")
            << u"scaleway"_s << QByteArray(R"({"api_keys":[{"access_key":"a"}],"total_count":-3})")
            << true;
        QTest::newRow("scaleway, total twice")
            << u"scaleway"_s << QByteArray(R"({"total_count":9,"api_keys":[],
                                                  "total_count":"7"})")
            << true;
        QTest::newRow("scaleway, escaped names")
            << u"scaleway"_s
            << QByteArray(R"({"api\u005fkeys":[{"access_key":"a"}],"total\u005fcount":5})") << true;
        QTest::newRow("scaleway, no access key")
            << u"scaleway"_s << QByteArray(R"({"api_keys":[{"description":"a"}]})") << false;
        QTest::newRow("scaleway, not JSON") << u"scaleway"_s << QByteArray("{") << false;
    }

    void everyProviderReadsTheSameEitherWay()
    {
        QFETCH(QString, provider);
        QFETCH(QByteArray, body);
        QFETCH(bool, taken);
        const Outcome usual = readProvider(provider, body, false);
        for (const Halves halves : {Halves::No, Halves::Yes}) {
            const Outcome fast = readProvider(provider, body, true, halves);
            QCOMPARE(fast.error, usual.error);
            QCOMPARE(fast.keys.has_value(), usual.keys.has_value());
            if (usual.keys)
                QCOMPARE(*fast.keys, *usual.keys);
        }
        const quint64 before = jsonio::fastReaderLists();
        (void)readProvider(provider, body, true);
        QCOMPARE(jsonio::fastReaderLists() - before, quint64(taken ? 1 : 0));
    }

    void aLongListReadsTheSameInHalves_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("split"); // where the halves meet is an entry's start
        const auto list = [](int count, const QByteArray& separator,
                             const QByteArray& extra) -> QByteArray {
            QByteArray body = "[";
            for (int i = 0; i < count; ++i) {
                if (i > 0)
                    body += separator;
                const QByteArray n = QByteArray::number(i);
                body += "{\"id\":\"k" + n + "\",\"name\":\"n" + n + "\"" + extra + "}";
            }
            return body + "]";
        };
        QTest::newRow("compact") << list(40, ",", {}) << true;
        QTest::newRow("spaced") << list(40, " ,\n\t ", {}).replace("}", " }") << true;
        // The halves' guess lands where no entry starts: the first half reads on alone.
        QTest::newRow("lists of objects in every entry")
            << list(40, ",", R"(,"scopes":[{"id":"x","name":"y"},{"id":"z"}])") << false;
        QTest::newRow("braces in every description")
            << list(40, ",", ",\"description\":\"},{ },\\t{\"") << false;
        QTest::newRow("an entry without id late")
            << list(40, ",", {}).replace(R"({"id":"k35",)", "{") << true;
        QTest::newRow("an entry without id early")
            << list(40, ",", {}).replace(R"({"id":"k3",)", "{") << false;
        QTest::newRow("not JSON at the end") << list(40, ",", {}).chopped(1) << true;
        QByteArray more = R"({"a":0})";
        for (int i = 1; i < 30; ++i)
            more += R"(,{"a":)" + QByteArray::number(i) + "}";
        QTest::newRow("wrapped, the guess after the list")
            << R"({"api_keys":)" + list(4, ",", {}) + R"(,"more":[)" + more + "]}" << false;
        QTest::newRow("wrapped, the guess in the list")
            << R"({"more":[)" + more + R"(],"api_keys":)" + list(40, ",", {}) + "}" << true;
    }

    void aLongListReadsTheSameInHalves()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, split);
        const Outcome usual = readWaysCloud(body, false);
        const quint64 before = jsonio::fastReaderSplitLists();
        const Outcome halves = readWaysCloud(body, true, Halves::Yes);
        QCOMPARE(halves.error, usual.error);
        QCOMPARE(halves.keys.has_value(), usual.keys.has_value());
        if (usual.keys)
            QCOMPARE(*halves.keys, *usual.keys);
        // Read in halves where the list allows it, and only where it is right to.
        QCOMPARE(jsonio::fastReaderSplitLists() - before,
                 quint64(split && usual.keys.has_value() ? 1 : 0));
    }

    void aListTooShortIsReadInOnePiece()
    {
        QByteArray body = "[";
        for (int i = 0; i < 2000; ++i)
            body += (i ? ",{\"id\":\"k" : "{\"id\":\"k") + QByteArray::number(i) + "\"}";
        body += "]";
        QVERIFY(body.size() < jsonio::FastReaderSplitBytes);
        const quint64 before = jsonio::fastReaderSplitLists();
        const Outcome fast = readWaysCloud(body, true);
        QVERIFY(fast.keys);
        QCOMPARE(fast.keys->size(), 2000);
        QCOMPARE(jsonio::fastReaderSplitLists(), before);
    }

    void theCommonEntryReadsEveryField()
    {
        const Outcome fast = readWaysCloud("[" + QByteArray(Entry) + "]", true);
        QVERIFY2(fast.keys, qPrintable(fast.error));
        const ApiKey key = fast.keys->value(0);
        QCOMPARE(key.services, (QStringList{u"storage"_s, u"llm"_s}));
        QCOMPARE(key.ipAllowlist, (QStringList{u"203.0.113.7"_s, u"198.51.100.0/24"_s}));
        QCOMPARE(key.status, KeyStatus::Disabled);
        QCOMPARE(key.created, QDateTime(QDate(2026, 2, 3), QTime(21, 10), Qt::UTC));
        QCOMPARE(key.lastUsed, QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 123), Qt::UTC));
        QVERIFY(!key.expires);
    }

    void repeatedValuesShareOneCopy()
    {
        const Outcome fast = readWaysCloud("[" + QByteArray(Entry) + "," +
                                               QByteArray(Entry).replace("\"k1\"", "\"k2\"") + "]",
                                           true);
        QVERIFY(fast.keys);
        QCOMPARE(fast.keys->size(), 2);
        const ApiKey& first = fast.keys->at(0);
        const ApiKey& second = fast.keys->at(1);
        QVERIFY(first.description.isSharedWith(second.description));
        QVERIFY(first.services.isSharedWith(second.services));
        QVERIFY(first.ipAllowlist.isSharedWith(second.ipAllowlist));
    }

    void timestampsKeepTheirInstant_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QDateTime>("expected");
        const auto utc = [](int y, int m, int d, int h, int mi, int s, int ms) {
            return QDateTime(QDate(y, m, d), QTime(h, mi, s, ms), Qt::UTC);
        };
        QTest::newRow("epoch") << QByteArray("1970-01-01T00:00:00Z") << utc(1970, 1, 1, 0, 0, 0, 0);
        QTest::newRow("before") << QByteArray("1969-12-31T23:59:59.999Z")
                                << utc(1969, 12, 31, 23, 59, 59, 999);
        QTest::newRow("year 1") << QByteArray("0001-01-01T00:00:00Z") << utc(1, 1, 1, 0, 0, 0, 0);
        QTest::newRow("leap day") << QByteArray("2024-02-29T12:34:56.7Z")
                                  << utc(2024, 2, 29, 12, 34, 56, 700);
        QTest::newRow("century") << QByteArray("2100-03-01T00:00:00Z")
                                 << utc(2100, 3, 1, 0, 0, 0, 0);
        QTest::newRow("last") << QByteArray("9999-12-31T23:59:59.999Z")
                              << utc(9999, 12, 31, 23, 59, 59, 999);
    }

    void timestampsKeepTheirInstant()
    {
        QFETCH(QByteArray, text);
        QFETCH(QDateTime, expected);
        const QDateTime read = jsonio::parseTimestampUtf8(
            std::string_view(text.constData(), std::size_t(text.size())));
        QCOMPARE(read, expected);
        QCOMPARE(read.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
    }

    void timestampsReadTheSameFromUtf8_data()
    {
        QTest::addColumn<QByteArray>("text");
        for (const char* text :
             {"2026-02-03T21:10:00Z", "2026-02-03 21:10:00z", "2026-02-03T21:10:00.5Z",
              "2026-02-03T21:10:00.123456789Z", "2026-02-03T21:10:00,12Z", "1970-01-01T00:00:00Z",
              "0001-01-01T00:00:00Z", "1969-12-31T23:59:59.999Z", "2024-02-29T12:00:00Z",
              "2023-02-29T12:00:00Z", "2026-02-03T24:00:00Z", "2026-02-03T21:10:00+01:00",
              "2026-02-03T21:10Z", " 2026-02-03T21:10:00Z ", "2026-02-03T21:10:00.Z", "garbage",
              "9999-12-31T23:59:59.999999999999Z"})
            QTest::newRow(text) << QByteArray(text);
    }

    void timestampsReadTheSameFromUtf8()
    {
        QFETCH(QByteArray, text);
        const QDateTime fast = jsonio::parseTimestampUtf8(
            std::string_view(text.constData(), std::size_t(text.size())));
        const QDateTime usual = jsonio::parseTimestamp(QString::fromUtf8(text));
        QCOMPARE(fast.isValid(), usual.isValid());
        QCOMPARE(fast, usual);
        if (fast.isValid())
            QCOMPARE(fast.timeSpec(), Qt::UTC);
    }
};

QTEST_GUILESS_MAIN(TestFastJson)
#include "test_fastjson.moc"

// jsonio: ids sent as numbers keep their exact value, above 2^63 and beyond 64 bits too, in the
// helpers and in every provider's JSON reader.
#include "providers/CoreWeaveJson.h"
#include "providers/JsonHelpers.h"
#include "providers/ScalewayJson.h"
#include "providers/WasabiAirJson.h"
#include "providers/WaysCloudJson.h"

#include <QTest>

using namespace kw;
using namespace Qt::StringLiterals;

class TestJsonHelpers : public QObject
{
    Q_OBJECT

private slots:
    void bigIdsKeepTheirValue_data()
    {
        QTest::addColumn<QByteArray>("number");
        QTest::newRow("2^64-1") << QByteArray("18446744073709551615");
        QTest::newRow("2^63") << QByteArray("9223372036854775808");
        QTest::newRow("2^63-1") << QByteArray("9223372036854775807");
        QTest::newRow("beyond 64 bits") << QByteArray("123456789012345678901234567890");
        QTest::newRow("negative") << QByteArray("-42");
        QTest::newRow("below int64") << QByteArray("-9223372036854775809");
    }

    void bigIdsKeepTheirValue()
    {
        QFETCH(QByteArray, number);
        const QString expected = QString::fromLatin1(number);
        const jsonio::json document = jsonio::parse(R"({"id":)" + number + "}");
        QVERIFY(!document.is_discarded());
        QCOMPARE(jsonio::idField(document), expected);
    }

    void everyReaderKeepsBigIds_data()
    {
        QTest::addColumn<QByteArray>("number");
        QTest::newRow("2^64-1") << QByteArray("18446744073709551615");
        QTest::newRow("2^63") << QByteArray("9223372036854775808");
        QTest::newRow("beyond 64 bits") << QByteArray("123456789012345678901234567890");
    }

    void everyReaderKeepsBigIds()
    {
        QFETCH(QByteArray, number);
        const QString expected = QString::fromLatin1(number);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QString error;

        const auto ways =
            wayscloud::parseKeyList(R"([{"id":)" + number + R"(,"name":"a"}])", &error);
        QVERIFY2(ways, qPrintable(error));
        QCOMPARE(ways->value(0).id, expected);

        const auto air = wasabiair::parseKeyList(
            R"({"api-keys":[{"id":)" + number + R"(,"name":"a"}]})", &error);
        QVERIFY2(air, qPrintable(error));
        QCOMPARE(air->value(0).id, expected);

        const auto weave =
            coreweave::parseKeyPage(R"({"info":[{"accessKeyId":)" + number + "}]}", now, &error);
        QVERIFY2(weave, qPrintable(error));
        QCOMPARE(weave->value(0).id, expected);

        const auto scw = scaleway::parseKeyPage(
            R"({"api_keys":[{"access_key":)" + number + R"(}],"total_count":1})", now, &error);
        QVERIFY2(scw, qPrintable(error));
        QCOMPARE(scw->items.value(0).id, expected);
        QCOMPARE(scw->totalCount, 1);
    }

    // Other numbers are still numbers, and the depth limit still holds.
    void otherNumbersAndDepthAreUnchanged()
    {
        const jsonio::json document =
            jsonio::parse(R"({"count":7,"ratio":0.5,"exp":1e3,"big":18446744073709551615})");
        QVERIFY(document["count"].is_number_integer());
        QCOMPARE(document["count"].get<int>(), 7);
        QVERIFY(document["ratio"].is_number_float());
        QVERIFY(document["exp"].is_number_float());
        QVERIFY(document["big"].is_number_unsigned());
        QVERIFY(jsonio::parse("{\"a\":").is_discarded());
        QVERIFY(jsonio::parse("[1] trailing").is_discarded());
        const jsonio::json deep = jsonio::parse(R"({"a":{"b":{"c":1}},"d":2})", 2);
        QVERIFY(deep.is_object());
        QCOMPARE(deep["d"].get<int>(), 2);
        QVERIFY(deep.find("a") == deep.end() || !deep["a"].contains("b") ||
                !deep["a"]["b"].contains("c"));
    }
    // Every timestamp shape the providers send (providers.md) and the looser ones the reader has
    // always taken: the fast reader of the common shapes and the general one agree.
    void timestampsOfEveryProvider_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const auto utc = [](int y, int mo, int d, int h, int mi, int s, int ms) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
        };
        QTest::newRow("WAYSCloud, Wasabi IAM")
            << u"2026-02-03T21:10:00Z"_s << utc(2026, 2, 3, 21, 10, 0, 0);
        QTest::newRow("Wasabi AiR, Scaleway: microseconds")
            << u"2017-05-31T20:56:04.002433Z"_s << utc(2017, 5, 31, 20, 56, 4, 2);
        QTest::newRow("Scaleway: milliseconds")
            << u"2027-08-19T13:54:55.838Z"_s << utc(2027, 8, 19, 13, 54, 55, 838);
        QTest::newRow("one digit")
            << u"2024-03-15T08:45:22.5Z"_s << utc(2024, 3, 15, 8, 45, 22, 500);
        QTest::newRow("two digits")
            << u"2024-03-15T08:45:22.25Z"_s << utc(2024, 3, 15, 8, 45, 22, 250);
        QTest::newRow("nanoseconds")
            << u"2024-03-15T08:45:22.123456789Z"_s << utc(2024, 3, 15, 8, 45, 22, 123);
        QTest::newRow("comma, lower z, space")
            << u" 2024-02-29 23:59:59,999z "_s << utc(2024, 2, 29, 23, 59, 59, 999);
        QTest::newRow("offset") << u"2024-03-01T14:00:00+02:00"_s << utc(2024, 3, 1, 12, 0, 0, 0);
        QTest::newRow("offset without colon")
            << u"2024-03-01T14:00:00.5-0130"_s << utc(2024, 3, 1, 15, 30, 0, 500);
        QTest::newRow("no zone is UTC") << u"2024-03-01T14:00:00"_s << utc(2024, 3, 1, 14, 0, 0, 0);
        QTest::newRow("no seconds") << u"2024-03-01T14:00Z"_s << utc(2024, 3, 1, 14, 0, 0, 0);
        QTest::newRow("no 30 February") << u"2023-02-30T10:00:00Z"_s << QDateTime();
        QTest::newRow("no 29 February in 2023") << u"2023-02-29T10:00:00Z"_s << QDateTime();
        QTest::newRow("no hour 25") << u"2024-03-01T25:00:00Z"_s << QDateTime();
        QTest::newRow("no minute 60") << u"2024-03-01T10:60:00Z"_s << QDateTime();
        QTest::newRow("no month 13") << u"2024-13-01T10:00:00Z"_s << QDateTime();
        QTest::newRow("a letter") << u"2024-03-0xT10:00:00Z"_s << QDateTime();
        QTest::newRow("a dot without digits") << u"2024-03-01T10:00:00.Z"_s << QDateTime();
        QTest::newRow("a letter in the fraction") << u"2024-03-01T10:00:00.12a4Z"_s << QDateTime();
        QTest::newRow("a date alone") << u"2024-03-01"_s << QDateTime();
        QTest::newRow("empty") << QString() << QDateTime();
    }
    void timestampsOfEveryProvider()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime when = jsonio::parseTimestamp(text);
        QCOMPARE(when.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(when.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
            QCOMPARE(when.timeSpec(), Qt::UTC);
        }
    }

    // Values deeper than the limit are dropped inside arrays as inside objects, and a long list
    // keeps every entry in its order.
    void depthLimitInArraysAndLongLists()
    {
        QCOMPARE(jsonio::parse(R"([[1,[2]],3,{"a":[4]}])", 1).dump(), std::string(R"([[],3,{}])"));
        QCOMPARE(jsonio::parse(R"({"a":[{"b":1}],"c":[]})", 2).dump(),
                 std::string(R"({"a":[{}],"c":[]})"));
        QVERIFY(jsonio::parse("[[1,", 1).is_discarded());
        std::string list = "[";
        for (int i = 0; i < 5000; ++i)
            list += (i ? ",{\"id\":" : "{\"id\":") + std::to_string(i) + ",\"x\":[[[1]]]}";
        list += "]";
        const jsonio::json document = jsonio::parse(QByteArray::fromStdString(list), 2);
        QCOMPARE(document.size(), std::size_t(5000));
        QCOMPARE(document[4999]["id"].get<int>(), 4999);
        QCOMPARE(document[17]["x"].dump(), std::string("[]"));
    }
    // A list that is one JSON array is read an entry at a time; what it gives, and every error,
    // is what reading the whole document gives.
    void aListReadEntryByEntryReadsAsTheWholeDocument_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("keys");
        QTest::addColumn<QString>("error");
        const QString entry3 = u"Entry 3 of the key list from WAYSCloud is not an object."_s;
        const QString noId = u"Entry 2 of the key list from WAYSCloud has no id."_s;
        const QString invalid = u"The key list from WAYSCloud is not valid JSON."_s;
        QTest::newRow("keys") << QByteArray(R"( [{"id":"a","name":"x","scopes":["dns:read"]},)"
                                            R"({"id":"b","created_at":"2024-03-01T14:00:00Z"}])")
                              << 2 << QString();
        QTest::newRow("empty") << QByteArray("\n[ ]\n") << 0 << QString();
        QTest::newRow("not an object")
            << QByteArray(R"([{"id":"a"},{"id":"b"},7,{"id":"c"}])") << -1 << entry3;
        QTest::newRow("no id") << QByteArray(R"([{"id":"a"},{"name":"b"},[1]])") << -1 << noId;
        QTest::newRow("bad entry, then not JSON")
            << QByteArray(R"([{"id":"a"},{"name":"b"},)") << -1 << invalid;
        QTest::newRow("trailing text") << QByteArray(R"([{"id":"a"}] x)") << -1 << invalid;
        QTest::newRow("wrapped") << QByteArray(R"({"api_keys":[{"id":"a"}]})") << 1 << QString();
        QTest::newRow("nested deep")
            << QByteArray(R"([{"id":"a","x":)" + QByteArray(40, '[') + QByteArray(40, ']') + "}]")
            << 1 << QString();
    }
    void aListReadEntryByEntryReadsAsTheWholeDocument()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, keys);
        QFETCH(QString, error);
        QString message;
        const std::optional<QList<ApiKey>> read = wayscloud::parseKeyList(body, &message);
        QCOMPARE(read.has_value(), keys >= 0);
        if (read)
            QCOMPARE(read->size(), keys);
        else
            QCOMPARE(message, error);
    }
};

QTEST_GUILESS_MAIN(TestJsonHelpers)
#include "test_jsonhelpers.moc"

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
};

QTEST_GUILESS_MAIN(TestJsonHelpers)
#include "test_jsonhelpers.moc"

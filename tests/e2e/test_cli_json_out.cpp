// keywarden-cli's streamed JSON (app/cli/JsonOut): the bytes QJsonDocument's Compact format
// gives for the same values, so that `keys list --json` reads the same as before it streamed;
// and the output leaves in chunks while the document is still being written.
#include "app/cli/JsonOut.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>
#include <limits>

using namespace Qt::StringLiterals;
using kw::cli::JsonOut;

namespace {

QByteArray compactOf(const QJsonValue& value)
{
    // A one-element array, its brackets removed: QJsonDocument writes no bare values.
    QByteArray bytes = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return bytes.mid(1, bytes.size() - 2);
}

QByteArray streamed(const std::function<void(JsonOut&)>& write, qsizetype chunkBytes = 65536)
{
    QByteArray bytes;
    {
        JsonOut out([&bytes](QByteArrayView chunk) { bytes.append(chunk); }, chunkBytes);
        write(out);
    }
    return bytes;
}

} // namespace

class TestCliJsonOut : public QObject
{
    Q_OBJECT

private slots:
    void stringsAreEscapedAsQtEscapesThem_data()
    {
        QTest::addColumn<QString>("text");
        QString controls;
        for (char16_t unit = 0; unit < 0x20; ++unit)
            controls.append(QChar(unit));
        QTest::newRow("empty") << QString();
        QTest::newRow("plain") << u"Production Storage API (7)"_s;
        QTest::newRow("quote and backslash") << u"say \"hi\" \\ C:\\keys"_s;
        QTest::newRow("every control character") << controls;
        QTest::newRow("delete and slash") << u"a\u007fb/c"_s;
        QTest::newRow("latin and euro") << u"Nøkkel für €"_s;
        QTest::newRow("emoji (a surrogate pair)") << u"key 🔑 done"_s;
        QTest::newRow("lone high surrogate") << (u"a"_s + QChar(0xd83d) + u"b"_s);
        QTest::newRow("lone low surrogate") << (u"a"_s + QChar(0xdd11) + u"b"_s);
        QTest::newRow("high surrogate at the end") << (u"a"_s + QChar(0xd83d));
        QTest::newRow("two high surrogates") << (QString(QChar(0xd83d)) + QChar(0xd83d));
    }
    void stringsAreEscapedAsQtEscapesThem()
    {
        QFETCH(QString, text);
        QCOMPARE(JsonOut::quoted(text), compactOf(text));
        QCOMPARE(streamed([&text](JsonOut& out) { out.string(text); }), compactOf(text));
    }

    void timesAreIsoUtcToTheSecond_data()
    {
        QTest::addColumn<QDateTime>("time");
        const auto utc = [](int y, int mo, int d, int h, int mi, int s, int ms) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
        };
        QTest::newRow("epoch") << utc(1970, 1, 1, 0, 0, 0, 0);
        QTest::newRow("a key's creation") << utc(2023, 5, 26, 16, 23, 17, 0);
        QTest::newRow("milliseconds are dropped") << utc(2025, 12, 31, 23, 59, 59, 999);
        QTest::newRow("leap day") << utc(2024, 2, 29, 12, 0, 0, 0);
        QTest::newRow("before 1970, with milliseconds") << utc(1969, 12, 31, 23, 59, 59, 500);
        QTest::newRow("year 1") << utc(1, 1, 1, 0, 0, 0, 0);
        QTest::newRow("year 9999") << utc(9999, 12, 31, 23, 59, 59, 0);
        QTest::newRow("year 10000") << utc(10000, 1, 1, 0, 0, 0, 0);
        QTest::newRow("an offset of +02:00")
            << QDateTime(QDate(2025, 6, 1), QTime(1, 30), QTimeZone(7200));
    }
    void timesAreIsoUtcToTheSecond()
    {
        QFETCH(QDateTime, time);
        QVERIFY(time.isValid());
        const QByteArray expected = compactOf(time.toUTC().toString(Qt::ISODate));
        QCOMPARE(streamed([&time](JsonOut& out) { out.time(time); }), expected);
    }

    void missingTimesAreNull()
    {
        QCOMPARE(streamed([](JsonOut& out) { out.time(std::nullopt); }), QByteArray("null"));
        QCOMPARE(streamed([](JsonOut& out) { out.time(QDateTime()); }), QByteArray("null"));
    }

    void documentsMatchQJsonDocument()
    {
        const QJsonObject first{{u"account"_s, u"prod \"eu\""_s},
                                {u"ageDays"_s, 1288},
                                {u"expires"_s, QJsonValue::Null},
                                {u"ipAllowlist"_s, QJsonArray{}},
                                {u"negative"_s, -42},
                                {u"rotationDue"_s, true},
                                {u"secretStored"_s, false},
                                {u"services"_s, QJsonArray{u"storage"_s, u"llm"_s}}};
        const QByteArray expected = QJsonDocument(QJsonArray{first, QJsonObject{}, QJsonArray{}})
                                        .toJson(QJsonDocument::Compact) +
                                    '\n';
        const QByteArray written = streamed([](JsonOut& out) {
            out.beginArray();
            out.beginObject();
            out.key("account"_L1);
            out.raw(JsonOut::quoted(u"prod \"eu\""_s));
            out.key("ageDays"_L1);
            out.number(1288);
            out.key("expires"_L1);
            out.null();
            out.key("ipAllowlist"_L1);
            out.stringArray({});
            out.key("negative"_L1);
            out.number(-42);
            out.key("rotationDue"_L1);
            out.boolean(true);
            out.key("secretStored"_L1);
            out.boolean(false);
            out.key("services"_L1);
            out.stringArray({u"storage"_s, u"llm"_s});
            out.endObject();
            out.beginObject();
            out.endObject();
            out.beginArray();
            out.endArray();
            out.endArray();
            out.endLine();
        });
        QCOMPARE(written, expected);
    }

    // A value longer than the chunk and the room set aside for it (a long description, every
    // character escaped to six bytes) is written whole, and so are the extreme numbers.
    void valuesLargerThanTheBufferAreWrittenWhole()
    {
        QString text;
        for (int unit = 0; unit < 5000; ++unit)
            text += QChar(char16_t(unit % 3 == 0 ? 0x01 : unit % 3 == 1 ? u'"' : u'\u00e9'));
        const QJsonArray values{text, std::numeric_limits<qint64>::min() + 1,
                                std::numeric_limits<qint64>::max() - 1, 0};
        const QByteArray expected = QJsonDocument(values).toJson(QJsonDocument::Compact) + '\n';
        for (const qsizetype chunkBytes : {qsizetype(16), qsizetype(65536)}) {
            const QByteArray written = streamed(
                [&text](JsonOut& out) {
                    out.beginArray();
                    out.string(text);
                    out.number(std::numeric_limits<qint64>::min() + 1);
                    out.number(std::numeric_limits<qint64>::max() - 1);
                    out.number(0);
                    out.endArray();
                    out.endLine();
                },
                chunkBytes);
            QCOMPARE(written, expected);
        }
    }

    // A long listing leaves in chunks as it is written: its first bytes are out before its last
    // key is written, and no chunk holds much more than the chunk size.
    void outputLeavesInChunksWhileWritten()
    {
        QList<QByteArray> chunks;
        qsizetype sentBeforeTheEnd = 0;
        {
            JsonOut out([&chunks](QByteArrayView chunk) { chunks.append(chunk.toByteArray()); },
                        1024);
            out.beginArray();
            for (int key = 0; key < 1000; ++key) {
                out.beginObject();
                out.key("id"_L1);
                out.string(u"key-%1"_s.arg(key));
                out.endObject();
            }
            sentBeforeTheEnd = chunks.size();
            out.endArray();
            out.endLine();
        }
        QVERIFY2(sentBeforeTheEnd >= 10, qPrintable(QString::number(sentBeforeTheEnd)));
        for (const QByteArray& chunk : std::as_const(chunks))
            QVERIFY2(chunk.size() <= 1024 + 64, qPrintable(QString::number(chunk.size())));
        const QJsonDocument document = QJsonDocument::fromJson(chunks.join());
        QCOMPARE(document.array().size(), 1000);
        QCOMPARE(document.array().last().toObject().value(u"id"_s).toString(), u"key-999"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliJsonOut)
#include "test_cli_json_out.moc"

#include "core/AuditLog.h"
#include "core/AuditLogReader.h"
#include "core/Clock.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray goodLine =
    R"({"account":"WAYSCloud Oslo","action":"create","key":"Prod","key_id":"k1","outcome":"ok","source":"cli","time":"2026-03-01T10:00:00.000Z"})";
const QByteArray oldLine =
    R"({"account":"Scaleway prod","action":"revoke","key":"Old","key_id":"k2","outcome":"failed: HTTP 404","time":"2026-03-05T12:30:00.000Z"})";

} // namespace

class TestAuditLogReader : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryField()
    {
        const QList<kw::AuditRecord> records = kw::AuditLogReader::parse(goodLine + '\n');
        QCOMPARE(records.size(), 1);
        const kw::AuditRecord& record = records.first();
        QVERIFY(!record.corrupt);
        QCOMPARE(record.line, 1);
        QCOMPARE(record.time, QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC));
        QCOMPARE(record.account, u"WAYSCloud Oslo"_s);
        QCOMPARE(record.action, u"create"_s);
        QCOMPARE(record.key, u"Prod"_s);
        QCOMPARE(record.keyId, u"k1"_s);
        QCOMPARE(record.outcome, u"ok"_s);
        QCOMPARE(record.source, u"cli"_s);
    }

    void oldLinesHaveAnUnknownSource()
    {
        const QList<kw::AuditRecord> records = kw::AuditLogReader::parse(oldLine + '\n');
        QCOMPARE(records.size(), 1);
        QVERIFY(!records.first().corrupt);
        QCOMPARE(records.first().source, u"unknown"_s);
    }

    void corruptLinesAreMarkedAndTheRestLoads()
    {
        const QByteArray data = goodLine + "\n" + "{\"action\":\"create\",\"acc\n" + "\n" +
                                "not json at all\n" + "[1,2]\n" +
                                R"({"action":"create","time":"yesterday"})" + "\n" + oldLine +
                                "\n" + "{\"account\":\"trunc";
        const QList<kw::AuditRecord> records = kw::AuditLogReader::parse(data);
        QCOMPARE(records.size(), 7); // the empty line 3 is no record
        QList<int> corruptLines;
        for (const kw::AuditRecord& record : records) {
            if (record.corrupt)
                corruptLines.append(record.line);
        }
        QCOMPARE(corruptLines, (QList<int>{2, 4, 5, 6, 8}));
        QCOMPARE(records.at(0).account, u"WAYSCloud Oslo"_s);
        QCOMPARE(records.at(5).line, 7);
        QCOMPARE(records.at(5).account, u"Scaleway prod"_s);
        QCOMPARE(records.at(2).raw, u"not json at all"_s);
        QCOMPARE(records.last().raw, u"{\"account\":\"trunc"_s);
    }

    void aCompleteObjectWithoutItsNewlineIsTruncated()
    {
        const QList<kw::AuditRecord> records = kw::AuditLogReader::parse(goodLine + '\n' + oldLine);
        QCOMPARE(records.size(), 2);
        QVERIFY(!records.at(0).corrupt);
        QVERIFY(records.at(1).corrupt);
        QCOMPARE(records.at(1).line, 2);
    }

    void readsWhatAuditLogWrites()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"audit.log"_s);
        const QDateTime now(QDate(2026, 4, 2), QTime(8, 15, 30), Qt::UTC);
        kw::ScopedClock clock([now] { return now; });
        kw::AuditLog log(path);
        QVERIFY(log.record(u"rotate"_s, u"Wasabi"_s, u"k"_s, u"AKIA"_s, u"ok"_s));
        QString error;
        const QList<kw::AuditRecord> records = kw::AuditLogReader::readFile(path, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().time, now);
        QCOMPARE(records.first().source, u"window"_s);
        QCOMPARE(records.first().action, u"rotate"_s);
    }

    void aMissingFileIsAnEmptyLogAndAnUnreadableOneSaysWhy()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(kw::AuditLogReader::readFile(dir.filePath(u"none.log"_s), &error).isEmpty());
        QVERIFY(error.isEmpty());
        QVERIFY(kw::AuditLogReader::readFile(dir.path(), &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void filtersCombine()
    {
        const QList<kw::AuditRecord> records =
            kw::AuditLogReader::parse(goodLine + '\n' + oldLine + '\n' + "garbage with Prod\n");
        QCOMPARE(records.size(), 3);
        auto make = [](QString account, QString action, QDateTime from, QDateTime to,
                       QString text) {
            kw::AuditFilter filter;
            filter.account = account;
            filter.action = action;
            filter.from = from;
            filter.to = to;
            filter.text = text;
            return filter;
        };
        auto count = [&](const kw::AuditFilter& filter) {
            return kw::AuditLogReader::filtered(records, filter).size();
        };
        QCOMPARE(count({}), 3);
        QCOMPARE(count(make(u"scaleway PROD"_s, {}, {}, {}, {})), 1);
        QCOMPARE(count(make({}, u"create"_s, {}, {}, {})), 1);
        QCOMPARE(count(make(u"Scaleway prod"_s, u"create"_s, {}, {}, {})), 0);
        const QDateTime march3(QDate(2026, 3, 3), QTime(0, 0), Qt::UTC);
        QCOMPARE(count(make({}, {}, march3, {}, {})), 1);
        QCOMPARE(kw::AuditLogReader::filtered(records, make({}, {}, march3, {}, {})).first().keyId,
                 u"k2"_s);
        QCOMPARE(count(make({}, {}, {}, march3, {})), 1);
        QCOMPARE(count(make({}, {}, march3, march3.addDays(10), {})), 1);
        QCOMPARE(count(make({}, {}, {}, {}, u"404"_s)), 1);
        QCOMPARE(count(make({}, {}, {}, {}, u"prod"_s)),
                 3); // two labels and the corrupt line's text
        QCOMPARE(count(make({}, {}, {}, {}, u"nothing like it"_s)), 0);
    }
};

QTEST_GUILESS_MAIN(TestAuditLogReader)
#include "test_auditlogreader.moc"

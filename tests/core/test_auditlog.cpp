#include "core/AuditLog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QList<QJsonObject> readLines(const QString& path)
{
    QList<QJsonObject> lines;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (!line.endsWith('\n'))
            return {}; // every record ends its line
        lines.append(QJsonDocument::fromJson(line).object());
    }
    return lines;
}

constexpr QFileDevice::Permissions ownerReadWrite = QFileDevice::ReadOwner |
                                                    QFileDevice::WriteOwner |
                                                    QFileDevice::ReadUser | QFileDevice::WriteUser;

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void defaultPathIsInAppData()
    {
        const kw::AuditLog log{QString()};
        const QString expected =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/audit.log"_s;
        QCOMPARE(log.filePath(), expected);
        QVERIFY(log.filePath().contains(u"qttest"_s)); // test mode: never the user's real log
    }

    void recordsOneJsonObjectPerLine()
    {
        const QString path = m_dir.filePath(u"nested/dir/audit.log"_s);
        kw::AuditLog log(path);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        log.record(u"create"_s, u"WAYSCloud Oslo"_s, u"Production Storage API"_s,
                   u"a8b9c0d1-e2f3-4567-89ab-cdef01234567"_s, u"ok"_s);
        log.record(u"revoke"_s, u"Scaleway, “prod”"_s, u"line\nbreak"_s, u"SCWEXAMPLE1234567890"_s,
                   u"HTTP 404: not found"_s);

        const QList<QJsonObject> lines = readLines(path);
        QCOMPARE(lines.size(), 2);
        const QJsonObject& first = lines.at(0);
        QCOMPARE(first.keys(), (QStringList{u"account"_s, u"action"_s, u"key"_s, u"key_id"_s,
                                            u"outcome"_s, u"source"_s, u"time"_s}));
        QCOMPARE(first.value(u"source"_s).toString(), u"window"_s);
        QCOMPARE(first.value(u"action"_s).toString(), u"create"_s);
        QCOMPARE(first.value(u"account"_s).toString(), u"WAYSCloud Oslo"_s);
        QCOMPARE(first.value(u"key"_s).toString(), u"Production Storage API"_s);
        QCOMPARE(first.value(u"key_id"_s).toString(), u"a8b9c0d1-e2f3-4567-89ab-cdef01234567"_s);
        QCOMPARE(first.value(u"outcome"_s).toString(), u"ok"_s);
        const QDateTime time =
            QDateTime::fromString(first.value(u"time"_s).toString(), Qt::ISODateWithMs);
        QVERIFY(time.isValid());
        QCOMPARE(time.timeSpec(), Qt::UTC);
        QVERIFY(time >= before && time <= QDateTime::currentDateTimeUtc());
        // A new line inside a field stays inside its record.
        QCOMPARE(lines.at(1).value(u"key"_s).toString(), u"line\nbreak"_s);
        QCOMPARE(lines.at(1).value(u"account"_s).toString(), u"Scaleway, “prod”"_s);
    }

    void appendsAcrossInstances()
    {
        const QString path = m_dir.filePath(u"append.log"_s);
        kw::AuditLog(path).record(u"create"_s, u"a"_s, u"k"_s, u"1"_s, u"ok"_s);
        kw::AuditLog(path).record(u"revoke"_s, u"a"_s, u"k"_s, u"1"_s, u"ok"_s);
        const QList<QJsonObject> lines = readLines(path);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(1).value(u"action"_s).toString(), u"revoke"_s);
    }

    void secretsAreRedacted()
    {
        const QString path = m_dir.filePath(u"redacted.log"_s);
        const QString secret = u"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"_s;
        const QString pat = u"wayscloud_pat_EXAMPLE123_EXAMPLEsecretEXAMPLEsecret42"_s;
        kw::AuditLog log(path);
        log.record(u"rotate"_s, u"Wasabi"_s, u"key AKIAIOSFODNN7EXAMPLE"_s,
                   u"AKIAIOSFODNN7EXAMPLE"_s,
                   u"failed: aws_secret_access_key=%1 rejected"_s.arg(secret));
        log.record(u"create"_s, u"WAYSCloud"_s, pat, u"id"_s,
                   u"Authorization: Bearer %1"_s.arg(pat));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray contents = file.readAll();
        QVERIFY2(!contents.contains(secret.toUtf8()), contents.constData());
        QVERIFY2(!contents.contains("EXAMPLEsecretEXAMPLEsecret42"), contents.constData());

        const QList<QJsonObject> lines = readLines(path);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).value(u"key_id"_s).toString(), u"AKIAIOSFODNN7EXAMPLE"_s);
        QCOMPARE(lines.at(0).value(u"outcome"_s).toString(),
                 u"failed: aws_secret_access_key=[redacted] rejected"_s);
        QCOMPARE(lines.at(1).value(u"key"_s).toString(), u"wayscloud_pat_EXAMPLE123_…[redacted]"_s);
    }

    void sourceNamesTheWriter()
    {
        const QString path = m_dir.filePath(u"source.log"_s);
        kw::AuditLog log(path);
        log.setSource(u"cli"_s);
        log.record(u"create"_s, u"a"_s, u"k"_s, u"1"_s, u"ok"_s);
        QCOMPARE(readLines(path).value(0).value(u"source"_s).toString(), u"cli"_s);
    }

    void aTornLastLineDoesNotSwallowTheNextRecord()
    {
        const QString path = m_dir.filePath(u"torn.log"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"action\":\"create\",\"acc");
        }
        QVERIFY(kw::AuditLog(path).record(u"revoke"_s, u"a"_s, u"k"_s, u"1"_s, u"ok"_s));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 3); // the torn line, the record, and nothing after its newline
        QCOMPARE(lines.at(0), QByteArray("{\"action\":\"create\",\"acc"));
        QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(u"action"_s).toString(),
                 u"revoke"_s);
    }

    void fileIsOwnerOnly()
    {
        const QString path = m_dir.filePath(u"mode.log"_s);
        kw::AuditLog(path).record(u"create"_s, u"a"_s, u"k"_s, u"1"_s, u"ok"_s);
        QCOMPARE(QFileInfo(path).permissions(), ownerReadWrite); // 0600
    }

    void existingLooseFileIsTightened()
    {
        const QString path = m_dir.filePath(u"loose.log"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.setPermissions(file.permissions() | QFileDevice::ReadOther |
                                        QFileDevice::ReadGroup));
        }
        QVERIFY(QFileInfo(path).permissions() & QFileDevice::ReadOther);
        kw::AuditLog(path).record(u"create"_s, u"a"_s, u"k"_s, u"1"_s, u"ok"_s);
        QCOMPARE(QFileInfo(path).permissions(), ownerReadWrite);
        QCOMPARE(readLines(path).size(), 1);
    }

    void unwritablePathIsReportedNotCrashed()
    {
        const QString path = m_dir.filePath(u"is-a-dir"_s);
        QVERIFY(QDir().mkpath(path));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot open the audit log"_s));
        QString reason;
        QVERIFY(!kw::AuditLog(path).record(u"create"_s, u"a"_s, u"k"_s, u"1"_s, u"ok"_s, &reason));
        QVERIFY(!reason.isEmpty());
        QVERIFY(QFileInfo(path).isDir());
    }

    void aWrittenLineIsReportedWritten()
    {
        const QString path = m_dir.filePath(u"ok.log"_s);
        QString reason;
        QVERIFY(kw::AuditLog(path).record(u"create"_s, u"a"_s, u"k"_s, u"1"_s, u"ok"_s, &reason));
        QVERIFY(reason.isEmpty());
    }

    void aFullDiskIsReported()
    {
        if (!QFileInfo::exists(u"/dev/full"_s))
            QSKIP("no /dev/full on this system");
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot write to the audit log"_s));
        QString reason;
        QVERIFY(!kw::AuditLog(u"/dev/full"_s)
                     .record(u"create"_s, u"a"_s, u"k"_s, u"1"_s, u"ok"_s, &reason));
        QVERIFY(!reason.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "test_auditlog.moc"

#include "core/LeakPatterns.h"

#include <QTest>
#include <ctime>

using namespace Qt::StringLiterals;
using kw::LeakFinding;
using kw::LeakPatterns;

namespace {

// EXAMPLE-filled strings of the exact shapes the providers (and the sandbox) issue, so that no
// checked-in string looks like a live credential.
const QString waysPat =
    u"wayscloud_pat_EXAMPLE123_EXAMPLEsecretEXAMPLEsecretEXAMPLEsecretEXAMPLEsecret1234"_s;
const QString waysStorage =
    u"wayscloud_storage_EXAMPLEab1_EXAMPLEsecretEXAMPLEsecretEXAMPLEsecretEXAMPLEsecret5678"_s;
const QString awsId = u"AKIAIOSFODNN7EXAMPLE"_s;
const QString awsSecret = u"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"_s;
const QString awsId2 = u"AKIAI44QH8DHBEXAMPLE"_s;
const QString awsSecret2 = u"je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"_s;
const QString scwId = u"SCWEXAMPLE0000000000"_s;
const QString scwSecret = u"11111111-2222-3333-4444-555555555555"_s;
const QString cwId = u"CWEXAMPLEABCDEFG"_s;
const QString cwSecret = u"cwoEXAMPLE1234567890abcdefghijklmnopqrstuvw"_s;

QString base64Url(const QByteArray& bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// A Wasabi AiR key as the sandbox signs it: HS256, sub = the user, jti = the key id.
QString airJwt(const QByteArray& payload = R"({"sub":"EXAMPLEUSER","jti":"EXAMPLEKEYID1","iat":1})")
{
    return base64Url(R"({"alg":"HS256","typ":"JWT"})") + u'.' + base64Url(payload) +
           u".EXAMPLEsignatureEXAMPLEsignatureEXAMPLEsig"_s;
}

qint64 threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

QString kindName(LeakFinding::Kind kind)
{
    switch (kind) {
    case LeakFinding::Kind::WaysCloud:
        return u"wayscloud"_s;
    case LeakFinding::Kind::Scaleway:
        return u"scaleway"_s;
    case LeakFinding::Kind::CoreWeave:
        return u"coreweave"_s;
    case LeakFinding::Kind::WasabiAir:
        return u"air"_s;
    case LeakFinding::Kind::AwsStyle:
        return u"aws"_s;
    }
    return {};
}

// "kind id secret line:column", the secret as found (or "-").
QStringList described(const std::vector<LeakFinding>& findings)
{
    QStringList out;
    for (const LeakFinding& f : findings) {
        const QString secret = f.hasSecret() ? QString::fromLatin1(f.secret.view()) : u"-"_s;
        out << u"%1 %2 %3 %4:%5"_s
                   .arg(kindName(f.kind), f.publicId.isEmpty() ? u"-"_s : f.publicId, secret)
                   .arg(f.line)
                   .arg(f.column);
    }
    return out;
}

QString row(const QString& kind, const QString& id, const QString& secret, int line, int column)
{
    return u"%1 %2 %3 %4:%5"_s.arg(kind, id, secret).arg(line).arg(column);
}

} // namespace

class TestLeakPatterns : public QObject
{
    Q_OBJECT

private slots:
    void scan_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const QString waysPatId = u"wayscloud_pat_EXAMPLE123"_s;
        const QString jwt = airJwt();

        QTest::newRow("nothing") << u"plain prose, no keys at all"_s << QStringList();
        QTest::newRow("wayscloud pat alone")
            << waysPat << QStringList{row(u"wayscloud"_s, waysPatId, waysPat, 1, 1)};
        QTest::newRow("wayscloud in a log line")
            << u"2026-12-01 INFO using key "_s + waysPat + u" for upload"_s
            << QStringList{row(u"wayscloud"_s, waysPatId, waysPat, 1, 27)};
        QTest::newRow("wayscloud service key")
            << u"WAYSCLOUD_API_KEY="_s + waysStorage
            << QStringList{
                   row(u"wayscloud"_s, u"wayscloud_storage_EXAMPLEab1"_s, waysStorage, 1, 19)};
        QTest::newRow("wayscloud prefix only")
            << u"key_prefix: wayscloud_pat_EXAMPLE123\n"_s
            << QStringList{row(u"wayscloud"_s, waysPatId, u"-"_s, 1, 13)};
        QTest::newRow("wayscloud secret one short") << waysPat.chopped(1) << QStringList();
        QTest::newRow("wayscloud prefix one short")
            << waysPat.sliced(0, 23) + waysPat.sliced(24) << QStringList();
        QTest::newRow("wayscloud wrong alphabet")
            << QString(waysPat).replace(u"_pat_"_s, u"_PAT_"_s) << QStringList();
        QTest::newRow("wayscloud inside longer token (before)")
            << u"x"_s + waysPat << QStringList();
        QTest::newRow("wayscloud inside longer token (after)") << waysPat + u"x"_s << QStringList();
        QTest::newRow("wayscloud column counts UTF-16 units")
            << u"nøkkel: "_s + waysPat
            << QStringList{row(u"wayscloud"_s, waysPatId, waysPat, 1, 9)};

        QTest::newRow("aws pair in .env")
            << u"AWS_ACCESS_KEY_ID="_s + awsId + u"\nAWS_SECRET_ACCESS_KEY="_s + awsSecret + u"\n"_s
            << QStringList{row(u"aws"_s, awsId, awsSecret, 1, 19)};
        QTest::newRow("aws id alone")
            << u"id "_s + awsId << QStringList{row(u"aws"_s, awsId, u"-"_s, 1, 4)};
        QTest::newRow("aws secret before its id")
            << u"secret "_s + awsSecret + u" id "_s + awsId
            << QStringList{row(u"aws"_s, awsId, awsSecret, 1, 52)};
        QTest::newRow("aws two pairs in .env")
            << u"A_ID="_s + awsId + u"\nA_SECRET="_s + awsSecret + u"\nB_ID="_s + awsId2 +
                   u"\nB_SECRET="_s + awsSecret2
            << QStringList{row(u"aws"_s, awsId, awsSecret, 1, 6),
                           row(u"aws"_s, awsId2, awsSecret2, 3, 6)};
        QTest::newRow("aws id next to a sha1 is alone")
            << awsId + u" 3f786850e387550fdab836ed7e6dc881de23001b"_s
            << QStringList{row(u"aws"_s, awsId, u"-"_s, 1, 1)};
        QTest::newRow("aws secret far away is not its pair")
            << awsId + u"\n\n\n\n"_s + awsSecret << QStringList{row(u"aws"_s, awsId, u"-"_s, 1, 1)};
        QTest::newRow("aws id one short") << awsId.chopped(1) << QStringList();
        QTest::newRow("aws id lower case") << awsId.toLower() << QStringList();
        QTest::newRow("aws id inside longer token (before)") << u"X"_s + awsId << QStringList();
        QTest::newRow("aws id inside longer token (after)") << awsId + u"X"_s << QStringList();
        QTest::newRow("aws secret one short is not a secret")
            << awsId + u","_s + awsSecret.chopped(1)
            << QStringList{row(u"aws"_s, awsId, u"-"_s, 1, 1)};
        QTest::newRow("diff of an id")
            << u"-key="_s + awsId + u"\n+key="_s + awsId2
            << QStringList{row(u"aws"_s, awsId, u"-"_s, 1, 6), row(u"aws"_s, awsId2, u"-"_s, 2, 6)};

        QTest::newRow("scaleway pair in .env")
            << u"SCW_ACCESS_KEY="_s + scwId + u"\nSCW_SECRET_KEY="_s + scwSecret
            << QStringList{row(u"scaleway"_s, scwId, scwSecret, 1, 16)};
        QTest::newRow("scaleway id one short") << scwId.chopped(1) << QStringList();
        QTest::newRow("scaleway id wrong alphabet") << u"SCWexample0000000000"_s << QStringList();
        QTest::newRow("scaleway id inside longer token (before)")
            << u"X"_s + scwId << QStringList();
        QTest::newRow("scaleway id inside longer token (after)") << scwId + u"0"_s << QStringList();
        QTest::newRow("scaleway uuid alone is nothing") << scwSecret << QStringList();
        QTest::newRow("scaleway uuid one short is no secret")
            << scwId + u" "_s + scwSecret.chopped(1)
            << QStringList{row(u"scaleway"_s, scwId, u"-"_s, 1, 1)};

        QTest::newRow("coreweave pair in json")
            << u"{\"accessKeyId\":\""_s + cwId + u"\",\"secretKey\":\""_s + cwSecret + u"\"}"_s
            << QStringList{row(u"coreweave"_s, cwId, cwSecret, 1, 17)};
        QTest::newRow("coreweave secret alone")
            << u"x "_s + cwSecret << QStringList{row(u"coreweave"_s, u"-"_s, cwSecret, 1, 3)};
        QTest::newRow("coreweave secret one short") << cwSecret.chopped(1) << QStringList();
        QTest::newRow("coreweave id one short") << cwId.chopped(1) << QStringList();
        QTest::newRow("coreweave id wrong alphabet") << u"CWexampleABCDEFG"_s << QStringList();
        QTest::newRow("coreweave secret wrong alphabet")
            << QString(cwSecret).replace(5, 1, u'-') << QStringList();
        QTest::newRow("coreweave secret inside longer token (before)")
            << u"x"_s + cwSecret << QStringList();
        QTest::newRow("coreweave secret inside longer token (after)")
            << cwSecret + u"x"_s << QStringList();
        QTest::newRow("coreweave id inside scaleway id")
            << scwId << QStringList{row(u"scaleway"_s, scwId, u"-"_s, 1, 1)};

        QTest::newRow("wasabi air jwt in a header")
            << u"Authorization: Bearer "_s + jwt
            << QStringList{row(u"air"_s, u"EXAMPLEKEYID1"_s, jwt, 1, 23)};
        QTest::newRow("jwt that is no json")
            << u"eyJub3QganNvbg.eyJub3QganNvbg.EXAMPLEsignatureEXAMPLE"_s << QStringList();
        QTest::newRow("jwt after a dot is part of a longer token")
            << u"abc."_s + jwt << QStringList();
        QTest::newRow("jwt with a fourth segment") << jwt + u".more"_s << QStringList();
        QTest::newRow("jwt payload outside base64url")
            << QString(jwt).replace(jwt.indexOf(u'.') + 6, 1, u'*') << QStringList();
        QTest::newRow("jwt without a signature")
            << jwt.first(jwt.lastIndexOf(u'.') + 1) << QStringList();
        QTest::newRow("jwt without jti")
            << airJwt(R"({"sub":"EXAMPLEUSER"})")
            << QStringList{row(u"air"_s, u"-"_s, airJwt(R"({"sub":"EXAMPLEUSER"})"), 1, 1)};
    }

    void scan()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(described(LeakPatterns::scan(text)), expected);
    }

    void everyProviderInOnePaste()
    {
        const QString paste = u"# .env\n"_s + u"WAYS="_s + waysPat + u"\nAIR="_s + airJwt() +
                              u"\nSCW="_s + scwId + u" "_s + scwSecret + u"\nCW="_s + cwId +
                              u" "_s + cwSecret + u"\nAWS="_s + awsId + u" "_s + awsSecret;
        const std::vector<LeakFinding> findings = LeakPatterns::scan(paste);
        QCOMPARE(findings.size(), std::size_t(5));
        QStringList providers;
        for (const LeakFinding& f : findings) {
            QVERIFY(f.hasSecret());
            providers << LeakPatterns::providerIds(f.kind);
        }
        QCOMPARE(providers, (QStringList{u"wayscloud"_s, u"wasabi-air"_s, u"scaleway"_s,
                                         u"coreweave"_s, u"wasabi-iam"_s}));
    }

    // Linear time: a 10 MiB paste (realistic, and shapes that would make a backtracking matcher
    // or a per-id window search slow) is scanned well within a second.
    void tenMebibytesInUnderASecond_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<int>("findingsPerUnit");
        QString log;
        for (int i = 0; i < 20; ++i)
            log += u"2026-12-01T10:00:00Z INFO GET /v1/storage/ 200 took 12 ms user=alice\n"_s;
        QTest::newRow("log with a key per 1.4 KiB") << log + waysPat + u"\n"_s << 1;
        QTest::newRow("ids and secrets only") << awsId + u" "_s + awsSecret + u"\n"_s << 1;
        QTest::newRow("every provider's pair")
            << u"WAYS="_s + waysPat + u"\nAIR="_s + airJwt() + u"\nSCW="_s + scwId + u" "_s +
                   scwSecret + u"\nCW="_s + cwId + u" "_s + cwSecret + u"\nAWS="_s + awsId +
                   u" "_s + awsSecret + u"\n"_s
            << 5;
        QTest::newRow("jwt-like heads") << u"eyJa.eyJa."_s << 0;
        QTest::newRow("one endless token") << u"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s << 0;
        QTest::newRow("uuids") << scwSecret + u" "_s << 0;
    }

    void tenMebibytesInUnderASecond()
    {
        QFETCH(QString, unit);
        QFETCH(int, findingsPerUnit);
        const qsizetype units = (10 * 1024 * 1024) / unit.size();
        const QString paste = unit.repeated(units);
        // The scanning thread's own CPU time: on a machine shared with other builds the wall
        // clock measures the load, not the scan.
        const qint64 before = threadCpuMs();
        const std::vector<LeakFinding> findings = LeakPatterns::scan(paste);
        const qint64 elapsed = threadCpuMs() - before;
        qInfo("%lld findings in %lld ms of CPU", qlonglong(findings.size()), elapsed);
        QCOMPARE(qsizetype(findings.size()), units * findingsPerUnit);
#if defined(__SANITIZE_ADDRESS__)
        const qint64 limit = 10000; // instrumented builds are an order of magnitude slower
#else
        const qint64 limit = 1000;
#endif
        QVERIFY2(elapsed < limit, qPrintable(u"took %1 ms of CPU"_s.arg(elapsed)));
    }
};

QTEST_GUILESS_MAIN(TestLeakPatterns)
#include "test_leakpatterns.moc"

#include "sandbox/SigV4Verify.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kw::sandbox::HttpRequest;
using kw::sandbox::SigV4Authorization;

namespace {

// The published vectors of providers.md B.5 use these example credentials.
const QByteArray suiteSecret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
const QByteArray s3Secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const QByteArray emptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

SigV4Authorization scope(const QString& date, const QString& region, const QString& service,
                         const QByteArray& signedHeaders)
{
    SigV4Authorization authorization;
    authorization.accessKeyId = u"AKIDEXAMPLE"_s;
    authorization.date = date;
    authorization.region = region;
    authorization.service = service;
    authorization.signedHeaders = signedHeaders.split(';');
    return authorization;
}

HttpRequest request(const QByteArray& method, const QString& path, const QByteArray& rawQuery,
                    const QList<QPair<QByteArray, QByteArray>>& headers)
{
    HttpRequest out;
    out.method = method;
    out.path = path;
    out.rawQuery = rawQuery;
    out.headers = headers;
    return out;
}

} // namespace

class TestSigV4Verify : public QObject
{
    Q_OBJECT

private slots:
    void publishedVectors_data()
    {
        QTest::addColumn<HttpRequest>("request");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QByteArray>("signedHeaders");
        QTest::addColumn<QByteArray>("payloadHash");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QByteArray>("canonicalHash"); // empty: not published
        QTest::addColumn<QByteArray>("signature");

        const QByteArray suiteDate = "20150830T123600Z";
        QTest::newRow("V1 get-vanilla")
            << request("GET", u"/"_s, {},
                       {{"Host", "example.amazonaws.com"}, {"X-Amz-Date", suiteDate}})
            << u"us-east-1"_s << u"service"_s << QByteArray("host;x-amz-date") << emptyHash
            << suiteSecret
            << QByteArray("bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63")
            << QByteArray("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31");
        QTest::newRow("V2 IAM ListUsers")
            << request("GET", u"/"_s, "Action=ListUsers&Version=2010-05-08",
                       {{"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"},
                        {"Host", "iam.amazonaws.com"},
                        {"X-Amz-Date", suiteDate}})
            << u"us-east-1"_s << u"iam"_s << QByteArray("content-type;host;x-amz-date") << emptyHash
            << suiteSecret
            << QByteArray("f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59")
            << QByteArray("5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7");

        const QByteArray s3Date = "20130524T000000Z";
        const QByteArray bucketHost = "examplebucket.s3.amazonaws.com";
        QTest::newRow("V3 GET Object")
            << request("GET", u"/test.txt"_s, {},
                       {{"Host", bucketHost},
                        {"Range", "bytes=0-9"},
                        {"x-amz-content-sha256", emptyHash},
                        {"x-amz-date", s3Date}})
            << u"us-east-1"_s << u"s3"_s << QByteArray("host;range;x-amz-content-sha256;x-amz-date")
            << emptyHash << s3Secret
            << QByteArray("7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972")
            << QByteArray("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
        const QList<QPair<QByteArray, QByteArray>> s3Headers{
            {"Host", bucketHost}, {"x-amz-content-sha256", emptyHash}, {"x-amz-date", s3Date}};
        QTest::newRow("V4 GET Bucket Lifecycle")
            << request("GET", u"/"_s, "lifecycle", s3Headers) << u"us-east-1"_s << u"s3"_s
            << QByteArray("host;x-amz-content-sha256;x-amz-date") << emptyHash << s3Secret
            << QByteArray()
            << QByteArray("fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543");
        QTest::newRow("V5 List Objects")
            << request("GET", u"/"_s, "max-keys=2&prefix=J", s3Headers) << u"us-east-1"_s << u"s3"_s
            << QByteArray("host;x-amz-content-sha256;x-amz-date") << emptyHash << s3Secret
            << QByteArray()
            << QByteArray("34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7");
        const QByteArray putHash =
            "44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072";
        QTest::newRow("V6 PUT Object")
            << request("PUT", u"/test$file.text"_s, {},
                       {{"Date", "Fri, 24 May 2013 00:00:00 GMT"},
                        {"Host", bucketHost},
                        {"x-amz-content-sha256", putHash},
                        {"x-amz-date", s3Date},
                        {"x-amz-storage-class", "REDUCED_REDUNDANCY"}})
            << u"us-east-1"_s << u"s3"_s
            << QByteArray("date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class")
            << putHash << s3Secret << QByteArray()
            << QByteArray("98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd");
        QTest::newRow("V7 presigned URL")
            << request("GET", u"/test.txt"_s,
                       "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%"
                       "2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&"
                       "X-Amz-Expires=86400&X-Amz-SignedHeaders=host",
                       {{"Host", bucketHost}})
            << u"us-east-1"_s << u"s3"_s << QByteArray("host") << QByteArray("UNSIGNED-PAYLOAD")
            << s3Secret << QByteArray()
            << QByteArray("aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404");

        // providers.md B.5 "S3 ListBuckets vectors" (self-computed there, cross-checked).
        const auto listBuckets = [&](const char* name, const QByteArray& host,
                                     const QString& region, const QByteArray& canonical,
                                     const QByteArray& signature) {
            QTest::newRow(name) << request("GET", u"/"_s, {},
                                           {{"Host", host},
                                            {"x-amz-content-sha256", emptyHash},
                                            {"x-amz-date", s3Date}})
                                << region << u"s3"_s
                                << QByteArray("host;x-amz-content-sha256;x-amz-date") << emptyHash
                                << s3Secret << canonical << signature;
        };
        listBuckets("ListBuckets AWS", "s3.amazonaws.com", u"us-east-1"_s,
                    "a043cccb882f601d39bf06bdd559e1c9edeac1c34083fa3fab4515124ac79920",
                    "57e99900acd37e709c47d4a76162f2295a95eea8aa3c16f501a4794219655d62");
        listBuckets("ListBuckets Wasabi", "s3.wasabisys.com", u"us-east-1"_s,
                    "aec14b96635f6070612cbbf03c39888a868573d71bbb7965fb36bfd0411c1653",
                    "db4522d9ad8c2ad8fc83315b8941b219cff3a68a40a9a7deb1199c72a60c8047");
        listBuckets("ListBuckets Scaleway", "s3.fr-par.scw.cloud", u"fr-par"_s,
                    "829c4ec06586d075f57685a465b7cdd7161a252a7e53a4134a3e9e7d2f391441",
                    "c5725f8370f9a44d7f6529db72423d19cf8f18d77b70e565c3ad5156f0783f2a");
        listBuckets("ListBuckets CoreWeave", "cwobject.com", u"US-EAST-04A"_s,
                    "ac252dbd98a257fc566c549333654d8c365a5708020bbfbfe957cd90527dd636",
                    "0178456a399359e3f0be45c80136d724ee860fda1cd4941303797d27b2fdc2b3");
        listBuckets("ListBuckets WAYSCloud", "storage.wayscloud.services", u"no-oslo-1"_s,
                    "c98f66ad280ef2ddcb249dfc50f02aad97118f8a140c125dbf9a1f17c8bac9e3",
                    "d919309661eaeb2d8c6d2abff6510e85b5f5f68b599c3efb988530c5a83ef5a2");
    }

    void publishedVectors()
    {
        QFETCH(HttpRequest, request);
        QFETCH(QString, region);
        QFETCH(QString, service);
        QFETCH(QByteArray, signedHeaders);
        QFETCH(QByteArray, payloadHash);
        QFETCH(QByteArray, secret);
        QFETCH(QByteArray, canonicalHash);
        QFETCH(QByteArray, signature);

        const QByteArray amzDate = request.header("x-amz-date").isEmpty()
                                       ? QByteArray("20130524T000000Z")
                                       : request.header("x-amz-date");
        const SigV4Authorization authorization =
            scope(QString::fromLatin1(amzDate.left(8)), region, service, signedHeaders);
        const std::optional<QByteArray> canonical =
            kw::sandbox::sigV4CanonicalRequest(request, authorization, payloadHash);
        QVERIFY(canonical);
        if (!canonicalHash.isEmpty())
            QCOMPARE(kw::sandbox::hexSha256(*canonical), canonicalHash);
        const QByteArray stringToSign =
            kw::sandbox::sigV4StringToSign(amzDate, authorization.scope(), *canonical);
        QCOMPARE(kw::sandbox::sigV4Signature(secret, authorization, stringToSign), signature);
    }

    void v3CanonicalRequestInFull()
    {
        const HttpRequest v3 = request("GET", u"/test.txt"_s, {},
                                       {{"Host", "examplebucket.s3.amazonaws.com"},
                                        {"Range", "bytes=0-9"},
                                        {"x-amz-content-sha256", emptyHash},
                                        {"x-amz-date", "20130524T000000Z"}});
        const SigV4Authorization authorization = scope(
            u"20130524"_s, u"us-east-1"_s, u"s3"_s, "host;range;x-amz-content-sha256;x-amz-date");
        QCOMPARE(*kw::sandbox::sigV4CanonicalRequest(v3, authorization, emptyHash),
                 QByteArray("GET\n/test.txt\n\nhost:examplebucket.s3.amazonaws.com\n"
                            "range:bytes=0-9\nx-amz-content-sha256:" +
                            emptyHash +
                            "\nx-amz-date:20130524T000000Z\n\n"
                            "host;range;x-amz-content-sha256;x-amz-date\n" +
                            emptyHash));
        QCOMPARE(kw::sandbox::sigV4StringToSign(
                     "20130524T000000Z", authorization.scope(),
                     *kw::sandbox::sigV4CanonicalRequest(v3, authorization, emptyHash)),
                 QByteArray("AWS4-HMAC-SHA256\n20130524T000000Z\n20130524/us-east-1/s3/"
                            "aws4_request\n"
                            "7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972"));
    }

    void missingSignedHeaderHasNoCanonicalRequest()
    {
        const HttpRequest bare = request("GET", u"/"_s, {}, {{"Host", "s3.wasabisys.com"}});
        QVERIFY(!kw::sandbox::sigV4CanonicalRequest(
            bare, scope(u"20130524"_s, u"us-east-1"_s, u"s3"_s, "host;x-amz-date"), emptyHash));
    }

    void headerValuesAreTrimmedAndCollapsed()
    {
        const HttpRequest spaced =
            request("GET", u"/"_s, {}, {{"Host", "  example.com  "}, {"X-Custom", "a   b  c"}});
        const std::optional<QByteArray> canonical = kw::sandbox::sigV4CanonicalRequest(
            spaced, scope(u"20130524"_s, u"us-east-1"_s, u"s3"_s, "x-custom;host"), emptyHash);
        QVERIFY(canonical);
        QVERIFY(canonical->contains("host:example.com\nx-custom:a b c\n\nhost;x-custom\n"));
    }

    void parsesAuthorization_data()
    {
        QTest::addColumn<QByteArray>("header");
        const QByteArray credential =
            "Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request";
        const QByteArray headers = "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date";
        const QByteArray signature =
            "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41";
        QTest::newRow("comma") << "AWS4-HMAC-SHA256 " + credential + ',' + headers + ',' +
                                      signature;
        QTest::newRow("comma space")
            << "AWS4-HMAC-SHA256 " + credential + ", " + headers + ", " + signature;
    }

    void parsesAuthorization()
    {
        QFETCH(QByteArray, header);
        const std::optional<SigV4Authorization> parsed =
            kw::sandbox::parseSigV4Authorization(header);
        QVERIFY(parsed);
        QCOMPARE(parsed->accessKeyId, u"AKIAIOSFODNN7EXAMPLE"_s);
        QCOMPARE(parsed->scope(), u"20130524/us-east-1/s3/aws4_request"_s);
        QCOMPARE(parsed->signedHeaders,
                 QList<QByteArray>({"host", "range", "x-amz-content-sha256", "x-amz-date"}));
        QCOMPARE(parsed->signature,
                 QByteArray("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"));
    }

    void rejectsMalformedAuthorization_data()
    {
        QTest::addColumn<QByteArray>("header");
        const QByteArray signature =
            "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41";
        QTest::newRow("bearer") << QByteArray("Bearer abc");
        QTest::newRow("other algorithm")
            << "AWS4-HMAC-SHA512 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/"
               "aws4_request, SignedHeaders=host, " +
                   signature;
        QTest::newRow("short scope")
            << "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/"
               "aws4_request, SignedHeaders=host, " +
                   signature;
        QTest::newRow("no signed headers")
            << "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/"
               "aws4_request, " +
                   signature;
        QTest::newRow("short signature")
            << QByteArray("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/"
                          "s3/aws4_request, SignedHeaders=host, Signature=abc");
        QTest::newRow("unknown part")
            << "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/"
               "aws4_request, SignedHeaders=host, Extra=1, " +
                   signature;
    }

    void rejectsMalformedAuthorization()
    {
        QFETCH(QByteArray, header);
        QVERIFY(!kw::sandbox::parseSigV4Authorization(header));
    }
};

QTEST_GUILESS_MAIN(TestSigV4Verify)
#include "test_sandbox_sigv4_verify.moc"

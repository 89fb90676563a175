#include "providers/SigV4.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>
#include <type_traits>

using namespace kw;
using namespace Qt::StringLiterals;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;
using Query = QList<QPair<QString, QString>>;

const QByteArray EmptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
const QString SuiteKeyId = u"AKIDEXAMPLE"_s;
const QByteArray SuiteSecret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
const QString S3KeyId = u"AKIAIOSFODNN7EXAMPLE"_s;
const QByteArray S3Secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const QByteArray S3SigningKey = "dbb893acc010964918f1fd433add87c70e8b0db6be30c1fbeafefa5ec6ba8378";
const QByteArray S3Host = "examplebucket.s3.amazonaws.com";
const QByteArray S3Date = "20130524T000000Z";
// SHA-256 of "Welcome to Amazon S3.", the body of V6.
const QByteArray WelcomeHash = "44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072";

// One published vector of providers.md B.5. Every expected value is checked; the canonical
// URI and query lines come from the inputs as the AWS pages print them.
struct Vector
{
    const char* name;
    QString keyId;
    QByteArray secret;
    QByteArray method;
    QString path;
    Query query;
    Headers headers;
    QByteArray payloadHash;
    QString region;
    QString service;
    QByteArray amzDate;
    QByteArray canonicalUri;
    QByteArray canonicalQuery;
    QByteArray canonicalRequestHash; // empty where the source gives none
    QByteArray signingKey;
    QByteArray signature;
    QByteArray signedHeaders;
};

QList<Vector> publishedVectors()
{
    const Headers s3Headers{
        {"host", S3Host}, {"x-amz-content-sha256", EmptyHash}, {"x-amz-date", S3Date}};
    return {
        {.name = "V1 get-vanilla",
         .keyId = SuiteKeyId,
         .secret = SuiteSecret,
         .method = "GET",
         .path = u"/"_s,
         .query = {},
         .headers = {{"Host", "example.amazonaws.com"}, {"X-Amz-Date", "20150830T123600Z"}},
         .payloadHash = EmptyHash,
         .region = u"us-east-1"_s,
         .service = u"service"_s,
         .amzDate = "20150830T123600Z",
         .canonicalUri = "/",
         .canonicalQuery = "",
         .canonicalRequestHash = "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63",
         .signingKey = "938127b5336810ddb6a5d6af445fcac9e371f9ed418ed386b022aed82901be75",
         .signature = "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
         .signedHeaders = "host;x-amz-date"},
        {.name = "V2 IAM ListUsers",
         .keyId = SuiteKeyId,
         .secret = SuiteSecret,
         .method = "GET",
         .path = u"/"_s,
         .query = {{u"Action"_s, u"ListUsers"_s}, {u"Version"_s, u"2010-05-08"_s}},
         .headers = {{"content-type", "application/x-www-form-urlencoded; charset=utf-8"},
                     {"host", "iam.amazonaws.com"},
                     {"x-amz-date", "20150830T123600Z"}},
         .payloadHash = EmptyHash,
         .region = u"us-east-1"_s,
         .service = u"iam"_s,
         .amzDate = "20150830T123600Z",
         .canonicalUri = "/",
         .canonicalQuery = "Action=ListUsers&Version=2010-05-08",
         .canonicalRequestHash = "f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59",
         .signingKey = "c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9",
         .signature = "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7",
         .signedHeaders = "content-type;host;x-amz-date"},
        {.name = "V3 S3 GET Object",
         .keyId = S3KeyId,
         .secret = S3Secret,
         .method = "GET",
         .path = u"/test.txt"_s,
         .query = {},
         .headers = {{"host", S3Host},
                     {"range", "bytes=0-9"},
                     {"x-amz-content-sha256", EmptyHash},
                     {"x-amz-date", S3Date}},
         .payloadHash = EmptyHash,
         .region = u"us-east-1"_s,
         .service = u"s3"_s,
         .amzDate = S3Date,
         .canonicalUri = "/test.txt",
         .canonicalQuery = "",
         .canonicalRequestHash = "7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972",
         .signingKey = S3SigningKey,
         .signature = "f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
         .signedHeaders = "host;range;x-amz-content-sha256;x-amz-date"},
        {.name = "V4 S3 GET Bucket Lifecycle",
         .keyId = S3KeyId,
         .secret = S3Secret,
         .method = "GET",
         .path = u"/"_s,
         .query = {{u"lifecycle"_s, QString()}},
         .headers = s3Headers,
         .payloadHash = EmptyHash,
         .region = u"us-east-1"_s,
         .service = u"s3"_s,
         .amzDate = S3Date,
         .canonicalUri = "/",
         .canonicalQuery = "lifecycle=",
         .canonicalRequestHash = {},
         .signingKey = S3SigningKey,
         .signature = "fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543",
         .signedHeaders = "host;x-amz-content-sha256;x-amz-date"},
        {.name = "V5 S3 List Objects",
         .keyId = S3KeyId,
         .secret = S3Secret,
         .method = "GET",
         .path = u"/"_s,
         .query = {{u"prefix"_s, u"J"_s}, {u"max-keys"_s, u"2"_s}},
         .headers = s3Headers,
         .payloadHash = EmptyHash,
         .region = u"us-east-1"_s,
         .service = u"s3"_s,
         .amzDate = S3Date,
         .canonicalUri = "/",
         .canonicalQuery = "max-keys=2&prefix=J",
         .canonicalRequestHash = {},
         .signingKey = S3SigningKey,
         .signature = "34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7",
         .signedHeaders = "host;x-amz-content-sha256;x-amz-date"},
        {.name = "V6 S3 PUT Object",
         .keyId = S3KeyId,
         .secret = S3Secret,
         .method = "PUT",
         .path = u"/test$file.text"_s,
         .query = {},
         .headers = {{"date", "Fri, 24 May 2013 00:00:00 GMT"},
                     {"host", S3Host},
                     {"x-amz-content-sha256", WelcomeHash},
                     {"x-amz-date", S3Date},
                     {"x-amz-storage-class", "REDUCED_REDUNDANCY"}},
         .payloadHash = WelcomeHash,
         .region = u"us-east-1"_s,
         .service = u"s3"_s,
         .amzDate = S3Date,
         .canonicalUri = "/test%24file.text",
         .canonicalQuery = "",
         .canonicalRequestHash = {},
         .signingKey = S3SigningKey,
         .signature = "98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd",
         .signedHeaders = "date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class"},
        {.name = "V7 S3 presigned URL",
         .keyId = S3KeyId,
         .secret = S3Secret,
         .method = "GET",
         .path = u"/test.txt"_s,
         .query = {{u"X-Amz-Algorithm"_s, u"AWS4-HMAC-SHA256"_s},
                   {u"X-Amz-Credential"_s,
                    u"AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request"_s},
                   {u"X-Amz-Date"_s, QString::fromLatin1(S3Date)},
                   {u"X-Amz-Expires"_s, u"86400"_s},
                   {u"X-Amz-SignedHeaders"_s, u"host"_s}},
         .headers = {{"host", S3Host}},
         .payloadHash = "UNSIGNED-PAYLOAD",
         .region = u"us-east-1"_s,
         .service = u"s3"_s,
         .amzDate = S3Date,
         .canonicalUri = "/test.txt",
         .canonicalQuery =
             "X-Amz-Algorithm=AWS4-HMAC-SHA256"
             "&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request"
             "&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host",
         .canonicalRequestHash = {},
         .signingKey = S3SigningKey,
         .signature = "aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404",
         .signedHeaders = "host"},
    };
}

// providers.md B.5 "S3 ListBuckets vectors" (self-computed there, cross-checked with botocore).
struct ListBucketsVector
{
    QByteArray host;
    QString region;
    QByteArray canonicalRequestHash;
    QByteArray signingKey;
    QByteArray signature;
};

QList<ListBucketsVector> listBucketsVectors()
{
    return {
        {"s3.amazonaws.com", u"us-east-1"_s,
         "a043cccb882f601d39bf06bdd559e1c9edeac1c34083fa3fab4515124ac79920", S3SigningKey,
         "57e99900acd37e709c47d4a76162f2295a95eea8aa3c16f501a4794219655d62"},
        {"s3.wasabisys.com", u"us-east-1"_s,
         "aec14b96635f6070612cbbf03c39888a868573d71bbb7965fb36bfd0411c1653", S3SigningKey,
         "db4522d9ad8c2ad8fc83315b8941b219cff3a68a40a9a7deb1199c72a60c8047"},
        {"s3.fr-par.scw.cloud", u"fr-par"_s,
         "829c4ec06586d075f57685a465b7cdd7161a252a7e53a4134a3e9e7d2f391441",
         "e4ac8b5c1339332f06785fe8d481db8a2f4c2f2530da27e2d6f956050f6f4ae8",
         "c5725f8370f9a44d7f6529db72423d19cf8f18d77b70e565c3ad5156f0783f2a"},
        {"cwobject.com", u"US-EAST-04A"_s,
         "ac252dbd98a257fc566c549333654d8c365a5708020bbfbfe957cd90527dd636",
         "1a80b09b52a08616fc16200837cfbefdad3193b8738d975e0628d0a419756032",
         "0178456a399359e3f0be45c80136d724ee860fda1cd4941303797d27b2fdc2b3"},
        {"storage.wayscloud.services", u"no-oslo-1"_s,
         "c98f66ad280ef2ddcb249dfc50f02aad97118f8a140c125dbf9a1f17c8bac9e3",
         "63e2e1f0a644b4fa5fe2c57235544f2642dbc101a4f94b34474216bf43cc97ce",
         "d919309661eaeb2d8c6d2abff6510e85b5f5f68b599c3efb988530c5a83ef5a2"},
    };
}

QDateTime utcFromAmzDate(const QByteArray& amzDate)
{
    QDateTime time = QDateTime::fromString(QString::fromLatin1(amzDate), u"yyyyMMdd'T'HHmmss'Z'"_s);
    time.setTimeZone(QTimeZone::utc());
    return time;
}

SigV4::Request requestOf(const Vector& v)
{
    SigV4::Request request;
    request.method = v.method;
    request.path = v.path;
    request.query = v.query;
    request.headers = v.headers;
    request.payloadHash = v.payloadHash;
    request.credential = {v.keyId, v.region, v.service};
    request.timestamp = utcFromAmzDate(v.amzDate);
    request.keepSigningKey = true;
    return request;
}

QByteArray lineOf(const QByteArray& text, int index)
{
    return text.split('\n').value(index);
}

// botocore (Debian python3-botocore) signs the same requests: a second implementation that
// shares no code with ours. Cases and secrets go through stdin, never argv.
const char BotocoreScript[] = R"PY(
import json, sys
from urllib.parse import quote
try:
    from botocore.auth import S3SigV4Auth
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials
except ImportError as error:
    sys.stderr.write("botocore is not importable: %s\n" % error)
    sys.exit(3)
results = []
for case in json.load(sys.stdin):
    request = AWSRequest(method=case["method"], url=case["base"] + quote(case["path"], safe="/~"),
                         params=[tuple(pair) for pair in case["query"]])
    for name, value in case["headers"]:
        request.headers[name] = value
    request.context["timestamp"] = case["amzDate"]
    auth = S3SigV4Auth(Credentials(case["keyId"], case["secret"]), case["service"],
                       case["region"])
    canonical = auth.canonical_request(request)
    string_to_sign = auth.string_to_sign(request, canonical)
    signature = auth.signature(string_to_sign, request)
    auth._inject_signature_to_request(request, signature)
    results.append({"canonicalRequest": canonical, "stringToSign": string_to_sign,
                    "signature": signature, "authorization": request.headers["Authorization"]})
json.dump(results, sys.stdout)
)PY";

struct BotocoreCase
{
    QJsonObject input;
    SigV4::Request request; // what our signer gets, when it signs through sign()
    QUrl url;               // what our signer gets, when it signs through signedGetHeaders()
    QByteArray secret;
};

QJsonArray jsonPairs(const auto& pairs)
{
    QJsonArray array;
    for (const auto& [name, value] : pairs) {
        if constexpr (std::is_same_v<std::decay_t<decltype(name)>, QByteArray>)
            array.append(QJsonArray{QString::fromLatin1(name), QString::fromLatin1(value)});
        else
            array.append(QJsonArray{name, value});
    }
    return array;
}

QString randomText(QRandomGenerator& random, const QString& alphabet, int minLength, int maxLength)
{
    QString text;
    const int length = int(random.bounded(minLength, maxLength + 1));
    for (int i = 0; i < length; ++i)
        text += alphabet.at(int(random.bounded(alphabet.size())));
    return text;
}

QByteArray randomHex(QRandomGenerator& random)
{
    QByteArray bytes(32, Qt::Uninitialized);
    for (char& byte : bytes)
        byte = char(random.bounded(256));
    return bytes.toHex();
}

// A request with a random method, path (reserved, unreserved and non-ASCII characters, empty
// segments), query (repeated keys, empty values), headers (mixed case, repeated names, runs of
// spaces and tabs), payload, region, service, time and key pair.
BotocoreCase randomCase(QRandomGenerator& random)
{
    const QString pathAlphabet = u"abcXYZ019-._~ !$&'()*+,;=:@%\u00e9\u65e5/"_s;
    const QString queryAlphabet = u"abZ09-._~ /+=&%?#\u00fc"_s;
    const QString keyAlphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"_s;
    const QString secretAlphabet =
        u"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/"_s;
    const QByteArrayList methods{"GET", "PUT", "POST", "DELETE", "HEAD"};
    const QByteArrayList headerNames{"Content-Type", "X-Amz-Meta-Note", "range",
                                     "X-AMZ-STORAGE-CLASS", "x-amz-meta-note"};
    const QStringList regions{u"us-east-1"_s, u"eu-central-2"_s, u"fr-par"_s, u"US-EAST-04A"_s,
                              u"no-oslo-1"_s};
    const QStringList services{u"s3"_s, u"iam"_s, u"sts"_s};

    BotocoreCase c;
    SigV4::Request& r = c.request;
    r.method = methods.at(int(random.bounded(methods.size())));
    r.path = u"/"_s + randomText(random, pathAlphabet, 0, 24);
    const int queryCount = int(random.bounded(0, 5));
    for (int i = 0; i < queryCount; ++i) {
        const QString key = randomText(random, queryAlphabet, 1, 6);
        r.query.append({key, randomText(random, queryAlphabet, 0, 8)});
        if (random.bounded(4) == 0)
            r.query.append({key, randomText(random, queryAlphabet, 0, 3)});
    }
    const QByteArray host = random.bounded(2) ? "bucket.s3.example.test" : "127.0.0.1:9000";
    r.payloadHash = random.bounded(4) == 0 ? "UNSIGNED-PAYLOAD" : randomHex(random);
    const qint64 seconds = random.bounded(946684800, 1893456000); // 2000 … 2030
    r.timestamp = QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
    const QByteArray amzDate = SigV4::amzDate(r.timestamp);
    r.headers = {{"Host", host}, {"X-Amz-Date", amzDate}, {"X-Amz-Content-SHA256", r.payloadHash}};
    const int headerCount = int(random.bounded(0, 4));
    for (int i = 0; i < headerCount; ++i) {
        const QString value = randomText(random, u"ab Z09;=,  \t"_s, 0, 14);
        r.headers.append(
            {headerNames.at(int(random.bounded(headerNames.size()))), value.toLatin1()});
    }
    r.credential = {u"AKIA"_s + randomText(random, keyAlphabet, 16, 16),
                    regions.at(int(random.bounded(regions.size()))),
                    services.at(int(random.bounded(services.size())))};
    c.secret = randomText(random, secretAlphabet, 40, 40).toLatin1();

    c.input = QJsonObject{{u"method"_s, QString::fromLatin1(r.method)},
                          {u"base"_s, QString(u"https://"_s + QString::fromLatin1(host))},
                          {u"path"_s, r.path},
                          {u"query"_s, jsonPairs(r.query)},
                          {u"headers"_s, jsonPairs(r.headers)},
                          {u"amzDate"_s, QString::fromLatin1(amzDate)},
                          {u"keyId"_s, r.credential.accessKeyId},
                          {u"secret"_s, QString::fromLatin1(c.secret)},
                          {u"region"_s, r.credential.region},
                          {u"service"_s, r.credential.service}};
    return c;
}

// A GET through signedGetHeaders(): botocore derives the Host from the URL itself (default port
// dropped, any other kept), so this also checks the Host we sign.
BotocoreCase getCase(QRandomGenerator& random, const QString& base, const QString& path,
                     const Query& query)
{
    BotocoreCase c = randomCase(random);
    QUrl url(base);
    url.setPath(path);
    QString encodedQuery;
    for (const auto& [key, value] : query) {
        if (!encodedQuery.isEmpty())
            encodedQuery += u'&';
        encodedQuery += QString::fromLatin1(SigV4::uriEncode(key.toUtf8(), false) + '=' +
                                            SigV4::uriEncode(value.toUtf8(), false));
    }
    if (!query.isEmpty())
        url.setQuery(encodedQuery, QUrl::StrictMode);
    c.url = url;
    const QByteArray amzDate = SigV4::amzDate(c.request.timestamp);
    c.input[u"method"_s] = u"GET"_s;
    QUrl baseUrl(base);
    baseUrl.setPath({});
    c.input[u"base"_s] = baseUrl.toString(QUrl::FullyEncoded);
    c.input[u"path"_s] = path;
    c.input[u"query"_s] = jsonPairs(query);
    c.input[u"headers"_s] =
        jsonPairs(Headers{{"X-Amz-Date", amzDate}, {"X-Amz-Content-SHA256", EmptyHash}});
    return c;
}

QByteArray headerValue(const Headers& headers, const QByteArray& name)
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

class TestSigV4 : public QObject
{
    Q_OBJECT

private slots:
    void publishedVectors_data();
    void publishedVectors();
    void v3FullText();
    void v6PayloadHashIsTheBodyHash();
    void listBucketsVectors_data();
    void listBucketsVectors();
    void uriEncoding_data();
    void uriEncoding();
    void canonicalUri_data();
    void canonicalUri();
    void canonicalQuerySortsByEncodedKeyThenValue();
    void canonicalHeadersTrimCollapseSortAndJoin();
    void amzDateIsUtc();
    void hostHeader_data();
    void hostHeader();
    void invalidInputsSignNothing_data();
    void invalidInputsSignNothing();
    void secretAppearsInNoOutput();
    void signingKeyOnlyWhenAsked();
    void signGetSetsTheHeaders();
    void qtSendsWhatWasSigned();
    void botocoreAgrees();
};

void TestSigV4::publishedVectors_data()
{
    QTest::addColumn<int>("index");
    const auto vectors = ::publishedVectors();
    for (int i = 0; i < vectors.size(); ++i)
        QTest::newRow(vectors.at(i).name) << i;
}

void TestSigV4::publishedVectors()
{
    QFETCH(int, index);
    const Vector v = ::publishedVectors().at(index);
    const Secret secret = Secret::fromUtf8(v.secret);
    const SigV4::Signed s = SigV4::sign(requestOf(v), secret);

    QVERIFY2(s.isValid(), qPrintable(s.error));
    QVERIFY(s.error.isEmpty());
    QCOMPARE(lineOf(s.canonicalRequest, 0), v.method);
    QCOMPARE(lineOf(s.canonicalRequest, 1), v.canonicalUri);
    QCOMPARE(lineOf(s.canonicalRequest, 2), v.canonicalQuery);
    QCOMPARE(s.signedHeaders, v.signedHeaders);
    QCOMPARE(SigV4::sha256Hex(s.canonicalRequest), s.canonicalRequestHash);
    if (!v.canonicalRequestHash.isEmpty())
        QCOMPARE(s.canonicalRequestHash, v.canonicalRequestHash);
    QCOMPARE(s.amzDate, v.amzDate);
    QCOMPARE(s.signingKeyHex.exposeBytes(), v.signingKey);
    QCOMPARE(s.signature, v.signature);
    const QByteArray scope = v.amzDate.left(8) + '/' + v.region.toLatin1() + '/' +
                             v.service.toLatin1() + "/aws4_request";
    QCOMPARE(s.credentialScope, scope);
    QCOMPARE(s.stringToSign,
             "AWS4-HMAC-SHA256\n" + v.amzDate + '\n' + scope + '\n' + s.canonicalRequestHash);
    QCOMPARE(s.authorization, "AWS4-HMAC-SHA256 Credential=" + v.keyId.toLatin1() + '/' + scope +
                                  ", SignedHeaders=" + v.signedHeaders +
                                  ", Signature=" + v.signature);
}

void TestSigV4::v3FullText()
{
    const Vector v3 = ::publishedVectors().at(2);
    const Secret secret = Secret::fromUtf8(v3.secret);
    const SigV4::Signed s = SigV4::sign(requestOf(v3), secret);
    QCOMPARE(s.canonicalRequest,
             "GET\n"
             "/test.txt\n"
             "\n"
             "host:examplebucket.s3.amazonaws.com\n"
             "range:bytes=0-9\n"
             "x-amz-content-sha256:"
             "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
             "x-amz-date:20130524T000000Z\n"
             "\n"
             "host;range;x-amz-content-sha256;x-amz-date\n"
             "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_ba);
    QCOMPARE(s.stringToSign, "AWS4-HMAC-SHA256\n"
                             "20130524T000000Z\n"
                             "20130524/us-east-1/s3/aws4_request\n"
                             "7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972"_ba);
    // The S3 page joins the parts with ","; we send ", " as botocore and awscli do.
    const QByteArray published =
        "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,"
        "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,"
        "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41";
    QByteArray ours = s.authorization;
    QCOMPARE(ours.replace(", ", ","), published);
}

void TestSigV4::v6PayloadHashIsTheBodyHash()
{
    QCOMPARE(SigV4::sha256Hex("Welcome to Amazon S3."),
             "44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072"_ba);
    QCOMPARE(SigV4::sha256Hex({}), SigV4::EmptyPayloadHash.toByteArray());
}

void TestSigV4::listBucketsVectors_data()
{
    QTest::addColumn<int>("index");
    const auto vectors = ::listBucketsVectors();
    for (int i = 0; i < vectors.size(); ++i)
        QTest::newRow(vectors.at(i).host.constData()) << i;
}

void TestSigV4::listBucketsVectors()
{
    QFETCH(int, index);
    const ListBucketsVector v = ::listBucketsVectors().at(index);
    const Secret secret = Secret::fromUtf8(S3Secret);
    const QDateTime time = utcFromAmzDate(S3Date);

    SigV4::Request request;
    request.path = u"/"_s;
    request.headers = {
        {"host", v.host}, {"x-amz-content-sha256", EmptyHash}, {"x-amz-date", S3Date}};
    request.payloadHash = EmptyHash;
    request.credential = {S3KeyId, v.region, u"s3"_s};
    request.timestamp = time;
    request.keepSigningKey = true;
    const SigV4::Signed s = SigV4::sign(request, secret);
    QVERIFY2(s.isValid(), qPrintable(s.error));
    QCOMPARE(s.canonicalRequestHash, v.canonicalRequestHash);
    QCOMPARE(s.signingKeyHex.exposeBytes(), v.signingKey);
    QCOMPARE(s.signature, v.signature);
    QCOMPARE(s.signedHeaders, "host;x-amz-content-sha256;x-amz-date"_ba);

    // The verify helper builds the same request from the endpoint alone.
    QString error;
    const HttpRequest http =
        SigV4::listBucketsRequest(QUrl(u"https://"_s + QString::fromLatin1(v.host)),
                                  {S3KeyId, v.region, {}}, secret, time, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(http.method, "GET"_ba);
    QCOMPARE(http.url, QUrl(u"https://"_s + QString::fromLatin1(v.host) + u"/"_s));
    QVERIFY(http.body.isEmpty());
    QCOMPARE(headerValue(http.headers, "x-amz-date"), S3Date);
    QCOMPARE(headerValue(http.headers, "x-amz-content-sha256"), EmptyHash);
    QCOMPARE(headerValue(http.headers, "Authorization"), s.authorization);
}

void TestSigV4::uriEncoding_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<bool>("keepSlash");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("unreserved kept") << u"AZaz09-._~"_s << false << "AZaz09-._~"_ba;
    QTest::newRow("space is %20, never +") << u"a b"_s << false << "a%20b"_ba;
    QTest::newRow("plus") << u"a+b"_s << false << "a%2Bb"_ba;
    QTest::newRow("slash in a query value") << u"a/b"_s << false << "a%2Fb"_ba;
    QTest::newRow("slash in a path") << u"a/b"_s << true << "a/b"_ba;
    QTest::newRow("reserved") << u"!$&'()*,;=:@"_s << true
                              << "%21%24%26%27%28%29%2A%2C%3B%3D%3A%40"_ba;
    QTest::newRow("percent is encoded again") << u"%41"_s << true << "%2541"_ba;
    QTest::newRow("UTF-8, upper-case hex") << u"\u00e9\u65e5"_s << true << "%C3%A9%E6%97%A5"_ba;
    QTest::newRow("empty") << QString() << true << QByteArray();
}

void TestSigV4::uriEncoding()
{
    QFETCH(QString, raw);
    QFETCH(bool, keepSlash);
    QFETCH(QByteArray, encoded);
    QCOMPARE(SigV4::uriEncode(raw.toUtf8(), keepSlash), encoded);
}

void TestSigV4::canonicalUri_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("canonical");
    QTest::newRow("empty is /") << QString() << "/"_ba;
    QTest::newRow("root") << u"/"_s << "/"_ba;
    QTest::newRow("segments, not normalised") << u"/a//b/./../c/"_s << "/a//b/./../c/"_ba;
    QTest::newRow("dollar") << u"/test$file.text"_s << "/test%24file.text"_ba;
    QTest::newRow("space") << u"/my file"_s << "/my%20file"_ba;
    QTest::newRow("leading slash added") << u"key"_s << "/key"_ba;
}

void TestSigV4::canonicalUri()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, canonical);
    QCOMPARE(SigV4::canonicalUri(path), canonical);
}

void TestSigV4::canonicalQuerySortsByEncodedKeyThenValue()
{
    QCOMPARE(SigV4::canonicalQuery({}), QByteArray());
    // "a b" encodes as "a%20b", which sorts before "a+" ("a%2B") and before "aa".
    const Query query{{u"b"_s, u"2"_s},  {u"aa"_s, u"x"_s},  {u"a+"_s, QString()},
                      {u"b"_s, u"10"_s}, {u"a b"_s, u"~"_s}, {u"Z"_s, u"/"_s}};
    QCOMPARE(SigV4::canonicalQuery(query), "Z=%2F&a%20b=~&a%2B=&aa=x&b=10&b=2"_ba);
}

void TestSigV4::canonicalHeadersTrimCollapseSortAndJoin()
{
    QByteArray signedHeaders;
    const Headers headers{{"X-Amz-Meta-B", "  two   words\t here  "},
                          {" Host ", "example.com"},
                          {"x-amz-meta-a", "first"},
                          {"X-AMZ-META-A", " second "},
                          {"x-amz-meta-empty", "   "}};
    QCOMPARE(SigV4::canonicalHeaders(headers, &signedHeaders), "host:example.com\n"
                                                               "x-amz-meta-a:first,second\n"
                                                               "x-amz-meta-b:two words here\n"
                                                               "x-amz-meta-empty:\n"_ba);
    QCOMPARE(signedHeaders, "host;x-amz-meta-a;x-amz-meta-b;x-amz-meta-empty"_ba);
}

void TestSigV4::amzDateIsUtc()
{
    const QDateTime oslo(QDate(2026, 1, 1), QTime(0, 30, 5), QTimeZone(3600));
    QCOMPARE(SigV4::amzDate(oslo), "20251231T233005Z"_ba);

    // The scope date is the UTC date too.
    SigV4::Request request;
    request.headers = {{"host", "h"}};
    request.payloadHash = EmptyHash;
    request.credential = {u"AKIDEXAMPLE"_s, u"us-east-1"_s, u"s3"_s};
    request.timestamp = oslo;
    const Secret secret = Secret::fromUtf8(SuiteSecret);
    QCOMPARE(SigV4::sign(request, secret).credentialScope, "20251231/us-east-1/s3/aws4_request"_ba);
}

void TestSigV4::hostHeader_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QUrl>("sendUrl");
    QTest::newRow("https default port dropped")
        << QUrl(u"https://s3.wasabisys.com:443/"_s) << "s3.wasabisys.com"_ba
        << QUrl(u"https://s3.wasabisys.com/"_s);
    QTest::newRow("http default port dropped")
        << QUrl(u"http://h.test:80"_s) << "h.test"_ba << QUrl(u"http://h.test"_s);
    QTest::newRow("other port kept") << QUrl(u"https://127.0.0.1:9000/x"_s) << "127.0.0.1:9000"_ba
                                     << QUrl(u"https://127.0.0.1:9000/x"_s);
    QTest::newRow("443 on http is not a default")
        << QUrl(u"http://h.test:443/"_s) << "h.test:443"_ba << QUrl(u"http://h.test:443/"_s);
    QTest::newRow("upper case host") << QUrl(u"https://S3.Example.TEST/"_s) << "s3.example.test"_ba
                                     << QUrl(u"https://s3.example.test/"_s);
    QTest::newRow("IPv6 in brackets")
        << QUrl(u"http://[::1]:8080/"_s) << "[::1]:8080"_ba << QUrl(u"http://[::1]:8080/"_s);
    QTest::newRow("user info and fragment dropped")
        << QUrl(u"https://user:pw@h.test/#frag"_s) << "h.test"_ba << QUrl(u"https://h.test/"_s);
}

void TestSigV4::hostHeader()
{
    QFETCH(QUrl, url);
    QFETCH(QByteArray, host);
    QFETCH(QUrl, sendUrl);
    QCOMPARE(SigV4::hostHeader(url), host);
    QCOMPARE(SigV4::normalizedUrl(url), sendUrl);
}

void TestSigV4::invalidInputsSignNothing_data()
{
    QTest::addColumn<int>("broken");
    QTest::newRow("no timestamp") << 0;
    QTest::newRow("no access key id") << 1;
    QTest::newRow("no region") << 2;
    QTest::newRow("no service") << 3;
    QTest::newRow("no payload hash") << 4;
    QTest::newRow("no method") << 5;
}

void TestSigV4::invalidInputsSignNothing()
{
    QFETCH(int, broken);
    SigV4::Request request = requestOf(::publishedVectors().at(0));
    switch (broken) {
    case 0:
        request.timestamp = {};
        break;
    case 1:
        request.credential.accessKeyId.clear();
        break;
    case 2:
        request.credential.region.clear();
        break;
    case 3:
        request.credential.service.clear();
        break;
    case 4:
        request.payloadHash.clear();
        break;
    default:
        request.method.clear();
        break;
    }
    const Secret secret = Secret::fromUtf8(SuiteSecret);
    const SigV4::Signed s = SigV4::sign(request, secret);
    QVERIFY(!s.isValid());
    QVERIFY(s.authorization.isEmpty());
    QVERIFY(s.signingKeyHex.isEmpty());
    QVERIFY(!s.error.isEmpty());

    if (broken == 0) {
        QString error;
        QNetworkRequest network(QUrl(u"https://s3.wasabisys.com/"_s));
        QVERIFY(!SigV4::signGet(network, {S3KeyId, u"us-east-1"_s, u"s3"_s}, secret, {}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!network.hasRawHeader("Authorization"));
        const HttpRequest http = SigV4::listBucketsRequest(
            QUrl(u"https://s3.wasabisys.com"_s), {S3KeyId, u"us-east-1"_s, {}}, secret, {}, &error);
        QVERIFY(http.url.isEmpty());
        QVERIFY(http.headers.isEmpty());
    }
}

void TestSigV4::secretAppearsInNoOutput()
{
    const Secret secret = Secret::fromUtf8(S3Secret);
    for (const Vector& v : ::publishedVectors()) {
        SigV4::Request request = requestOf(v);
        request.keepSigningKey = false;
        const SigV4::Signed s = SigV4::sign(request, secret);
        for (const QByteArray& text :
             {s.canonicalRequest, s.canonicalRequestHash, s.stringToSign, s.credentialScope,
              s.signedHeaders, s.signature, s.authorization, s.error.toUtf8()}) {
            QVERIFY(!text.contains(S3Secret));
            QVERIFY(!text.contains(SuiteSecret));
        }
    }
    QString error;
    const HttpRequest http = SigV4::listBucketsRequest(QUrl(u"https://s3.wasabisys.com"_s),
                                                       {S3KeyId, u"us-east-1"_s, {}}, secret,
                                                       QDateTime::currentDateTimeUtc(), &error);
    for (const auto& [name, value] : http.headers)
        QVERIFY(!value.contains(S3Secret));
    QVERIFY(!http.url.toEncoded().contains("bPxRfiCY"));
}

void TestSigV4::signingKeyOnlyWhenAsked()
{
    const Secret secret = Secret::fromUtf8(SuiteSecret);
    SigV4::Request request = requestOf(::publishedVectors().at(0));
    request.keepSigningKey = false;
    const SigV4::Signed without = SigV4::sign(request, secret);
    QVERIFY(without.isValid());
    QVERIFY(without.signingKeyHex.isEmpty());
    request.keepSigningKey = true;
    const SigV4::Signed with = SigV4::sign(request, secret);
    QCOMPARE(with.signature, without.signature);
    QCOMPARE(with.signingKeyHex.size(), std::size_t(64));
}

void TestSigV4::signGetSetsTheHeaders()
{
    const Secret secret = Secret::fromUtf8(S3Secret);
    const QDateTime time = utcFromAmzDate(S3Date);
    QNetworkRequest request(QUrl(u"https://s3.wasabisys.com:443"_s));
    QString error;
    QVERIFY(SigV4::signGet(request, {S3KeyId, u"us-east-1"_s, u"s3"_s}, secret, time, &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(request.url(), QUrl(u"https://s3.wasabisys.com"_s));
    QCOMPARE(request.rawHeader("x-amz-date"), S3Date);
    QCOMPARE(request.rawHeader("x-amz-content-sha256"), EmptyHash);
    // An empty path is "/": the same signature as the published s3.wasabisys.com vector.
    QCOMPARE(request.rawHeader("Authorization"),
             "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
             "SignedHeaders=host;x-amz-content-sha256;x-amz-date, "
             "Signature=db4522d9ad8c2ad8fc83315b8941b219cff3a68a40a9a7deb1199c72a60c8047"_ba);
    QVERIFY(!request.hasRawHeader("Host")); // Qt sets it from the URL
}

// A loopback server reads what Qt really sends and checks it against the signature: the Host
// with its port, the path and query as encoded on the wire.
void TestSigV4::qtSendsWhatWasSigned()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QUrl url(u"http://127.0.0.1/bucket/my file$.txt"_s);
    url.setPort(server.serverPort());
    url.setQuery(u"prefix=a%20b%2Bc&list-type=2&empty="_s, QUrl::StrictMode);

    const Secret secret = Secret::fromUtf8(S3Secret);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const SigV4::Credential credential{S3KeyId, u"us-east-1"_s, u"s3"_s};
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    QVERIFY(SigV4::signGet(request, credential, secret, now));

    QNetworkAccessManager network;
    QNetworkReply* reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!server.hasPendingConnections())
        QVERIFY(server.waitForNewConnection(10000));
    QTcpSocket* socket = server.nextPendingConnection();
    QVERIFY(socket);
    QByteArray head;
    while (!head.contains("\r\n\r\n")) {
        QVERIFY2(socket->waitForReadyRead(10000), "no request head within 10 s");
        head += socket->readAll();
    }
    socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    socket->flush();
    QVERIFY(finished.count() > 0 || finished.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    reply->deleteLater();

    const QList<QByteArray> lines = head.left(head.indexOf("\r\n\r\n")).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    QCOMPARE(requestLine.size(), 3);
    Headers received;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        received.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    const QByteArray expectedHost = "127.0.0.1:" + QByteArray::number(server.serverPort());
    QCOMPARE(headerValue(received, "Host"), expectedHost);
    QCOMPARE(SigV4::hostHeader(url), expectedHost);

    // Rebuild the canonical request from the wire as a server does, and sign it again.
    const QByteArray authorization = headerValue(received, "Authorization");
    const qsizetype signedAt = authorization.indexOf("SignedHeaders=") + 14;
    const QByteArrayList signedNames =
        authorization.mid(signedAt, authorization.indexOf(',', signedAt) - signedAt).split(';');
    QCOMPARE(signedNames, QByteArrayList({"host", "x-amz-content-sha256", "x-amz-date"}));
    const QUrl target = QUrl::fromEncoded("http://server" + requestLine.at(1));
    SigV4::Request fromWire;
    fromWire.method = requestLine.at(0);
    fromWire.path = target.path(QUrl::FullyDecoded);
    fromWire.query = SigV4::queryPairs(target);
    for (const QByteArray& name : signedNames)
        fromWire.headers.append({name, headerValue(received, name)});
    fromWire.payloadHash = headerValue(received, "x-amz-content-sha256");
    fromWire.credential = credential;
    fromWire.timestamp = utcFromAmzDate(headerValue(received, "x-amz-date"));
    const SigV4::Signed again = SigV4::sign(fromWire, secret);
    QVERIFY2(again.isValid(), qPrintable(again.error));
    QCOMPARE(lineOf(again.canonicalRequest, 1), "/bucket/my%20file%24.txt"_ba);
    QCOMPARE(lineOf(again.canonicalRequest, 2), "empty=&list-type=2&prefix=a%20b%2Bc"_ba);
    QCOMPARE(authorization, again.authorization);
}

void TestSigV4::botocoreAgrees()
{
    const QString python = u"/usr/bin/python3"_s;
    QVERIFY2(QFile::exists(python),
             "/usr/bin/python3 is missing: install the Debian packages python3 and "
             "python3-botocore to cross-check the signer");

    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    QList<BotocoreCase> cases;
    for (int i = 0; i < 40; ++i)
        cases.append(randomCase(random));
    const int firstGet = int(cases.size());
    cases.append(getCase(random, u"https://s3.wasabisys.com:443"_s, u"/"_s, {}));
    cases.append(getCase(random, u"http://127.0.0.1:9000"_s, u"/"_s,
                         {{u"list-type"_s, u"2"_s}, {u"prefix"_s, u"a b/\u00e9"_s}}));
    cases.append(getCase(random, u"https://[::1]:8443"_s, u"/bucket/key with space+plus"_s,
                         {{u"versions"_s, QString()}}));
    cases.append(getCase(random, u"http://S3.Example.TEST:80"_s, u"/x"_s, {}));

    QJsonArray input;
    for (const BotocoreCase& c : cases)
        input.append(c.input);

    QProcess process;
    process.start(python, {u"-c"_s, QString::fromLatin1(BotocoreScript)});
    QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
    process.write(QJsonDocument(input).toJson(QJsonDocument::Compact));
    process.closeWriteChannel();
    QVERIFY2(process.waitForFinished(60000), "botocore did not answer within 60 s");
    const QByteArray errors = process.readAllStandardError();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(u"botocore (Debian package python3-botocore) is needed for this "
                        u"cross-check and failed with exit code %1: %2"_s.arg(process.exitCode())
                            .arg(QString::fromUtf8(errors))));
    const QJsonArray results = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    QCOMPARE(results.size(), cases.size());

    for (int i = 0; i < cases.size(); ++i) {
        const BotocoreCase& c = cases.at(i);
        const QJsonObject expected = results.at(i).toObject();
        QJsonObject shown = c.input; // the secret is generated, but still not printed
        shown.remove(u"secret"_s);
        const QByteArray context = "case " + QByteArray::number(i) + ", seed " +
                                   QByteArray::number(seed) + ": " +
                                   QJsonDocument(shown).toJson(QJsonDocument::Compact);
        const Secret secret = Secret::fromUtf8(c.secret);
        if (i < firstGet) {
            const SigV4::Signed s = SigV4::sign(c.request, secret);
            QVERIFY2(s.isValid(), context.constData());
            QVERIFY2(s.canonicalRequest == expected[u"canonicalRequest"_s].toString().toUtf8(),
                     QByteArray(context + "\nours:\n" + s.canonicalRequest + "\nbotocore:\n" +
                                expected[u"canonicalRequest"_s].toString().toUtf8())
                         .constData());
            QVERIFY2(s.stringToSign == expected[u"stringToSign"_s].toString().toUtf8(),
                     context.constData());
            QVERIFY2(s.signature == expected[u"signature"_s].toString().toLatin1(),
                     context.constData());
            QVERIFY2(s.authorization == expected[u"authorization"_s].toString().toLatin1(),
                     context.constData());
        } else {
            QUrl sendUrl;
            QString error;
            const Headers headers = SigV4::signedGetHeaders(c.url, c.request.credential, secret,
                                                            c.request.timestamp, &sendUrl, &error);
            QVERIFY2(!headers.isEmpty(), qPrintable(error));
            QVERIFY2(headerValue(headers, "Authorization") ==
                         expected[u"authorization"_s].toString().toLatin1(),
                     QByteArray(context + "\nbotocore:\n" +
                                expected[u"canonicalRequest"_s].toString().toUtf8() +
                                "\nours: " + headerValue(headers, "Authorization"))
                         .constData());
        }
    }
}

QTEST_GUILESS_MAIN(TestSigV4)
#include "test_sigv4.moc"

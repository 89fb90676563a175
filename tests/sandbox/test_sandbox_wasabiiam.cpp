#include "RawHttp.h"
#include "sandbox/SigV4Verify.h"
#include "sandbox/wasabiiam/WasabiIamSandbox.h"

#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>
#include <memory>

using namespace Qt::StringLiterals;
using kw::sandbox::Fault;
using kw::sandbox::WasabiIamSandbox;
using kw::sandbox::test::RawHttp;
using kw::sandbox::test::RawReply;

namespace {

struct Credentials
{
    QString accessKeyId;
    QString secret;
};

// How a test request is signed; the defaults give a correct IAM request.
struct Signing
{
    QString service = u"iam"_s;
    QString region = u"us-east-1"_s;
    QDateTime when = QDateTime::currentDateTimeUtc();
    QByteArray separator = ", ";
    QByteArray signedHost;       // empty: the real host:port
    QByteArray bodyAfterSigning; // non-empty: sent instead of the signed body
    bool authorize = true;
};

using Params = QList<std::pair<QString, QString>>;

QByteArray formEncode(const Params& params)
{
    QByteArray out;
    for (const auto& [key, value] : params) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

// Every element text with the given local name, in document order (leaf elements only).
QStringList texts(const QByteArray& xml, const QString& name)
{
    QStringList out;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == name)
            out.append(reader.readElementText(QXmlStreamReader::SkipChildElements));
    }
    return out;
}

QString text(const QByteArray& xml, const QString& name)
{
    return texts(xml, name).value(0);
}

struct Root
{
    QString name;
    QString ns;
};

Root rootOf(const QByteArray& xml)
{
    QXmlStreamReader reader(xml);
    if (!reader.readNextStartElement())
        return {};
    return {reader.name().toString(), reader.namespaceUri().toString()};
}

const QString iamNs = u"https://iam.amazonaws.com/doc/2010-05-08/"_s;
const QByteArray emptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

} // namespace

class TestWasabiIamSandbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<WasabiIamSandbox> m_sandbox;
    std::unique_ptr<RawHttp> m_http;

    Credentials admin() const { return {m_sandbox->adminAccessKeyId(), m_sandbox->adminSecret()}; }

    RawReply signedRequest(const QByteArray& method, const QByteArray& body,
                           const Credentials& credentials, const Signing& signing)
    {
        const QByteArray host =
            signing.signedHost.isEmpty()
                ? (m_sandbox->url().host() + u':' + QString::number(m_sandbox->url().port()))
                      .toLatin1()
                : signing.signedHost;
        const QByteArray amzDate =
            signing.when.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1();
        const bool s3 = signing.service == u"s3"_s;

        QList<std::pair<QByteArray, QByteArray>> sent;
        kw::sandbox::HttpRequest toSign;
        toSign.method = method;
        toSign.path = u"/"_s;
        toSign.body = body;
        toSign.headers.append(QPair<QByteArray, QByteArray>("Host", host));
        if (!s3) {
            sent.append(std::pair<QByteArray, QByteArray>(
                "Content-Type", "application/x-www-form-urlencoded; charset=utf-8"));
            toSign.headers.append(sent.last());
        } else {
            sent.append(std::pair<QByteArray, QByteArray>("x-amz-content-sha256", emptyHash));
            toSign.headers.append(sent.last());
        }
        sent.append(std::pair<QByteArray, QByteArray>("X-Amz-Date", amzDate));
        toSign.headers.append(sent.last());

        kw::sandbox::SigV4Authorization authorization;
        authorization.accessKeyId = credentials.accessKeyId;
        authorization.date = QString::fromLatin1(amzDate.left(8));
        authorization.region = signing.region;
        authorization.service = signing.service;
        authorization.signedHeaders =
            s3 ? QList<QByteArray>{"host", "x-amz-content-sha256", "x-amz-date"}
               : QList<QByteArray>{"content-type", "host", "x-amz-date"};
        const QByteArray canonical = *kw::sandbox::sigV4CanonicalRequest(
            toSign, authorization, kw::sandbox::hexSha256(body));
        const QByteArray signature = kw::sandbox::sigV4Signature(
            credentials.secret.toUtf8(), authorization,
            kw::sandbox::sigV4StringToSign(amzDate, authorization.scope(), canonical));
        if (signing.authorize)
            sent.append({"Authorization",
                         "AWS4-HMAC-SHA256 Credential=" + credentials.accessKeyId.toLatin1() + '/' +
                             authorization.scope().toLatin1() + signing.separator +
                             "SignedHeaders=" + authorization.signedHeaders.join(';') +
                             signing.separator + "Signature=" + signature});
        return m_http->send(method, u"/"_s, sent,
                            signing.bodyAfterSigning.isEmpty() ? body : signing.bodyAfterSigning);
    }

    RawReply iam(const QString& action, const Params& params = {},
                 const Credentials& credentials = {}, const Signing& signing = {})
    {
        Params all{{u"Action"_s, action}, {u"Version"_s, u"2010-05-08"_s}};
        all += params;
        return signedRequest("POST", formEncode(all),
                             credentials.accessKeyId.isEmpty() ? admin() : credentials, signing);
    }

    RawReply s3(const Credentials& credentials = {}, Signing signing = {})
    {
        signing.service = u"s3"_s;
        return signedRequest("GET", {}, credentials.accessKeyId.isEmpty() ? admin() : credentials,
                             signing);
    }

    static void verifyIamError(const RawReply& reply, int status, const QString& code)
    {
        QCOMPARE(reply.status, status);
        const Root root = rootOf(reply.body);
        QCOMPARE(root.name, u"ErrorResponse"_s);
        QCOMPARE(root.ns, iamNs);
        QCOMPARE(text(reply.body, u"Type"_s), status >= 500 ? u"Receiver"_s : u"Sender"_s);
        QCOMPARE(text(reply.body, u"Code"_s), code);
        QVERIFY(!text(reply.body, u"Message"_s).isEmpty());
        QVERIFY(!text(reply.body, u"RequestId"_s).isEmpty());
    }

    static void verifyS3Error(const RawReply& reply, int status, const QString& code)
    {
        QCOMPARE(reply.status, status);
        QCOMPARE(rootOf(reply.body).name, u"Error"_s);
        QCOMPARE(text(reply.body, u"Code"_s), code);
        QVERIFY(!text(reply.body, u"Message"_s).isEmpty());
    }

    Credentials createKey(const QString& user)
    {
        const RawReply reply = iam(u"CreateAccessKey"_s, {{u"UserName"_s, user}});
        return {text(reply.body, u"AccessKeyId"_s), text(reply.body, u"SecretAccessKey"_s)};
    }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<WasabiIamSandbox>();
        m_sandbox->seedSamples();
        QVERIFY(m_sandbox->listen());
        m_http = std::make_unique<RawHttp>(m_sandbox->url());
    }

    void cleanup()
    {
        m_http.reset();
        m_sandbox.reset();
    }

    void listUsersPagesWithMarker()
    {
        const QStringList all = m_sandbox->userNames();
        QVERIFY(all.size() >= 5);
        QStringList seen;
        QString marker;
        int pages = 0;
        do {
            Params params{{u"MaxItems"_s, u"2"_s}};
            if (!marker.isEmpty())
                params.append({u"Marker"_s, marker});
            const RawReply reply = iam(u"ListUsers"_s, params);
            QCOMPARE(reply.status, 200);
            QCOMPARE(rootOf(reply.body).name, u"ListUsersResponse"_s);
            QCOMPARE(rootOf(reply.body).ns, iamNs);
            QVERIFY(reply.header("Content-Type").contains("xml"));
            const QStringList names = texts(reply.body, u"UserName"_s);
            QVERIFY(names.size() <= 2);
            seen += names;
            const bool truncated = text(reply.body, u"IsTruncated"_s) == u"true"_s;
            marker = truncated ? text(reply.body, u"Marker"_s) : QString();
            QCOMPARE(truncated, !marker.isEmpty());
            QVERIFY(++pages < 20);
        } while (!marker.isEmpty());
        QCOMPARE(seen, all);
        QCOMPARE(pages, int((all.size() + 1) / 2));
        for (const QString& arn : texts(iam(u"ListUsers"_s).body, u"Arn"_s))
            QVERIFY2(arn.startsWith(u"arn:aws:iam::%1:user/"_s.arg(m_sandbox->accountId())),
                     qPrintable(arn));
    }

    void badPagingParametersAreValidationErrors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("MaxItems 0") << u"MaxItems"_s << u"0"_s;
        QTest::newRow("MaxItems 1001") << u"MaxItems"_s << u"1001"_s;
        QTest::newRow("MaxItems text") << u"MaxItems"_s << u"many"_s;
        QTest::newRow("unknown Marker") << u"Marker"_s << u"not-a-marker"_s;
    }

    void badPagingParametersAreValidationErrors()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        verifyIamError(iam(u"ListUsers"_s, {{name, value}}), 400, u"ValidationError"_s);
        verifyIamError(iam(u"ListAccessKeys"_s, {{name, value}}), 400, u"ValidationError"_s);
    }

    void getUserOfRootAndOfASubUser()
    {
        const RawReply root = iam(u"GetUser"_s);
        QCOMPARE(root.status, 200);
        QCOMPARE(text(root.body, u"Arn"_s), u"arn:aws:iam::%1:root"_s.arg(m_sandbox->accountId()));
        QVERIFY(texts(root.body, u"UserName"_s).isEmpty());

        const RawReply user = iam(u"GetUser"_s, {{u"UserName"_s, u"backup-agent"_s}});
        QCOMPARE(user.status, 200);
        QCOMPARE(text(user.body, u"UserName"_s), u"backup-agent"_s);
        QVERIFY(text(user.body, u"UserId"_s).startsWith(u"AIDA"_s));

        verifyIamError(iam(u"GetUser"_s, {{u"UserName"_s, u"nobody"_s}}), 404, u"NoSuchEntity"_s);
    }

    void listAccessKeysOfRootAndPagesOfASubUser()
    {
        const RawReply root = iam(u"ListAccessKeys"_s);
        QCOMPARE(root.status, 200);
        QCOMPARE(texts(root.body, u"AccessKeyId"_s), QStringList{m_sandbox->adminAccessKeyId()});
        QCOMPARE(text(root.body, u"IsTruncated"_s), u"false"_s);

        const RawReply first = iam(u"ListAccessKeys"_s,
                                   {{u"UserName"_s, u"media-pipeline"_s}, {u"MaxItems"_s, u"1"_s}});
        QCOMPARE(first.status, 200);
        QCOMPARE(text(first.body, u"IsTruncated"_s), u"true"_s);
        const RawReply second =
            iam(u"ListAccessKeys"_s, {{u"UserName"_s, u"media-pipeline"_s},
                                      {u"MaxItems"_s, u"1"_s},
                                      {u"Marker"_s, text(first.body, u"Marker"_s)}});
        QCOMPARE(second.status, 200);
        QCOMPARE(text(second.body, u"IsTruncated"_s), u"false"_s);
        QVERIFY(texts(second.body, u"Marker"_s).isEmpty());

        QStringList expected;
        for (const auto& key : m_sandbox->accessKeys(u"media-pipeline"_s))
            expected.append(key.accessKeyId);
        QCOMPARE(texts(first.body, u"AccessKeyId"_s) + texts(second.body, u"AccessKeyId"_s),
                 expected);
        QCOMPARE(texts(first.body, u"Status"_s), QStringList{u"Active"_s});
        // The user name is per member only: ListAccessKeysResult has no UserName of its own.
        QCOMPARE(texts(first.body, u"UserName"_s), QStringList{u"media-pipeline"_s});

        const RawReply inactive = iam(u"ListAccessKeys"_s, {{u"UserName"_s, u"archive-reader"_s}});
        QCOMPARE(texts(inactive.body, u"Status"_s), QStringList{u"Inactive"_s});
        verifyIamError(iam(u"ListAccessKeys"_s, {{u"UserName"_s, u"nobody"_s}}), 404,
                       u"NoSuchEntity"_s);
    }

    void createAccessKeyAndTheTwoKeyLimit()
    {
        const int createsBefore = m_sandbox->accessKeys(u"backup-agent"_s).size();
        QCOMPARE(createsBefore, 1);
        const RawReply created = iam(u"CreateAccessKey"_s, {{u"UserName"_s, u"backup-agent"_s}});
        QCOMPARE(created.status, 200);
        QCOMPARE(rootOf(created.body).name, u"CreateAccessKeyResponse"_s);
        const QString id = text(created.body, u"AccessKeyId"_s);
        QVERIFY(QRegularExpression(u"\\AAKIA[A-Z0-9]{16}\\z"_s).match(id).hasMatch());
        QCOMPARE(text(created.body, u"SecretAccessKey"_s).size(), 40);
        QCOMPARE(text(created.body, u"Status"_s), u"Active"_s);
        QCOMPARE(text(created.body, u"UserName"_s), u"backup-agent"_s);
        QVERIFY(QDateTime::fromString(text(created.body, u"CreateDate"_s), Qt::ISODate).isValid());
        QCOMPARE(m_sandbox->accessKeys(u"backup-agent"_s).last().accessKeyId, id);

        verifyIamError(iam(u"CreateAccessKey"_s, {{u"UserName"_s, u"backup-agent"_s}}), 409,
                       u"LimitExceeded"_s);
        verifyIamError(iam(u"CreateAccessKey"_s, {{u"UserName"_s, u"media-pipeline"_s}}), 409,
                       u"LimitExceeded"_s);
        QCOMPARE(m_sandbox->accessKeys(u"backup-agent"_s).size(), 2);
        // An inactive key still counts towards the limit.
        QCOMPARE(iam(u"CreateAccessKey"_s, {{u"UserName"_s, u"archive-reader"_s}}).status, 200);
        verifyIamError(iam(u"CreateAccessKey"_s, {{u"UserName"_s, u"archive-reader"_s}}), 409,
                       u"LimitExceeded"_s);
        verifyIamError(iam(u"CreateAccessKey"_s, {{u"UserName"_s, u"nobody"_s}}), 404,
                       u"NoSuchEntity"_s);

        // Without UserName the caller's own user (root) gets the key.
        QCOMPARE(iam(u"CreateAccessKey"_s).status, 200);
        QCOMPARE(m_sandbox->accessKeys().size(), 2);
    }

    void updateAndDeleteAccessKey()
    {
        const Credentials key = createKey(u"backup-agent"_s);
        QVERIFY(!key.accessKeyId.isEmpty());
        const RawReply updated = iam(u"UpdateAccessKey"_s, {{u"UserName"_s, u"backup-agent"_s},
                                                            {u"AccessKeyId"_s, key.accessKeyId},
                                                            {u"Status"_s, u"Inactive"_s}});
        QCOMPARE(updated.status, 200);
        QCOMPARE(rootOf(updated.body).name, u"UpdateAccessKeyResponse"_s);
        QVERIFY(!text(updated.body, u"RequestId"_s).isEmpty());
        QVERIFY(!m_sandbox->accessKeys(u"backup-agent"_s).last().active);

        verifyIamError(iam(u"UpdateAccessKey"_s, {{u"UserName"_s, u"backup-agent"_s},
                                                  {u"AccessKeyId"_s, key.accessKeyId},
                                                  {u"Status"_s, u"Expired"_s}}),
                       400, u"ValidationError"_s);
        verifyIamError(iam(u"UpdateAccessKey"_s,
                           {{u"UserName"_s, u"backup-agent"_s}, {u"Status"_s, u"Active"_s}}),
                       400, u"ValidationError"_s);
        // The key exists, but not for that user (nor for the caller, when UserName is absent).
        verifyIamError(iam(u"UpdateAccessKey"_s, {{u"UserName"_s, u"media-pipeline"_s},
                                                  {u"AccessKeyId"_s, key.accessKeyId},
                                                  {u"Status"_s, u"Active"_s}}),
                       404, u"NoSuchEntity"_s);
        verifyIamError(iam(u"DeleteAccessKey"_s, {{u"AccessKeyId"_s, key.accessKeyId}}), 404,
                       u"NoSuchEntity"_s);

        const int keysBefore = m_sandbox->accessKeys(u"backup-agent"_s).size();
        const RawReply deleted = iam(u"DeleteAccessKey"_s, {{u"UserName"_s, u"backup-agent"_s},
                                                            {u"AccessKeyId"_s, key.accessKeyId}});
        QCOMPARE(deleted.status, 200);
        QCOMPARE(rootOf(deleted.body).name, u"DeleteAccessKeyResponse"_s);
        QCOMPARE(m_sandbox->accessKeys(u"backup-agent"_s).size(), keysBefore - 1);
        verifyIamError(iam(u"DeleteAccessKey"_s, {{u"UserName"_s, u"backup-agent"_s},
                                                  {u"AccessKeyId"_s, key.accessKeyId}}),
                       404, u"NoSuchEntity"_s);
    }

    void inactiveAndDeletedKeysAreRefused()
    {
        const Credentials key = createKey(u"backup-agent"_s);
        QCOMPARE(s3(key).status, 200);
        iam(u"UpdateAccessKey"_s, {{u"UserName"_s, u"backup-agent"_s},
                                   {u"AccessKeyId"_s, key.accessKeyId},
                                   {u"Status"_s, u"Inactive"_s}});
        verifyS3Error(s3(key), 403, u"InvalidAccessKeyId"_s);
        verifyIamError(iam(u"ListAccessKeys"_s, {}, key), 403, u"InvalidClientTokenId"_s);

        iam(u"DeleteAccessKey"_s,
            {{u"UserName"_s, u"backup-agent"_s}, {u"AccessKeyId"_s, key.accessKeyId}});
        verifyS3Error(s3(key), 403, u"InvalidAccessKeyId"_s);
        verifyIamError(iam(u"ListAccessKeys"_s, {}, key), 403, u"InvalidClientTokenId"_s);
    }

    void subUserKeyManagesOnlyItsOwnKeys()
    {
        const Credentials key = createKey(u"backup-agent"_s);
        const RawReply own = iam(u"ListAccessKeys"_s, {}, key);
        QCOMPARE(own.status, 200);
        QCOMPARE(texts(own.body, u"AccessKeyId"_s).size(), 2);
        QCOMPARE(text(own.body, u"UserName"_s), u"backup-agent"_s);
        QCOMPARE(iam(u"GetUser"_s, {}, key).status, 200);
        QCOMPARE(iam(u"GetAccessKeyLastUsed"_s, {{u"AccessKeyId"_s, key.accessKeyId}}, key).status,
                 200);

        verifyIamError(iam(u"ListUsers"_s, {}, key), 403, u"AccessDenied"_s);
        verifyIamError(iam(u"ListAccessKeys"_s, {{u"UserName"_s, u"media-pipeline"_s}}, key), 403,
                       u"AccessDenied"_s);
        verifyIamError(iam(u"GetAccessKeyLastUsed"_s,
                           {{u"AccessKeyId"_s, m_sandbox->adminAccessKeyId()}}, key),
                       403, u"AccessDenied"_s);
        verifyIamError(iam(u"AttachUserPolicy"_s,
                           {{u"UserName"_s, u"backup-agent"_s},
                            {u"PolicyArn"_s, WasabiIamSandbox::manageAirPolicyArn()}},
                           key),
                       403, u"AccessDenied"_s);
    }

    void accessKeyLastUsed()
    {
        const QString indexerKey = m_sandbox->accessKeys(u"air-indexer"_s).value(0).accessKeyId;
        const RawReply never = iam(u"GetAccessKeyLastUsed"_s, {{u"AccessKeyId"_s, indexerKey}});
        QCOMPARE(never.status, 200);
        QCOMPARE(text(never.body, u"UserName"_s), u"air-indexer"_s);
        QVERIFY(texts(never.body, u"LastUsedDate"_s).isEmpty());
        QCOMPARE(text(never.body, u"ServiceName"_s), u"N/A"_s);
        QCOMPARE(text(never.body, u"Region"_s), u"N/A"_s);

        const Credentials key = createKey(u"ci-readonly"_s);
        Signing inFrankfurt;
        inFrankfurt.region = u"eu-central-1"_s;
        QCOMPARE(s3(key, inFrankfurt).status, 200);
        const RawReply used = iam(u"GetAccessKeyLastUsed"_s, {{u"AccessKeyId"_s, key.accessKeyId}});
        QCOMPARE(text(used.body, u"ServiceName"_s), u"s3"_s);
        QCOMPARE(text(used.body, u"Region"_s), u"eu-central-1"_s);
        const QDateTime when =
            QDateTime::fromString(text(used.body, u"LastUsedDate"_s), Qt::ISODate);
        QVERIFY(qAbs(when.secsTo(QDateTime::currentDateTimeUtc())) < 60);

        verifyIamError(
            iam(u"GetAccessKeyLastUsed"_s, {{u"AccessKeyId"_s, u"AKIAEXAMPLE0NOTHERE0"_s}}), 404,
            u"NoSuchEntity"_s);
    }

    void airPoliciesAreListedAndAttached()
    {
        const RawReply indexer =
            iam(u"ListAttachedUserPolicies"_s, {{u"UserName"_s, u"air-indexer"_s}});
        QCOMPARE(indexer.status, 200);
        QCOMPARE(texts(indexer.body, u"PolicyName"_s), QStringList{u"WasabiManageAiR"_s});
        QCOMPARE(texts(indexer.body, u"PolicyArn"_s),
                 QStringList{WasabiIamSandbox::manageAirPolicyArn()});
        QCOMPARE(texts(iam(u"ListAttachedUserPolicies"_s, {{u"UserName"_s, u"ci-readonly"_s}}).body,
                       u"PolicyArn"_s),
                 QStringList());

        const Params attach{{u"UserName"_s, u"ci-readonly"_s},
                            {u"PolicyArn"_s, WasabiIamSandbox::viewAirPolicyArn()}};
        QCOMPARE(iam(u"AttachUserPolicy"_s, attach).status, 200);
        QCOMPARE(iam(u"AttachUserPolicy"_s, attach).status, 200); // attaching twice is harmless
        QCOMPARE(m_sandbox->attachedPolicyArns(u"ci-readonly"_s),
                 QStringList{WasabiIamSandbox::viewAirPolicyArn()});

        verifyIamError(iam(u"AttachUserPolicy"_s,
                           {{u"UserName"_s, u"ci-readonly"_s},
                            {u"PolicyArn"_s, u"arn:aws:iam::aws:policy/NoSuchPolicy"_s}}),
                       404, u"NoSuchEntity"_s);
        verifyIamError(iam(u"AttachUserPolicy"_s, {{u"UserName"_s, u"ci-readonly"_s},
                                                   {u"PolicyArn"_s, u"WasabiViewAiR"_s}}),
                       400, u"InvalidInput"_s);
        verifyIamError(
            iam(u"AttachUserPolicy"_s, {{u"UserName"_s, u"nobody"_s},
                                        {u"PolicyArn"_s, WasabiIamSandbox::viewAirPolicyArn()}}),
            404, u"NoSuchEntity"_s);
        verifyIamError(iam(u"ListAttachedUserPolicies"_s), 400, u"ValidationError"_s);
    }

    void unknownActionOrVersion()
    {
        verifyIamError(iam(u"CreateUser"_s), 400, u"InvalidAction"_s);
        const RawReply oldVersion =
            signedRequest("POST", "Action=ListUsers&Version=2006-03-01", admin(), Signing{});
        verifyIamError(oldVersion, 400, u"InvalidAction"_s);
        verifyIamError(signedRequest("POST", "Version=2010-05-08", admin(), Signing{}), 400,
                       u"MissingAction"_s);
    }

    void listBuckets()
    {
        const RawReply reply = s3();
        QCOMPARE(reply.status, 200);
        QCOMPARE(rootOf(reply.body).name, u"ListAllMyBucketsResult"_s);
        QCOMPARE(rootOf(reply.body).ns, u"http://s3.amazonaws.com/doc/2006-03-01/"_s);
        QCOMPARE(texts(reply.body, u"Name"_s), m_sandbox->bucketNames());
        QCOMPARE(text(reply.body, u"DisplayName"_s), u"keywarden-sandbox"_s);
        for (const QString& date : texts(reply.body, u"CreationDate"_s))
            QVERIFY2(
                QRegularExpression(u"\\A\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\\z"_s)
                    .match(date)
                    .hasMatch(),
                qPrintable(date));
    }

    void signatureChecks_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<int>("skewSeconds");
        QTest::addColumn<QByteArray>("separator");
        QTest::addColumn<QString>("region");
        QTest::addColumn<bool>("wrongSecret");
        QTest::addColumn<bool>("tamperBody");
        QTest::addColumn<bool>("wrongHost");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code"); // empty: accepted

        for (const QString& service : {u"iam"_s, u"s3"_s}) {
            const QByteArray s = service.toLatin1();
            QTest::addRow("%s comma-space", s.constData())
                << service << 0 << QByteArray(", ") << u"us-east-1"_s << false << false << false
                << 200 << QString();
            QTest::addRow("%s comma", s.constData())
                << service << 0 << QByteArray(",") << u"us-east-1"_s << false << false << false
                << 200 << QString();
            QTest::addRow("%s 14 min early", s.constData())
                << service << -14 * 60 << QByteArray(", ") << u"us-east-1"_s << false << false
                << false << 200 << QString();
            QTest::addRow("%s 16 min early", s.constData())
                << service << -16 * 60 << QByteArray(", ") << u"us-east-1"_s << false << false
                << false << 403 << u"RequestTimeTooSkewed"_s;
            QTest::addRow("%s 16 min late", s.constData())
                << service << 16 * 60 << QByteArray(", ") << u"us-east-1"_s << false << false
                << false << 403 << u"RequestTimeTooSkewed"_s;
            QTest::addRow("%s wrong secret", s.constData())
                << service << 0 << QByteArray(", ") << u"us-east-1"_s << true << false << false
                << 403 << u"SignatureDoesNotMatch"_s;
            QTest::addRow("%s other port signed", s.constData())
                << service << 0 << QByteArray(", ") << u"us-east-1"_s << false << false << true
                << 403 << u"SignatureDoesNotMatch"_s;
        }
        QTest::newRow("iam body changed after signing")
            << u"iam"_s << 0 << QByteArray(", ") << u"us-east-1"_s << false << true << false << 403
            << u"SignatureDoesNotMatch"_s;
        QTest::newRow("iam outside us-east-1")
            << u"iam"_s << 0 << QByteArray(", ") << u"eu-central-1"_s << false << false << false
            << 403 << u"SignatureDoesNotMatch"_s;
        QTest::newRow("s3 in eu-central-1") << u"s3"_s << 0 << QByteArray(", ") << u"eu-central-1"_s
                                            << false << false << false << 200 << QString();
        QTest::newRow("s3 unknown region")
            << u"s3"_s << 0 << QByteArray(", ") << u"mars-1"_s << false << false << false << 400
            << u"AuthorizationHeaderMalformed"_s;
    }

    void signatureChecks()
    {
        QFETCH(QString, service);
        QFETCH(int, skewSeconds);
        QFETCH(QByteArray, separator);
        QFETCH(QString, region);
        QFETCH(bool, wrongSecret);
        QFETCH(bool, tamperBody);
        QFETCH(bool, wrongHost);
        QFETCH(int, status);
        QFETCH(QString, code);

        Signing signing;
        signing.service = service;
        signing.region = region;
        signing.when = QDateTime::currentDateTimeUtc().addSecs(skewSeconds);
        signing.separator = separator;
        if (tamperBody)
            signing.bodyAfterSigning = "Action=ListUsers&Version=2010-05-08&MaxItems=1";
        if (wrongHost)
            signing.signedHost = "127.0.0.1:" + QByteArray::number(m_sandbox->url().port() + 1);
        Credentials credentials = admin();
        if (wrongSecret)
            credentials.secret[5] = credentials.secret[5] == u'x' ? u'y' : u'x';

        const RawReply reply = service == u"s3"_s
                                   ? s3(credentials, signing)
                                   : signedRequest("POST", "Action=ListUsers&Version=2010-05-08",
                                                   credentials, signing);
        if (code.isEmpty()) {
            QCOMPARE(reply.status, status);
            return;
        }
        if (service == u"s3"_s)
            verifyS3Error(reply, status, code);
        else
            verifyIamError(reply, status, code);
    }

    void unknownKeyAndMissingAuthorization()
    {
        const Credentials unknown{u"AKIAIOSFODNN7EXAMPLE"_s,
                                  u"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"_s};
        verifyIamError(iam(u"ListUsers"_s, {}, unknown), 403, u"InvalidClientTokenId"_s);
        const RawReply s3Reply = s3(unknown);
        verifyS3Error(s3Reply, 403, u"InvalidAccessKeyId"_s);
        QCOMPARE(text(s3Reply.body, u"AWSAccessKeyId"_s), unknown.accessKeyId);

        Signing anonymous;
        anonymous.authorize = false;
        verifyIamError(
            signedRequest("POST", "Action=ListUsers&Version=2010-05-08", admin(), anonymous), 403,
            u"MissingAuthenticationToken"_s);
        verifyS3Error(s3(admin(), anonymous), 403, u"AccessDenied"_s);
        verifyIamError(m_http->send("POST", u"/"_s, {{"Authorization", "Bearer token"}},
                                    "Action=ListUsers&Version=2010-05-08"),
                       400, u"IncompleteSignature"_s);
    }

    void faultsAnswerInTheIamShape()
    {
        Fault failure;
        failure.kind = Fault::Kind::InternalError;
        m_sandbox->injectFault(failure);
        verifyIamError(iam(u"ListUsers"_s), 500, u"ServiceFailure"_s);

        Fault throttled;
        throttled.kind = Fault::Kind::TooManyRequests;
        throttled.retryAfterSeconds = 2;
        m_sandbox->injectFault(throttled);
        const RawReply reply = iam(u"ListUsers"_s);
        verifyIamError(reply, 429, u"Throttling"_s);
        QCOMPARE(reply.header("Retry-After"), QByteArray("2"));

        Fault unavailable;
        unavailable.kind = Fault::Kind::Unavailable;
        m_sandbox->injectFault(unavailable);
        verifyIamError(iam(u"ListUsers"_s), 503, u"ServiceUnavailable"_s);

        // A create that commits before the connection drops: the key exists afterwards.
        Fault lost;
        lost.kind = Fault::Kind::FailAfterCommit;
        m_sandbox->injectFault(lost);
        const int before = m_sandbox->accessKeys(u"ci-readonly"_s).size();
        const RawReply dropped = iam(u"CreateAccessKey"_s, {{u"UserName"_s, u"ci-readonly"_s}});
        QVERIFY(dropped.status == 0 || dropped.status == 200);
        QVERIFY(m_sandbox->accessKeys(u"ci-readonly"_s).size() > before);
        QCOMPARE(iam(u"ListUsers"_s).status, 200);
    }

    void countersAndControlEndpoints()
    {
        const int keys = m_sandbox->keyCount();
        createKey(u"ci-readonly"_s);
        QCOMPARE(m_sandbox->keyCount(), keys + 1);
        QCOMPARE(m_sandbox->createRequestCount(), 1);

        const RawReply anonymousStats = m_http->send("GET", u"/_sandbox/stats"_s);
        QCOMPARE(anonymousStats.status, 403);
        verifyS3Error(anonymousStats, 403, u"AccessDenied"_s);
    }
};

QTEST_GUILESS_MAIN(TestWasabiIamSandbox)
#include "test_sandbox_wasabiiam.moc"

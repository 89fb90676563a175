#include "providers/WasabiIamXml.h"

#include <QRandomGenerator>
#include <QTest>

using namespace kw;
using namespace kw::wasabiiam;
using namespace Qt::StringLiterals;
using Kind = ProviderError::Kind;

namespace {

QByteArray answer(const QByteArray& action, const QByteArray& result)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + action +
           "Response xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><" + action + "Result>" +
           result + "</" + action + "Result><ResponseMetadata><RequestId>r-1</RequestId>" +
           "</ResponseMetadata></" + action + "Response>";
}

QByteArray keyMember(const QByteArray& id, const QByteArray& user, const QByteArray& status)
{
    return "<member><UserName>" + user + "</UserName><AccessKeyId>" + id +
           "</AccessKeyId><Status>" + status +
           "</Status><CreateDate>2024-05-21T10:00:00Z</CreateDate></member>";
}

// A secret of the right length made at run time, so that no key-like literal sits here.
QByteArray generatedSecret()
{
    QByteArray raw(30, Qt::Uninitialized);
    for (char& c : raw)
        c = char(QRandomGenerator::global()->bounded(26) + 'a');
    return raw + "EXAMPLE";
}

} // namespace

class TestWasabiIamXml : public QObject
{
    Q_OBJECT

private slots:
    void formBodyEncodesEveryPart()
    {
        QCOMPARE(formBody(u"ListUsers"_s), "Action=ListUsers&Version=2010-05-08"_ba);
        QCOMPARE(formBody(u"UpdateAccessKey"_s,
                          {{u"UserName"_s, u"a b+c/ø"_s}, {u"Status"_s, u"Inactive"_s}}),
                 "Action=UpdateAccessKey&Version=2010-05-08&UserName=a%20b%2Bc%2F%C3%B8"
                 "&Status=Inactive"_ba);
    }

    void pageWithMembersAndMarker()
    {
        const QByteArray body = answer(
            "ListAccessKeys", "<AccessKeyMetadata>" + keyMember("AKIAEXAMPLE1", "ann", "Active") +
                                  keyMember("AKIAEXAMPLE2", "ann", "Inactive") +
                                  "</AccessKeyMetadata><IsTruncated>true</IsTruncated>"
                                  "<Marker>next-2</Marker>");
        QString error;
        const auto page = parsePage(body, u"ListAccessKeys"_s, &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->members.size(), 2);
        QVERIFY(page->isTruncated);
        QCOMPARE(page->marker, u"next-2"_s);

        const ApiKey first = keyFromFields(page->members[0]);
        QCOMPARE(first.id, u"AKIAEXAMPLE1"_s);
        QCOMPARE(first.prefix, u"AKIAEXAMPLE1"_s);
        QCOMPARE(first.kind, u"access key"_s);
        QVERIFY(first.name.isEmpty()); // Wasabi keys have no name: the id is not copied there
        QCOMPARE(first.principal, u"ann"_s);
        QCOMPARE(first.status, KeyStatus::Active);
        QCOMPARE(first.created, QDateTime(QDate(2024, 5, 21), QTime(10, 0), Qt::UTC));
        QCOMPARE(keyFromFields(page->members[1]).status, KeyStatus::Disabled);
    }

    void lastPageAndRootKey()
    {
        const QByteArray body = answer(
            "ListAccessKeys", "<AccessKeyMetadata>" + keyMember("AKIAEXAMPLE3", "", "Active") +
                                  "</AccessKeyMetadata><IsTruncated>false</IsTruncated>");
        const auto page = parsePage(body, u"ListAccessKeys"_s, nullptr);
        QVERIFY(page);
        QVERIFY(!page->isTruncated);
        QCOMPARE(keyFromFields(page->members.first()).principal, u"root"_s);
    }

    void emptyListIsAPage()
    {
        const auto page = parsePage(answer("ListUsers", "<Users/><IsTruncated>false</IsTruncated>"),
                                    u"ListUsers"_s, nullptr);
        QVERIFY(page);
        QVERIFY(page->members.isEmpty());
    }

    void refusedPages_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not xml") << "{\"users\":[]}"_ba;
        QTest::newRow("other action") << answer("ListUsers", "<Users/>");
        QTest::newRow("no namespace")
            << "<ListAccessKeysResponse><ListAccessKeysResult/></ListAccessKeysResponse>"_ba;
        QTest::newRow("truncated xml") << answer("ListAccessKeys", "<AccessKeyMetadata>").left(120);
        QTest::newRow("more without marker")
            << answer("ListAccessKeys", "<IsTruncated>true</IsTruncated>");
    }
    void refusedPages()
    {
        QFETCH(QByteArray, body);
        QString error;
        QVERIFY(!parsePage(body, u"ListAccessKeys"_s, &error));
        QVERIFY(!error.isEmpty());
    }

    void createdKeyHoldsTheSecret()
    {
        const QByteArray secret = generatedSecret();
        const QByteArray body =
            answer("CreateAccessKey", "<AccessKey><UserName>ann</UserName><AccessKeyId>AKIAEXAMPLE9"
                                      "</AccessKeyId><Status>Active</Status><SecretAccessKey>" +
                                          secret +
                                          "</SecretAccessKey><CreateDate>2024-05-21T10:00:00.123Z"
                                          "</CreateDate></AccessKey>");
        QString error;
        const auto created = parseCreatedKey(body, &error);
        QVERIFY2(created, qPrintable(error));
        QCOMPARE(created->accessKeyId, u"AKIAEXAMPLE9"_s);
        QCOMPARE(created->key.id, u"AKIAEXAMPLE9"_s);
        QCOMPARE(created->secret.exposeBytes(), secret);
        QCOMPARE(created->key.principal, u"ann"_s);
        QVERIFY(created->key.created.isValid());
        QVERIFY(!created->key.description.contains(QString::fromLatin1(secret)));
    }

    void createdKeyWithoutSecretIsRefused()
    {
        QString error;
        QVERIFY(!parseCreatedKey(answer("CreateAccessKey", "<AccessKey><AccessKeyId>AKIAEXAMPLE9"
                                                           "</AccessKeyId></AccessKey>"),
                                 &error));
        QVERIFY(!error.isEmpty());
    }

    // The secret is shown only once: an answer without the AccessKeyId still hands it over,
    // with an empty id the caller looks up.
    void createdKeyWithoutIdKeepsTheSecret()
    {
        QString error;
        const auto created = parseCreatedKey(
            answer("CreateAccessKey", "<AccessKey><UserName>ann</UserName><SecretAccessKey>"
                                      "EXAMPLEsecretEXAMPLEsecret</SecretAccessKey></AccessKey>"),
            &error);
        QVERIFY2(created, qPrintable(error));
        QCOMPARE(created->secret.exposeString(), u"EXAMPLEsecretEXAMPLEsecret"_s);
        QVERIFY(created->key.id.isEmpty());
        QVERIFY(created->accessKeyId.isEmpty());
        QCOMPARE(created->key.principal, u"ann"_s);
        QVERIFY(!created->key.ownerIsCaller);
    }

    void fieldsOfLastUsed()
    {
        const auto fields = parseFields(
            answer("GetAccessKeyLastUsed",
                   "<UserName>ann</UserName><AccessKeyLastUsed><LastUsedDate>2024-06-01T08:00:00Z"
                   "</LastUsedDate><ServiceName>s3</ServiceName></AccessKeyLastUsed>"),
            u"GetAccessKeyLastUsed"_s, nullptr);
        QVERIFY(fields);
        QCOMPARE(fields->value(u"LastUsedDate"_s), u"2024-06-01T08:00:00Z"_s);
        QCOMPARE(fields->value(u"UserName"_s), u"ann"_s);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("text");
        QTest::newRow("iam")
            << "<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">"
               "<Error><Type>Sender</Type><Code>NoSuchEntity</Code><Message>The "
               "user with name nobody cannot be found.</Message></Error>"
               "<RequestId>r</RequestId></ErrorResponse>"_ba
            << u"NoSuchEntity"_s << u"The user with name nobody cannot be found. (NoSuchEntity)"_s;
        QTest::newRow("s3") << "<?xml version=\"1.0\"?><Error><Code>InvalidAccessKeyId</Code>"
                               "<Message>The AWS Access Key Id you provided does not exist."
                               "</Message></Error>"_ba
                            << u"InvalidAccessKeyId"_s
                            << u"The AWS Access Key Id you provided does not exist. "
                               "(InvalidAccessKeyId)"_s;
        QTest::newRow("code only") << "<Error><Code>AccessDenied</Code></Error>"_ba
                                   << u"AccessDenied"_s << u"AccessDenied"_s;
    }
    void errors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, text);
        const auto info = parseError(body);
        QVERIFY(info);
        QCOMPARE(info->code, code);
        QCOMPARE(errorText(body), text);
    }

    void notErrors()
    {
        QVERIFY(!parseError("not xml at all"_ba));
        QVERIFY(!parseError(answer("GetUser", "<User/>")));
        QVERIFY(errorText("{\"error\":1}"_ba).isEmpty());
    }

    void kinds_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<Kind>("fallback");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("no such entity") << u"NoSuchEntity"_s << Kind::Other << Kind::NotFound;
        QTest::newRow("limit") << u"LimitExceeded"_s << Kind::Other << Kind::Conflict;
        QTest::newRow("signature") << u"SignatureDoesNotMatch"_s << Kind::Other << Kind::Forbidden;
        QTest::newRow("token 401") << u"InvalidClientTokenId"_s << Kind::Auth << Kind::Auth;
        QTest::newRow("denied") << u"AccessDenied"_s << Kind::Forbidden << Kind::Forbidden;
        QTest::newRow("validation") << u"ValidationError"_s << Kind::Other << Kind::Validation;
        QTest::newRow("input") << u"InvalidInput"_s << Kind::Other << Kind::Validation;
        QTest::newRow("unknown") << u"ServiceFailure"_s << Kind::Server << Kind::Server;
    }
    void kinds()
    {
        QFETCH(QString, code);
        QFETCH(Kind, fallback);
        QFETCH(Kind, kind);
        QCOMPARE(kindForCode(code, fallback), kind);
    }
};

QTEST_GUILESS_MAIN(TestWasabiIamXml)
#include "test_wasabiiam_xml.moc"

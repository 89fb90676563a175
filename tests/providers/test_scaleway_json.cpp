#include "providers/ScalewayJson.h"
#include "providers/ScalewayProvider.h"

#include <QTest>
#include <QUuid>
#include <nlohmann/json.hpp>

using namespace kw;
using namespace kw::scaleway;
using namespace Qt::StringLiterals;
using json = nlohmann::json;

namespace {

const QDateTime now(QDate(2026, 8, 20), QTime(12, 0, 0), Qt::UTC);
const QString userId = u"6b1c5e2a-0000-4000-8000-00000000a001"_s;
const QString appId = u"6b1c5e2a-0000-4000-8000-00000000b001"_s;
const QString projectId = u"6b1c5e2a-0000-4000-8000-00000000c001"_s;

QString runtimeSecret()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// JSON written with single quotes, for fragments that end in a quote (moc misreads a raw string
// that ends with one).
QByteArray jq(const char* text)
{
    return QByteArray(text).replace('\'', '"');
}

QByteArray keyPage(const QByteArray& items, int total)
{
    return "{\"api_keys\":[" + items + "],\"total_count\":" + QByteArray::number(total) + "}";
}

} // namespace

class TestScalewayJson : public QObject
{
    Q_OBJECT

private slots:
    void keyFromTheSdkShape()
    {
        const QByteArray body = keyPage(
            jq("{'access_key':'SCWEXAMPLE0000000001','secret_key':null,"
               " 'user_id':'6b1c5e2a-0000-4000-8000-00000000a001',"
               " 'description':'Terraform  state\\nbucket',"
               " 'created_at':'2026-08-19T14:07:20.504807Z','updated_at':'2026-08-19T15:00:00Z',"
               " 'expires_at':'2027-08-19T13:54:55.838Z',"
               " 'default_project_id':'6b1c5e2a-0000-4000-8000-00000000c001',"
               " 'editable':true,'deletable':true,'managed':false,'creation_ip':'192.0.2.1'}"),
            1);
        QString error;
        const auto page = parseKeyPage(body, now, &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->totalCount, 1);
        QCOMPARE(page->items.size(), 1);
        const ApiKey& key = page->items.first();
        QCOMPARE(key.id, u"SCWEXAMPLE0000000001"_s);
        QCOMPARE(key.prefix, key.id);
        QCOMPARE(key.description, u"Terraform  state\nbucket"_s);
        QCOMPARE(key.name, u"Terraform state bucket"_s); // the description is the label
        QCOMPARE(key.principal, userId);
        QCOMPARE(key.bearerType, u"user"_s);
        QCOMPARE(key.projectId, projectId);
        QCOMPARE(key.created, QDateTime(QDate(2026, 8, 19), QTime(14, 7, 20, 504), Qt::UTC));
        QVERIFY(key.updated.has_value());
        QCOMPARE(*key.updated, QDateTime(QDate(2026, 8, 19), QTime(15, 0, 0), Qt::UTC));
        QVERIFY(key.expires.has_value());
        QCOMPARE(*key.expires, QDateTime(QDate(2027, 8, 19), QTime(13, 54, 55, 838), Qt::UTC));
        QCOMPARE(key.status, KeyStatus::Active);
        QVERIFY(key.editable && key.deletable);
        QVERIFY(key.readOnlyReason.isEmpty());
        QVERIFY(!key.lastUsed.has_value());
    }

    void statusAndReadOnly_data()
    {
        QTest::addColumn<QByteArray>("fields");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("editable");
        QTest::addColumn<bool>("deletable");
        QTest::addColumn<QString>("reason");
        QTest::newRow("never expires")
            << (jq("'expires_at':null")) << int(KeyStatus::Active) << true << true << QString();
        QTest::newRow("expired") << (jq("'expires_at':'2026-08-20T11:59:59Z'"))
                                 << int(KeyStatus::Expired) << true << true << QString();
        QTest::newRow("expires exactly now")
            << (jq("'expires_at':'2026-08-20T12:00:00Z'")) << int(KeyStatus::Expired) << true
            << true << QString();
        QTest::newRow("expires soon") << (jq("'expires_at':'2026-08-20T13:00:00Z'"))
                                      << int(KeyStatus::Active) << true << true << QString();
        QTest::newRow("managed")
            << (jq("'editable':false,'deletable':false,'managed':true")) << int(KeyStatus::ReadOnly)
            << false << false << u"Managed by a Scaleway product: it cannot be edited or deleted"_s;
        QTest::newRow("read-only, not managed")
            << (jq("'editable':false,'deletable':false,'managed':false"))
            << int(KeyStatus::ReadOnly) << false << false
            << u"Scaleway does not allow this key to be edited or deleted"_s;
        QTest::newRow("only undeletable")
            << (jq("'editable':true,'deletable':false")) << int(KeyStatus::Active) << true << false
            << u"Scaleway does not allow this key to be deleted"_s;
        QTest::newRow("expired beats read-only")
            << jq("'editable':false,'deletable':false,'managed':true,"
                  "'expires_at':'2020-01-01T00:00:00Z'")
            << int(KeyStatus::Expired) << false << false
            << u"Managed by a Scaleway product: it cannot be edited or deleted"_s;
        QTest::newRow("ill-typed flags read as editable")
            << (jq("'editable':'no','deletable':0")) << int(KeyStatus::Active) << true << true
            << QString();
    }

    void statusAndReadOnly()
    {
        QFETCH(QByteArray, fields);
        QFETCH(int, status);
        QFETCH(bool, editable);
        QFETCH(bool, deletable);
        QFETCH(QString, reason);
        QString error;
        const auto page =
            parseKeyPage(keyPage(jq("{'access_key':'SCWEXAMPLE0000000002','application_id':'") +
                                     appId.toLatin1() + "\"," + fields + "}",
                                 1),
                         now, &error);
        QVERIFY2(page, qPrintable(error));
        const ApiKey& key = page->items.first();
        QCOMPARE(int(key.status), status);
        QCOMPARE(key.editable, editable);
        QCOMPARE(key.deletable, deletable);
        QCOMPARE(key.readOnlyReason, reason);
        QCOMPARE(key.bearerType, u"application"_s);
        QCOMPARE(key.principal, appId);
        QVERIFY(key.name.isEmpty()); // no description: the table falls back to the access key
    }

    void totalCountAbsentMeansThisPage()
    {
        QString error;
        const auto page = parseKeyPage(jq("{'api_keys':[{'access_key':'SCWEXAMPLE0000000003'},{'"
                                          "access_key':'SCWEXAMPLE0000000004'}]}"),
                                       now, &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->totalCount, 2);
        const auto bigger = parseKeyPage(keyPage({}, 250), now, &error);
        QVERIFY(bigger);
        QCOMPARE(bigger->totalCount, 250);
        QVERIFY(bigger->items.isEmpty());
    }

    void badPages_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mention");
        QTest::newRow("not json") << QByteArray("<html>oops</html>") << u"not valid JSON"_s;
        QTest::newRow("bare array") << QByteArray("[]") << u"api_keys"_s;
        QTest::newRow("wrong list") << (jq("{'keys':[]}")) << u"api_keys"_s;
        QTest::newRow("item not object") << (jq("{'api_keys':[1]}")) << u"1"_s;
        QTest::newRow("no access key")
            << QByteArray(
                   jq("{'api_keys':[{'access_key':'SCWEXAMPLE0000000005'},{'description':'x'}]}"))
            << u"API key 2"_s;
    }

    void badPages()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mention);
        QString error;
        QVERIFY(!parseKeyPage(body, now, &error));
        QVERIFY2(error.contains(mention), qPrintable(error));
        QVERIFY(!error.contains(u"<html>"));
    }

    void createdKeyHoldsTheSecret()
    {
        const QString secret = runtimeSecret();
        const QByteArray body = jq("{'access_key':'SCWEXAMPLE0000000006','secret_key':'") +
                                secret.toLatin1() + jq("','description':'','application_id':'") +
                                appId.toLatin1() +
                                jq("','created_at':'2026-08-20T12:00:00Z','expires_at':null,") +
                                jq("'editable':true,'deletable':true,'managed':false}");
        QString error;
        auto created = parseCreatedKey(body, now, &error);
        QVERIFY2(created, qPrintable(error));
        QCOMPARE(created->secret.exposeString(), secret);
        QCOMPARE(created->accessKeyId, u"SCWEXAMPLE0000000006"_s);
        QCOMPARE(created->key.id, u"SCWEXAMPLE0000000006"_s);
        QCOMPARE(created->key.bearerType, u"application"_s);
        QVERIFY(!created->key.expires.has_value());
    }

    void createdKeyWithoutSecretIsAnError()
    {
        QString error;
        QVERIFY(!parseCreatedKey(jq("{'access_key':'SCWEXAMPLE0000000007','secret_key':null}"), now,
                                 &error));
        QVERIFY2(error.contains(u"secret"), qPrintable(error));
        QVERIFY(!parseCreatedKey("not json", now, &error));
    }

    // The secret is shown only once: an answer without the access key still hands it over,
    // with what was asked for in place of what the answer lacks.
    void createdKeyWithoutAccessKeyKeepsTheSecret()
    {
        KeySpec spec;
        spec.bearerType = u"application"_s;
        spec.bearerId = u"11111111-2222-3333-4444-555555555555"_s;
        spec.description = u"backup job"_s;
        QString error;
        const QString secret = runtimeSecret();
        const auto created =
            parseCreatedKey(jq("{'secret_key':'") + secret.toLatin1() + "\"}", now, &error, &spec);
        QVERIFY2(created, qPrintable(error));
        QCOMPARE(created->secret.exposeString(), secret);
        QVERIFY(created->key.id.isEmpty());
        QCOMPARE(created->key.description, u"backup job"_s);
        QCOMPARE(created->key.principal, spec.bearerId);
        QCOMPARE(created->key.bearerType, u"application"_s);
    }

    void singleKey()
    {
        QString error;
        const auto key =
            parseKey(jq("{'access_key':'SCWEXAMPLE0000000008','description':'after','user_id':'") +
                         userId.toLatin1() + "\"}",
                     now, &error);
        QVERIFY2(key, qPrintable(error));
        QCOMPARE(key->description, u"after"_s);
        QVERIFY(!parseKey("{}", now, &error));
    }

    void users()
    {
        QString error;
        const auto page = parseUserPage(
            jq("{'users':[{'id':'6b1c5e2a-0000-4000-8000-00000000a001','email':'ada@example.com',"
               " 'username':'ada','type':'owner','status':'activated'},"
               " {'id':'6b1c5e2a-0000-4000-8000-00000000a002','email':'',"
               " 'username':'','first_name':'Grace','last_name':'Hopper'},"
               " {'id':'6b1c5e2a-0000-4000-8000-00000000a003'}],"
               " 'total_count':103}"),
            &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->totalCount, 103);
        QCOMPARE(page->items.size(), 3);
        QCOMPARE(page->items.at(0), (Bearer{u"user"_s, userId, u"ada@example.com"_s}));
        QCOMPARE(page->items.at(1).label, u"Grace Hopper"_s);
        QCOMPARE(page->items.at(2).label, u"6b1c5e2a-0000-4000-8000-00000000a003"_s);
        QVERIFY(!parseUserPage(jq("{'users':[{'email':'x@example.com'}]}"), &error));
        QVERIFY2(error.contains(u"User 1"), qPrintable(error));
    }

    void applications()
    {
        QString error;
        const auto page = parseApplicationPage(
            jq("{'applications':[{'id':'6b1c5e2a-0000-4000-8000-00000000b001','name':'ci-runner',"
               " 'nb_api_keys':3,'editable':true}],'total_count':1}"),
            &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->items, (QList<Bearer>{{u"application"_s, appId, u"ci-runner"_s}}));
        QVERIFY(!parseApplicationPage(jq("{'users':[]}"), &error));
        QVERIFY2(error.contains(u"applications"), qPrintable(error));
    }

    void createBodies()
    {
        KeySpec spec;
        spec.bearerType = u"user"_s;
        spec.bearerId = userId;
        spec.description = u"  CI  "_s;
        json body = json::parse(createKeyBody(spec).toStdString());
        QCOMPARE(body.size(), size_t(2));
        QCOMPARE(body["user_id"].get<std::string>(), userId.toStdString());
        QCOMPARE(body["description"].get<std::string>(), std::string("CI"));

        spec.bearerType = u"application"_s;
        spec.bearerId = appId;
        spec.projectId = projectId;
        spec.expires = QDateTime(QDate(2027, 1, 2), QTime(3, 4, 5), Qt::UTC);
        body = json::parse(createKeyBody(spec).toStdString());
        QVERIFY(!body.contains("user_id"));
        QCOMPARE(body["application_id"].get<std::string>(), appId.toStdString());
        QCOMPARE(body["default_project_id"].get<std::string>(), projectId.toStdString());
        QCOMPARE(body["expires_at"].get<std::string>(), std::string("2027-01-02T03:04:05.000Z"));
    }

    void updateBodies()
    {
        KeyChange change;
        QCOMPARE(updateKeyBody(change), QByteArray("{}"));
        change.description = u"new"_s;
        json body = json::parse(updateKeyBody(change).toStdString());
        QCOMPARE(body.size(), size_t(1));
        QCOMPARE(body["description"].get<std::string>(), std::string("new"));

        change = {};
        change.expires = std::optional<QDateTime>(); // never
        change.projectId = projectId;
        body = json::parse(updateKeyBody(change).toStdString());
        QVERIFY(!body.contains("expires_at")); // null would read as "unchanged" anyway
        QCOMPARE(body["default_project_id"].get<std::string>(), projectId.toStdString());

        change.expires = std::optional<QDateTime>(
            QDateTime(QDate(2027, 1, 2), QTime(3, 4, 5), Qt::OffsetFromUTC, 3600));
        body = json::parse(updateKeyBody(change).toStdString());
        QCOMPARE(body["expires_at"].get<std::string>(), std::string("2027-01-02T02:04:05.000Z"));
    }

    void descriptionLengthCountsCharacters()
    {
        QCOMPARE(descriptionLength(QString()), 0);
        QCOMPARE(descriptionLength(QString(200, u'x')), 200);
        QCOMPARE(descriptionLength(u"nøkkel"_s), 6);
        QCOMPARE(descriptionLength(u"🔑🔑"_s), 2); // two characters, four UTF-16 units
    }

    void uuids()
    {
        QVERIFY(isUuid(userId));
        QVERIFY(isUuid(userId.toUpper()));
        QVERIFY(!isUuid(u"ada@example.com"_s));
        QVERIFY(!isUuid(userId + u"0"_s));
        QVERIFY(!isUuid(QString()));
    }

    void errorBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("detail");

        QTest::newRow("invalid_arguments")
            << (jq("{'message':'invalid argument(s)','type':'invalid_arguments',"
                   " 'details':[{'argument_name':'description','reason':'constraint',"
                   " 'help_message':'must be at most 200 characters'},"
                   " {'argument_name':'user_id','reason':'required'}] }"))
            << u"invalid argument(s)"_s
            << u"description: constraint — must be at most 200 characters; user_id: required"_s;
        QTest::newRow("quotas_exceeded")
            << (jq("{'message':'quota(s) exceeded for this resource',"
                   " 'type':'quotas_exceeded',"
                   " 'details':[{'resource':'api_keys','quota':100,'current':100}]}"))
            << u"quota(s) exceeded for this resource"_s << u"api_keys: quota 100, 100 in use"_s;
        QTest::newRow("permissions_denied")
            << (jq("{'message':'insufficient permissions','type':'permissions_denied',"
                   " 'details':[{'resource':'api_key','action':'write'}]}"))
            << u"insufficient permissions"_s << u"write on api_key is not allowed"_s;
        QTest::newRow("not_found")
            << (jq("{'message':'resource is not found','type':'not_found',"
                   " 'resource':'api_key','resource_id':'SCWEXAMPLE0000000009'}"))
            << u"resource is not found"_s << u"api_key SCWEXAMPLE0000000009"_s;
        QTest::newRow("denied_authentication, expired")
            << (jq("{'message':'authentication is denied','method':'api_key',"
                   " 'reason':'expired','type':'denied_authentication'}"))
            << u"authentication is denied"_s
            << u"authentication by API key: the API key has expired"_s;
        QTest::newRow("denied_authentication, public example")
            << (jq("{'message':'authentication is denied','method':'api_key',") +
                jq("'reason':'invalid_argument','type':'denied_authentication'}"))
            << u"authentication is denied"_s
            << u"authentication by API key: the credential is not valid"_s;
        QTest::newRow("precondition_failed")
            << (jq("{'message':'precondition is not respected',"
                   " 'type':'precondition_failed','precondition':'resource_still_in_use',"
                   " 'help_message':'delete its keys first'}"))
            << u"precondition is not respected"_s
            << u"resource still in use — delete its keys first"_s;
        QTest::newRow("transient_state")
            << (jq("{'message':'resource is in a transient state',"
                   " 'type':'transient_state','resource':'application',"
                   " 'resource_id':'x','current_state':'deleting'}"))
            << u"resource is in a transient state"_s << u"application x is deleting"_s;
        QTest::newRow("legacy invalid_request_error")
            << (jq("{'message':'Validation Error','type':'invalid_request_error',"
                   " 'fields':{'description':['too long'],'user_id':['required','bad']}}"))
            << u"Validation Error"_s << u"description: too long; user_id: required, bad"_s;
        QTest::newRow("legacy quota body")
            << (jq("{'message':'Quota exceeded','type':'invalid_request_error'}"))
            << u"Quota exceeded"_s << QString();
        QTest::newRow("type without message")
            << (jq("{'type':'permissions_denied'}")) << u"permissions denied"_s << QString();
        QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>") << QString()
                                  << QString();
        QTest::newRow("empty") << QByteArray() << QString() << QString();
        QTest::newRow("array") << (jq("['message']")) << QString() << QString();
        QTest::newRow("other shape") << (jq("{'error':'nope'}")) << QString() << QString();
        QTest::newRow("ill-typed details")
            << (jq("{'message':'invalid argument(s)','type':'invalid_arguments',"
                   " 'details':'description'}"))
            << u"invalid argument(s)"_s << QString();
    }

    void errorBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QFETCH(QString, detail);
        QString seenDetail;
        QCOMPARE(parseErrorBody(body, &seenDetail), message);
        QCOMPARE(seenDetail, detail);
        QString viaProvider;
        QCOMPARE(ScalewayProvider::parseErrorBody(400, body, &viaProvider), message);
    }

    void deepBodiesDoNotExhaustTheStack()
    {
        const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
        QString error;
        QVERIFY(!parseKeyPage(deep, now, &error));
        QString detail;
        QVERIFY(parseErrorBody(deep, &detail).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScalewayJson)
#include "test_scaleway_json.moc"

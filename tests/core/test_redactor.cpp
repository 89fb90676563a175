#include "core/Redactor.h"

#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

// UUID secrets are made at run time: "{uuid1}" and "{uuid2}" in a row stand for two of them.
QString withUuids(QString text)
{
    static const QString first = QUuid::createUuid().toString(QUuid::WithoutBraces);
    static const QString second = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return text.replace(u"{uuid1}"_s, first).replace(u"{uuid2}"_s, second);
}

const QString jwt = u"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJFWEFNUExFIn0.EXAMPLEsignature_x-y"_s;
const QString awsSecret = u"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"_s;
const QString cwSecret = u"cwoEXAMPLE1234567890abcdefghijklmnopqrstu"_s;

} // namespace

class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void redact_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");

        // Nothing to hide: text stays exactly as it is, ids stay readable.
        const auto same = [](const char* name, const QString& text) {
            QTest::newRow(name) << text << text;
        };
        same("empty", QString());
        same("prose", u"Created key “Production Storage API” in account Oslo"_s);
        same("aws access key id", u"access key AKIAIOSFODNN7EXAMPLE is active"_s);
        same("aws id in query", u"Action=DeleteAccessKey&AccessKeyId=AKIAIOSFODNN7EXAMPLE"_s);
        same("coreweave id", u"revoked CWEXAMPLE1234567 of coreweave/EXAMPLEprincipal"_s);
        same("coreweave id json", u"{\"accessKey\":\"CWEXAMPLE1234567\"}"_s);
        same("scaleway access key", u"access key SCWEXAMPLE1234567890 expires soon"_s);
        same("scaleway ids are uuids",
             u"{\"access_key\":\"SCWEXAMPLE1234567890\",\"user_id\":\"{uuid1}\","
             "\"default_project_id\":\"{uuid2}\"}"_s);
        same("uuid key id", u"DELETE /v1/account/api-keys/{uuid1}"_s);
        same("wayscloud key prefix", u"{\"key_prefix\":\"wayscloud_2xEXAMPLE\"}"_s);
        same("wayscloud prefix without secret", u"key wayscloud_storage_EXAMPLE12 listed"_s);
        same("snake case name", u"field wayscloud_api_key_id is required"_s);
        same("hex digest", u"commit 0123456789abcdef0123456789abcdef01234567 built"_s);
        same("upper hex digest", u"sha1 0123456789ABCDEF0123456789ABCDEF01234567"_s);
        same("url", u"GET https://api.wayscloud.services/v1/account/api-keys 200"_s);
        same("prose token", u"HTTP 401: token: expired"_s);
        same("prose bearer", u"The bearer must be a user or an application"_s);
        same("short bearer word", u"Bearer token missing"_s);
        same("secret in prose", u"The secret is shown only once"_s);
        same("base64 of other length", u"nonce dGhpcyBpcyBhbiBFWEFNUExF"_s);

        // Secrets vanish.
        QTest::newRow("jwt") << jwt << u"eyJ…[redacted]"_s;
        QTest::newRow("jwt in json") << u"{\"jwt\":\"%1\",\"name\":\"ci\"}"_s.arg(jwt)
                                     << u"{\"jwt\":\"eyJ…[redacted]\",\"name\":\"ci\"}"_s;
        QTest::newRow("bearer jwt")
            << u"Authorization: Bearer %1"_s.arg(jwt) << u"Authorization: Bearer eyJ…[redacted]"_s;
        QTest::newRow("bearer opaque")
            << u"Authorization: Bearer EXAMPLEopaque"_s << u"Authorization: Bearer [redacted]"_s;
        QTest::newRow("bearer lower case")
            << u"authorization: bearer EXAMPLE.x"_s << u"authorization: bearer [redacted]"_s;
        QTest::newRow("bearer json header")
            << u"{\"Authorization\": \"Bearer EXAMPLEtoken\", \"Accept\": \"*/*\"}"_s
            << u"{\"Authorization\": \"Bearer [redacted]\", \"Accept\": \"*/*\"}"_s;
        QTest::newRow("basic auth") << u"Authorization: Basic RVhBTVBMRTpFWEFNUExF"_s
                                    << u"Authorization: Basic [redacted]"_s;
        QTest::newRow("bearer on a command line")
            << u"curl -H Bearer\\ x Bearer EXAMPLE0123456789abc https://x"_s
            << u"curl -H Bearer\\ x Bearer [redacted] https://x"_s;
        QTest::newRow("x-api-key") << u"X-API-Key: EXAMPLEopaque"_s << u"X-API-Key: [redacted]"_s;
        QTest::newRow("x-api-key wayscloud")
            << u"x-api-key: wayscloud_api_EXAMPLE1_EXAMPLEsecret99"_s
            << u"x-api-key: wayscloud_api_EXAMPLE1_…[redacted]"_s;
        QTest::newRow("x-auth-token uuid")
            << u"X-Auth-Token: {uuid1}"_s << u"X-Auth-Token: [redacted]"_s;
        QTest::newRow("x-auth-token other")
            << u"X-Auth-Token: EXAMPLE"_s << u"X-Auth-Token: [redacted]"_s;
        QTest::newRow("aws pair") << u"AKIAIOSFODNN7EXAMPLE %1"_s.arg(awsSecret)
                                  << u"AKIAIOSFODNN7EXAMPLE [redacted]"_s;
        QTest::newRow("aws pair colon")
            << u"AKIAIOSFODNN7EXAMPLE:%1"_s.arg(awsSecret) << u"AKIAIOSFODNN7EXAMPLE:[redacted]"_s;
        QTest::newRow("aws ini")
            << u"aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = %1\n"_s.arg(
                   awsSecret)
            << u"aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = [redacted]\n"_s;
        QTest::newRow("aws env short")
            << u"AWS_SECRET_ACCESS_KEY=EXAMPLEshort"_s << u"AWS_SECRET_ACCESS_KEY=[redacted]"_s;
        QTest::newRow("aws xml") << u"<SecretAccessKey>%1</SecretAccessKey>"_s.arg(awsSecret)
                                 << u"<SecretAccessKey>[redacted]</SecretAccessKey>"_s;
        QTest::newRow("container credentials")
            << u"{\"AccessKeyId\":\"AKIAIOSFODNN7EXAMPLE\",\"SecretAccessKey\":\"%1\","
               "\"Token\":\"EXAMPLEsession0\"}"_s.arg(awsSecret)
            << u"{\"AccessKeyId\":\"AKIAIOSFODNN7EXAMPLE\",\"SecretAccessKey\":\"[redacted]\","
               "\"Token\":\"[redacted]\"}"_s;
        QTest::newRow("coreweave create")
            << u"{\"accessKeyId\":\"CWEXAMPLE1234567\",\"secretKey\":\"%1\"}"_s.arg(cwSecret)
            << u"{\"accessKeyId\":\"CWEXAMPLE1234567\",\"secretKey\":\"cwo…[redacted]\"}"_s;
        QTest::newRow("coreweave secret in prose")
            << u"new secret %1."_s.arg(cwSecret) << u"new secret cwo…[redacted]."_s;
        QTest::newRow("scaleway create")
            << u"{\"access_key\":\"SCWEXAMPLE1234567890\",\"secret_key\":\"{uuid1}\","
               "\"user_id\":\"{uuid2}\"}"_s
            << u"{\"access_key\":\"SCWEXAMPLE1234567890\",\"secret_key\":\"[redacted]\","
               "\"user_id\":\"{uuid2}\"}"_s;
        QTest::newRow("scaleway secret in prose") << u"Secret key: {uuid1} (key id {uuid2})"_s
                                                  << u"Secret key: [redacted] (key id {uuid2})"_s;
        QTest::newRow("wayscloud service key")
            << u"key wayscloud_storage_EXAMPLE12_EXAMPLEsecretEXAMPLEsecret0123 created"_s
            << u"key wayscloud_storage_EXAMPLE12_…[redacted] created"_s;
        QTest::newRow("wayscloud pat")
            << u"wayscloud_pat_EXAMPLE123_EXAMPLE0123456789EXAMPLE0123456789"_s
            << u"wayscloud_pat_EXAMPLE123_…[redacted]"_s;
        QTest::newRow("wayscloud create json")
            << u"{\"id\":\"{uuid1}\",\"key\":\"wayscloud_llm-api_EXAMPLE99_abcdEXAMPLE12\"}"_s
            << u"{\"id\":\"{uuid1}\",\"key\":\"wayscloud_llm-api_EXAMPLE99_…[redacted]\"}"_s;
        QTest::newRow("bearer wayscloud")
            << u"Authorization: Bearer wayscloud_pat_EXAMPLE123_EXAMPLEsecret456"_s
            << u"Authorization: Bearer wayscloud_pat_EXAMPLE123_…[redacted]"_s;
        QTest::newRow("password") << u"password=hunter2EXAMPLE&user=admin"_s
                                  << u"password=[redacted]&user=admin"_s;
        QTest::newRow("several in one line")
            << u"old %1 new %2 jwt %3"_s.arg(cwSecret, awsSecret, jwt)
            << u"old cwo…[redacted] new [redacted] jwt eyJ…[redacted]"_s;
    }

    void redact()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        input = withUuids(input);
        expected = withUuids(expected);

        const QString redacted = kw::Redactor::redact(input);
        QCOMPARE(redacted, expected);
        QCOMPARE(kw::Redactor::containsSecret(input), input != expected);
        // Redacting twice changes nothing more, and what is left carries no secret.
        QCOMPARE(kw::Redactor::redact(redacted), redacted);
        QVERIFY(!kw::Redactor::containsSecret(redacted));
    }

    void secretsDoNotSurvive()
    {
        const QString generated = QUuid::createUuid().toString(QUuid::Id128);
        const QString scalewaySecret = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QStringList secrets = {jwt, awsSecret, cwSecret, generated, scalewaySecret};
        const QString text =
            u"jwt=%1 aws_secret_access_key=%2 secretKey=%3 X-API-Key: %4 X-Auth-Token: %5"_s.arg(
                jwt, awsSecret, cwSecret, generated, scalewaySecret);
        const QString redacted = kw::Redactor::redact(text);
        for (const QString& secret : secrets)
            QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
        QVERIFY(redacted.startsWith(u"jwt=eyJ…[redacted] aws_secret_access_key=[redacted]"_s));
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "test_redactor.moc"

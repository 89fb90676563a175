#include "RawHttp.h"
#include "sandbox/scaleway/ScalewaySandbox.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>
#include <memory>

using namespace Qt::StringLiterals;
using kw::sandbox::Fault;
using kw::sandbox::ScalewaySandbox;
using kw::sandbox::test::RawHttp;
using kw::sandbox::test::RawReply;

namespace {

const QString keysPath = u"/iam/v1alpha1/api-keys"_s;
const QString usersPath = u"/iam/v1alpha1/users"_s;
const QString applicationsPath = u"/iam/v1alpha1/applications"_s;
const QString projectsPath = u"/account/v3/projects"_s;

// A UUID no one issued, made at run time: a well-formed secret the sandbox does not know.
QString unknownUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isUuid(const QString& text)
{
    static const QRegularExpression uuid(
        u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
    return uuid.match(text).hasMatch();
}

bool isAccessKey(const QString& text)
{
    static const QRegularExpression accessKey(u"^SCW[A-Z0-9]{17}$"_s);
    return accessKey.match(text).hasMatch();
}

QDateTime timeOf(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString rfc3339(const QDateTime& when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

// "user_id:required,application_id:required" — the details of an invalid_arguments body.
QString problemsOf(const QJsonObject& error)
{
    QStringList out;
    for (const QJsonValue& detail : error[u"details"_s].toArray())
        out << detail[u"argument_name"_s].toString() + u':' + detail[u"reason"_s].toString();
    return out.join(u',');
}

QJsonObject deniedAuthentication(const QString& reason)
{
    return {{u"message"_s, u"authentication is denied"_s},
            {u"method"_s, u"api_key"_s},
            {u"reason"_s, reason},
            {u"type"_s, u"denied_authentication"_s}};
}

} // namespace

class TestSandboxScaleway : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScalewaySandbox> m_sandbox;
    QString m_admin;

    RawReply call(const QByteArray& method, const QString& path, const QUrlQuery& query = {},
                  const QByteArray& body = {}, std::optional<QString> token = {})
    {
        QUrl base = m_sandbox->url();
        base.setQuery(query);
        RawHttp http(base);
        QList<std::pair<QByteArray, QByteArray>> headers;
        const QString secret = token.value_or(m_admin);
        if (!secret.isNull())
            headers.append({"X-Auth-Token", secret.toLatin1()});
        return http.send(method, path, headers, body);
    }

    RawReply get(const QString& path, const QUrlQuery& query = {})
    {
        return call("GET", path, query);
    }

    static QByteArray jsonBody(const QJsonObject& object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

    RawReply create(const QJsonObject& body) { return call("POST", keysPath, {}, jsonBody(body)); }

    QJsonObject createForOwnUser(const QJsonObject& extra = {})
    {
        QJsonObject body = extra;
        body[u"user_id"_s] = m_sandbox->ownUserId();
        const RawReply reply = create(body);
        if (reply.status != 200)
            qWarning() << reply.status << reply.body;
        return reply.status == 200 ? reply.object() : QJsonObject();
    }

    QJsonObject applicationNamed(const QString& name)
    {
        for (const QJsonValue& application :
             get(applicationsPath).object()[u"applications"_s].toArray()) {
            if (application[u"name"_s].toString() == name)
                return application.toObject();
        }
        return {};
    }

    // Every key, page after page.
    QJsonArray allKeys(QUrlQuery query = {})
    {
        query.addQueryItem(u"page_size"_s, u"100"_s);
        QJsonArray keys;
        for (int page = 1; page < 100; ++page) {
            QUrlQuery pageQuery = query;
            pageQuery.addQueryItem(u"page"_s, QString::number(page));
            const QJsonArray items = get(keysPath, pageQuery).object()[u"api_keys"_s].toArray();
            if (items.isEmpty())
                break;
            for (const QJsonValue& item : items)
                keys.append(item);
        }
        return keys;
    }

    QJsonObject managedKey()
    {
        for (const QJsonValue& key : allKeys()) {
            if (key[u"managed"_s].toBool())
                return key.toObject();
        }
        return {};
    }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<ScalewaySandbox>();
        QVERIFY(m_sandbox->listen());
        m_admin = m_sandbox->adminToken();
    }

    void cleanup() { m_sandbox.reset(); }

    void identity()
    {
        QVERIFY(isUuid(m_admin));
        QVERIFY(isAccessKey(m_sandbox->adminAccessKey()));
        QVERIFY(isUuid(m_sandbox->organizationId()));
        QVERIFY(isUuid(m_sandbox->ownUserId()));
        QCOMPARE(m_sandbox->url().host(), u"127.0.0.1"_s);
        ScalewaySandbox other;
        QVERIFY(other.adminToken() != m_admin);

        // A.5: the bearer of the current key is read from the key itself.
        const RawReply own = get(keysPath + u'/' + m_sandbox->adminAccessKey());
        QCOMPARE(own.status, 200);
        QCOMPARE(own.object()[u"user_id"_s].toString(), m_sandbox->ownUserId());
        QVERIFY(!own.object().contains(u"application_id"_s));
        QVERIFY(own.object()[u"secret_key"_s].isNull());
    }

    void authentication_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("value"); // {admin} and {unknown} are replaced
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason"); // of a 401: malformed or missing vs unknown

        const QString malformed = u"invalid_argument"_s;
        QTest::newRow("none") << QByteArray() << QString() << 401 << malformed;
        QTest::newRow("empty") << "X-Auth-Token"_ba << QString() << 401 << malformed;
        QTest::newRow("not a uuid") << "X-Auth-Token"_ba << u"hunter2"_s << 401 << malformed;
        // Well-formed but unknown: the API says not_found (seen with the official SDK).
        QTest::newRow("unknown uuid")
            << "X-Auth-Token"_ba << u"{unknown}"_s << 401 << u"not_found"_s;
        QTest::newRow("access key instead of secret")
            << "X-Auth-Token"_ba << u"{access}"_s << 401 << malformed;
        QTest::newRow("bearer header")
            << "Authorization"_ba << u"Bearer {admin}"_s << 401 << malformed;
        QTest::newRow("admin") << "X-Auth-Token"_ba << u"{admin}"_s << 200 << QString();
    }

    void authentication()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, value);
        QFETCH(int, status);
        QFETCH(QString, reason);
        value.replace(u"{admin}"_s, m_admin);
        value.replace(u"{unknown}"_s, unknownUuid());
        value.replace(u"{access}"_s, m_sandbox->adminAccessKey());
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (!header.isEmpty())
            headers.append({header, value.toLatin1()});

        for (const QString& path : {keysPath, usersPath, applicationsPath}) {
            RawHttp http(m_sandbox->url());
            const RawReply reply = http.send("GET", path, headers);
            QCOMPARE(reply.status, status);
            if (status == 401)
                QCOMPARE(reply.object(), deniedAuthentication(reason));
            QVERIFY(reply.header("Content-Type").startsWith("application/json"));
        }
    }

    void paginationAcrossPages()
    {
        m_sandbox->seedSamples(250);
        QCOMPARE(m_sandbox->keyCount(), 250);

        QSet<QString> seen;
        QDateTime previous;
        const QList<int> expectedSizes{100, 100, 50, 0};
        for (int page = 1; page <= 4; ++page) {
            const RawReply reply = get(keysPath, QUrlQuery{{u"page"_s, QString::number(page)},
                                                           {u"page_size"_s, u"100"_s},
                                                           {u"order_by"_s, u"created_at_asc"_s}});
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.object()[u"total_count"_s].toInt(), 250);
            const QJsonArray keys = reply.object()[u"api_keys"_s].toArray();
            QCOMPARE(keys.size(), expectedSizes.at(page - 1));
            for (const QJsonValue& key : keys) {
                const QDateTime created = timeOf(key[u"created_at"_s]);
                QVERIFY(created.isValid());
                QVERIFY2(!previous.isValid() || previous <= created, "created_at_asc");
                previous = created;
                seen.insert(key[u"access_key"_s].toString());
            }
        }
        QCOMPARE(seen.size(), 250);
        QVERIFY(seen.contains(m_sandbox->adminAccessKey()));

        // Descending is the same list the other way round.
        QStringList ascending;
        QStringList descending;
        for (const QJsonValue& key : allKeys({{u"order_by"_s, u"created_at_asc"_s}}))
            ascending << key[u"access_key"_s].toString();
        for (const QJsonValue& key : allKeys({{u"order_by"_s, u"created_at_desc"_s}}))
            descending.prepend(key[u"access_key"_s].toString());
        QCOMPARE(ascending.size(), 250);
        QCOMPARE(descending, ascending);
    }

    void defaultPageSizeIsTwenty()
    {
        m_sandbox->seedSamples(30);
        const RawReply reply = get(keysPath);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object()[u"api_keys"_s].toArray().size(), 20);
        QCOMPARE(reply.object()[u"total_count"_s].toInt(), 30);
        QCOMPARE(get(keysPath, {{u"page"_s, u"2"_s}}).object()[u"api_keys"_s].toArray().size(), 10);
    }

    void orderBy_data()
    {
        QTest::addColumn<QString>("order");
        for (const char* order :
             {"created_at_asc", "created_at_desc", "updated_at_asc", "updated_at_desc",
              "expires_at_asc", "expires_at_desc", "access_key_asc", "access_key_desc"})
            QTest::newRow(order) << QString::fromLatin1(order);
    }

    void orderBy()
    {
        QFETCH(QString, order);
        m_sandbox->seedSamples(60);
        const QJsonArray keys = allKeys({{u"order_by"_s, order}});
        QCOMPARE(keys.size(), 60);
        const bool descending = order.endsWith(u"_desc"_s);
        const QString field = order.left(order.lastIndexOf(u'_'));
        const auto sortValue = [&](const QJsonValue& key) -> QString {
            if (field == u"access_key"_s)
                return key[field].toString();
            // A key that never expires sorts after every date.
            if (key[field].isNull())
                return u"9999"_s;
            return timeOf(key[field]).toString(Qt::ISODateWithMs);
        };
        for (qsizetype i = 1; i < keys.size(); ++i) {
            const QString before = sortValue(keys.at(i - 1));
            const QString after = sortValue(keys.at(i));
            QVERIFY2(descending ? before >= after : before <= after,
                     qPrintable(before + u" then "_s + after));
        }
    }

    void listValidation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problem");

        QTest::newRow("page 0") << u"page"_s << u"0"_s << u"page:constraint"_s;
        QTest::newRow("page -1") << u"page"_s << u"-1"_s << u"page:constraint"_s;
        QTest::newRow("page text") << u"page"_s << u"two"_s << u"page:format"_s;
        QTest::newRow("page_size 0") << u"page_size"_s << u"0"_s << u"page_size:constraint"_s;
        QTest::newRow("page_size 101") << u"page_size"_s << u"101"_s << u"page_size:constraint"_s;
        QTest::newRow("page_size text") << u"page_size"_s << u"all"_s << u"page_size:format"_s;
        QTest::newRow("order_by") << u"order_by"_s << u"name_asc"_s << u"order_by:constraint"_s;
        QTest::newRow("bearer_type")
            << u"bearer_type"_s << u"robot"_s << u"bearer_type:constraint"_s;
        QTest::newRow("editable") << u"editable"_s << u"yes"_s << u"editable:format"_s;
        QTest::newRow("expired") << u"expired"_s << u"1"_s << u"expired:format"_s;
        QTest::newRow("organization_id")
            << u"organization_id"_s << u"my-org"_s << u"organization_id:format"_s;
        QTest::newRow("bearer_id") << u"bearer_id"_s << u"SCWEXAMPLE"_s << u"bearer_id:format"_s;
    }

    void listValidation()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, problem);
        const RawReply reply = get(keysPath, {{name, value}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.object()[u"type"_s].toString(), u"invalid_arguments"_s);
        QVERIFY(!reply.object()[u"message"_s].toString().isEmpty());
        QCOMPARE(problemsOf(reply.object()), problem);
        QVERIFY(!reply.object()[u"details"_s][0][u"help_message"_s].toString().isEmpty());
    }

    void listBoundariesAccepted_data()
    {
        QTest::addColumn<QString>("pageSize");
        QTest::newRow("1") << u"1"_s;
        QTest::newRow("100") << u"100"_s;
    }

    void listBoundariesAccepted()
    {
        QFETCH(QString, pageSize);
        m_sandbox->seedSamples(120);
        const RawReply reply = get(keysPath, {{u"page_size"_s, pageSize}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object()[u"api_keys"_s].toArray().size(), pageSize.toInt());
    }

    void filters()
    {
        m_sandbox->seedSamples(40);
        const QJsonArray everything = allKeys();
        QCOMPARE(everything.size(), 40);
        const auto count = [&](const QUrlQuery& query) {
            const RawReply reply = get(keysPath, query);
            return reply.status == 200 ? reply.object()[u"total_count"_s].toInt() : -reply.status;
        };
        const auto countWhere = [&](const auto& predicate) {
            return int(std::count_if(everything.begin(), everything.end(), predicate));
        };

        // The SDK always sends bearer_type=unknown_bearer_type: no filter.
        QCOMPARE(count({{u"bearer_type"_s, u"unknown_bearer_type"_s}}), 40);
        const int userKeys =
            countWhere([](const QJsonValue& key) { return key.toObject().contains(u"user_id"_s); });
        QVERIFY(userKeys > 0 && userKeys < 40);
        QCOMPARE(count({{u"bearer_type"_s, u"user"_s}}), userKeys);
        QCOMPARE(count({{u"bearer_type"_s, u"application"_s}}), 40 - userKeys);
        const int ownKeys = countWhere([&](const QJsonValue& key) {
            return key[u"user_id"_s].toString() == m_sandbox->ownUserId();
        });
        QVERIFY(ownKeys > 1 && ownKeys < userKeys);
        QCOMPARE(count({{u"bearer_id"_s, m_sandbox->ownUserId()}}), ownKeys);
        QCOMPARE(count({{u"bearer_id"_s, unknownUuid()}}), 0);

        QCOMPARE(count({{u"editable"_s, u"false"_s}}), 3);
        QCOMPARE(count({{u"editable"_s, u"true"_s}}), 37);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const int expired = countWhere([&](const QJsonValue& key) {
            return !key[u"expires_at"_s].isNull() && timeOf(key[u"expires_at"_s]) <= now;
        });
        QVERIFY(expired > 0);
        QCOMPARE(count({{u"expired"_s, u"true"_s}}), expired);
        QCOMPARE(count({{u"expired"_s, u"false"_s}}), 40 - expired);

        QUrlQuery two;
        two.addQueryItem(u"access_keys"_s, everything.at(3)[u"access_key"_s].toString());
        two.addQueryItem(u"access_keys"_s, everything.at(7)[u"access_key"_s].toString());
        QCOMPARE(count(two), 2);
        QCOMPARE(count({{u"access_key"_s, m_sandbox->adminAccessKey()}}), 1);

        const int terraform = countWhere([](const QJsonValue& key) {
            return key[u"description"_s].toString().contains(u"Terraform"_s);
        });
        QVERIFY(terraform > 0);
        QCOMPARE(count({{u"description"_s, u"Terraform"_s}}), terraform);
        // A '+' in the query is a space, as forms and the official SDKs send it; %2B a plus.
        QString twoWords;
        const QRegularExpression plainWords(u"\\b([A-Za-z0-9]+ [A-Za-z0-9]+)\\b"_s);
        for (const QJsonValue& key : everything) {
            const QRegularExpressionMatch match =
                plainWords.match(key[u"description"_s].toString());
            if (match.hasMatch()) {
                twoWords = match.captured(1);
                break;
            }
        }
        QVERIFY(!twoWords.isEmpty());
        const int spaced = countWhere([&](const QJsonValue& key) {
            return key[u"description"_s].toString().contains(twoWords);
        });
        QVERIFY(spaced > 0);
        QCOMPARE(count(QUrlQuery(u"description="_s + QString(twoWords).replace(u' ', u'+'))),
                 spaced);
        QCOMPARE(count(QUrlQuery(u"description="_s + QString(twoWords).replace(u' ', u"%2B"_s))),
                 0);

        QCOMPARE(count({{u"organization_id"_s, m_sandbox->organizationId()}}), 40);
        const RawReply otherOrganization = get(keysPath, {{u"organization_id"_s, unknownUuid()}});
        QCOMPARE(otherOrganization.status, 403);
        QCOMPARE(otherOrganization.object()[u"type"_s].toString(), u"permissions_denied"_s);
    }

    void samplesAreVaried()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_sandbox->seedSamples(30, now);
        const QJsonArray keys = allKeys();
        QCOMPARE(keys.size(), 30);
        int never = 0, past = 0, soon = 0, month = 0, year = 0, managed = 0, empty = 0, apps = 0;
        QSet<QString> projects;
        QSet<QString> bearers;
        qint64 oldest = 0;
        for (const QJsonValue& key : keys) {
            const QJsonValue expires = key[u"expires_at"_s];
            const qint64 left = expires.isNull() ? 0 : now.secsTo(timeOf(expires));
            never += expires.isNull();
            past += !expires.isNull() && left < 0;
            soon += left > 0 && left <= 3 * 3600;
            month += left > 10 * 86400 && left <= 30 * 86400;
            year += left > 300 * 86400;
            managed += key[u"managed"_s].toBool();
            if (key[u"managed"_s].toBool()) {
                QCOMPARE(key[u"editable"_s].toBool(), false);
                QCOMPARE(key[u"deletable"_s].toBool(), false);
            }
            empty += key[u"description"_s].toString().isEmpty();
            apps += key.toObject().contains(u"application_id"_s);
            projects.insert(key[u"default_project_id"_s].toString());
            bearers.insert(key[u"user_id"_s].toString() + key[u"application_id"_s].toString());
            oldest = std::max(oldest, timeOf(key[u"created_at"_s]).secsTo(now));
            QVERIFY(timeOf(key[u"created_at"_s]) <= timeOf(key[u"updated_at"_s]));
        }
        QVERIFY(never > 0 && past > 0 && soon > 0 && month > 0 && year > 0);
        QCOMPARE(managed, 3);
        QVERIFY(empty > 0);
        QVERIFY(apps > 0);
        QVERIFY(projects.size() >= 3);
        QVERIFY(projects.contains(m_sandbox->organizationId()));
        QVERIFY(bearers.size() >= 5);
        QVERIFY(oldest > 365 * 86400);

        // Seeding again tops up to the count asked for; users and applications stay as they are.
        m_sandbox->seedSamples(35, now);
        QCOMPARE(m_sandbox->keyCount(), 35);
        QCOMPARE(get(usersPath).object()[u"total_count"_s].toInt(), 4);
        QCOMPARE(get(applicationsPath).object()[u"total_count"_s].toInt(), 3);
    }

    void keySchema()
    {
        m_sandbox->seedSamples(30);
        const QSet<QString> common{
            u"access_key"_s, u"secret_key"_s, u"description"_s,        u"created_at"_s,
            u"updated_at"_s, u"expires_at"_s, u"default_project_id"_s, u"editable"_s,
            u"deletable"_s,  u"managed"_s,    u"creation_ip"_s};
        for (const QJsonValue& value : allKeys()) {
            const QJsonObject key = value.toObject();
            const QStringList names = key.keys();
            const QSet<QString> fields(names.begin(), names.end());
            const bool user = key.contains(u"user_id"_s);
            QCOMPARE(fields, common + QSet<QString>{user ? u"user_id"_s : u"application_id"_s});
            QVERIFY(isAccessKey(key[u"access_key"_s].toString()));
            QVERIFY(key[u"secret_key"_s].isNull());
            QVERIFY(isUuid(key[user ? u"user_id"_s : u"application_id"_s].toString()));
            QVERIFY(isUuid(key[u"default_project_id"_s].toString()));
            QVERIFY(key[u"created_at"_s].toString().endsWith(u'Z'));
            QVERIFY(timeOf(key[u"updated_at"_s]).isValid());
            QVERIFY(!key[u"creation_ip"_s].toString().isEmpty());
        }
    }

    void createShowsTheSecretOnce()
    {
        const int creates = m_sandbox->createRequestCount();
        const QDateTime expires = QDateTime::currentDateTimeUtc().addDays(30);
        const RawReply reply = create({{u"user_id"_s, m_sandbox->ownUserId()},
                                       {u"description"_s, u"deploy bot"_s},
                                       {u"expires_at"_s, rfc3339(expires)}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(m_sandbox->createRequestCount(), creates + 1);
        QCOMPARE(m_sandbox->keyCount(), 2);
        const QJsonObject key = reply.object();
        const QString accessKey = key[u"access_key"_s].toString();
        QVERIFY(isAccessKey(accessKey));
        QVERIFY(isUuid(key[u"secret_key"_s].toString()));
        QCOMPARE(key[u"user_id"_s].toString(), m_sandbox->ownUserId());
        QVERIFY(!key.contains(u"application_id"_s));
        QCOMPARE(key[u"description"_s].toString(), u"deploy bot"_s);
        QCOMPARE(timeOf(key[u"expires_at"_s]), expires);
        // Without a project, the Organization's default Project (it shares the id).
        QCOMPARE(key[u"default_project_id"_s].toString(), m_sandbox->organizationId());
        QCOMPARE(key[u"editable"_s].toBool(), true);
        QCOMPARE(key[u"deletable"_s].toBool(), true);
        QCOMPARE(key[u"managed"_s].toBool(), false);
        QCOMPARE(key[u"creation_ip"_s].toString(), u"127.0.0.1"_s);
        QCOMPARE(key[u"created_at"_s], key[u"updated_at"_s]);

        const RawReply again = get(keysPath + u'/' + accessKey);
        QCOMPARE(again.status, 200);
        QVERIFY(again.object()[u"secret_key"_s].isNull());
        QCOMPARE(again.object()[u"description"_s].toString(), u"deploy bot"_s);
        for (const QJsonValue& listed : allKeys()) {
            QVERIFY(listed[u"secret_key"_s].isNull());
            QVERIFY(!QJsonDocument(listed.toObject())
                         .toJson()
                         .contains(key[u"secret_key"_s].toString().toLatin1()));
        }
    }

    void createForAnApplication()
    {
        m_sandbox->seedSamples(10);
        const QJsonObject application = applicationNamed(u"ci-deploy"_s);
        const int before = application[u"nb_api_keys"_s].toInt();
        const QString project = unknownUuid();
        const RawReply reply = create(
            {{u"application_id"_s, application[u"id"_s]}, {u"default_project_id"_s, project}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object()[u"application_id"_s], application[u"id"_s]);
        QVERIFY(!reply.object().contains(u"user_id"_s));
        QCOMPARE(reply.object()[u"default_project_id"_s].toString(), project);
        QCOMPARE(reply.object()[u"description"_s].toString(), QString());
        QVERIFY(reply.object()[u"expires_at"_s].isNull());
        QCOMPARE(applicationNamed(u"ci-deploy"_s)[u"nb_api_keys"_s].toInt(), before + 1);
    }

    void createValidation_data()
    {
        QTest::addColumn<QByteArray>("body"); // {user}, {app} and {future} are replaced
        QTest::addColumn<QString>("problems");

        QTest::newRow("no bearer")
            << R"({"description":"x"})"_ba << u"user_id:required,application_id:required"_s;
        QTest::newRow("null bearers") << R"({"user_id":null,"application_id":null})"_ba
                                      << u"user_id:required,application_id:required"_s;
        QTest::newRow("both bearers") << R"({"user_id":"{user}","application_id":"{app}"})"_ba
                                      << u"user_id:constraint,application_id:constraint"_s;
        QTest::newRow("user_id not a uuid") << R"({"user_id":"me"})"_ba << u"user_id:format"_s;
        QTest::newRow("user_id a number") << R"({"user_id":42})"_ba << u"user_id:format"_s;
        QTest::newRow("application_id not a uuid")
            << R"({"application_id":"ci"})"_ba << u"application_id:format"_s;
        QTest::newRow("description 201")
            << QByteArray("{\"user_id\":\"{user}\",\"description\":\"" + QByteArray(201, 'd') +
                          "\"}")
            << u"description:constraint"_s;
        QTest::newRow("description not text")
            << R"({"user_id":"{user}","description":[1]})"_ba << u"description:format"_s;
        QTest::newRow("expires in the past")
            << R"({"user_id":"{user}","expires_at":"2020-01-01T00:00:00Z"})"_ba
            << u"expires_at:constraint"_s;
        QTest::newRow("expires not RFC 3339")
            << R"({"user_id":"{user}","expires_at":"next week"})"_ba << u"expires_at:format"_s;
        QTest::newRow("expires without zone")
            << R"({"user_id":"{user}","expires_at":"2099-01-01T00:00:00"})"_ba
            << u"expires_at:format"_s;
        QTest::newRow("expires on a day that does not exist")
            << R"({"user_id":"{user}","expires_at":"2099-02-30T00:00:00Z"})"_ba
            << u"expires_at:format"_s;
        QTest::newRow("expires at hour 24")
            << R"({"user_id":"{user}","expires_at":"2099-01-01T24:00:00Z"})"_ba
            << u"expires_at:format"_s;
        QTest::newRow("project not a uuid")
            << R"({"user_id":"{user}","default_project_id":"default"})"_ba
            << u"default_project_id:format"_s;
        QTest::newRow("several at once")
            << QByteArray("{\"user_id\":\"{user}\",\"description\":\"" + QByteArray(300, 'd') +
                          "\",\"expires_at\":\"yesterday\",\"default_project_id\":\"p\"}")
            << u"description:constraint,expires_at:format,default_project_id:format"_s;
        QTest::newRow("not JSON") << "user_id=me"_ba << u"body:format"_s;
        QTest::newRow("an array") << "[]"_ba << u"body:format"_s;
    }

    void createValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, problems);
        m_sandbox->seedSamples(5);
        body.replace("{user}", m_sandbox->ownUserId().toLatin1());
        body.replace("{app}", applicationNamed(u"ci-deploy"_s)[u"id"_s].toString().toLatin1());
        const int keys = m_sandbox->keyCount();
        const RawReply reply = call("POST", keysPath, {}, body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.object()[u"type"_s].toString(), u"invalid_arguments"_s);
        QCOMPARE(problemsOf(reply.object()), problems);
        QCOMPARE(m_sandbox->keyCount(), keys);
    }

    void createLimitsCountCharacters_data()
    {
        QTest::addColumn<QString>("description");
        QTest::addColumn<int>("status");
        QTest::newRow("200 ascii") << QString(200, u'a') << 200;
        QTest::newRow("200 accented") << QString(200, u'\u00e9') << 200;
        const QList<char32_t> keys(200, U'\U0001F511'); // outside the BMP: two UTF-16 units each
        QTest::newRow("200 emoji") << QString::fromUcs4(keys.constData(), keys.size()) << 200;
        QTest::newRow("201 accented") << QString(201, u'\u00e9') << 400;
    }

    void createLimitsCountCharacters()
    {
        QFETCH(QString, description);
        QFETCH(int, status);
        const RawReply reply =
            create({{u"user_id"_s, m_sandbox->ownUserId()}, {u"description"_s, description}});
        QCOMPARE(reply.status, status);
        if (status == 200)
            QCOMPARE(reply.object()[u"description"_s].toString(), description);
    }

    void expiryFormats_data()
    {
        QTest::addColumn<QString>("sent");
        QTest::addColumn<QString>("stored");
        QTest::newRow("Z") << u"2099-01-01T00:00:00Z"_s << u"2099-01-01T00:00:00.000000Z"_s;
        QTest::newRow("offset, microseconds")
            << u"2099-01-01T01:00:00.123456+01:00"_s << u"2099-01-01T00:00:00.123000Z"_s;
        QTest::newRow("negative offset, lower case")
            << u"2098-12-31t19:30:00.5-04:30"_s << u"2099-01-01T00:00:00.500000Z"_s;
    }

    void expiryFormats()
    {
        QFETCH(QString, sent);
        QFETCH(QString, stored);
        const QJsonObject key = createForOwnUser({{u"expires_at"_s, sent}});
        QCOMPARE(key[u"expires_at"_s].toString(), stored);
    }

    void createForUnknownBearer_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("resource");
        QTest::newRow("user") << u"user_id"_s << u"user"_s;
        QTest::newRow("application") << u"application_id"_s << u"application"_s;
    }

    void createForUnknownBearer()
    {
        QFETCH(QString, field);
        QFETCH(QString, resource);
        const QString id = unknownUuid();
        const RawReply reply = create({{field, id}});
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.object()[u"type"_s].toString(), u"not_found"_s);
        QCOMPARE(reply.object()[u"resource"_s].toString(), resource);
        QCOMPARE(reply.object()[u"resource_id"_s].toString(), id);
        QCOMPARE(m_sandbox->keyCount(), 1);
    }

    void createForAnotherUserIsDenied()
    {
        m_sandbox->seedSamples(5);
        QString otherUser;
        for (const QJsonValue& user : get(usersPath).object()[u"users"_s].toArray()) {
            if (user[u"id"_s].toString() != m_sandbox->ownUserId())
                otherUser = user[u"id"_s].toString();
        }
        QVERIFY(!otherUser.isEmpty());
        const int keys = m_sandbox->keyCount();
        const RawReply reply = create({{u"user_id"_s, otherUser}});
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.object()[u"type"_s].toString(), u"permissions_denied"_s);
        QCOMPARE(reply.object()[u"details"_s][0][u"resource"_s].toString(), u"api_key"_s);
        QCOMPARE(reply.object()[u"details"_s][0][u"action"_s].toString(), u"create"_s);
        QCOMPARE(m_sandbox->keyCount(), keys);

        // An application's key cannot make keys for a user either, but can for an application.
        const QString app = applicationNamed(u"ci-deploy"_s)[u"id"_s].toString();
        const QString appSecret =
            create({{u"application_id"_s, app}}).object()[u"secret_key"_s].toString();
        QVERIFY(isUuid(appSecret));
        QCOMPARE(call("POST", keysPath, {}, jsonBody({{u"user_id"_s, m_sandbox->ownUserId()}}),
                      appSecret)
                     .status,
                 403);
        QCOMPARE(
            call("POST", keysPath, {}, jsonBody({{u"application_id"_s, app}}), appSecret).status,
            200);
    }

    void unknownKeyIsNotFound_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::newRow("get") << "GET"_ba;
        QTest::newRow("patch") << "PATCH"_ba;
        QTest::newRow("delete") << "DELETE"_ba;
    }

    void unknownKeyIsNotFound()
    {
        QFETCH(QByteArray, method);
        const QString accessKey = u"SCWEXAMPLE0000000000"_s;
        const RawReply reply = call(method, keysPath + u'/' + accessKey, {},
                                    method == "PATCH" ? R"({"description":"x"})"_ba : QByteArray());
        QCOMPARE(reply.status, 404);
        const QJsonObject error = reply.object();
        QCOMPARE(error[u"type"_s].toString(), u"not_found"_s);
        QCOMPARE(error[u"resource"_s].toString(), u"api_key"_s);
        QCOMPARE(error[u"resource_id"_s].toString(), accessKey);
        QVERIFY(!error[u"message"_s].toString().isEmpty());
    }

    void update()
    {
        const QJsonObject created = createForOwnUser({{u"description"_s, u"before"_s}});
        const QString path = keysPath + u'/' + created[u"access_key"_s].toString();
        QTest::qWait(5); // so updated_at moves on

        const QString project = unknownUuid();
        const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(3600);
        RawReply reply = call("PATCH", path, {},
                              jsonBody({{u"description"_s, u"after"_s},
                                        {u"default_project_id"_s, project},
                                        {u"expires_at"_s, rfc3339(expires)}}));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object()[u"description"_s].toString(), u"after"_s);
        QCOMPARE(reply.object()[u"default_project_id"_s].toString(), project);
        QCOMPARE(timeOf(reply.object()[u"expires_at"_s]), expires);
        QVERIFY(reply.object()[u"secret_key"_s].isNull());
        QVERIFY(timeOf(reply.object()[u"updated_at"_s]) > timeOf(created[u"updated_at"_s]));
        QCOMPARE(reply.object()[u"created_at"_s], created[u"created_at"_s]);

        // Fields left out stay as they are; an empty description clears it.
        reply = call("PATCH", path, {}, jsonBody({{u"description"_s, QString()}}));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object()[u"description"_s].toString(), QString());
        QCOMPARE(reply.object()[u"default_project_id"_s].toString(), project);
        QCOMPARE(get(path).object()[u"description"_s].toString(), QString());
    }

    void updateValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("problems");
        QTest::newRow("description 201")
            << QByteArray("{\"description\":\"" + QByteArray(201, 'x') + "\"}")
            << u"description:constraint"_s;
        QTest::newRow("expires past")
            << R"({"expires_at":"2001-02-03T04:05:06+01:00"})"_ba << u"expires_at:constraint"_s;
        QTest::newRow("expires garbage") << R"({"expires_at":"soon"})"_ba << u"expires_at:format"_s;
        QTest::newRow("project") << R"({"default_project_id":"x"})"_ba
                                 << u"default_project_id:format"_s;
        QTest::newRow("not an object") << "\"after\""_ba << u"body:format"_s;
    }

    void updateValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, problems);
        const QJsonObject created = createForOwnUser({{u"description"_s, u"kept"_s}});
        const QString path = keysPath + u'/' + created[u"access_key"_s].toString();
        const RawReply reply = call("PATCH", path, {}, body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.object()[u"type"_s].toString(), u"invalid_arguments"_s);
        QCOMPARE(problemsOf(reply.object()), problems);
        QCOMPARE(get(path).object(), [&] {
            QJsonObject unchanged = created;
            unchanged[u"secret_key"_s] = QJsonValue::Null;
            return unchanged;
        }());
    }

    void managedKeysAreReadOnly_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("action");
        QTest::newRow("update") << "PATCH"_ba << u"update"_s;
        QTest::newRow("delete") << "DELETE"_ba << u"delete"_s;
    }

    void managedKeysAreReadOnly()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, action);
        m_sandbox->seedSamples(30);
        const QJsonObject managed = managedKey();
        QVERIFY(!managed.isEmpty());
        const QString path = keysPath + u'/' + managed[u"access_key"_s].toString();
        const RawReply reply = call(
            method, path, {}, method == "PATCH" ? R"({"description":"mine"})"_ba : QByteArray());
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.object()[u"type"_s].toString(), u"permissions_denied"_s);
        const QJsonArray details = reply.object()[u"details"_s].toArray();
        QCOMPARE(details.size(), 1);
        QCOMPARE(details[0][u"resource"_s].toString(), u"api_key"_s);
        QCOMPARE(details[0][u"action"_s].toString(), action);
        QCOMPARE(get(path).object(), managed);
        QCOMPARE(m_sandbox->keyCount(), 30);
    }

    void deleteKey()
    {
        const QJsonObject created = createForOwnUser();
        const QString secret = created[u"secret_key"_s].toString();
        const QString path = keysPath + u'/' + created[u"access_key"_s].toString();
        QCOMPARE(call("GET", path, {}, {}, secret).status, 200);

        const RawReply reply = call("DELETE", path);
        QCOMPARE(reply.status, 204);
        QVERIFY(reply.body.isEmpty());
        QCOMPARE(m_sandbox->keyCount(), 1);
        QCOMPARE(get(path).status, 404);
        QCOMPARE(call("DELETE", path).status, 404);
        // A deleted key no longer authenticates.
        const RawReply withDeleted = call("GET", keysPath, {}, {}, secret);
        QCOMPARE(withDeleted.status, 401);
        QCOMPARE(withDeleted.object(), deniedAuthentication(u"not_found"_s));
    }

    void verifyWithANewSecret()
    {
        m_sandbox->seedSamples(5);
        const QJsonObject forUser = createForOwnUser();
        const QJsonObject forApplication =
            create({{u"application_id"_s, applicationNamed(u"nightly-backup"_s)[u"id"_s]}})
                .object();
        for (const QJsonObject& key : {forUser, forApplication}) {
            const QString accessKey = key[u"access_key"_s].toString();
            const RawReply reply =
                call("GET", keysPath + u'/' + accessKey, {}, {}, key[u"secret_key"_s].toString());
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.object()[u"access_key"_s].toString(), accessKey);
            QVERIFY(reply.object()[u"secret_key"_s].isNull());
        }
    }

    void expiredKeysAreRefused()
    {
        const QDateTime start = QDateTime::currentDateTimeUtc();
        const QJsonObject created =
            createForOwnUser({{u"expires_at"_s, rfc3339(start.addSecs(2 * 3600))}});
        const QString secret = created[u"secret_key"_s].toString();
        const QString path = keysPath + u'/' + created[u"access_key"_s].toString();
        QCOMPARE(call("GET", path, {}, {}, secret).status, 200);

        m_sandbox->clock().setSource([start] { return start.addSecs(3 * 3600); });
        const RawReply reply = call("GET", path, {}, {}, secret);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.object(), deniedAuthentication(u"expired"_s));
        // The admin key never expires; it sees the expired key listed as such.
        QCOMPARE(get(keysPath, {{u"expired"_s, u"true"_s}}).object()[u"total_count"_s].toInt(), 1);
    }

    void users()
    {
        m_sandbox->seedSamples(10);
        const RawReply reply = get(usersPath);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object()[u"total_count"_s].toInt(), 4);
        const QJsonArray users = reply.object()[u"users"_s].toArray();
        QCOMPARE(users.size(), 4);
        int owners = 0;
        for (const QJsonValue& user : users) {
            QVERIFY(isUuid(user[u"id"_s].toString()));
            QVERIFY(user[u"email"_s].toString().endsWith(u"@example.com"_s));
            QCOMPARE(user[u"organization_id"_s].toString(), m_sandbox->organizationId());
            for (const char* field : {"username", "first_name", "last_name", "created_at",
                                      "updated_at", "type", "status", "mfa", "locked", "tags"})
                QVERIFY2(user.toObject().contains(QLatin1String(field)), field);
            if (user[u"type"_s].toString() == u"owner"_s) {
                ++owners;
                QCOMPARE(user[u"id"_s].toString(), m_sandbox->ownUserId());
            }
        }
        QCOMPARE(owners, 1);

        const RawReply page =
            get(usersPath,
                {{u"page"_s, u"2"_s}, {u"page_size"_s, u"3"_s}, {u"order_by"_s, u"email_asc"_s}});
        QCOMPARE(page.status, 200);
        QCOMPARE(page.object()[u"users"_s].toArray().size(), 1);
        QCOMPARE(page.object()[u"total_count"_s].toInt(), 4);
        QCOMPARE(get(usersPath, {{u"page_size"_s, u"101"_s}}).status, 400);
        QCOMPARE(get(usersPath, {{u"order_by"_s, u"name_asc"_s}}).status, 400);
        QCOMPARE(get(usersPath, {{u"organization_id"_s, unknownUuid()}}).status, 403);
        QCOMPARE(get(usersPath + u'/' + m_sandbox->ownUserId()).status, 200);
        QCOMPARE(get(usersPath + u'/' + unknownUuid()).object()[u"resource"_s].toString(),
                 u"user"_s);
    }

    void applications()
    {
        m_sandbox->seedSamples(30);
        const RawReply reply = get(applicationsPath, {{u"order_by"_s, u"name_asc"_s}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object()[u"total_count"_s].toInt(), 3);
        const QJsonArray applications = reply.object()[u"applications"_s].toArray();
        QCOMPARE(applications.size(), 3);
        QStringList names;
        int keys = 0;
        for (const QJsonValue& application : applications) {
            names << application[u"name"_s].toString();
            keys += application[u"nb_api_keys"_s].toInt();
            QCOMPARE(application[u"organization_id"_s].toString(), m_sandbox->organizationId());
            const bool managed = application[u"managed"_s].toBool();
            QCOMPARE(application[u"editable"_s].toBool(), !managed);
        }
        QCOMPARE(names,
                 (QStringList{u"Serverless Containers"_s, u"ci-deploy"_s, u"nightly-backup"_s}));
        QCOMPARE(keys, get(keysPath, {{u"bearer_type"_s, u"application"_s}})
                           .object()[u"total_count"_s]
                           .toInt());
        QCOMPARE(get(applicationsPath, {{u"page_size"_s, u"1"_s}})
                     .object()[u"applications"_s]
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(get(applicationsPath, {{u"page"_s, u"0"_s}}).status, 400);
        QCOMPARE(
            get(applicationsPath, {{u"name"_s, u"backup"_s}}).object()[u"total_count"_s].toInt(),
            1);
    }

    // The Account API names the projects the keys' default_project_id points at.
    void projectsNameEveryKeysProject()
    {
        m_sandbox->seedSamples(30);
        const RawReply reply = get(projectsPath, {{u"order_by"_s, u"name_asc"_s}});
        QCOMPARE(reply.status, 200);
        const QJsonArray projects = reply.object()[u"projects"_s].toArray();
        QCOMPARE(reply.object()[u"total_count"_s].toInt(), projects.size());
        QHash<QString, QString> names;
        for (const QJsonValue& project : projects) {
            QVERIFY(isUuid(project[u"id"_s].toString()));
            QVERIFY(!project[u"name"_s].toString().isEmpty());
            QCOMPARE(project[u"organization_id"_s].toString(), m_sandbox->organizationId());
            names.insert(project[u"id"_s].toString(), project[u"name"_s].toString());
        }
        QCOMPARE(names.value(m_sandbox->organizationId()), u"default"_s);
        QCOMPARE(names.size(), 3);
        for (const QJsonValue& key : allKeys())
            QVERIFY2(names.contains(key[u"default_project_id"_s].toString()),
                     qPrintable(key[u"default_project_id"_s].toString()));

        // Paged like the IAM lists; seeding again adds none.
        m_sandbox->seedSamples(35);
        const RawReply page = get(projectsPath, {{u"page"_s, u"2"_s}, {u"page_size"_s, u"2"_s}});
        QCOMPARE(page.object()[u"projects"_s].toArray().size(), 1);
        QCOMPARE(page.object()[u"total_count"_s].toInt(), 3);
        QCOMPARE(get(projectsPath, {{u"page_size"_s, u"101"_s}}).status, 400);
        QCOMPARE(get(projectsPath, {{u"order_by"_s, u"email_asc"_s}}).status, 400);
        QCOMPARE(get(projectsPath, {{u"organization_id"_s, unknownUuid()}}).status, 403);
        QCOMPARE(get(projectsPath, {{u"organization_id"_s, m_sandbox->organizationId()}}).status,
                 200);
        QCOMPARE(call("GET", projectsPath, {}, {}, unknownUuid()).status, 401);
        QCOMPARE(call("POST", projectsPath, {}, "{}").status, 405);
    }

    void routing()
    {
        RawReply reply = get(u"/iam/v1alpha1/policies"_s);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.object()[u"type"_s].toString(), u"not_found"_s);
        reply = call("PUT", keysPath);
        QCOMPARE(reply.status, 405);
        QVERIFY(!reply.object()[u"message"_s].toString().isEmpty());
        QCOMPARE(call("POST", usersPath, {}, "{}").status, 405);
    }

    void faults_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        QTest::newRow("500") << int(Fault::Kind::InternalError) << 500 << u"internal_error"_s;
        QTest::newRow("429") << int(Fault::Kind::TooManyRequests) << 429 << u"too_many_requests"_s;
    }

    void faults()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QString, type);
        Fault fault;
        fault.kind = Fault::Kind(kind);
        fault.method = "POST";
        fault.pathPrefix = keysPath;
        fault.retryAfterSeconds = 7;
        m_sandbox->injectFault(fault);

        const int creates = m_sandbox->createRequestCount();
        QCOMPARE(get(keysPath).status, 200); // another method: untouched
        RawReply reply = create({{u"user_id"_s, m_sandbox->ownUserId()}});
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.object()[u"type"_s].toString(), type);
        QVERIFY(!reply.object()[u"message"_s].toString().isEmpty());
        if (status == 429)
            QCOMPARE(reply.header("Retry-After"), "7"_ba);
        QCOMPARE(m_sandbox->createRequestCount(), creates); // the handler never saw it
        QCOMPARE(m_sandbox->keyCount(), 1);

        reply = create({{u"user_id"_s, m_sandbox->ownUserId()}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(m_sandbox->keyCount(), 2);
    }

    void controlEndpointsNeedTheOwner()
    {
        m_sandbox->seedSamples(5);
        const QString appSecret =
            create({{u"application_id"_s, applicationNamed(u"ci-deploy"_s)[u"id"_s]}})
                .object()[u"secret_key"_s]
                .toString();
        QCOMPARE(call("GET", u"/_sandbox/stats"_s, {}, {}, appSecret).status, 403);
        QCOMPARE(call("GET", u"/_sandbox/stats"_s, {}, {}, QString()).status, 401);
        const RawReply stats = get(u"/_sandbox/stats"_s);
        QCOMPARE(stats.status, 200);
        QCOMPARE(stats.object()[u"keys"_s].toInt(), 6);
        QCOMPARE(stats.object()[u"create_requests"_s].toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSandboxScaleway)
#include "test_sandbox_scaleway.moc"

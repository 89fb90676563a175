// keywarden-cli accounts and keys commands, run as a script would run them, against a
// keywarden-sandbox process, for every provider.
#include "CliAccounts.h"
#include "CliRunner.h"
#include "ClosedPort.h"
#include "SandboxProcess.h"
#include "SecretScan.h"
#include "core/Account.h"
#include "core/AccountStore.h"
#include "vault/KeychainStore.h"

#include <QDate>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <QUuid>
#include <functional>

using namespace Qt::StringLiterals;
using kw::e2e::SandboxProcess;

namespace {

using Run = kw::e2e::CliRun;

qsizetype occurrences(const QByteArray& haystack, const QByteArray& needle)
{
    qsizetype count = 0;
    for (qsizetype at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1))
        ++count;
    return count;
}

} // namespace

class TestCliAccountsKeys : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QString m_root;              // every case's HOME lives under it
    QList<QByteArray> m_secrets; // printed once by a create; must appear nowhere else
    QList<QByteArray> m_outputs; // every other command's stdout and stderr
    QList<QByteArray> m_tokens;  // admin tokens: never in a file
    QString m_home;              // the current case's HOME

    // A fresh HOME (settings, audit log) for one case, so accounts do not leak between cases.
    void useFreshHome(const QString& name)
    {
        m_home = m_root + u'/' + name + u'-' + QUuid::createUuid().toString(QUuid::Id128).left(8);
        QVERIFY(QDir().mkpath(m_home));
    }

    Run run(const QStringList& arguments, const QByteArray& input = {}, bool keepOutput = true)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_home);
        env.insert(u"XDG_CONFIG_HOME"_s, m_home + u"/.config"_s);
        env.insert(u"XDG_DATA_HOME"_s, m_home + u"/.local/share"_s);
        env.insert(u"XDG_CACHE_HOME"_s, m_home + u"/.cache"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        const Run result = kw::e2e::runCli(arguments, input, 30000, env);
        if (keepOutput)
            m_outputs << result.out << result.err;
        return result;
    }

    const SandboxProcess::Provider* provider(const QString& id)
    {
        const SandboxProcess::Provider* found = m_sandbox.provider(id);
        if (!found)
            qWarning("the sandbox printed no lines for %s", qPrintable(id));
        return found;
    }

    // accounts add's options for the sandbox account of this provider.
    QStringList addArguments(const QString& providerId, const QString& label)
    {
        const SandboxProcess::Provider* p = provider(providerId);
        if (!p)
            return {};
        QStringList arguments{u"--json"_s,     u"accounts"_s,   u"add"_s,
                              u"--provider"_s, providerId,      u"--label"_s,
                              label,           u"--endpoint"_s, p->url.toString()};
        if (!p->organizationId.isEmpty())
            arguments << u"--organization"_s << p->organizationId;
        if (!p->s3Url.isEmpty())
            arguments << u"--s3-endpoint"_s << p->s3Url.toString();
        if (!p->region.isEmpty())
            arguments << u"--region"_s << p->region;
        return arguments;
    }

    QByteArray tokenOf(const QString& providerId)
    {
        const SandboxProcess::Provider* p = provider(providerId);
        return p ? p->token.exposeBytes() + '\n' : QByteArray();
    }

    // Adds the sandbox account; returns its JSON (empty on failure, with a test failure).
    QJsonObject addAccount(const QString& providerId, const QString& label)
    {
        const Run added = run(addArguments(providerId, label), tokenOf(providerId));
        if (added.exitCode != 0) {
            qWarning("accounts add failed: %s", qPrintable(added.describe()));
            return {};
        }
        return added.json().object();
    }

    QJsonArray listKeys(const QString& account, const QStringList& filters = {})
    {
        const Run listed =
            run(QStringList{u"--json"_s, u"keys"_s, u"list"_s, u"--account"_s, account} + filters);
        if (listed.exitCode != 0 || !listed.json().isArray()) {
            qWarning("keys list failed: %s", qPrintable(listed.describe()));
            return {};
        }
        return listed.json().array();
    }

    static QJsonObject keyById(const QJsonArray& keys, const QString& id)
    {
        for (const QJsonValue& key : keys) {
            if (key.toObject().value(u"id"_s).toString() == id)
                return key.toObject();
        }
        return {};
    }

    QJsonArray listAccounts()
    {
        const Run listed = run({u"--json"_s, u"accounts"_s, u"list"_s});
        return listed.exitCode == 0 ? listed.json().array() : QJsonArray();
    }

    static bool hasLabel(const QJsonArray& accounts, const QString& label)
    {
        return std::any_of(accounts.begin(), accounts.end(), [&](const QJsonValue& account) {
            return account.toObject().value(u"label"_s).toString() == label;
        });
    }

    // The options keys create needs for a valid key of this provider.
    QStringList createOptions(const QString& providerId, const QString& account,
                              const QString& name)
    {
        if (providerId == u"wayscloud"_s)
            return {u"--name"_s,        name,
                    u"--service"_s,     u"storage"_s,
                    u"--service"_s,     u"llm"_s,
                    u"--ip"_s,          u"127.0.0.1, 198.51.100.0/24"_s,
                    u"--description"_s, u"made by the CLI test"_s};
        if (providerId == u"scaleway"_s) {
            QString user;
            for (const QJsonValue& key : listKeys(account)) {
                // The admin token's own user: a user creates keys for itself only.
                if (key.toObject().value(u"description"_s).toString() == u"KeyWarden console"_s) {
                    user = key.toObject().value(u"owner"_s).toString();
                    break;
                }
            }
            return {u"--description"_s, name,
                    u"--bearer"_s,      u"user:"_s + user,
                    u"--expires"_s,     QDate::currentDate().addDays(30).toString(Qt::ISODate)};
        }
        if (providerId == u"coreweave"_s)
            return {u"--name"_s, name, u"--duration"_s, u"3600"_s};
        if (providerId == u"wasabi-air"_s)
            return {u"--name"_s, name};
        return {}; // wasabi-iam: a key pair of the account's own user, nothing to choose
    }

    static void addProviderRows()
    {
        QTest::addColumn<QString>("providerId");
        for (const char* id : {"wayscloud", "scaleway", "coreweave", "wasabi-air", "wasabi-iam"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }

    // Reads an entry of the session's keychain directly, as the window would.
    static kw::SecretStore::Status keychainStatus(const QString& key)
    {
        kw::KeychainStore keychain;
        QEventLoop loop;
        kw::SecretStore::Status status = kw::SecretStore::Status::Timeout;
        QObject context;
        keychain.read(key, &context, [&](kw::SecretStore::Result result) {
            status = result.status;
            loop.quit();
        });
        QTimer::singleShot(15000, &loop, &QEventLoop::quit);
        if (status == kw::SecretStore::Status::Timeout)
            loop.exec();
        return status;
    }

private slots:
    void initTestCase()
    {
        const QString home = qEnvironmentVariable("KEYWARDEN_TEST_HOME");
        const QString error = kw::e2e::startCliSuite(m_sandbox);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_root = home + u"/cli-accounts-keys"_s;
        QVERIFY(QDir().mkpath(m_root));
        for (const char* id : {"wayscloud", "scaleway", "coreweave", "wasabi-air", "wasabi-iam"}) {
            const SandboxProcess::Provider* p = provider(QString::fromLatin1(id));
            QVERIFY2(p && p->url.isValid() && !p->token.isEmpty(), id);
            m_tokens << p->token.exposeBytes();
        }
    }

    void accountsAddListTestRemove_data() { addProviderRows(); }
    void accountsAddListTestRemove()
    {
        QFETCH(QString, providerId);
        useFreshHome(u"accounts-"_s + providerId);
        const QString label = u"Sandbox "_s + providerId;
        const SandboxProcess::Provider* p = provider(providerId);
        QVERIFY(p);

        // A wrong token is refused by the provider: exit 3, nothing saved.
        const QByteArray wrongToken =
            providerId == u"wasabi-iam"_s
                ? "AKIAEXAMPLE0000WRONG:wrongEXAMPLEsecretwrongEXAMPLEsecret00\n"_ba
                : "wrong-EXAMPLE-token-0000000000000000\n"_ba;
        const Run refused = run(addArguments(providerId, label), wrongToken);
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(!refused.err.trimmed().isEmpty(), qPrintable(refused.describe()));
        QVERIFY(refused.out.isEmpty());
        QVERIFY(!hasLabel(listAccounts(), label));

        // http:// is for this computer only.
        QStringList insecure = addArguments(providerId, label);
        insecure[insecure.indexOf(u"--endpoint"_s) + 1] = u"http://api.example.com/"_s;
        const Run plainHttp = run(insecure, tokenOf(providerId));
        QCOMPARE(plainHttp.exitCode, 2);
        QVERIFY2(plainHttp.oneErrorLine() && plainHttp.err.contains("--endpoint") &&
                     plainHttp.err.contains("http://"),
                 qPrintable(plainHttp.describe()));
        QVERIFY(!hasLabel(listAccounts(), label));

        // Added, listed with what was given, and its token works.
        const QJsonObject added = addAccount(providerId, label);
        QCOMPARE(added.value(u"label"_s).toString(), label);
        const QString accountId = added.value(u"id"_s).toString();
        QVERIFY(!accountId.isEmpty());
        const QJsonArray accounts = listAccounts();
        QCOMPARE(accounts.size(), 1);
        const QJsonObject listed = accounts.first().toObject();
        QCOMPARE(listed.value(u"id"_s).toString(), accountId);
        QCOMPARE(listed.value(u"provider"_s).toString(), providerId);
        QCOMPARE(QUrl(listed.value(u"endpoint"_s).toString()), p->url);
        if (!p->organizationId.isEmpty())
            QCOMPARE(listed.value(u"organizationId"_s).toString(), p->organizationId);
        if (!p->s3Url.isEmpty())
            QCOMPARE(QUrl(listed.value(u"s3Endpoint"_s).toString()), p->s3Url);
        if (!p->region.isEmpty())
            QCOMPARE(listed.value(u"region"_s).toString(), p->region);

        // The window reads the same settings file.
        {
            QSettings settings(m_home + u"/.config/KeyWarden/keywarden.conf"_s,
                               QSettings::IniFormat);
            const QList<kw::Account> stored = kw::AccountStore(settings).load();
            QCOMPARE(stored.size(), 1);
            QCOMPARE(stored.first().id, accountId);
            QCOMPARE(stored.first().label, label);
            QCOMPARE(stored.first().provider, providerId);
            QCOMPARE(stored.first().endpoint, p->url);
            QCOMPARE(stored.first().organizationId, p->organizationId);
            QCOMPARE(stored.first().s3Endpoint, p->s3Url);
            QCOMPARE(stored.first().region, p->region);
        }
        QCOMPARE(keychainStatus(u"account/"_s + accountId), kw::SecretStore::Status::Ok);

        const Run tested = run({u"--json"_s, u"accounts"_s, u"test"_s, u"--account"_s, label});
        QVERIFY2(tested.exitCode == 0, qPrintable(tested.describe()));
        QCOMPARE(tested.json().object().value(u"works"_s).toBool(), true);

        // The same label twice (in any case) is refused before the token is read.
        const Run duplicate = run(addArguments(providerId, label.toUpper()), tokenOf(providerId));
        QCOMPARE(duplicate.exitCode, 2);
        QVERIFY2(duplicate.oneErrorLine() && duplicate.err.contains("--label"),
                 qPrintable(duplicate.describe()));
        QCOMPARE(listAccounts().size(), 1);

        // A key whose secret the keychain keeps: removing the account forgets that secret too.
        const Run stored = run(
            QStringList{u"--json"_s, u"keys"_s, u"create"_s, u"--account"_s, label, u"--store"_s} +
            createOptions(providerId, label, u"cli-e2e-account-removal"_s));
        QVERIFY2(stored.exitCode == 0, qPrintable(stored.describe()));
        const QString storedKeyId = stored.json().object().value(u"id"_s).toString();
        const QString storedEntry = u"key/%1/%2"_s.arg(accountId, storedKeyId);
        QCOMPARE(keychainStatus(storedEntry), kw::SecretStore::Status::Ok);

        // Removing needs --yes when there is no terminal to confirm on.
        const Run unconfirmed = run({u"accounts"_s, u"remove"_s, u"--account"_s, label});
        QCOMPARE(unconfirmed.exitCode, 2);
        QVERIFY2(unconfirmed.err.contains("--yes"), qPrintable(unconfirmed.describe()));
        QCOMPARE(listAccounts().size(), 1);

        const Run removed =
            run({u"--json"_s, u"accounts"_s, u"remove"_s, u"--account"_s, label, u"--yes"_s});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
        QCOMPARE(removed.json().object().value(u"removed"_s).toString(), accountId);
        QVERIFY(listAccounts().isEmpty());
        QCOMPARE(keychainStatus(u"account/"_s + accountId), kw::SecretStore::Status::NotFound);
        QCOMPARE(keychainStatus(storedEntry), kw::SecretStore::Status::NotFound);
        {
            QSettings settings(m_home + u"/.config/KeyWarden/keywarden.conf"_s,
                               QSettings::IniFormat);
            QVERIFY(kw::AccountStore(settings).load().isEmpty());
        }
        const Run gone = run({u"accounts"_s, u"test"_s, u"--account"_s, label});
        QCOMPARE(gone.exitCode, 4);

        // The label is free again, and the new account's token is its own.
        const QJsonObject again = addAccount(providerId, label);
        QVERIFY(!again.isEmpty());
        QVERIFY(again.value(u"id"_s).toString() != accountId);
        const Run retested = run({u"accounts"_s, u"test"_s, u"--account"_s, label});
        QVERIFY2(retested.exitCode == 0, qPrintable(retested.describe()));
        // The key itself stays at the provider until revoked.
        const Run revoked = run(
            {u"keys"_s, u"revoke"_s, u"--yes"_s, u"--account"_s, label, u"--key"_s, storedKeyId});
        QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.describe()));
        QVERIFY(run({u"accounts"_s, u"remove"_s, u"--account"_s, label, u"--yes"_s}).exitCode == 0);
    }

    void keysListAllPagesAndFilters_data() { addProviderRows(); }
    void keysListAllPagesAndFilters()
    {
        QFETCH(QString, providerId);
        useFreshHome(u"list-"_s + providerId);
        const QString label = u"list-"_s + providerId;
        QVERIFY(!addAccount(providerId, label).isEmpty());

        const QJsonArray all = listKeys(label);
        QVERIFY(!all.isEmpty());
        const QStringList fields{u"account"_s,     u"id"_s,          u"name"_s,    u"owner"_s,
                                 u"services"_s,    u"ipAllowlist"_s, u"created"_s, u"ageDays"_s,
                                 u"lastUsed"_s,    u"expires"_s,     u"status"_s,  u"rotationDue"_s,
                                 u"secretStored"_s};
        QSet<QString> ids;
        for (const QJsonValue& value : all) {
            const QJsonObject key = value.toObject();
            for (const QString& field : fields)
                QVERIFY2(key.contains(field), qPrintable(field));
            QCOMPARE(key.value(u"account"_s).toString(), label);
            ids.insert(key.value(u"id"_s).toString());
        }
        QCOMPARE(ids.size(), all.size()); // no page twice
        // Without --account: every account (here the one).
        const Run everyAccount = run({u"--json"_s, u"keys"_s, u"list"_s});
        QCOMPARE(everyAccount.exitCode, 0);
        QCOMPARE(everyAccount.json().array().size(), all.size());

        if (providerId == u"scaleway"_s) {
            // Every page: the emulator's own count of the organization's keys.
            const SandboxProcess::Provider* p = provider(providerId);
            QNetworkAccessManager network;
            QUrl url = p->url.resolved(QUrl(u"/iam/v1alpha1/api-keys"_s));
            url.setQuery(u"organization_id=%1&page_size=1"_s.arg(p->organizationId));
            QNetworkRequest request(url);
            request.setRawHeader("X-Auth-Token", p->token.exposeBytes());
            request.setTransferTimeout(10000);
            QNetworkReply* reply = network.get(request);
            QEventLoop loop;
            connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            const QJsonObject page = QJsonDocument::fromJson(reply->readAll()).object();
            reply->deleteLater();
            QVERIFY2(page.contains(u"total_count"_s), "the emulator's list has no total_count");
            QCOMPARE(all.size(), page.value(u"total_count"_s).toInt());
            QVERIFY2(all.size() > 20, "more keys than one page of the emulator's default size");
        }

        const QJsonArray due = listKeys(label, {u"--due"_s});
        const QJsonArray expired = listKeys(label, {u"--expired"_s});
        int dueCount = 0;
        int expiredCount = 0;
        for (const QJsonValue& value : all) {
            dueCount += value.toObject().value(u"rotationDue"_s).toBool() ? 1 : 0;
            expiredCount += value.toObject().value(u"status"_s).toString() == u"expired"_s;
        }
        QCOMPARE(due.size(), dueCount);
        QCOMPARE(expired.size(), expiredCount);
        for (const QJsonValue& value : due) {
            QVERIFY(value.toObject().value(u"rotationDue"_s).toBool());
            QVERIFY(ids.contains(value.toObject().value(u"id"_s).toString()));
        }
        for (const QJsonValue& value : expired)
            QCOMPARE(value.toObject().value(u"status"_s).toString(), u"expired"_s);
        const QJsonArray both = listKeys(label, {u"--due"_s, u"--expired"_s});
        for (const QJsonValue& value : both) {
            QVERIFY(value.toObject().value(u"rotationDue"_s).toBool());
            QCOMPARE(value.toObject().value(u"status"_s).toString(), u"expired"_s);
        }

        // The table has the window's columns.
        const Run table = run({u"keys"_s, u"list"_s, u"--account"_s, label});
        QCOMPARE(table.exitCode, 0);
        const QByteArray header = table.out.left(table.out.indexOf('\n'));
        for (const char* column : {"NAME", "ID", "SERVICES", "IP ALLOWLIST", "CREATED", "AGE",
                                   "LAST USED", "EXPIRES", "STATUS"})
            QVERIFY2(header.contains(column), column);
        QCOMPARE(occurrences(table.out, "\n"), all.size() + 1);
    }

    void keysCreateEditRevokeVerify_data() { addProviderRows(); }
    void keysCreateEditRevokeVerify()
    {
        QFETCH(QString, providerId);
        useFreshHome(u"keys-"_s + providerId);
        const QString label = u"keys-"_s + providerId;
        QVERIFY(!addAccount(providerId, label).isEmpty());
        const int before = int(listKeys(label).size());
        QVERIFY(before > 0);
        const QString name = u"cli-e2e-"_s + providerId;

        // Created: the secret exactly once on stdout, the reminder on stderr.
        const Run created =
            run(QStringList{u"--json"_s, u"keys"_s, u"create"_s, u"--account"_s, label} +
                    createOptions(providerId, label, name),
                {}, false);
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        const QJsonObject key = created.json().object();
        const QByteArray secret = key.value(u"secret"_s).toString().toUtf8();
        QVERIFY(secret.size() >= 16);
        m_secrets << secret;
        QCOMPARE(occurrences(created.out, secret), 1);
        QCOMPARE(occurrences(created.out, "\"secret\""), 1);
        QVERIFY2(created.err.contains("only this once"), qPrintable(created.describe()));
        QVERIFY(!created.err.contains(secret));
        const QString keyId = key.value(u"id"_s).toString();
        QVERIFY(!keyId.isEmpty());
        QCOMPARE(key.value(u"secretStored"_s).toBool(), false);

        QJsonArray keys = listKeys(label);
        QCOMPARE(keys.size(), before + 1);
        QJsonObject listed = keyById(keys, keyId);
        QVERIFY2(!listed.isEmpty(), "the new key is listed");
        if (providerId == u"wayscloud"_s) {
            QCOMPARE(listed.value(u"name"_s).toString(), name);
            QCOMPARE(listed.value(u"services"_s).toArray().size(), 2);
            QCOMPARE(listed.value(u"ipAllowlist"_s).toArray().size(), 2);
        } else if (providerId == u"scaleway"_s) {
            QCOMPARE(listed.value(u"description"_s).toString(), name);
            // YYYY-MM-DD: through that day, UTC.
            QCOMPARE(listed.value(u"expires"_s).toString(),
                     QDate::currentDate().addDays(30).toString(Qt::ISODate) + u"T23:59:59Z"_s);
        } else if (providerId == u"coreweave"_s) {
            const QDateTime expires =
                QDateTime::fromString(listed.value(u"expires"_s).toString(), Qt::ISODate);
            const qint64 left = QDateTime::currentDateTimeUtc().secsTo(expires);
            QVERIFY2(left > 3000 && left <= 3600, qPrintable(QString::number(left)));
        }

        // Edit what the provider lets change; a refusal names why and changes nothing.
        const QStringList editCommand{u"--json"_s, u"keys"_s,  u"edit"_s, u"--account"_s,
                                      label,       u"--key"_s, keyId};
        if (providerId == u"scaleway"_s) {
            const Run edited = run(editCommand + QStringList{u"--description"_s, u"edited"_s});
            QVERIFY2(edited.exitCode == 0, qPrintable(edited.describe()));
            QCOMPARE(keyById(listKeys(label), keyId).value(u"description"_s).toString(),
                     u"edited"_s);
            const Run badDate = run(editCommand + QStringList{u"--expires"_s, u"soon"_s});
            QCOMPARE(badDate.exitCode, 2);
            QVERIFY2(badDate.oneErrorLine() && badDate.err.contains("--expires"),
                     qPrintable(badDate.describe()));
        } else if (providerId == u"wasabi-air"_s) {
            const Run edited = run(editCommand + QStringList{u"--name"_s, u"renamed"_s});
            QVERIFY2(edited.exitCode == 0, qPrintable(edited.describe()));
            QCOMPARE(keyById(listKeys(label), keyId).value(u"name"_s).toString(), u"renamed"_s);
        } else {
            const Run refused = run(editCommand + QStringList{u"--name"_s, u"renamed"_s});
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(refused.oneErrorLine() && refused.err.contains("--name"),
                     qPrintable(refused.describe()));
        }

        // Disable and enable where the provider has it; elsewhere exit 2 with the reason.
        const bool disables = providerId.startsWith(u"wasabi"_s);
        const QStringList keyArgs{u"--account"_s, label, u"--key"_s, keyId};
        const Run disabled = run(QStringList{u"--json"_s, u"keys"_s, u"disable"_s} + keyArgs);
        if (disables) {
            QVERIFY2(disabled.exitCode == 0, qPrintable(disabled.describe()));
            QCOMPARE(keyById(listKeys(label), keyId).value(u"status"_s).toString(), u"disabled"_s);
            const Run enabled = run(QStringList{u"--json"_s, u"keys"_s, u"enable"_s} + keyArgs);
            QVERIFY2(enabled.exitCode == 0, qPrintable(enabled.describe()));
            QCOMPARE(keyById(listKeys(label), keyId).value(u"status"_s).toString(), u"active"_s);
        } else {
            QCOMPARE(disabled.exitCode, 2);
            QVERIFY2(disabled.oneErrorLine(), qPrintable(disabled.describe()));
            // CoreWeave reactivates the key's owner instead (test_cli_owner_suspend); disabling
            // it asks first, so a script without --yes still gets exit 2.
            if (providerId != u"coreweave"_s)
                QCOMPARE(run(QStringList{u"keys"_s, u"enable"_s} + keyArgs).exitCode, 2);
        }

        // The secret works.
        const Run works =
            run(QStringList{u"--json"_s, u"keys"_s, u"verify"_s, u"--secret-stdin"_s} + keyArgs,
                secret + '\n');
        QVERIFY2(works.exitCode == 0, qPrintable(works.describe()));
        QCOMPARE(works.json().object().value(u"outcome"_s).toString(), u"works"_s);

        if (providerId == u"wasabi-air"_s) {
            // No stored secret: the provider's own copy is fetched and tested, not printed.
            const Run fetched = run(QStringList{u"--json"_s, u"keys"_s, u"verify"_s} + keyArgs);
            QVERIFY2(fetched.exitCode == 0, qPrintable(fetched.describe()));
        } else {
            // No stored secret and nothing on standard input: a usage error that says so.
            const Run nothing = run(QStringList{u"keys"_s, u"verify"_s} + keyArgs);
            QCOMPARE(nothing.exitCode, 2);
            QVERIFY2(nothing.oneErrorLine() && nothing.err.contains("--secret-stdin"),
                     qPrintable(nothing.describe()));
        }

        // Revoking without --yes and without a terminal: refused, the key stays.
        const Run unconfirmed = run(QStringList{u"keys"_s, u"revoke"_s} + keyArgs);
        QCOMPARE(unconfirmed.exitCode, 2);
        QVERIFY2(unconfirmed.oneErrorLine() && unconfirmed.err.contains("--yes"),
                 qPrintable(unconfirmed.describe()));
        QVERIFY(!keyById(listKeys(label), keyId).isEmpty());

        const Run revoked =
            run(QStringList{u"--json"_s, u"keys"_s, u"revoke"_s, u"--yes"_s} + keyArgs);
        QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.describe()));
        QCOMPARE(revoked.json().object().value(u"revoked"_s).toString(), keyId);
        keys = listKeys(label);
        QCOMPARE(keys.size(), before);
        QVERIFY(keyById(keys, keyId).isEmpty());
        QCOMPARE(run(QStringList{u"keys"_s, u"revoke"_s, u"--yes"_s} + keyArgs).exitCode, 4);

        // --store: nothing secret printed, the keychain has it, verify uses it.
        const Run stored = run(
            QStringList{u"--json"_s, u"keys"_s, u"create"_s, u"--account"_s, label, u"--store"_s} +
            createOptions(providerId, label, name + u"-stored"_s));
        QVERIFY2(stored.exitCode == 0, qPrintable(stored.describe()));
        const QJsonObject storedKey = stored.json().object();
        QVERIFY(!storedKey.contains(u"secret"_s));
        QVERIFY(!stored.out.contains("secret\""));
        QCOMPARE(storedKey.value(u"secretStored"_s).toBool(), true);
        const QString storedId = storedKey.value(u"id"_s).toString();
        QCOMPARE(keyById(listKeys(label), storedId).value(u"secretStored"_s).toBool(), true);
        const QString storedEntry =
            u"key/%1/%2"_s.arg(storedKey.value(u"accountId"_s).toString(), storedId);
        QCOMPARE(keychainStatus(storedEntry), kw::SecretStore::Status::Ok);
        const QStringList storedArgs{u"--account"_s, label, u"--key"_s, storedId};
        const Run storedWorks = run(QStringList{u"--json"_s, u"keys"_s, u"verify"_s} + storedArgs);
        QVERIFY2(storedWorks.exitCode == 0, qPrintable(storedWorks.describe()));
        QCOMPARE(storedWorks.json().object().value(u"outcome"_s).toString(), u"works"_s);

        // The revoked key's secret is refused: exit 3.
        const Run refused =
            run(QStringList{u"--json"_s, u"keys"_s, u"verify"_s, u"--secret-stdin"_s} + storedArgs,
                secret + '\n');
        QVERIFY2(refused.exitCode == 3, qPrintable(refused.describe()));

        // Unknown key and unknown account: exit 4, nothing done.
        const Run noKey = run({u"keys"_s, u"revoke"_s, u"--yes"_s, u"--account"_s, label,
                               u"--key"_s, u"no-such-key-EXAMPLE"_s});
        QCOMPARE(noKey.exitCode, 4);
        QVERIFY2(noKey.oneErrorLine(), qPrintable(noKey.describe()));
        const Run noAccount = run({u"keys"_s, u"revoke"_s, u"--yes"_s, u"--account"_s,
                                   u"no such account"_s, u"--key"_s, storedId});
        QCOMPARE(noAccount.exitCode, 4);
        QVERIFY2(noAccount.oneErrorLine(), qPrintable(noAccount.describe()));
        QCOMPARE(run({u"keys"_s, u"list"_s, u"--account"_s, u"no such account"_s}).exitCode, 4);
        QCOMPARE(listKeys(label).size(), before + 1);

        const Run cleanup = run(QStringList{u"keys"_s, u"revoke"_s, u"--yes"_s} + storedArgs);
        QVERIFY2(cleanup.exitCode == 0, qPrintable(cleanup.describe()));
        QCOMPARE(listKeys(label).size(), before);
        QCOMPARE(keychainStatus(storedEntry), kw::SecretStore::Status::NotFound);

        // Without --json: the secret once, on its own line.
        const Run text = run(QStringList{u"keys"_s, u"create"_s, u"--account"_s, label} +
                                 createOptions(providerId, label, name + u"-text"_s),
                             {}, false);
        QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
        const qsizetype secretLine = text.out.indexOf("\nSecret: ");
        QVERIFY2(secretLine > 0, text.out.constData());
        const QByteArray textSecret =
            text.out.mid(secretLine + 9, text.out.indexOf('\n', secretLine + 1) - secretLine - 9);
        QVERIFY(textSecret.size() >= 16);
        m_secrets << textSecret;
        QCOMPARE(occurrences(text.out, textSecret), 1);
        QVERIFY(!text.err.contains(textSecret));
        QVERIFY2(text.err.contains("only this once"), qPrintable(text.describe()));
        QCOMPARE(listKeys(label).size(), before + 1);
        const QString textId = QString::fromUtf8(text.out.mid(
            text.out.indexOf("(") + 1, text.out.indexOf(").") - text.out.indexOf("(") - 1));
        const Run textRevoked =
            run({u"keys"_s, u"revoke"_s, u"--yes"_s, u"--account"_s, label, u"--key"_s, textId});
        QVERIFY2(textRevoked.exitCode == 0, qPrintable(textRevoked.describe()));
        QCOMPARE(listKeys(label).size(), before);

        // The window's audit log (same place) records what the CLI did, by key id.
        QFile audit(m_home + u"/.local/share/KeyWarden/keywarden/audit.log"_s);
        QVERIFY2(audit.open(QIODevice::ReadOnly), qPrintable(audit.fileName()));
        const QByteArray log = audit.readAll();
        QVERIFY2(log.contains(keyId.toUtf8()) && log.contains(storedId.toUtf8()), log.constData());
    }

    void keysCreateBadInputCreatesNothing_data()
    {
        QTest::addColumn<QString>("providerId");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("named"); // what the error must name

        const QStringList ways{u"--name"_s, u"bad-input"_s, u"--service"_s, u"storage"_s};
        QTest::newRow("wayscloud bad IP list")
            << u"wayscloud"_s << ways + QStringList{u"--ip"_s, u"10.0.0.1/24"_s} << u"--ip"_s;
        QTest::newRow("wayscloud unknown service")
            << u"wayscloud"_s << QStringList{u"--name"_s, u"bad-input"_s, u"--service"_s, u"vps"_s}
            << u"--service"_s;
        QTest::newRow("wayscloud no service")
            << u"wayscloud"_s << QStringList{u"--name"_s, u"bad-input"_s} << u"--service"_s;
        QTest::newRow("wayscloud missing name")
            << u"wayscloud"_s << QStringList{u"--service"_s, u"storage"_s} << u"--name"_s;
        QTest::newRow("wayscloud duration")
            << u"wayscloud"_s << ways + QStringList{u"--duration"_s, u"60"_s} << u"--duration"_s;
        QTest::newRow("scaleway description over 200")
            << u"scaleway"_s
            << QStringList{u"--description"_s, QString(201, u'd'), u"--bearer"_s, u"user:EXAMPLE"_s}
            << u"--description"_s;
        QTest::newRow("scaleway --ip")
            << u"scaleway"_s << QStringList{u"--description"_s, u"x"_s, u"--ip"_s, u"203.0.113.7"_s}
            << u"--ip"_s;
        QTest::newRow("scaleway --name")
            << u"scaleway"_s << QStringList{u"--name"_s, u"x"_s} << u"--name"_s;
        QTest::newRow("scaleway bad expires")
            << u"scaleway"_s
            << QStringList{u"--description"_s, u"x"_s, u"--expires"_s, u"next tuesday"_s}
            << u"--expires"_s;
        QTest::newRow("scaleway past expires")
            << u"scaleway"_s
            << QStringList{u"--description"_s, u"x"_s, u"--expires"_s, u"2001-01-01"_s}
            << u"--expires"_s;
        QTest::newRow("scaleway bad bearer")
            << u"scaleway"_s << QStringList{u"--description"_s, u"x"_s, u"--bearer"_s, u"bob"_s}
            << u"--bearer"_s;
        QTest::newRow("coreweave duration too long")
            << u"coreweave"_s << QStringList{u"--name"_s, u"x"_s, u"--duration"_s, u"43201"_s}
            << u"--duration"_s;
        QTest::newRow("coreweave duration and permanent")
            << u"coreweave"_s << QStringList{u"--duration"_s, u"60"_s, u"--permanent"_s}
            << u"--duration"_s;
        QTest::newRow("coreweave negative duration")
            << u"coreweave"_s << QStringList{u"--duration"_s, u"-5"_s} << u"--duration"_s;
        QTest::newRow("coreweave --expires")
            << u"coreweave"_s << QStringList{u"--expires"_s, u"2099-01-01"_s} << u"--expires"_s;
        QTest::newRow("coreweave --description")
            << u"coreweave"_s << QStringList{u"--description"_s, u"x"_s} << u"--description"_s;
        QTest::newRow("wasabi-air --service")
            << u"wasabi-air"_s << QStringList{u"--service"_s, u"storage"_s} << u"--service"_s;
        QTest::newRow("wasabi-air --expires")
            << u"wasabi-air"_s << QStringList{u"--expires"_s, u"2099-01-01"_s} << u"--expires"_s;
        QTest::newRow("wasabi-iam --name")
            << u"wasabi-iam"_s << QStringList{u"--name"_s, u"x"_s} << u"--name"_s;
        QTest::newRow("wasabi-iam --permanent")
            << u"wasabi-iam"_s << QStringList{u"--permanent"_s} << u"--permanent"_s;
        QTest::newRow("wasabi-iam bad bearer")
            << u"wasabi-iam"_s << QStringList{u"--bearer"_s, u"group:x"_s} << u"--bearer"_s;
        QTest::newRow("wasabi-iam --project")
            << u"wasabi-iam"_s << QStringList{u"--project"_s, u"p"_s} << u"--project"_s;
    }
    void keysCreateBadInputCreatesNothing()
    {
        QFETCH(QString, providerId);
        QFETCH(QStringList, options);
        QFETCH(QString, named);
        const QString label = u"bad-input-"_s + providerId;
        // One account per provider for all of its rows.
        const QString home = m_root + u"/bad-input-"_s + providerId;
        if (m_home != home) {
            m_home = home;
            if (!QFileInfo::exists(home)) {
                QVERIFY(QDir().mkpath(home));
                QVERIFY(!addAccount(providerId, label).isEmpty());
            }
        }
        const QJsonArray before = listKeys(label);
        QVERIFY(!before.isEmpty());
        const Run refused =
            run(QStringList{u"--json"_s, u"keys"_s, u"create"_s, u"--account"_s, label} + options);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.out.isEmpty());
        QVERIFY2(refused.oneErrorLine(), qPrintable(refused.describe()));
        QVERIFY2(refused.err.contains(named.toUtf8()), qPrintable(refused.describe()));
        QVERIFY2(refused.err.contains("nothing was created"), qPrintable(refused.describe()));
        QCOMPARE(listKeys(label).size(), before.size());
    }

    void unreachableEndpointIsExit6_data() { addProviderRows(); }
    void unreachableEndpointIsExit6()
    {
        QFETCH(QString, providerId);
        useFreshHome(u"offline-"_s + providerId);
        // A loopback port nobody listens on, held so that no test beside this one takes it.
        const kw::test::ClosedPort closed;
        const quint16 port = closed.port();
        QVERIFY(port != 0);
        QStringList arguments = addArguments(providerId, u"offline"_s);
        arguments[arguments.indexOf(u"--endpoint"_s) + 1] = u"http://127.0.0.1:%1/"_s.arg(port);
        const Run untested = run(arguments, tokenOf(providerId));
        QCOMPARE(untested.exitCode, 6);
        QVERIFY(listAccounts().isEmpty());
        arguments << u"--no-test"_s;
        const Run added = run(arguments, tokenOf(providerId));
        QVERIFY2(added.exitCode == 0, qPrintable(added.describe()));
        const Run listed = run({u"--json"_s, u"keys"_s, u"list"_s, u"--account"_s, u"offline"_s});
        QVERIFY2(listed.exitCode == 6, qPrintable(listed.describe()));
        QVERIFY2(listed.err.contains("offline"), qPrintable(listed.describe()));
        QCOMPARE(run({u"accounts"_s, u"test"_s, u"--account"_s, u"offline"_s}).exitCode, 6);
        QCOMPARE(
            run({u"accounts"_s, u"remove"_s, u"--account"_s, u"offline"_s, u"--yes"_s}).exitCode,
            0);
    }

    void cleanupTestCase()
    {
        // A secret printed by a create appears in no other command's output…
        for (const QByteArray& secret : std::as_const(m_secrets)) {
            for (const QByteArray& output : std::as_const(m_outputs))
                QVERIFY2(!output.contains(secret), output.left(300).constData());
        }
        // …and neither a secret nor an admin token in any file under the scratch HOME.
        const QString home = qEnvironmentVariable("KEYWARDEN_TEST_HOME");
        if (home.isEmpty())
            return;
        const kw::testsupport::SecretScanResult scan =
            kw::testsupport::scanForSecrets(home, m_secrets + m_tokens);
        QVERIFY2(scan.matches.isEmpty(), qPrintable(scan.matches.join(u' ')));
        QVERIFY2(scan.unreadable.isEmpty(), qPrintable(scan.unreadable.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestCliAccountsKeys)
#include "test_cli_accounts_keys.moc"

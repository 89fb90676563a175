// keywarden-cli accounts edit and accounts replace-token, run as a script would run them,
// against a keywarden-sandbox process: an edit keeps the id and the token; a refused token
// leaves the old one in use; a working one is used from then on, even once the old is revoked.
#include "CliAccounts.h"
#include "console/ProxyLogins.h"
#include "support/ClosedPort.h"
#include "support/TinyProxy.h"
#include "vault/KeychainStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using kw::e2e::CliRun;
using kw::e2e::SandboxProcess;

class TestCliAccountEdit : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    QList<QByteArray> m_outputs; // every command's stdout and stderr
    QList<QByteArray> m_tokens;  // never in any output
    // Other suites add accounts to the same scratch HOME at the same time: labels of our own.
    const QString m_before = kw::e2e::uniqueLabel(u"Before"_s);
    const QString m_after = kw::e2e::uniqueLabel(u"After"_s);
    const QString m_wasabi = kw::e2e::uniqueLabel(u"Wasabi"_s);

    CliRun run(const QStringList& arguments, const QByteArray& input = {})
    {
        const CliRun result = kw::e2e::runCli(arguments, input);
        m_outputs << result.out << result.err;
        return result;
    }

private slots:
    void initTestCase()
    {
        const QString error = kw::e2e::startCliSuite(m_sandbox);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void editKeepsIdAndToken()
    {
        const QString added = kw::e2e::addCliAccount(m_sandbox, u"wayscloud"_s, m_before);
        QVERIFY2(added.isEmpty(), qPrintable(added));
        const CliRun listed = run({u"--json"_s, u"accounts"_s, u"list"_s});
        QCOMPARE(listed.exitCode, 0);
        QString id;
        for (const QJsonValue& account : listed.array()) {
            if (account.toObject().value(u"label"_s).toString() == m_before)
                id = account.toObject().value(u"id"_s).toString();
        }
        QVERIFY(!id.isEmpty());

        CliRun edited = run({u"--json"_s, u"accounts"_s, u"edit"_s, u"--account"_s, m_before,
                             u"--label"_s, m_after});
        QVERIFY2(edited.exitCode == 0, qPrintable(edited.describe()));
        QCOMPARE(edited.object().value(u"id"_s).toString(), id);
        QCOMPARE(edited.object().value(u"label"_s).toString(), m_after);

        QString error;
        QVERIFY2(kw::e2e::listKeys(m_after, &error).value_or(QJsonArray()).size() > 0,
                 qPrintable(error));
        edited = run({u"accounts"_s, u"edit"_s, u"--account"_s, m_after, u"--endpoint"_s,
                      u"http://api.example.com"_s});
        QCOMPARE(edited.exitCode, 2);
        QVERIFY(edited.err.contains("loopback"));
        edited = run({u"accounts"_s, u"edit"_s, u"--account"_s, m_after});
        QCOMPARE(edited.exitCode, 2);
        QVERIFY(run({u"accounts"_s, u"remove"_s, u"--account"_s, m_after, u"--yes"_s}).exitCode ==
                0);
    }

    // An account's own proxy: through a real tinyproxy the keys are listed (and the proxy saw
    // them go by); a proxy that is not there is named with exit code 6; credentials in it and
    // a malformed one are refused before anything is saved; an empty --proxy clears it.
    void anAccountsOwnProxyCarriesItsRequests()
    {
        kw::test::TinyProxy proxy;
        const QString started = proxy.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const QString label = kw::e2e::uniqueLabel(u"Proxied"_s);
        const QString added = kw::e2e::addCliAccount(m_sandbox, u"wayscloud"_s, label);
        QVERIFY2(added.isEmpty(), qPrintable(added));

        CliRun edited = run({u"--json"_s, u"accounts"_s, u"edit"_s, u"--account"_s, label,
                             u"--proxy"_s, proxy.url()});
        QVERIFY2(edited.exitCode == 0, qPrintable(edited.describe()));
        QCOMPARE(edited.object().value(u"proxy"_s).toString(), proxy.url());
        QString error;
        QVERIFY2(kw::e2e::listKeys(label, &error).value_or(QJsonArray()).size() > 0,
                 qPrintable(error));
        QVERIFY2(proxy.requestCount() > 0, qPrintable(proxy.log()));

        for (const QString& refused : {u"http://ann:secret@127.0.0.1:3128"_s, u"ftp://proxy"_s}) {
            edited = run({u"accounts"_s, u"edit"_s, u"--account"_s, label, u"--proxy"_s, refused});
            QCOMPARE(edited.exitCode, 2);
            QVERIFY2(edited.err.contains("--proxy"), qPrintable(edited.describe()));
            QVERIFY(!edited.err.contains("secret"));
        }

        kw::test::ClosedPort closed;
        edited = run({u"accounts"_s, u"edit"_s, u"--account"_s, label, u"--proxy"_s,
                      u"http://127.0.0.1:%1"_s.arg(closed.port())});
        QCOMPARE(edited.exitCode, 0);
        const CliRun listed =
            run({u"--timeout"_s, u"2"_s, u"keys"_s, u"list"_s, u"--account"_s, label});
        QCOMPARE(listed.exitCode, 6);
        QVERIFY2(listed.err.contains(u"proxy 127.0.0.1:%1"_s.arg(closed.port()).toUtf8()),
                 qPrintable(listed.describe()));

        edited = run({u"--json"_s, u"accounts"_s, u"edit"_s, u"--account"_s, label, u"--proxy"_s,
                      QString()});
        QVERIFY2(edited.exitCode == 0, qPrintable(edited.describe()));
        QVERIFY(!edited.object().contains(u"proxy"_s));
        QVERIFY(run({u"accounts"_s, u"remove"_s, u"--account"_s, label, u"--yes"_s}).exitCode == 0);
    }

    // A proxy that asks for a login: keywarden-cli reads the one kept in the keychain (the
    // window keeps it there); with none, or a refused one, the error names the proxy and says
    // where the login comes from, and never shows the password.
    void aProxyLoginComesFromTheKeychain()
    {
        kw::test::TinyProxy proxy;
        proxy.setBasicAuth(u"ann"_s, u"cli-proxy-pass"_s);
        const QString started = proxy.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const QString label = kw::e2e::uniqueLabel(u"ProxyLogin"_s);
        QVERIFY(kw::e2e::addCliAccount(m_sandbox, u"wayscloud"_s, label).isEmpty());
        QVERIFY(run({u"accounts"_s, u"edit"_s, u"--account"_s, label, u"--proxy"_s, proxy.url()})
                    .exitCode == 0);
        const QString key = u"127.0.0.1:%1"_s.arg(proxy.port());
        kw::KeychainStore keychain;
        const kw::ProxyLogins logins(&keychain);
        const auto keep = [&](const QString& password) {
            bool done = false;
            logins.write(key, {u"ann"_s, password}, this,
                         [&](const kw::SecretStore::Result&) { done = true; });
            return QTest::qWaitFor([&] { return done; }, 20000);
        };
        const auto list = [&] {
            return run({u"--timeout"_s, u"10"_s, u"keys"_s, u"list"_s, u"--account"_s, label});
        };

        CliRun listed = list();
        QCOMPARE(listed.exitCode, 6);
        QVERIFY2(listed.err.contains(u"proxy %1"_s.arg(key).toUtf8()) &&
                     listed.err.contains("keychain"),
                 qPrintable(listed.describe()));

        QVERIFY(keep(u"not-the-pass"_s));
        listed = list();
        QCOMPARE(listed.exitCode, 6);
        QVERIFY2(listed.err.contains(u"proxy %1"_s.arg(key).toUtf8()),
                 qPrintable(listed.describe()));
        QVERIFY(!listed.err.contains("not-the-pass") && !listed.out.contains("not-the-pass"));

        QVERIFY(keep(u"cli-proxy-pass"_s));
        listed = list();
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
        QVERIFY(!listed.out.contains("cli-proxy-pass") && !listed.err.contains("cli-proxy-pass"));

        bool removed = false;
        logins.remove(key, this, [&](const kw::SecretStore::Result&) { removed = true; });
        QVERIFY(QTest::qWaitFor([&] { return removed; }, 20000));
        QVERIFY(run({u"accounts"_s, u"remove"_s, u"--account"_s, label, u"--yes"_s}).exitCode == 0);
    }

    // Wasabi IAM: a second root key becomes the account's token; the first is then revoked,
    // and the account still lists its keys, with the new token.
    void replaceTokenTestsFirstThenUsesTheNewOne()
    {
        const QString label = m_wasabi;
        const QString added = kw::e2e::addCliAccount(m_sandbox, u"wasabi-iam"_s, label);
        QVERIFY2(added.isEmpty(), qPrintable(added));
        const SandboxProcess::Provider* iam = m_sandbox.provider(u"wasabi-iam"_s);
        QVERIFY(iam);
        m_tokens << iam->token.exposeBytes();
        const QString oldKeyId = iam->token.exposeString().section(u':', 0, 0);

        CliRun refused =
            run({u"--json"_s, u"accounts"_s, u"replace-token"_s, u"--account"_s, label},
                "AKIAIOSFODNN7EXAMPLE:not-the-secret\n");
        QVERIFY2(refused.exitCode != 0, qPrintable(refused.describe()));
        QVERIFY(refused.err.contains("old one is still in use"));
        QVERIFY(!refused.out.contains("tokenReplaced"));
        QString error;
        QVERIFY2(kw::e2e::listKeys(label, &error), qPrintable(error));

        // A second key of the root user, the owner when none is named.
        const CliRun created = run({u"--json"_s, u"keys"_s, u"create"_s, u"--account"_s, label});
        QVERIFY2(created.exitCode == 0, qPrintable(created.describe()));
        const QJsonObject key = created.object();
        const QByteArray newToken = key.value(u"id"_s).toString().toUtf8() + ':' +
                                    key.value(u"secret"_s).toString().toUtf8();
        QVERIFY(newToken.startsWith("AKIA"));
        m_tokens << newToken;

        const CliRun replaced =
            run({u"--json"_s, u"accounts"_s, u"replace-token"_s, u"--account"_s, label},
                newToken + '\n');
        QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.describe()));
        QCOMPARE(replaced.object().value(u"tokenReplaced"_s).toBool(), true);

        const CliRun revoked = run({u"--json"_s, u"keys"_s, u"revoke"_s, u"--account"_s, label,
                                    u"--key"_s, oldKeyId, u"--yes"_s});
        QVERIFY2(revoked.exitCode == 0, qPrintable(revoked.describe()));
        const std::optional<QJsonArray> keys = kw::e2e::listKeys(label, &error);
        QVERIFY2(keys, qPrintable(error));
        QVERIFY(!kw::e2e::keyIds(*keys).contains(oldKeyId));
        QVERIFY(kw::e2e::keyIds(*keys).contains(key.value(u"id"_s).toString()));
    }

    void cleanupTestCase()
    {
        kw::e2e::runCli({u"accounts"_s, u"remove"_s, u"--account"_s, m_wasabi, u"--yes"_s});
        // The created key's secret is printed once by its create; no token anywhere else.
        for (const QByteArray& token : std::as_const(m_tokens)) {
            for (qsizetype i = 0; i < m_outputs.size(); ++i) {
                if (m_outputs[i].contains("\"secret\""))
                    continue;
                QVERIFY2(!m_outputs[i].contains(token.mid(token.indexOf(':') + 1)),
                         m_outputs[i].constData());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCliAccountEdit)
#include "test_cli_account_edit.moc"

// Proxies: the environment's (https_proxy, no_proxy, …) as curl reads them, an account's own
// proxy, and requests that really pass through one — Debian's tinyproxy on loopback: list,
// create and verify succeed through it, and a proxy that is not there is named in the error.
#include "console/ProviderErrorText.h"
#include "core/AccountStore.h"
#include "providers/KeyProvider.h"
#include "providers/NetworkProxy.h"
#include "sandbox/wayscloud/WaysCloudSandbox.h"
#include "support/ClosedPort.h"
#include "support/ProviderTestSupport.h"
#include "support/TinyProxy.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace kw;
using namespace Qt::StringLiterals;
using kw::sandbox::WaysCloudSandbox;
using Reason = TransportFacts::Reason;

namespace {

using testsupport::waitForReply;

QProcessEnvironment environment(const QList<QPair<QString, QString>>& variables)
{
    QProcessEnvironment env;
    for (const auto& [name, value] : variables)
        env.insert(name, value);
    return env;
}

QNetworkProxy proxyFor(EnvironmentProxyFactory& factory, const QString& url)
{
    return factory.queryProxy(QNetworkProxyQuery(QUrl(url))).value(0);
}

} // namespace

class TestNetworkProxy : public QObject
{
    Q_OBJECT

private slots:
    void proxyAddressesParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("http") << u"http://proxy.corp:8080"_s << true
                              << int(QNetworkProxy::HttpProxy) << u"proxy.corp"_s << 8080;
        QTest::newRow("no scheme") << u"proxy.corp:3129"_s << true << int(QNetworkProxy::HttpProxy)
                                   << u"proxy.corp"_s << 3129;
        QTest::newRow("default port") << u"http://proxy.corp"_s << true
                                      << int(QNetworkProxy::HttpProxy) << u"proxy.corp"_s << 3128;
        QTest::newRow("socks5") << u"socks5://10.0.0.1"_s << true << int(QNetworkProxy::Socks5Proxy)
                                << u"10.0.0.1"_s << 1080;
        QTest::newRow("ftp") << u"ftp://proxy.corp"_s << false << 0 << QString() << 0;
        QTest::newRow("path") << u"http://proxy.corp/x"_s << false << 0 << QString() << 0;
        QTest::newRow("empty") << u" "_s << false << 0 << QString() << 0;
        QTest::newRow("garbage") << u"http://"_s << false << 0 << QString() << 0;
    }

    void proxyAddressesParse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QString error;
        const std::optional<QNetworkProxy> proxy = EnvironmentProxyFactory::fromUrl(text, &error);
        QCOMPARE(proxy.has_value(), valid);
        if (!valid) {
            QVERIFY(!error.isEmpty());
            return;
        }
        QFETCH(int, type);
        QFETCH(QString, host);
        QFETCH(int, port);
        QCOMPARE(int(proxy->type()), type);
        QCOMPARE(proxy->hostName(), host);
        QCOMPARE(int(proxy->port()), port);
    }

    // The one normalization the window, the CLI and the provider clients share.
    void proxyUrlsAreNormalizedOnce_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("credentials");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QString>("refusal"); // a word the refusal has
        const int allowed = int(ProxyCredentials::Allowed);
        const int refused = int(ProxyCredentials::Refused);
        QTest::newRow("empty is none") << u"  "_s << refused << true << QString() << QString();
        QTest::newRow("no scheme") << u" proxy.corp:3129 "_s << refused << true
                                   << u"http://proxy.corp:3129"_s << QString();
        QTest::newRow("upper-case scheme")
            << u"HTTP://proxy.corp:1"_s << refused << true << u"http://proxy.corp:1"_s << QString();
        QTest::newRow("trailing slash") << u"http://proxy.corp:8080/"_s << refused << true
                                        << u"http://proxy.corp:8080"_s << QString();
        QTest::newRow("socks5h") << u"socks5h://10.0.0.1"_s << refused << true
                                 << u"socks5h://10.0.0.1"_s << QString();
        QTest::newRow("credentials allowed") << u"ann:pw@proxy:3128"_s << allowed << true
                                             << u"http://ann:pw@proxy:3128"_s << QString();
        QTest::newRow("credentials refused")
            << u"http://ann:pw@proxy:3128"_s << refused << false << QString() << u"credentials"_s;
        QTest::newRow("user only refused")
            << u"ann@proxy:3128"_s << refused << false << QString() << u"credentials"_s;
        QTest::newRow("ftp") << u"ftp://proxy"_s << allowed << false << QString() << u"ftp"_s;
        QTest::newRow("path") << u"proxy/x"_s << allowed << false << QString() << u"path"_s;
        QTest::newRow("no host") << u"http://"_s << allowed << false << QString()
                                 << u"not a proxy address"_s;
    }

    void proxyUrlsAreNormalizedOnce()
    {
        QFETCH(QString, text);
        QFETCH(int, credentials);
        QFETCH(bool, valid);
        QString error;
        const std::optional<QUrl> url =
            normalizedProxyUrl(text, &error, ProxyCredentials(credentials));
        QCOMPARE(url.has_value(), valid);
        if (valid) {
            QFETCH(QString, normalized);
            QCOMPARE(url->toString(), normalized);
            QVERIFY(error.isEmpty());
            return;
        }
        QFETCH(QString, refusal);
        QVERIFY2(error.contains(refusal), qPrintable(error));
        QVERIFY(!error.contains(u"pw"_s)); // never the password
    }

    void credentialsGoToTheProxyNotTheDisplay()
    {
        const auto proxy = EnvironmentProxyFactory::fromUrl(u"http://ann:s%40cret@proxy:3128"_s);
        QVERIFY(proxy);
        QCOMPARE(proxy->user(), u"ann"_s);
        QCOMPARE(proxy->password(), u"s@cret"_s);
        QVERIFY(!proxyForDisplay(QUrl(u"http://ann:s%40cret@proxy:3128"_s)).contains(u"cret"_s));
    }

    void environmentPicksTheProxyByScheme()
    {
        EnvironmentProxyFactory factory(environment(
            {{u"HTTPS_PROXY"_s, u"http://secure:1"_s}, {u"http_proxy"_s, u"http://plain:2"_s}}));
        QCOMPARE(proxyFor(factory, u"https://api.scaleway.com/iam"_s).hostName(), u"secure"_s);
        QCOMPARE(proxyFor(factory, u"http://intranet.corp/"_s).hostName(), u"plain"_s);
        // Lower case wins over upper case, as in curl.
        EnvironmentProxyFactory both(environment(
            {{u"HTTPS_PROXY"_s, u"http://upper:1"_s}, {u"https_proxy"_s, u"http://lower:1"_s}}));
        QCOMPARE(proxyFor(both, u"https://x.example/"_s).hostName(), u"lower"_s);
        // HTTP_PROXY in capitals is not read: a CGI environment sets it from a request header.
        EnvironmentProxyFactory upper(environment({{u"HTTP_PROXY"_s, u"http://evil:1"_s}}));
        QVERIFY(proxyFor(upper, u"http://intranet.corp/"_s).hostName() != u"evil"_s);
        // all_proxy when nothing more specific is set.
        EnvironmentProxyFactory all(environment({{u"ALL_PROXY"_s, u"socks5://s:9"_s}}));
        QCOMPARE(proxyFor(all, u"https://x.example/"_s).type(), QNetworkProxy::Socks5Proxy);
    }

    void noProxyExemptsHostsAndDomains_data()
    {
        QTest::addColumn<QString>("noProxy");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("exempt");
        QTest::newRow("star") << u"*"_s << u"https://a.example/"_s << true;
        QTest::newRow("exact") << u"api.wasabisys.com"_s << u"https://api.wasabisys.com/"_s << true;
        QTest::newRow("suffix") << u"wasabisys.com"_s << u"https://iam.wasabisys.com/"_s << true;
        QTest::newRow("dot suffix")
            << u".wasabisys.com"_s << u"https://iam.wasabisys.com/"_s << true;
        QTest::newRow("not a suffix")
            << u"sabisys.com"_s << u"https://iam.wasabisys.com/"_s << false;
        QTest::newRow("list") << u"corp, .internal ,10.1.2.3"_s << u"https://10.1.2.3/"_s << true;
        QTest::newRow("ip only itself") << u"1.2.3"_s << u"https://4.1.2.3/"_s << false;
        QTest::newRow("port match") << u"api.corp:8443"_s << u"https://api.corp:8443/"_s << true;
        QTest::newRow("port mismatch") << u"api.corp:8443"_s << u"https://api.corp/"_s << false;
        QTest::newRow("other host") << u"corp"_s << u"https://api.scaleway.com/"_s << false;
    }

    void noProxyExemptsHostsAndDomains()
    {
        QFETCH(QString, noProxy);
        QFETCH(QString, url);
        QFETCH(bool, exempt);
        EnvironmentProxyFactory factory(environment(
            {{u"https_proxy"_s, u"http://proxy.corp:3128"_s}, {u"NO_PROXY"_s, noProxy}}));
        const QNetworkProxy proxy = proxyFor(factory, url);
        QCOMPARE(proxy.type() == QNetworkProxy::NoProxy, exempt);
        if (!exempt)
            QCOMPARE(proxy.hostName(), u"proxy.corp"_s);
    }

    void accountProxyIsSavedWithoutItsPassword()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        Account account;
        account.id = u"a1"_s;
        account.provider = u"wayscloud"_s;
        account.label = u"Behind the proxy"_s;
        account.proxy = QUrl(u"http://ann:secret@proxy.corp:3128"_s);
        AccountStore(settings).add(account);
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("secret"));
        const QList<Account> loaded = AccountStore(settings).load();
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().proxy.host(), u"proxy.corp"_s);
        QCOMPARE(loaded.first().proxy.port(), 3128);
    }

    // The account's own proxy carries list, create and verify; the sandbox sees them all.
    void requestsPassThroughARealProxy()
    {
        test::TinyProxy proxy;
        const QString started = proxy.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        WaysCloudSandbox sandbox;
        QVERIFY(sandbox.listen());
        sandbox.seedSamples(5);
        QNetworkAccessManager network;
        Account account;
        account.id = u"proxied"_s;
        account.provider = u"wayscloud"_s;
        account.endpoint = sandbox.url();
        account.proxy = QUrl(proxy.url());
        auto client = createProvider(account, Secret::fromString(sandbox.adminToken()), &network);
        QVERIFY(client);

        auto listed = waitForReply(client->listKeys());
        QVERIFY2(listed->ok(), qPrintable(listed->error().toString()));
        QCOMPARE(listed->keys().size(), 5);
        QVERIFY2(proxy.requestCount() >= 1, qPrintable(proxy.log()));
        const int afterList = proxy.requestCount();

        KeySpec spec;
        spec.name = u"through-the-proxy"_s;
        spec.services = {u"storage"_s};
        auto created = waitForReply(client->createKey(spec));
        QVERIFY2(created->ok(), qPrintable(created->error().toString()));
        QVERIFY(proxy.requestCount() > afterList);
        const int afterCreate = proxy.requestCount();

        const CreatedKey& key = created->created();
        auto verified = waitForReply(client->verifyKey(key.key, key.secret));
        QVERIFY2(verified->ok(), qPrintable(verified->error().toString()));
        QVERIFY(proxy.requestCount() > afterCreate);
        // The proxy's log never holds the admin token or the new secret.
        QVERIFY(!proxy.log().contains(sandbox.adminToken()));
        QVERIFY(!proxy.log().contains(key.secret.exposeString()));
    }

    void aProxyThatIsNotThereIsNamed()
    {
        test::ClosedPort closed;
        QVERIFY(closed.port() != 0);
        WaysCloudSandbox sandbox;
        QVERIFY(sandbox.listen());
        QNetworkAccessManager network;
        Account account;
        account.id = u"proxied"_s;
        account.provider = u"wayscloud"_s;
        account.endpoint = sandbox.url();
        account.proxy = QUrl(u"http://127.0.0.1:%1"_s.arg(closed.port()));
        auto client = createProvider(account, Secret::fromString(sandbox.adminToken()), &network);
        const int before = sandbox.requestCount();
        auto reply = waitForReply(client->listKeys(), 60000);
        QVERIFY(reply->isFinished());
        QVERIFY(!reply->ok());
        QCOMPARE(reply->error().transport.reason, Reason::ProxyRefused);
        QCOMPARE(reply->error().transport.proxy, u"127.0.0.1:%1"_s.arg(closed.port()));
        const QString text = ProviderErrorText::full(reply->error());
        QVERIFY2(text.contains(u"proxy"_s) && text.contains(QString::number(closed.port())),
                 qPrintable(text));
        QCOMPARE(sandbox.requestCount(), before); // nothing went out directly
    }
};

QTEST_GUILESS_MAIN(TestNetworkProxy)
#include "test_networkproxy.moc"

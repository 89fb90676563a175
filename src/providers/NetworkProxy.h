#pragma once

#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>
#include <optional>

namespace kw {

// Which proxy a provider request goes through, the way administrators set it up for curl and
// the AWS CLI:
// - an account's own proxy URL (Account::proxy) wins, for that account's requests only
//   (proxyNetwork gives the account a network manager of its own that uses it);
// - else, for https://, https_proxy or HTTPS_PROXY; for http://, http_proxy (lower case only,
//   as curl: a CGI environment can set HTTP_PROXY from a request header); then all_proxy or
//   ALL_PROXY — unless no_proxy or NO_PROXY names the host ("*", a host, a domain suffix with
//   or without its leading dot, an IP, each optionally with :port);
// - else the system's configuration (QNetworkProxyFactory::systemProxyForQuery).
// A proxy URL is http://[user:password@]host[:port] (port 3128 when omitted, as squid's) or
// socks5://…; credentials in it are sent to the proxy and never logged.
class EnvironmentProxyFactory : public QNetworkProxyFactory
{
public:
    explicit EnvironmentProxyFactory(
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment());

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override;

    // Makes this the application's proxy factory (all three programs call it at start).
    static void install();

    // A proxy from its URL; nullopt with *error set when the text is not one.
    static std::optional<QNetworkProxy> fromUrl(const QString& text, QString* error = nullptr);
    // Whether a no_proxy list exempts host:port.
    static bool exempted(const QString& noProxy, const QString& host, int port);

private:
    QString variable(const char* lower, const char* upper = nullptr) const;

    QProcessEnvironment m_environment;
};

// Whether a proxy address may carry user:password (the environment's may; an account's own may
// not, since it is saved in the settings file: its credentials go to the keychain instead).
enum class ProxyCredentials
{
    Allowed,
    Refused
};

// The one reading of a proxy address that is typed or configured: trimmed, "proxy:3128" read as
// http://proxy:3128 (as curl and many environments write it), and checked as fromUrl checks it.
// Empty text is no proxy: an empty QUrl. nullopt, with *error set (translated), when the text is
// not a proxy address, or has credentials where they are refused.
std::optional<QUrl> normalizedProxyUrl(const QString& text, QString* error = nullptr,
                                       ProxyCredentials credentials = ProxyCredentials::Allowed);

// The URL as it may be shown or saved: without the password.
QString proxyForDisplay(const QUrl& proxy);

} // namespace kw

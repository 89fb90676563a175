#include "NetworkProxy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace kw {

using namespace Qt::StringLiterals;

namespace {

constexpr int DefaultHttpProxyPort = 3128;
constexpr int DefaultSocksPort = 1080;

bool hostMatches(const QString& entry, const QString& host)
{
    if (entry == u"*")
        return true;
    QString domain = entry;
    if (domain.startsWith(u'.'))
        domain.remove(0, 1);
    if (domain.isEmpty())
        return false;
    if (host.compare(domain, Qt::CaseInsensitive) == 0)
        return true;
    // A domain covers its subdomains; an IP address only itself.
    if (QHostAddress(domain).isNull() && host.endsWith(u'.' + domain, Qt::CaseInsensitive))
        return true;
    return false;
}

QString notAProxy(const QString& text)
{
    return QCoreApplication::translate(
               "kw::NetworkProxy",
               "“%1” is not a proxy address; write it as http://proxy.example.com:3128")
        .arg(proxyForDisplay(QUrl(text)));
}

} // namespace

EnvironmentProxyFactory::EnvironmentProxyFactory(QProcessEnvironment environment)
    : m_environment(std::move(environment))
{}

QString EnvironmentProxyFactory::variable(const char* lower, const char* upper) const
{
    const QString value = m_environment.value(QString::fromLatin1(lower)).trimmed();
    if (!value.isEmpty() || !upper)
        return value;
    return m_environment.value(QString::fromLatin1(upper)).trimmed();
}

QList<QNetworkProxy> EnvironmentProxyFactory::queryProxy(const QNetworkProxyQuery& query)
{
    const QUrl url = query.url();
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https" || scheme == u"http") {
        const QString noProxy = variable("no_proxy", "NO_PROXY");
        if (!noProxy.isEmpty() &&
            exempted(noProxy, url.host(), url.port(scheme == u"https" ? 443 : 80)))
            return {QNetworkProxy::NoProxy};
        QString chosen =
            scheme == u"https" ? variable("https_proxy", "HTTPS_PROXY") : variable("http_proxy");
        if (chosen.isEmpty())
            chosen = variable("all_proxy", "ALL_PROXY");
        if (!chosen.isEmpty()) {
            if (const std::optional<QNetworkProxy> proxy = fromUrl(chosen))
                return {*proxy};
        }
    }
    return systemProxyForQuery(query);
}

void EnvironmentProxyFactory::install()
{
    QNetworkProxyFactory::setApplicationProxyFactory(new EnvironmentProxyFactory);
}

std::optional<QNetworkProxy> EnvironmentProxyFactory::fromUrl(const QString& text, QString* error)
{
    const std::optional<QUrl> url = normalizedProxyUrl(text, error);
    if (url && url->isEmpty()) {
        if (error)
            *error = notAProxy(text);
        return std::nullopt;
    }
    if (!url)
        return std::nullopt;
    const bool socks = url->scheme() != u"http";
    return QNetworkProxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, url->host(),
                         quint16(url->port(socks ? DefaultSocksPort : DefaultHttpProxyPort)),
                         url->userName(QUrl::FullyDecoded), url->password(QUrl::FullyDecoded));
}

std::optional<QUrl> normalizedProxyUrl(const QString& text, QString* error,
                                       ProxyCredentials credentials)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QUrl();
    // "proxy:3128" as many environments write it: http is meant.
    QUrl url =
        QUrl(trimmed.contains(u"://"_s) ? trimmed : u"http://"_s + trimmed, QUrl::StrictMode);
    auto refuse = [error](const QString& why) -> std::optional<QUrl> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!url.isValid() || url.host().isEmpty())
        return refuse(notAProxy(trimmed));
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"socks5" && scheme != u"socks5h")
        return refuse(
            QCoreApplication::translate(
                "kw::NetworkProxy", "A proxy address starts with http:// or socks5://, not %1://")
                .arg(scheme));
    if (!url.path().isEmpty() && url.path() != u"/")
        return refuse(
            QCoreApplication::translate("kw::NetworkProxy", "A proxy address has no path: “%1”")
                .arg(proxyForDisplay(url)));
    if (credentials == ProxyCredentials::Refused && !url.userInfo().isEmpty())
        return refuse(QCoreApplication::translate(
            "kw::NetworkProxy", "A proxy address is kept without credentials: KeyWarden "
                                "asks for the user name and password when the proxy does, and "
                                "keeps them in the keychain."));
    url.setScheme(scheme);
    url.setPath({});
    return url;
}

bool EnvironmentProxyFactory::exempted(const QString& noProxy, const QString& host, int port)
{
    const QStringList entries = noProxy.split(u',', Qt::SkipEmptyParts);
    for (QString entry : entries) {
        entry = entry.trimmed();
        int entryPort = -1;
        // host:port, but not an IPv6 address's colons.
        const qsizetype colon = entry.lastIndexOf(u':');
        if (colon > 0 && entry.count(u':') == 1) {
            bool ok = false;
            entryPort = entry.mid(colon + 1).toInt(&ok);
            if (!ok)
                continue;
            entry.truncate(colon);
        }
        if (entry.startsWith(u'[') && entry.endsWith(u']'))
            entry = entry.mid(1, entry.size() - 2);
        if (entryPort >= 0 && entryPort != port)
            continue;
        if (hostMatches(entry, host))
            return true;
    }
    return false;
}

QString proxyForDisplay(const QUrl& proxy)
{
    return proxy.adjusted(QUrl::RemovePassword).toString();
}

} // namespace kw

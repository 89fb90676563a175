#include "ProxyAuth.h"

#include <QAuthenticator>
#include <QHash>
#include <QNetworkAccessManager>
#include <QSet>

namespace kw {

namespace {

struct State
{
    ProxyAuth::Source source;
    QHash<QString, ProxyLogin> known; // by host:port, for this run
    QSet<QString> refused;            // proxies that turned down the last login they were given
    bool asking = false;
};

State& state()
{
    static State instance;
    return instance;
}

} // namespace

void ProxyAuth::setSource(Source source)
{
    state().source = std::move(source);
}

void ProxyAuth::watch(QNetworkAccessManager* network)
{
    // Once per network manager (a free function cannot be a unique connection).
    static constexpr char Watched[] = "kw_proxyAuthWatched";
    if (network->property(Watched).toBool())
        return;
    network->setProperty(Watched, true);
    QObject::connect(network, &QNetworkAccessManager::proxyAuthenticationRequired, network,
                     &ProxyAuth::answer);
}

void ProxyAuth::forget()
{
    state().known.clear();
    state().refused.clear();
}

bool ProxyAuth::loginGiven(const QString& proxy)
{
    return state().known.contains(proxy.toLower());
}

void ProxyAuth::refused(const QString& proxy)
{
    if (proxy.isEmpty())
        return;
    state().known.remove(proxy.toLower());
    state().refused.insert(proxy.toLower());
}

QString ProxyAuth::proxyKey(const QNetworkProxy& proxy)
{
    return proxy.hostName().toLower() + u':' + QString::number(proxy.port());
}

void ProxyAuth::answer(const QNetworkProxy& proxy, QAuthenticator* authenticator)
{
    State& s = state();
    const QString key = proxyKey(proxy);
    // What the authenticator holds is what the proxy was just given (Qt fills it from its own
    // cache first): asked again with it, the proxy refused it.
    const bool tried = !authenticator->user().isEmpty();
    const bool refused = s.refused.remove(key) || tried;
    const auto known = s.known.constFind(key);
    if (known != s.known.cend()) {
        if (!tried || known->user != authenticator->user() ||
            known->password != authenticator->password()) {
            authenticator->setUser(known->user);
            authenticator->setPassword(known->password);
            return;
        }
        s.known.erase(known);
    }
    // A source that asks the user runs an event loop, in which another request may meet the
    // same proxy: that one fails rather than open a second question.
    if (!s.source || s.asking)
        return;
    s.asking = true;
    const std::optional<ProxyLogin> login = s.source(key, refused);
    s.asking = false;
    if (!login || login->user.isEmpty())
        return;
    if (tried && login->user == authenticator->user() &&
        login->password == authenticator->password())
        return; // the same refused login again: let the request fail
    s.known.insert(key, *login);
    authenticator->setUser(login->user);
    authenticator->setPassword(login->password);
}

} // namespace kw

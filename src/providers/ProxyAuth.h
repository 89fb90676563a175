#pragma once

#include <QNetworkProxy>
#include <QString>
#include <functional>
#include <optional>

class QAuthenticator;
class QNetworkAccessManager;

namespace kw {

// A proxy's user name and password. The password is a QString because QAuthenticator takes one;
// it is held no longer than the process and never logged.
struct ProxyLogin
{
    QString user;
    QString password;
};

// Answers a proxy's request for credentials (QNetworkAccessManager::proxyAuthenticationRequired)
// for every network manager it watches: with the login already given in this run, else with
// what the source says (the keychain; the window then asks the user once). A login the proxy
// refused is asked of the source again with `refused` set, and never offered twice: a source
// with nothing new leaves the request to fail with a proxy-authentication error
// (TransportFacts::Reason::ProxyAuth).
class ProxyAuth
{
public:
    // proxy: "host:port". Called from inside the network manager's signal, so it must answer
    // there (a nested event loop is fine: the request waits for it).
    using Source = std::function<std::optional<ProxyLogin>(const QString& proxy, bool refused)>;

    // Process-wide, as the application's proxy factory is; a null source answers nothing.
    static void setSource(Source source);
    static void watch(QNetworkAccessManager* network);
    // What is known in this run is forgotten (tests; the next request asks the source again).
    static void forget();

    // Whether a login was given to the proxy ("host:port") in this run.
    static bool loginGiven(const QString& proxy);
    // The proxy refused the login it was given (a request failed with a proxy-authentication
    // error): it is forgotten, and the source is told so when the proxy asks next.
    static void refused(const QString& proxy);

    static QString proxyKey(const QNetworkProxy& proxy);
    // The slot: exposed for tests.
    static void answer(const QNetworkProxy& proxy, QAuthenticator* authenticator);
};

} // namespace kw

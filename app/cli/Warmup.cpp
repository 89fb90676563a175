// What keywarden-cli does while it waits: on the way to an account's first key printed, the
// keychain's D-Bus round trips and the provider's answer are waits in which this process has
// nothing to do, and two pieces of work that do not need the token can fill them.
#include "Cli.h"
#include "providers/HttpClient.h"
#include "providers/KeyProvider.h"
#include "providers/ProviderCalls.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace kw::cli {

void Cli::preconnect(const QString& accountId)
{
    const AccountView* view = m_controller.account(accountId);
    if (!view || m_controller.holdsToken(accountId))
        return; // no token to wait for
    const Account& account = view->account;
    const Capabilities* caps = capabilitiesFor(account.provider);
    // An account with a proxy of its own sends through a network manager of its own, and one
    // with a CA file through a TLS configuration of its own: a connection opened here would not
    // be theirs, and must not go around their proxy.
    if (!caps || !account.proxy.isEmpty() || !account.caFile.isEmpty())
        return;
    const QUrl url = accountUrl(account, caps->defaultEndpoint.toString(), QString());
    if (!url.isValid() || url.host().isEmpty())
        return;
    // Opens the TCP connection (and the TLS session) the first request then reuses, through the
    // same proxy as that request; nothing is sent on it. Plain http only where the client would
    // send it (HttpClient: HTTPS except on loopback).
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https"_s)
        m_network.connectToHostEncrypted(url.host(), quint16(url.port(443)));
    else if (scheme == u"http"_s && HttpClient::isLoopback(url))
        m_network.connectToHost(url.host(), quint16(url.port(80)));
}

void Cli::readDriftSoon(const QString& accountId)
{
    if (m_driftRead.contains(accountId))
        return;
    m_driftRead.insert(accountId);
    // The account's list request is made right after it turns Loading, in the same turn of the
    // event loop; its start is queued behind this one, so the read goes one turn later, while
    // the provider works. The controller then finds it read (KeyDrift checks the file's time and
    // size under its lock) when it notes the list's drift, instead of parsing a record of every
    // listed key between the answer and the first line of output.
    QTimer::singleShot(0, this, [this, accountId] {
        QTimer::singleShot(0, this, [this, accountId] {
            const AccountView* view = m_controller.account(accountId);
            if (view && view->state == AppController::LoadState::Loading)
                (void)m_controller.keyDrift(accountId);
        });
    });
}

} // namespace kw::cli

#include "console/ProviderErrorText.h"

#include "core/Redactor.h"

#include <QLocale>
#include <QStringList>

namespace kw {

using namespace Qt::StringLiterals;

namespace {

using Reason = TransportFacts::Reason;

QString secondsText(qint64 ms)
{
    if (ms % 1000 == 0 || ms >= 10000)
        return QString::number((ms + 999) / 1000);
    return QLocale().toString(double(ms) / 1000.0, 'f', 1);
}

QString bytesText(const TransportFacts& facts)
{
    return facts.expectedBytes >= 0
               ? ProviderErrorText::tr("The answer from %1 was cut off: the connection closed "
                                       "after %2 of %3 bytes.")
                     .arg(facts.host)
                     .arg(facts.receivedBytes)
                     .arg(facts.expectedBytes)
               : ProviderErrorText::tr("The answer from %1 was cut off: the connection closed "
                                       "after %2 bytes.")
                     .arg(facts.host)
                     .arg(facts.receivedBytes);
}

// After several attempts "within 30 s" would understate the wait: say how many, how long.
QString timeoutText(const TransportFacts& facts)
{
    if (facts.attempts <= 1)
        return ProviderErrorText::tr("No answer from %1 within %2 s.")
            .arg(facts.host, secondsText(facts.timeoutMs));
    const qint64 ms = facts.elapsedMs;
    const QString span = ms < 90000
                             ? ProviderErrorText::tr("%1 s").arg(secondsText(ms))
                             : ProviderErrorText::tr("%1 min").arg(qRound64(double(ms) / 60000.0));
    return ProviderErrorText::tr("No answer from %1 after %2 attempts over %3.")
        .arg(facts.host)
        .arg(facts.attempts)
        .arg(span);
}

// Where the connection ended before an answer.
QString connectionText(const TransportFacts& facts)
{
    switch (facts.reason) {
    case Reason::Refused:
        return ProviderErrorText::tr("%1 refused the connection. Check the address and that the "
                                     "service is running.")
            .arg(facts.host);
    case Reason::Closed:
        return ProviderErrorText::tr("%1 closed the connection before answering.").arg(facts.host);
    case Reason::HostNotFound:
        return ProviderErrorText::tr("Cannot find the host %1. Check the address.").arg(facts.host);
    case Reason::Unreachable:
        return ProviderErrorText::tr("Cannot reach %1: %2").arg(facts.host, facts.systemText);
    case Reason::ProxyRefused:
        return ProviderErrorText::tr("The proxy %1 refused the connection (on the way to %2).")
            .arg(facts.proxy, facts.host);
    case Reason::ProxyNotFound:
        return ProviderErrorText::tr("Cannot find the proxy %1 (on the way to %2).")
            .arg(facts.proxy, facts.host);
    case Reason::ProxyTimeout:
        return ProviderErrorText::tr("The proxy %1 did not answer in time (on the way to %2).")
            .arg(facts.proxy, facts.host);
    case Reason::ProxyClosed:
        return ProviderErrorText::tr("The proxy %1 closed the connection (on the way to %2).")
            .arg(facts.proxy, facts.host);
    case Reason::ProxyAuth:
        return ProviderErrorText::tr("The proxy %1 asks for credentials (on the way to %2).")
            .arg(facts.proxy, facts.host);
    case Reason::NotResent:
        return ProviderErrorText::tr("%1 closed the connection without answering. The request "
                                     "was not sent again because repeating it is not safe.")
            .arg(facts.host);
    default:
        return {};
    }
}

// The sentence for the transport's facts; empty when core's plain text says it all.
QString transportText(const TransportFacts& facts)
{
    switch (facts.reason) {
    case Reason::BadAddress:
        return ProviderErrorText::tr("The address “%1” is not valid.").arg(facts.host);
    case Reason::Insecure:
        return ProviderErrorText::tr("Refusing to connect to %1 over %2: credentials are only "
                                     "sent over https:// (plain http:// is allowed to this "
                                     "computer only).")
            .arg(facts.host, facts.scheme.isEmpty() ? u"?"_s : facts.scheme + u"://");
    case Reason::CutOff:
        return bytesText(facts);
    case Reason::NotHttp:
        return ProviderErrorText::tr("%1 sent an answer that is not HTTP: %2")
            .arg(facts.host, facts.systemText);
    case Reason::TooLarge:
        return ProviderErrorText::tr("The answer from %1 is larger than %2 MiB; it was not read.")
            .arg(facts.host)
            .arg(facts.limitBytes / (1024 * 1024));
    case Reason::Timeout:
        return timeoutText(facts);
    case Reason::Tls:
        return ProviderErrorText::tr("The secure connection to %1 failed: %2")
            .arg(facts.host, facts.systemText);
    case Reason::Cancelled:
        return ProviderErrorText::tr("Cancelled.");
    default:
        return connectionText(facts);
    }
}

QString transportAdvice(const TransportFacts& facts)
{
    switch (facts.reason) {
    case Reason::ProxyRefused:
    case Reason::ProxyNotFound:
    case Reason::ProxyTimeout:
    case Reason::ProxyClosed:
        return ProviderErrorText::tr("Check the account's proxy, or https_proxy and no_proxy in "
                                     "the environment KeyWarden was started from.");
    case Reason::ProxyAuth:
        return ProviderErrorText::tr("KeyWarden asks for the proxy's user name and password "
                                     "once and keeps them in the keychain, where keywarden-cli "
                                     "reads them; if the proxy refused them, give them again in "
                                     "the window.");
    case Reason::Tls:
        return ProviderErrorText::tr("If the server uses a private certificate authority, "
                                     "configure its CA file for this account.");
    case Reason::NotResent:
        return ProviderErrorText::tr("It may or may not have taken effect: refresh before trying "
                                     "again.");
    default:
        return {};
    }
}

QString retryHint(const TransportFacts& facts)
{
    if (facts.retryAfterMs < 0)
        return {};
    const QDateTime when = facts.retryAt.toLocalTime();
    return ProviderErrorText::tr("Try again after %1 (in %2 s).")
        .arg(QLocale().toString(when.time(), QLocale::LongFormat), secondsText(facts.retryAfterMs));
}

} // namespace

QString ProviderErrorText::message(const ProviderError& error)
{
    if (!error.message.isEmpty() || error.ok())
        return error.message;
    const QString text = transportText(error.transport);
    return text.isEmpty() ? error.plainMessage() : text;
}

QString ProviderErrorText::detail(const ProviderError& error)
{
    QStringList parts;
    for (const QString& part :
         {transportAdvice(error.transport), error.detail, retryHint(error.transport)}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(u' ');
}

QString ProviderErrorText::what(const ProviderError& error)
{
    QString text;
    if (error.ok()) {
        text = error.message;
    } else {
        if (error.httpStatus > 0)
            text = tr("HTTP %1: ").arg(error.httpStatus);
        text += message(error);
        const QString more = detail(error);
        if (!more.isEmpty())
            text += u" — " + more;
    }
    if (text.isEmpty())
        text = tr("The provider gave no reason.");
    return Redactor::redact(text);
}

QString ProviderErrorText::advice(const ProviderError& error)
{
    using Kind = ProviderError::Kind;
    switch (error.kind) {
    case Kind::Network:
        return tr("Check your network connection and the account's endpoint, then retry.");
    case Kind::Timeout:
        return tr("The provider did not answer in time. Retry in a moment.");
    case Kind::Tls:
        return tr("The server's certificate is not trusted. Check the endpoint, or set the CA "
                  "file of a private certificate authority in the account.");
    case Kind::Insecure:
        return tr("Use an https:// endpoint (plain http:// is only allowed to this computer).");
    case Kind::Auth:
        return tr("The account's token was refused. It may be revoked or expired: add the "
                  "account again with a valid token.");
    case Kind::Forbidden:
        return tr("The token is not allowed to do this. Use a token with key-management rights, "
                  "or check the IP whitelist of the token.");
    case Kind::NotFound:
        return tr("It no longer exists at the provider. Refresh the list.");
    case Kind::Conflict:
        return tr("The provider refused because of a limit or a conflict. Revoke keys you no "
                  "longer need, then try again.");
    case Kind::Validation:
        return tr("Correct the values the provider named and try again.");
    case Kind::RateLimited:
        return tr("Too many requests. Wait a minute, then retry.");
    case Kind::Server:
        return tr("The provider had a problem on its side. Retry later; if it persists, check "
                  "the provider's status page.");
    case Kind::BadResponse:
        return tr("The provider's answer could not be read. Retry; if it persists, the endpoint "
                  "may not be this provider's API.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::None:
    case Kind::Other:
        break;
    }
    return tr("Retry; if it keeps failing, check the account's settings.");
}

QString ProviderErrorText::full(const ProviderError& error)
{
    return what(error) + QLatin1Char('\n') + advice(error);
}

QString ProviderErrorText::orphan(const QString& keyName, const QString& keyId)
{
    const QString name = keyName.isEmpty() ? keyId : keyName;
    return tr("The key “%1” was created but its secret never arrived. It cannot be shown again: "
              "revoke it?")
        .arg(name);
}

} // namespace kw

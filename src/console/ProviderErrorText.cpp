#include "console/ProviderErrorText.h"

#include "core/Redactor.h"

namespace kw {

QString ProviderErrorText::what(const ProviderError& error)
{
    QString text = error.toString();
    if (text.isEmpty())
        text = error.message;
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

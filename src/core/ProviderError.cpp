#include "ProviderError.h"

#include "Redactor.h"

#include <QCoreApplication>

namespace kw {

namespace {

// What to say when the provider gave no message of its own.
QString kindText(ProviderError::Kind kind)
{
    using Kind = ProviderError::Kind;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return QCoreApplication::translate("kw::ProviderError", "The server could not be reached");
    case Kind::Timeout:
        return QCoreApplication::translate("kw::ProviderError",
                                           "The server did not answer in time");
    case Kind::Tls:
        return QCoreApplication::translate(
            "kw::ProviderError", "The secure connection failed (certificate or handshake)");
    case Kind::Insecure:
        return QCoreApplication::translate("kw::ProviderError",
                                           "Refused to send credentials over plain HTTP");
    case Kind::Auth:
        return QCoreApplication::translate("kw::ProviderError",
                                           "The credentials were not accepted");
    case Kind::Forbidden:
        return QCoreApplication::translate("kw::ProviderError", "Access denied");
    case Kind::NotFound:
        return QCoreApplication::translate("kw::ProviderError", "Not found");
    case Kind::Conflict:
        return QCoreApplication::translate(
            "kw::ProviderError", "Conflict with the current state (a limit may have been reached)");
    case Kind::Validation:
        return QCoreApplication::translate("kw::ProviderError",
                                           "The request was rejected as invalid");
    case Kind::RateLimited:
        return QCoreApplication::translate("kw::ProviderError",
                                           "Too many requests; try again later");
    case Kind::Server:
        return QCoreApplication::translate("kw::ProviderError",
                                           "The server failed to handle the request");
    case Kind::BadResponse:
        return QCoreApplication::translate("kw::ProviderError",
                                           "The server sent an answer that could not be read");
    case Kind::Cancelled:
        return QCoreApplication::translate("kw::ProviderError", "Cancelled");
    case Kind::Other:
        break;
    }
    return QCoreApplication::translate("kw::ProviderError", "Unexpected error");
}

} // namespace

QString ProviderError::plainMessage() const
{
    if (!message.isEmpty() || ok())
        return message;
    using Reason = TransportFacts::Reason;
    switch (transport.reason) {
    case Reason::None:
        return kindText(kind);
    case Reason::HttpStatus:
        return QCoreApplication::translate("kw::ProviderError", "HTTP %1 %2")
            .arg(httpStatus)
            .arg(transport.statusText)
            .trimmed();
    case Reason::CaUnreadable:
        return QCoreApplication::translate("kw::ProviderError", "Cannot read the CA file %1: %2")
            .arg(transport.file, transport.systemText);
    case Reason::CaEmpty:
        return QCoreApplication::translate("kw::ProviderError",
                                           "The CA file %1 holds no PEM certificate.")
            .arg(transport.file);
    default:
        break;
    }
    // Plain: console/ProviderErrorText has the words a person reads.
    if (transport.host.isEmpty())
        return kindText(kind);
    return QCoreApplication::translate("kw::ProviderError", "%1 (%2)")
        .arg(kindText(kind), transport.host);
}

QString ProviderError::toString() const
{
    if (ok())
        return {};
    QString text;
    if (httpStatus > 0)
        text = QCoreApplication::translate("kw::ProviderError", "HTTP %1: ").arg(httpStatus);
    text += plainMessage();
    if (!detail.isEmpty())
        text += u" — " + detail;
    // The message may be the provider's own text, which has been seen to echo a credential.
    return Redactor::redact(text);
}

} // namespace kw

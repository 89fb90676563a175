#pragma once

#include "core/ProviderError.h"

#include <QCoreApplication>
#include <QString>

namespace kw {

// What to tell the user about a failed provider call: the provider's own message with the
// HTTP status (redacted), and what they can do about it. The words for what the transport found
// out (ProviderError::transport: which host, how many attempts, how long) are made here.
class ProviderErrorText
{
    Q_DECLARE_TR_FUNCTIONS(kw::ProviderErrorText)
public:
    // The sentence: the provider's own message, or what the transport found out. "No answer
    // from api.example.com after 4 attempts over 2 min."
    static QString message(const ProviderError& error);
    // The extra facts: the error's detail with the transport's advice and when to try again.
    static QString detail(const ProviderError& error);
    // "HTTP 503: message — detail", redacted; never empty for an error.
    static QString what(const ProviderError& error);
    static QString advice(const ProviderError& error);
    // Both in one paragraph, for the dialogs' error labels.
    static QString full(const ProviderError& error);
    // A create whose answer was lost made this key (CreatedKey::orphan): what happened and the
    // question to ask. "The key “X” was created but its secret never arrived. It cannot be shown
    // again: revoke it?"
    static QString orphan(const QString& keyName, const QString& keyId);
};

} // namespace kw

#pragma once

#include "core/ProviderError.h"

#include <QCoreApplication>
#include <QString>

namespace kw {

// What to tell the user about a failed provider call: the provider's own message with the
// HTTP status (redacted), and what they can do about it.
class ProviderErrorText
{
    Q_DECLARE_TR_FUNCTIONS(kw::ProviderErrorText)
public:
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

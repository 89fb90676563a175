#pragma once

#include "providers/ProviderReply.h"

#include <QCoreApplication>
#include <QString>

namespace kw {

// What a key test found, in words: works / refused (401) / forbidden (403, with the
// provider's reason) / unreachable / failed.
class VerificationText
{
    Q_DECLARE_TR_FUNCTIONS(kw::VerificationText)
public:
    static QString text(const Verification& verification, const QString& providerName);
};

} // namespace kw

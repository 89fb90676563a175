#include "KeyProvider.h"

#include <QCoreApplication>

namespace kw {

ProviderReply* KeyProvider::updateKey(const ApiKey&, const KeyChange&)
{
    return unsupported(tr("editing keys"));
}

ProviderReply* KeyProvider::setKeyActive(const ApiKey&, bool)
{
    // A provider that cannot disable keys says what to do instead (Scaleway: revoke, or move the
    // key's application out of its policies); that is the answer, not a bare "not supported".
    const QString instead = capabilities().cannotDisableHint;
    if (instead.isEmpty())
        return unsupported(tr("disabling keys"));
    auto* reply = new ProviderReply;
    reply->finish({ProviderError::Kind::Other, 0, instead, {}});
    return reply;
}

ProviderReply* KeyProvider::verifyKey(const ApiKey&, const Secret&)
{
    return unsupported(tr("testing keys"));
}

ProviderReply* KeyProvider::listBearers()
{
    return unsupported(tr("choosing a key owner"));
}

ProviderReply* KeyProvider::revealSecret(const ApiKey&)
{
    return unsupported(tr("showing a secret again"));
}

ProviderReply* KeyProvider::setPrincipalActive(const QString&, bool)
{
    return unsupported(tr("suspending a principal"));
}

ProviderReply* KeyProvider::listPrincipalPolicies(const QString&)
{
    return unsupported(tr("showing a key owner's policies"));
}

ProviderReply* KeyProvider::attachPrincipalPolicy(const QString&, const QString&)
{
    return unsupported(tr("attaching policies"));
}

ProviderReply* KeyProvider::unsupported(const QString& what)
{
    auto* reply = new ProviderReply;
    reply->finish({ProviderError::Kind::Other,
                   0,
                   tr("%1 does not support %2.").arg(capabilities().providerName, what),
                   {}});
    return reply;
}

} // namespace kw

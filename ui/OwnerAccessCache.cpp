#include "OwnerAccessCache.h"

#include "console/AppController.h"
#include "console/ProviderErrorText.h"

#include <algorithm>

namespace kw {

using namespace Qt::StringLiterals;

OwnerAccessCache::OwnerAccessCache(AppController* controller, QObject* parent)
    : QObject(parent), m_controller(controller)
{}

const OwnerAccessCache::Entry* OwnerAccessCache::entry(const QString& accountId,
                                                       const QString& principal) const
{
    const auto account = m_entries.constFind(accountId);
    if (account == m_entries.constEnd())
        return nullptr;
    const auto found = account->constFind(principal);
    return found == account->constEnd() ? nullptr : &found.value();
}

std::optional<QStringList> OwnerAccessCache::attachedArns(const QString& accountId,
                                                          const QString& principal) const
{
    const Entry* known = principal.isEmpty() ? nullptr : entry(accountId, principal);
    if (!known || known->state != Entry::State::Loaded)
        return std::nullopt;
    QStringList arns;
    for (const AttachedPolicy& policy : known->policies)
        arns << policy.arn;
    return arns;
}

const OwnerAccessCache::Entry* OwnerAccessCache::fetch(const QString& accountId,
                                                       const QString& principal)
{
    if (const Entry* known = entry(accountId, principal))
        return known;
    m_entries[accountId].insert(principal, Entry{});
    start(accountId, principal);
    return entry(accountId, principal);
}

void OwnerAccessCache::refetch(const QString& accountId, const QString& principal)
{
    if (!entry(accountId, principal))
        m_entries[accountId].insert(principal, Entry{});
    start(accountId, principal);
}

void OwnerAccessCache::forget(const QString& accountId)
{
    m_entries.remove(accountId);
    ++m_generation[accountId];
}

void OwnerAccessCache::start(const QString& accountId, const QString& principal)
{
    const int generation = m_generation.value(accountId);
    m_controller->listPrincipalPolicies(
        accountId, principal, this,
        [this, accountId, principal, generation](const ProviderError& error,
                                                 const QList<AttachedPolicy>& policies) {
            if (m_generation.value(accountId) != generation)
                return; // the account's keys were loaded again since: ask afresh
            Entry& target = m_entries[accountId][principal];
            if (error) {
                target.state = Entry::State::Failed;
                target.error = ProviderErrorText::what(error);
            } else {
                target.state = Entry::State::Loaded;
                target.policies = policies;
                target.error.clear();
            }
            emit changed(accountId, principal);
        });
}

QString OwnerAccessCache::describe(const PrincipalPolicies& policies, bool ownerIsCaller,
                                   const Entry* entry)
{
    if (ownerIsCaller && !policies.allRights.isEmpty())
        return policies.allRights;
    if (!entry)
        return {};
    if (entry->state == Entry::State::Failed)
        return tr("could not be checked: %1").arg(entry->error);
    if (entry->state == Entry::State::Loading)
        return tr("checking…");
    QStringList granted;
    for (const PolicyInfo& offered : policies.offered) {
        for (const AttachedPolicy& attached : entry->policies) {
            if (attached.arn == offered.arn)
                granted << offered.label;
        }
    }
    QStringList others;
    for (const AttachedPolicy& attached : entry->policies) {
        const bool isOffered =
            std::any_of(policies.offered.cbegin(), policies.offered.cend(),
                        [&](const PolicyInfo& offered) { return offered.arn == attached.arn; });
        if (!isOffered)
            others << (attached.name.isEmpty() ? attached.arn : attached.name);
    }
    QString text = granted.isEmpty() ? policies.none : granted.join(u", "_s);
    if (!others.isEmpty())
        text += u" — "_s + tr("also: %1").arg(others.join(u", "_s));
    return text;
}

} // namespace kw

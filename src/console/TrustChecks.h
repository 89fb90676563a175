#pragma once

#include "core/ApiKey.h"
#include "core/KeySpec.h"
#include "core/ProviderError.h"
#include "core/Rotation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <functional>

namespace kw {

class AccountService;
class ProviderReply;

// The trust rules the key and rotation flows share: a revocation is reported only when it is
// true, and a create whose answer went missing loses no key. Each check that needs the
// provider's word asks for a complete fresh list, beside the account's shown one (which it
// leaves alone). Replies belong to owner until they finish; every answer comes from the event
// loop.
class TrustChecks
{
    Q_DECLARE_TR_FUNCTIONS(kw::TrustChecks)
public:
    using KeysDone = std::function<void(const ProviderError&, const QList<ApiKey>&)>;
    using Resolved = std::function<void(const ProviderError&, CreatedKey*)>;
    // ok with a note ("already gone", "revoked; its answer was lost") when a revoke's own answer
    // did not say so but a complete list lacks the key.
    using RevokeChecked = std::function<void(const ProviderError&, const QString& note)>;
    using KeyFound = std::function<void(const ProviderError&, const ApiKey&)>;

    TrustChecks(AccountService& accounts, QObject* owner) : m_accounts(accounts), m_owner(owner) {}

    static QSet<QString> idsOf(const QList<ApiKey>& keys);
    // A complete list fetched now.
    void listFresh(const QString& accountId, KeysDone done);
    // Creates the key and turns the answer into what the caller is told: the new key with its
    // secret (its id looked up when the answer had none), an orphan when the answer was lost but
    // the key exists, or the error.
    void create(const QString& accountId, const KeySpec& spec, Resolved next);
    // Revokes the key; a 404, or an error that leaves the outcome unknown (a lost answer), is
    // decided by a complete fresh list.
    void revoke(const QString& accountId, const ApiKey& key, RevokeChecked done);
    // The old key of a rotation as the provider lists it (with its owner), or NotFound when a
    // complete fresh list confirms it is gone.
    void findOldKey(const RotationRecord& record, KeyFound done);

private:
    static bool revokeNeedsCheck(const ProviderError& error);
    void confirmRevoke(const QString& accountId, const QString& keyId, const ProviderError& answer,
                       RevokeChecked done);
    void resolveCreate(const QString& accountId, const KeySpec& spec,
                       const QSet<QString>& knownBefore, const QDateTime& sentAt,
                       ProviderReply* finished, Resolved next);
    void lookForLostCreate(const QString& accountId, const KeySpec& spec,
                           const QSet<QString>& knownBefore, const QDateTime& sentAt,
                           const ProviderError& error, Resolved next);
    template <typename Callback> void later(Callback callback);

    AccountService& m_accounts;
    QObject* m_owner;
};

} // namespace kw

// The controller's trust rules: a revocation is reported only when it is true, and a create
// whose answer went missing loses no key.
#include "console/TrustChecks.h"

#include "console/AccountService.h"
#include "console/Callbacks.h"
#include "console/ProviderErrorText.h"
#include "core/Clock.h"
#include "core/LostCreate.h"
#include "providers/KeyProvider.h"
#include "providers/ProviderReply.h"

#include <memory>

namespace kw {

using namespace Qt::StringLiterals;

namespace {

const ApiKey* findById(const QList<ApiKey>& keys, const QString& id)
{
    for (const ApiKey& key : keys) {
        if (key.id == id)
            return &key;
    }
    return nullptr;
}

} // namespace

QSet<QString> TrustChecks::idsOf(const QList<ApiKey>& keys)
{
    QSet<QString> ids;
    ids.reserve(keys.size());
    for (const ApiKey& key : keys)
        ids.insert(key.id);
    return ids;
}

template <typename Callback> void TrustChecks::later(Callback callback)
{
    QMetaObject::invokeMethod(m_owner, std::move(callback), Qt::QueuedConnection);
}

void TrustChecks::listFresh(const QString& accountId, KeysDone done)
{
    const AccountEntry* target = m_accounts.ready(accountId);
    if (!target) {
        later([done = std::move(done)]() { done(AccountService::notLoaded(), {}); });
        return;
    }
    // A provider's list finishes with an error whenever a page is missing, so a list that
    // succeeds is complete (see KeyProvider::listKeys).
    whenFinished(m_owner, target->provider->listKeys(), nullptr,
                 [done = std::move(done)](ProviderReply* finished, bool) {
                     done(finished->error(), finished->ok() ? finished->keys() : QList<ApiKey>{});
                 });
}

void TrustChecks::create(const QString& accountId, const KeySpec& spec, Resolved next)
{
    const AccountEntry* target = m_accounts.ready(accountId);
    if (!target) {
        later([next = std::move(next)]() { next(AccountService::notLoaded(), nullptr); });
        return;
    }
    const QSet<QString> knownBefore = idsOf(target->view.keys);
    const QDateTime sentAt = Clock::app().nowUtc();
    whenFinished(m_owner, target->provider->createKey(spec), nullptr,
                 [this, accountId, spec, knownBefore, sentAt,
                  next = std::move(next)](ProviderReply* finished, bool) {
                     resolveCreate(accountId, spec, knownBefore, sentAt, finished, next);
                 });
}

void TrustChecks::revoke(const QString& accountId, const ApiKey& key, RevokeChecked done)
{
    const AccountEntry* target = m_accounts.ready(accountId);
    if (!target) {
        later([done = std::move(done)]() { done(AccountService::notLoaded(), {}); });
        return;
    }
    whenFinished(
        m_owner, target->provider->revokeKey(key), nullptr,
        [this, accountId, keyId = key.id, done = std::move(done)](ProviderReply* finished, bool) {
            if (!revokeNeedsCheck(finished->error())) {
                done(finished->error(), {});
                return;
            }
            // "Not found" is "already gone", and a lost answer "revoked", only once
            // a complete list agrees.
            confirmRevoke(accountId, keyId, finished->error(), done);
        });
}

bool TrustChecks::revokeNeedsCheck(const ProviderError& error)
{
    return error.kind == ProviderError::Kind::NotFound || createMayHaveHappened(error);
}

void TrustChecks::confirmRevoke(const QString& accountId, const QString& keyId,
                                const ProviderError& answer, RevokeChecked done)
{
    listFresh(accountId, [keyId, answer, done = std::move(done)](const ProviderError& error,
                                                                 const QList<ApiKey>& keys) {
        const bool notFound = answer.kind == ProviderError::Kind::NotFound;
        if (error) {
            ProviderError unconfirmed = notFound ? error : answer;
            const QString why = ProviderErrorText::what(error);
            if (notFound) {
                unconfirmed.message =
                    tr("The provider answered that the key was not found, but the list that "
                       "would confirm it failed: %1")
                        .arg(why);
            } else {
                unconfirmed.detail = tr("Whether the key was revoked could not be checked: %1 "
                                        "Refresh before trying again.")
                                         .arg(why);
            }
            done(unconfirmed, {});
            return;
        }
        if (findById(keys, keyId)) {
            if (!notFound) {
                done(answer, {}); // the revoke did not happen: its error stands
                return;
            }
            done({ProviderError::Kind::Other,
                  404,
                  tr("The provider answered that the key was not found, yet still lists it: it "
                     "was not revoked."),
                  {}},
                 {});
            return;
        }
        done({}, notFound ? u"already gone"_s : u"revoked; its answer was lost"_s);
    });
}

void TrustChecks::resolveCreate(const QString& accountId, const KeySpec& spec,
                                const QSet<QString>& knownBefore, const QDateTime& sentAt,
                                ProviderReply* finished, Resolved next)
{
    if (finished->ok() && finished->hasCreated()) {
        auto created = std::make_shared<CreatedKey>(finished->takeCreated());
        if (!created->key.id.isEmpty()) {
            next({}, created.get());
            return;
        }
        // The answer carried the secret but no id: the secret is shown all the same; the id is
        // looked up so that the key can be managed (and rotated) from here.
        listFresh(accountId, [spec, knownBefore, sentAt, created, next = std::move(next)](
                                 const ProviderError&, const QList<ApiKey>& keys) {
            if (const auto found = findCreatedKey(keys, spec, knownBefore, sentAt))
                created->key = *found;
            next({}, created.get());
        });
        return;
    }
    ProviderError error = finished->error();
    if (error.ok()) {
        error = {ProviderError::Kind::BadResponse,
                 0,
                 tr("The provider's answer to the create carried no key."),
                 {}};
    }
    if (!createMayHaveHappened(error)) {
        next(error, nullptr);
        return;
    }
    lookForLostCreate(accountId, spec, knownBefore, sentAt, error, std::move(next));
}

void TrustChecks::lookForLostCreate(const QString& accountId, const KeySpec& spec,
                                    const QSet<QString>& knownBefore, const QDateTime& sentAt,
                                    const ProviderError& error, Resolved next)
{
    listFresh(accountId, [spec, knownBefore, sentAt, error, next = std::move(next)](
                             const ProviderError& listError, const QList<ApiKey>& keys) {
        ProviderError told = error;
        if (listError) {
            told.detail = tr("Whether the key was created could not be checked: %1 Look for it "
                             "in the list before creating it again.")
                              .arg(ProviderErrorText::what(listError));
            next(told, nullptr);
            return;
        }
        const auto found = findCreatedKey(keys, spec, knownBefore, sentAt);
        if (!found) {
            told.detail = tr("A fresh list shows no such key: nothing was created.");
            next(told, nullptr);
            return;
        }
        CreatedKey orphan;
        orphan.key = *found;
        orphan.orphan = true;
        told.detail = ProviderErrorText::orphan(found->name, found->id);
        next(told, &orphan);
    });
}

void TrustChecks::findOldKey(const RotationRecord& record, KeyFound done)
{
    const AccountEntry* target = m_accounts.entry(record.accountId);
    if (target && target->view.state == ConsoleTypes::LoadState::Ok) {
        if (const ApiKey* listed = findById(target->view.keys, record.oldKeyId)) {
            later([done = std::move(done), key = *listed]() { done({}, key); });
            return;
        }
    }
    // Not listed yet (a due revocation at start-up, `rotations finish-due`): the key's owner
    // must be known before it is deleted, so list it first.
    listFresh(record.accountId, [record, done = std::move(done)](const ProviderError& error,
                                                                 const QList<ApiKey>& keys) {
        if (error) {
            done(error, {});
            return;
        }
        if (const ApiKey* listed = findById(keys, record.oldKeyId)) {
            done({}, *listed);
            return;
        }
        ApiKey gone;
        gone.id = record.oldKeyId;
        gone.name = record.oldKeyName;
        gone.principal = record.oldKeyOwner;
        done({ProviderError::Kind::NotFound, 404, tr("The old key is no longer listed."), {}},
             gone);
    });
}

} // namespace kw

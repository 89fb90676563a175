// The controller's trust rules: a revocation is reported only when it is true, and a create
// whose answer went missing loses no key. Split from AppController.cpp, which runs the flows.
#include "console/AppController.h"
#include "console/AppControllerEntry.h"
#include "console/ProviderErrorText.h"
#include "core/LostCreate.h"
#include "providers/KeyProvider.h"
#include "providers/ProviderReply.h"

#include <memory>

namespace kw {

namespace {

// The reply is the controller's until it finishes (so it dies with the controller); then the
// handler runs from the event loop and the reply goes.
template <typename Handler>
void onFinished(AppController* owner, ProviderReply* reply, Handler handler)
{
    reply->setParent(owner);
    QObject::connect(reply, &ProviderReply::finished, owner,
                     [reply, handler = std::move(handler)]() mutable {
                         reply->deleteLater();
                         handler(reply);
                     });
}

ProviderError notLoaded()
{
    return {ProviderError::Kind::Other,
            0,
            AppController::tr("The account is not loaded yet. Retry once its keys show."),
            {}};
}

const ApiKey* findById(const QList<ApiKey>& keys, const QString& id)
{
    for (const ApiKey& key : keys) {
        if (key.id == id)
            return &key;
    }
    return nullptr;
}

} // namespace

void AppController::listFresh(const QString& accountId, KeysDone done)
{
    Entry* target = entry(accountId);
    if (!target || !target->provider) {
        QMetaObject::invokeMethod(
            this, [done = std::move(done)]() { done(notLoaded(), {}); }, Qt::QueuedConnection);
        return;
    }
    // A provider's list finishes with an error whenever a page is missing, so a list that
    // succeeds is complete (see KeyProvider::listKeys).
    onFinished(this, target->provider->listKeys(),
               [done = std::move(done)](ProviderReply* finished) {
                   done(finished->error(), finished->ok() ? finished->keys() : QList<ApiKey>{});
               });
}

bool AppController::revokeNeedsCheck(const ProviderError& error)
{
    return error.kind == ProviderError::Kind::NotFound || createMayHaveHappened(error);
}

void AppController::confirmRevoke(const QString& accountId, const QString& keyId,
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
        done({}, notFound ? QStringLiteral("already gone")
                          : QStringLiteral("revoked; its answer was lost"));
    });
}

void AppController::resolveCreate(const QString& accountId, const KeySpec& spec,
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

void AppController::findOldKey(const RotationRecord& record,
                               std::function<void(const ProviderError&, const ApiKey&)> done)
{
    const Entry* target = entry(record.accountId);
    if (target && target->view.state == LoadState::Ok) {
        if (const ApiKey* listed = findById(target->view.keys, record.oldKeyId)) {
            QMetaObject::invokeMethod(
                this, [done = std::move(done), key = *listed]() { done({}, key); },
                Qt::QueuedConnection);
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

#pragma once

// How the controller's parts answer their callers: from the event loop, and only while the
// caller's context object (when it gave one) is alive. Shared by the console's source files.
#include "core/ProviderError.h"
#include "providers/ProviderReply.h"

#include <QObject>
#include <QPointer>
#include <utility>

namespace kw {

// Whether the caller who asked still wants the answer: its context, when it gave one, lives.
class CallerGuard
{
public:
    explicit CallerGuard(const QObject* context)
        : m_context(context), m_hasContext(context != nullptr)
    {}
    bool alive() const { return !m_hasContext || !m_context.isNull(); }

private:
    QPointer<const QObject> m_context;
    bool m_hasContext;
};

// The reply belongs to owner until it finishes, so that one still in flight when owner goes
// (quitting mid-load) is deleted with it, which also stops its HTTP job. Then handler(reply,
// alive) runs from the event loop, alive saying whether context still lives, and the reply goes.
template <typename Handler>
void whenFinished(QObject* owner, ProviderReply* reply, const QObject* context, Handler handler)
{
    reply->setParent(owner);
    QObject::connect(
        reply, &ProviderReply::finished, owner,
        [reply, caller = CallerGuard(context), handler = std::move(handler)]() mutable {
            reply->deleteLater();
            handler(reply, caller.alive());
        });
}

// done(error) from the event loop, unless context went in the meantime: an answer never comes
// from inside the call that asked for it.
template <typename Callback>
void answerLater(QObject* owner, const QObject* context, Callback done, const ProviderError& error)
{
    QMetaObject::invokeMethod(
        owner,
        [caller = CallerGuard(context), done = std::move(done), error]() mutable {
            if (caller.alive())
                done(error);
        },
        Qt::QueuedConnection);
}

} // namespace kw

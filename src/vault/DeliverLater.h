#pragma once

#include "vault/SecretStore.h"

#include <QCoreApplication>
#include <QTimer>
#include <memory>
#include <utility>

namespace kw::vault_detail {

// Hands a result to its callback from the event loop, never from inside the caller's own call,
// and only if `context` still exists by then (a destroyed context cancels the delivery).
inline void deliverLater(const QObject* context, SecretStore::Callback done,
                         SecretStore::Result result)
{
    if (!done)
        return;
    if (!context)
        context = QCoreApplication::instance();
    // Result is move-only (it may carry a Secret); the queued call owns it until it runs.
    auto pending = std::make_shared<SecretStore::Result>(std::move(result));
    QTimer::singleShot(0, context,
                       [done = std::move(done), pending]() mutable { done(std::move(*pending)); });
}

} // namespace kw::vault_detail

#pragma once

#include "HttpClient.h"
#include "ProviderReply.h"
#include "core/Secret.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace kw {

// The threads answers are read on: a pool of their own, not QThreadPool::globalInstance(), which
// Qt's raster paint engine uses to fill large areas and then waits for on the GUI thread. With the
// reads in the global pool, a paint of the window queued its fills behind a 1 MB answer's parse
// and froze the window for as long (60-90 ms at load average 9 in bench_fleet).
inline QThreadPool& offThreadPool()
{
    static QThreadPool pool;
    return pool;
}

// Tests only: when set, called on the worker thread before each piece of work, so that a test
// can hold a read in progress (and abort or delete its reply meanwhile). Set it before the work
// starts and clear it once offThreadPool() is done.
inline std::function<void()>& offThreadHookForTests()
{
    static std::function<void()> hook;
    return hook;
}

// Runs work on offThreadPool() and hands its result to done on the calling thread (from
// the event loop, never from inside this call), so that reading a large answer does not hold the
// GUI thread up. work must be pure: it may touch nothing but what it captured by value. done is
// dropped when context is destroyed first (a reply deleted while its answer was being read); the
// work itself then still runs to its end on its own copies, and its result is thrown away.
template <class Result>
void runOffThread(const QObject* context, std::function<Result()> work,
                  std::function<void(const Result&)> done)
{
    auto promise = std::make_shared<QPromise<Result>>();
    auto* watcher = new QFutureWatcher<Result>;
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done)] {
                         const QFuture<Result> future = watcher->future();
                         if (future.resultCount() > 0)
                             done(future.result());
                     });
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
    promise->start();
    watcher->setFuture(promise->future());
    offThreadPool().start([promise, work = std::move(work)] {
        if (const std::function<void()>& hook = offThreadHookForTests())
            hook();
        promise->addResult(work());
        promise->finish();
    });
}

// A successful answer read off the GUI thread with runOffThread: read(body, &error) runs on the
// thread pool; then, on reply's thread, done(value) when it could be read, or reply finishes
// with Kind::BadResponse and read's error. Nothing is called when reply is over by then (aborted,
// failed by a sibling request) or deleted. An answer that carries a secret (sensitive) is copied
// for the worker and wiped there once read; the client wipes its own copy as always. owner, when
// given, is what done works on (the provider client): gone by then, the reply ends as cancelled.
template <class T>
void readOffThread(ProviderReply* reply, const QObject* owner, const HttpResponse& response,
                   bool sensitive,
                   std::function<std::optional<T>(const QByteArray& body, QString* error)> read,
                   std::function<void(T value)> done)
{
    struct Read
    {
        std::optional<T> value;
        QString error;
    };
    auto body = std::make_shared<QByteArray>(
        sensitive ? QByteArray(response.body.constData(), response.body.size()) : response.body);
    runOffThread<Read>(
        reply,
        [body, sensitive, read = std::move(read)] {
            QByteArray bytes = std::exchange(*body, {});
            Read out;
            out.value = read(bytes, &out.error);
            if (sensitive)
                wipe(bytes);
            return out;
        },
        [reply, guard = QPointer<const QObject>(owner), hasOwner = owner != nullptr,
         status = response.status, done = std::move(done)](const Read& out) {
            if (reply->isOver())
                return;
            if (hasOwner && !guard) {
                reply->abort();
                return;
            }
            if (!out.value)
                reply->finish({ProviderError::Kind::BadResponse, status, out.error, {}});
            else
                done(*out.value);
        });
}

} // namespace kw

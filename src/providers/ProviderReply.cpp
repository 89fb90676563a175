#include "ProviderReply.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace kw {

ProviderReply::ProviderReply(QObject* parent) : QObject(parent) {}

ProviderReply::~ProviderReply() = default;

CreatedKey ProviderReply::takeCreated()
{
    CreatedKey out = std::move(*m_created);
    m_created.reset();
    return out;
}

void ProviderReply::abort()
{
    abortWith({ProviderError::Kind::Cancelled,
               0,
               QCoreApplication::translate("kw::ProviderReply", "Cancelled."),
               {}});
}

void ProviderReply::abortWith(ProviderError error)
{
    if (m_finished || m_finishQueued)
        return;
    if (m_abortHandler)
        std::exchange(m_abortHandler, nullptr)();
    finish(std::move(error)); // and the handlers added with addAbortHandler
}

quint64 ProviderReply::addAbortHandler(std::function<void()> handler)
{
    const quint64 id = ++m_nextAbortId;
    if (!isOver())
        m_abortHandlers.emplace(id, std::move(handler));
    return id;
}

void ProviderReply::finish(ProviderError error)
{
    if (m_finished || m_finishQueued)
        return;
    m_finishQueued = true;
    m_error = std::move(error);
    m_abortHandler = nullptr;
    // Requests still in flight beside the one that finished the reply are of no use any more.
    for (auto& [id, handler] : std::exchange(m_abortHandlers, {}))
        handler();
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_finished = true;
            emit finished();
        },
        Qt::QueuedConnection);
}

} // namespace kw

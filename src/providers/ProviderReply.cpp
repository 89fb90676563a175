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
    finish(std::move(error));
}

void ProviderReply::finish(ProviderError error)
{
    if (m_finished || m_finishQueued)
        return;
    m_finishQueued = true;
    m_error = std::move(error);
    m_abortHandler = nullptr;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_finished = true;
            emit finished();
        },
        Qt::QueuedConnection);
}

} // namespace kw

#include "ScalewayPager.h"

#include "OffThread.h"
#include "ProviderCalls.h"
#include "ScalewayJson.h"

#include <QCoreApplication>

namespace kw {

using namespace Qt::StringLiterals;

std::shared_ptr<ScalewayPager> ScalewayPager::start(HttpClient& http, const QObject* context,
                                                    Handlers handlers, QString what)
{
    std::shared_ptr<ScalewayPager> pager(
        new ScalewayPager(http, context, std::move(handlers), std::move(what)));
    pager->requestMore();
    return pager;
}

ScalewayPager::ScalewayPager(HttpClient& http, const QObject* context, Handlers handlers,
                             QString what)
    : m_http(&http), m_context(context), m_handlers(std::move(handlers)), m_what(std::move(what))
{}

void ScalewayPager::abort()
{
    m_over = true;
    const auto inFlight = std::exchange(m_inFlight, {});
    for (const auto& abortPage : inFlight)
        abortPage();
}

void ScalewayPager::request(int page)
{
    HttpRequest request;
    request.url = m_handlers.pageUrl(page);
    std::weak_ptr<ScalewayPager> self = weak_from_this();
    auto abortPage = m_http->send(
        request,
        [self, page](const HttpResponse& response) {
            if (auto pager = self.lock())
                pager->onPage(page, response);
        },
        m_context);
    if (!m_over)
        m_inFlight.insert(page, std::move(abortPage));
}

void ScalewayPager::requestMore()
{
    // Page 1 alone until the total is known; then up to MaxParallelPages at once.
    const int window = m_pagesDone == 0 ? 1 : MaxParallelPages;
    while (!m_over && m_http && m_inFlight.size() < window && m_nextPage <= m_pageCount)
        request(m_nextPage++);
    if (!m_over && m_inFlight.isEmpty() && m_nextPage > m_pageCount) {
        m_over = true;
        if (m_items < m_maxTotal) {
            m_handlers.finished(
                listIncomplete(u"Scaleway"_s, m_what,
                               QCoreApplication::translate("kw::ScalewayProvider",
                                                           "%1 arrived of the %2 announced.")
                                   .arg(m_items)
                                   .arg(m_maxTotal)));
            return;
        }
        m_handlers.finished({});
    }
}

void ScalewayPager::onPage(int page, const HttpResponse& response)
{
    if (m_over)
        return;
    if (!response.error.ok()) {
        m_inFlight.remove(page);
        fail(page, response.error);
        return;
    }
    // The page stays in flight while it is read, so that the list cannot end before it.
    struct Read
    {
        std::optional<PageRead> read;
        QString error;
    };
    std::weak_ptr<ScalewayPager> self = weak_from_this();
    runOffThread<Read>(
        m_context,
        [readPage = m_handlers.readPage, page, body = response.body] {
            Read out;
            out.read = readPage(page, body, &out.error);
            return out;
        },
        [self, page, status = response.status](const Read& out) {
            if (auto pager = self.lock())
                pager->onRead(page, status, out.read, out.error);
        });
}

void ScalewayPager::onRead(int page, int status, const std::optional<PageRead>& read,
                           const QString& error)
{
    if (m_over)
        return;
    m_inFlight.remove(page);
    if (!read) {
        fail(page, {ProviderError::Kind::BadResponse, status, error, {}});
        return;
    }
    const int pagesNeeded =
        int((qint64(read->totalCount) + scaleway::PageSize - 1) / scaleway::PageSize);
    const int maxPages = m_http ? std::max(1, m_http->maxListPages()) : 1;
    if (pagesNeeded > maxPages) {
        abort();
        m_handlers.finished(pagingDidNotEnd(u"Scaleway"_s, m_what, maxPages));
        return;
    }
    if (read->items == 0 && page < std::max(m_pageCount, pagesNeeded)) {
        abort();
        m_handlers.finished(listIncomplete(
            u"Scaleway"_s, m_what,
            QCoreApplication::translate("kw::ScalewayProvider",
                                        "page %1 is empty although %2 were announced.")
                .arg(page)
                .arg(std::max(m_maxTotal, read->totalCount))));
        return;
    }
    if (read->keep)
        read->keep();
    m_items += read->items;
    m_maxTotal = std::max(m_maxTotal, read->totalCount);
    m_pageCount = std::max({m_pageCount, pagesNeeded, page});
    ++m_pagesDone;
    if (m_handlers.progress)
        m_handlers.progress(m_pagesDone, m_pageCount);
    requestMore();
}

void ScalewayPager::fail(int page, ProviderError error)
{
    // The survivors' answers are of no use any more.
    abort();
    if (m_pageCount > 1 && error.kind != ProviderError::Kind::Cancelled) {
        error.message = QCoreApplication::translate("kw::ScalewayProvider",
                                                    "Page %1 of %2 of the %3 failed: %4")
                            .arg(page)
                            .arg(m_pageCount)
                            .arg(m_what, error.plainMessage());
    }
    m_handlers.finished(error);
}

std::shared_ptr<ScalewayListGroup> ScalewayListGroup::start(HttpClient& http,
                                                            const QObject* context,
                                                            const PageUrl& pageUrl,
                                                            const QList<List>& lists, Done done)
{
    std::shared_ptr<ScalewayListGroup> group(new ScalewayListGroup(std::move(done)));
    group->m_slots.resize(std::size_t(lists.size()));
    group->m_pending = group->m_slots.size();
    const std::weak_ptr<ScalewayListGroup> weak = group;
    for (std::size_t index = 0; index < group->m_slots.size(); ++index) {
        const List& list = lists.at(qsizetype(index));
        ScalewayPager::Handlers handlers;
        handlers.pageUrl = [pageUrl, path = list.path](int page) { return pageUrl(path, page); };
        handlers.readPage = [weak, index, parse = list.parse](
                                int page, const QByteArray& body,
                                QString* error) -> std::optional<ScalewayPager::PageRead> {
            auto read = parse(body, error);
            if (!read)
                return std::nullopt;
            auto items = std::make_shared<QList<Bearer>>(std::move(read->items));
            return ScalewayPager::PageRead{
                int(items->size()), read->totalCount, [weak, index, page, items] {
                    if (auto self = weak.lock())
                        self->m_slots[index].pages.insert(page, std::move(*items));
                }};
        };
        handlers.finished = [weak, index](const ProviderError& error) {
            if (auto self = weak.lock())
                self->listFinished(index, error);
        };
        group->m_slots[index].pager =
            ScalewayPager::start(http, context, std::move(handlers), list.what);
    }
    return group;
}

void ScalewayListGroup::abort()
{
    m_over = true;
    for (const Slot& slot : m_slots) {
        if (slot.pager)
            slot.pager->abort();
    }
}

void ScalewayListGroup::listFinished(std::size_t index, const ProviderError& error)
{
    if (m_over)
        return;
    m_slots[index].error = error;
    if (--m_pending > 0)
        return;
    m_over = true;
    QList<Outcome> outcomes;
    for (const Slot& slot : m_slots) {
        Outcome outcome;
        outcome.error = slot.error;
        if (slot.error.ok()) {
            for (const QList<Bearer>& page : slot.pages)
                outcome.items << page;
        }
        outcomes << std::move(outcome);
    }
    m_done(outcomes);
}

} // namespace kw

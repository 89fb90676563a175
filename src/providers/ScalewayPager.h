#pragma once

#include "HttpClient.h"
#include "ScalewayJson.h"

#include <QMap>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace kw {

// Fetches every page of a Scaleway list (providers.md A.3): page 1 first; once its total_count
// is known, the remaining pages concurrently, each read off the GUI thread (runOffThread), up to
// MaxParallelPages fetched or being read at a time so that a long list does not queue
// requests behind each other until they time out. A later page that reports a larger total
// extends the fetch. The first page that fails ends the whole fetch and abandons the others: a
// list with a hole in it would look complete. For the same reason a list that cannot be
// complete is an error: a page inside the announced range that comes back empty, fewer items
// over all pages than the largest total_count announced, or more pages announced than the
// client's maxListPages() (a total_count that lies would otherwise keep it paging).
class ScalewayPager : public std::enable_shared_from_this<ScalewayPager>
{
public:
    static constexpr int MaxParallelPages = 6;

    struct PageRead
    {
        int items = 0;
        int totalCount = 0;
        // Keeps the page's items; called on the pager's thread once the page is accepted.
        std::function<void()> keep;
    };

    struct Handlers
    {
        std::function<QUrl(int page)> pageUrl;
        // Reads a page on a worker thread (so it must touch nothing but its own copies): how many
        // items it holds, the total_count it reports and how to keep its items, or nullopt (with
        // *error set) when the page cannot be read.
        std::function<std::optional<PageRead>(int page, const QByteArray& body, QString* error)>
            readPage;
        std::function<void(int pagesDone, int pagesTotal)> progress; // optional
        // Called once: ok() when every page arrived. Not called after abort().
        std::function<void(const ProviderError& error)> finished;
    };

    // what: the list's name in an error, e.g. "API keys". Requests are tied to context: when it
    // is destroyed they are dropped and nothing more is called.
    static std::shared_ptr<ScalewayPager> start(HttpClient& http, const QObject* context,
                                                Handlers handlers, QString what);
    void abort();

    int pageCount() const { return m_pageCount; }

private:
    ScalewayPager(HttpClient& http, const QObject* context, Handlers handlers, QString what);
    void request(int page);
    void onPage(int page, const HttpResponse& response);
    void onRead(int page, int status, const std::optional<PageRead>& read, const QString& error);
    void requestMore();
    void fail(int page, ProviderError error);

    QPointer<HttpClient> m_http;
    const QObject* m_context;
    Handlers m_handlers;
    QString m_what;
    QMap<int, std::function<void()>> m_inFlight; // page → abort, until the page is read
    int m_nextPage = 1;
    int m_pageCount = 1; // known once page 1 has arrived
    int m_pagesDone = 0;
    qint64 m_items = 0; // over all pages read
    int m_maxTotal = 0; // the largest total_count announced
    bool m_over = false;
};

// Several lists of people and things (users, applications, projects) read side by side, each
// every page with a ScalewayPager. done runs once, after the last list has finished, with each
// list's items in page order and its error, in the order the lists were given: the caller
// decides which failures matter (a list of names that could not be read only costs the names).
// The caller keeps the group alive (e.g. in the reply's abort handler); abort() ends every list
// and done is not called.
class ScalewayListGroup : public std::enable_shared_from_this<ScalewayListGroup>
{
public:
    using Parse =
        std::function<std::optional<scaleway::Page<Bearer>>(const QByteArray&, QString* error)>;
    struct List
    {
        QString path;
        Parse parse;
        QString what; // the list's name in an error, e.g. "users"
    };
    struct Outcome
    {
        QList<Bearer> items;
        ProviderError error;
    };
    using PageUrl = std::function<QUrl(const QString& path, int page)>;
    using Done = std::function<void(const QList<Outcome>& outcomes)>;

    static std::shared_ptr<ScalewayListGroup> start(HttpClient& http, const QObject* context,
                                                    const PageUrl& pageUrl,
                                                    const QList<List>& lists, Done done);
    void abort();
    bool isOver() const { return m_over; }

private:
    explicit ScalewayListGroup(Done done) : m_done(std::move(done)) {}
    void listFinished(std::size_t index, const ProviderError& error);

    struct Slot
    {
        QMap<int, QList<Bearer>> pages;
        ProviderError error;
        std::shared_ptr<ScalewayPager> pager;
    };
    std::vector<Slot> m_slots;
    Done m_done;
    std::size_t m_pending = 0;
    bool m_over = false;
};

} // namespace kw

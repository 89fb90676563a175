#include "ProviderCalls.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace kw {

ProviderReply* failedReply(ProviderError error)
{
    auto* reply = new ProviderReply;
    reply->finish(std::move(error));
    return reply;
}

void sendFor(ProviderReply* reply, HttpClient& http, const HttpRequest& request,
             std::function<void(const HttpResponse&)> onSuccess)
{
    reply->setAbortHandler(http.send(
        request,
        [reply, onSuccess = std::move(onSuccess)](const HttpResponse& response) {
            if (!response.error.ok())
                reply->finish(response.error);
            else
                onSuccess(response);
        },
        reply));
}

QString loadAccountCa(HttpClient& http, const Account& account)
{
    if (account.caFile.isEmpty())
        return {};
    QString error;
    if (!http.loadCaFile(account.caFile, &error))
        return error;
    return {};
}

QUrl joinedUrl(const QUrl& endpoint, const QString& path)
{
    QUrl url = endpoint;
    QString base = url.path(QUrl::FullyEncoded);
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path, QUrl::TolerantMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QUrl accountUrl(const Account& account, const QString& defaultEndpoint, const QString& path)
{
    const QUrl& endpoint = account.endpoint;
    return joinedUrl(
        endpoint.isValid() && !endpoint.host().isEmpty() ? endpoint : QUrl(defaultEndpoint), path);
}

bool createOutcomeUnknown(const ProviderError& error)
{
    using Kind = ProviderError::Kind;
    return error.kind == Kind::Network || error.kind == Kind::Timeout ||
           error.kind == Kind::Server || error.kind == Kind::BadResponse;
}

QString createMayHaveHappenedHint()
{
    return QCoreApplication::translate(
        "kw::ProviderCalls",
        "The key may have been created anyway: refresh the list before trying again.");
}

void noteCreateMayHaveHappened(ProviderError& error)
{
    if (createOutcomeUnknown(error))
        appendDetail(error, createMayHaveHappenedHint());
}

void sendCreateFor(ProviderReply* reply, HttpClient& http, const HttpRequest& request,
                   CreatedKeyReader readKey)
{
    reply->setAbortHandler(http.send(
        request,
        [reply, readKey = std::move(readKey)](const HttpResponse& response) {
            if (!response.error.ok()) {
                ProviderError error = response.error;
                noteCreateMayHaveHappened(error);
                reply->finish(std::move(error));
                return;
            }
            QString error;
            std::optional<CreatedKey> created = readKey(response, &error);
            if (!created) {
                reply->finish({ProviderError::Kind::BadResponse, response.status, error,
                               createMayHaveHappenedHint()});
                return;
            }
            reply->setCreated(std::move(*created));
            reply->finish();
        },
        reply));
}

bool deletedByEarlierAttempt(const HttpResponse& response)
{
    return response.status == 404 && response.attempts > 1;
}

ProviderError goneAfterRetry(const HttpResponse& response)
{
    // Probably deleted by the attempt whose answer was lost, but a 404 alone proves nothing
    // (a wrong owner, a wrong id): NotFound, which the console confirms with a fresh list.
    ProviderError error = response.error;
    error.kind = ProviderError::Kind::NotFound;
    error.httpStatus = 404;
    error.detail = QCoreApplication::translate(
        "kw::ProviderCalls", "An earlier attempt's answer was lost; it may have deleted the key.");
    return error;
}

void sendDeleteFor(ProviderReply* reply, HttpClient& http, const HttpRequest& request,
                   std::function<void(const HttpResponse&)> onDeleted)
{
    reply->setAbortHandler(http.send(
        request,
        [reply, onDeleted = std::move(onDeleted)](const HttpResponse& response) {
            if (deletedByEarlierAttempt(response))
                reply->finish(goneAfterRetry(response));
            else if (!response.error.ok())
                reply->finish(response.error);
            else if (onDeleted)
                onDeleted(response);
            else
                reply->finish();
        },
        reply));
}

void appendDetail(ProviderError& error, const QString& more)
{
    error.detail = error.detail.isEmpty() ? more : error.detail + u' ' + more;
}

void armListDeadline(ProviderReply* reply, const HttpClient& http, const QString& provider,
                     const QString& what)
{
    const int ms = std::max(1, http.listDeadlineMs());
    QTimer::singleShot(ms, reply, [reply, ms, provider, what] {
        reply->abortWith(
            {ProviderError::Kind::Timeout, 0,
             QCoreApplication::translate("kw::ProviderCalls",
                                         "Reading the %1 from %2 did not finish within %3 s; it "
                                         "was stopped.")
                 .arg(what, provider)
                 .arg((ms + 999) / 1000),
             QCoreApplication::translate("kw::ProviderCalls",
                                         "The list is not shown, because it could be "
                                         "incomplete. Try again later.")});
    });
}

ProviderError pagingDidNotEnd(const QString& provider, const QString& what, int pages)
{
    return {ProviderError::Kind::BadResponse, 0,
            QCoreApplication::translate("kw::ProviderCalls",
                                        "%1's paging of the %2 did not end within %3 pages, "
                                        "so the list was stopped.")
                .arg(provider, what)
                .arg(pages),
            QCoreApplication::translate("kw::ProviderCalls",
                                        "The list is not shown, because it would be incomplete.")};
}

ProviderError listIncomplete(const QString& provider, const QString& what, const QString& why)
{
    return {
        ProviderError::Kind::BadResponse, 0,
        QCoreApplication::translate("kw::ProviderCalls", "The %1 from %2 came back incomplete: %3")
            .arg(what, provider, why),
        QCoreApplication::translate("kw::ProviderCalls",
                                    "The list is not shown, because entries would be "
                                    "missing. Refresh to try again.")};
}

namespace {

class Bounded : public std::enable_shared_from_this<Bounded>
{
public:
    using Task = std::function<void(int index, std::function<void()> done)>;
    Bounded(ProviderReply* reply, int count, int cap, Task task, std::function<void()> allDone)
        : m_reply(reply), m_count(count), m_cap(std::max(1, cap)), m_task(std::move(task)),
          m_allDone(std::move(allDone))
    {}

    void startMore()
    {
        while (m_reply && !m_reply->isOver() && m_running < m_cap && m_next < m_count) {
            ++m_running;
            const int index = m_next++;
            m_task(index, [self = shared_from_this()] { self->taskDone(); });
        }
        if (m_done == m_count && m_allDone && m_reply && !m_reply->isOver())
            std::exchange(m_allDone, nullptr)();
    }

private:
    void taskDone()
    {
        --m_running;
        ++m_done;
        startMore();
    }

    QPointer<ProviderReply> m_reply;
    int m_count;
    int m_cap;
    Task m_task;
    std::function<void()> m_allDone;
    int m_next = 0;
    int m_running = 0;
    int m_done = 0;
};

} // namespace

void runBounded(ProviderReply* reply, int count, int cap,
                std::function<void(int index, std::function<void()> done)> task,
                std::function<void()> allDone)
{
    std::make_shared<Bounded>(reply, count, cap, std::move(task), std::move(allDone))->startMore();
}

} // namespace kw

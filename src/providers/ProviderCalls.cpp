#include "ProviderCalls.h"

#include <QCoreApplication>

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

bool deletedByEarlierAttempt(const HttpResponse& response)
{
    return response.status == 404 && response.attempts > 1;
}

void appendDetail(ProviderError& error, const QString& more)
{
    error.detail = error.detail.isEmpty() ? more : error.detail + u' ' + more;
}

} // namespace kw

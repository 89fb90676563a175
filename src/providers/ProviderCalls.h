#pragma once

#include "HttpClient.h"
#include "ProviderReply.h"
#include "core/Account.h"

#include <QString>
#include <QUrl>
#include <functional>
#include <optional>

// What every provider client does around HttpClient, in one place: replies that fail before
// anything is sent, sending on behalf of a reply, the account's CA file, the endpoint's base
// path, and what to say when a create may have happened although its answer was lost.
namespace kw {

// A reply that finishes with error (from the event loop, as every reply does).
ProviderReply* failedReply(ProviderError error);

// Sends request for reply: an HTTP or transport error finishes the reply with it; a success is
// handed to onSuccess, which finishes the reply. Aborting the reply aborts the request.
void sendFor(ProviderReply* reply, HttpClient& http, const HttpRequest& request,
             std::function<void(const HttpResponse&)> onSuccess);

// Loads the account's extra CA file, if it names one, into http. Returns why it cannot be used,
// or an empty string.
QString loadAccountCa(HttpClient& http, const Account& account);

// endpoint + path, keeping a base path the endpoint has (https://host/base + /v1/x →
// https://host/base/v1/x), without the endpoint's query and fragment.
QUrl joinedUrl(const QUrl& endpoint, const QString& path);
// joinedUrl on the account's endpoint, or on defaultEndpoint when the account names no host.
QUrl accountUrl(const Account& account, const QString& defaultEndpoint, const QString& path);

// After a create that failed this way the server may still have made the key: a timeout, a
// dropped connection, a 5xx or an answer that could not be read.
bool createOutcomeUnknown(const ProviderError& error);
QString createMayHaveHappenedHint(); // "The key may have been created anyway: refresh …"
// Adds the hint to error's detail when the outcome is unknown.
void noteCreateMayHaveHappened(ProviderError& error);

// Reads the created key (and its secret) out of a successful create answer; nullopt with *error
// set only when no secret can be read. A secret without an id comes back with an empty key.id
// (the reply then finishes ok: the secret is the only copy, and the caller looks the id up).
using CreatedKeyReader =
    std::function<std::optional<CreatedKey>(const HttpResponse& response, QString* error)>;
// sendFor for a create: a failure, or an answer readKey cannot read, finishes the reply with the
// may-have-been-created hint where the key may exist; a key read finishes it with the key.
void sendCreateFor(ProviderReply* reply, HttpClient& http, const HttpRequest& request,
                   CreatedKeyReader readKey);

// A retried DELETE that finds nothing: an earlier attempt whose answer was lost probably did
// the work.
bool deletedByEarlierAttempt(const HttpResponse& response);
// What such a retry reports: Kind::NotFound with a note, never success (see AppController's
// confirmation of a 404 against a fresh list).
ProviderError goneAfterRetry(const HttpResponse& response);
// sendFor for a DELETE, where a retry that finds nothing (deletedByEarlierAttempt) finishes the
// reply with goneAfterRetry. onDeleted, when given, checks a successful answer and finishes the
// reply.
void sendDeleteFor(ProviderReply* reply, HttpClient& http, const HttpRequest& request,
                   std::function<void(const HttpResponse&)> onDeleted = {});

void appendDetail(ProviderError& error, const QString& more);

// A list that takes several requests (pages, one call per user) is bounded as a whole: when
// http.listDeadlineMs() has passed and reply has not finished, the work in flight is aborted and
// reply finishes with Kind::Timeout. what names the list ("the API keys").
void armListDeadline(ProviderReply* reply, const HttpClient& http, const QString& provider,
                     const QString& what);
// Kind::BadResponse: the provider's paging did not end within pages pages (a total_count that
// lies, a marker or offset that never ends), so the list was stopped.
ProviderError pagingDidNotEnd(const QString& provider, const QString& what, int pages);
// Kind::BadResponse: the pages arrived but cannot make a complete list (why says what is
// missing). A list that could be partial is never reported as a success.
ProviderError listIncomplete(const QString& provider, const QString& what, const QString& why);

// Runs count tasks for reply, at most cap at once, in index order: task(index, done) sends its
// requests and calls done() once it has what it needs (the caller keeps the results by index, so
// their order is stable however the answers arrive). allDone runs once every task has called
// done. A task that fails finishes reply with its error instead; then no task starts any more
// and allDone is not called. Each request a task sends for reply should be abortable through
// reply->addAbortHandler, so that aborting reply, or its failing, ends the others in flight.
void runBounded(ProviderReply* reply, int count, int cap,
                std::function<void(int index, std::function<void()> done)> task,
                std::function<void()> allDone);

} // namespace kw

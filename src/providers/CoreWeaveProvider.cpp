#include "CoreWeaveProvider.h"

#include "CoreWeaveJson.h"
#include "OffThread.h"
#include "ProviderCalls.h"
#include "core/Clock.h"

#include <QCoreApplication>
#include <QSet>
#include <QUrlQuery>
#include <algorithm>
#include <cmath>

namespace kw {

using namespace Qt::StringLiterals;

namespace {

using Kind = ProviderError::Kind;

const char* const PathKeys = "/v1/cwobject/access-key";
const char* const PathRevoke = "/v1/cwobject/revoke-access-key/access-key";
const char* const PathStatus = "/v1/cwobject/access-key-status";

Capabilities makeCapabilities()
{
    Capabilities c;
    c.providerId = u"coreweave"_s;
    c.providerName = u"CoreWeave"_s;
    c.defaultEndpoint = QUrl(u"https://api.coreweave.com"_s);
    c.name = Capabilities::NameField::Optional; // attributes.name
    c.description = false;
    c.createdTime = false; // AccessKeyInfo has no creation time
    c.expiry = Capabilities::Expiry::Duration;
    c.maxDurationSeconds = coreweave::MaxDurationSeconds;
    c.durationPresets = {0, 3600, coreweave::MaxDurationSeconds};
    c.editName = false;
    c.disable = false;
    c.disablePrincipal = true;
    c.revoke = true;
    c.verify = true;
    c.s3Verify = true;
    c.defaultS3Endpoint = QUrl(CoreWeaveProvider::defaultS3Endpoint());
    // No default zone: a key signed for the wrong zone fails, so the user picks the account's.
    // Examples of CoreWeave availability zones, offered as choices; any other may be typed.
    c.knownS3Regions = {u"US-EAST-04A"_s, u"US-EAST-06A"_s, u"US-WEST-09B"_s};
    c.s3RegionIsZone = true;
    c.credentialForm = Capabilities::CredentialForm::S3Pair;
    c.secretShownOnce = true;
    c.cannotEditHint = QCoreApplication::translate(
        "kw::CoreWeaveProvider", "CoreWeave keys cannot be renamed or edited; rotate instead");
    return c;
}

} // namespace

struct CoreWeaveProvider::Listing
{
    std::optional<KeyStatus> status;
    QDateTime now;
    QList<ApiKey> keys;
    QSet<QString> seen;
    qint64 offset = 0;
    int pages = 0;
    // The last key of the previous (full) page. The next page is asked for from that key's
    // offset, so it must come first again: when it does not, keys before it were removed
    // while the list was read and the offsets moved, which would skip a key unseen.
    QString anchor;
};

const Capabilities& CoreWeaveProvider::staticCapabilities()
{
    return once<&makeCapabilities>();
}

CoreWeaveProvider::CoreWeaveProvider(Account account, Secret token, QNetworkAccessManager* network,
                                     QObject* parent)
    : HttpKeyProvider(std::move(account), staticCapabilities(), network,
                      &CoreWeaveProvider::parseErrorBody, parent)
{
    http().setAuthorization("Authorization", "Bearer", std::move(token));
}

CoreWeaveProvider::~CoreWeaveProvider() = default;

QString CoreWeaveProvider::parseErrorBody(int, const QByteArray& body, QString* detail)
{
    return coreweave::parseErrorBody(body, detail);
}

ProviderReply* CoreWeaveProvider::listKeys()
{
    return startListing(std::nullopt);
}

ProviderReply* CoreWeaveProvider::listKeysWithStatus(KeyStatus status)
{
    if (status != KeyStatus::Active && status != KeyStatus::Suspended)
        return failedReply({Kind::Validation,
                            0,
                            tr("CoreWeave lists keys by status only as active or suspended."),
                            {}});
    return startListing(status);
}

ProviderReply* CoreWeaveProvider::startListing(std::optional<KeyStatus> status)
{
    if (ProviderReply* refused = refusal())
        return refused;
    auto* reply = new ProviderReply;
    auto listing = std::make_shared<Listing>();
    listing->status = status;
    listing->now = Clock::app().nowUtc();
    fetchPage(reply, std::move(listing));
    armListDeadline(reply, http(), u"CoreWeave"_s, tr("access keys"));
    return reply;
}

void CoreWeaveProvider::fetchPage(ProviderReply* reply, std::shared_ptr<Listing> listing)
{
    HttpRequest request;
    request.url = endpointUrl(QString::fromLatin1(PathKeys));
    QUrlQuery query;
    query.addQueryItem(u"offset"_s, QString::number(listing->offset));
    query.addQueryItem(u"limit"_s, QString::number(coreweave::PageLimit));
    if (listing->status)
        query.addQueryItem(u"status"_s, QString::fromLatin1(coreweave::statusWireName(
                                            *listing->status == KeyStatus::Active)));
    request.url.setQuery(query);
    // The HTTP client outlives none of its callbacks: `this` is alive whenever one succeeds. The
    // page (up to 1 000 keys) is read on the thread pool; the reply's own thread takes it from
    // there.
    sendFor(reply, http(), request, [this, reply, listing](const HttpResponse& response) {
        readOffThread<QList<ApiKey>>(
            reply, this, response, false,
            [now = listing->now](const QByteArray& body, QString* error) {
                return coreweave::parseKeyPage(body, now, error);
            },
            [this, reply, listing, status = response.status](const QList<ApiKey>& page) {
                takePage(reply, listing, page, status);
            });
    });
}

void CoreWeaveProvider::takePage(ProviderReply* reply, const std::shared_ptr<Listing>& listing,
                                 QList<ApiKey> page, int status)
{
    if (page.size() > coreweave::PageLimit) {
        reply->finish(listIncomplete(
            u"CoreWeave"_s, tr("access keys"),
            tr("a page held %1 keys where at most %2 were asked for, so the pages cannot be "
               "told apart.")
                .arg(page.size())
                .arg(coreweave::PageLimit)));
        return;
    }
    if (!listing->anchor.isEmpty()) {
        const bool anchored = std::any_of(page.cbegin(), page.cend(), [&](const ApiKey& key) {
            return key.id == listing->anchor;
        });
        if (!anchored) {
            reply->finish(listIncomplete(
                u"CoreWeave"_s, tr("access keys"),
                tr("keys were removed while the list was read, so the pages moved and a key "
                   "could have been skipped.")));
            return;
        }
    }
    const QString lastId = page.isEmpty() ? QString() : page.last().id;
    int fresh = 0;
    for (ApiKey& key : page) {
        // Keys made or revoked while paging shift the offsets: count each key once.
        if (listing->seen.contains(key.id))
            continue;
        listing->seen.insert(key.id);
        listing->keys << std::move(key);
        ++fresh;
    }
    ++listing->pages;
    emit reply->progress(listing->pages, 0);
    if (page.size() < coreweave::PageLimit) {
        reply->setKeys(std::move(listing->keys));
        reply->finish();
        return;
    }
    if (fresh == 0) { // a server that ignores the offset would keep us here forever
        reply->finish({Kind::BadResponse,
                       status,
                       tr("CoreWeave sent the same keys again for offset %1; the list "
                          "stopped there.")
                           .arg(listing->offset),
                       {}});
        return;
    }
    if (listing->pages >= std::max(1, http().maxListPages())) {
        reply->finish(pagingDidNotEnd(u"CoreWeave"_s, tr("access keys"), listing->pages));
        return;
    }
    listing->offset += page.size() - 1;
    listing->anchor = lastId;
    fetchPage(reply, listing);
}

ProviderReply* CoreWeaveProvider::createKey(const KeySpec& spec)
{
    qint64 duration = 0;
    if (spec.durationSeconds) {
        duration = *spec.durationSeconds;
    } else if (spec.expires) {
        const qint64 ms = Clock::app().nowUtc().msecsTo(*spec.expires);
        if (ms <= 0)
            return failedReply({Kind::Validation, 0, tr("The expiry date is in the past."), {}});
        duration = qint64(std::ceil(double(ms) / 1000.0));
    }
    if (duration < 0)
        return failedReply({Kind::Validation, 0, tr("A key's duration cannot be negative."), {}});
    if (duration > coreweave::MaxDurationSeconds)
        return failedReply({Kind::Validation, 0,
                            tr("Temporary CoreWeave keys last at most 12 hours (43 200 s)."),
                            tr("Choose a shorter duration, or a permanent key.")});
    if (ProviderReply* refused = refusal())
        return refused;

    const QString name = spec.name.trimmed();
    HttpRequest request;
    request.url = endpointUrl(QString::fromLatin1(PathKeys));
    request.body = coreweave::createKeyBody(name, duration);
    return sendCreate(request, [name, duration](const HttpResponse& response, QString* error) {
        return coreweave::parseCreatedKey(response.body, name, duration, Clock::app().nowUtc(),
                                          error);
    });
}

ProviderReply* CoreWeaveProvider::revokeKey(const ApiKey& key)
{
    const QString id = key.id.trimmed();
    if (id.isEmpty())
        return failedReply({Kind::Validation, 0, tr("The key has no access key id."), {}});
    if (ProviderReply* refused = refusal())
        return refused;
    HttpRequest request;
    request.method = "POST";
    request.url = endpointUrl(QString::fromLatin1(PathRevoke));
    request.body = coreweave::revokeKeyBody(id);
    request.idempotent = false; // a POST: a resend after a lost answer would read as not found
    return send(request, [](ProviderReply* reply, const HttpResponse&) { reply->finish(); });
}

ProviderReply* CoreWeaveProvider::setPrincipalActive(const QString& principal, bool active)
{
    const QString name = principal.trimmed();
    if (name.isEmpty())
        return failedReply(
            {Kind::Validation, 0, tr("The keys have no principal to suspend or reactivate."), {}});
    if (ProviderReply* refused = refusal())
        return refused;
    HttpRequest request;
    request.method = "PUT";
    request.url = endpointUrl(QString::fromLatin1(PathStatus));
    request.body = coreweave::principalStatusBody(name, active);
    request.idempotent = true; // setting a status twice leaves the same status
    return send(request, [](ProviderReply* reply, const HttpResponse&) { reply->finish(); });
}

ProviderReply* CoreWeaveProvider::testAccount()
{
    if (ProviderReply* refused = refusal())
        return refused;
    HttpRequest request;
    request.url = endpointUrl(QString::fromLatin1(PathKeys));
    request.url.setQuery(u"limit=1"_s);
    return send(request, [](ProviderReply* reply, const HttpResponse& response) {
        // A 200 from something else than the API (a wrong endpoint) must not pass as working.
        QString error;
        if (!coreweave::parseKeyPage(response.body, Clock::app().nowUtc(), &error))
            reply->finish({Kind::BadResponse, response.status, error, {}});
        else
            reply->finish();
    });
}

} // namespace kw

#include "ScalewayProvider.h"

#include "ProviderCalls.h"
#include "ScalewayJson.h"
#include "ScalewayPager.h"
#include "core/Clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace kw {

namespace {

using Kind = ProviderError::Kind;

QString tr(const char* text)
{
    return QCoreApplication::translate("kw::ScalewayProvider", text);
}

Capabilities makeCapabilities()
{
    Capabilities c;
    c.providerId = u"scaleway"_s;
    c.providerName = u"Scaleway"_s;
    c.defaultEndpoint = QUrl(u"https://api.scaleway.com"_s);
    c.name = Capabilities::NameField::None; // the description is the key's label
    c.description = true;
    c.descriptionMaxLength = scaleway::MaxDescriptionLength;
    c.expiry = Capabilities::Expiry::Date;
    c.bearer = true;
    c.project = true;
    c.editDescription = true;
    c.editProject = true;
    c.editExpiry = true;
    c.disable = false;
    c.revoke = true;
    c.verify = true;
    c.s3Verify = true;
    c.s3EndpointTemplate = u"https://s3.{region}.scw.cloud"_s;
    c.defaultS3Region = u"fr-par"_s;
    c.knownS3Regions = {u"fr-par"_s, u"nl-ams"_s, u"pl-waw"_s};
    c.secretShownOnce = true;
    c.credentialForm = Capabilities::CredentialForm::ScalewayPair;
    c.cannotDisableHint =
        tr("Scaleway keys cannot be disabled; delete the key or shorten its expiry");
    return c;
}

std::optional<ProviderError> checkDescription(const QString& description)
{
    const int length = scaleway::descriptionLength(description.trimmed());
    if (length <= scaleway::MaxDescriptionLength)
        return std::nullopt;
    return ProviderError{Kind::Validation, 0,
                         tr("description: %1 characters; Scaleway allows at most %2.")
                             .arg(length)
                             .arg(scaleway::MaxDescriptionLength),
                         tr("Shorten the description.")};
}

std::optional<ProviderError> checkProject(const QString& projectId)
{
    const QString id = projectId.trimmed();
    if (id.isEmpty() || scaleway::isUuid(id))
        return std::nullopt;
    return ProviderError{Kind::Validation, 0,
                         tr("default_project_id: “%1” is not a project id.").arg(id),
                         tr("A Scaleway project id is a UUID, e.g. "
                            "a1b2c3d4-0000-4000-8000-000000000000.")};
}

std::optional<ProviderError> checkExpiry(const std::optional<QDateTime>& expires,
                                         const QDateTime& now)
{
    if (!expires)
        return std::nullopt;
    if (!expires->isValid())
        return ProviderError{Kind::Validation, 0, tr("expires_at: the date is not valid."), {}};
    if (*expires <= now)
        return ProviderError{
            Kind::Validation, 0, tr("expires_at: the date must be in the future."), {}};
    return std::nullopt;
}

std::optional<ProviderError> checkBearer(const KeySpec& spec)
{
    const QString type = spec.bearerType.trimmed();
    const QString id = spec.bearerId.trimmed();
    if ((type != u"user" && type != u"application") || id.isEmpty())
        return ProviderError{Kind::Validation, 0,
                             tr("Choose who the key belongs to: exactly one user or one "
                                "application (user_id or application_id)."),
                             tr("You can create keys for yourself and for IAM applications.")};
    if (!scaleway::isUuid(id))
        return ProviderError{Kind::Validation,
                             0,
                             tr("%1: “%2” is not a Scaleway id.")
                                 .arg(type == u"user" ? u"user_id"_s : u"application_id"_s, id),
                             {}};
    return std::nullopt;
}

// How long a finished key list waits for the names of its owners and projects.
constexpr int NamesGraceMs = 5000;

// A key created or deleted while the pages were read can shift one across a page boundary:
// keep each key once.
QList<ApiKey> uniqueKeys(const QMap<int, QList<ApiKey>>& pages)
{
    QList<ApiKey> keys;
    QSet<QString> seen;
    for (const QList<ApiKey>& page : pages) {
        for (const ApiKey& key : page) {
            if (!seen.contains(key.id)) {
                seen.insert(key.id);
                keys << key;
            }
        }
    }
    return keys;
}

// Owners and projects by name, where the name is known; the ids stay as they are.
QList<ApiKey> withNames(QList<ApiKey> keys, const QList<Bearer>& names)
{
    QHash<QString, QString> owners;
    QHash<QString, QString> projects;
    for (const Bearer& named : names) {
        if (named.label.isEmpty() || named.label == named.id)
            continue;
        (named.type == u"project" ? projects : owners).insert(named.id.toLower(), named.label);
    }
    for (ApiKey& key : keys) {
        key.principalName = owners.value(key.principal.toLower());
        key.projectName = projects.value(key.projectId.toLower());
    }
    return keys;
}

} // namespace

const Capabilities& ScalewayProvider::staticCapabilities()
{
    return once<&makeCapabilities>();
}

ScalewayProvider::ScalewayProvider(Account account, Secret token, QNetworkAccessManager* network,
                                   QObject* parent)
    : HttpKeyProvider(std::move(account), staticCapabilities(), network,
                      &ScalewayProvider::parseErrorBody, parent)
{
    http().setAuthorization("X-Auth-Token", QByteArray(), std::move(token));
}

QString ScalewayProvider::parseErrorBody(int, const QByteArray& body, QString* detail)
{
    return scaleway::parseErrorBody(body, detail);
}

QUrl ScalewayProvider::pageUrl(const QString& path, int page) const
{
    return listUrl(path, page, scaleway::PageSize);
}

QUrl ScalewayProvider::listUrl(const QString& path, int page, int pageSize) const
{
    QUrl url = endpointUrl(path);
    QUrlQuery query;
    query.addQueryItem(u"page"_s, QString::number(page));
    query.addQueryItem(u"page_size"_s, QString::number(pageSize));
    query.addQueryItem(u"order_by"_s, u"created_at_asc"_s);
    if (!account().organizationId.trimmed().isEmpty())
        query.addQueryItem(u"organization_id"_s, QString::fromLatin1(QUrl::toPercentEncoding(
                                                     account().organizationId.trimmed())));
    url.setQuery(query);
    return url;
}

QUrl ScalewayProvider::keyUrl(const QString& accessKey) const
{
    return endpointUrl(u"/iam/v1alpha1/api-keys/"_s +
                       QString::fromLatin1(QUrl::toPercentEncoding(accessKey.trimmed())));
}

ProviderReply* ScalewayProvider::listKeys()
{
    if (ProviderReply* refused = refusal())
        return refused;
    auto* reply = new ProviderReply;
    const QDateTime now = Clock::app().nowUtc();
    // The keys, then the names of their owners and projects: read once per list, not once per
    // key. Without the names the keys still show, by id.
    struct Shared
    {
        QMap<int, QList<ApiKey>> pages;
        std::optional<QList<ApiKey>> keys; // once every page is in
        std::optional<QList<Bearer>> names;
        std::shared_ptr<ScalewayPager> pager;
        std::shared_ptr<ScalewayListGroup> directory;
    };
    auto shared = std::make_shared<Shared>();
    const auto finishWhenBoth = [reply](Shared& state) {
        if (!state.keys || !state.names)
            return;
        reply->setKeys(withNames(std::move(*state.keys), *state.names));
        reply->finish();
    };
    ScalewayPager::Handlers handlers;
    handlers.pageUrl = [this](int page) {
        return listUrl(u"/iam/v1alpha1/api-keys"_s, page, scaleway::PageSize);
    };
    handlers.readPage = [weak = std::weak_ptr<Shared>(shared),
                         now](int page, const QByteArray& body,
                              QString* error) -> std::optional<ScalewayPager::PageRead> {
        auto read = scaleway::parseKeyPage(body, now, error);
        if (!read)
            return std::nullopt;
        auto items = std::make_shared<QList<ApiKey>>(std::move(read->items));
        return ScalewayPager::PageRead{int(items->size()), read->totalCount, [weak, page, items] {
                                           if (auto state = weak.lock())
                                               state->pages.insert(page, std::move(*items));
                                       }};
    };
    handlers.progress = [reply](int done, int total) { emit reply->progress(done, total); };
    handlers.finished = [this, reply, weak = std::weak_ptr<Shared>(shared),
                         finishWhenBoth](const ProviderError& error) {
        auto state = weak.lock();
        if (!state)
            return;
        if (!error.ok()) {
            reply->finish(error);
            return;
        }
        state->keys = uniqueKeys(state->pages);
        // Then the names, once the keys are in (a list that failed needs none).
        state->directory =
            startDirectory(reply, [weak, finishWhenBoth](const QList<Bearer>& names) {
                if (auto named = weak.lock()) {
                    named->names = names;
                    finishWhenBoth(*named);
                }
            });
        // Names that are slow to come do not hold the keys back for long.
        QTimer::singleShot(NamesGraceMs, reply, [weak, finishWhenBoth] {
            if (auto late = weak.lock(); late && !late->names) {
                late->directory->abort();
                late->names = QList<Bearer>();
                finishWhenBoth(*late);
            }
        });
    };
    shared->pager = ScalewayPager::start(http(), reply, std::move(handlers), tr("API keys"));
    reply->setAbortHandler([shared] {
        shared->pager->abort();
        if (shared->directory)
            shared->directory->abort();
    });
    armListDeadline(reply, http(), u"Scaleway"_s, tr("API keys"));
    return reply;
}

std::shared_ptr<ScalewayListGroup>
ScalewayProvider::startDirectory(ProviderReply* reply,
                                 std::function<void(const QList<Bearer>&)> done)
{
    const QList<ScalewayListGroup::List> lists{
        {u"/iam/v1alpha1/users"_s, &scaleway::parseUserPage, tr("users")},
        {u"/iam/v1alpha1/applications"_s, &scaleway::parseApplicationPage, tr("applications")},
        {u"/account/v3/projects"_s, &scaleway::parseProjectPage, tr("projects")},
    };
    return ScalewayListGroup::start(
        http(), reply, [this](const QString& path, int page) { return pageUrl(path, page); }, lists,
        [done = std::move(done)](const QList<ScalewayListGroup::Outcome>& outcomes) {
            // A list that failed costs only its names.
            QList<Bearer> names;
            for (const ScalewayListGroup::Outcome& outcome : outcomes)
                names << outcome.items;
            done(names);
        });
}

ProviderReply* ScalewayProvider::createKey(const KeySpec& requested)
{
    KeySpec spec = requested;
    spec.bearerType = spec.bearerType.trimmed();
    spec.bearerId = spec.bearerId.trimmed();
    spec.description = spec.description.trimmed();
    spec.projectId = spec.projectId.trimmed();
    const QDateTime now = Clock::app().nowUtc();
    for (const auto& problem : {checkBearer(spec), checkDescription(spec.description),
                                checkProject(spec.projectId), checkExpiry(spec.expires, now)}) {
        if (problem)
            return failedReply(*problem);
    }
    if (ProviderReply* refused = refusal())
        return refused;

    HttpRequest request;
    request.url = endpointUrl(u"/iam/v1alpha1/api-keys"_s);
    request.body = scaleway::createKeyBody(spec);
    return sendCreate(request, [spec](const HttpResponse& response, QString* error) {
        return scaleway::parseCreatedKey(response.body, Clock::app().nowUtc(), error, &spec);
    });
}

ProviderReply* ScalewayProvider::updateKey(const ApiKey& key, const KeyChange& change)
{
    if (key.id.trimmed().isEmpty())
        return failedReply({Kind::Validation, 0, tr("The key has no access key."), {}});
    if (change.name)
        return failedReply(
            {Kind::Validation, 0, tr("Scaleway keys have no name; change the description."), {}});
    if (change.active)
        return failedReply({Kind::Other, 0, capabilities().cannotDisableHint, {}});
    if (change.description) {
        if (auto problem = checkDescription(*change.description))
            return failedReply(*problem);
    }
    if (change.projectId) {
        if (auto problem = checkProject(*change.projectId))
            return failedReply(*problem);
    }
    if (change.expires) {
        // The API reads a null expires_at as "unchanged" (the SDK omits it): there is no way
        // back to "never".
        if (!*change.expires)
            return failedReply(
                {Kind::Validation, 0,
                 tr("expires_at: Scaleway cannot remove an expiry once it is set."),
                 tr("Choose a later date, or rotate the key to one without an expiry.")});
        if (auto problem = checkExpiry(*change.expires, Clock::app().nowUtc()))
            return failedReply(*problem);
    }
    if (ProviderReply* refused = refusal())
        return refused;
    auto* reply = new ProviderReply;
    if (change.isEmpty()) {
        reply->setKey(key);
        reply->finish();
        return reply;
    }
    HttpRequest request;
    request.method = "PATCH";
    request.url = keyUrl(key.id);
    request.body = scaleway::updateKeyBody(change);
    sendFor(reply, http(), request, [reply](const HttpResponse& response) {
        QString error;
        auto updated = scaleway::parseKey(response.body, Clock::app().nowUtc(), &error);
        if (!updated) {
            reply->finish({Kind::BadResponse, response.status, error,
                           tr("The change may have been made: refresh the list.")});
            return;
        }
        reply->setKey(std::move(*updated));
        reply->finish();
    });
    return reply;
}

ProviderReply* ScalewayProvider::revokeKey(const ApiKey& key)
{
    if (ProviderReply* refused = refusal(key, tr("The key has no access key.")))
        return refused;
    HttpRequest request;
    request.url = keyUrl(key.id);
    return sendDelete(request);
}

ProviderReply* ScalewayProvider::testAccount()
{
    if (ProviderReply* refused = refusal())
        return refused;
    HttpRequest request;
    request.url = listUrl(u"/iam/v1alpha1/api-keys"_s, 1, 1);
    return send(request, [](ProviderReply* reply, const HttpResponse& response) {
        QString error;
        if (!scaleway::parseKeyPage(response.body, Clock::app().nowUtc(), &error)) {
            reply->finish({Kind::BadResponse, response.status, error, {}});
            return;
        }
        reply->finish();
    });
}

ProviderReply* ScalewayProvider::listBearers()
{
    if (ProviderReply* refused = refusal())
        return refused;
    auto* reply = new ProviderReply;
    // Users and applications, the key's possible owners, and the projects it can default to;
    // without the projects the picker takes a typed project id.
    const QList<ScalewayListGroup::List> lists{
        {u"/iam/v1alpha1/users"_s, &scaleway::parseUserPage, tr("users")},
        {u"/iam/v1alpha1/applications"_s, &scaleway::parseApplicationPage, tr("applications")},
        {u"/account/v3/projects"_s, &scaleway::parseProjectPage, tr("projects")},
    };
    auto group = ScalewayListGroup::start(
        http(), reply, [this](const QString& path, int page) { return pageUrl(path, page); }, lists,
        [reply](const QList<ScalewayListGroup::Outcome>& outcomes) {
            QList<Bearer> bearers;
            for (qsizetype i = 0; i < outcomes.size(); ++i) {
                const bool needed = i < 2; // users and applications
                if (needed && !outcomes[i].error.ok()) {
                    reply->finish(outcomes[i].error);
                    return;
                }
                bearers << outcomes[i].items;
            }
            reply->setBearers(std::move(bearers));
            reply->finish();
        });
    reply->setAbortHandler([group] { group->abort(); });
    armListDeadline(reply, http(), u"Scaleway"_s, tr("users and applications"));
    return reply;
}

} // namespace kw

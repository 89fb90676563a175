#include "WasabiIamProvider.h"

#include "JsonHelpers.h"
#include "OffThread.h"
#include "ProviderCalls.h"
#include "SigV4.h"
#include "WasabiIamXml.h"
#include "core/Clock.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <memory>

namespace kw {

using namespace Qt::StringLiterals;

namespace {

using Kind = ProviderError::Kind;
using Parameters = QList<QPair<QString, QString>>;

const QString DefaultIamEndpoint = u"https://iam.wasabisys.com"_s;
const QString DefaultS3Endpoint = u"https://s3.wasabisys.com"_s;
const QString SigningRegion = u"us-east-1"_s; // IAM signs for us-east-1 everywhere
constexpr int MaxKeysPerUser = 2;
// IAM calls of one list in flight at once (a user's keys, a key's last use): as many as Qt opens
// connections to one host, so none waits behind another on the client's side.
constexpr int MaxCallsInFlight = 6;
// How the console names the root user as a key's owner (keyFromFields).
const QString RootPrincipal = u"root"_s;
// Wasabi's managed policies live where AWS's do: arn:aws:iam::aws:policy/<name>.
QString managedPolicyArn(const QString& name)
{
    return u"arn:aws:iam::aws:policy/"_s + name;
}

QString translated(const char* text)
{
    return QCoreApplication::translate("kw::WasabiIamProvider", text);
}

PrincipalPolicies airPolicies()
{
    PrincipalPolicies policies;
    policies.offered = {
        {WasabiIamProvider::manageAirPolicyArn(), u"WasabiManageAiR"_s, translated("AiR: manage"),
         translated("WasabiManageAiR: the user can use Wasabi AiR and manage its API keys.")},
        {WasabiIamProvider::viewAirPolicyArn(), u"WasabiViewAiR"_s, translated("AiR: view only"),
         translated("WasabiViewAiR: the user can read from Wasabi AiR but change nothing.")},
    };
    policies.title = translated("AiR access");
    policies.none = translated("no AiR policy");
    policies.attachText = translated("Attach AiR &Policy…");
    policies.allRightsPrincipal = RootPrincipal;
    policies.allRights = translated("root user: full access");
    return policies;
}

Capabilities makeCapabilities()
{
    Capabilities c;
    c.providerId = u"wasabi-iam"_s;
    c.providerName = u"Wasabi (access keys)"_s;
    c.defaultEndpoint = QUrl(DefaultIamEndpoint);
    c.name = Capabilities::NameField::None;
    c.bearer = true; // the root user or a sub-user
    c.disable = true;
    c.revoke = true;
    c.verify = true;
    c.s3Verify = true;
    c.defaultS3Endpoint = QUrl(DefaultS3Endpoint);
    c.defaultS3Region = SigningRegion;
    c.credentialForm = Capabilities::CredentialForm::S3Pair;
    c.knownS3Regions = {
        u"us-east-1"_s,      u"us-east-2"_s,      u"us-central-1"_s,   u"us-west-1"_s,
        u"us-west-2"_s,      u"ca-central-1"_s,   u"eu-central-1"_s,   u"eu-central-2"_s,
        u"eu-west-1"_s,      u"eu-west-2"_s,      u"eu-west-3"_s,      u"eu-south-1"_s,
        u"ap-northeast-1"_s, u"ap-northeast-2"_s, u"ap-southeast-1"_s, u"ap-southeast-2"_s};
    c.keyLimit = MaxKeysPerUser;
    c.keyLimitPerUser = true;
    c.lastUsed = true;
    c.cannotEditHint = QCoreApplication::translate(
        "kw::WasabiIamProvider",
        "Wasabi access keys cannot be edited; deactivate or rotate instead");
    c.principalPolicies = airPolicies();
    return c;
}

// The UserName to send about key: none for the root user's own key (the caller), the sub-user's
// name otherwise, whatever it is (a sub-user may be called "root"); nullopt when the key does not
// say who owns it.
std::optional<QString> knownUserOf(const ApiKey& key)
{
    if (key.ownerIsCaller)
        return QString();
    const QString user = key.principal.trimmed();
    if (user.isEmpty())
        return std::nullopt;
    return user;
}

// Sets whose key is described by an answer to a call that named askedUser. Asked without a
// UserName, the answer is about the caller's own keys: the root user's, or those of the IAM user
// whose key the account holds, which the answer names (answeredUser).
void setOwner(ApiKey& key, const QString& askedUser, const QString& answeredUser)
{
    key.ownerIsCaller = askedUser.isEmpty();
    key.principal = !askedUser.isEmpty()      ? askedUser
                    : !answeredUser.isEmpty() ? answeredUser
                                              : RootPrincipal;
}

QString listName(const QString& action)
{
    if (action == QLatin1String("ListUsers"))
        return translated("users");
    if (action == QLatin1String("ListAccessKeys"))
        return translated("access keys");
    if (action == QLatin1String("ListAttachedUserPolicies"))
        return translated("attached policies");
    return action;
}

const QString ProviderName = u"Wasabi"_s;

Parameters withUser(Parameters parameters, const QString& userName)
{
    if (!userName.isEmpty())
        parameters.append({u"UserName"_s, userName});
    return parameters;
}

} // namespace

const Capabilities& WasabiIamProvider::staticCapabilities()
{
    return once<&makeCapabilities>();
}

WasabiIamProvider::WasabiIamProvider(Account account, Secret token, QNetworkAccessManager* network,
                                     QObject* parent)
    : HttpKeyProvider(std::move(account), staticCapabilities(), network,
                      &WasabiIamProvider::parseErrorBody, parent)
{
    QByteArray pair = token.exposeBytes();
    const qsizetype colon = pair.indexOf(':');
    if (colon > 0) {
        m_accessKeyId = QString::fromUtf8(pair.left(colon)).trimmed();
        m_secret = Secret::fromUtf8(QByteArrayView(pair).sliced(colon + 1));
    }
    wipe(pair);
}

QString WasabiIamProvider::parseErrorBody(int, const QByteArray& body, QString*)
{
    return wasabiiam::errorText(body);
}

QString WasabiIamProvider::manageAirPolicyArn()
{
    return managedPolicyArn(u"WasabiManageAiR"_s);
}

QString WasabiIamProvider::viewAirPolicyArn()
{
    return managedPolicyArn(u"WasabiViewAiR"_s);
}

ProviderError WasabiIamProvider::cannotSend() const
{
    if (m_accessKeyId.isEmpty() || m_secret.isEmpty())
        return {Kind::Auth, 0, tr("The account's credential is not an access key pair."),
                tr("Store it as ACCESSKEYID:SECRET (the access key id, a colon, then the "
                   "secret key).")};
    return HttpKeyProvider::cannotSend();
}

HttpRequest WasabiIamProvider::iamRequest(const QString& action, const Parameters& parameters) const
{
    HttpRequest request;
    request.method = "POST";
    request.url = SigV4::normalizedUrl(endpointUrl(u"/"_s));
    request.body = wasabiiam::formBody(action, parameters);
    // Signed again before every attempt: a retry carries a fresh x-amz-date.
    request.prepare = [this](HttpRequest& attempt) {
        const QByteArray contentType = "application/x-www-form-urlencoded; charset=utf-8";
        const QDateTime now = Clock::app().nowUtc();
        const QByteArray amzDate = SigV4::amzDate(now);
        SigV4::Request toSign;
        toSign.method = attempt.method;
        toSign.path = attempt.url.path();
        toSign.headers = {{"content-type", contentType},
                          {"host", SigV4::hostHeader(attempt.url)},
                          {"x-amz-date", amzDate}};
        toSign.payloadHash = SigV4::sha256Hex(attempt.body);
        toSign.credential = {m_accessKeyId, SigningRegion, u"iam"_s};
        toSign.timestamp = now;
        const SigV4::Signed signature = SigV4::sign(toSign, m_secret);
        attempt.headers = {{"Content-Type", contentType}, {"X-Amz-Date", amzDate}};
        if (signature.isValid())
            attempt.headers.append({"Authorization", signature.authorization});
    };
    return request;
}

namespace {

// A failed IAM call's error, its kind refined by the IAM error code when the body has one.
ProviderError iamError(const HttpResponse& response)
{
    ProviderError error = response.error;
    if (const auto info = wasabiiam::parseError(response.body))
        error.kind = wasabiiam::kindForCode(info->code, error.kind);
    return error;
}

} // namespace

void WasabiIamProvider::call(ProviderReply* reply, HttpRequest request,
                             std::function<void(const HttpResponse&)> onSuccess, bool deletes)
{
    // Several calls of one reply can be in flight at once (listKeys): each is aborted with it,
    // and the first that fails it ends the others.
    auto abortId = std::make_shared<quint64>(0);
    *abortId = reply->addAbortHandler(http().send(
        request,
        [reply, abortId, deletes, onSuccess = std::move(onSuccess)](const HttpResponse& response) {
            reply->dropAbortHandler(*abortId);
            if (reply->isOver())
                return; // a sibling failed the reply, or it was aborted: nothing more is wanted
            if (response.error.ok())
                onSuccess(response);
            else if (deletes && deletedByEarlierAttempt(response))
                reply->finish(goneAfterRetry(response));
            else
                reply->finish(iamError(response));
        },
        reply));
}

void WasabiIamProvider::listAll(ProviderReply* reply, const QString& action,
                                const Parameters& parameters,
                                std::function<void(QList<QMap<QString, QString>>)> done)
{
    struct State
    {
        QList<QMap<QString, QString>> members;
        std::function<void(QList<QMap<QString, QString>>)> done;
        int pages = 0;
    };
    auto state = std::make_shared<State>();
    state->done = std::move(done);
    auto fetch = std::make_shared<std::function<void(QString)>>();
    std::weak_ptr<std::function<void(QString)>> weakFetch = fetch;
    *fetch = [this, reply, action, parameters, state, weakFetch](const QString& marker) {
        Parameters page = parameters;
        page.append({u"MaxItems"_s, QString::number(m_pageSize)});
        if (!marker.isEmpty())
            page.append({u"Marker"_s, marker});
        auto self = weakFetch.lock(); // kept alive by the call in flight
        call(reply, iamRequest(action, page),
             [this, reply, action, state, self, marker](const HttpResponse& response) {
                 // Read on the thread pool; a page of users can be long.
                 readOffThread<wasabiiam::Page>(
                     reply, this, response, false,
                     [action](const QByteArray& body, QString* error) {
                         return wasabiiam::parsePage(body, action, error);
                     },
                     [this, reply, action, state, self, marker](const wasabiiam::Page& parsed) {
                         state->members += parsed.members;
                         ++state->pages;
                         if (!parsed.isTruncated) {
                             state->done(std::move(state->members));
                             return;
                         }
                         // More follows: a marker that does not move on would page forever,
                         // and stopping there would pass a part for the whole.
                         if (parsed.marker == marker) {
                             reply->finish(listIncomplete(
                                 ProviderName, listName(action),
                                 tr("page %1 says more follows but gives the Marker already "
                                    "asked for.")
                                     .arg(state->pages)));
                             return;
                         }
                         if (state->pages >= std::max(1, http().maxListPages())) {
                             reply->finish(
                                 pagingDidNotEnd(ProviderName, listName(action), state->pages));
                             return;
                         }
                         (*self)(parsed.marker);
                     });
             });
    };
    (*fetch)(QString());
}

void WasabiIamProvider::listUserNames(ProviderReply* reply, std::function<void(QStringList)> done)
{
    listAll(reply, u"ListUsers"_s, {},
            [done = std::move(done)](const QList<QMap<QString, QString>>& members) {
                QStringList names;
                for (const auto& member : members) {
                    const QString name = member.value(u"UserName"_s);
                    if (!name.isEmpty())
                        names << name;
                }
                done(names);
            });
}

void WasabiIamProvider::listKeysOf(ProviderReply* reply, const QString& userName,
                                   std::function<void(QList<ApiKey>)> done)
{
    listAll(reply, u"ListAccessKeys"_s, withUser({}, userName),
            [userName, done = std::move(done)](const QList<QMap<QString, QString>>& members) {
                QList<ApiKey> keys;
                for (const auto& member : members) {
                    ApiKey key = wasabiiam::keyFromFields(member);
                    setOwner(key, userName, member.value(u"UserName"_s));
                    if (!key.id.isEmpty())
                        keys << key;
                }
                done(keys);
            });
}

void WasabiIamProvider::addLastUsed(ProviderReply* reply, QList<ApiKey> keys,
                                    std::function<void(QList<ApiKey>)> done)
{
    auto all = std::make_shared<QList<ApiKey>>(std::move(keys));
    runBounded(
        reply, int(all->size()), MaxCallsInFlight,
        [this, reply, all](int index, const std::function<void()>& next) {
            const HttpRequest request =
                iamRequest(u"GetAccessKeyLastUsed"_s, {{u"AccessKeyId"_s, all->at(index).id}});
            // A few hundred bytes: read where it arrives.
            call(reply, request, [reply, all, index, next](const HttpResponse& response) {
                QString error;
                const auto fields =
                    wasabiiam::parseFields(response.body, u"GetAccessKeyLastUsed"_s, &error);
                if (!fields) {
                    reply->finish({Kind::BadResponse, response.status, error, {}});
                    return;
                }
                const QString lastUsed = fields->value(u"LastUsedDate"_s);
                if (!lastUsed.isEmpty()) {
                    const QDateTime when = jsonio::parseTimestamp(lastUsed);
                    if (when.isValid())
                        (*all)[index].lastUsed = when;
                }
                // "N/A" for a key never used (providers.md B.6): no place to tell.
                const auto known = [&](const QString& name) {
                    const QString value = fields->value(name);
                    return value == u"N/A"_s ? QString() : value;
                };
                (*all)[index].lastUsedService = known(u"ServiceName"_s);
                (*all)[index].lastUsedRegion = known(u"Region"_s);
                next();
            });
        },
        [all, done = std::move(done)] { done(std::move(*all)); });
}

ProviderReply* WasabiIamProvider::listKeys()
{
    if (ProviderReply* refused = refusal())
        return refused;
    auto* reply = new ProviderReply;
    listUserNames(reply, [this, reply](const QStringList& names) {
        // Every user's keys, MaxCallsInFlight users at a time, kept in the users' order.
        auto users = std::make_shared<QStringList>(QStringList{QString()} + names);
        auto perUser = std::make_shared<QList<QList<ApiKey>>>(users->size());
        auto listed = std::make_shared<int>(0);
        runBounded(
            reply, int(users->size()), MaxCallsInFlight,
            [this, reply, users, perUser, listed](int index, const std::function<void()>& next) {
                listKeysOf(reply, users->at(index),
                           [reply, users, perUser, listed, index, next](const QList<ApiKey>& keys) {
                               (*perUser)[index] = keys;
                               emit reply->progress(++*listed, int(users->size()));
                               next();
                           });
            },
            [this, reply, perUser] {
                // A caller that is an IAM user, not the root, has its keys listed twice: as its
                // own and under its name in ListUsers. The first, as the caller's, is kept.
                QList<ApiKey> all;
                QSet<QString> seen;
                for (const QList<ApiKey>& keys : std::as_const(*perUser)) {
                    for (const ApiKey& key : keys) {
                        if (!seen.contains(key.id)) {
                            seen.insert(key.id);
                            all.append(key);
                        }
                    }
                }
                addLastUsed(reply, std::move(all), [reply](QList<ApiKey> keys) {
                    reply->setKeys(std::move(keys));
                    reply->finish();
                });
            });
    });
    armListDeadline(reply, http(), ProviderName, tr("access keys"));
    return reply;
}

void WasabiIamProvider::findOwner(ProviderReply* reply, const QString& keyId,
                                  std::function<void(std::optional<QString>)> done)
{
    listUserNames(reply, [this, reply, keyId, done = std::move(done)](const QStringList& names) {
        // The root user first, then every sub-user, each list complete, until the key turns up.
        auto users = std::make_shared<QStringList>(QStringList{QString()} + names);
        auto next = std::make_shared<std::function<void(int)>>();
        std::weak_ptr<std::function<void(int)>> weakNext = next;
        *next = [this, reply, keyId, users, done, weakNext](int index) {
            if (index >= users->size()) {
                done(std::nullopt);
                return;
            }
            auto self = weakNext.lock();
            const QString user = users->at(index);
            listKeysOf(reply, user, [keyId, user, done, self, index](const QList<ApiKey>& keys) {
                for (const ApiKey& key : keys) {
                    if (key.id == keyId) {
                        done(user);
                        return;
                    }
                }
                (*self)(index + 1);
            });
        };
        (*next)(0);
    });
}

void WasabiIamProvider::withOwner(ProviderReply* reply, const ApiKey& key,
                                  std::function<void(const QString& userName)> act)
{
    if (const std::optional<QString> user = knownUserOf(key)) {
        act(*user);
        return;
    }
    // Without a UserName the call would be about the caller's own keys: a sub-user's key would
    // come back "not found" and pass for gone. Find out whose it is first.
    armListDeadline(reply, http(), ProviderName, tr("access keys"));
    findOwner(reply, key.id,
              [reply, id = key.id, act = std::move(act)](const std::optional<QString>& user) {
                  if (!user) {
                      reply->finish({Kind::NotFound,
                                     0,
                                     tr("The access key %1 is in no user's list of keys: it "
                                        "does not exist (any more).")
                                         .arg(id),
                                     {}});
                      return;
                  }
                  act(*user);
              });
}

ProviderReply* WasabiIamProvider::createKey(const KeySpec& spec)
{
    if (ProviderReply* refused = refusal())
        return refused;
    const QString userName = spec.bearerId.trimmed();
    auto* reply = new ProviderReply;
    // Wasabi refuses a third key anyway; checking first lets us say what to do about it.
    listKeysOf(reply, userName, [this, reply, userName](const QList<ApiKey>& keys) {
        if (keys.size() >= MaxKeysPerUser) {
            const QString who =
                userName.isEmpty() ? tr("The root user") : tr("The user “%1”").arg(userName);
            reply->finish({Kind::Conflict, 0,
                           tr("%1 already has %2 access keys, the most Wasabi allows.")
                               .arg(who)
                               .arg(MaxKeysPerUser),
                           tr("Deactivate and delete the older key first, then create the new "
                              "one.")});
            return;
        }
        HttpRequest request = iamRequest(u"CreateAccessKey"_s, withUser({}, userName));
        request.idempotent = false;
        request.sensitiveResponse = true;
        sendCreateFor(reply, http(), request,
                      [userName](const HttpResponse& response, QString* error) {
                          std::optional<CreatedKey> created =
                              wasabiiam::parseCreatedKey(response.body, error);
                          if (created)
                              setOwner(created->key, userName, created->key.principal);
                          return created;
                      });
    });
    return reply;
}

ProviderReply* WasabiIamProvider::setKeyActive(const ApiKey& key, bool active)
{
    if (ProviderReply* refused = refusal(key, tr("The key has no id.")))
        return refused;
    auto* reply = new ProviderReply;
    withOwner(reply, key, [this, reply, key, active](const QString& userName) {
        const Parameters parameters = withUser(
            {{u"AccessKeyId"_s, key.id}, {u"Status"_s, active ? u"Active"_s : u"Inactive"_s}},
            userName);
        call(reply, iamRequest(u"UpdateAccessKey"_s, parameters),
             [reply, key, active, userName](const HttpResponse&) {
                 ApiKey updated = key;
                 updated.status = active ? KeyStatus::Active : KeyStatus::Disabled;
                 setOwner(updated, userName, key.ownerIsCaller ? key.principal : QString());
                 reply->setKey(std::move(updated));
                 reply->finish();
             });
    });
    return reply;
}

ProviderReply* WasabiIamProvider::revokeKey(const ApiKey& key)
{
    if (ProviderReply* refused = refusal(key, tr("The key has no id.")))
        return refused;
    auto* reply = new ProviderReply;
    withOwner(reply, key, [this, reply, id = key.id](const QString& userName) {
        const Parameters parameters = withUser({{u"AccessKeyId"_s, id}}, userName);
        call(
            reply, iamRequest(u"DeleteAccessKey"_s, parameters),
            [reply](const HttpResponse&) { reply->finish(); }, /*deletes=*/true);
    });
    return reply;
}

ProviderReply* WasabiIamProvider::testAccount()
{
    if (ProviderReply* refused = refusal())
        return refused;
    auto* reply = new ProviderReply;
    call(reply, iamRequest(u"GetUser"_s, {}), [reply](const HttpResponse& response) {
        QString error;
        if (!wasabiiam::parseFields(response.body, u"GetUser"_s, &error)) {
            reply->finish({Kind::BadResponse, response.status,
                           tr("The server answered, but not as Wasabi's IAM API does."), error});
            return;
        }
        reply->finish();
    });
    return reply;
}

} // namespace kw

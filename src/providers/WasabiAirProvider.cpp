#include "WasabiAirProvider.h"

#include "ProviderCalls.h"
#include "WasabiAirJson.h"

namespace kw {

using namespace Qt::StringLiterals;

namespace {

using Kind = ProviderError::Kind;

const QString KeysPath = u"/api/data/api-keys"_s;

Capabilities makeCapabilities()
{
    Capabilities c;
    c.providerId = u"wasabi-air"_s;
    c.providerName = u"Wasabi AiR"_s;
    // Each AiR deployment has its own host (providers.md A.1): the user must enter it.
    c.defaultEndpoint = QUrl();
    c.name = Capabilities::NameField::Optional;
    c.nameShouldBeDescriptive = true;
    c.description = false;
    c.expiry = Capabilities::Expiry::None;
    c.editName = true;
    c.disable = true;
    c.revoke = true;
    c.verify = true;
    // The list returns every key's JWT again; the console still masks it and reveals it on
    // request only (revealSecret).
    c.secretShownOnce = false;
    c.keyLimit = 0;
    c.credentialForm = Capabilities::CredentialForm::BearerHeader;
    return c;
}

} // namespace

const Capabilities& WasabiAirProvider::staticCapabilities()
{
    return once<&makeCapabilities>();
}

WasabiAirProvider::WasabiAirProvider(Account account, Secret token, QNetworkAccessManager* network,
                                     QObject* parent)
    : HttpKeyProvider(std::move(account), staticCapabilities(), network,
                      &WasabiAirProvider::parseErrorBody, parent)
{
    http().setAuthorization("Authorization", "Bearer", std::move(token));
}

QString WasabiAirProvider::parseErrorBody(int, const QByteArray& body, QString* detail)
{
    return wasabiair::parseErrorBody(body, detail);
}

ProviderError WasabiAirProvider::cannotSend() const
{
    const QUrl& endpoint = account().endpoint;
    if (!endpoint.isValid() || endpoint.host().isEmpty()) {
        const QString& label = account().label;
        return {Kind::Validation, 0,
                label.isEmpty()
                    ? tr("No Wasabi AiR address is set for this account.")
                    : tr("No Wasabi AiR address is set for the account “%1”.").arg(label),
                tr("Each Wasabi AiR deployment has its own address: enter your AiR API base "
                   "(for example https://air.example.com) in the account settings.")};
    }
    return HttpKeyProvider::cannotSend();
}

QUrl WasabiAirProvider::keysUrl(const QString& keyId) const
{
    QUrl base = account().endpoint;
    // An address copied together with the endpoint's own path still works.
    QString basePath = base.path(QUrl::FullyEncoded);
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    if (basePath.endsWith(KeysPath)) {
        basePath.chop(KeysPath.size());
        base.setPath(basePath, QUrl::TolerantMode);
    }
    QString path = KeysPath;
    if (!keyId.isEmpty())
        path += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(keyId));
    return joinedUrl(base, path);
}

ProviderReply* WasabiAirProvider::listKeys()
{
    if (ProviderReply* refused = refusal())
        return refused;
    HttpRequest request;
    request.url = keysUrl();
    request.sensitiveResponse = true; // every key comes with its JWT
    return sendKeyList(request, &wasabiair::parseKeyList);
}

ProviderReply* WasabiAirProvider::createKey(const KeySpec& spec)
{
    if (ProviderReply* refused = refusal())
        return refused;
    const QString name = spec.name.trimmed();
    HttpRequest request;
    request.url = keysUrl();
    request.body = wasabiair::createKeyBody(name);
    return sendCreate(request, [name](const HttpResponse& response, QString* error) {
        return wasabiair::parseCreatedKey(response.body, name, error);
    });
}

ProviderReply* WasabiAirProvider::updateKey(const ApiKey& key, const KeyChange& change)
{
    if (change.description || change.projectId || change.expires)
        return failedReply({Kind::Validation,
                            0,
                            tr("Wasabi AiR keys can only be renamed, disabled or enabled."),
                            {}});
    if (change.name && change.name->trimmed().isEmpty())
        return failedReply({Kind::Validation, 0, tr("Give the key a name."), {}});
    if (!change.name && !change.active) {
        auto* reply = new ProviderReply; // nothing to send
        reply->setKey(key);
        reply->finish();
        return reply;
    }
    return patch(key, change.name, change.active);
}

ProviderReply* WasabiAirProvider::setKeyActive(const ApiKey& key, bool active)
{
    return patch(key, std::nullopt, active);
}

ProviderReply* WasabiAirProvider::patch(const ApiKey& key, const std::optional<QString>& name,
                                        const std::optional<bool>& active)
{
    if (ProviderReply* refused = refusal(key, tr("The key has no id.")))
        return refused;
    HttpRequest request;
    request.method = "PATCH";
    request.url = keysUrl(key.id);
    request.body = wasabiair::patchBody(name, active);
    request.sensitiveResponse = true; // the updated key object carries the JWT
    return send(request, [key, name, active](ProviderReply* reply, const HttpResponse& response) {
        QString ignored;
        std::optional<ApiKey> updated = wasabiair::parseKey(response.body, &ignored);
        if (!updated || updated->id != key.id) {
            // The answer's shape is not documented; the 2xx says the change was made.
            updated = key;
            if (name)
                updated->name = name->trimmed();
            if (active)
                updated->status = *active ? KeyStatus::Active : KeyStatus::Disabled;
        } else if (updated->name.isEmpty()) {
            // Key objects need not carry a name (the documented ones do not).
            updated->name = name ? name->trimmed() : key.name;
        }
        reply->setKey(std::move(*updated));
        reply->finish();
    });
}

ProviderReply* WasabiAirProvider::revokeKey(const ApiKey& key)
{
    if (ProviderReply* refused = refusal(key, tr("The key has no id.")))
        return refused;
    HttpRequest request;
    request.url = keysUrl(key.id);
    return sendDelete(request, [](ProviderReply* reply, const HttpResponse& response) {
        if (wasabiair::deleteRefused(response.body))
            reply->finish({Kind::Other, response.status,
                           tr("Wasabi AiR did not confirm that the key was deleted."),
                           tr("Refresh the list to see whether it still exists.")});
        else
            reply->finish();
    });
}

std::optional<HttpRequest> WasabiAirProvider::bearerCheck(const ApiKey&) const
{
    HttpRequest request;
    request.url = keysUrl();
    request.sensitiveResponse = true; // a working key lists every JWT of its user
    return request;
}

ProviderReply* WasabiAirProvider::testAccount()
{
    if (ProviderReply* refused = refusal())
        return refused;
    HttpRequest request;
    request.url = keysUrl();
    request.sensitiveResponse = true;
    return send(request, [](ProviderReply* reply, const HttpResponse& response) {
        // The host is typed in by the user: a server that answers, but not as AiR does, is
        // most likely the wrong address.
        QString error;
        if (!wasabiair::parseKeyList(response.body, &error)) {
            reply->finish({Kind::BadResponse, response.status,
                           tr("The server answered, but not as the Wasabi AiR API does."),
                           tr("Check the AiR address of the account. %1").arg(error)});
            return;
        }
        reply->finish();
    });
}

ProviderReply* WasabiAirProvider::revealSecret(const ApiKey& key)
{
    if (ProviderReply* refused = refusal(key, tr("The key has no id.")))
        return refused;
    HttpRequest request;
    request.url = keysUrl();
    request.sensitiveResponse = true;
    return send(request, [key](ProviderReply* reply, const HttpResponse& response) {
        bool notFound = false;
        QString error;
        std::optional<Secret> jwt = wasabiair::findJwt(response.body, key.id, &notFound, &error);
        if (!jwt) {
            if (notFound)
                reply->finish({Kind::NotFound, response.status, error,
                               tr("It may have been deleted elsewhere: refresh the list.")});
            else
                reply->finish({Kind::BadResponse, response.status, error, {}});
            return;
        }
        CreatedKey revealed;
        revealed.key = key;
        revealed.secret = std::move(*jwt);
        if (key.status == KeyStatus::Disabled)
            revealed.warning = tr("This key is disabled: requests made with it fail until it is "
                                  "enabled again.");
        reply->setCreated(std::move(revealed));
        reply->finish();
    });
}

} // namespace kw

#include "WaysCloudProvider.h"

#include "ProviderCalls.h"
#include "WaysCloudJson.h"
#include "core/IpAllowlist.h"

#include <QCoreApplication>

namespace kw {

using namespace Qt::StringLiterals;

namespace {

using Kind = ProviderError::Kind;

// The services a key can be for (providers.md A.8): id, label and help, translated when read.
struct ServiceRow
{
    const char* id;
    const char* label;
    const char* help;
};

constexpr ServiceRow Services[] = {
    {"storage", QT_TRANSLATE_NOOP("kw::WaysCloudProvider", "Storage"),
     QT_TRANSLATE_NOOP("kw::WaysCloudProvider",
                       "S3-compatible object storage (upload/download files)")},
    {"llm", QT_TRANSLATE_NOOP("kw::WaysCloudProvider", "LLM"),
     QT_TRANSLATE_NOOP("kw::WaysCloudProvider",
                       "Large language models (chat completions, streaming)")},
    {"database", QT_TRANSLATE_NOOP("kw::WaysCloudProvider", "Database"),
     QT_TRANSLATE_NOOP("kw::WaysCloudProvider",
                       "PostgreSQL/MariaDB management (create, snapshots, backups)")},
    {"dns", QT_TRANSLATE_NOOP("kw::WaysCloudProvider", "DNS"),
     QT_TRANSLATE_NOOP("kw::WaysCloudProvider", "Domain management (zones, records, DNSSEC)")},
    {"gpu", QT_TRANSLATE_NOOP("kw::WaysCloudProvider", "GPU"),
     QT_TRANSLATE_NOOP("kw::WaysCloudProvider",
                       "GPU-accelerated services (video, TTS, transcription)")},
};

QList<ServiceInfo> services()
{
    QList<ServiceInfo> list;
    for (const ServiceRow& row : Services)
        list.append({QString::fromLatin1(row.id),
                     QCoreApplication::translate("kw::WaysCloudProvider", row.label),
                     QCoreApplication::translate("kw::WaysCloudProvider", row.help)});
    return list;
}

Capabilities makeCapabilities()
{
    Capabilities c;
    c.providerId = u"wayscloud"_s;
    c.providerName = u"WAYSCloud"_s;
    c.defaultEndpoint = QUrl(u"https://api.wayscloud.services"_s);
    c.name = Capabilities::NameField::Required;
    c.nameShouldBeDescriptive = true;
    c.description = true;
    c.services = services();
    c.minServices = 1;
    c.ipAllowlist = true;
    c.lastUsed = true;
    c.revoke = true;
    c.verify = true;
    c.secretShownOnce = true;
    c.keyLimit = 50;
    c.apiKeyEnvVar = u"WAYSCLOUD_API_KEY"_s;
    c.cannotEditHint = QCoreApplication::translate(
        "kw::WaysCloudProvider", "WAYSCloud keys cannot be edited after creation; rotate instead");
    return c;
}

} // namespace

const Capabilities& WaysCloudProvider::staticCapabilities()
{
    return once<&makeCapabilities>();
}

WaysCloudProvider::WaysCloudProvider(Account account, Secret token, QNetworkAccessManager* network,
                                     QObject* parent)
    : HttpKeyProvider(std::move(account), staticCapabilities(), network,
                      &WaysCloudProvider::parseErrorBody, parent)
{
    http().setAuthorization("Authorization", "Bearer", std::move(token));
}

QString WaysCloudProvider::parseErrorBody(int, const QByteArray& body, QString* detail)
{
    return wayscloud::parseErrorBody(body, detail);
}

ProviderReply* WaysCloudProvider::listKeys()
{
    if (ProviderReply* refused = refusal())
        return refused;
    HttpRequest request;
    request.url = endpointUrl(u"/v1/account/api-keys"_s);
    return sendKeyList(request, &wayscloud::parseKeyList);
}

ProviderReply* WaysCloudProvider::createKey(const KeySpec& requested)
{
    KeySpec spec = requested;
    spec.name = spec.name.trimmed();
    spec.description = spec.description.trimmed();
    if (spec.name.isEmpty())
        return failedReply(
            {Kind::Validation, 0, tr("Give the key a name."),
             tr("A descriptive name, e.g. “Production Storage API”, tells the key apart later.")});
    QStringList services;
    for (const QString& id : std::as_const(spec.services)) {
        const QString normalised = wayscloud::normalisedService(id);
        if (!wayscloud::knownServices().contains(normalised))
            return failedReply({Kind::Validation, 0, tr("“%1” is not a WAYSCloud service.").arg(id),
                                tr("Choose from Storage, LLM, Database, DNS and GPU.")});
        if (!services.contains(normalised))
            services << normalised;
    }
    if (services.isEmpty())
        return failedReply(
            {Kind::Validation, 0, tr("Choose at least one service for the key."), {}});
    spec.services = services;
    const IpAllowlist allowlist = IpAllowlist::fromEntries(spec.ipAllowlist);
    if (!allowlist.isValid()) {
        QStringList problems;
        for (const IpAllowlistIssue& issue : allowlist.issues())
            problems << issue.message;
        return failedReply(
            {Kind::Validation, 0, tr("The IP whitelist has errors."), problems.join(u"; ")});
    }
    spec.ipAllowlist = allowlist.entries();
    if (ProviderReply* refused = refusal())
        return refused;

    HttpRequest request;
    request.url = endpointUrl(wayscloud::createsServiceKey(spec) ? u"/v1/account/api-keys/service"_s
                                                                 : u"/v1/account/api-keys/pat"_s);
    request.body = wayscloud::createKeyBody(spec);
    return sendCreate(request, [spec](const HttpResponse& response, QString* error) {
        return wayscloud::parseCreatedKey(response.body, spec, error);
    });
}

ProviderReply* WaysCloudProvider::revokeKey(const ApiKey& key)
{
    if (ProviderReply* refused = refusal(key, tr("The key has no id.")))
        return refused;
    HttpRequest request;
    request.url = endpointUrl(u"/v1/account/api-keys/"_s +
                              QString::fromLatin1(QUrl::toPercentEncoding(key.id)));
    return sendDelete(request);
}

std::optional<HttpRequest> WaysCloudProvider::bearerCheck(const ApiKey& key) const
{
    QStringList services;
    for (const QString& id : key.services)
        services << wayscloud::normalisedService(id);
    // The seed's own check is GET /v1/storage/; other services answer at their root.
    const QString service =
        services.isEmpty() || services.contains(u"storage") ? u"storage"_s : services.first();
    HttpRequest request;
    request.url = endpointUrl(u"/v1/"_s + service + u'/');
    return request;
}

ProviderReply* WaysCloudProvider::testAccount()
{
    if (ProviderReply* refused = refusal())
        return refused;
    HttpRequest request;
    request.url = endpointUrl(u"/v1/account/api-keys"_s);
    return send(request, [](ProviderReply* reply, const HttpResponse&) { reply->finish(); });
}

} // namespace kw

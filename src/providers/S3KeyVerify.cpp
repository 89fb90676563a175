#include "S3KeyVerify.h"

#include "ProviderCalls.h"
#include "SigV4.h"
#include "VerifyOutcome.h"
#include "core/Clock.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <memory>

namespace kw {

using namespace Qt::StringLiterals;

namespace {

using Kind = ProviderError::Kind;

QString tr(const char* text)
{
    return QCoreApplication::translate("kw::S3KeyVerify", text);
}

bool hasHost(const QUrl& url)
{
    return url.isValid() && !url.host().isEmpty();
}

} // namespace

std::optional<S3VerifyTarget>
s3VerifyTargetFor(const Account& account, const Capabilities& capabilities, ProviderError* error)
{
    S3VerifyTarget target;
    target.region = account.region.trimmed();
    if (target.region.isEmpty())
        target.region = capabilities.defaultS3Region;
    if (target.region.isEmpty()) {
        if (error) {
            const QString what =
                capabilities.s3RegionIsZone ? tr("availability zone") : tr("region");
            *error = {Kind::Validation, 0,
                      tr("The account names no S3 %1 to test the key in.").arg(what),
                      tr("Give the account its %1 (for example %2): add it again with the %1 "
                         "in Add account, or with keywarden-cli accounts add --region. Then test "
                         "the key again.")
                          .arg(what, capabilities.knownS3Regions.value(0))};
        }
        return std::nullopt;
    }
    if (hasHost(account.s3Endpoint))
        target.endpoint = account.s3Endpoint;
    else if (!capabilities.s3EndpointTemplate.isEmpty())
        target.endpoint = QUrl(QString(capabilities.s3EndpointTemplate)
                                   .replace(QLatin1String("{region}"), target.region));
    else
        target.endpoint = capabilities.defaultS3Endpoint;
    if (!hasHost(target.endpoint)) {
        if (error)
            *error = {Kind::Validation, 0,
                      tr("The account names no S3 endpoint to test the key on."),
                      tr("Set the account's S3 endpoint, then test the key again.")};
        return std::nullopt;
    }
    return target;
}

QString s3ErrorText(const QByteArray& body)
{
    QXmlStreamReader reader(body);
    if (!reader.readNextStartElement() || reader.name() != QLatin1String("Error"))
        return {};
    QString code;
    QString message;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (reader.name() == QLatin1String("Code") && code.isEmpty())
            code = reader.readElementText().trimmed();
        else if (reader.name() == QLatin1String("Message") && message.isEmpty())
            message = reader.readElementText().trimmed();
    }
    if (reader.hasError())
        return {};
    if (message.isEmpty())
        return code;
    if (code.isEmpty())
        return message;
    return tr("%1 (%2)").arg(message, code);
}

ProviderReply* verifyS3KeyPair(const S3VerifyTarget& target, const ApiKey& key,
                               const Secret& secret, QNetworkAccessManager* network,
                               const HttpClient& settings)
{
    if (secret.isEmpty())
        return failedReply({Kind::Validation, 0, tr("There is no secret to test."), {}});
    if (key.id.trimmed().isEmpty())
        return failedReply({Kind::Validation, 0, tr("The key has no access key id."), {}});
    const QUrl endpoint = target.endpoint;
    const SigV4::Credential credential{key.id.trimmed(), target.region, u"s3"_s};
    auto keySecret = std::make_shared<Secret>(secret.clone());
    auto now = [] { return Clock::app().nowUtc(); };
    QString error;
    HttpRequest request =
        SigV4::listBucketsRequest(endpoint, credential, *keySecret, now(), &error);
    if (request.url.isEmpty())
        return failedReply({Kind::Validation, 0, error, {}});
    // Signed again before every attempt: a retry carries a fresh x-amz-date.
    request.prepare = [endpoint, credential, keySecret, now](HttpRequest& attempt) {
        attempt.headers =
            SigV4::listBucketsRequest(endpoint, credential, *keySecret, now()).headers;
    };
    auto* reply = new ProviderReply;
    auto* client = new HttpClient(network, reply); // the key's own client, gone with reply
    client->copySettingsFrom(settings);
    client->setErrorBodyParser(
        [](int, const QByteArray& body, QString*) { return s3ErrorText(body); });
    sendVerificationFor(reply, *client, request);
    return reply;
}

} // namespace kw

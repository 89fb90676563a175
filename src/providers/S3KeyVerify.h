#pragma once

#include "HttpClient.h"
#include "ProviderReply.h"
#include "core/Account.h"
#include "core/Capabilities.h"
#include "core/Secret.h"

#include <QString>
#include <QUrl>
#include <optional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace kw {

// Where an S3 key pair is checked: the endpoint ListBuckets goes to and the region it signs for.
struct S3VerifyTarget
{
    QUrl endpoint;
    QString region;
};

// The account's own S3 endpoint and region, else the provider's defaults (Capabilities:
// defaultS3Endpoint, or s3EndpointTemplate filled with the region; defaultS3Region). nullopt with
// *error set (a Validation error saying where to set it) when no region is known.
std::optional<S3VerifyTarget>
s3VerifyTargetFor(const Account& account, const Capabilities& capabilities, ProviderError* error);

// "Message (Code)" of an S3 <Error> body (providers.md B.5); empty for any other body.
QString s3ErrorText(const QByteArray& body);

// Verifies an S3 key pair (providers.md A.9): a SigV4-signed ListBuckets with key.id and secret,
// signed (at Clock::app()'s time) again before every attempt, sent by a client of its own that
// copies settings (timeouts, retries, trusted CAs) and reads S3 error bodies so that the 403's
// reason reaches the Verification. Fails before sending (Validation) when there is no secret or no
// access key id.
ProviderReply* verifyS3KeyPair(const S3VerifyTarget& target, const ApiKey& key,
                               const Secret& secret, QNetworkAccessManager* network,
                               const HttpClient& settings);

} // namespace kw

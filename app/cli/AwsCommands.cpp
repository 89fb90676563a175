// keywarden-cli credential-process | keys aws-profile: a stored S3 key pair for the AWS tools.
#include "Cli.h"
#include "ExitCode.h"
#include "Options.h"
#include "Terminal.h"
#include "console/CredentialSnippets.h"
#include "providers/KeyProvider.h"
#include "providers/S3KeyVerify.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace kw::cli {

namespace {

QCommandLineOption accessKeyOption()
{
    return {u"key"_s, u"The key's access key id."_s, u"K"_s};
}

} // namespace

std::optional<std::pair<Account, const Capabilities*>>
Cli::parseForS3Key(QCommandLineParser& parser, const QStringList& arguments,
                   const QString& notApplicable)
{
    const std::optional<Account> account =
        parseForAccount(parser, arguments, {u"account"_s, u"key"_s});
    if (!account)
        return std::nullopt;
    const Capabilities* caps = capabilitiesFor(account->provider);
    if (!caps || !caps->s3Verify) {
        fail(Usage, u"%1 keys are not S3 key pairs; %2"_s.arg(
                        caps ? caps->providerName : account->provider, notApplicable));
        return std::nullopt;
    }
    return std::pair(*account, caps);
}

void Cli::credentialProcess(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({accountOption(), accessKeyOption()});
    const auto found =
        parseForS3Key(parser, arguments, u"credential_process serves S3 keys only"_s);
    if (!found)
        return;
    const Account& account = found->first;
    const QString keyId = parser.value(u"key"_s).trimmed();
    const std::optional<StoredKeySecrets::Entry> entry =
        m_controller.storedSecrets().entry(account.id, keyId);
    if (!entry) {
        fail(NotFound, u"no secret of key %1 of %2 is in the keychain (keys create --store or "
                       "keys rotate --store keeps one)"_s.arg(keyId, account.label));
        return;
    }
    if (entry->expires.isValid() && entry->expires <= m_controller.now()) {
        fail(Auth, u"key %1 of %2 expired at %3"_s.arg(keyId, account.label,
                                                       entry->expires.toString(Qt::ISODate)));
        return;
    }
    m_controller.storedSecrets().read(
        account.id, keyId, this, [this, entry, keyId](SecretStore::Result result) {
            if (!result.ok()) {
                fail(Keychain,
                     u"the secret of key %1 could not be read from the keychain: %2"_s.arg(
                         keyId, result.message));
                return;
            }
            // The AWS credential_process format; printing the secret is this command's purpose.
            QJsonObject json{{u"Version"_s, 1}, {u"AccessKeyId"_s, keyId}};
            if (entry->expires.isValid())
                json.insert(u"Expiration"_s, entry->expires.toUTC().toString(Qt::ISODate));
            printJsonWithSecret(json, "SecretAccessKey", result.secret);
            QString reason;
            if (!terminal::outputWritten(&reason)) {
                fail(HandOver, u"the credentials of key %1 could not be written to standard "
                               "output: %2"_s.arg(keyId, reason));
                return;
            }
            finish(Success);
        });
}

void Cli::keysAwsProfile(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions(
        {accountOption(),
         accessKeyOption(),
         {u"profile"_s, u"Profile name (default: keywarden-<key id>)."_s, u"NAME"_s}});
    const auto found = parseForS3Key(parser, arguments, u"an AWS profile does not apply"_s);
    if (!found)
        return;
    const auto& [account, caps] = *found;
    const QString keyId = parser.value(u"key"_s).trimmed();
    if (!m_controller.storedSecrets().contains(account.id, keyId)) {
        fail(NotFound, u"no secret of key %1 of %2 is in the keychain, so credential_process "
                       "would fail (keys create --store or keys rotate --store keeps one)"_s.arg(
                           keyId, account.label));
        return;
    }
    const S3Location location = s3LocationFor(account, *caps);
    const QString& region = location.region;
    const QUrl& endpoint = location.endpoint;
    const QString profile = parser.isSet(u"profile"_s) ? parser.value(u"profile"_s).trimmed()
                                                       : defaultAwsProfileName(keyId);
    const QString command =
        credentialProcessCommand(QCoreApplication::applicationFilePath(), account.id, keyId);
    const QString config = credentialProcessProfile(profile, command, location);
    if (m_json) {
        printJson(QJsonObject{{u"account"_s, account.label},
                              {u"accountId"_s, account.id},
                              {u"profile"_s, profile},
                              {u"credentialProcess"_s, command},
                              {u"region"_s, region},
                              {u"endpointUrl"_s, endpoint.toString()},
                              {u"config"_s, config}});
    } else {
        terminal::writeRaw(config.toUtf8());
    }
    finish(Success);
}

} // namespace kw::cli

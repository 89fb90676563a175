#include "CredentialSnippets.h"

#include "providers/S3KeyVerify.h"

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace kw {

namespace {

using Form = Capabilities::CredentialForm;

enum class Style
{
    Shell,  // export NAME=value
    Dotenv, // NAME=value
};

// One variable of a snippet: a public value, or the secret (value empty).
struct Variable
{
    Variable(QByteArray name_, QString value_, bool secret_ = false, QString note_ = {})
        : name(std::move(name_)), value(std::move(value_)), secret(secret_), note(std::move(note_))
    {}

    QByteArray name;
    QString value;
    bool secret = false;
    QString note; // a comment line before it, when it is set
};

// Characters that need no quoting in a POSIX shell word or a .env value.
bool isPlainWord(QByteArrayView value)
{
    if (value.isEmpty())
        return false;
    return std::all_of(value.begin(), value.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               QByteArrayView("_-.,:/+=@%").contains(c);
    });
}

// value as one shell word (single quotes; an embedded quote closes, escapes and reopens) or
// one .env value (single quotes, or double quotes with escapes when it holds a single quote).
void appendQuoted(QByteArray& out, QByteArrayView value, Style style)
{
    if (isPlainWord(value)) {
        out += value;
    } else if (style == Style::Shell || !value.contains('\'')) {
        out += '\'';
        for (const char c : value) {
            if (c == '\'')
                out += "'\\''"_ba;
            else
                out += c;
        }
        out += '\'';
    } else {
        out += '"';
        for (const char c : value) {
            if (c == '"' || c == '\\' || c == '$' || c == '`')
                out += '\\';
            out += c;
        }
        out += '"';
    }
}

void appendVariables(QByteArray& out, const QList<Variable>& variables, const Secret& secret,
                     Style style)
{
    for (const Variable& variable : variables) {
        if (!variable.secret && variable.value.isEmpty())
            continue; // not known: left out rather than set empty
        if (!variable.note.isEmpty())
            out += "# " + variable.note.toUtf8() + '\n';
        if (style == Style::Shell)
            out += "export "_ba;
        out += variable.name;
        out += '=';
        if (variable.secret)
            appendQuoted(out, secret.view(), style);
        else
            appendQuoted(out, variable.value.toUtf8(), style);
        out += '\n';
    }
}

QString urlText(const QUrl& url)
{
    return url.isValid() && !url.host().isEmpty() ? url.toString() : QString();
}

// Older AWS tools (awscli before 2.13, Debian 12's 2.9) read no endpoint from the environment
// or a profile: the comment says what to pass them instead.
QString endpointNote(const QString& what, const QString& endpoint)
{
    return u"awscli before 2.13 ignores %1: pass --endpoint-url %2"_s.arg(what, endpoint);
}

QList<Variable> awsVariables(const QString& accessKeyId, const S3Location& location)
{
    const QString endpoint = urlText(location.endpoint);
    return {{"AWS_ACCESS_KEY_ID"_ba, accessKeyId},
            {"AWS_SECRET_ACCESS_KEY"_ba, {}, true},
            {"AWS_ENDPOINT_URL_S3"_ba, endpoint, false,
             endpointNote(u"AWS_ENDPOINT_URL_S3"_s, endpoint)},
            {"AWS_DEFAULT_REGION"_ba, location.region},
            {"AWS_REGION"_ba, location.region}};
}

QList<Variable> scalewayVariables(const CredentialSnippetSource& source)
{
    const QUrl endpoint = source.account.endpoint;
    const bool ownApi = !endpoint.host().isEmpty() &&
                        endpoint.adjusted(QUrl::StripTrailingSlash) !=
                            source.capabilities.defaultEndpoint.adjusted(QUrl::StripTrailingSlash);
    return {{"SCW_ACCESS_KEY"_ba, source.accessKeyId},
            {"SCW_SECRET_KEY"_ba, {}, true},
            {"SCW_DEFAULT_ORGANIZATION_ID"_ba, source.account.organizationId},
            {"SCW_DEFAULT_PROJECT_ID"_ba, source.projectId},
            {"SCW_API_URL"_ba, ownApi ? urlText(endpoint) : QString()}};
}

QString apiKeyVariable(const Capabilities& capabilities)
{
    QString name = capabilities.apiKeyEnvVar.trimmed();
    const bool valid = !name.isEmpty() && !name.front().isDigit() &&
                       std::all_of(name.cbegin(), name.cend(), [](QChar c) {
                           return (c.isLetterOrNumber() && c.unicode() < 128) || c == u'_';
                       });
    return valid ? name : u"API_KEY"_s;
}

// An ~/.aws/credentials block: the pair, and where it is used.
void appendAwsProfile(QByteArray& out, const QString& profile, const QString& accessKeyId,
                      const Secret& secret, const S3Location& location)
{
    out += '[' + profile.toUtf8() + "]\n";
    out += "aws_access_key_id = " + accessKeyId.toUtf8() + '\n';
    out += "aws_secret_access_key = "_ba;
    out += secret.view();
    out += '\n';
    if (!location.region.isEmpty())
        out += "region = " + location.region.toUtf8() + '\n';
    if (const QString endpoint = urlText(location.endpoint); !endpoint.isEmpty()) {
        out += "# " + endpointNote(u"endpoint_url here"_s, endpoint).toUtf8() + '\n';
        out += "endpoint_url = " + endpoint.toUtf8() + '\n';
    }
}

} // namespace

S3Location s3LocationFor(const Account& account, const Capabilities& capabilities)
{
    // Where Test key signs: the same endpoint and region make a profile work. Without a region
    // (a CoreWeave account with no zone) only the endpoint can be named.
    const std::optional<S3VerifyTarget> target = s3VerifyTargetFor(account, capabilities, nullptr);
    S3Location location;
    location.region = target ? target->region : QString();
    location.endpoint = target                         ? target->endpoint
                        : account.s3Endpoint.isEmpty() ? capabilities.defaultS3Endpoint
                                                       : account.s3Endpoint;
    return location;
}

QString credentialProcessCommand(const QString& program, const QString& accountId,
                                 const QString& keyId)
{
    QString quoted = program.isEmpty() ? u"keywarden-cli"_s : program;
    if (quoted.contains(u' '))
        quoted = u'"' + quoted + u'"';
    return u"%1 credential-process --account %2 --key %3"_s.arg(quoted, accountId, keyId);
}

QString credentialProcessProfile(const QString& profile, const QString& command,
                                 const S3Location& location)
{
    QString config = u"[profile %1]\ncredential_process = %2\n"_s.arg(profile, command);
    if (!location.region.isEmpty())
        config += u"region = %1\n"_s.arg(location.region);
    if (location.endpoint.isValid() && !location.endpoint.isEmpty()) {
        config += u"# awscli before 2.13 ignores endpoint_url here: pass --endpoint-url %1\n"
                  "endpoint_url = %1\n"_s.arg(location.endpoint.toString());
    }
    return config;
}

QString defaultAwsProfileName(const QString& keyId)
{
    return u"keywarden-"_s + keyId.toLower();
}

CredentialSnippets::CredentialSnippets(CredentialSnippetSource source) : m_source(std::move(source))
{}

bool CredentialSnippets::hasPair() const
{
    const Form form = m_source.capabilities.credentialForm;
    return (form == Form::S3Pair || form == Form::ScalewayPair) &&
           !m_source.accessKeyId.trimmed().isEmpty();
}

QString CredentialSnippets::profileName() const
{
    return defaultAwsProfileName(m_source.accessKeyId.trimmed());
}

QList<CredentialSnippet> CredentialSnippets::available() const
{
    QList<CredentialSnippet> list;
    const Form form = m_source.capabilities.credentialForm;
    switch (form) {
    case Form::ApiKey: {
        const QString name = apiKeyVariable(m_source.capabilities);
        list.append({u"shell"_s, tr("&Shell export line (export %1=…)").arg(name)});
        list.append({u"dotenv"_s, tr(".&env line (%1=…)").arg(name)});
        break;
    }
    case Form::BearerHeader:
        list.append({u"header"_s, tr("HTTP &header (Authorization: Bearer …)")});
        break;
    case Form::ScalewayPair:
        if (!hasPair())
            break;
        list.append({u"shell"_s, tr("&Shell export lines for scw (SCW_ACCESS_KEY, …)")});
        list.append({u"dotenv"_s, tr(".&env lines for scw (SCW_ACCESS_KEY, …)")});
        list.append({u"s3-shell"_s, tr("Shell export lines for S&3 tools (AWS_ACCESS_KEY_ID, …)")});
        break;
    case Form::S3Pair:
        if (!hasPair())
            break;
        list.append({u"shell"_s, tr("&Shell export lines (AWS_ACCESS_KEY_ID, …)")});
        list.append({u"dotenv"_s, tr(".&env lines (AWS_ACCESS_KEY_ID, …)")});
        break;
    }
    if (hasPair()) {
        list.append({u"aws-profile"_s, tr("AWS &profile for ~/.aws/credentials")});
        if (m_source.storedInKeychain) {
            list.append({u"aws-credential-process"_s,
                         tr("AWS profile with &credential_process for ~/.aws/config")});
        }
    }
    return list;
}

Secret CredentialSnippets::text(const QString& id, const Secret& secret) const
{
    const QList<CredentialSnippet> offered = available();
    const bool known = std::any_of(offered.cbegin(), offered.cend(),
                                   [&id](const CredentialSnippet& s) { return s.id == id; });
    if (!known || secret.isEmpty())
        return {};
    const Form form = m_source.capabilities.credentialForm;
    const QString keyId = m_source.accessKeyId.trimmed();
    const S3Location location = s3LocationFor(m_source.account, m_source.capabilities);
    // Built in one buffer reserved up front (no reallocation leaves a copy behind) and wiped;
    // only the returned Secret keeps the text.
    QByteArray out;
    out.reserve(4096 + secret.view().size() * 4);
    if (id == u"header") {
        out += "Authorization: Bearer "_ba;
        out += secret.view();
        out += '\n';
    } else if (id == u"shell" || id == u"dotenv") {
        const Style style = id == u"shell" ? Style::Shell : Style::Dotenv;
        if (form == Form::ApiKey)
            appendVariables(out, {{apiKeyVariable(m_source.capabilities).toUtf8(), {}, true}},
                            secret, style);
        else if (form == Form::ScalewayPair)
            appendVariables(out, scalewayVariables(m_source), secret, style);
        else
            appendVariables(out, awsVariables(keyId, location), secret, style);
    } else if (id == u"s3-shell") {
        appendVariables(out, awsVariables(keyId, location), secret, Style::Shell);
    } else if (id == u"aws-profile") {
        appendAwsProfile(out, profileName(), keyId, secret, location);
    } else if (id == u"aws-credential-process") {
        const QString command =
            credentialProcessCommand(m_source.cliProgram, m_source.account.id, keyId);
        out += credentialProcessProfile(profileName(), command, location).toUtf8();
    }
    Secret result = Secret::fromUtf8(out);
    wipe(out);
    return result;
}

} // namespace kw

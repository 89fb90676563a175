#include "Redactor.h"

#include <QList>
#include <QRegularExpression>
#include <functional>

// Public ids stay readable (AKIA…, CW…, SCW…, UUID key ids, WAYSCloud key prefixes) so that a log
// still says which key was meant; only the secret halves are replaced.

namespace kw {

namespace {

using namespace Qt::StringLiterals;

const QString redactedMarker = u"[redacted]"_s;
const QString keptPrefixMarker = u"…[redacted]"_s;

using Replacement = std::function<QString(const QRegularExpressionMatch&)>;

struct Rule
{
    QRegularExpression pattern;
    Replacement replace;
};

QRegularExpression compiled(const QString& pattern, bool caseInsensitive = false)
{
    QRegularExpression expression(pattern, caseInsensitive
                                               ? QRegularExpression::CaseInsensitiveOption
                                               : QRegularExpression::NoPatternOption);
    expression.optimize(); // compile now, so that matching never writes to the shared object
    Q_ASSERT(expression.isValid());
    return expression;
}

// A value that an earlier rule already redacted keeps its readable prefix.
bool alreadyRedacted(QStringView value)
{
    return value.contains(redactedMarker);
}

bool isProseWord(QStringView name)
{
    for (QStringView word : {u"secret", u"password", u"passwd", u"token"}) {
        if (name.compare(word, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Bare words such as "token" or "secret" also occur in prose ("token: expired"); after them only
// something shaped like a credential is redacted.
bool looksLikeCredential(QStringView value)
{
    if (value.size() >= 10)
        return true;
    for (QChar c : value) {
        if (c.isDigit())
            return true;
    }
    return false;
}

const QString uuidPattern =
    u"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"_s;

const QList<Rule>& rules()
{
    static const QList<Rule> all = {
        // JWT (Wasabi AiR keys, bearer tokens): header.payload.signature, base64url.
        {compiled(u"(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{2,}\\.[A-Za-z0-9_-]*"_s),
         [](const QRegularExpressionMatch&) -> QString { return u"eyJ"_s + keptPrefixMarker; }},
        // WAYSCloud wayscloud_<svc>_<prefix>_<secret> and wayscloud_pat_<prefix>_<secret>.
        {compiled(u"(?<![A-Za-z0-9_])(wayscloud_[a-z0-9-]+_[A-Za-z0-9]+_)[A-Za-z0-9_-]{8,}"_s),
         [](const QRegularExpressionMatch& m) -> QString {
             return m.captured(1) + keptPrefixMarker;
         }},
        // CoreWeave secret keys; the CW… access key ids stay.
        {compiled(u"(?<![A-Za-z0-9])cwo[A-Za-z0-9]{20,}"_s),
         [](const QRegularExpressionMatch&) -> QString { return u"cwo"_s + keptPrefixMarker; }},
        // AWS-style 40-character secret access keys (Wasabi IAM, S3 key pairs). Both cases are
        // required so that 40-digit hex digests (git commits, SHA-1) stay readable.
        {compiled(u"(?<![A-Za-z0-9/+=])(?=[A-Za-z0-9/+=]{0,39}[a-z])(?=[A-Za-z0-9/+=]{0,39}[A-Z])"
                  "[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])"_s),
         [](const QRegularExpressionMatch&) -> QString { return redactedMarker; }},
        // Scaleway secret keys are UUIDs, like their key ids: only those near "secret" or
        // "X-Auth-Token" are secrets.
        {compiled(u"(secret|x-auth-token)([^\\n]{0,24}?)("_s + uuidPattern + u")"_s, true),
         [](const QRegularExpressionMatch& m) -> QString {
             return m.captured(1) + m.captured(2) + redactedMarker;
         }},
        // Authorization header values: Bearer, Basic and Token schemes.
        {compiled(u"(authorization[\"']?\\s*[:=]\\s*[\"']?(?:bearer|basic|token)\\s+)"
                  "([^\\s\"',;]+)"_s,
                  true),
         [](const QRegularExpressionMatch& m) -> QString {
             return alreadyRedacted(m.capturedView(2)) ? m.captured(0)
                                                       : m.captured(1) + redactedMarker;
         }},
        // "Bearer <token>" outside a header, e.g. in a curl command line.
        {compiled(u"(\\bBearer\\s+)([A-Za-z0-9._~+/=-]{16,})(?![^\\s\"',;])"_s),
         [](const QRegularExpressionMatch& m) -> QString {
             return alreadyRedacted(m.capturedView(2)) ? m.captured(0)
                                                       : m.captured(1) + redactedMarker;
         }},
        // name=value, name: value and "name": "value" for secret-bearing names: X-API-Key,
        // X-Auth-Token, aws_secret_access_key, secretKey, SecretAccessKey, password, …
        {compiled(u"(?<![A-Za-z0-9])((?:[A-Za-z0-9]+[_-])*"
                  "(secret(?:[_-]?access)?(?:[_-]?key)?|passw(?:or)?d|api[_-]?key"
                  "|(?:session[_-]?|access[_-]?|api[_-]?|auth[_-]?|refresh[_-]?)?token)"
                  "[\"']?\\s*[:=]\\s*[\"']?)([^\\s\"',;&<>]+)"_s,
                  true),
         [](const QRegularExpressionMatch& m) -> QString {
             const QStringView value = m.capturedView(3);
             const bool bareWord =
                 m.capturedStart(2) == m.capturedStart(1) && isProseWord(m.capturedView(2));
             const bool redact =
                 !alreadyRedacted(value) && (!bareWord || looksLikeCredential(value));
             return redact ? m.captured(1) + redactedMarker : m.captured(0);
         }},
    };
    return all;
}

QString applyRule(const QString& text, const Rule& rule)
{
    QRegularExpressionMatchIterator matches = rule.pattern.globalMatch(text);
    if (!matches.hasNext())
        return text;
    QString result;
    result.reserve(text.size());
    qsizetype copiedUpTo = 0;
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        result += QStringView(text).mid(copiedUpTo, match.capturedStart() - copiedUpTo);
        result += rule.replace(match);
        copiedUpTo = match.capturedEnd();
    }
    result += QStringView(text).mid(copiedUpTo);
    return result;
}

} // namespace

QString Redactor::redact(const QString& text)
{
    QString result = text;
    for (const Rule& rule : rules())
        result = applyRule(result, rule);
    return result;
}

bool Redactor::containsSecret(const QString& text)
{
    return redact(text) != text;
}

} // namespace kw

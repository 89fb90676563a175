#include "core/LeakPatterns.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <algorithm>
#include <limits>
#include <optional>

// The shapes are those of providers.md A.11, narrowed to what the providers (and the sandbox,
// which issues them from the same contract) actually hand out: WAYSCloud
// wayscloud_<svc>_<10 alnum>_<56 alnum>, Scaleway SCW + 17 [A-Z0-9] with a UUID secret, CoreWeave
// CW + 14 [A-Z0-9] with cwo + 40 alnum, AWS-style AKIA + 16 [A-Z0-9] with a 40-character secret,
// and Wasabi AiR HS256 JWTs whose jti is the key id. Hand-written rather than regular expressions
// so that the running time is linear whatever is pasted.

namespace kw {

namespace {

using namespace Qt::StringLiterals;
using Kind = LeakFinding::Kind;

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}
bool isUpper(char16_t c)
{
    return c >= u'A' && c <= u'Z';
}
bool isLower(char16_t c)
{
    return c >= u'a' && c <= u'z';
}
bool isAlnum(char16_t c)
{
    return isDigit(c) || isUpper(c) || isLower(c);
}
bool isUpperAlnum(char16_t c)
{
    return isDigit(c) || isUpper(c);
}
bool isHex(char16_t c)
{
    return isDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}
// Characters that continue an id token (AKIA…, SCW…, CW…, cwo…): a match next to one of them is
// part of a longer token, e.g. the inside of a WAYSCloud key or of a variable name.
bool isWord(char16_t c)
{
    return isAlnum(c) || c == u'_';
}
bool isBase64Url(char16_t c)
{
    return isAlnum(c) || c == u'-' || c == u'_';
}
bool isAwsSecretChar(char16_t c)
{
    return isAlnum(c) || c == u'/' || c == u'+';
}
bool isTagChar(char16_t c)
{
    return isLower(c) || isDigit(c) || c == u'-';
}

constexpr qsizetype PairWindow = 512; // how far from its id a key pair's secret may stand

struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
};

struct Candidate
{
    Span span;
    bool claimed = false;
};

struct RawId
{
    Kind kind;
    Span span;
};

class Scanner
{
public:
    explicit Scanner(QStringView text) : m_text(text) {}
    std::vector<LeakFinding> run();

private:
    char16_t at(qsizetype i) const { return i >= 0 && i < m_text.size() ? m_text[i].unicode() : 0; }
    template <typename Pred> qsizetype runOf(qsizetype from, Pred pred, qsizetype max) const
    {
        qsizetype n = 0;
        while (n <= max && pred(at(from + n)))
            ++n;
        return n;
    }
    bool startsWithAt(qsizetype i, QStringView literal) const
    {
        return m_text.sliced(i).startsWith(literal);
    }

    qsizetype tryAt(qsizetype i);
    std::optional<Span> fixedId(qsizetype i, QStringView head, qsizetype tail) const;
    qsizetype tryWaysCloud(qsizetype i);
    qsizetype tryJwt(qsizetype i);
    void tryAwsSecret(qsizetype i);
    void tryUuid(qsizetype i);

    void pair(const RawId& id, std::vector<Candidate>& candidates);
    void add(Kind kind, Span id, std::optional<Span> secret);
    void addRaw(Kind kind, Span where, QString publicId, std::optional<Span> secret);
    qsizetype lineOf(qsizetype offset) const;

    QStringView m_text;
    std::vector<qsizetype> m_lineStarts;
    std::vector<RawId> m_ids;
    std::vector<Candidate> m_awsSecrets;
    std::vector<Candidate> m_uuids;
    std::vector<Candidate> m_cwoSecrets;
    std::vector<LeakFinding> m_findings;
};

std::optional<Span> Scanner::fixedId(qsizetype i, QStringView head, qsizetype tail) const
{
    if (!startsWithAt(i, head))
        return std::nullopt;
    const qsizetype body = i + head.size();
    if (runOf(body, isUpperAlnum, tail) != tail || isWord(at(body + tail)))
        return std::nullopt;
    return Span{i, body + tail};
}

qsizetype Scanner::tryWaysCloud(qsizetype i)
{
    static constexpr QStringView head = u"wayscloud_";
    if (isBase64Url(at(i - 1)) || !startsWithAt(i, head))
        return 0;
    const qsizetype tagStart = i + head.size();
    const qsizetype tag = runOf(tagStart, isTagChar, 24);
    if (tag == 0 || tag > 24 || at(tagStart + tag) != u'_')
        return 0;
    const qsizetype prefixStart = tagStart + tag + 1;
    if (runOf(prefixStart, isAlnum, 10) != 10)
        return 0;
    const qsizetype prefixEnd = prefixStart + 10;
    const Span prefix{i, prefixEnd};
    if (at(prefixEnd) == u'_' && runOf(prefixEnd + 1, isAlnum, 56) == 56 &&
        !isBase64Url(at(prefixEnd + 57))) {
        add(Kind::WaysCloud, prefix, Span{i, prefixEnd + 57});
        return prefixEnd + 57 - i;
    }
    if (isBase64Url(at(prefixEnd)))
        return 0; // a near miss (a secret one character short) or a longer token
    add(Kind::WaysCloud, prefix, std::nullopt);
    return prefixEnd - i;
}

std::optional<QJsonObject> jsonPart(QStringView part)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        part.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(decoded.decoded);
    if (!document.isObject())
        return std::nullopt;
    return document.object();
}

qsizetype Scanner::tryJwt(qsizetype i)
{
    // A JWT starting after a dot is a later segment of a longer token.
    if (isBase64Url(at(i - 1)) || at(i - 1) == u'.' || !startsWithAt(i, u"eyJ"))
        return 0;
    constexpr qsizetype unbounded = std::numeric_limits<qsizetype>::max() - 1;
    const qsizetype header = runOf(i, isBase64Url, unbounded);
    const qsizetype payloadStart = i + header + 1;
    if (at(payloadStart - 1) != u'.')
        return 0;
    const qsizetype payload = runOf(payloadStart, isBase64Url, unbounded);
    const qsizetype signatureStart = payloadStart + payload + 1;
    if (payload < 2 || at(signatureStart - 1) != u'.')
        return 0;
    const qsizetype signature = runOf(signatureStart, isBase64Url, unbounded);
    const qsizetype end = signatureStart + signature;
    // A signed key has a signature (HS256: 43 characters); a fourth segment is not a JWS.
    if (signature < 16 || (at(end) == u'.' && isBase64Url(at(end + 1))))
        return 0;
    const std::optional<QJsonObject> claims = jsonPart(m_text.sliced(payloadStart, payload));
    if (!claims || !jsonPart(m_text.sliced(i, header)))
        return 0;
    addRaw(Kind::WasabiAir, Span{i, end}, claims->value(u"jti"_s).toString(), Span{i, end});
    return end - i;
}

void Scanner::tryAwsSecret(qsizetype i)
{
    const char16_t before = at(i - 1);
    if (isAwsSecretChar(before) || before == u'_')
        return;
    if (runOf(i, isAwsSecretChar, 40) != 40)
        return;
    const char16_t after = at(i + 40);
    if (after == u'=' || after == u'_')
        return;
    // Both cases, so that 40-digit hex digests (git commits, SHA-1) are not taken for secrets.
    bool lower = false;
    bool upper = false;
    for (qsizetype k = i; k < i + 40; ++k) {
        lower = lower || isLower(at(k));
        upper = upper || isUpper(at(k));
    }
    if (lower && upper)
        m_awsSecrets.push_back({Span{i, i + 40}, false});
}

void Scanner::tryUuid(qsizetype i)
{
    if (isBase64Url(at(i - 1)))
        return;
    for (qsizetype k = 0; k < 36; ++k) {
        const bool dash = k == 8 || k == 13 || k == 18 || k == 23;
        if (dash ? at(i + k) != u'-' : !isHex(at(i + k)))
            return;
    }
    if (!isBase64Url(at(i + 36)))
        m_uuids.push_back({Span{i, i + 36}, false});
}

qsizetype Scanner::tryAt(qsizetype i)
{
    const char16_t c = at(i);
    if (const qsizetype token = c == u'w' ? tryWaysCloud(i) : c == u'e' ? tryJwt(i) : 0)
        return token;
    if (isAwsSecretChar(c))
        tryAwsSecret(i);
    if (isHex(c))
        tryUuid(i);
    if (isWord(at(i - 1)))
        return 0;
    std::optional<Span> id;
    Kind kind = Kind::AwsStyle;
    if (c == u'A') {
        id = fixedId(i, u"AKIA", 16);
    } else if (c == u'S') {
        id = fixedId(i, u"SCW", 17);
        kind = Kind::Scaleway;
    } else if (c == u'C') {
        id = fixedId(i, u"CW", 14);
        kind = Kind::CoreWeave;
    } else if (c == u'c' && startsWithAt(i, u"cwo") && runOf(i + 3, isAlnum, 40) == 40 &&
               !isWord(at(i + 43))) {
        m_cwoSecrets.push_back({Span{i, i + 43}, false});
        return 43;
    }
    if (!id)
        return 0;
    m_ids.push_back({kind, *id});
    return id->end - id->start;
}

qsizetype Scanner::lineOf(qsizetype offset) const
{
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    return qsizetype(it - m_lineStarts.begin()) - 1; // 0-based
}

void Scanner::addRaw(Kind kind, Span where, QString publicId, std::optional<Span> secret)
{
    LeakFinding finding;
    finding.kind = kind;
    finding.publicId = std::move(publicId);
    if (secret) {
        QByteArray bytes = m_text.sliced(secret->start, secret->end - secret->start).toLatin1();
        finding.secret = Secret::fromUtf8(bytes);
        wipe(bytes);
    }
    const qsizetype line = lineOf(where.start);
    finding.line = int(line + 1);
    finding.column = int(where.start - m_lineStarts[std::size_t(line)] + 1);
    m_findings.push_back(std::move(finding));
}

void Scanner::add(Kind kind, Span id, std::optional<Span> secret)
{
    addRaw(kind, id, m_text.sliced(id.start, id.end - id.start).toString(), secret);
}

// The secret of a key pair is the nearest unclaimed candidate after its id, else before it,
// within the id's line, the line before and the two after, and PairWindow characters.
void Scanner::pair(const RawId& id, std::vector<Candidate>& candidates)
{
    const qsizetype line = lineOf(id.span.start);
    const auto lineStart = [this](qsizetype l) {
        l = std::clamp<qsizetype>(l, 0, qsizetype(m_lineStarts.size()));
        return l == qsizetype(m_lineStarts.size()) ? m_text.size() : m_lineStarts[std::size_t(l)];
    };
    const qsizetype lowest = std::max(id.span.start - PairWindow, lineStart(line - 1));
    const qsizetype highest = std::min(id.span.end + PairWindow, lineStart(line + 3));
    const auto byStart = [](const Candidate& c, qsizetype offset) { return c.span.start < offset; };
    auto after = std::lower_bound(candidates.begin(), candidates.end(), id.span.end, byStart);
    for (auto it = after; it != candidates.end() && it->span.end <= highest; ++it) {
        if (!it->claimed) {
            it->claimed = true;
            add(id.kind, id.span, it->span);
            return;
        }
    }
    for (auto it = std::make_reverse_iterator(after);
         it != candidates.rend() && it->span.start >= lowest; ++it) {
        if (!it->claimed && it->span.end <= id.span.start) {
            it->claimed = true;
            add(id.kind, id.span, it->span);
            return;
        }
    }
    add(id.kind, id.span, std::nullopt);
}

std::vector<LeakFinding> Scanner::run()
{
    m_lineStarts.push_back(0);
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        if (m_text[i] == u'\n')
            m_lineStarts.push_back(i + 1);
    }
    for (qsizetype i = 0; i < m_text.size();) {
        const qsizetype consumed = tryAt(i);
        i += consumed > 0 ? consumed : 1;
    }
    for (const RawId& id : m_ids) {
        pair(id, id.kind == Kind::AwsStyle   ? m_awsSecrets
                 : id.kind == Kind::Scaleway ? m_uuids
                                             : m_cwoSecrets);
    }
    for (const Candidate& secret : m_cwoSecrets) {
        if (!secret.claimed)
            addRaw(Kind::CoreWeave, secret.span, QString(), secret.span);
    }
    std::stable_sort(m_findings.begin(), m_findings.end(),
                     [](const LeakFinding& a, const LeakFinding& b) {
                         return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
    return std::move(m_findings);
}

} // namespace

std::vector<LeakFinding> LeakPatterns::scan(QStringView text)
{
    return Scanner(text).run();
}

QStringList LeakPatterns::providerIds(LeakFinding::Kind kind)
{
    switch (kind) {
    case Kind::WaysCloud:
        return {u"wayscloud"_s};
    case Kind::Scaleway:
        return {u"scaleway"_s};
    case Kind::CoreWeave:
        return {u"coreweave"_s};
    case Kind::WasabiAir:
        return {u"wasabi-air"_s};
    case Kind::AwsStyle:
        return {u"wasabi-iam"_s};
    }
    return {};
}

QString LeakPatterns::lookalikeName(LeakFinding::Kind kind)
{
    switch (kind) {
    case Kind::WaysCloud:
        return u"WAYSCloud"_s;
    case Kind::Scaleway:
        return u"Scaleway"_s;
    case Kind::CoreWeave:
        return u"CoreWeave"_s;
    case Kind::WasabiAir:
        return u"Wasabi AiR"_s;
    case Kind::AwsStyle:
        return u"Wasabi IAM / AWS"_s;
    }
    return {};
}

} // namespace kw

// The SigV4 canonicaliser (src/providers/SigV4): URI and query encoding, canonical headers, the
// Host header and normalised URL of an endpoint, and a whole signature over them. The input is
// lines: a path (or URL), a query "k=v&…", then "Name: value" headers.
#include "FuzzSupport.h"
#include "providers/SigV4.h"

#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using kw::fuzz::require;

bool isCanonicalEncoding(const QByteArray& encoded, bool keepSlash)
{
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded.at(i);
        if (c == '%') {
            static const QByteArray hexDigits = "0123456789ABCDEF";
            if (i + 2 >= encoded.size() || !hexDigits.contains(encoded.at(i + 1)) ||
                !hexDigits.contains(encoded.at(i + 2)))
                return false;
            i += 2;
            continue;
        }
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                                (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' ||
                                c == '~' || (keepSlash && c == '/');
        if (!unreserved)
            return false;
    }
    return true;
}

QList<QPair<QString, QString>> queryOf(const QByteArray& line)
{
    QList<QPair<QString, QString>> query;
    for (const QByteArray& part : line.split('&')) {
        const qsizetype equals = part.indexOf('=');
        query.append({QString::fromUtf8(equals < 0 ? part : part.left(equals)),
                      equals < 0 ? QString() : QString::fromUtf8(part.mid(equals + 1))});
    }
    return query;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QList<QByteArray> lines = kw::fuzz::bytes(data, size).split('\n');
    const QByteArray first = lines.value(0);

    for (const bool keepSlash : {false, true})
        require(isCanonicalEncoding(kw::SigV4::uriEncode(first, keepSlash), keepSlash),
                "uriEncode leaves only unreserved characters and %XX");

    kw::SigV4::Request request;
    request.path = QString::fromUtf8(first);
    request.query = queryOf(lines.value(1));
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.append({lines.at(i).left(colon), lines.at(i).mid(colon + 1)});
    }
    // The canonical query is sorted: the order the pairs come in does not change it.
    QList<QPair<QString, QString>> reversed = request.query;
    std::reverse(reversed.begin(), reversed.end());
    require(kw::SigV4::canonicalQuery(request.query) == kw::SigV4::canonicalQuery(reversed),
            "canonical query independent of order");
    QByteArray signedHeaders;
    const QByteArray block = kw::SigV4::canonicalHeaders(request.headers, &signedHeaders);
    // One line per name, repeated names joined (names are trimmed and lower-cased first).
    QSet<QByteArray> names;
    for (const auto& header : request.headers)
        names.insert(header.first.trimmed().toLower());
    require(block.count('\n') == names.size(), "one canonical line for every header name");

    request.payloadHash =
        QByteArray(kw::SigV4::EmptyPayloadHash.data(), kw::SigV4::EmptyPayloadHash.size());
    request.credential = {u"AKIAIOSFODNN7EXAMPLE"_s, u"us-east-1"_s, u"iam"_s};
    request.timestamp = kw::fuzz::fixedNow();
    const kw::Secret secret = kw::Secret::fromUtf8("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    const kw::SigV4::Signed result = kw::SigV4::sign(request, secret);
    require(result.isValid() || !result.error.isEmpty(), "an unsigned request says why");
    if (result.isValid())
        require(result.signature.size() == 64, "a signature is 64 hex digits");

    const QUrl url(QString::fromUtf8(first));
    (void)kw::SigV4::queryPairs(url);
    (void)kw::SigV4::hostHeader(url);
    const QUrl normalized = kw::SigV4::normalizedUrl(url);
    require(normalized.userInfo().isEmpty(), "a normalised URL has no user info");
    return 0;
}

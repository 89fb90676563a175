#include "sandbox/SigV4Verify.h"

#include "sandbox/SandboxCrypto.h"

#include <QUrl>
#include <algorithm>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace kw::sandbox {

namespace {

using namespace Qt::StringLiterals;

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data)
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int size = 0;
    if (!HMAC(EVP_sha256(), key.data(), int(key.size()),
              reinterpret_cast<const unsigned char*>(data.data()), std::size_t(data.size()),
              reinterpret_cast<unsigned char*>(out.data()), &size))
        return {};
    out.resize(size);
    return out;
}

// RFC 3986 unreserved characters kept, everything else %XX in upper case.
QByteArray uriEncode(QByteArrayView bytes, bool keepSlash)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        const bool unreserved = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') ||
                                (u >= '0' && u <= '9') || u == '-' || u == '_' || u == '.' ||
                                u == '~';
        if (unreserved || (keepSlash && u == '/')) {
            out += c;
        } else {
            out += '%';
            out += hex[u >> 4];
            out += hex[u & 0x0f];
        }
    }
    return out;
}

QDateTime parseAmzDate(const QByteArray& text)
{
    QDateTime when = QDateTime::fromString(QString::fromLatin1(text), u"yyyyMMdd'T'HHmmss'Z'"_s);
    when.setTimeSpec(Qt::UTC);
    return when;
}

QByteArray canonicalUri(const QString& decodedPath, bool encodeTwice)
{
    if (decodedPath.isEmpty())
        return "/";
    QByteArray once = uriEncode(decodedPath.toUtf8(), true);
    return encodeTwice ? uriEncode(once, true) : once;
}

// Each pair decoded and encoded again the AWS way, so that however the client escaped its query
// the canonical form is the one it signed.
QByteArray canonicalQuery(const QByteArray& rawQuery)
{
    QList<std::pair<QByteArray, QByteArray>> pairs;
    for (const QByteArray& item : rawQuery.split('&')) {
        if (item.isEmpty())
            continue;
        const qsizetype equals = item.indexOf('=');
        const QByteArray key = equals < 0 ? item : item.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : item.mid(equals + 1);
        pairs.append({uriEncode(QByteArray::fromPercentEncoding(key), false),
                      uriEncode(QByteArray::fromPercentEncoding(value), false)});
    }
    std::sort(pairs.begin(), pairs.end());
    QByteArray out;
    for (const auto& [key, value] : pairs) {
        if (!out.isEmpty())
            out += '&';
        out += key + '=' + value;
    }
    return out;
}

} // namespace

QString SigV4Authorization::scope() const
{
    return date + u'/' + region + u'/' + service + u"/aws4_request"_s;
}

std::optional<SigV4Authorization> parseSigV4Authorization(QByteArrayView header)
{
    const QByteArray text = header.toByteArray().trimmed();
    const QByteArray algorithm = "AWS4-HMAC-SHA256 ";
    if (!text.startsWith(algorithm))
        return std::nullopt;
    QByteArray credential;
    QByteArray signedHeaders;
    QByteArray signature;
    for (const QByteArray& rawPart : text.mid(algorithm.size()).split(',')) {
        const QByteArray part = rawPart.trimmed();
        if (part.startsWith("Credential="))
            credential = part.mid(11);
        else if (part.startsWith("SignedHeaders="))
            signedHeaders = part.mid(14);
        else if (part.startsWith("Signature="))
            signature = part.mid(10);
        else
            return std::nullopt;
    }
    const QList<QByteArray> scope = credential.split('/');
    if (scope.size() != 5 || scope[4] != "aws4_request" || scope[1].size() != 8 ||
        signedHeaders.isEmpty() || signature.size() != 64)
        return std::nullopt;
    for (const QByteArray& part : scope) {
        if (part.isEmpty())
            return std::nullopt;
    }

    SigV4Authorization result;
    result.accessKeyId = QString::fromLatin1(scope[0]);
    result.date = QString::fromLatin1(scope[1]);
    result.region = QString::fromLatin1(scope[2]);
    result.service = QString::fromLatin1(scope[3]);
    result.signedHeaders = signedHeaders.split(';');
    result.signature = signature.toLower();
    return result;
}

std::optional<QByteArray> sigV4CanonicalRequest(const HttpRequest& request,
                                                const SigV4Authorization& authorization,
                                                QByteArrayView payloadHash)
{
    QList<QByteArray> names;
    for (const QByteArray& name : authorization.signedHeaders)
        names.append(name.toLower());
    std::sort(names.begin(), names.end());

    QByteArray headers;
    for (const QByteArray& name : names) {
        QList<QByteArray> values;
        for (const auto& [key, value] : request.headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                values.append(value.simplified());
        }
        if (values.isEmpty())
            return std::nullopt;
        headers += name + ':' + values.join(',') + '\n';
    }

    QByteArray out = request.method + '\n';
    out += canonicalUri(request.path, authorization.service != u"s3"_s) + '\n';
    out += canonicalQuery(request.rawQuery) + '\n';
    out += headers + '\n';
    out += names.join(';') + '\n';
    out += payloadHash.toByteArray();
    return out;
}

QByteArray sigV4StringToSign(QByteArrayView amzDate, const QString& scope,
                             QByteArrayView canonicalRequest)
{
    return "AWS4-HMAC-SHA256\n" + amzDate.toByteArray() + '\n' + scope.toLatin1() + '\n' +
           hexSha256(canonicalRequest);
}

QByteArray sigV4Signature(QByteArrayView secret, const SigV4Authorization& authorization,
                          QByteArrayView stringToSign)
{
    // Built in place so that no unwiped copy of the secret is left behind.
    QByteArray key;
    key.reserve(4 + secret.size());
    key.append("AWS4").append(secret);
    QByteArray dateKey = hmacSha256(key, authorization.date.toLatin1());
    QByteArray regionKey = hmacSha256(dateKey, authorization.region.toLatin1());
    QByteArray serviceKey = hmacSha256(regionKey, authorization.service.toLatin1());
    QByteArray signingKey = hmacSha256(serviceKey, "aws4_request");
    const QByteArray signature = hmacSha256(signingKey, stringToSign).toHex();
    for (QByteArray* material : {&key, &dateKey, &regionKey, &serviceKey, &signingKey})
        OPENSSL_cleanse(material->data(), std::size_t(material->size()));
    return signature;
}

QByteArray hexSha256(QByteArrayView data)
{
    return sha256(data).toHex();
}

bool sameSignature(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), std::size_t(a.size())) == 0;
}

SigV4Check verifySigV4(const HttpRequest& request, const SigV4Authorization& authorization,
                       QByteArrayView secret, const QDateTime& now, bool requireContentHash)
{
    const auto refused = [](SigV4Failure failure, int status, const QString& message,
                            QList<QPair<QString, QString>> extra = {}) {
        return SigV4Check{failure, status, message, std::move(extra)};
    };

    const QByteArray amzDateText = request.header("x-amz-date");
    const QDateTime amzDate = parseAmzDate(amzDateText);
    if (!amzDate.isValid())
        return refused(SigV4Failure::BadDate, 400,
                       u"AWS authentication requires a valid Date or x-amz-date header"_s);
    if (qAbs(amzDate.secsTo(now)) > sigV4MaxSkewSeconds)
        return refused(
            SigV4Failure::TooSkewed, 403,
            u"The difference between the request time and the current time is too large."_s,
            {{u"RequestTime"_s, QString::fromLatin1(amzDateText)},
             {u"ServerTime"_s, now.toUTC().toString(Qt::ISODate)},
             {u"MaxAllowedSkewMilliseconds"_s, QString::number(sigV4MaxSkewSeconds * 1000)}});

    const QByteArray emptyPayloadHash =
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    const QByteArray bodyHash = request.body.isEmpty() ? emptyPayloadHash : hexSha256(request.body);
    QByteArray payloadHash = bodyHash;
    if (request.hasHeader("x-amz-content-sha256")) {
        payloadHash = request.header("x-amz-content-sha256");
        if (payloadHash != "UNSIGNED-PAYLOAD" && payloadHash != bodyHash)
            return refused(SigV4Failure::PayloadHashMismatch, 400,
                           u"The provided 'x-amz-content-sha256' header does not match what was "
                           "computed."_s);
    } else if (requireContentHash) {
        return refused(SigV4Failure::MissingContentHash, 400,
                       u"Missing required header for this request: x-amz-content-sha256"_s);
    }
    if (!authorization.signedHeaders.contains("host"))
        return refused(SigV4Failure::HostNotSigned, 403, u"'Host' must be a signed header."_s);

    const std::optional<QByteArray> canonical =
        sigV4CanonicalRequest(request, authorization, payloadHash);
    const QByteArray stringToSign =
        canonical ? sigV4StringToSign(amzDateText, authorization.scope(), *canonical)
                  : QByteArray();
    const bool dateMatchesScope = amzDateText.startsWith(authorization.date.toLatin1());
    if (!canonical || !dateMatchesScope || secret.isEmpty() ||
        !sameSignature(sigV4Signature(secret, authorization, stringToSign),
                       authorization.signature))
        return refused(
            SigV4Failure::SignatureMismatch, 403,
            u"The request signature we calculated does not match the signature you provided. "
            "Check your AWS Secret Access Key and signing method."_s,
            {{u"AWSAccessKeyId"_s, authorization.accessKeyId},
             {u"StringToSign"_s, QString::fromLatin1(stringToSign)},
             {u"CanonicalRequest"_s, QString::fromUtf8(canonical.value_or(QByteArray()))}});
    return {};
}

} // namespace kw::sandbox

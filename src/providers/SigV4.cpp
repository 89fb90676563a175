#include "SigV4.h"

#include <QCoreApplication>
#include <QNetworkRequest>
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <memory>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace kw {

using namespace Qt::StringLiterals;

namespace {

constexpr int DigestSize = 32;
constexpr char HexDigits[] = "0123456789abcdef";

QString tr(const char* text)
{
    return QCoreApplication::translate("kw::SigV4", text);
}

// A digest of key material that is wiped when it goes out of scope.
struct WipedDigest
{
    std::array<unsigned char, DigestSize> bytes{};
    ~WipedDigest() { OPENSSL_cleanse(bytes.data(), bytes.size()); }
    QByteArrayView view() const
    {
        return {reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size())};
    }
};

bool hmacSha256(QByteArrayView key, QByteArrayView data, WipedDigest& out)
{
    unsigned int length = 0;
    const unsigned char* result = HMAC(EVP_sha256(), key.data(), int(key.size()),
                                       reinterpret_cast<const unsigned char*>(data.data()),
                                       std::size_t(data.size()), out.bytes.data(), &length);
    return result != nullptr && length == DigestSize;
}

QByteArray hex(QByteArrayView bytes)
{
    return bytes.toByteArray().toHex();
}

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// "Trimall": no leading or trailing whitespace, every inner run of it one space.
QByteArray trimAll(QByteArrayView value)
{
    QByteArray out;
    out.reserve(value.size());
    bool pendingSpace = false;
    for (const char c : value) {
        if (isWhitespace(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out += ' ';
        pendingSpace = false;
        out += c;
    }
    return out;
}

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

int defaultPort(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return 443;
    if (scheme == u"http")
        return 80;
    return -1;
}

// HMAC chain from "AWS4" + secret; every intermediate key is wiped on return.
bool deriveSigningKey(const Secret& secret, QByteArrayView date, QByteArrayView region,
                      QByteArrayView service, WipedDigest& signingKey)
{
    const QByteArrayView prefix = "AWS4";
    const std::size_t size = std::size_t(prefix.size()) + secret.size();
    const std::unique_ptr<char[]> seed(new char[size]);
    std::memcpy(seed.get(), prefix.data(), std::size_t(prefix.size()));
    if (secret.size() > 0)
        std::memcpy(seed.get() + prefix.size(), secret.view().data(), secret.size());

    WipedDigest dateKey;
    WipedDigest regionKey;
    WipedDigest serviceKey;
    const bool ok = hmacSha256({seed.get(), qsizetype(size)}, date, dateKey) &&
                    hmacSha256(dateKey.view(), region, regionKey) &&
                    hmacSha256(regionKey.view(), service, serviceKey) &&
                    hmacSha256(serviceKey.view(), "aws4_request", signingKey);
    OPENSSL_cleanse(seed.get(), size);
    return ok;
}

Secret hexSecret(const WipedDigest& digest)
{
    std::array<char, 2 * DigestSize> text{};
    for (std::size_t i = 0; i < digest.bytes.size(); ++i) {
        text[2 * i] = HexDigits[digest.bytes[i] >> 4];
        text[2 * i + 1] = HexDigits[digest.bytes[i] & 0x0f];
    }
    Secret result = Secret::fromUtf8({text.data(), qsizetype(text.size())});
    OPENSSL_cleanse(text.data(), text.size());
    return result;
}

} // namespace

QByteArray SigV4::uriEncode(QByteArrayView utf8, bool keepSlash)
{
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        if (isUnreserved(c) || (keepSlash && c == '/')) {
            out += c;
            continue;
        }
        const auto byte = static_cast<unsigned char>(c);
        out += '%';
        out += QByteArrayView("0123456789ABCDEF")[byte >> 4];
        out += QByteArrayView("0123456789ABCDEF")[byte & 0x0f];
    }
    return out;
}

QByteArray SigV4::canonicalUri(const QString& path)
{
    if (path.isEmpty())
        return "/";
    QByteArray encoded = uriEncode(path.toUtf8(), true);
    if (!encoded.startsWith('/'))
        encoded.prepend('/');
    return encoded;
}

QByteArray SigV4::canonicalQuery(const QList<QPair<QString, QString>>& query)
{
    QList<QPair<QByteArray, QByteArray>> encoded;
    encoded.reserve(query.size());
    for (const auto& [key, value] : query)
        encoded.append({uriEncode(key.toUtf8(), false), uriEncode(value.toUtf8(), false)});
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (const auto& [key, value] : encoded) {
        if (!out.isEmpty())
            out += '&';
        out += key + '=' + value;
    }
    return out;
}

QByteArray SigV4::canonicalHeaders(const QList<QPair<QByteArray, QByteArray>>& headers,
                                   QByteArray* signedHeaders)
{
    QList<QPair<QByteArray, QByteArray>> normalized;
    normalized.reserve(headers.size());
    for (const auto& [name, value] : headers)
        normalized.append({name.trimmed().toLower(), trimAll(value)});
    // Stable: repeated names keep the order in which they are sent.
    std::stable_sort(normalized.begin(), normalized.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });

    QByteArray block;
    QByteArray names;
    for (qsizetype i = 0; i < normalized.size(); ++i) {
        const QByteArray& name = normalized[i].first;
        if (i > 0 && normalized[i - 1].first == name) {
            block.chop(1); // the '\n' of the previous value of this name
            block += ',' + normalized[i].second + '\n';
            continue;
        }
        block += name + ':' + normalized[i].second + '\n';
        if (!names.isEmpty())
            names += ';';
        names += name;
    }
    if (signedHeaders)
        *signedHeaders = names;
    return block;
}

QByteArray SigV4::amzDate(const QDateTime& time)
{
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    std::array<char, 32> text{};
    std::snprintf(text.data(), text.size(), "%04d%02d%02dT%02d%02d%02dZ", date.year(), date.month(),
                  date.day(), clock.hour(), clock.minute(), clock.second());
    return QByteArray(text.data());
}

QByteArray SigV4::sha256Hex(QByteArrayView data)
{
    std::array<unsigned char, DigestSize> digest{};
    unsigned int length = 0;
    if (EVP_Digest(data.data(), std::size_t(data.size()), digest.data(), &length, EVP_sha256(),
                   nullptr) != 1 ||
        length != DigestSize)
        return {};
    return hex({reinterpret_cast<const char*>(digest.data()), qsizetype(length)});
}

SigV4::Signed SigV4::sign(const Request& request, const Secret& secret)
{
    Signed out;
    const Credential& credential = request.credential;
    if (!request.timestamp.isValid() || request.timestamp.toUTC().date().year() < 1000 ||
        request.timestamp.toUTC().date().year() > 9999) {
        out.error = tr("The signing time is not valid.");
        return out;
    }
    if (credential.accessKeyId.isEmpty() || credential.region.isEmpty() ||
        credential.service.isEmpty()) {
        out.error = tr("The access key id, region and service are needed to sign a request.");
        return out;
    }
    if (request.method.isEmpty() || request.payloadHash.isEmpty()) {
        out.error = tr("The method and the payload hash are needed to sign a request.");
        return out;
    }

    out.amzDate = amzDate(request.timestamp);
    const QByteArray date = out.amzDate.left(8);
    const QByteArray region = credential.region.toUtf8();
    const QByteArray service = credential.service.toUtf8();
    out.credentialScope = date + '/' + region + '/' + service + "/aws4_request";

    const QByteArray headerBlock = canonicalHeaders(request.headers, &out.signedHeaders);
    out.canonicalRequest = request.method.toUpper() + '\n' + canonicalUri(request.path) + '\n' +
                           canonicalQuery(request.query) + '\n' + headerBlock + '\n' +
                           out.signedHeaders + '\n' + request.payloadHash;
    out.canonicalRequestHash = sha256Hex(out.canonicalRequest);
    out.stringToSign = Algorithm.toByteArray() + '\n' + out.amzDate + '\n' + out.credentialScope +
                       '\n' + out.canonicalRequestHash;

    WipedDigest signingKey;
    WipedDigest signature;
    if (out.canonicalRequestHash.isEmpty() ||
        !deriveSigningKey(secret, date, region, service, signingKey) ||
        !hmacSha256(signingKey.view(), out.stringToSign, signature)) {
        out.error = tr("The cryptographic library could not compute the signature.");
        return out;
    }
    out.signature = hex(signature.view());
    if (request.keepSigningKey)
        out.signingKeyHex = hexSecret(signingKey);
    out.authorization = Algorithm.toByteArray() + " Credential=" + credential.accessKeyId.toUtf8() +
                        '/' + out.credentialScope + ", SignedHeaders=" + out.signedHeaders +
                        ", Signature=" + out.signature;
    return out;
}

QList<QPair<QString, QString>> SigV4::queryPairs(const QUrl& url)
{
    QList<QPair<QString, QString>> pairs;
    if (!url.hasQuery())
        return pairs;
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    for (const QByteArray& part : query.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf('=');
        const QByteArray key = equals < 0 ? part : part.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : part.mid(equals + 1);
        pairs.append({QUrl::fromPercentEncoding(key), QUrl::fromPercentEncoding(value)});
    }
    return pairs;
}

QUrl SigV4::normalizedUrl(const QUrl& url)
{
    QUrl normalized = url;
    normalized.setUserInfo({});
    normalized.setFragment({});
    if (normalized.port() != -1 && normalized.port() == defaultPort(normalized))
        normalized.setPort(-1);
    return normalized;
}

QByteArray SigV4::hostHeader(const QUrl& url)
{
    return normalizedUrl(url).authority(QUrl::FullyEncoded).toLatin1().toLower();
}

QList<QPair<QByteArray, QByteArray>>
SigV4::signedGetHeaders(const QUrl& url, const Credential& credential, const Secret& secret,
                        const QDateTime& now, QUrl* sendUrl, QString* error)
{
    const QUrl normalized = normalizedUrl(url);
    if (!normalized.isValid() || normalized.host().isEmpty()) {
        if (error)
            *error = tr("The address to sign a request for is not valid.");
        return {};
    }
    Request request;
    request.method = "GET";
    request.path = normalized.path(QUrl::FullyDecoded);
    request.query = queryPairs(normalized);
    const QByteArray date = amzDate(now);
    request.headers = {{"host", hostHeader(normalized)},
                       {"x-amz-content-sha256", EmptyPayloadHash.toByteArray()},
                       {"x-amz-date", date}};
    request.payloadHash = EmptyPayloadHash.toByteArray();
    request.credential = credential;
    request.timestamp = now;
    const Signed result = sign(request, secret);
    if (!result.isValid()) {
        if (error)
            *error = result.error;
        return {};
    }
    if (sendUrl)
        *sendUrl = normalized;
    return {{"x-amz-date", result.amzDate},
            {"x-amz-content-sha256", EmptyPayloadHash.toByteArray()},
            {"Authorization", result.authorization}};
}

bool SigV4::signGet(QNetworkRequest& request, const Credential& credential, const Secret& secret,
                    const QDateTime& now, QString* error)
{
    QUrl sendUrl;
    const auto headers = signedGetHeaders(request.url(), credential, secret, now, &sendUrl, error);
    if (headers.isEmpty())
        return false;
    request.setUrl(sendUrl);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    return true;
}

HttpRequest SigV4::listBucketsRequest(const QUrl& endpoint, const Credential& credential,
                                      const Secret& secret, const QDateTime& now, QString* error)
{
    QUrl url = endpoint;
    if (url.path().isEmpty())
        url.setPath(u"/"_s);
    Credential scoped = credential;
    if (scoped.service.isEmpty())
        scoped.service = u"s3"_s;

    HttpRequest request;
    request.method = "GET";
    QUrl sendUrl;
    const auto headers = signedGetHeaders(url, scoped, secret, now, &sendUrl, error);
    if (headers.isEmpty())
        return request;
    request.url = sendUrl;
    request.headers = headers;
    request.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/xml")));
    return request;
}

} // namespace kw

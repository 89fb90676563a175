#include "sandbox/wasabiair/WasabiAirJwt.h"

#include <array>
#include <nlohmann/json.hpp>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <stdexcept>

namespace kw::sandbox {

namespace {

using nlohmann::json;

constexpr QByteArray::Base64Options base64Url =
    QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray encodePart(const nlohmann::ordered_json& value)
{
    const std::string text = value.dump();
    return QByteArray(text.data(), qsizetype(text.size())).toBase64(base64Url);
}

std::optional<json> decodePart(QByteArrayView part)
{
    if (part.isEmpty())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        part.toByteArray(), base64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    json value =
        json::parse(decoded.decoded.constBegin(), decoded.decoded.constEnd(), nullptr, false);
    if (value.is_discarded() || !value.is_object())
        return std::nullopt;
    return value;
}

} // namespace

AirJwtSigner::AirJwtSigner() : m_key(32, '\0')
{
    if (RAND_bytes(reinterpret_cast<unsigned char*>(m_key.data()), int(m_key.size())) != 1)
        throw std::runtime_error("RAND_bytes failed");
}

AirJwtSigner::AirJwtSigner(QByteArrayView key) : m_key(key.toByteArray()) {}

AirJwtSigner::~AirJwtSigner()
{
    OPENSSL_cleanse(m_key.data(), std::size_t(m_key.size()));
}

QByteArray AirJwtSigner::signature(QByteArrayView signingInput) const
{
    std::array<unsigned char, EVP_MAX_MD_SIZE> mac{};
    unsigned int size = 0;
    if (!HMAC(EVP_sha256(), m_key.constData(), int(m_key.size()),
              reinterpret_cast<const unsigned char*>(signingInput.data()),
              std::size_t(signingInput.size()), mac.data(), &size))
        throw std::runtime_error("HMAC-SHA256 failed");
    return QByteArray(reinterpret_cast<const char*>(mac.data()), qsizetype(size));
}

QByteArray AirJwtSigner::sign(const AirClaims& claims) const
{
    // Member order as written: nlohmann's ordered_json keeps it, so the header is the usual
    // eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.
    const nlohmann::ordered_json header{{"alg", "HS256"}, {"typ", "JWT"}};
    const nlohmann::ordered_json payload{{"sub", claims.subject.toStdString()},
                                         {"jti", claims.keyId.toStdString()},
                                         {"iat", claims.issuedAt}};
    const QByteArray signingInput = encodePart(header) + '.' + encodePart(payload);
    return signingInput + '.' + signature(signingInput).toBase64(base64Url);
}

std::optional<AirClaims> AirJwtSigner::verify(QByteArrayView token) const
{
    const qsizetype firstDot = token.indexOf('.');
    const qsizetype lastDot = token.lastIndexOf('.');
    if (firstDot <= 0 || lastDot <= firstDot + 1 ||
        token.sliced(firstDot + 1, lastDot - firstDot - 1).indexOf('.') >= 0)
        return std::nullopt;

    const QByteArrayView signingInput = token.first(lastDot);
    const auto sent =
        QByteArray::fromBase64Encoding(token.sliced(lastDot + 1).toByteArray(),
                                       base64Url | QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray expected = signature(signingInput);
    if (!sent || sent.decoded.size() != expected.size() ||
        CRYPTO_memcmp(sent.decoded.constData(), expected.constData(),
                      std::size_t(expected.size())) != 0)
        return std::nullopt;

    // The signature is ours, yet the header is checked as a real verifier would ("alg": "none"
    // and friends are refused whatever the signature).
    const std::optional<json> header = decodePart(token.first(firstDot));
    const std::optional<json> payload =
        decodePart(token.sliced(firstDot + 1, lastDot - firstDot - 1));
    if (!header || !payload || header->value("alg", json()) != "HS256")
        return std::nullopt;
    // value() and not operator[]: on a const object, [] of a missing member is undefined.
    const json sub = payload->value("sub", json());
    const json jti = payload->value("jti", json());
    const json iat = payload->value("iat", json());
    if (!sub.is_string() || !jti.is_string() || !iat.is_number_integer())
        return std::nullopt;
    return AirClaims{QString::fromStdString(sub.get<std::string>()),
                     QString::fromStdString(jti.get<std::string>()), iat.get<qint64>()};
}

} // namespace kw::sandbox

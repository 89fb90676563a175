// The reader of Wasabi AiR JWTs (src/sandbox/wasabiair/WasabiAirJwt: AirJwtSigner::verify, which
// reads every bearer token sent to the AiR emulator). The first byte picks what the rest is:
// a token as sent (even), or a "header.payload" that is signed here with the signer's key so that
// the claims behind a valid signature are read too (odd). A token the signer made from claims
// read from the input verifies back to the same claims.
#include "FuzzSupport.h"
#include "sandbox/wasabiair/WasabiAirJwt.h"

#include <array>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace {

using kw::fuzz::require;

const QByteArray key = "fuzz-target-key-0123456789abcdef";

QByteArray signedToken(const QByteArray& signingInput)
{
    std::array<unsigned char, EVP_MAX_MD_SIZE> mac{};
    unsigned int size = 0;
    HMAC(EVP_sha256(), key.constData(), int(key.size()),
         reinterpret_cast<const unsigned char*>(signingInput.constData()),
         std::size_t(signingInput.size()), mac.data(), &size);
    const QByteArray signature(reinterpret_cast<const char*>(mac.data()), qsizetype(size));
    return signingInput + '.' +
           signature.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const kw::sandbox::AirJwtSigner signer{QByteArrayView(key)};
    if (size == 0)
        return 0;
    const QByteArray rest = kw::fuzz::bytes(data + 1, size - 1);
    const QByteArray token = (data[0] & 1) ? signedToken(rest) : rest;
    (void)signer.verify(token);

    const QList<QByteArray> parts = rest.split('\n');
    const kw::sandbox::AirClaims claims{QString::fromUtf8(parts.value(0)),
                                        QString::fromUtf8(parts.value(1)),
                                        parts.value(2).toLongLong()};
    const std::optional<kw::sandbox::AirClaims> back = signer.verify(signer.sign(claims));
    require(back.has_value(), "a token the signer made verifies");
    require(back->subject == claims.subject && back->keyId == claims.keyId &&
                back->issuedAt == claims.issuedAt,
            "a token's claims read back as signed");
    return 0;
}

#include "sandbox/SandboxCrypto.h"

#include <array>
#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <stdexcept>

namespace kw::sandbox {

namespace {

constexpr std::string_view alphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

template <typename T, void (*Free)(T*)> struct Deleter
{
    void operator()(T* p) const { Free(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using BnPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

void fillRandom(unsigned char* buffer, int size)
{
    if (RAND_bytes(buffer, size) != 1)
        throw std::runtime_error("RAND_bytes failed");
}

QByteArray readBio(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

bool addExtension(X509* certificate, int nid, const char* value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    ExtPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

} // namespace

QByteArray randomAlphanumeric(int length)
{
    QByteArray out;
    out.reserve(length);
    std::array<unsigned char, 64> pool{};
    // 248 = 4 * 62: bytes at or above it are dropped so every character is equally likely.
    constexpr unsigned limit = 4 * alphabet.size();
    while (out.size() < length) {
        fillRandom(pool.data(), int(pool.size()));
        for (unsigned char byte : pool) {
            if (byte >= limit)
                continue;
            out.append(alphabet[byte % alphabet.size()]);
            if (out.size() == length)
                break;
        }
    }
    OPENSSL_cleanse(pool.data(), pool.size());
    return out;
}

QString randomUuid()
{
    std::array<unsigned char, 16> bytes{};
    fillRandom(bytes.data(), int(bytes.size()));
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    const QByteArray hex =
        QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size())).toHex();
    return QString::fromLatin1(hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' +
                               hex.mid(16, 4) + '-' + hex.mid(20));
}

QByteArray sha256(QByteArrayView data)
{
    std::array<unsigned char, 32> digest{};
    unsigned int size = 0;
    if (EVP_Digest(data.data(), std::size_t(data.size()), digest.data(), &size, EVP_sha256(),
                   nullptr) != 1)
        throw std::runtime_error("SHA-256 failed");
    return QByteArray(reinterpret_cast<const char*>(digest.data()), qsizetype(size));
}

SelfSignedIdentity makeLoopbackIdentity()
{
    PkeyPtr key(EVP_EC_gen("P-256"));
    X509Ptr certificate(X509_new());
    if (!key || !certificate)
        return SelfSignedIdentity();

    X509_set_version(certificate.get(), 2); // v3, for the extensions
    BnPtr serial(BN_new());
    if (!serial || BN_rand(serial.get(), 63, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1 ||
        !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get())))
        return SelfSignedIdentity();
    // An hour of slack for clocks that differ a little between test processes.
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), 7L * 24 * 3600);
    X509_set_pubkey(certificate.get(), key.get());

    X509_NAME* name = X509_get_subject_name(certificate.get());
    const auto text = [](const char* s) { return reinterpret_cast<const unsigned char*>(s); };
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, text("KeyWarden sandbox"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, text("127.0.0.1"), -1, -1, 0);
    X509_set_issuer_name(certificate.get(), name);

    // The certificate is its own trust anchor for the client, hence CA:TRUE.
    if (!addExtension(certificate.get(), NID_basic_constraints, "critical,CA:TRUE") ||
        !addExtension(certificate.get(), NID_key_usage, "critical,digitalSignature,keyCertSign") ||
        !addExtension(certificate.get(), NID_ext_key_usage, "serverAuth") ||
        !addExtension(certificate.get(), NID_subject_key_identifier, "hash") ||
        !addExtension(certificate.get(), NID_subject_alt_name, "IP:127.0.0.1,DNS:localhost"))
        return SelfSignedIdentity();
    if (X509_sign(certificate.get(), key.get(), EVP_sha256()) <= 0)
        return SelfSignedIdentity();

    BioPtr certificateBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_secmem())); // wiped when freed
    if (!certificateBio || !keyBio ||
        PEM_write_bio_X509(certificateBio.get(), certificate.get()) != 1 ||
        PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) !=
            1)
        return SelfSignedIdentity();

    SelfSignedIdentity identity;
    identity.certificate = QSslCertificate(readBio(certificateBio.get()), QSsl::Pem);
    QByteArray keyPem = readBio(keyBio.get());
    identity.privateKey = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    OPENSSL_cleanse(keyPem.data(), std::size_t(keyPem.size()));
    return identity;
}

} // namespace kw::sandbox

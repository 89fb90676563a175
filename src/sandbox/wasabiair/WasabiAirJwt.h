#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

namespace kw::sandbox {

// The claims the emulator puts in a Wasabi AiR API key. The real claims are not documented
// (providers.md B.1.1), so the key carries what the emulator needs to find it again: no expiry.
struct AirClaims
{
    QString subject;     // sub: the owner's user id
    QString keyId;       // jti: the key's id
    qint64 issuedAt = 0; // iat: seconds since the epoch
};

// HS256 JWTs signed with a random key of this signer's own, so that tokens from one sandbox
// (or a hand-made one) never pass in another.
class AirJwtSigner
{
public:
    AirJwtSigner();
    // A signer with a key of the caller's (the fuzz target signs its own inputs with it).
    explicit AirJwtSigner(QByteArrayView key);
    ~AirJwtSigner();
    AirJwtSigner(const AirJwtSigner&) = delete;
    AirJwtSigner& operator=(const AirJwtSigner&) = delete;

    QByteArray sign(const AirClaims& claims) const;
    // The claims of a token this signer made; nullopt for anything else (malformed, another
    // algorithm, a signature that does not match).
    std::optional<AirClaims> verify(QByteArrayView token) const;

private:
    QByteArray signature(QByteArrayView signingInput) const;

    QByteArray m_key;
};

} // namespace kw::sandbox

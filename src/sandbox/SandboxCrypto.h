#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace kw::sandbox {

// Random material for tokens and ids, from OpenSSL's CSPRNG.
QByteArray randomAlphanumeric(int length);
QString randomUuid();

// Raw SHA-256 digest: the sandbox keeps only this of every secret it hands out.
QByteArray sha256(QByteArrayView data);

struct SelfSignedIdentity
{
    QSslCertificate certificate;
    QSslKey privateKey;
};

// A fresh EC P-256 key and a self-signed certificate for 127.0.0.1 / localhost, valid for a
// week. Returns null members if OpenSSL fails.
SelfSignedIdentity makeLoopbackIdentity();

} // namespace kw::sandbox

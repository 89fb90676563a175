#pragma once

#include "providers/ProviderReply.h"

#include <QFile>
#include <QSslCertificate>
#include <QString>
#include <QTest>
#include <memory>

namespace kw::testsupport {

// Waits for a reply and owns it. A reply that does not finish in time is returned unfinished,
// so that the test's own assertions on it fail and say why.
inline std::unique_ptr<ProviderReply> waitForReply(ProviderReply* raw, int timeoutMs = 20000)
{
    std::unique_ptr<ProviderReply> reply(raw);
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, timeoutMs))
        qWarning("reply did not finish within %d ms", timeoutMs);
    return reply;
}

// Writes a sandbox's self-signed certificate where an account's CA file setting can point.
inline bool writeCaFile(const QString& path, const QSslCertificate& certificate)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(certificate.toPem());
    return true;
}

} // namespace kw::testsupport

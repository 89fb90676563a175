#pragma once

#include "core/Clock.h"
#include "core/Secret.h"
#include "sandbox/wasabiair/WasabiAirJwt.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <deque>
#include <optional>

namespace kw::sandbox {

// One Wasabi AiR API key as the server keeps it. The JWT is kept (the list returns it again,
// providers.md B.1.1), in a wiping buffer.
struct AirKey
{
    QString id;   // 64 hex
    QString name; // never empty: the server names unnamed keys
    Secret jwt;
    bool active = true;
    qint64 createdAtUs = 0; // microseconds since the epoch, UTC
    qint64 updatedAtUs = 0;
};

// The API keys of one AiR user. Keys are signed by this account's own AirJwtSigner.
class WasabiAirAccount
{
public:
    WasabiAirAccount();

    QString userId() const { return m_userId; }
    const AirJwtSigner& signer() const { return m_signer; }

    // name: already validated; empty → the server's default name for that moment.
    const AirKey& create(const QString& name, qint64 nowUs);
    static QString defaultName(qint64 whenUs); // "API key 2026-11-22 15:04" (UTC)

    const AirKey* find(const QString& id) const;
    // Sets what is given and bumps updated_at (to nowUs, or just after the previous update if
    // the clock has not moved); false for an unknown id.
    bool update(const QString& id, const std::optional<QString>& name, std::optional<bool> active,
                qint64 nowUs);
    bool remove(const QString& id); // wipes the JWT

    QList<const AirKey*> keys() const; // oldest first, inactive included
    int count() const { return int(m_keys.size()); }

private:
    QString m_userId;
    AirJwtSigner m_signer;
    std::deque<AirKey> m_keys; // creation order (samples may be created out of age order)
};

// Microseconds since the epoch, now by `clock`; and the RFC 3339 text the API uses for them
// ("2017-05-31T20:56:04.002433Z").
qint64 airNowUs(const kw::Clock& clock);
QString airTimestamp(qint64 microseconds);

} // namespace kw::sandbox

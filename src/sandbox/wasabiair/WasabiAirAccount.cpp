#include "sandbox/wasabiair/WasabiAirAccount.h"

#include <QTimeZone>
#include <algorithm>
#include <chrono>
#include <openssl/rand.h>
#include <stdexcept>

namespace kw::sandbox {

namespace {

using namespace Qt::StringLiterals;

QString randomHex(int bytes)
{
    QByteArray raw(bytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(raw.data()), bytes) != 1)
        throw std::runtime_error("RAND_bytes failed");
    return QString::fromLatin1(raw.toHex());
}

QDateTime fromMicroseconds(qint64 microseconds)
{
    return QDateTime::fromMSecsSinceEpoch(microseconds / 1000, QTimeZone::utc());
}

// Newest first: samples are changed right after they are made, and ids are unique.
template <typename Keys> auto locate(Keys& keys, const QString& id)
{
    const auto found =
        std::find_if(keys.rbegin(), keys.rend(), [&](const AirKey& key) { return key.id == id; });
    return found == keys.rend() ? keys.end() : std::prev(found.base());
}

} // namespace

qint64 airNowUs(const kw::Clock& clock)
{
    using namespace std::chrono;
    // The system clock has microseconds; a clock a test set has milliseconds.
    if (!clock.isSystem())
        return clock.nowMSecs() * 1000;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

QString airTimestamp(qint64 microseconds)
{
    const qint64 seconds = microseconds / 1'000'000;
    const qint64 fraction = microseconds % 1'000'000;
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc())
               .toString(u"yyyy-MM-ddTHH:mm:ss"_s) +
           u".%1Z"_s.arg(fraction, 6, 10, QLatin1Char('0'));
}

WasabiAirAccount::WasabiAirAccount() : m_userId(randomHex(16)) {}

QString WasabiAirAccount::defaultName(qint64 whenUs)
{
    return u"API key "_s + fromMicroseconds(whenUs).toString(u"yyyy-MM-dd HH:mm"_s);
}

const AirKey& WasabiAirAccount::create(const QString& name, qint64 nowUs)
{
    AirKey key;
    key.id = randomHex(32);
    key.name = name.isEmpty() ? defaultName(nowUs) : name;
    key.createdAtUs = nowUs;
    key.updatedAtUs = nowUs;
    QByteArray jwt = m_signer.sign(AirClaims{m_userId, key.id, nowUs / 1'000'000});
    key.jwt = Secret::fromUtf8(jwt);
    wipe(jwt);
    m_keys.push_back(std::move(key));
    return m_keys.back();
}

const AirKey* WasabiAirAccount::find(const QString& id) const
{
    const auto it = locate(m_keys, id);
    return it == m_keys.end() ? nullptr : &*it;
}

bool WasabiAirAccount::update(const QString& id, const std::optional<QString>& name,
                              std::optional<bool> active, qint64 nowUs)
{
    const auto it = locate(m_keys, id);
    if (it == m_keys.end())
        return false;
    if (name)
        it->name = *name;
    if (active)
        it->active = *active;
    it->updatedAtUs = std::max(nowUs, it->updatedAtUs + 1);
    return true;
}

bool WasabiAirAccount::remove(const QString& id)
{
    const auto it = locate(m_keys, id);
    if (it == m_keys.end())
        return false;
    m_keys.erase(it); // the Secret wipes itself
    return true;
}

QList<const AirKey*> WasabiAirAccount::keys() const
{
    QList<const AirKey*> list;
    for (const AirKey& key : m_keys)
        list.append(&key);
    std::stable_sort(list.begin(), list.end(), [](const AirKey* a, const AirKey* b) {
        return a->createdAtUs < b->createdAtUs;
    });
    return list;
}

} // namespace kw::sandbox

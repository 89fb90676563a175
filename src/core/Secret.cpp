#include "Secret.h"

#include "SecretPool.h"

#include <QDebug>
#include <cstring>
#include <openssl/crypto.h>
#include <utility>

namespace kw {

Secret::~Secret()
{
    clear();
}

Secret::Secret(Secret&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0)),
      m_mapped(std::exchange(other.m_mapped, 0)), m_locked(std::exchange(other.m_locked, false))
{}

Secret& Secret::operator=(Secret&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_mapped = std::exchange(other.m_mapped, 0);
        m_locked = std::exchange(other.m_locked, false);
    }
    return *this;
}

Secret Secret::fromUtf8(QByteArrayView bytes)
{
    Secret s;
    if (bytes.isEmpty())
        return s;
    s.m_data = secretpool::take(std::size_t(bytes.size()), &s.m_mapped, &s.m_locked);
    std::memcpy(s.m_data, bytes.data(), std::size_t(bytes.size()));
    s.m_size = std::size_t(bytes.size());
    return s;
}

Secret Secret::fromString(QStringView text)
{
    QByteArray utf8 = text.toUtf8();
    Secret s = fromUtf8(utf8);
    wipe(utf8);
    return s;
}

Secret Secret::clone() const
{
    return fromUtf8(view());
}

bool Secret::startsWith(QByteArrayView prefix) const
{
    return view().startsWith(prefix);
}

bool Secret::equals(const Secret& other) const
{
    if (m_size != other.m_size)
        return false;
    if (m_size == 0)
        return true;
    return CRYPTO_memcmp(m_data, other.m_data, m_size) == 0;
}

QByteArray Secret::exposeBytes() const
{
    return view().toByteArray();
}

QString Secret::exposeString() const
{
    return QString::fromUtf8(view());
}

void Secret::clear()
{
    if (m_data)
        secretpool::release(m_data, m_mapped, m_locked);
    m_data = nullptr;
    m_size = 0;
    m_mapped = 0;
    m_locked = false;
}

void wipe(QString& text)
{
    if (!text.isEmpty() && !text.isDetached())
        text = QString(); // shared: another owner still holds it, only drop our reference
    if (!text.isEmpty())
        OPENSSL_cleanse(text.data(), std::size_t(text.size()) * sizeof(QChar));
    text.clear();
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached())
        bytes = QByteArray();
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), std::size_t(bytes.size()));
    bytes.clear();
}

void wipeShared(QString& text)
{
    if (!text.isEmpty()) {
        // The buffer is heap data of a QString, never a literal (a QString from a literal has
        // no capacity, and a secret is never one): writing through the shared pointer is
        // what every owner sees, on purpose.
        auto* shared = const_cast<QChar*>(text.constData());
        if (text.capacity() > 0)
            OPENSSL_cleanse(shared, std::size_t(text.size()) * sizeof(QChar));
    }
    text = QString();
}

QDebug operator<<(QDebug debug, const Secret& secret)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Secret(<redacted>, " << secret.size() << " bytes)";
    return debug;
}

} // namespace kw

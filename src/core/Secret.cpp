#include "Secret.h"

#include <QDebug>
#include <QLoggingCategory>
#include <atomic>
#include <cstring>
#include <new>
#include <openssl/crypto.h>
#include <utility>

#if defined(__unix__)
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace kw {

namespace {

Q_LOGGING_CATEGORY(lcSecret, "kw.core.secret")

std::size_t pageSize()
{
#if defined(__unix__)
    static const std::size_t size = std::size_t(sysconf(_SC_PAGESIZE));
    return size;
#else
    return 4096;
#endif
}

// Whole pages for one secret: out of core files, locked in RAM if the limit allows.
char* mapPages(std::size_t size, std::size_t* mapped, bool* locked)
{
    *mapped = (size + pageSize() - 1) / pageSize() * pageSize();
#if defined(__unix__)
    void* pages =
        mmap(nullptr, *mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (pages == MAP_FAILED)
        throw std::bad_alloc();
#if defined(MADV_DONTDUMP)
    madvise(pages, *mapped, MADV_DONTDUMP);
#endif
    *locked = mlock(pages, *mapped) == 0;
    if (!*locked) {
        static std::atomic_flag warned;
        if (!warned.test_and_set())
            qCWarning(lcSecret) << "Secrets cannot be locked in memory (mlock failed: "
                                << std::strerror(errno)
                                << "); they may reach swap. Raise RLIMIT_MEMLOCK to avoid it.";
    }
    return static_cast<char*>(pages);
#else
    *locked = false;
    return new char[*mapped];
#endif
}

void unmapPages(char* data, std::size_t mapped, bool locked)
{
    OPENSSL_cleanse(data, mapped);
#if defined(__unix__)
    if (locked)
        munlock(data, mapped);
    munmap(data, mapped);
#else
    Q_UNUSED(locked);
    delete[] data;
#endif
}

} // namespace

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
    s.m_data = mapPages(std::size_t(bytes.size()), &s.m_mapped, &s.m_locked);
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
        unmapPages(m_data, m_mapped, m_locked);
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

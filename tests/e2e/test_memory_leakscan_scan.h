#pragma once

// The memory side of test_memory_leakscan: secrets remembered only in masked form, and a scan
// of every writable mapping of this process (read through /proc/self/mem, as a core image
// would hold them) for each secret as UTF-8 and as UTF-16LE.

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QList>
#include <QString>
#include <algorithm>
#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

namespace kw::test {

// A secret of the run, kept XOR-masked so that the test's own record of it is never a match.
// Only its first byte is kept in the clear (to find candidates quickly): one character is no
// secret. ASCII only (tokens and key secrets are), so that its UTF-16 form is each byte and 0.
class MaskedSecret
{
public:
    static constexpr char Mask = char(0xA5);

    MaskedSecret(QString name, QByteArrayView secret) : m_name(std::move(name))
    {
        m_masked.resize(secret.size());
        for (qsizetype i = 0; i < secret.size(); ++i)
            m_masked[i] = char(secret[i] ^ Mask);
    }
    [[nodiscard]] const QString& name() const { return m_name; }
    [[nodiscard]] qsizetype size() const { return m_masked.size(); }
    [[nodiscard]] bool isAscii() const
    {
        return std::all_of(m_masked.cbegin(), m_masked.cend(), [](char c) {
            const auto plain = static_cast<unsigned char>(c ^ Mask);
            return plain >= 0x20 && plain < 0x7f;
        });
    }
    [[nodiscard]] char first() const { return char(m_masked.at(0) ^ Mask); }
    // Whether the bytes at `at` (at least size() or 2·size() of them) are the secret.
    [[nodiscard]] bool utf8At(const char* at) const
    {
        for (qsizetype i = 0; i < m_masked.size(); ++i) {
            if (char(at[i] ^ Mask) != m_masked[i])
                return false;
        }
        return true;
    }
    [[nodiscard]] bool utf16At(const char* at) const
    {
        for (qsizetype i = 0; i < m_masked.size(); ++i) {
            if (char(at[2 * i] ^ Mask) != m_masked[i] || at[2 * i + 1] != 0)
                return false;
        }
        return true;
    }

private:
    QString m_name;
    QByteArray m_masked;
};

struct ScanCount
{
    int utf8 = 0;
    int utf16 = 0;
    [[nodiscard]] int total() const { return utf8 + utf16; }
};

// Reads every writable mapping of this process (heaps, stacks, the libraries' data, the
// MADV_DONTDUMP pages of live secrets too: stricter than a core file) and counts each secret.
class MemoryScanner
{
public:
    static constexpr std::size_t Chunk = 4 << 20;

    MemoryScanner()
    {
        m_buffer = static_cast<char*>(mmap(nullptr, Chunk + Overlap, PROT_READ | PROT_WRITE,
                                           MAP_PRIVATE | MAP_ANONYMOUS, -1, 0));
        m_fd = open("/proc/self/mem", O_RDONLY | O_CLOEXEC);
    }
    ~MemoryScanner()
    {
        if (m_buffer != MAP_FAILED)
            munmap(m_buffer, Chunk + Overlap);
        if (m_fd >= 0)
            close(m_fd);
    }
    MemoryScanner(const MemoryScanner&) = delete;
    MemoryScanner& operator=(const MemoryScanner&) = delete;

    [[nodiscard]] bool isReady() const { return m_buffer != MAP_FAILED && m_fd >= 0; }

    // One count per secret, in the order given; bytesScanned says how much was read.
    QList<ScanCount> scan(const QList<MaskedSecret>& secrets, qint64* bytesScanned)
    {
        QList<ScanCount> counts(secrets.size());
        *bytesScanned = 0;
        for (const auto& [start, end] : writableMappings()) {
            // the scan's own buffer holds copies of what it read: not part of the image
            const auto own = quintptr(m_buffer);
            if (start <= own && own < end)
                continue;
            scanRange(start, end, secrets, &counts, bytesScanned);
        }
        return counts;
    }

private:
    static constexpr std::size_t Overlap = 4096; // longer than twice any secret

    // AddressSanitizer's shadow: one byte per eight bytes of memory, saying which are addressable,
    // never a copy of them. It is mapped read-write but only reserved (about 14 TiB on x86-64):
    // read through /proc/self/mem it maps the zero page everywhere, about 0.5 s and 2.5 MiB of
    // page tables per GiB, so the scan would run for two hours and exhaust memory. It lies
    // at (address >> 3) + 0x7fff8000 (the shadow offset on x86-64 Linux), from one page below
    // the shadow of address 0 (where ASan maps it) to the shadow of the top of user space.
    static bool isSanitizerShadow([[maybe_unused]] quintptr start, [[maybe_unused]] quintptr end)
    {
#if defined(__SANITIZE_ADDRESS__) && defined(__x86_64__)
        constexpr quintptr ShadowOffset = 0x7fff8000;
        constexpr quintptr ShadowBegin = ShadowOffset - 4096;
        constexpr quintptr ShadowEnd = (quintptr(0x800000000000) >> 3) + ShadowOffset;
        return start >= ShadowBegin && end <= ShadowEnd;
#else
        return false;
#endif
    }

    static QList<std::pair<quintptr, quintptr>> writableMappings()
    {
        QList<std::pair<quintptr, quintptr>> ranges;
        QFile maps(QStringLiteral("/proc/self/maps"));
        if (!maps.open(QIODevice::ReadOnly))
            return ranges;
        for (const QByteArray& line : maps.readAll().split('\n')) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() < 2 || fields.at(1).size() < 2 || fields.at(1).at(1) != 'w')
                continue;
            if (line.contains("[vvar]") || line.contains("[vsyscall]"))
                continue;
            const QList<QByteArray> bounds = fields.at(0).split('-');
            const auto start = quintptr(bounds.at(0).toULongLong(nullptr, 16));
            const auto end = quintptr(bounds.at(1).toULongLong(nullptr, 16));
            if (!isSanitizerShadow(start, end))
                ranges.append({start, end});
        }
        return ranges;
    }

    void scanRange(quintptr start, quintptr end, const QList<MaskedSecret>& secrets,
                   QList<ScanCount>* counts, qint64* bytesScanned)
    {
        for (quintptr at = start; at < end; at += Chunk) {
            const std::size_t want = std::min<std::size_t>(Chunk + Overlap, end - at);
            const ssize_t got = pread(m_fd, m_buffer, want, off_t(at));
            if (got <= 0)
                continue;
            *bytesScanned += std::min<qint64>(got, qint64(Chunk));
            // a match starting in the overlap is counted by the next chunk
            const std::size_t starts = std::min<std::size_t>(std::size_t(got), Chunk);
            countIn(std::size_t(got), starts, secrets, counts);
        }
    }

    void countIn(std::size_t length, std::size_t starts, const QList<MaskedSecret>& secrets,
                 QList<ScanCount>* counts) const
    {
        for (qsizetype s = 0; s < secrets.size(); ++s) {
            const MaskedSecret& secret = secrets.at(s);
            const auto size = std::size_t(secret.size());
            const char* begin = m_buffer;
            const char* const stop = m_buffer + starts;
            while (begin < stop) {
                const auto* hit = static_cast<const char*>(
                    std::memchr(begin, secret.first(), std::size_t(stop - begin)));
                if (!hit)
                    break;
                const auto left = std::size_t(m_buffer + length - hit);
                if (left >= size && secret.utf8At(hit))
                    ++(*counts)[s].utf8;
                if (left >= 2 * size && secret.utf16At(hit))
                    ++(*counts)[s].utf16;
                begin = hit + 1;
            }
        }
    }

    char* m_buffer = static_cast<char*>(MAP_FAILED);
    int m_fd = -1;
};

} // namespace kw::test

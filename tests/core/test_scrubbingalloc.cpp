#include "core/ScrubbingAlloc.h"

#include <QByteArray>
#include <QString>
#include <QTest>
#include <algorithm>
#include <array>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

// Reads this process's memory through /proc/self/mem into a buffer on the stack, from a file
// opened beforehand: a freed block is looked at without dereferencing a dangling pointer and
// without a heap allocation that could reuse it first.
class Peeker
{
public:
    Peeker() : m_fd(open("/proc/self/mem", O_RDONLY | O_CLOEXEC)) {}
    ~Peeker() { close(m_fd); }
    Peeker(const Peeker&) = delete;
    Peeker& operator=(const Peeker&) = delete;

    // Whether the bytes at address + 16 are those of expected + 16 (glibc keeps two pointers at
    // the start of a free chunk, so only the rest can tell whether the block was scrubbed).
    bool tailHolds(quintptr address, const char* expected, std::size_t length) const
    {
        constexpr std::size_t bookkeeping = 16;
        std::array<char, 4096> buffer{};
        const std::size_t tail = std::min(length - bookkeeping, buffer.size());
        if (pread(m_fd, buffer.data(), tail, off_t(address + bookkeeping)) != ssize_t(tail))
            return false;
        return std::memcmp(buffer.data(), expected + bookkeeping, tail) == 0;
    }

private:
    int m_fd;
};

QByteArray pattern(qsizetype length)
{
    QByteArray bytes(length, Qt::Uninitialized);
    for (qsizetype i = 0; i < length; ++i)
        bytes[i] = char('A' + i % 26);
    return bytes;
}

} // namespace

class TestScrubbingAlloc : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
#if defined(__SANITIZE_ADDRESS__) && !defined(__clang__)
        // The asan preset runs the whole suite with operator delete scrubbing (ScrubbingAlloc.h).
        QVERIFY2(kw::scrubbingAllocatorActive(), "operator delete scrubs under GCC's ASan too");
#endif
        if (!kw::scrubbingAllocatorActive())
            QSKIP("the scrubbing allocator is compiled out (clang sanitizer build)");
    }

    void deleteArrayScrubs()
    {
        const QByteArray expected = pattern(200);
        const Peeker memory;
        auto* block = new char[std::size_t(expected.size())];
        std::memcpy(block, expected.constData(), std::size_t(expected.size()));
        const auto address = quintptr(block);
        QVERIFY(memory.tailHolds(address, expected.constData(), 200));
        delete[] block;
        QVERIFY(!memory.tailHolds(address, expected.constData(), 200));
    }

    void deleteObjectScrubs()
    {
        struct Holder
        {
            char text[96];
        };
        const QByteArray expected = pattern(96);
        const Peeker memory;
        auto holder = std::make_unique<Holder>();
        std::memcpy(holder->text, expected.constData(), sizeof holder->text);
        const auto address = quintptr(holder.get());
        QVERIFY(memory.tailHolds(address, expected.constData(), 96));
        holder.reset();
        QVERIFY(!memory.tailHolds(address, expected.constData(), 96));
    }

    // An over-aligned type goes through the aligned forms of operator new and delete.
    void deleteAlignedScrubs()
    {
        struct alignas(64) Wide
        {
            char text[128];
        };
        const QByteArray expected = pattern(128);
        const Peeker memory;
        auto* wide = new Wide;
        std::memcpy(wide->text, expected.constData(), sizeof wide->text);
        const auto address = quintptr(wide);
        QCOMPARE(address % 64, 0U);
        QVERIFY(memory.tailHolds(address, expected.constData(), 128));
        delete wide;
        QVERIFY(!memory.tailHolds(address, expected.constData(), 128));
    }

    // A QString's buffer is malloc'ed by Qt and freed with free(), not operator delete.
    void qtStringBufferIsScrubbed()
    {
        if (!kw::scrubbingCoversFree())
            QSKIP("free() is the sanitizer's own in this build (ScrubbingAlloc.h)");
        const QString source = QString::fromLatin1(pattern(300));
        const QByteArray utf16(reinterpret_cast<const char*>(source.constData()), 600);
        const Peeker memory;
        quintptr address = 0;
        {
            QString text = source;
            text.detach();
            address = quintptr(text.constData());
            QVERIFY(memory.tailHolds(address, utf16.constData(), 600));
        }
        QVERIFY(!memory.tailHolds(address, utf16.constData(), 600));
    }

    // A QByteArray that grows past its block moves: the old block is scrubbed too.
    void reallocScrubsTheOldBlock()
    {
        if (!kw::scrubbingCoversFree())
            QSKIP("realloc() is the sanitizer's own in this build (ScrubbingAlloc.h)");
        const QByteArray expected = pattern(256);
        const QByteArray more(64 * 1024, 'x');
        const Peeker memory;
        QByteArray growing = expected;
        growing.detach();
        const auto before = quintptr(growing.constData());
        growing.append(more);
        QVERIFY(quintptr(growing.constData()) != before);
        QVERIFY(!memory.tailHolds(before, expected.constData(), 256));
        QVERIFY(growing.startsWith(expected));
    }

    // Plain freeing when switched off (what the benchmark compares against): the way this test
    // looks at freed memory does see a block that was not scrubbed.
    void switchedOffLeavesTheBlock()
    {
        const QByteArray expected = pattern(200);
        const Peeker memory;
        kw::setScrubbingEnabled(false);
        auto* block = new char[std::size_t(expected.size())];
        std::memcpy(block, expected.constData(), std::size_t(expected.size()));
        const auto address = quintptr(block);
        delete[] block;
        kw::setScrubbingEnabled(true);
        QVERIFY(memory.tailHolds(address, expected.constData(), 200));
    }
};

QTEST_GUILESS_MAIN(TestScrubbingAlloc)
#include "test_scrubbingalloc.moc"

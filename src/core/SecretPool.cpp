#include "SecretPool.h"

#include <QLoggingCategory>
#include <array>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <mutex>
#include <new>
#include <openssl/crypto.h>

#if defined(__unix__)
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace kw::secretpool {

namespace {

Q_LOGGING_CATEGORY(lcSecret, "kw.core.secret")

constexpr std::array<std::size_t, 4> SlotSizes{64, 128, 256, 512};
constexpr std::size_t ChunkSize = 64 * 1024;

std::size_t pageSize()
{
#if defined(__unix__)
    static const std::size_t size = std::size_t(sysconf(_SC_PAGESIZE));
    return size;
#else
    return 4096;
#endif
}

void warnUnlockedOnce()
{
    static std::atomic_flag warned;
    if (!warned.test_and_set())
        qCWarning(lcSecret) << "Secrets cannot be locked in memory (mlock failed: "
                            << std::strerror(errno)
                            << "); they may reach swap. Raise RLIMIT_MEMLOCK to avoid it.";
}

// Whole pages: out of core files, locked in RAM if the limit allows.
char* mapPages(std::size_t size, bool* locked)
{
#if defined(__unix__)
    void* pages = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (pages == MAP_FAILED)
        throw std::bad_alloc();
#if defined(MADV_DONTDUMP)
    madvise(pages, size, MADV_DONTDUMP);
#endif
    *locked = mlock(pages, size) == 0;
    if (!*locked)
        warnUnlockedOnce();
    return static_cast<char*>(pages);
#else
    *locked = false;
    return new char[size];
#endif
}

void unmapPages(char* data, std::size_t size, bool locked)
{
#if defined(__unix__)
    if (locked)
        munlock(data, size);
    munmap(data, size);
#else
    Q_UNUSED(locked);
    delete[] data;
#endif
}

// A free slot holds the next free slot of its size and whether its chunk is locked.
struct FreeSlot
{
    FreeSlot* next;
    bool locked;
};

struct Pool
{
    std::mutex mutex;
    std::array<FreeSlot*, SlotSizes.size()> free{};
};

Pool& pool()
{
    static Pool* instance = new Pool; // never destroyed: secrets may outlive static teardown
    return *instance;
}

// A new chunk cut into slots of one size, onto that size's free list.
void grow(Pool& p, std::size_t index)
{
    bool locked = false;
    char* chunk = mapPages(ChunkSize, &locked);
    const std::size_t slot = SlotSizes[index];
    for (std::size_t offset = ChunkSize; offset >= slot; offset -= slot) {
        auto* free = new (chunk + offset - slot) FreeSlot{p.free[index], locked};
        p.free[index] = free;
    }
}

} // namespace

std::size_t largestSlot()
{
    return SlotSizes.back();
}

char* take(std::size_t size, std::size_t* capacity, bool* locked)
{
    for (std::size_t index = 0; index < SlotSizes.size(); ++index) {
        if (size > SlotSizes[index])
            continue;
        Pool& p = pool();
        const std::lock_guard guard(p.mutex);
        if (!p.free[index])
            grow(p, index);
        FreeSlot* slot = p.free[index];
        p.free[index] = slot->next;
        *locked = slot->locked;
        *capacity = SlotSizes[index];
        auto* data = reinterpret_cast<char*>(slot);
        std::memset(data, 0, SlotSizes[index]);
        return data;
    }
    *capacity = (size + pageSize() - 1) / pageSize() * pageSize();
    return mapPages(*capacity, locked);
}

void release(char* data, std::size_t capacity, bool locked)
{
    OPENSSL_cleanse(data, capacity);
    for (std::size_t index = 0; index < SlotSizes.size(); ++index) {
        if (capacity != SlotSizes[index])
            continue;
        Pool& p = pool();
        const std::lock_guard guard(p.mutex);
        p.free[index] = new (data) FreeSlot{p.free[index], locked};
        return;
    }
    unmapPages(data, capacity, locked);
}

} // namespace kw::secretpool

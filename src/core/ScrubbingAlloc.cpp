// The scrubbing allocator: see ScrubbingAlloc.h. KeePassXC's src/core/Alloc.cpp is the model;
// this one also interposes free() and realloc(), because Qt's QString and QByteArray buffers are
// malloc'ed and freed with free(), never with operator delete.

#include "ScrubbingAlloc.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer)
#define KW_SCRUB_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define KW_SCRUB_SANITIZED 1
#endif

#if defined(__GLIBC__) && defined(__linux__) && !defined(KW_SCRUB_SANITIZED)
#define KW_SCRUB_ACTIVE 1
#include <dlfcn.h>
#include <malloc.h>
#endif

namespace {
std::atomic<bool> scrubbing{true};
} // namespace

namespace kw {

bool scrubbingAllocatorActive()
{
#if defined(KW_SCRUB_ACTIVE)
    return true;
#else
    return false;
#endif
}

void setScrubbingEnabled(bool enabled)
{
    scrubbing.store(enabled, std::memory_order_relaxed);
}

} // namespace kw

#if defined(KW_SCRUB_ACTIVE)

namespace {

using FreeFunction = void (*)(void*);
std::atomic<FreeFunction> libcFree{nullptr};
thread_local bool resolving = false;

// The C library's free, looked up on first use. dlsym may itself allocate and free: a block
// freed while the lookup runs is left allocated (a few bytes, once per thread at most).
FreeFunction realFree()
{
    FreeFunction function = libcFree.load(std::memory_order_acquire);
    if (function != nullptr || resolving)
        return function;
    resolving = true;
    function = reinterpret_cast<FreeFunction>(dlsym(RTLD_NEXT, "free"));
    resolving = false;
    libcFree.store(function, std::memory_order_release);
    return function;
}

// glibc's chunk header: the size word just before the block has bit 1 set when the block is a
// mapping of its own. Such a block goes back to the kernel on free (unmapped, so in no core
// image, zeroed before reuse), and scrubbing it would only touch pages that may never have been
// faulted in.
bool isOwnMapping(const void* block)
{
    const auto* header = static_cast<const std::size_t*>(block) - 1;
    return (*header & 0x2U) != 0;
}

void scrub(void* block)
{
    if (!scrubbing.load(std::memory_order_relaxed) || isOwnMapping(block))
        return;
    explicit_bzero(block, malloc_usable_size(block));
}

void scrubAndFree(void* block) noexcept
{
    if (block == nullptr)
        return;
    scrub(block);
    if (FreeFunction function = realFree())
        function(block);
}

} // namespace

extern "C" {

void free(void* block) noexcept
{
    scrubAndFree(block);
}

// A block that grows in place needs nothing; one that moves is copied, and the old one scrubbed
// and freed (glibc's own realloc would free it unscrubbed).
void* realloc(void* block, std::size_t size) noexcept
{
    if (block == nullptr)
        return std::malloc(size);
    if (size == 0) {
        scrubAndFree(block);
        return nullptr;
    }
    const std::size_t usable = malloc_usable_size(block);
    if (size <= usable && size >= usable / 2)
        return block;
    void* moved = std::malloc(size);
    if (moved == nullptr)
        return nullptr;
    std::memcpy(moved, block, size < usable ? size : usable);
    scrubAndFree(block);
    return moved;
}

} // extern "C"

void operator delete(void* block) noexcept
{
    scrubAndFree(block);
}
void operator delete[](void* block) noexcept
{
    scrubAndFree(block);
}
void operator delete(void* block, std::size_t) noexcept
{
    scrubAndFree(block);
}
void operator delete[](void* block, std::size_t) noexcept
{
    scrubAndFree(block);
}
void operator delete(void* block, const std::nothrow_t&) noexcept
{
    scrubAndFree(block);
}
void operator delete[](void* block, const std::nothrow_t&) noexcept
{
    scrubAndFree(block);
}
// libstdc++ allocates the aligned forms with aligned_alloc, which free() releases.
void operator delete(void* block, std::align_val_t) noexcept
{
    scrubAndFree(block);
}
void operator delete[](void* block, std::align_val_t) noexcept
{
    scrubAndFree(block);
}
void operator delete(void* block, std::size_t, std::align_val_t) noexcept
{
    scrubAndFree(block);
}
void operator delete[](void* block, std::size_t, std::align_val_t) noexcept
{
    scrubAndFree(block);
}
void operator delete(void* block, std::align_val_t, const std::nothrow_t&) noexcept
{
    scrubAndFree(block);
}
void operator delete[](void* block, std::align_val_t, const std::nothrow_t&) noexcept
{
    scrubAndFree(block);
}

#endif // KW_SCRUB_ACTIVE

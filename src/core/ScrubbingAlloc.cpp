// The scrubbing allocator: see ScrubbingAlloc.h. KeePassXC's src/core/Alloc.cpp is the model;
// this one also interposes free() and realloc(), because Qt's QString and QByteArray buffers are
// malloc'ed and freed with free(), never with operator delete.
//
// Three builds:
// - glibc, no sanitizer (KW_SCRUB_FREE): operator delete, free() and realloc() are replaced; each
//   block is scrubbed with malloc_usable_size and handed to the C library's free.
// - GCC's AddressSanitizer, the asan preset (KW_SCRUB_ASAN): libasan.so owns malloc, free and
//   realloc (its interceptors come first in symbol lookup, and a free() of ours would bypass its
//   use-after-free and double-free checks), so those are left alone. operator delete is replaced:
//   a live block is scrubbed over the size ASan gave it (__sanitizer_get_allocated_size) and then
//   passed to libasan's own operator delete of the same form, found with dlsym(RTLD_NEXT), so ASan
//   still quarantines it and still reports a new/delete mismatch, a double delete or a wrong size.
// - anything else (clang's sanitizers link their runtime statically, with an operator delete of
//   their own in the same executable; the fuzz preset): compiled out.

#include "ScrubbingAlloc.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>

#if defined(__clang__) && defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer) ||                         \
    __has_feature(thread_sanitizer)
#define KW_SCRUB_COMPILED_OUT 1
#endif
#endif
#if defined(__SANITIZE_THREAD__)
#define KW_SCRUB_COMPILED_OUT 1
#endif

#if defined(__GLIBC__) && defined(__linux__) && !defined(KW_SCRUB_COMPILED_OUT)
#if defined(__SANITIZE_ADDRESS__) && !defined(__clang__)
#define KW_SCRUB_ASAN 1
#elif !defined(__SANITIZE_ADDRESS__)
#define KW_SCRUB_FREE 1
#endif
#endif

#if defined(KW_SCRUB_FREE) || defined(KW_SCRUB_ASAN)
#include <dlfcn.h>
#include <malloc.h>
#endif

#if defined(KW_SCRUB_ASAN)
// From <sanitizer/allocator_interface.h>, which GCC 12 does not ship; libasan.so exports both.
extern "C" int __sanitizer_get_ownership(const volatile void* block);
extern "C" std::size_t __sanitizer_get_allocated_size(const volatile void* block);
#endif

namespace {
std::atomic<bool> scrubbing{true};
} // namespace

namespace kw {

bool scrubbingAllocatorActive()
{
#if defined(KW_SCRUB_FREE) || defined(KW_SCRUB_ASAN)
    return true;
#else
    return false;
#endif
}

bool scrubbingCoversFree()
{
#if defined(KW_SCRUB_FREE)
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

#if defined(KW_SCRUB_FREE)

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

#elif defined(KW_SCRUB_ASAN)

namespace {

// A block ASan does not hold as live (already freed, or not from its heap) is not touched: ASan's
// operator delete reports it with both stacks, which a write here would turn into a less useful
// use-after-free report.
void scrub(void* block)
{
    if (block == nullptr || !scrubbing.load(std::memory_order_relaxed) ||
        __sanitizer_get_ownership(block) == 0)
        return;
    explicit_bzero(block, __sanitizer_get_allocated_size(block));
}

// libasan's definition of one form of operator delete (its mangled name), looked up once. dlsym
// allocates with malloc and frees with free only, so the lookup cannot come back here.
template <typename Function> Function asanDelete(std::atomic<Function>& cache, const char* symbol)
{
    Function function = cache.load(std::memory_order_acquire);
    if (function == nullptr) {
        function = reinterpret_cast<Function>(dlsym(RTLD_NEXT, symbol));
        cache.store(function, std::memory_order_release);
    }
    return function;
}

// Scrubs the block, then passes it on to libasan's operator delete of the same form. Were that not
// found, free() releases it and ASan reports the mismatch: a test fails, nothing is lost silently.
template <typename Function, typename... Extra>
void scrubAndForward(std::atomic<Function>& cache, const char* symbol, void* block,
                     Extra... extra) noexcept
{
    scrub(block);
    if (Function function = asanDelete(cache, symbol))
        function(block, extra...);
    else
        std::free(block);
}

using Plain = void (*)(void*);
using Sized = void (*)(void*, std::size_t);
using Nothrow = void (*)(void*, const std::nothrow_t&);
using Aligned = void (*)(void*, std::align_val_t);
using SizedAligned = void (*)(void*, std::size_t, std::align_val_t);
using AlignedNothrow = void (*)(void*, std::align_val_t, const std::nothrow_t&);

std::atomic<Plain> deletePlain{nullptr}, deleteArrayPlain{nullptr};
std::atomic<Sized> deleteSized{nullptr}, deleteArraySized{nullptr};
std::atomic<Nothrow> deleteNothrow{nullptr}, deleteArrayNothrow{nullptr};
std::atomic<Aligned> deleteAligned{nullptr}, deleteArrayAligned{nullptr};
std::atomic<SizedAligned> deleteSizedAligned{nullptr}, deleteArraySizedAligned{nullptr};
std::atomic<AlignedNothrow> deleteAlignedNothrow{nullptr}, deleteArrayAlignedNothrow{nullptr};

} // namespace

void operator delete(void* block) noexcept
{
    scrubAndForward(deletePlain, "_ZdlPv", block);
}
void operator delete[](void* block) noexcept
{
    scrubAndForward(deleteArrayPlain, "_ZdaPv", block);
}
void operator delete(void* block, std::size_t size) noexcept
{
    scrubAndForward(deleteSized, "_ZdlPvm", block, size);
}
void operator delete[](void* block, std::size_t size) noexcept
{
    scrubAndForward(deleteArraySized, "_ZdaPvm", block, size);
}
void operator delete(void* block, const std::nothrow_t& tag) noexcept
{
    scrubAndForward<Nothrow, const std::nothrow_t&>(deleteNothrow, "_ZdlPvRKSt9nothrow_t", block,
                                                    tag);
}
void operator delete[](void* block, const std::nothrow_t& tag) noexcept
{
    scrubAndForward<Nothrow, const std::nothrow_t&>(deleteArrayNothrow, "_ZdaPvRKSt9nothrow_t",
                                                    block, tag);
}
void operator delete(void* block, std::align_val_t alignment) noexcept
{
    scrubAndForward(deleteAligned, "_ZdlPvSt11align_val_t", block, alignment);
}
void operator delete[](void* block, std::align_val_t alignment) noexcept
{
    scrubAndForward(deleteArrayAligned, "_ZdaPvSt11align_val_t", block, alignment);
}
void operator delete(void* block, std::size_t size, std::align_val_t alignment) noexcept
{
    scrubAndForward(deleteSizedAligned, "_ZdlPvmSt11align_val_t", block, size, alignment);
}
void operator delete[](void* block, std::size_t size, std::align_val_t alignment) noexcept
{
    scrubAndForward(deleteArraySizedAligned, "_ZdaPvmSt11align_val_t", block, size, alignment);
}
void operator delete(void* block, std::align_val_t alignment, const std::nothrow_t& tag) noexcept
{
    scrubAndForward<AlignedNothrow, std::align_val_t, const std::nothrow_t&>(
        deleteAlignedNothrow, "_ZdlPvSt11align_val_tRKSt9nothrow_t", block, alignment, tag);
}
void operator delete[](void* block, std::align_val_t alignment, const std::nothrow_t& tag) noexcept
{
    scrubAndForward<AlignedNothrow, std::align_val_t, const std::nothrow_t&>(
        deleteArrayAlignedNothrow, "_ZdaPvSt11align_val_tRKSt9nothrow_t", block, alignment, tag);
}

#endif

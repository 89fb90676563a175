#pragma once

#include <cstddef>

namespace kw::secretpool {

// Storage for secrets: pages kept out of core files (MADV_DONTDUMP) and locked in RAM where
// RLIMIT_MEMLOCK allows. A secret of up to largestSlot() bytes takes a slot in a shared 64 KiB
// chunk, so a paste with a hundred thousand key pairs costs no system call a secret and no page
// a secret; a larger one gets pages of its own. Thread-safe: secrets are read on worker threads.

// The largest secret that takes a slot.
std::size_t largestSlot();

// Room for size bytes; *capacity is what release() needs back, *locked whether it is locked.
char* take(std::size_t size, std::size_t* capacity, bool* locked);

// Wipes the capacity bytes at data and gives them back (a slot to its free list, pages unmapped).
void release(char* data, std::size_t capacity, bool locked);

} // namespace kw::secretpool

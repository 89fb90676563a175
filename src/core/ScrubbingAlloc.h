#pragma once

namespace kw {

// ScrubbingAlloc.cpp replaces the global operator delete (all the sized, unsized and aligned
// forms) and, through symbol interposition, free() and realloc() of the C library: every heap
// block is overwritten with zeros before it goes back to the allocator, and a realloc that
// moves a block scrubs the old one. So the copies of a secret that Qt makes behind our back
// (a QLineEdit's text, QMimeData, a QByteArray that grew, a JSON reader's buffer) do not
// outlive their use in freed memory. It is linked into every executable that links
// keywarden_core. Under AddressSanitizer (which owns malloc and free) it is compiled out.

// False when the scrubbing allocator is compiled out (sanitizer builds).
bool scrubbingAllocatorActive();

// For the benchmark only (tests/bench/bench_alloc.cpp): turns scrubbing off and on at run time,
// so the cost of the scrubbing can be measured against plain freeing in one process.
void setScrubbingEnabled(bool enabled);

} // namespace kw

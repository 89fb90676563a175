#pragma once

namespace kw {

// ScrubbingAlloc.cpp replaces the global operator delete (all the sized, unsized and aligned
// forms) and, through symbol interposition, free() and realloc() of the C library: every heap
// block is overwritten with zeros before it goes back to the allocator, and a realloc that
// moves a block scrubs the old one. So the copies of a secret that Qt makes behind our back
// (a QLineEdit's text, QMimeData, a QByteArray that grew, a JSON reader's buffer) do not
// outlive their use in freed memory. It is linked into every executable that links
// keywarden_core.
//
// Under GCC's AddressSanitizer (the asan preset) only operator delete is replaced: it scrubs the
// block and hands it on to ASan's operator delete, so ASan's checks stay whole. free() and
// realloc() stay ASan's own (replacing them would take ASan's heap checks away), so a buffer
// that Qt frees with free() is not scrubbed there. Under clang's sanitizers (the fuzz preset),
// whose runtime brings its own operator delete into the executable, it is compiled out.

// Whether operator delete scrubs: false when the scrubbing allocator is compiled out.
bool scrubbingAllocatorActive();

// Whether free() and realloc() scrub too: only in a build without a sanitizer.
bool scrubbingCoversFree();

// For the benchmark only (tests/bench/bench_alloc.cpp): turns scrubbing off and on at run time,
// so the cost of the scrubbing can be measured against plain freeing in one process.
void setScrubbingEnabled(bool enabled);

} // namespace kw

#pragma once

#include "providers/FastJson.h"

namespace kw::fuzz {

// What read() gives with the fast reader reading every list in two halves at once, from the
// shortest list on (the second half waited for, so the split never depends on the threads'
// timing); the reader is set back as it was after.
template <typename Read> auto inHalves(Read read)
{
    jsonio::setFastReaderSplitBytes(1, /*waitForSecondHalf=*/true);
    auto result = read();
    jsonio::setFastReaderSplitBytes(jsonio::FastReaderSplitBytes);
    return result;
}

} // namespace kw::fuzz

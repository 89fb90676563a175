#pragma once

// What every fuzz target shares: the input as Qt types, a fixed "now" (no clock: a run must be
// repeatable from its input alone) and invariant checks that abort, so that libFuzzer and the
// replay both report a broken one as a crash with the input that broke it.
#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace kw::fuzz {

inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
}

inline void require(bool condition, const char* what)
{
    if (condition)
        return;
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

} // namespace kw::fuzz

// The entry every target defines; the replay main and libFuzzer both call it.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

// The leak finder (src/core/LeakPatterns): anything a user pastes or a scanned file holds. Each
// finding must point at its own text, a secret must be a verbatim part of the input, and the
// scan must not depend on where the text starts (a line pushed down finds the same keys).
#include "FuzzSupport.h"
#include "core/LeakPatterns.h"

#include <QStringList>

namespace {

using kw::fuzz::require;
using namespace Qt::StringLiterals;

// Offset of (line, column), both 1-based, or -1 when the text has no such place.
qsizetype offsetOf(const QString& text, int line, int column)
{
    qsizetype start = 0;
    for (int l = 1; l < line; ++l) {
        start = text.indexOf(u'\n', start);
        if (start < 0)
            return -1;
        ++start;
    }
    const qsizetype offset = start + column - 1;
    return offset < text.size() ? offset : -1;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(kw::fuzz::bytes(data, size));
    const std::vector<kw::LeakFinding> findings = kw::LeakPatterns::scan(text);
    std::pair<int, int> previous{0, 0};
    for (const kw::LeakFinding& f : findings) {
        require(f.line >= 1 && f.column >= 1, "places are 1-based");
        require(std::pair(f.line, f.column) >= previous, "findings in text order");
        previous = {f.line, f.column};
        require(!f.publicId.isEmpty() || f.hasSecret(), "a finding holds an id or a secret");
        require(!kw::LeakPatterns::providerIds(f.kind).isEmpty(), "every kind has a provider");
        const qsizetype at = offsetOf(text, f.line, f.column);
        require(at >= 0, "the place is inside the text");
        if (!f.publicId.isEmpty() && f.kind != kw::LeakFinding::Kind::WasabiAir)
            require(QStringView(text).sliced(at).startsWith(f.publicId), "the id is at its place");
        if (f.hasSecret()) {
            const QString secret = QString::fromLatin1(f.secret.view());
            require(text.contains(secret), "a secret is a verbatim part of the text");
            require(!secret.contains(u' ') && !secret.contains(u'\n'), "a secret is one token");
        }
    }
    const std::vector<kw::LeakFinding> shifted = kw::LeakPatterns::scan(QString(u"\n"_s + text));
    require(shifted.size() == findings.size(), "a line pushed down finds the same keys");
    for (std::size_t i = 0; i < findings.size(); ++i) {
        require(shifted[i].line == findings[i].line + 1, "one line further down");
        require(shifted[i].publicId == findings[i].publicId, "the same id");
        require(shifted[i].secret.equals(findings[i].secret), "the same secret");
    }
    return 0;
}

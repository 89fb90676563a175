// Fuzz entry for the core parsers of text a user or a provider controls: the IP allowlist, the
// redactor and the key name policy. Each run checks their invariants and aborts when one breaks.
#include "core/IpAllowlist.h"
#include "core/KeyNamePolicy.h"
#include "core/Redactor.h"

#include <QString>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void require(bool condition, const char* what, const QString& input)
{
    if (condition)
        return;
    std::fprintf(stderr, "invariant broken: %s\ninput: %s\n", what, qUtf8Printable(input));
    std::abort();
}

void checkAllowlist(const QString& text)
{
    const kw::IpAllowlist allowlist = kw::IpAllowlist::parse(text);
    for (const kw::IpAllowlistIssue& issue : allowlist.issues()) {
        require(text.mid(issue.offset, issue.entry.size()) == issue.entry, "issue offset", text);
        require(issue.position >= 1, "issue position", text);
        require(!issue.message.isEmpty(), "issue message", text);
    }
    // Normalised entries read back as themselves, whatever else the text held.
    const kw::IpAllowlist reparsed = kw::IpAllowlist::parse(allowlist.toText());
    require(reparsed.isValid(), "normalised text is valid", text);
    require(reparsed.entries() == allowlist.entries(), "normalised text round trip", text);
    const kw::IpAllowlist fromEntries = kw::IpAllowlist::fromEntries(allowlist.entries());
    require(fromEntries.isValid() && fromEntries.entries() == allowlist.entries(),
            "fromEntries round trip", text);
}

void checkRedactor(const QString& text)
{
    const QString redacted = kw::Redactor::redact(text);
    require(!kw::Redactor::containsSecret(redacted), "redaction is complete", text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    checkAllowlist(text);
    checkRedactor(text);
    (void)kw::nonDescriptiveNameWarning(text);
    return 0;
}

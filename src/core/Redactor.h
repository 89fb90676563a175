#pragma once

#include <QString>

namespace kw {

// Finds secrets of the key formats of providers.md A.11 (and bearer headers) in free text and
// replaces them with a marker that keeps a short public prefix, e.g. "wayscloud_pat_ab…[redacted]".
// Used on every log line, audit entry and error message that could carry provider text.
class Redactor
{
public:
    static QString redact(const QString& text);
    static bool containsSecret(const QString& text);
};

} // namespace kw

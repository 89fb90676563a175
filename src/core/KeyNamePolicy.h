#pragma once

#include <QString>

namespace kw {

// The WAYSCloud seed asks for descriptive names ("Production Storage API", not "key1").
// Returns a translated warning for a name that says nothing, or an empty string.
QString nonDescriptiveNameWarning(const QString& name);

} // namespace kw

#pragma once

#include "core/ApiKey.h"

namespace kw {

// How the window names a key in its messages: its name, else its id.
inline QString keyDisplayName(const ApiKey& key)
{
    return key.name.isEmpty() ? key.id : key.name;
}

} // namespace kw

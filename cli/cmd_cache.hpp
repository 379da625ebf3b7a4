#pragma once
#include <optional>

#include "cli_common.hpp"
#include "rolekit/cache.hpp"

namespace rolekit::cli {
// rolekit cache info | clear: the validation cache (docs/cache.md).
Command register_cache(CLI::App& parent);

// The cache a command uses: none with --no-cache or without a location.
std::optional<CacheStore> open_cache(bool no_cache);
}  // namespace rolekit::cli

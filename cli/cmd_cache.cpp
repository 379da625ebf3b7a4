#include "cmd_cache.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <memory>

#include "rolekit/visible_text.hpp"

namespace rolekit::cli {

namespace {

struct CacheOptions {
    CLI::App* info = nullptr;
    CLI::App* clear = nullptr;
};

// Sizes for people: KiB below a MiB, with the exact byte count.
std::string size_text(std::uintmax_t bytes) {
    const double kib = static_cast<double>(bytes) / 1024.0;
    return kib < 1024.0 ? fmt::format("{:.1f} KiB ({} bytes)", kib, bytes)
                        : fmt::format("{:.1f} MiB ({} bytes)", kib / 1024.0, bytes);
}
ExitCode no_location() {
    print_usage_error("no cache location: set ROLEKIT_CACHE_DIR, XDG_CACHE_HOME or HOME");
    return ExitCode::usage;
}

ExitCode run_info() {
    const std::optional<std::filesystem::path> dir = default_cache_dir();
    if (!dir) return no_location();
    const CacheStore cache(*dir);
    const CacheStats s = cache.stats();
    std::string state = "usable";
    if (!cache.usable())
        state = "not usable (cannot create it): commands run without the cache";
    else if (::access((*dir / "v2").c_str(), W_OK) != 0)
        state = "read-only: entries are read, none written";
    print(fmt::format("location: {}\nstate:    {}\nentries:  {}\nsize:     {}\nlimit:    {}\n",
                      visible(dir->string()), state, s.entries, size_text(s.bytes),
                      size_text(cache.limit())));
    return ExitCode::ok;
}

ExitCode run_clear() {
    const std::optional<std::filesystem::path> dir = default_cache_dir();
    if (!dir) return no_location();
    std::string error;
    const CacheStats removed = CacheStore(*dir).clear(error);
    print(fmt::format("removed {} entr{}, {}, from {}\n", removed.entries,
                      removed.entries == 1 ? "y" : "ies", size_text(removed.bytes),
                      visible(dir->string())));
    if (error.empty()) return ExitCode::ok;
    print_error(fmt::format("rolekit: error: {}\n", visible(error)));
    return ExitCode::usage;
}

}  // namespace

std::optional<CacheStore> open_cache(bool no_cache) {
    if (no_cache) return std::nullopt;
    const std::optional<std::filesystem::path> dir = default_cache_dir();
    if (!dir) return std::nullopt;
    return CacheStore(*dir);
}

Command register_cache(CLI::App& parent) {
    auto o = std::make_shared<CacheOptions>();
    CLI::App* cache = parent.add_subcommand("cache", "Show or clear the validation cache");
    cache->require_subcommand(1);
    o->info = cache->add_subcommand("info", "Show the cache's location, entries, size and limit");
    o->clear = cache->add_subcommand("clear", "Remove every cache entry");
    return Command{cache, [o] { return o->info->parsed() ? run_info() : run_clear(); }};
}

}  // namespace rolekit::cli

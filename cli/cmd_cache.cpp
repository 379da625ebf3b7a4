#include "cmd_cache.hpp"

#include <fmt/format.h>

#include <memory>

#include "rolekit/file_io.hpp"
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

std::string state_of(const CacheStore& cache) {
    if (!cache.usable())
        return fmt::format("not usable ({}): commands run without the cache",
                           cache.unusable_reason());
    if (stat_file(cache.folder()).type != FileType::missing && !writable(cache.folder()))
        return "read-only: entries are read, none written";
    return "usable";
}

// Creates nothing: a cache directory named by mistake stays as it was.
ExitCode run_info() {
    const std::optional<std::filesystem::path> dir = default_cache_dir();
    if (!dir) return no_location();
    const CacheStore cache(*dir);
    const CacheStats s = cache.stats();
    print(fmt::format("location: {}\nstate:    {}\nentries:  {}\nsize:     {}\nlimit:    {}\n",
                      visible(dir->string()), visible(state_of(cache)), s.entries,
                      size_text(s.bytes), size_text(cache.limit())));
    return ExitCode::ok;
}

// What `cache clear` did, truly: what it removed, and what it left alone.
std::string cleared_text(const std::filesystem::path& dir, const CacheCleared& c) {
    std::string out = fmt::format("removed {} entr{}, {}, from {}\n", c.removed.entries,
                                  c.removed.entries == 1 ? "y" : "ies", size_text(c.removed.bytes),
                                  visible(dir.string()));
    if (c.temporaries > 0)
        out += fmt::format("removed {} temporary file{} of interrupted runs, {}\n", c.temporaries,
                           c.temporaries == 1 ? "" : "s", size_text(c.temporary_bytes));
    if (!c.left.empty())
        out += fmt::format("left {} file{} rolekit did not create:\n", c.left.size(),
                           c.left.size() == 1 ? "" : "s");
    for (const std::string& left : c.left) out += "  " + visible(left) + "\n";
    return out;
}

ExitCode run_clear() {
    const std::optional<std::filesystem::path> dir = default_cache_dir();
    if (!dir) return no_location();
    const CacheCleared cleared = CacheStore(*dir).clear();
    print(cleared_text(*dir, cleared));
    if (cleared.error.empty()) return ExitCode::ok;
    print_error(fmt::format("rolekit: error: {}\n", visible(cleared.error)));
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
    o->clear = cache->add_subcommand("clear", "Remove the cache's entries (only files it created)");
    return Command{cache,
                   [o](const Terminal&) { return o->info->parsed() ? run_info() : run_clear(); }};
}

}  // namespace rolekit::cli

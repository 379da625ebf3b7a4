// The validation cache (issue 15, docs/cache.md) driven as a library: one
// result, to the byte in every format, whether the cache is cold, warm,
// disabled or corrupted; cross-file changes re-check what depends on them;
// the store's checksums, pruning and location rules.

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "rolekit/cache.hpp"
#include "rolekit/file_system.hpp"
#include "rolekit/report.hpp"
#include "rolekit/text_printer.hpp"
#include "rolekit/validate.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace rolekit;

namespace {

// The shipped library as a repository of its own (so nothing in it is also a
// reference), with a file that does not load, one with a suppression, and a
// YAML file of another tool.
fs::path repository(const std::string& name) {
    const fs::path dir = test::temp_dir("cache-" + name) / "repo";
    fs::copy(test::frameworks_dir(), dir, fs::copy_options::recursive);
    test::write_file(dir / "profiles/broken.yaml", "kind: RoleProfile\nformat: 1\nid: [broken\n");
    test::write_file(dir / "ci.yaml", "jobs:\n  lint:\n    runs-on: ubuntu-latest\n");
    std::string profile = test::read_file(dir / "profiles/ld-strategic-manager-l8.yaml");
    profile.insert(0, "# rolekit-disable-file nos-unknown\n");
    test::write_file(dir / "profiles/ld-strategic-manager-l8.yaml", profile);
    return dir;
}

ValidateResult run(const fs::path& repo, const CacheStore* cache) {
    ValidateOptions o;
    o.inputs = {repo.string()};
    o.cache = cache;
    return validate(o);
}

// Everything a run shows, in every format, with the text report's source
// lines, the baseline and the exit status.
std::string everything(const ValidateResult& r) {
    SourceCache sources;
    std::string out = render_text(r.report, sources, TextStyle{false, true});
    out += render_json(r.report) + render_sarif(r.report) + render_junit(r.report, Severity::error);
    out += render_github(r.report);
    out += baseline_to_json(baseline_of(r.report, r.flagged_lines, {"baseline.json", r.names}));
    out += r.usable ? "usable\n" : "unusable\n";
    return out;
}

// The bucket files.
std::vector<fs::path> buckets(const fs::path& cache_dir) {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(cache_dir / "rolekit-cache-v2"))
        out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

void replace_in_text(std::string& text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
}

void replace_in(const fs::path& file, const std::string& from, const std::string& to) {
    std::string text = test::read_file(file);
    replace_in_text(text, from, to);
    test::write_file(file, text);
}

// Sets an environment variable for one scope.
class ScopedEnv {
  public:
    ScopedEnv(const char* name, const char* value) : name_(name) {
        if (const char* old = std::getenv(name)) old_ = old;
        if (value != nullptr)
            ::setenv(name, value, 1);
        else
            ::unsetenv(name);
    }
    ~ScopedEnv() {
        if (old_)
            ::setenv(name_, old_->c_str(), 1);
        else
            ::unsetenv(name_);
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

  private:
    const char* name_;
    std::optional<std::string> old_;
};

}  // namespace

TEST_CASE("results are identical with the cache disabled cold warm and corrupted") {
    const fs::path repo = repository("states");
    const fs::path dir = repo.parent_path() / "cache";
    const CacheStore cache(dir);
    REQUIRE(cache.usable());
    const std::string disabled = everything(run(repo, nullptr));
    CHECK(disabled.find("broken.yaml") != std::string::npos);
    CHECK(everything(run(repo, &cache)) == disabled);  // cold
    const std::size_t entries = cache.stats().entries;
    CHECK(entries == 13);  // 12 files (one not a rolekit document), and the references
    CHECK(everything(run(repo, &cache)) == disabled);  // warm

    // Truncated, a flipped byte, another format's magic, empty, another
    // bucket copied over it: each bucket's entries are misses, rewritten.
    const std::vector<fs::path> stored = buckets(dir);
    REQUIRE(stored.size() > 5);
    for (std::size_t i = 0; i < stored.size(); ++i) {
        std::string bytes = test::read_file(stored[i]);
        switch (i % 5) {
            case 0:
                bytes.resize(bytes.size() / 2);
                break;
            case 1:
                bytes[bytes.size() - 1] ^= 0x20;
                break;
            case 2:
                bytes[0] = 'X';
                break;
            case 3:
                bytes.clear();
                break;
            case 4:
                bytes = test::read_file(stored[(i + 1) % stored.size()]);
                break;
        }
        test::write_file(stored[i], bytes);
    }
    CHECK(cache.stats().entries < entries);
    CHECK(everything(run(repo, &cache)) == disabled);  // corrupted
    CHECK(cache.stats().entries == entries);           // every entry rewritten whole
    CHECK(everything(run(repo, &cache)) == disabled);
}

TEST_CASE("a changed catalogue or base profile re-checks the files that depend on it") {
    const fs::path repo = repository("cross-file");
    const CacheStore cache(repo.parent_path() / "cache");
    const std::string before = everything(run(repo, &cache));
    const auto same_as_uncached = [&] {
        const std::string cached = everything(run(repo, &cache));
        CHECK(cached == everything(run(repo, nullptr)));
        return cached;
    };

    // A catalogue title changes: the profiles citing it now disagree with it.
    replace_in(repo / "catalogues/health-nos.yaml", "title: Develop your knowledge and practice",
               "title: Develop your knowledge and practice in health");
    const std::string catalogue_changed = same_as_uncached();
    CHECK(catalogue_changed != before);

    // The overlays' base profile changes: what they add is or is not in it.
    replace_in(repo / "profiles/ld-peer-support-worker-l3.yaml",
               "        - Communicate effectively in a health care environment\n", "");
    const std::string base_changed = same_as_uncached();
    CHECK(base_changed != catalogue_changed);

    // A profile nobody refers to changes: only it is re-checked, and the
    // result is still whole.
    replace_in(repo / "profiles/ld-strategic-manager-l8.yaml", "format: 1",
               "format: 1\nx-note: changed");
    same_as_uncached();

    // An id collision between two cached files is still reported.
    fs::copy_file(repo / "profiles/ld-strategic-manager-l8.yaml", repo / "profiles/copy.yaml");
    CHECK(same_as_uncached().find("id-collision") != std::string::npos);

    // An overlay's base is unknown: it is told the nearest profile id. A new
    // profile nobody names yet, with a nearer id, changes that hint.
    test::write_file(repo / "overlays/typo.yaml",
                     "kind: LocalityOverlay\nformat: 1\nid: typo\nbase: zeta-profile-l3\nlocality: X\n");
    CHECK(same_as_uncached().find("did you mean 'zeta") == std::string::npos);
    std::string zeta = test::read_file(repo / "profiles/ld-peer-support-worker-l3.yaml");
    replace_in_text(zeta, "id: ld-peer-support-worker-l3", "id: zeta-profile-l4");
    test::write_file(repo / "profiles/zeta.yaml", zeta);
    CHECK(same_as_uncached().find("did you mean 'zeta-profile-l4'?") != std::string::npos);
}

namespace {

// The disk, counting whole-file reads by file name.
class CountingFileSystem final : public FileSystem {
  public:
    FileStat stat(const fs::path& p) const override { return disk().stat(p); }
    ReadResult read(const fs::path& p, std::uintmax_t max) const override {
        const std::lock_guard lock(mutex_);
        ++reads_[p.filename().string()];
        return disk().read(p, max);
    }
    std::string read_head(const fs::path& p, std::size_t n) const override {
        return disk().read_head(p, n);
    }
    ReadResult read_stdin(std::uintmax_t max) const override { return disk().read_stdin(max); }
    std::vector<fs::path> yaml_files(const fs::path& dir) const override {
        return disk().yaml_files(dir);
    }
    std::vector<DirEntry> list(const fs::path& dir, std::string& error) const override {
        return disk().list(dir, error);
    }
    int reads(const std::string& name) const {
        const std::lock_guard lock(mutex_);
        return reads_[name];
    }
    void reset() {
        const std::lock_guard lock(mutex_);
        reads_.clear();
    }

  private:
    mutable std::mutex mutex_;
    mutable std::map<std::string, int> reads_;
};

}  // namespace

TEST_CASE("a changed overlay loads its own base, not every overlay's") {
    const fs::path repo = repository("one-overlay");
    // A second base: an overlay on the Level 8 profile.
    std::string other = test::read_file(repo / "overlays/wiltshire-ld-psw.yaml");
    replace_in_text(other, "base: ld-peer-support-worker-l3", "base: ld-strategic-manager-l8");
    replace_in_text(other, "id: wiltshire-ld-psw", "id: other-ld-l8");
    test::write_file(repo / "overlays/other-ld-l8.yaml", other);
    const CacheStore cache(repo.parent_path() / "cache");
    CountingFileSystem files;
    const auto run_counted = [&](const CacheStore* c) {
        files.reset();
        ValidateOptions o;
        o.inputs = {repo.string()};
        o.cache = c;
        o.workspace.files = &files;
        return everything(validate(o));
    };
    (void)run_counted(&cache);  // cold
    replace_in(repo / "overlays/wiltshire-ld-psw.yaml", "format: 1", "format: 1\nx-note: changed");
    const std::string changed = run_counted(&cache);
    // Every file is read once to hash it; the changed overlay and its base
    // once more to load them; the other overlay's base is not loaded.
    CHECK(files.reads("wiltshire-ld-psw.yaml") == 2);
    CHECK(files.reads("ld-peer-support-worker-l3.yaml") == 2);
    CHECK(files.reads("ld-strategic-manager-l8.yaml") == 1);
    CHECK(files.reads("other-ld-l8.yaml") == 1);
    CHECK(changed == run_counted(nullptr));
    // The other overlay changed: its base is loaded, and the result is whole.
    replace_in(repo / "overlays/other-ld-l8.yaml", "format: 1", "format: 1\nx-note: changed");
    const std::string other_changed = run_counted(&cache);
    CHECK(files.reads("ld-strategic-manager-l8.yaml") == 2);
    CHECK(files.reads("ld-peer-support-worker-l3.yaml") == 1);
    CHECK(other_changed == run_counted(nullptr));
}

TEST_CASE("options that change loading are part of the key") {
    const fs::path repo = repository("options");
    const CacheStore cache(repo.parent_path() / "cache");
    ValidateOptions small;
    small.inputs = {repo.string()};
    small.workspace.load.max_file_size = 100;
    const std::string uncached = everything(validate(small));
    (void)run(repo, &cache);  // fills the cache at the default size limit
    small.cache = &cache;
    CHECK(everything(validate(small)) == uncached);
}

TEST_CASE("runs at once share one cache without corrupting it") {
    const fs::path repo = repository("concurrent");
    const CacheStore cache(repo.parent_path() / "cache");
    const std::string expected = everything(run(repo, nullptr));
    for (int round = 0; round < 2; ++round) {  // cold, then warm
        std::vector<std::string> results(4);
        std::vector<std::thread> threads;
        for (std::size_t t = 0; t < results.size(); ++t)
            threads.emplace_back([&, t] { results[t] = everything(run(repo, &cache)); });
        for (std::thread& t : threads) t.join();
        for (const std::string& r : results) CHECK(r == expected);
    }
    for (const fs::path& b : buckets(repo.parent_path() / "cache"))
        CHECK(b.filename().string().find(".tmp-") == std::string::npos);
    CHECK(cache.stats().entries > 0);
}

TEST_CASE("a cache directory that cannot be created or written means running without it") {
    const fs::path repo = repository("unwritable");
    const std::string expected = everything(run(repo, nullptr));
    // A regular file where the directory should be.
    test::write_file(repo.parent_path() / "file", "x");
    const CacheStore blocked(repo.parent_path() / "file" / "cache");
    CHECK_FALSE(blocked.usable());
    CHECK(everything(run(repo, &blocked)) == expected);
    CHECK(blocked.put({{"0123456789abcdef0123456789abcdef", "payload"}}) == 0);
}

TEST_CASE("a read-only cache directory is read and never written") {
    if (::geteuid() == 0) return test::skip("root writes into read-only directories");
    const fs::path repo = repository("read-only");
    const std::string expected = everything(run(repo, nullptr));
    const fs::path dir = repo.parent_path() / "read-only";
    const CacheStore read_only(dir);
    fs::create_directories(read_only.folder());
    fs::permissions(dir / "rolekit-cache-v2", fs::perms::owner_read | fs::perms::owner_exec);
    CHECK(everything(run(repo, &read_only)) == expected);
    CHECK(read_only.stats().entries == 0);
    fs::permissions(dir / "rolekit-cache-v2", fs::perms::owner_all);
}

TEST_CASE("buckets are verified on read") {
    const fs::path dir = test::temp_dir("cache-store");
    const CacheStore cache(dir);
    const std::string key = "00112233445566778899aabbccddeeff";
    const auto get = [&](const std::string& k) { return cache.get({k}).front(); };
    CHECK_FALSE(get(key).has_value());
    REQUIRE(cache.put({{key, "payload"}}) == 1);
    CHECK(get(key) == "payload");
    CHECK_FALSE(get("not-a-key").has_value());
    CHECK(cache.put({{"../escape", "x"}}) == 0);
    // A bucket copied over another is not taken for it.
    fs::copy_file(dir / "rolekit-cache-v2" / "00", dir / "rolekit-cache-v2" / "ff");
    CHECK_FALSE(get("ff112233445566778899aabbccddeeff").has_value());
    CHECK(cache.stats().entries == 1);
    test::write_file(dir / "rolekit-cache-v2" / "00",
                     test::read_file(dir / "rolekit-cache-v2" / "00") + "x");
    CHECK_FALSE(get(key).has_value());
}

TEST_CASE("each bucket keeps its share of the limit and drops the least recently used") {
    const fs::path dir = test::temp_dir("cache-prune");
    // A share of 2,000 bytes per bucket: two entries of 900 bytes.
    const CacheStore cache(dir, 256 * 2000);
    const std::string payload(900, 'p');
    const auto key = [](int i) { return fmt::format("00{:030x}", i); };
    for (int i = 0; i < 8; ++i) REQUIRE(cache.put({{key(i), payload}}, 1000 + i) == 1);
    CHECK(cache.stats().entries == 2);
    for (int i = 0; i < 6; ++i) CHECK_FALSE(cache.get({key(i)}).front().has_value());
    // A hit marks entry 6 used now; entry 7 is then the least recently used.
    CHECK(cache.get({key(6)}).front().has_value());
    REQUIRE(cache.put({{key(8), payload}}) == 1);
    CHECK(cache.get({key(6)}).front().has_value());
    CHECK_FALSE(cache.get({key(7)}).front().has_value());
    CHECK(cache.get({key(8)}).front().has_value());

    const CacheCleared cleared = cache.clear();
    CHECK(cleared.removed.entries == 2);
    CHECK(cleared.error.empty());
    CHECK(cache.stats().entries == 0);
}

TEST_CASE("the cache location follows ROLEKIT_CACHE_DIR then XDG_CACHE_HOME then HOME") {
    const ScopedEnv home("HOME", "/home/someone");
    {
        const ScopedEnv own("ROLEKIT_CACHE_DIR", "/tmp/own");
        const ScopedEnv xdg("XDG_CACHE_HOME", "/tmp/xdg");
        CHECK(default_cache_dir() == fs::path("/tmp/own"));
    }
    {
        const ScopedEnv own("ROLEKIT_CACHE_DIR", "");
        const ScopedEnv xdg("XDG_CACHE_HOME", "/tmp/xdg");
        CHECK(default_cache_dir() == fs::path("/tmp/xdg/rolekit"));
    }
    {
        const ScopedEnv own("ROLEKIT_CACHE_DIR", nullptr);
        const ScopedEnv xdg("XDG_CACHE_HOME", "relative/is/ignored");
        CHECK(default_cache_dir() == fs::path("/home/someone/.cache/rolekit"));
    }
    {
        const ScopedEnv own("ROLEKIT_CACHE_DIR", nullptr);
        const ScopedEnv xdg("XDG_CACHE_HOME", nullptr);
        const ScopedEnv no_home("HOME", nullptr);
        CHECK_FALSE(default_cache_dir().has_value());
    }
}

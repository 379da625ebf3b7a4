// Issue 21, the cache's part: the cache touches nothing it did not create.
// A hostile cache directory is built at test time (ROLEKIT_CACHE_DIR=. in a
// project with vendor/, v2api/, venv/, a v1 link to another folder, bucket
// files that are links to files outside, FIFOs in place of buckets), and
// every command must leave all of it as it was, without blocking.

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "rolekit/cache.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;

using rolekit::test::read_file;
using rolekit::test::Run;
using rolekit::test::run_rolekit;
using rolekit::test::shell_quote;
using rolekit::test::temp_dir;
using rolekit::test::write_file;

namespace {

constexpr const char* kFolder = "rolekit-cache-v2";

// Every path below `dir` (links not followed) with what it is: a regular
// file's bytes, a link's target, "fifo", "dir"; `skip` left out.
std::map<std::string, std::string> snapshot(const fs::path& dir, const std::string& skip = "") {
    std::map<std::string, std::string> out;
    for (auto it = fs::recursive_directory_iterator(dir); it != fs::recursive_directory_iterator();
         ++it) {
        const std::string rel = it->path().lexically_relative(dir).string();
        if (!skip.empty() && rel.starts_with(skip)) {
            if (it->is_directory() && !it->is_symlink()) it.disable_recursion_pending();
            continue;
        }
        const fs::file_status st = it->symlink_status();
        if (fs::is_symlink(st))
            out[rel] = "link -> " + fs::read_symlink(it->path()).string();
        else if (fs::is_fifo(st))
            out[rel] = "fifo";
        else if (fs::is_directory(st))
            out[rel] = "dir";
        else
            out[rel] = "file: " + read_file(it->path());
    }
    return out;
}

fs::path copy_of_library(const fs::path& dir) {
    fs::copy(rolekit::test::frameworks_dir(), dir / "repo", fs::copy_options::recursive);
    return dir / "repo";
}

// A project that uses ROLEKIT_CACHE_DIR=. and has folders of its own whose
// names start with v, one of them a link to another folder.
fs::path hostile_project(const fs::path& dir) {
    const fs::path p = dir / "project";
    fs::create_directories(p / "vendor");
    write_file(p / "vendor" / "lib.c", "int lib;\n");
    fs::create_directories(p / "v2api");
    write_file(p / "v2api" / "00", "not a cache bucket\n");
    fs::create_directories(p / "venv" / "bin");
    write_file(p / "venv" / "bin" / "python", "#!/bin/sh\n");
    fs::create_directories(p / "elsewhere");
    write_file(p / "elsewhere" / "ff", "kept\n");
    fs::create_directory_symlink("elsewhere", p / "v1");
    return p;
}

// `rolekit ARGS` in `dir` with ROLEKIT_CACHE_DIR=., killed after 20 s (a FIFO
// opened for reading or writing without O_NONBLOCK blocks for ever).
Run in_project(const fs::path& dir, const std::string& args) {
    return run_rolekit(args, "ROLEKIT_CACHE_DIR=.",
                       "cd " + shell_quote(dir.string()) + " && timeout 20");
}

std::string validate_args(const fs::path& repo) {
    return "validate --no-builtin --format json " + shell_quote(repo.string());
}

std::string size_text(std::uintmax_t bytes) {
    return fmt::format("{:.1f} KiB ({} bytes)", static_cast<double>(bytes) / 1024.0, bytes);
}

// The bucket names (00..ff) not yet taken in `folder`, first `n` of them.
std::vector<std::string> free_bucket_names(const fs::path& folder, std::size_t n) {
    std::vector<std::string> out;
    for (int b = 0; b < 256 && out.size() < n; ++b) {
        const std::string name = fmt::format("{:02x}", b);
        if (!fs::exists(fs::symlink_status(folder / name))) out.push_back(name);
    }
    return out;
}

// What an older rolekit's `v2/` folder held: a bucket of this format with
// two entries (written by CacheStore elsewhere and copied in).
std::uintmax_t add_legacy_bucket(const fs::path& dir, const fs::path& into) {
    const rolekit::CacheStore source(dir / "legacy-source");
    REQUIRE(source.put({{"00" + std::string(30, '1'), "a"}, {"00" + std::string(30, '2'), "b"}}) ==
            1);
    fs::create_directories(into);
    fs::copy_file(source.folder() / "00", into / "00");
    return fs::file_size(into / "00");
}

}  // namespace

TEST_CASE("cache info creates nothing") {
    const fs::path dir = temp_dir("hostile-info");
    const fs::path project = hostile_project(dir);
    const auto before = snapshot(project);
    const Run info = in_project(project, "cache info");
    CHECK(info.exit_code == 0);
    CHECK(info.out ==
          "location: .\nstate:    usable\nentries:  0\nsize:     0.0 KiB (0 bytes)\n"
          "limit:    256.0 MiB (268435456 bytes)\n");
    CHECK(snapshot(project) == before);
    // Nor the directory ROLEKIT_CACHE_DIR names, when missing.
    const Run missing =
        run_rolekit("cache info", "ROLEKIT_CACHE_DIR=" + shell_quote((dir / "nothing").string()));
    CHECK(missing.exit_code == 0);
    CHECK_FALSE(fs::exists(dir / "nothing"));
    // A validate run that stores entries creates its folder, and only that.
    const fs::path repo = copy_of_library(dir);
    REQUIRE(in_project(project, validate_args(repo)).exit_code == 0);
    auto after = snapshot(project, kFolder);
    CHECK(after == before);
    CHECK(fs::is_directory(fs::symlink_status(project / kFolder)));
}

TEST_CASE("cache clear removes only its own files and says what it left") {
    const fs::path dir = temp_dir("hostile-clear");
    const fs::path project = hostile_project(dir);
    const fs::path repo = copy_of_library(dir);
    REQUIRE(in_project(project, validate_args(repo)).exit_code == 0);
    const fs::path folder = project / kFolder;
    std::uintmax_t bucket_bytes = 0;
    for (const auto& e : fs::directory_iterator(folder)) bucket_bytes += e.file_size();
    // An older rolekit's v2/ with one of its buckets and a file of the user's.
    const std::uintmax_t legacy_bytes = add_legacy_bucket(dir, project / "v2");
    write_file(project / "v2" / "notes.txt", "mine\n");
    // In its own folder: a temporary file of a killed run, a bucket that is a
    // link to a file outside, a FIFO, a file of someone else's.
    write_file(folder / ".3c.tmp-Ab12Cd", "torn");
    write_file(dir / "outside", "precious\n");
    const std::vector<std::string> names = free_bucket_names(folder, 2);
    fs::create_symlink("../../outside", folder / names[0]);
    REQUIRE(::mkfifo((folder / names[1]).c_str(), 0600) == 0);
    write_file(folder / "notes", "not rolekit's\n");
    const auto others = snapshot(project, kFolder);

    const Run cleared = in_project(project, "cache clear");
    CHECK(cleared.exit_code == 0);
    CHECK(cleared.err.empty());
    CHECK(cleared.out == fmt::format("removed 13 entries, {}, from .\n"
                                     "removed 1 temporary file of interrupted runs, {}\n"
                                     "left 3 files rolekit did not create:\n"
                                     "  ./{}/{} (a symbolic link)\n"
                                     "  ./{}/{} (a FIFO)\n"
                                     "  ./{}/notes (a file that is not a cache bucket)\n",
                                     size_text(bucket_bytes + legacy_bytes), size_text(4), kFolder,
                                     names[0], kFolder, names[1], kFolder));
    auto expected = others;
    expected.erase("v2/00");
    CHECK(snapshot(project, kFolder) == expected);
    CHECK(read_file(dir / "outside") == "precious\n");
    CHECK(snapshot(folder) ==
          std::map<std::string, std::string>{{names[0], "link -> ../../outside"},
                                             {names[1], "fifo"},
                                             {"notes", "file: not rolekit's\n"}});
    // With only its own files, the folder goes too.
    fs::remove(folder / names[0]);
    fs::remove(folder / names[1]);
    fs::remove(folder / "notes");
    const Run again = in_project(project, "cache clear");
    CHECK(again.out == "removed 0 entries, 0.0 KiB (0 bytes), from .\n");
    CHECK_FALSE(fs::exists(fs::symlink_status(folder)));
    CHECK(fs::exists(project / "v2" / "notes.txt"));
}

TEST_CASE("bucket files that are links are never written through") {
    const fs::path dir = temp_dir("hostile-links");
    const fs::path project = dir / "project";
    const fs::path folder = project / kFolder;
    fs::create_directories(dir / "outside");
    // Relative links, as a repository could commit them; in the folder of an
    // older rolekit too, which the cache never writes.
    for (const fs::path& f : {folder, project / "v2"}) {
        fs::create_directories(f);
        for (int b = 0; b < 256; ++b) {
            const std::string name = fmt::format("{:02x}", b);
            write_file(dir / "outside" / name, "precious " + name + "\n");
            fs::create_symlink("../../outside/" + name, f / name);
        }
    }
    const auto outside = snapshot(dir / "outside");
    const auto links = snapshot(project);
    const fs::path repo = copy_of_library(dir);
    const Run expected = run_rolekit(validate_args(repo) + " --no-cache");
    for (const char* run : {"cold", "again"}) {
        CAPTURE(run);
        const Run r = in_project(project, validate_args(repo));
        CHECK(r.exit_code == expected.exit_code);
        CHECK(r.out == expected.out);
        CHECK(r.err == expected.err);
    }
    CHECK(snapshot(dir / "outside") == outside);
    CHECK(snapshot(project) == links);
    CHECK(in_project(project, "cache info").out.find("entries:  0\n") != std::string::npos);
    const Run cleared = in_project(project, "cache clear");
    CHECK(cleared.exit_code == 0);
    CHECK(cleared.out.find("left 256 files rolekit did not create:\n") != std::string::npos);
    CHECK(snapshot(dir / "outside") == outside);
    CHECK(snapshot(project) == links);
}

TEST_CASE("a FIFO in place of a bucket blocks no command") {
    const fs::path dir = temp_dir("hostile-fifo");
    const fs::path project = dir / "project";
    const fs::path folder = project / kFolder;
    for (const fs::path& f : {folder, project / "v2"}) {
        fs::create_directories(f);
        for (int b = 0; b < 256; ++b)
            REQUIRE(::mkfifo((f / fmt::format("{:02x}", b)).c_str(), 0600) == 0);
    }
    const auto fifos = snapshot(project);
    const fs::path repo = copy_of_library(dir);
    const Run expected = run_rolekit(validate_args(repo) + " --no-cache");
    const Run r = in_project(project, validate_args(repo));
    CHECK(r.exit_code == expected.exit_code);  // 124: killed by timeout
    CHECK(r.out == expected.out);
    const Run info = in_project(project, "cache info");
    CHECK(info.exit_code == 0);
    CHECK(info.out.find("entries:  0\n") != std::string::npos);
    const Run cleared = in_project(project, "cache clear");
    CHECK(cleared.exit_code == 0);
    CHECK(
        cleared.out.starts_with("removed 0 entries, 0.0 KiB (0 bytes), from .\n"
                                "left 256 files rolekit did not create:\n"
                                "  ./rolekit-cache-v2/00 (a FIFO)\n"));
    CHECK(snapshot(project) == fifos);
}

TEST_CASE("a cache folder that is a link is not followed") {
    const fs::path dir = temp_dir("hostile-folder-link");
    const fs::path project = dir / "project";
    fs::create_directories(project);
    fs::create_directories(dir / "elsewhere");
    write_file(dir / "elsewhere" / "00", "precious\n");
    fs::create_directory_symlink("../elsewhere", project / kFolder);
    const auto elsewhere = snapshot(dir / "elsewhere");
    const fs::path repo = copy_of_library(dir);
    const Run expected = run_rolekit(validate_args(repo) + " --no-cache");
    const Run r = in_project(project, validate_args(repo));
    CHECK(r.exit_code == expected.exit_code);
    CHECK(r.out == expected.out);
    CHECK(snapshot(dir / "elsewhere") == elsewhere);
    CHECK(
        in_project(project, "cache info")
            .out.find(
                "state:    not usable (./rolekit-cache-v2 is a symbolic link, not a folder rolekit "
                "created): commands run without the cache\n") != std::string::npos);
    const Run cleared = in_project(project, "cache clear");
    CHECK(cleared.exit_code == 0);
    CHECK(cleared.out ==
          "removed 0 entries, 0.0 KiB (0 bytes), from .\n"
          "left 1 file rolekit did not create:\n"
          "  ./rolekit-cache-v2 (a symbolic link)\n");
    CHECK(snapshot(dir / "elsewhere") == elsewhere);
    CHECK(fs::is_symlink(project / kFolder));
}

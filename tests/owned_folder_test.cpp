// io/owned_folder: the cache's door to the disk, on its own.

#include "io/owned_folder.hpp"

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>

#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace rolekit;
using io::EntryKind;
using io::OwnedFolder;

TEST_CASE("an owned folder reads only regular files, never through a link or a FIFO") {
    const fs::path dir = test::temp_dir("owned-read");
    const OwnedFolder folder = OwnedFolder::create(dir, "own");
    REQUIRE(folder.ok());
    CHECK(folder.path() == dir / "own");
    test::write_file(dir / "own" / "file", "bytes");
    test::write_file(dir / "elsewhere", "not ours");
    fs::create_symlink(dir / "elsewhere", dir / "own" / "link");
    REQUIRE(::mkfifo((dir / "own" / "fifo").c_str(), 0600) == 0);

    const auto read = folder.read_regular("file", 100);
    REQUIRE(read);
    CHECK(read->data == "bytes");
    CHECK(read->stat.kind == EntryKind::regular);
    CHECK_FALSE(folder.read_regular("file", 4));  // over the limit
    CHECK_FALSE(folder.read_regular("link", 100));
    CHECK_FALSE(folder.read_regular("fifo", 100));  // returns at once: no writer needed
    CHECK_FALSE(folder.read_regular("missing", 100));

    const std::vector<io::FolderEntry> entries = folder.list();
    REQUIRE(entries.size() == 3);
    CHECK(entries[0].name == "fifo");
    CHECK(entries[0].stat.kind == EntryKind::fifo);
    CHECK(entries[1].name == "file");
    CHECK(entries[1].stat.kind == EntryKind::regular);
    CHECK(entries[2].name == "link");
    CHECK(entries[2].stat.kind == EntryKind::symlink);
    CHECK(io::kind_phrase(entries[2].stat.kind) == "a symbolic link");
}

TEST_CASE("an owned folder replaces files whole and never writes through a link") {
    const fs::path dir = test::temp_dir("owned-write");
    const OwnedFolder folder = OwnedFolder::create(dir / "below", "own");
    REQUIRE(folder.ok());
    CHECK(folder.write_replace("b", "one").empty());
    CHECK(folder.write_replace("b", "two").empty());
    CHECK(test::read_file(dir / "below" / "own" / "b") == "two");
    CHECK(folder.list().size() == 1);  // no temporary file left

    test::write_file(dir / "target", "theirs");
    fs::create_symlink(dir / "target", dir / "below" / "own" / "l");
    CHECK_FALSE(folder.write_replace("l", "ours").empty());
    CHECK(test::read_file(dir / "target") == "theirs");
    CHECK(fs::is_symlink(dir / "below" / "own" / "l"));
}

TEST_CASE("an owned folder is never opened through a link") {
    const fs::path dir = test::temp_dir("owned-link");
    fs::create_directories(dir / "real");
    fs::create_directory_symlink(dir / "real", dir / "own");
    const OwnedFolder parent = OwnedFolder::open(dir);
    REQUIRE(parent.ok());
    CHECK_FALSE(parent.open_folder("own").ok());
    CHECK(parent.stat("own").kind == EntryKind::symlink);
    CHECK(io::entry_at(dir / "own").kind == EntryKind::symlink);
    CHECK_FALSE(OwnedFolder::create(dir, "own").ok());

    const OwnedFolder none = OwnedFolder::open(dir / "missing");
    CHECK_FALSE(none.ok());
    CHECK(none.missing());
    CHECK(io::entry_at(dir / "missing").kind == EntryKind::missing);
    CHECK(io::can_create_below(dir / "missing" / "deeper"));
}

TEST_CASE("an owned folder removes only the file it looked at, then itself when empty") {
    const fs::path dir = test::temp_dir("owned-remove");
    const OwnedFolder parent = OwnedFolder::open(dir);
    const OwnedFolder folder = OwnedFolder::create(dir, "own");
    REQUIRE(folder.ok());
    test::write_file(dir / "own" / "a", "first");
    const io::EntryStat seen = folder.stat("a");
    CHECK(seen.kind == EntryKind::regular);
    CHECK(seen.size == 5);

    // Replaced since it was looked at: left alone.
    CHECK(folder.write_replace("a", "second").empty());
    std::string error;
    CHECK(folder.remove_same("a", seen, error) == io::Removal::gone);
    CHECK(fs::exists(dir / "own" / "a"));
    CHECK_FALSE(parent.remove_folder_if_empty("own"));  // not empty

    CHECK(folder.remove_same("a", folder.stat("a"), error) == io::Removal::removed);
    CHECK(error.empty());
    CHECK(folder.remove_same("a", seen, error) == io::Removal::gone);
    CHECK(parent.remove_folder_if_empty("own"));
    CHECK_FALSE(fs::exists(dir / "own"));
}

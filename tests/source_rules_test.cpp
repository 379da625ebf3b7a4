// Rules about the source tree itself, checked by reading it (skipped where
// the source tree is not beside the build): one door to the disk, and a thin
// front end.

#include <algorithm>
#include <filesystem>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "test_support.hpp"

namespace fs = std::filesystem;

namespace {

// The C++ sources below `dir`, sorted.
std::vector<fs::path> sources_below(const fs::path& dir) {
    std::vector<fs::path> out;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
        const fs::path ext = entry.path().extension();
        if (entry.is_regular_file() && (ext == ".cpp" || ext == ".hpp"))
            out.push_back(entry.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

// A line without its `//` comment and the text of its string literals:
// what it calls, not what it says (a raw string spanning lines is rare
// enough to be read as code).
std::string code_of(const std::string& line) {
    std::string out;
    char quote = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quote != 0) {
            if (c == '\\')
                ++i;
            else if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '/' && i + 1 < line.size() && line[i + 1] == '/') break;
        if (c == '"' || c == '\'') quote = c;
        out += c;
    }
    return out;
}

bool inside(const fs::path& file, const fs::path& dir) {
    const std::string rel = file.lexically_relative(dir).generic_string();
    return !rel.empty() && !rel.starts_with("..");
}

}  // namespace

TEST_CASE("every disk call in lib/ and cli/ goes through lib/src/io/") {
    const fs::path root = rolekit::test::source_dir();
    if (!fs::is_directory(root / "lib" / "src" / "io") || !fs::is_directory(root / "cli"))
        return rolekit::test::skip("the source tree is absent");
    // Calls that stat, open, read, list, write, rename or remove files, and
    // the headers that declare them. Path arithmetic (lexically_normal,
    // parent_path, /) is not among them.
    const std::regex disk_call(
        R"((^|[^A-Za-z0-9_:])(::|std::)(open|openat|creat|stat|lstat|fstat|fstatat|access|faccessat|unlink|unlinkat|)"
        R"(rename|renameat|mkdir|mkdirat|rmdir|link|linkat|symlink|readlink|chmod|fchmod|truncate|)"
        R"(mkstemp|read|pread|write|pwrite|fsync)\s*\()"
        R"(|\b(opendir|fdopendir|readdir|fopen|freopen|tmpfile)\s*\()"
        R"(|\bstd::(i|o)?fstream\b|\bstd::filebuf\b)"
        R"(|\b(fs|filesystem)::(exists|is_directory|is_regular_file|is_symlink|is_fifo|is_other|)"
        R"(is_empty|status|symlink_status|file_size|last_write_time|hard_link_count|directory_iterator|)"
        R"(recursive_directory_iterator|directory_entry|read_symlink|equivalent|remove|remove_all|)"
        R"(rename|copy|copy_file|copy_symlink|create_directory|create_directories|create_symlink|)"
        R"(create_hard_link|canonical|weakly_canonical|permissions|resize_file|space)\b)"
        R"(|#\s*include\s*<(fstream|dirent\.h|fcntl\.h|sys/stat\.h|stdio\.h)>)");
    std::ostringstream found;
    std::size_t count = 0;
    for (const char* top : {"lib", "cli"}) {
        for (const fs::path& file : sources_below(root / top)) {
            if (inside(file, root / "lib" / "src" / "io")) continue;
            std::istringstream in(rolekit::test::read_file(file));
            std::size_t number = 0;
            for (std::string line; std::getline(in, line);) {
                ++number;
                if (!std::regex_search(code_of(line), disk_call)) continue;
                ++count;
                found << "  " << file.lexically_relative(root).generic_string() << ":" << number
                      << ": " << line << "\n";
            }
        }
    }
    CHECK_MESSAGE(count == 0,
                  "disk calls outside lib/src/io/ (use FileSystem, file_io.hpp, "
                  "file_set.hpp or io/owned_folder.hpp):\n"
                      << found.str());
}

TEST_CASE("no file in cli/ is over 150 lines") {
    const fs::path cli = rolekit::test::source_dir() / "cli";
    if (!fs::is_directory(cli)) return rolekit::test::skip("the source tree is absent");
    std::ostringstream found;
    for (const fs::path& file : sources_below(cli)) {
        const std::string text = rolekit::test::read_file(file);
        const auto lines = std::count(text.begin(), text.end(), '\n');
        if (lines > 150)
            found << "  cli/" << file.filename().string() << ": " << lines << " lines\n";
    }
    CHECK_MESSAGE(found.str().empty(),
                  "cli/ is a thin front end; split these by concept or move "
                  "their policy into lib/:\n"
                      << found.str());
}

// Each key of the format is spelled in schema/format_keys.hpp; everything
// else names it through key::. Outside the output vocabularies (CASE, SARIF,
// JUnit, JSON: interop/, report/, files named *json*), a key's literal stays
// in few files: on average at most 1.5, and never more than 3.
TEST_CASE("each key of the format is a string literal in few files of lib/") {
    const fs::path root = rolekit::test::source_dir();
    if (!fs::exists(root / "lib" / "src")) return rolekit::test::skip("no source tree beside the tests");
    const std::string keys_text = rolekit::test::read_file(root / "lib/src/schema/format_keys.hpp");
    const std::regex key_line(R"re(std::string_view \w+ = "([a-z_-]+)";)re");
    std::vector<std::string> keys;
    for (auto it = std::sregex_iterator(keys_text.begin(), keys_text.end(), key_line); it != std::sregex_iterator(); ++it)
        keys.push_back((*it)[1]);
    REQUIRE(keys.size() > 70);
    std::vector<std::string> texts;
    for (const fs::path& file : sources_below(root / "lib")) {
        const std::string rel = file.lexically_relative(root / "lib").generic_string();
        if (rel.find("/interop/") != std::string::npos || rel.find("/report/") != std::string::npos ||
            file.filename().string().find("json") != std::string::npos)
            continue;
        texts.push_back(rolekit::test::read_file(file));
    }
    std::size_t total = 0;
    for (const std::string& key : keys) {
        const std::string literal = '"' + key + '"';
        const auto files = std::count_if(texts.begin(), texts.end(),
                                         [&](const std::string& t) { return t.find(literal) != std::string::npos; });
        CAPTURE(key);
        CHECK(files <= 3);
        total += static_cast<std::size_t>(files);
    }
    const double average = static_cast<double>(total) / static_cast<double>(keys.size());
    MESSAGE("files per key: " << average);
    CHECK(average <= 1.5);
}

#pragma once
// Shared helpers for the doctest suite.

#include <filesystem>
#include <string>
#include <string_view>

#include <doctest/doctest.h>

#include "rolekit/load.hpp"
#include "rolekit/text_printer.hpp"

namespace rolekit::test {

inline std::filesystem::path source_dir() { return ROLEKIT_TEST_SOURCE_DIR; }
inline std::filesystem::path frameworks_dir() { return source_dir() / "frameworks"; }
// ../shared beside the repository; absent in a user's clone, so tests that
// need it skip.
inline std::filesystem::path shared_dir() { return source_dir().parent_path() / "shared"; }

inline LoadResult load_text(std::string_view text, std::string_view path = "test.yaml") {
    return load_document(text, path);
}

// A finding exactly as the text printer shows it (no colour), with the
// source line taken from `text`.
inline std::string render(const Finding& f, std::string_view text) {
    SourceCache sources;
    sources.add(f.file, std::string(text));
    return format_finding(f, sources, TextStyle{false, true});
}

}  // namespace rolekit::test

namespace doctest {
template <>
struct StringMaker<rolekit::Position> {
    static String convert(const rolekit::Position& p) {
        return (std::to_string(p.line) + ":" + std::to_string(p.column)).c_str();
    }
};
}  // namespace doctest

#pragma once
// Loading one file into a typed Document.

#include <filesystem>
#include <optional>
#include <string_view>

#include "rolekit/document.hpp"
#include "rolekit/finding.hpp"

namespace rolekit {

struct LoadOptions {
    std::uintmax_t max_file_size = 16u * 1024 * 1024;
};

struct LoadResult {
    // Set whenever the text is one YAML document with a known kind and format,
    // even if some fields had errors (those are in `findings`).
    std::optional<Document> document;
    Findings findings;  // every finding carries `path` as its file

    // False when the input could not be used at all (unreadable, not YAML,
    // not one document, unknown kind or format): exit code 2 territory.
    bool usable() const { return document.has_value(); }
};

LoadResult load_document(std::string_view text, std::string_view path);
LoadResult load_file(const std::filesystem::path& path, const LoadOptions& options = {});

}  // namespace rolekit

#pragma once
// Loading one file into a typed Document.

#include <filesystem>
#include <optional>
#include <set>
#include <utility>
#include <string_view>

#include "rolekit/document.hpp"
#include "rolekit/finding.hpp"

namespace rolekit {

// (shape, key): a key of the format's table a reader asked for.
using KeysRead = std::set<std::pair<std::string, std::string>>;

struct LoadOptions {
    std::uintmax_t max_file_size = 16u * 1024 * 1024;
    // A YAML document that is plainly not a rolekit one (no rolekit `kind`,
    // no `format`, no `id`, no rolekit kind name as a top-level value) is left
    // alone: LoadResult::foreign, no findings. For files a scan came across.
    bool skip_foreign = false;
    // When set, every (shape, key) the loader asks for, found or not: how a
    // test holds the loader and the format's table together without a global.
    KeysRead* keys_read = nullptr;
};

struct LoadResult {
    // Set whenever the text is one YAML document with a known kind and format,
    // even if some fields had errors (those are in `findings`).
    std::optional<Document> document;
    Findings findings;  // every finding carries `path` as its file
    bool foreign = false;  // skipped: not a rolekit document (LoadOptions::skip_foreign)

    // False when the input could not be used at all (unreadable, not YAML,
    // not one document, unknown kind or format): exit code 2 territory.
    bool usable() const { return document.has_value(); }
};

LoadResult load_document(std::string_view text, std::string_view path, const LoadOptions& options = {});
LoadResult load_file(const std::filesystem::path& path, const LoadOptions& options = {});

}  // namespace rolekit

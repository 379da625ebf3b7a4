#pragma once
// Printers for diffs: text for terminals, Markdown, HTML and DOCX pages (the
// same look as `render`), JSON for scripts.

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "rolekit/diff.hpp"

namespace rolekit {

enum class DiffFormat { text, markdown, html, json, docx };

// Every format's name as `diff --format` takes it, in DiffFormat order.
std::span<const std::string_view> diff_format_names();
std::optional<DiffFormat> diff_format_from_name(std::string_view name);

// `context` names areas ("1. Communication") when a functional map is loaded.
std::string render_profile_diff(const ProfileDiff& d, DiffFormat format, bool color,
                                const DocumentSet& context);
std::string render_revision_diff(const RevisionDiff& d, DiffFormat format, bool color);

// "[-old-]{+new+}" inline form of a word diff, as `git diff --word-diff`.
std::string word_diff_text(const std::vector<EditOp>& words);

}  // namespace rolekit

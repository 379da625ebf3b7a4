#pragma once
// Printers for diffs: text for terminals, Markdown, HTML and DOCX pages (the
// same look as `render`), JSON for scripts.

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "rolekit/diff.hpp"
#include "rolekit/output_format.hpp"

namespace rolekit {

// pdf: the HTML page, which a PDF engine prints (print_pdf, pdf.hpp).
enum class DiffFormat { text, markdown, html, json, docx, pdf };

// The printer of an output format (output_format.hpp lists what diff
// writes); nothing for a format diff does not write.
std::optional<DiffFormat> diff_format_of(OutputFormat format);

// `context` names areas ("1. Communication") when a functional map is loaded.
// `all`: what did not change too: on pages (a revision diff shows changes only),
// and in the text of two revisions of one profile ("In both").
std::string render_profile_diff(const ProfileDiff& d, DiffFormat format, bool color,
                                const DocumentSet& context, bool all = false);
std::string render_revision_diff(const RevisionDiff& d, DiffFormat format, bool color, bool all = false);

// "[-old-]{+new+}" inline form of a word diff, as `git diff --word-diff`.
std::string word_diff_text(const std::vector<EditOp>& words);

}  // namespace rolekit

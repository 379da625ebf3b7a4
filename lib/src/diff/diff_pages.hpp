#pragma once
// The parts of `rolekit diff`'s report, one file each: text for terminals
// (diff_text.cpp), pages for people (diff_page_*.cpp, written by render's
// backends), JSON for scripts (diff_json.cpp).

#include <string>
#include <vector>

#include "render/render_blocks.hpp"
#include "rolekit/diff.hpp"
#include "rolekit/document_set.hpp"

namespace rolekit::detail {

struct TextColors {
    const char* del = "";
    const char* add = "";
    const char* move = "";
    const char* bold = "";
    const char* reset = "";
};

// ANSI colours when `on`, else none.
TextColors text_colors(bool on);

// `all`: "In both" also for two revisions of one profile (same_document).
std::string profile_diff_text(const ProfileDiff& d, const TextColors& c, const DocumentSet& ctx,
                              bool all);
std::string revision_diff_text(const RevisionDiff& d, const TextColors& c);

// How a comparison page names its two sides (side_name; the id added when
// two documents share a name).
struct SideNames {
    std::string first;
    std::string second;
};
SideNames page_names(const ProfileDiff& d);
// The profile page's opening (diff_page_summary.cpp): the counts in words
// and the chart of where the roles differ, area by area.
BarChart profile_diff_chart(const ProfileDiff& d, const SideNames& n, const DocumentSet& ctx);
void page_summary(Page& page, const ProfileDiff& d, const SideNames& n, const DocumentSet& ctx);

// `all`: also what did not change (unchanged NOS between two revisions of one profile).
Page profile_diff_page(const ProfileDiff& d, const DocumentSet& ctx, bool all);
Page revision_diff_page(const RevisionDiff& d, bool all);

// The "Changed fields" section of both pages: each field under its label
// (field_label), text as paragraphs of marked words, lists as marked rows.
// `kind`: the shape the paths start from ("RoleProfile", ...).
void page_field_changes(Page& page, const std::vector<FieldChange>& fields,
                        std::string_view kind = "RoleProfile");

std::string profile_diff_json(const ProfileDiff& d);
std::string revision_diff_json(const RevisionDiff& d);

}  // namespace rolekit::detail

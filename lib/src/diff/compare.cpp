#include "rolekit/compare.hpp"

#include <fmt/format.h>

#include "rolekit/visible_text.hpp"

namespace rolekit {

namespace {

Finding cannot_compare(std::string message, std::string hint) {
    return Finding{"diff-kinds", Severity::error, "rolekit", {}, std::move(message), std::move(hint)};
}

}  // namespace

std::variant<Comparison, Finding> compare_documents(const Document& a, const Document& b,
                                                     const DocumentSet& context, const CompareOptions& options) {
    if (a.kind != b.kind)
        return cannot_compare(fmt::format("cannot compare {} {} with {} {}", kind_name(a.kind), visible(a.id.value),
                                          kind_name(b.kind), visible(b.id.value)),
                              "diff compares two documents of the same kind");
    Comparison out;
    switch (a.kind) {
        case DocumentKind::role_profile: {
            const ProfileDiff d = diff_profiles(a, b, context, {options.sections});
            out.report = render_profile_diff(d, options.format, options.color, context, options.all);
            out.differ = !d.empty();
            return out;
        }
        case DocumentKind::competence_map:
        case DocumentKind::occupational_standard: {
            const RevisionDiff d = diff_revisions(a, b);
            out.report = render_revision_diff(d, options.format, options.color, options.all);
            out.differ = !d.empty();
            return out;
        }
        default:
            return cannot_compare(fmt::format("diff does not compare {} documents", kind_name(a.kind)),
                                  "compare RoleProfiles, CompetenceMaps or OccupationalStandards");
    }
}

}  // namespace rolekit

#include "load/kept_suppressions.hpp"

#include "load/suppression_comments.hpp"
#include "yaml/yaml_comments.hpp"

namespace rolekit::detail {

namespace {

using Directives = std::vector<SuppressionDirective>;

bool on_line(const NosRef& ref, int line) {
    return ref.pos.line == line || ref.code.pos.line == line || ref.title.pos.line == line;
}

void keep(NosRef& ref, const Directives& directives) {
    std::vector<const SuppressionDirective*> mine;
    for (const SuppressionDirective& d : directives)
        if (d.scope != SuppressionScope::file && !d.rules.empty() && on_line(ref, d.target_line()))
            mine.push_back(&d);
    if (!mine.empty()) ref.suppression = line_suppression_comment(mine);
}

void keep(CompetenceGroups& groups, const Directives& directives) {
    for (CompetenceGroup& g : groups)
        for (NosRef& ref : g.nos) keep(ref, directives);
}

void keep(RoleProfile& p, const Directives& directives) {
    keep(p.competences.core, directives);
    keep(p.competences.role_specific, directives);
    for (Facet& f : p.competences.facets) keep(f.groups, directives);
    keep(p.competences.locality, directives);
}

}  // namespace

void keep_suppressions(Document& doc, std::string_view text,
                       const std::vector<ScalarStart>& scalars) {
    // Cheap test first: most documents have no directive.
    if (text.find("rolekit-disable-") == std::string_view::npos) return;
    const std::string_view source = text.starts_with("\xEF\xBB\xBF") ? text.substr(3) : text;
    const Directives directives =
        read_suppression_comments(locate_comments(source, scalars)).directives;
    if (directives.empty()) return;
    if (auto* p = std::get_if<RoleProfile>(&doc.body)) keep(*p, directives);
    if (auto* o = std::get_if<LocalityOverlay>(&doc.body)) keep(o->competences, directives);
}

}  // namespace rolekit::detail

// The training-needs matrix (sheet.hpp): competences against role profiles.

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "diff/diff_labels.hpp"
#include "model/profile_sections.hpp"
#include "rolekit/nos_index.hpp"
#include "rolekit/sheet.hpp"
#include "sheet/sheet_parts.hpp"
#include "util/words.hpp"

namespace rolekit {

namespace {

struct MatrixRow {
    std::string area, function, code, title;
    std::vector<std::vector<std::string>> cells;  // per profile: where it lists the competence
};

struct Matrix {
    std::vector<MatrixRow> rows;
    std::map<std::string, std::size_t>
        by_key;  // NOS identity, or "local:" and the statement's words
    std::size_t columns = 0;

    MatrixRow& row(const std::string& key, MatrixRow fresh) {
        const auto [it, added] = by_key.emplace(key, rows.size());
        if (added) {
            fresh.cells.resize(columns);
            rows.push_back(std::move(fresh));
        }
        return rows[it->second];
    }
};

void add_word(std::vector<std::string>& cell, std::string word) {
    if (std::find(cell.begin(), cell.end(), word) == cell.end()) cell.push_back(std::move(word));
}

void add_profile(Matrix& m, std::size_t column, const RoleProfile& p, const NosIndex& nos) {
    for (const detail::Section& s : detail::sections_of(p))
        for (const CompetenceGroup& g : *s.groups)
            for (const NosRef& ref : g.nos) {
                std::string code = ref.code.value, title = ref.title.value;
                if (code.empty())
                    if (const NosStandard* x = nos.by_title(title)) code = x->code.value;
                if (title.empty())
                    if (const NosStandard* x = nos.by_code(code)) title = x->title.value;
                MatrixRow& r =
                    m.row(nos.identity(ref), {g.area.value, g.function.value, code, title, {}});
                add_word(r.cells[column], detail::section_phrase(s.section));
            }
    for (const LocalCompetence& c : p.local_competences) {
        std::string key = "local:";
        for (const std::string& w : detail::lower_words(c.statement.value)) key += " " + w;
        MatrixRow& r = m.row(key, {c.area.value, c.function.value, "", c.statement.value, {}});
        add_word(r.cells[column], "local");
    }
}

// "Peer Support Worker (Level 3)"; the id added when two columns would read alike.
std::vector<std::string> column_names(std::span<const Document* const> profiles) {
    std::vector<std::string> names;
    for (const Document* d : profiles) {
        const RoleProfile& p = std::get<RoleProfile>(d->body);
        names.push_back(fmt::format("{} (Level {})", p.title.value, p.level.value));
    }
    for (std::size_t i = 0; i < names.size(); ++i)
        if (std::count(names.begin(), names.end(), names[i]) > 1)
            for (std::size_t j = i; j < names.size(); ++j)
                if (names[j] == names[i] && j != i) names[j] += " [" + profiles[j]->id.value + "]";
    return names;
}

std::string described(const Document& d) {
    const RoleProfile& p = std::get<RoleProfile>(d.body);
    return detail::sheet_document(
        fmt::format("{} ({}), Level {}", p.title.value, d.id.value, p.level.value),
        p.revision.value, p.local.version.value, d.path);
}

}  // namespace

std::string matrix_refusal(const Document& doc) {
    if (doc.kind == DocumentKind::role_profile) return "";
    const std::string why = fmt::format(
        "{} is a {}, not a RoleProfile: the training-needs matrix has a column per role profile "
        "(or "
        "local profile)",
        doc.id.value, kind_name(doc.kind));
    // An overlay is one step from a local profile.
    return doc.kind == DocumentKind::locality_overlay ? why + "; rolekit merge makes one from it"
                                                      : why;
}

SheetTable training_matrix(std::span<const Document* const> profiles, const DocumentSet& context) {
    const NosIndex nos(context.catalogs());
    Matrix m;
    m.columns = profiles.size();
    for (std::size_t j = 0; j < profiles.size(); ++j)
        add_profile(m, j, std::get<RoleProfile>(profiles[j]->body), nos);
    std::stable_sort(m.rows.begin(), m.rows.end(), [&](const MatrixRow& x, const MatrixRow& y) {
        return detail::sheet_area_rank(x.area, context) < detail::sheet_area_rank(y.area, context);
    });
    SheetTable t;
    t.title = "Training-needs matrix";
    t.sheet_name = "Matrix";
    t.header = {"Area", "Function", "Code", "Title"};
    t.widths = {28, 36, 12, 50};
    const std::vector<std::string> names = column_names(profiles);
    t.about.push_back({"Training-needs matrix", fmt::format("{} role profile{}", profiles.size(),
                                                            profiles.size() == 1 ? "" : "s")});
    for (std::size_t j = 0; j < profiles.size(); ++j) {
        t.header.push_back(names[j]);
        t.widths.push_back(18);
        t.about.push_back({names[j], described(*profiles[j])});
    }
    for (const MatrixRow& r : m.rows) {
        std::vector<std::string> row = {detail::area_label(r.area, context), r.function, r.code,
                                        r.title};
        for (const std::vector<std::string>& cell : r.cells)
            row.push_back(cell.empty() ? "—" : fmt::format("{}", fmt::join(cell, ", ")));
        t.rows.push_back(std::move(row));
    }
    return t;
}

}  // namespace rolekit

#include "cmd_nos.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <memory>

#include "rolekit/nos_search.hpp"
#include "rolekit/visible_text.hpp"

namespace rolekit::cli {

namespace {

struct NosSearchOptions {
    std::vector<std::string> words;
    std::string area;
    int limit = 20;
    LibraryOptions library;
};

// A word longer than any word of any NOS title: a mistake (a pasted file?),
// not a search.
constexpr std::size_t kMaxWordLength = 100;

std::string table(const std::vector<NosMatch>& matches) {
    std::size_t code_w = 4, title_w = 5;
    for (const NosMatch& m : matches) {
        code_w = std::max(code_w, visible(m.standard->code.value).size());
        title_w = std::max(title_w, visible(m.standard->title.value).size());
    }
    std::string out = fmt::format("{:<{}}  {:<{}}  {:<4}  {}\n", "CODE", code_w, "TITLE", title_w,
                                  "AREA", "FUNCTION");
    for (const NosMatch& m : matches) {
        const std::string code = visible(m.standard->code.value);
        out += fmt::format("{:<{}}  {:<{}}  {:<4}  {}\n", code.empty() ? "-" : code, code_w,
                           visible(m.standard->title.value), title_w,
                           m.placement ? visible(m.placement->area.value) : "-",
                           m.placement ? visible(m.placement->function.value) : "-");
    }
    return out;
}

// The area keys --area may name: the functional map's, else those the
// catalogues place standards in.
std::vector<std::string> area_keys(const DocumentSet& scope, const std::vector<const NosCatalog*>& catalogs) {
    std::vector<std::string> keys;
    if (const FunctionalMap* map = scope.functional_map())
        for (const FunctionalArea& a : map->areas) keys.push_back(a.key.value);
    return keys.empty() ? placement_areas(catalogs) : keys;
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& i : items) out += (out.empty() ? "" : ", ") + visible(i);
    return out;
}

// Usage problems with the words or --area: printed; false to stop.
bool check_arguments(const NosSearchOptions& o, const std::vector<std::string>& areas, std::string& area) {
    for (const std::string& w : o.words)
        if (w.size() > kMaxWordLength) {
            print_usage_error(fmt::format("a search word of {} characters; words are at most {}", w.size(),
                                          kMaxWordLength));
            return false;
        }
    if (o.area.empty()) return true;
    area = known_area(o.area, areas);
    if (area.empty()) {
        print_usage_error(fmt::format("unknown area '{}'\n  hint: the areas are {}", visible(o.area), joined(areas)));
        return false;
    }
    return true;
}

std::size_t standard_count(const std::vector<const NosCatalog*>& catalogs) {
    std::size_t n = 0;
    for (const NosCatalog* c : catalogs) n += c->standards.size();
    return n;
}

ExitCode run_search(const NosSearchOptions& o, const Terminal& t) {
    const Arguments loaded = open_arguments(
        t, {}, o.library, std::set{DocumentKind::nos_catalog, DocumentKind::functional_map});
    if (!loaded.workspace.usable()) return ExitCode::usage;
    const DocumentSet& scope = loaded.workspace.scope();
    const auto catalogs = scope.catalogs();
    if (catalogs.empty()) {
        print_findings(t, {Finding{"no-catalog",
                                   Severity::error,
                                   "rolekit",
                                   {},
                                   "no NOS catalogue is loaded",
                                   "add one with --catalog FILE"}});
        return ExitCode::usage;
    }
    std::string area;
    if (!check_arguments(o, area_keys(scope, catalogs), area)) return ExitCode::usage;
    const auto matches = search_nos(catalogs, o.words, area);
    if (matches.empty()) {
        print_error(fmt::format(
            "no NOS matches among the {} in {} catalogue{}; try fewer words, or another --area\n"
            "  hint: the built-in catalogue holds only the NOS the national templates use; "
            "add your own with --catalog FILE\n",
            standard_count(catalogs), catalogs.size(), catalogs.size() == 1 ? "" : "s"));
        return ExitCode::findings;
    }
    const std::size_t shown = std::min(matches.size(), static_cast<std::size_t>(o.limit));
    print(table({matches.begin(), matches.begin() + static_cast<std::ptrdiff_t>(shown)}));
    if (shown < matches.size())
        print_status(t, fmt::format("{} of {} shown; -n {} shows them all\n", shown, matches.size(),
                                    matches.size()));
    return ExitCode::ok;
}

}  // namespace

Command register_nos(CLI::App& parent) {
    auto o = std::make_shared<NosSearchOptions>();
    CLI::App* nos = parent.add_subcommand("nos", "National Occupational Standards in the catalogues");
    nos->require_subcommand(1);
    CLI::App* search = nos->add_subcommand(
        "search", "Find NOS by code, or by words of the title or reference function, best matches first");
    search->footer(
        "The built-in catalogue holds only the NOS the national templates use; add others with --catalog FILE.");
    search->add_option("words", o->words, "A NOS code, or words to look for (case does not matter)")
        ->type_name("WORD");
    search->add_option("--area", o->area, "Only NOS placed in this functional-map area (1-6, A-H, any case)")
        ->type_name("KEY");
    search->add_option("-n,--limit", o->limit, "Show at most N matches (1-1000)")
        ->default_str("20")
        ->check(CLI::Range(1, 1000));
    add_catalog_option(*search, o->library);
    add_library_options(*search, o->library);
    return Command{search, [o](const Terminal& t) { return run_search(*o, t); }};
}

}  // namespace rolekit::cli

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
    std::size_t limit = 20;
    LibraryOptions library;
};

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

ExitCode run_search(const NosSearchOptions& o) {
    const Arguments loaded = open_arguments({}, o.library, std::set{DocumentKind::nos_catalog});
    if (!loaded.workspace.usable()) return ExitCode::usage;
    const auto catalogs = loaded.workspace.scope().catalogs();
    if (catalogs.empty()) {
        print_findings({Finding{"no-catalog", Severity::error, "rolekit", {}, "no NOS catalogue is loaded",
                                "add one with --catalog FILE"}});
        return ExitCode::usage;
    }
    const auto matches = search_nos(catalogs, o.words, o.area, o.limit);
    if (matches.empty()) {
        print_error("no NOS matches; try fewer or shorter words, or another --area\n");
        return ExitCode::findings;
    }
    print(table(matches));
    return ExitCode::ok;
}

}  // namespace

Command register_nos(CLI::App& parent) {
    auto o = std::make_shared<NosSearchOptions>();
    CLI::App* nos = parent.add_subcommand("nos", "National Occupational Standards in the catalogues");
    nos->require_subcommand(1);
    CLI::App* search = nos->add_subcommand(
        "search", "Find NOS by words in the title or reference function, best matches first");
    search->add_option("words", o->words, "Words to look for (case does not matter)")->type_name("WORD");
    search->add_option("--area", o->area, "Only NOS placed in this functional-map area (1-6, A-H)")
        ->type_name("KEY");
    search->add_option("-n,--limit", o->limit, "Show at most N matches")->default_str("20");
    add_catalog_option(*search, o->library);
    add_library_options(*search, o->library);
    return Command{search, [o] { return run_search(*o); }};
}

}  // namespace rolekit::cli

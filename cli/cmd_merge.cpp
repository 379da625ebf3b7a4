#include "cmd_merge.hpp"

#include <memory>

#include "rolekit/merge.hpp"
#include "rolekit/write_yaml.hpp"

namespace rolekit::cli {

namespace {

struct MergeOptions {
    std::string base;
    std::vector<std::string> overlays;
    std::string output;
    LibraryOptions library;
};

ExitCode run_merge(const MergeOptions& o, const Terminal& t) {
    std::vector<std::string> args = {o.base};
    args.insert(args.end(), o.overlays.begin(), o.overlays.end());
    // Catalogues settle NOS wording, the map areas, the career framework core
    // sets; profiles are what overlays name as their base.
    const Arguments loaded =
        open_arguments(t, args, o.library,
                       std::set{DocumentKind::nos_catalog, DocumentKind::functional_map,
                                DocumentKind::career_framework, DocumentKind::role_profile});
    if (loaded.docs.empty()) return ExitCode::usage;
    const std::vector<const Document*> overlays(loaded.docs.begin() + 1, loaded.docs.end());
    const MergeResult result = merge_checked(*loaded.docs.front(), overlays, loaded.workspace.scope());
    print_findings(t, merge_findings_shown(result.findings, loaded.workspace), &loaded.workspace);
    if (!result.merged) return ExitCode::findings;
    return write_output(t, o.output, role_profile_to_yaml(*result.merged), loaded.workspace);
}

}  // namespace

Command register_merge(CLI::App& parent) {
    auto o = std::make_shared<MergeOptions>();
    CLI::App* app = parent.add_subcommand(
        "merge", "Check, then apply locality overlays, in order, to a role profile and write the result");
    app->add_option("base", o->base, "The RoleProfile: a file, - (standard input) or a library id")->required();
    app->add_option("overlays", o->overlays, "LocalityOverlays: files, - or library ids")
        ->required()
        ->type_name("OVERLAY");
    add_output_option(*app, o->output);
    add_catalog_option(*app, o->library);
    add_library_options(*app, o->library);
    return Command{app, [o](const Terminal& t) { return run_merge(*o, t); }};
}

}  // namespace rolekit::cli

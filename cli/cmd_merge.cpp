#include "cmd_merge.hpp"

#include <memory>

#include "rolekit/merge.hpp"
#include "rolekit/write_yaml.hpp"

namespace rolekit::cli {

namespace {

struct MergeOptions {
    std::vector<std::string> documents;
    std::string output;
    LibraryOptions library;
};

ExitCode run_merge(const MergeOptions& o, const Terminal& t) {
    if (!choose_format(OutputCommand::merge, {}, o.output)) return ExitCode::usage;
    // Catalogues settle NOS wording, the map areas, the career framework core
    // sets; profiles are what overlays name as their base.
    Arguments loaded =
        open_arguments(t, o.documents, o.library,
                       std::set{DocumentKind::nos_catalog, DocumentKind::functional_map,
                                DocumentKind::career_framework, DocumentKind::role_profile});
    if (loaded.docs.empty()) return ExitCode::usage;
    const MergeCommand merge = merge_arguments(loaded.docs, loaded.workspace);
    print_findings(t, merge.result.findings, &loaded.workspace);
    if (!merge.usable) return ExitCode::usage;
    if (!merge.result.merged) return merge_refused();
    return write_output(t, o.output, role_profile_to_yaml(*merge.result.merged), loaded.workspace);
}

}  // namespace

Command register_merge(CLI::App& parent) {
    auto o = std::make_shared<MergeOptions>();
    CLI::App* app = parent.add_subcommand(
        "merge", "Check, then apply locality overlays, in order, to a role profile (the one they name, when no BASE is given) and write the result");
    app->add_option("documents", o->documents,
                    "BASE OVERLAY... (a RoleProfile, then the LocalityOverlays to apply to it, in order) or "
                    "OVERLAY... (LocalityOverlays of one base: the base their 'base' names); each a file, - "
                    "(standard input) or a library id")
        ->required()
        ->type_name("[BASE] OVERLAY");
    add_output_option(*app, o->output);
    add_catalog_option(*app, o->library);
    add_library_options(*app, o->library);
    return Command{app, [o](const Terminal& t) { return run_merge(*o, t); }};
}

}  // namespace rolekit::cli

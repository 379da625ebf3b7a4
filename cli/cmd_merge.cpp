#include "cmd_merge.hpp"

#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "output.hpp"
#include "rolekit/merge.hpp"
#include "rolekit/write_yaml.hpp"

namespace rolekit::cli {

namespace {

struct MergeOptions {
    std::string base;
    std::vector<std::string> overlays;
    std::string output;
    LibraryOptions library;
    std::vector<std::string> catalogs;
};

ExitCode run_merge(const MergeOptions& o) {
    std::vector<std::string> args = {o.base};
    args.insert(args.end(), o.overlays.begin(), o.overlays.end());
    // Catalogues settle NOS wording; base profiles, overlay references.
    const Arguments loaded = load_arguments(
        args, o.library, o.catalogs,
        std::set{DocumentKind::nos_catalog, DocumentKind::functional_map, DocumentKind::role_profile});
    if (loaded.docs.empty()) return ExitCode::usage;

    const std::vector<const Document*> overlays(loaded.docs.begin() + 1, loaded.docs.end());
    const CheckContext ctx(loaded.workspace.documents);
    const MergeResult result = merge_overlays(*loaded.docs.front(), overlays, ctx);
    print_to_stderr(result.findings);
    if (!result.merged) return ExitCode::findings;
    return write_output(o.output, role_profile_to_yaml(*result.merged), loaded.docs);
}

}  // namespace

Command register_merge(CLI::App& parent) {
    auto o = std::make_shared<MergeOptions>();
    CLI::App* app = parent.add_subcommand(
        "merge", "Apply locality overlays, in order, to a role profile and write the result");
    app->add_option("base", o->base, "The RoleProfile: a file or a library id")->required();
    app->add_option("overlays", o->overlays, "LocalityOverlays: files or library ids")
        ->required()
        ->type_name("OVERLAY");
    app->add_option("-o,--output", o->output, "Write to FILE (whole or not at all) instead of stdout")
        ->type_name("FILE");
    add_catalog_option(*app, o->catalogs);
    add_library_options(*app, o->library);
    return Command{app, [o] { return run_merge(*o); }};
}

}  // namespace rolekit::cli

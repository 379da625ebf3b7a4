#include "cmd_init.hpp"

#include <fmt/format.h>

#include <memory>

#include "rolekit/overlay_template.hpp"
#include "rolekit/visible_text.hpp"

namespace rolekit::cli {

namespace {

struct InitOptions {
    std::string base;
    std::string locality;
    std::string id;
    std::string output;
    LibraryOptions library;
};

ExitCode run_init(const InitOptions& o, const Terminal& t) {
    if (!choose_format(OutputCommand::init_overlay, {}, o.output)) return ExitCode::usage;
    const Arguments loaded = open_arguments(t, {o.base}, o.library, std::set<DocumentKind>{});
    if (loaded.docs.empty()) return ExitCode::usage;
    const Document& base = *loaded.docs.front();
    if (base.as<RoleProfile>() == nullptr) {
        print_findings(t,
                       {Finding{"merge-wrong-kind", Severity::error, base.path, base.pos,
                                fmt::format("'{}' is a {}, not a RoleProfile",
                                            visible(base.id.value), kind_name(base.kind)),
                                "an overlay builds on a role profile"}},
                       &loaded.workspace);
        return ExitCode::usage;
    }
    const StarterOverlay starter = starter_overlay(base, o.id, o.locality, o.output);
    if (!starter.error.empty()) {
        print_usage_error(fmt::format("{}\n  hint: {}", starter.error, starter.hint));
        return ExitCode::usage;
    }
    return write_output(t, o.output, starter.text, loaded.workspace, Existing::keep);
}

}  // namespace

Command register_init(CLI::App& parent) {
    auto o = std::make_shared<InitOptions>();
    CLI::App* init = parent.add_subcommand("init", "Start a new document from a template");
    init->require_subcommand(1);
    CLI::App* overlay = init->add_subcommand("overlay", "Write a commented starter LocalityOverlay");
    overlay->add_option("--base", o->base, "The RoleProfile it adds to: a library id, a file or -")
        ->required();
    overlay->add_option("--locality", o->locality, "The local service, e.g. 'Wiltshire L&D Service'")
        ->required();
    overlay->add_option("--id", o->id,
                        "The overlay's id (default: the locality's place and the base title's "
                        "initials, e.g. dorset-psw)");
    overlay->add_option("-o,--output", o->output, "Write to FILE (never over an existing file)")
        ->type_name("FILE");
    add_library_options(*overlay, o->library);
    return Command{overlay, [o](const Terminal& t) { return run_init(*o, t); }};
}

}  // namespace rolekit::cli

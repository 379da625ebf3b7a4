#include "cmd_init.hpp"

#include <fmt/format.h>

#include <iostream>
#include <memory>

#include "rolekit/file_io.hpp"
#include "rolekit/overlay_template.hpp"

namespace rolekit::cli {

namespace {

struct InitOptions {
    std::string base;
    std::string locality;
    std::string id;
    std::string output;
    LibraryOptions library;
};

ExitCode run_init(const InitOptions& o) {
    const Arguments loaded = load_arguments({o.base}, o.library, {}, std::set<DocumentKind>{});
    if (loaded.docs.empty()) return ExitCode::usage;
    const Document& base = *loaded.docs.front();
    if (base.as<RoleProfile>() == nullptr) {
        print_to_stderr({Finding{"merge-wrong-kind", Severity::error, base.path, base.pos,
                                 fmt::format("'{}' is a {}, not a RoleProfile", base.id.value,
                                             kind_name(base.kind)),
                                 "an overlay builds on a role profile"}});
        return ExitCode::usage;
    }
    const std::string id = o.id.empty() ? slug(o.locality) + "-" + base.id.value : o.id;
    const std::string text = starter_overlay(base, id, o.locality);
    if (o.output.empty() || o.output == "-") {
        std::cout << text;
        return ExitCode::ok;
    }
    if (const std::string error = write_file_new(o.output, text); !error.empty()) {
        print_to_stderr({Finding{"io-error", Severity::error, o.output, {}, error,
                                 "choose another file name, or remove the old file first"}});
        return ExitCode::usage;
    }
    std::cerr << fmt::format("wrote {}\n", o.output);
    return ExitCode::ok;
}

}  // namespace

Command register_init(CLI::App& parent) {
    auto o = std::make_shared<InitOptions>();
    CLI::App* init = parent.add_subcommand("init", "Start a new document from a template");
    init->require_subcommand(1);
    CLI::App* overlay = init->add_subcommand("overlay", "Write a commented starter LocalityOverlay");
    overlay->add_option("--base", o->base, "The RoleProfile it adds to: a library id or a file")
        ->required();
    overlay->add_option("--locality", o->locality, "The local service, e.g. 'Wiltshire L&D Service'")
        ->required();
    overlay->add_option("--id", o->id, "The overlay's id (default: from the locality and base)");
    overlay->add_option("-o,--output", o->output, "Write to FILE (never over an existing file)")
        ->type_name("FILE");
    add_library_options(*overlay, o->library);
    return Command{overlay, [o] { return run_init(*o); }};
}

}  // namespace rolekit::cli

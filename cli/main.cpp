// rolekit: command-line front end. Parses flags and hands over to lib/.

#include <CLI/CLI.hpp>
#include <iostream>
#include <vector>

#include "cli_common.hpp"
#include "cmd_diff.hpp"
#include "cmd_init.hpp"
#include "cmd_list.hpp"
#include "cmd_merge.hpp"
#include "cmd_nos.hpp"
#include "cmd_render.hpp"
#include "cmd_show.hpp"
#include "cmd_validate.hpp"
#include "rolekit/version.hpp"

int main(int argc, char** argv) {
    using namespace rolekit::cli;
    CLI::App app{"rolekit: role profiles, NOS and competence frameworks", "rolekit"};
    app.set_version_flag("--version", std::string("rolekit ") + rolekit::kVersion);
    app.require_subcommand(1);
    app.footer("Exit codes: 0 ok, 1 findings or differences, 2 usage error or unusable input.");

    const std::vector<Command> commands = {register_list(app), register_show(app),
                                           register_validate(app), register_merge(app),
                                           register_nos(app),      register_init(app),
                                           register_render(app),   register_diff(app)};

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        // CLI11 uses its own codes (100+) for usage errors; ours is 2.
        return code == 0 ? 0 : to_int(ExitCode::usage);
    }
    try {
        for (const Command& c : commands)
            if (c.app->parsed()) return to_int(c.run());
    } catch (const std::exception& e) {
        std::cerr << "rolekit: error: " << e.what() << "\n";
        return to_int(ExitCode::usage);
    }
    return to_int(ExitCode::usage);
}

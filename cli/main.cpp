// rolekit: command-line front end. Parses flags and hands over to lib/.

#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <new>
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
#include "output.hpp"
#include "rolekit/version.hpp"
#include "rolekit/visible_text.hpp"

int main(int argc, char** argv) {
    using namespace rolekit::cli;
    CLI::App app{"rolekit: role profiles, NOS and competence frameworks", "rolekit"};
    app.set_version_flag("--version", std::string("rolekit ") + rolekit::kVersion);
    app.require_subcommand(1);
    app.footer("Exit codes: 0 ok; 1 findings (validate) or differences (diff --exit-code); 2 usage error, unusable input or a failed write; 3 internal error.");

    const std::vector<Command> commands = {register_list(app), register_show(app),
                                           register_validate(app), register_merge(app),
                                           register_nos(app),      register_init(app),
                                           register_render(app),   register_diff(app)};

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        std::cout.flush();
        if (!std::cout) {
            std::fputs("rolekit: error writing standard output\n", stderr);
            return to_int(ExitCode::usage);
        }
        // CLI11 uses its own codes (100+) for usage errors; ours is 2.
        return code == 0 ? 0 : to_int(ExitCode::usage);
    }
    try {
        // Lets the test suite check the handler below end to end: nothing
        // else reaches it on purpose.
        if (std::getenv("ROLEKIT_TEST_INTERNAL_ERROR") != nullptr)
            throw std::logic_error("ROLEKIT_TEST_INTERNAL_ERROR is set");
        for (const Command& c : commands)
            if (c.app->parsed()) return to_int(c.run());
    } catch (const WriteError& e) {
        // Standard error may be the stream that failed: nothing more to do then.
        std::fprintf(stderr, "rolekit: %s\n", e.what());
        return to_int(ExitCode::usage);
    } catch (const std::bad_alloc&) {
        std::fputs("rolekit: error: out of memory (the input is too large for the memory this process may use)\n",
                   stderr);
        return to_int(ExitCode::usage);
    } catch (const std::exception& e) {
        std::fprintf(stderr,
                     "rolekit: internal error: %s\n"
                     "This is a bug in rolekit: please report it, with the command and the files it read.\n",
                     rolekit::visible(e.what()).c_str());
        return to_int(ExitCode::internal);
    } catch (...) {
        std::fputs("rolekit: internal error: an unknown exception\n"
                   "This is a bug in rolekit: please report it, with the command and the files it read.\n",
                   stderr);
        return to_int(ExitCode::internal);
    }
    return to_int(ExitCode::usage);
}

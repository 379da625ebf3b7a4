// rolekit: command-line front end. Parses flags and hands over to lib/.

#include <CLI/CLI.hpp>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <new>
#include <optional>
#include <string>
#include <vector>

#include "cli_common.hpp"
#include "cmd_cache.hpp"
#include "cmd_completion.hpp"
#include "cmd_diff.hpp"
#include "cmd_export.hpp"
#include "cmd_help.hpp"
#include "cmd_import.hpp"
#include "cmd_init.hpp"
#include "cmd_list.hpp"
#include "cmd_merge.hpp"
#include "cmd_nos.hpp"
#include "cmd_render.hpp"
#include "cmd_rules.hpp"
#include "cmd_config.hpp"
#include "cmd_schema.hpp"
#include "cmd_show.hpp"
#include "cmd_validate.hpp"
#include "command_line.hpp"
#include "complete.hpp"
#include "man_page.hpp"
#include "output.hpp"
#include "parse_error.hpp"
#include "rolekit/version.hpp"
#include "rolekit/visible_text.hpp"

namespace {

using namespace rolekit::cli;

// The hidden helpers: `__complete WORD...` for the completion scripts,
// `__man [FILE]` for the build. Not commands: never in help or completion.
std::optional<ExitCode> run_hidden(CLI::App& app, const std::vector<std::string>& words) {
    if (words.empty()) return std::nullopt;
    if (words[0] == kCompleteCommand) {
        std::string out;
        for (const std::string& c : completions(app, {words.begin() + 1, words.end()})) out += c + "\n";
        print(out);
        return ExitCode::ok;
    }
    if (words[0] == kManCommand) {
        const std::string page = man_page(app);
        if (words.size() < 2) {
            print(page);
        } else {
            write_file(words[1], page);
        }
        return ExitCode::ok;
    }
    return std::nullopt;
}

// CLI11 titles the command list "Subcommands"; the docs call them commands.
void title_command_groups(CLI::App& app) {
    for (CLI::App* sub : app.get_subcommands({})) {
        if (sub->get_group() == "Subcommands") sub->group("Commands");
        title_command_groups(*sub);
    }
}

ExitCode run(CLI::App& app, const std::vector<Command>& commands, const GlobalOptions& global, int argc,
             char** argv) {
    const std::vector<std::string> words(argv + 1, argv + argc);
    if (const auto hidden = run_hidden(app, words)) return *hidden;
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return report_parse_error(app, e, words);
    }
    const Terminal terminal = terminal_of(global);
#ifdef ROLEKIT_TEST_HOOKS
    // Lets the test suite check the handler in main end to end: nothing else
    // reaches it on purpose, and only the test-only build has it.
    if (std::getenv("ROLEKIT_TEST_INTERNAL_ERROR") != nullptr)
        throw std::logic_error("ROLEKIT_TEST_INTERNAL_ERROR is set");
#endif
    for (const Command& c : commands)
        if (c.app->parsed()) return c.run(terminal);
    return ExitCode::usage;
}

}  // namespace

int main(int argc, char** argv) {
    // A closed pipe on standard output is then an EPIPE that print() turns
    // into a quiet exit 0 (OutputClosed), not a death by signal (141).
    std::signal(SIGPIPE, SIG_IGN);
    CLI::App app{"rolekit: role profiles, NOS and competence frameworks", "rolekit"};
    app.set_version_flag("--version", std::string("rolekit ") + rolekit::kVersion);
    app.require_subcommand(1);
    app.get_formatter()->label("SUBCOMMAND", "COMMAND");

    const std::vector<Command> commands = {register_list(app),     register_show(app),
                                           register_validate(app), register_merge(app),
                                           register_nos(app),      register_init(app),
                                           register_render(app),   register_diff(app),
                                           register_export(app),   register_import(app),
                                           register_rules(app),    register_config(app),
                                           register_schema(app),
                                           register_cache(app),    register_help(app),
                                           register_completion(app)};
    GlobalOptions global;
    add_global_options(app, global);
    add_exit_code_footers(app);
    title_command_groups(app);

    try {
        return to_int(run(app, commands, global, argc, argv));
    } catch (const OutputClosed&) {
        return to_int(ExitCode::ok);
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
}

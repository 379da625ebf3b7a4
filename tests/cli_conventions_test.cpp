// The command line's manners (issue 13): "did you mean", `rolekit help`,
// --color and NO_COLOR, -q, validate --output-file, shell completion, the
// man page, and exit codes stated as they are. All through the built binary.

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include <span>
#include <string_view>

#include "rolekit/diff_report.hpp"
#include "rolekit/document.hpp"
#include "rolekit/profile_section.hpp"
#include "rolekit/render.hpp"
#include "rolekit/report.hpp"
#include "rolekit/rules.hpp"
#include "rolekit/severity.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;

using rolekit::test::frameworks_dir;
using rolekit::test::read_file;
using rolekit::test::Run;
using rolekit::test::run_rolekit;
using rolekit::test::run_rolekit_with_hooks;
using rolekit::test::shell_quote;
using rolekit::test::source_dir;
using rolekit::test::temp_dir;
using rolekit::test::write_file;

namespace {

bool on_path(const std::string& tool) {
    const char* path = std::getenv("PATH");
    std::istringstream dirs(path != nullptr ? path : "");
    for (std::string dir; std::getline(dirs, dir, ':');)
        if (!dir.empty() && fs::exists(fs::path(dir) / tool)) return true;
    return false;
}

// An overlay whose base is nowhere: one error finding, with a source line.
fs::path overlay_with_error(const std::string& name) {
    const fs::path file = temp_dir(name) / "o.yaml";
    write_file(file, "kind: LocalityOverlay\nformat: 1\nid: o\nbase: nowhere\nlocality: L\n");
    return file;
}

// Runs `script` with `shell` in `dir`, with a `rolekit` on PATH that is the
// built one (completion scripts call rolekit by the name typed).
Run run_shell(const std::string& shell, const std::string& script, const fs::path& dir) {
    const fs::path bin = dir / "bin";
    fs::create_directories(bin);
    if (!fs::exists(bin / "rolekit")) fs::create_symlink(ROLEKIT_BINARY, bin / "rolekit");
    write_file(dir / "script", script);
    const fs::path out = dir / "out", err = dir / "err";
    const std::string cmd = "cd " + shell_quote(dir) + " && env -u ROLEKIT_PATH PATH=" + shell_quote(bin) + ":\"$PATH\" " + shell +
                            " " + shell_quote(dir / "script") + " >" + shell_quote(out) + " 2>" + shell_quote(err);
    const int status = std::system(cmd.c_str());
    return Run{WIFEXITED(status) ? WEXITSTATUS(status) : -1, read_file(out), read_file(err)};
}

// Runs rolekit on a pseudo-terminal (script(1)): what a user at a terminal sees.
std::string on_terminal(const std::string& args, const std::string& env = "") {
    const fs::path out = temp_dir("tty") / "out";
    const std::string inner = "env -u ROLEKIT_PATH -u NO_COLOR TERM=xterm " + env + " " + ROLEKIT_BINARY + " " + args;
    const std::string cmd = "script -qec " + shell_quote(inner) + " /dev/null >" + shell_quote(out) + " 2>&1 </dev/null";
    CHECK(std::system(cmd.c_str()) != -1);
    return read_file(out);
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

std::vector<std::string> rules_starting(const std::string& prefix) {
    std::vector<std::string> out;
    for (const rolekit::RuleInfo& rule : rolekit::all_rules())
        if (rule.id.starts_with(prefix)) out.emplace_back(rule.id);
    return out;
}

const std::string kEsc = "\x1b[";

}  // namespace

TEST_CASE("cli conventions: a mistyped command or option gets 'did you mean', exit 2") {
    Run command = run_rolekit("valdate x");
    CHECK(command.exit_code == 2);
    CHECK(command.out.empty());
    CHECK(command.err == "rolekit: error: unknown command 'valdate'\n  hint: did you mean 'validate'?\n");

    Run option = run_rolekit("validate --fromat json");
    CHECK(option.exit_code == 2);
    CHECK(option.err ==
          "rolekit: error: unknown option '--fromat' for 'rolekit validate'\n  hint: did you mean '--format'?\n");

    Run nested = run_rolekit("nos serch volunteers");
    CHECK(nested.exit_code == 2);
    CHECK(nested.err == "rolekit: error: unknown command 'nos serch'\n  hint: did you mean 'nos search'?\n");

    Run value = run_rolekit("validate --format jsn .");
    CHECK(value.exit_code == 2);
    CHECK(value.err.find("jsn") != std::string::npos);
    CHECK(value.err.ends_with("\n  hint: did you mean 'json'? (one of: text, json, sarif, junit, github)\n"));

    Run global = run_rolekit("--colr never list");
    CHECK(global.exit_code == 2);
    CHECK(global.err == "rolekit: error: unknown option '--colr'\n  hint: did you mean '--color'?\n");

    // Nothing close: where to look instead.
    Run far = run_rolekit("frobnicate");
    CHECK(far.exit_code == 2);
    CHECK(far.err == "rolekit: error: unknown command 'frobnicate'\n  hint: 'rolekit help' shows the commands\n");
    Run other = run_rolekit("show --zzzzzz x");
    CHECK(other.err ==
          "rolekit: error: unknown option '--zzzzzz' for 'rolekit show'\n  hint: 'rolekit help show' shows its options\n");
    // Other usage errors keep CLI11's words, in the same shape.
    Run missing = run_rolekit("show");
    CHECK(missing.exit_code == 2);
    CHECK(missing.err.starts_with("rolekit: error: "));
    CHECK(missing.err.ends_with("\n  hint: 'rolekit help show' shows its usage\n"));
}

TEST_CASE("cli conventions: a command that needs a subcommand prints its command list, exit 2") {
    Run alone = run_rolekit("");
    CHECK(alone.exit_code == 2);
    CHECK(alone.out.empty());
    CHECK(alone.err == run_rolekit("--help").out);
    CHECK(alone.err.find("\nCommands:\n") != std::string::npos);
    Run nos = run_rolekit("nos");
    CHECK(nos.exit_code == 2);
    CHECK(nos.err == run_rolekit("nos --help").out);
}

TEST_CASE("cli conventions: rolekit help CMD is rolekit CMD --help") {
    for (const std::string command : {"", "validate", "nos", "nos search", "init overlay", "diff", "help"}) {
        CAPTURE(command);
        Run help = run_rolekit("help " + command);
        CHECK(help.exit_code == 0);
        CHECK(help.err.empty());
        CHECK(help.out == run_rolekit(command + " --help").out);
        CHECK(help.out.find("Usage: rolekit" + (command.empty() ? "" : " " + command)) != std::string::npos);
    }
    Run typo = run_rolekit("help valdate");
    CHECK(typo.exit_code == 2);
    CHECK(typo.out.empty());
    CHECK(typo.err == "rolekit: error: unknown command 'valdate'\n  hint: did you mean 'validate'?\n");
    Run nested = run_rolekit("help nos serch");
    CHECK(nested.exit_code == 2);
    CHECK(nested.err == "rolekit: error: unknown command 'nos serch'\n  hint: did you mean 'nos search'?\n");
    Run extra = run_rolekit("help validate more");
    CHECK(extra.exit_code == 2);
    CHECK(extra.err == "rolekit: error: unknown command 'validate more'\n  hint: 'validate' has no subcommands\n");
}

TEST_CASE("cli conventions: --color always|never, before or after the command") {
    const fs::path file = overlay_with_error("color");
    for (const std::string& args : {"--color always validate " + shell_quote(file), "validate " + shell_quote(file) + " --color always",
                                   "validate --color=always " + shell_quote(file)}) {
        CAPTURE(args);
        Run r = run_rolekit(args);
        CHECK(r.exit_code == 1);
        CHECK(r.out.find(kEsc) != std::string::npos);
    }
    // An explicit choice wins over NO_COLOR (https://no-color.org).
    CHECK(run_rolekit("validate --color always " + shell_quote(file), "NO_COLOR=1").out.find(kEsc) != std::string::npos);
    Run never = run_rolekit("validate --color never " + shell_quote(file));
    CHECK(never.exit_code == 1);
    CHECK(never.out.find(kEsc) == std::string::npos);
    CHECK(never.out.find("error[overlay-base-missing]") != std::string::npos);
    // Not a terminal: no colour by default.
    CHECK(run_rolekit("validate " + shell_quote(file)).out.find(kEsc) == std::string::npos);
    // Findings on standard error and diff's output follow the same choice.
    CHECK(run_rolekit("show no-such-id --color always").err.find(kEsc) != std::string::npos);
    CHECK(run_rolekit("show no-such-id").err.find(kEsc) == std::string::npos);
    const std::string diff = "diff ld-peer-support-worker-l3 ld-strategic-manager-l8";
    CHECK(run_rolekit(diff + " --color always").out.find(kEsc) != std::string::npos);
    CHECK(run_rolekit(diff + " --color never").out.find(kEsc) == std::string::npos);
    CHECK(run_rolekit("--color sometimes list").exit_code == 2);
}

TEST_CASE("cli conventions: --color auto colours a terminal unless NO_COLOR or TERM=dumb" ) {
    if (!on_path("script")) return rolekit::test::skip("script is not installed");
    const fs::path file = overlay_with_error("color-auto");
    const std::string args = "validate " + shell_quote(file);
    const std::string plain = on_terminal(args);
    REQUIRE(plain.find("error") != std::string::npos);
    CHECK(plain.find(kEsc) != std::string::npos);
    CHECK(on_terminal(args, "NO_COLOR=1").find(kEsc) == std::string::npos);
    CHECK(on_terminal(args, "NO_COLOR=").find(kEsc) != std::string::npos);  // empty: not set
    CHECK(on_terminal(args, "TERM=dumb").find(kEsc) == std::string::npos);
    CHECK(on_terminal("--color never " + args).find(kEsc) == std::string::npos);
    CHECK(on_terminal("show no-such-id").find(kEsc) != std::string::npos);
    CHECK(on_terminal("show no-such-id", "NO_COLOR=yes").find(kEsc) == std::string::npos);
}

TEST_CASE("cli conventions: -q leaves out status and summary lines, never findings") {
    const fs::path file = overlay_with_error("quiet");
    Run normal = run_rolekit("validate " + shell_quote(file));
    for (const std::string& args : {"validate -q " + shell_quote(file), "-q validate " + shell_quote(file), "validate --quiet " + shell_quote(file)}) {
        CAPTURE(args);
        Run quiet = run_rolekit(args);
        CHECK(quiet.exit_code == normal.exit_code);
        CHECK(quiet.out.find("error[overlay-base-missing]") != std::string::npos);
        CHECK(normal.out.starts_with(quiet.out));  // the findings, as without -q...
        CHECK(quiet.out.size() < normal.out.size());
        CHECK(quiet.out.find(" checked: ") == std::string::npos);  // ...but no summary
        CHECK(normal.out.find(" checked: ") != std::string::npos);
    }
    // A clean file: nothing at all.
    Run clean = run_rolekit("validate -q " + shell_quote(frameworks_dir() / "overlays/wiltshire-ld-psw.yaml"));
    CHECK(clean.exit_code == 0);
    CHECK(clean.out.empty());

    const fs::path dir = temp_dir("quiet-writes");
    Run merged = run_rolekit("merge -q ld-peer-support-worker-l3 wiltshire-ld-psw -o " + shell_quote(dir / "m.yaml"));
    CHECK(merged.exit_code == 0);
    CHECK(merged.err.empty());
    CHECK(merged.out.empty());
    CHECK(read_file(dir / "m.yaml") == run_rolekit("merge ld-peer-support-worker-l3 wiltshire-ld-psw").out);
    Run init = run_rolekit("init overlay --base ld-peer-support-worker-l3 --locality X -q -o " + shell_quote(dir / "i.yaml"));
    CHECK(init.exit_code == 0);
    CHECK(init.err.empty());
    CHECK(fs::exists(dir / "i.yaml"));
    // Errors are never quiet.
    Run refused = run_rolekit("render -q ld-peer-support-worker-l3 -o " +
                              shell_quote(frameworks_dir() / "profiles/ld-peer-support-worker-l3.yaml"));
    CHECK(refused.exit_code == 2);
    CHECK(refused.err.starts_with("rolekit: error: render does not write yaml ("));
    Run read = run_rolekit("merge -q ld-peer-support-worker-l3 wiltshire-ld-psw -o " +
                           shell_quote(frameworks_dir() / "profiles/ld-peer-support-worker-l3.yaml"));
    CHECK(read.exit_code == 2);
    CHECK(read.err.find("error[output-is-input]") != std::string::npos);
}

TEST_CASE("cli conventions: validate --output-file writes the --format report, stdout keeps the text") {
    const fs::path file = overlay_with_error("output-file");
    const fs::path dir = file.parent_path();
    const fs::path sarif = dir / "report.sarif";
    Run r = run_rolekit("validate --format sarif --output-file " + shell_quote(sarif) + " " + shell_quote(file));
    CHECK(r.exit_code == 1);
    CHECK(r.out == run_rolekit("validate " + shell_quote(file)).out);
    CHECK(r.err == "wrote " + sarif.string() + "\n");
    const std::string written = read_file(sarif);
    CHECK(written == run_rolekit("validate --format sarif " + shell_quote(file)).out);
    const auto json = nlohmann::json::parse(written);
    CHECK(json["version"] == "2.1.0");
    CHECK(json["runs"][0]["results"][0]["ruleId"] == "overlay-base-missing");

    // A text report in a file has no colour, whatever --color says.
    const fs::path text = dir / "report.txt";
    Run coloured = run_rolekit("validate --color always --output-file " + shell_quote(text) + " " + shell_quote(file));
    CHECK(coloured.out.find(kEsc) != std::string::npos);
    CHECK(read_file(text) == run_rolekit("validate " + shell_quote(file)).out);

    Run quiet = run_rolekit("validate -q --format junit --output-file " + shell_quote(dir / "junit.xml") + " " + shell_quote(file));
    CHECK(quiet.err.empty());
    CHECK(read_file(dir / "junit.xml").starts_with("<?xml"));

    // Never over a file it reads: an input, or a reference on --path. A
    // .yaml file is not even a report's name (output_format_cli_test.cpp);
    // an input with no extension is refused as an input.
    const std::string before = read_file(file);
    Run yaml_input = run_rolekit("validate --output-file " + shell_quote(file) + " " + shell_quote(file));
    CHECK(yaml_input.exit_code == 2);
    CHECK(yaml_input.err.starts_with("rolekit: error: validate does not write yaml"));
    CHECK(read_file(file) == before);
    const fs::path bare = dir / "overlay";
    fs::copy_file(file, bare);
    Run over_input = run_rolekit("validate --output-file " + shell_quote(bare) + " " + shell_quote(bare));
    CHECK(over_input.exit_code == 2);
    CHECK(over_input.out.empty());
    CHECK(over_input.err.find("error[output-is-input]: refusing to write over a file this command reads") !=
          std::string::npos);
    CHECK(read_file(bare) == before);
    const fs::path refs = temp_dir("output-file-refs");
    fs::copy_file(frameworks_dir() / "catalogues/health-nos.yaml", refs / "nos.yaml");
    const std::string catalogue = read_file(refs / "nos.yaml");
    Run over_reference =
        run_rolekit("validate --path " + shell_quote(refs) + " --output-file " + shell_quote(refs / "nos.yaml") + " " + shell_quote(file));
    CHECK(over_reference.exit_code == 2);
    CHECK(read_file(refs / "nos.yaml") == catalogue);
    // A directory that is not there: a failed write, exit 2.
    Run nowhere = run_rolekit("validate --output-file " + shell_quote(dir / "no/such/dir/r.json") + " " + shell_quote(file));
    CHECK(nowhere.exit_code == 2);
    CHECK(nowhere.err.starts_with("rolekit: error writing "));
}

TEST_CASE("cli conventions: rolekit completion prints a script per shell") {
    for (const std::string shell : {"bash", "zsh", "fish"}) {
        CAPTURE(shell);
        Run r = run_rolekit("completion " + shell);
        CHECK(r.exit_code == 0);
        CHECK(r.out.find("__complete") != std::string::npos);
        CHECK(r.out == run_rolekit("completion " + shell).out);
    }
    Run other = run_rolekit("completion tcsh");
    CHECK(other.exit_code == 2);
    CHECK(other.err == "rolekit: error: shell: tcsh not in {bash,zsh,fish}\n"
                       "  hint: did you mean 'bash'? (one of: bash, zsh, fish)\n");
    CHECK(run_rolekit("completion ksh93").err.ends_with("  hint: one of: bash, zsh, fish\n"));
}

TEST_CASE("cli conventions: __complete offers commands, options, values, library ids and rule ids") {
    const auto complete = [](const std::string& words) { return lines(run_rolekit("__complete " + words).out); };
    CHECK(complete("val") == std::vector<std::string>{"validate"});
    CHECK(complete("nos ''") == std::vector<std::string>{"search"});
    CHECK(complete("validate --fo") == std::vector<std::string>{"--format", "--force-exclude"});
    CHECK(complete("validate --format ''") == std::vector<std::string>{"text", "json", "sarif", "junit", "github"});
    CHECK(complete("validate --disable nos-") == rules_starting("nos-"));
    CHECK(complete("render ld-") ==
          std::vector<std::string>{"ld-peer-support-worker-l3", "ld-strategic-manager-l8", "::files"});
    CHECK(complete("--no-builtin render ld-") == std::vector<std::string>{"::files"});
    CHECK(complete("validate ''") == std::vector<std::string>{"::files"});
    CHECK(complete("help nos s") == std::vector<std::string>{"search"});
    CHECK(complete("completion z") == std::vector<std::string>{"zsh"});
    CHECK(complete("list --color a") == std::vector<std::string>{"auto", "always"});
    CHECK(complete("export ld-") ==
          std::vector<std::string>{"ld-peer-support-worker-l3", "ld-strategic-manager-l8", "::files"});
    CHECK(complete("import ''") == std::vector<std::string>{"case"});
    CHECK(complete("import case ''") == std::vector<std::string>{"::files"});
    CHECK(complete("schema Lo") == std::vector<std::string>{"LocalityOverlay"});
    CHECK(complete("schema C") == std::vector<std::string>{"CareerFramework", "CompetenceMap"});
    CHECK(complete("schema c") == std::vector<std::string>{"config"});
    // Hidden helpers are not offered.
    for (const std::string& c : complete("''")) CHECK(!c.starts_with("__"));
}

TEST_CASE("cli conventions: the bash completion script completes through rolekit" ) {
    if (!on_path("bash")) return rolekit::test::skip("bash is not installed");
    const fs::path dir = temp_dir("complete-bash");
    write_file(dir / "ld-notes.yaml", "");
    CHECK(run_shell("bash -n", run_rolekit("completion bash").out, dir).exit_code == 0);
    Run r = run_shell("bash",
                      "source <(rolekit completion bash)\n"
                      "complete -p rolekit\n"
                      "comp() { COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); COMPREPLY=(); _rolekit;\n"
                      "         printf '%s\\n' \"${COMPREPLY[@]}\" --; }\n"
                      "comp rolekit val\n"
                      "comp rolekit render ld-\n"
                      "comp rolekit validate --disable nos-\n"
                      "comp rolekit nos ''\n",
                      dir);
    CHECK(r.exit_code == 0);
    CHECK(r.err.empty());
    std::string expected = "complete -F _rolekit rolekit\nvalidate\n--\n"
                           "ld-peer-support-worker-l3\nld-strategic-manager-l8\nld-notes.yaml\n--\n";
    for (const std::string& id : rules_starting("nos-")) expected += id + "\n";
    expected += "--\nsearch\n--\n";
    CHECK(r.out == expected);
}

TEST_CASE("cli conventions: the zsh completion script" ) {
    if (!on_path("zsh")) return rolekit::test::skip("zsh is not installed");
    const fs::path dir = temp_dir("complete-zsh");
    write_file(dir / "ld-notes.yaml", "");
    write_file(dir / "_rolekit", run_rolekit("completion zsh").out);
    CHECK(run_shell("zsh -n", read_file(dir / "_rolekit"), dir).exit_code == 0);
    // Registered with compinit's compdef...
    Run registered = run_shell("zsh -f",
                               "autoload -Uz compinit && compinit -u -D\n"
                               "source ./_rolekit\n"
                               "print -r -- $_comps[rolekit]\n",
                               dir);
    CHECK(registered.out == "_rolekit\n");
    // ...and what it adds, with compadd and _files standing in for zsh's.
    Run r = run_shell("zsh -f",
                      "compdef() { : }\n"
                      "compadd() { [[ $1 == -- ]] && shift; print -rl -- \"$@\" }\n"
                      "_files() { print -r -- '<files>' }\n"
                      "source ./_rolekit\n"
                      "comp() { words=(\"$@\"); CURRENT=$#; _rolekit; print -- -- }\n"
                      "comp rolekit val\n"
                      "comp rolekit render ld-\n"
                      "comp rolekit validate --format ''\n",
                      dir);
    CHECK(r.err.empty());
    CHECK(r.out == "validate\n--\nld-peer-support-worker-l3\nld-strategic-manager-l8\n<files>\n--\n"
                   "text\njson\nsarif\njunit\ngithub\n--\n");
}

TEST_CASE("cli conventions: the fish completion script" ) {
    if (!on_path("fish")) return rolekit::test::skip("fish is not installed");
    const fs::path dir = temp_dir("complete-fish");
    write_file(dir / "ld-notes.yaml", "");
    write_file(dir / "rolekit.fish", run_rolekit("completion fish").out);
    CHECK(run_shell("fish --no-execute", read_file(dir / "rolekit.fish"), dir).exit_code == 0);
    Run r = run_shell("fish --no-config",
                      "source ./rolekit.fish\n"
                      "complete -C 'rolekit val'\n"
                      "echo ==\n"  // fish's echo takes -- as the end of its options
                      "complete -C 'rolekit render ld-'\n",
                      dir);
    CHECK(r.err.empty());
    const std::vector<std::string> got = lines(r.out);
    const auto separator = std::find(got.begin(), got.end(), "==");
    REQUIRE(separator != got.end());
    CHECK(std::vector<std::string>(got.begin(), separator) == std::vector<std::string>{"validate"});
    // fish sorts; the file in the directory is offered with the ids.
    CHECK(std::set<std::string>(separator + 1, got.end()) ==
          std::set<std::string>{"ld-peer-support-worker-l3", "ld-strategic-manager-l8", "ld-notes.yaml"});
}

TEST_CASE("cli conventions: the man page is made from the commands and formats cleanly" ) {
    if (!on_path("groff")) return rolekit::test::skip("groff is not installed");
    const fs::path dir = temp_dir("man");
    Run page = run_rolekit("__man");
    CHECK(page.exit_code == 0);
    write_file(dir / "rolekit.1", page.out);
    CHECK(read_file(fs::path(ROLEKIT_BUILD_DIR) / "cli/rolekit.1") == page.out);  // the build's copy
    const std::string cmd = "groff -man -Tutf8 -ww -z " + shell_quote(dir / "rolekit.1") + " 2>" + shell_quote(dir / "warnings");
    CHECK(std::system(cmd.c_str()) == 0);
    CHECK(read_file(dir / "warnings").empty());
    // Plain text: no bold, underline or overstrike.
    const std::string text_cmd = "groff -man -Tascii -P-cbou " + shell_quote(dir / "rolekit.1") + " >" + shell_quote(dir / "page.txt");
    REQUIRE(std::system(text_cmd.c_str()) == 0);
    const std::string text = read_file(dir / "page.txt");
    for (const std::string section : {"NAME", "SYNOPSIS", "GLOBAL OPTIONS", "COMMANDS", "EXIT STATUS", "ENVIRONMENT"})
        CHECK(text.find("\n" + section + "\n") != std::string::npos);
    for (const std::string command : {"list", "show", "validate", "merge", "nos search", "init overlay", "render",
                                      "diff", "rules", "config", "help", "completion"}) {
        CAPTURE(command);
        CHECK(text.find("   rolekit " + command + " [OPTIONS]") != std::string::npos);
    }
    for (const std::string option : {"--output-file FILE", "--exit-code", "--color auto|always|never", "NO_COLOR"})
        CHECK(text.find(option) != std::string::npos);
}

TEST_CASE("cli conventions: cmake --install puts rolekit, its man page and the library in place") {
    const fs::path prefix = temp_dir("install");
    const std::string cmd = "cmake --install " + shell_quote(fs::path(ROLEKIT_BUILD_DIR)) + " --prefix " + shell_quote(prefix) +
                            " >" + shell_quote(prefix / "log") + " 2>&1";
    REQUIRE_MESSAGE(std::system(cmd.c_str()) == 0, read_file(prefix / "log"));
    CHECK(fs::is_regular_file(prefix / "bin/rolekit"));
    CHECK(read_file(prefix / "share/man/man1/rolekit.1") == run_rolekit("__man").out);
    CHECK(fs::is_regular_file(prefix / "share/rolekit/frameworks/profiles/ld-peer-support-worker-l3.yaml"));
    // The installed program finds its installed library.
    const std::string list = "cd / && env -u ROLEKIT_PATH " + shell_quote(prefix / "bin/rolekit") + " list >" +
                             shell_quote(prefix / "list") + " 2>&1";
    CHECK(std::system(list.c_str()) == 0);
    CHECK(read_file(prefix / "list").find("ld-peer-support-worker-l3") != std::string::npos);
}

TEST_CASE("cli conventions: each command's --help states its exit codes, as docs/cli.md does") {
    struct Case {
        std::string command;
        std::string exits_1;  // arguments that exit 1, or "" when it never does
        std::string claim_1;  // what its help says 1 means
        std::string runs;     // arguments that run it (for exit 3)
    };
    const fs::path bad = overlay_with_error("exit-codes");
    const fs::path refused = temp_dir("exit-codes-merge") / "o.yaml";
    write_file(refused, "kind: LocalityOverlay\nformat: 1\nid: o\nbase: ld-peer-support-worker-l3\n"
                        "locality: L\nrole_specific: []\n");
    const std::vector<Case> cases = {
        {"validate", "validate " + shell_quote(bad), "1 findings at or above --fail-on", "validate " + shell_quote(bad)},
        {"merge", "merge ld-peer-support-worker-l3 " + shell_quote(refused), "1 the merge was refused",
         "merge ld-peer-support-worker-l3 wiltshire-ld-psw"},
        {"diff", "diff --exit-code ld-peer-support-worker-l3 ld-strategic-manager-l8", "1 they differ",
         "diff ld-peer-support-worker-l3 ld-strategic-manager-l8"},
        {"nos search", "nos search zebra", "1 nothing matched", "nos search volunteers"},
        {"render", "render " + shell_quote(refused), "1 a LocalityOverlay's merge was refused",
         "render ld-peer-support-worker-l3"},
        {"list", "", "", "list"},
        {"show", "", "", "show ld-peer-support-worker-l3"},
        {"init overlay", "", "", "init overlay --base ld-peer-support-worker-l3 --locality X"},
        {"config", "", "", "config --no-config"},
        {"help", "", "", "help"},
        {"completion", "", "", "completion bash"},
    };
    const std::string docs = read_file(source_dir() / "docs/cli.md");
    for (const Case& c : cases) {
        CAPTURE(c.command);
        const std::string help = run_rolekit(c.command + " --help").out;
        const auto at = help.rfind("\nExit codes: ");
        REQUIRE(at != std::string::npos);
        const std::string footer = help.substr(at + 1, help.find('\n', at + 1) - at - 1);
        CHECK(docs.find(footer) != std::string::npos);  // docs/cli.md says the same, word for word
        CHECK(footer.find("3 internal error.") != std::string::npos);
        CHECK(run_rolekit_with_hooks(c.runs, "ROLEKIT_TEST_INTERNAL_ERROR=1").exit_code == 3);
        CHECK(footer.find("2 ") != std::string::npos);
        CHECK(run_rolekit(c.command + " --no-such-option").exit_code == 2);
        if (c.exits_1.empty()) {
            CHECK(footer.find(" 1 ") == std::string::npos);
            CHECK(run_rolekit(c.runs).exit_code == 0);
        } else {
            CHECK(footer.find(c.claim_1) != std::string::npos);
            CHECK(run_rolekit(c.exits_1).exit_code == 1);
        }
    }
    // rolekit's own help sums them up, and so does the docs' table.
    const std::string root = run_rolekit("--help").out;
    const auto at = root.rfind("\nExit codes: ");
    REQUIRE(at != std::string::npos);
    CHECK(docs.find(root.substr(at + 1, root.find('\n', at + 1) - at - 1)) != std::string::npos);
}

TEST_CASE("cli conventions: a misspelt value names the nearest and every choice, exit 2") {
    // The choices come from the library's one name table of each.
    using rolekit::OutputCommand;
    const auto listed = [](std::span<const std::string_view> names,
                           std::vector<std::string> more = {}) {
        std::vector<std::string> all(names.begin(), names.end());
        all.insert(all.end(), more.begin(), more.end());
        std::string out;
        for (const std::string& n : all) out += (out.empty() ? "" : ", ") + n;
        return out;
    };
    const std::string profile =
        (frameworks_dir() / "profiles/ld-peer-support-worker-l3.yaml").string();
    const struct {
        std::string args;
        std::string nearest;
        std::string choices;
    } cases[] = {
        {"validate --format jsn .", "json", listed(rolekit::format_names(OutputCommand::validate))},
        {"validate --fail-on warnin .", "warning", listed(rolekit::severity_names())},
        {"diff --format jsn a b", "json", listed(rolekit::format_names(OutputCommand::diff))},
        {"diff --sections rol_specific a b", "role_specific",
         listed(rolekit::section_kind_names())},
        {"diff --sections core,facet a b", "facets", listed(rolekit::section_kind_names())},
        {"render --format htm " + shell_quote(profile), "html",
         listed(rolekit::format_names(OutputCommand::render))},
        {"rules --format mardown", "markdown", listed(rolekit::format_names(OutputCommand::rules))},
        {"schema LocalityOverlai", "LocalityOverlay", listed(rolekit::kind_names(), {"config"})},
    };
    for (const auto& c : cases) {
        CAPTURE(c.args);
        const Run r = run_rolekit(c.args);
        CHECK(r.exit_code == 2);
        CHECK(r.out.empty());
        CHECK(r.err.ends_with(
            fmt::format("\n  hint: did you mean '{}'? (one of: {})\n", c.nearest, c.choices)));
    }
}

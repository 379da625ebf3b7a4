#include "man_page.hpp"

#include <fmt/format.h>

#include "command_line.hpp"
#include "rolekit/version.hpp"

namespace rolekit::cli {

namespace {

// Text as roff shows it literally: backslashes escaped, "-" as the minus
// sign options are typed with, no line taken for a request.
std::string roff(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '\\')
            out += "\\e";
        else if (c == '-')
            out += "\\-";
        else
            out += c;
        if (c == '\n') out += "\\&";
    }
    return out;
}

std::string paragraph(std::string_view text) { return "\\&" + roff(text) + "\n"; }

std::string value_name(const CLI::Option& option) {
    const std::vector<std::string> choices = option_choices(option);
    if (!choices.empty()) return fmt::format("{}", fmt::join(choices, "|"));
    const std::vector<std::string> parts = CLI::detail::split(option.get_type_name(), ':');
    const std::string name = parts.empty() ? "" : parts.back();
    if (option.get_positional() && (name.empty() || name == "TEXT")) {
        std::string upper = option.get_name(true);
        for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        return upper;
    }
    return name;
}

// "rolekit validate [PATH...]"
std::string synopsis(const CLI::App& command, const std::string& path) {
    std::string out = "\\fB" + roff(path) + "\\fR [\\fIOPTIONS\\fR]";
    for (const CLI::Option* option : command.get_options()) {
        if (!option->get_positional()) continue;
        std::string name = "\\fI" + roff(value_name(*option)) + "\\fR";
        if (option->get_expected_max() > 1) name += "...";
        out += " " + (option->get_required() ? name : "[" + name + "]");
    }
    return out;
}

bool global(const CLI::App& root, const CLI::Option& option) {
    const std::vector<std::string> spellings = option_spellings(option);
    return !spellings.empty() && root.get_option_no_throw(spellings.back()) != nullptr;
}

std::string option_item(const CLI::Option& option) {
    std::string head;
    for (const std::string& s : option_spellings(option)) head += (head.empty() ? "" : ", ") + ("\\fB" + roff(s) + "\\fR");
    if (takes_value(option)) head += " \\fI" + roff(value_name(option)) + "\\fR";
    std::string text = option.get_description();
    if (!option.get_default_str().empty()) text += fmt::format(" (default: {})", option.get_default_str());
    return ".TP\n" + head + "\n" + paragraph(text);
}

std::string commands(CLI::App& root, CLI::App& command, const std::string& path) {
    std::string out;
    const std::vector<CLI::App*> subs = visible_subcommands(command);
    if (subs.empty() && &command != &root) {
        out += ".SS \"" + synopsis(command, path) + "\"\n" + paragraph(command.get_description());
        for (const CLI::Option* option : command.get_options())
            if (!option->get_positional() && !global(root, *option)) out += option_item(*option);
        for (const std::string& line : CLI::detail::split(command.get_footer(), '\n'))
            out += ".PP\n" + paragraph(line);
    }
    for (CLI::App* sub : subs) out += commands(root, *sub, path + " " + sub->get_name());
    return out;
}

constexpr std::string_view kEnvironment = R"(.SH ENVIRONMENT
.TP
.B ROLEKIT_PATH
Directories of reference documents, separated by colons, searched after \fB\-\-path\fR and before the built\-in library.
.TP
.B NO_COLOR
When set to anything but the empty string, \fB\-\-color auto\fR does not colour (https://no\-color.org).
.TP
.B TERM
When \fBdumb\fR, \fB\-\-color auto\fR does not colour.
.SH FILES
.TP
.I <prefix>/share/rolekit/frameworks
The built\-in library: profiles, NOS catalogues, the functional map, the career framework, standards and overlays.
.SH SEE ALSO
\fBrolekit help\fR \fICOMMAND\fR; the documentation in the source tree, docs/cli.md first.
)";

}  // namespace

std::string man_page(CLI::App& root) {
    std::string out = fmt::format(".TH ROLEKIT 1 \"\" \"rolekit {}\" \"User Commands\"\n", kVersion);
    out += ".SH NAME\nrolekit \\- " + roff(root.get_description().substr(root.get_description().find(": ") + 2)) + "\n";
    out += ".SH SYNOPSIS\n" + synopsis(root, "rolekit") + " \\fICOMMAND\\fR ...\n";
    out += ".SH DESCRIPTION\n" +
           paragraph("rolekit checks, merges, compares and renders the documents of competence frameworks: "
                     "role profiles, locality overlays, NOS catalogues, competence maps and apprenticeship "
                     "standards. Each command below has its own options; the global options may come before or "
                     "after the command's name.");
    out += ".SH GLOBAL OPTIONS\n";
    for (const CLI::Option* option : root.get_options()) out += option_item(*option);
    out += ".SH COMMANDS\n" + commands(root, root, "rolekit");
    out += ".SH EXIT STATUS\n";
    for (const std::string& line : CLI::detail::split(root.get_footer(), '\n')) out += paragraph(line);
    out += kEnvironment;
    return out;
}

}  // namespace rolekit::cli

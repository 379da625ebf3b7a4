#include "cmd_completion.hpp"

#include <memory>

namespace rolekit::cli {

namespace {

// COMP_WORDS[0] is the rolekit the user typed (maybe ./build/cli/rolekit).
constexpr std::string_view kBash = R"(# bash completion for rolekit
# Load it with:  source <(rolekit completion bash)
# or save it as ~/.local/share/bash-completion/completions/rolekit
_rolekit() {
    local cur=${COMP_WORDS[COMP_CWORD]} line files=0
    local IFS=$'\n'
    local -a candidates
    candidates=($("${COMP_WORDS[0]}" __complete "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null)) || return 0
    COMPREPLY=()
    for line in "${candidates[@]}"; do
        if [[ $line == ::files ]]; then files=1; else COMPREPLY+=("$line"); fi
    done
    if ((files)); then
        compopt -o filenames 2>/dev/null
        COMPREPLY+=($(compgen -f -- "$cur"))
    fi
    return 0
}
complete -F _rolekit rolekit
)";

constexpr std::string_view kZsh = R"(#compdef rolekit
# zsh completion for rolekit
# Load it with:  source <(rolekit completion zsh)   (after compinit)
# or save it as _rolekit in a directory on $fpath.
_rolekit() {
    local -a lines candidates
    local line files=0
    lines=("${(@f)$("${words[1]}" __complete "${(@)words[2,CURRENT]}" 2>/dev/null)}")
    for line in "${lines[@]}"; do
        [[ -z $line ]] && continue
        if [[ $line == ::files ]]; then files=1; else candidates+=("$line"); fi
    done
    (( ${#candidates} )) && compadd -- "${candidates[@]}"
    (( files )) && _files
    return 0
}
if [[ ${zsh_eval_context[-1]} == loadautofunc ]]; then
    _rolekit "$@"
else
    compdef _rolekit rolekit
fi
)";

constexpr std::string_view kFish = R"(# fish completion for rolekit
# Load it with:  rolekit completion fish | source
# or save it as ~/.config/fish/completions/rolekit.fish
function __rolekit_complete
    set -l words (commandline -opc)
    set -l rolekit $words[1]
    set -e words[1]
    set -l current (commandline -ct)
    $rolekit __complete $words "$current" 2>/dev/null | while read -l line
        if test "$line" = ::files
            __fish_complete_path "$current"
        else
            echo $line
        end
    end
end
complete -c rolekit -f -a '(__rolekit_complete)'
)";

ExitCode run_completion(const std::string& shell) {
    print(shell == "zsh" ? kZsh : shell == "fish" ? kFish : kBash);
    return ExitCode::ok;
}

}  // namespace

Command register_completion(CLI::App& parent) {
    auto shell = std::make_shared<std::string>();
    CLI::App* app = parent.add_subcommand("completion", "Print a shell completion script (bash, zsh or fish)");
    app->add_option("shell", *shell, "The shell")->required()->check(CLI::IsMember({"bash", "zsh", "fish"}));
    app->footer("Load it with: source <(rolekit completion bash), source <(rolekit completion zsh) "
                "or rolekit completion fish | source.");
    return Command{app, [shell](const Terminal&) { return run_completion(*shell); }};
}

}  // namespace rolekit::cli

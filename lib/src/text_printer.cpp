#include "rolekit/text_printer.hpp"

#include <fmt/format.h>

#include "rolekit/file_io.hpp"

namespace rolekit {

namespace {

constexpr std::uintmax_t kMaxSourceForCarets = 64u * 1024 * 1024;
constexpr std::size_t kMaxShownLine = 160;

const char* severity_color(Severity s) {
    switch (s) {
        case Severity::error: return "\x1b[1;31m";
        case Severity::warning: return "\x1b[1;33m";
        case Severity::info: return "\x1b[1;36m";
    }
    return "";
}

// Shows the source line (a window of it when long) and a caret under the column.
std::string source_excerpt(std::string_view text, int column) {
    std::size_t caret = column > 0 ? static_cast<std::size_t>(column - 1) : 0;
    std::size_t start = 0;
    if (caret > kMaxShownLine / 2 && text.size() > kMaxShownLine) start = caret - kMaxShownLine / 2;
    std::string shown(text.substr(start, kMaxShownLine));
    // Tabs keep the caret aligned as spaces; other control characters must not
    // reach the terminal (an ESC would restyle it).
    for (char& c : shown) {
        if (c == '\t') c = ' ';
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = '?';
    }
    caret -= start;
    if (caret > shown.size()) caret = shown.size();
    return fmt::format("  {}\n  {}^\n", shown, std::string(caret, ' '));
}

}  // namespace

std::string_view SourceCache::line(const std::string& path, int line) {
    auto it = texts_.find(path);
    if (it == texts_.end()) {
        ReadResult r = read_text_file(path, kMaxSourceForCarets);
        it = texts_.emplace(path, r.ok() ? std::move(r.text) : std::string{}).first;
    }
    std::string_view text = it->second;
    for (int i = 1; i < line; ++i) {
        const auto nl = text.find('\n');
        if (nl == std::string_view::npos) return {};
        text.remove_prefix(nl + 1);
    }
    text = text.substr(0, text.find('\n'));
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    return text;
}

void SourceCache::add(const std::string& path, std::string text) { texts_[path] = std::move(text); }

std::string format_finding(const Finding& f, SourceCache& sources, const TextStyle& style) {
    const char* bold = style.color ? "\x1b[1m" : "";
    const char* reset = style.color ? "\x1b[0m" : "";
    const char* sev = style.color ? severity_color(f.severity) : "";
    std::string where = f.file;
    if (f.pos.known()) where += fmt::format(":{}:{}", f.pos.line, f.pos.column);
    std::string out = fmt::format("{}{}:{} {}{}[{}]:{} {}{}{}\n", bold, where, reset, sev,
                                  severity_name(f.severity), f.rule, reset, bold, f.message, reset);
    if (style.show_source && f.pos.known()) {
        const std::string_view line = sources.line(f.file, f.pos.line);
        if (!line.empty()) out += source_excerpt(line, f.pos.column);
    }
    if (!f.hint.empty()) out += fmt::format("  hint: {}\n", f.hint);
    return out;
}

void print_findings(std::ostream& out, const Findings& findings, SourceCache& sources,
                    const TextStyle& style) {
    for (const Finding& f : findings) out << format_finding(f, sources, style);
}

}  // namespace rolekit

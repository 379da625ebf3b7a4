#include "rolekit/text_printer.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "rolekit/file_io.hpp"
#include "rolekit/library.hpp"
#include "rolekit/visible_text.hpp"

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

bool continuation_byte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Display columns of `shown` (already visible text): one per code point.
std::size_t width(std::string_view shown) {
    return static_cast<std::size_t>(
        std::count_if(shown.begin(), shown.end(), [](char c) { return !continuation_byte(c); }));
}

// Shows the source line (a window of it when long) and a caret under the
// column. The line is document text: tabs become spaces (to keep the caret
// aligned), every other control character an escape and invalid UTF-8 U+FFFD,
// so that nothing in it acts on the terminal.
std::string source_excerpt(std::string_view text, int column) {
    std::size_t caret = column > 0 ? static_cast<std::size_t>(column - 1) : 0;
    std::size_t start = 0;
    if (caret > kMaxShownLine / 2 && text.size() > kMaxShownLine) start = caret - kMaxShownLine / 2;
    // The window does not cut a character in two.
    while (start > 0 && continuation_byte(text[start])) --start;
    std::size_t end = std::min(start + kMaxShownLine, text.size());
    while (end < text.size() && end > start && continuation_byte(text[end])) --end;
    std::string window(text.substr(start, end - start));
    std::replace(window.begin(), window.end(), '\t', ' ');
    caret = std::min(caret - start, window.size());
    const std::string before = visible(std::string_view(window).substr(0, caret));
    return fmt::format("  {}\n  {}^\n", visible(window), std::string(width(before), ' '));
}

}  // namespace

std::string_view SourceCache::line(const std::string& path, int line) {
    auto it = texts_.find(path);
    if (it == texts_.end()) {
        ReadResult r = read_text_file(names_.file(path), kMaxSourceForCarets);
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
    // Every field may quote document text (a key, an id, a file name): shown
    // visibly, one line each, so none can act on the terminal or forge a line.
    std::string where = visible(shown_path(f.file));
    if (f.pos.known()) where += fmt::format(":{}:{}", f.pos.line, f.pos.column);
    std::string out = fmt::format("{}{}:{} {}{}[{}]:{} {}{}{}\n", bold, where, reset, sev,
                                  severity_name(f.severity), visible(f.rule), reset, bold,
                                  visible(f.message), reset);
    if (style.show_source && f.pos.known()) {
        const std::string_view line = sources.line(f.file, f.pos.line);
        if (!line.empty()) out += source_excerpt(line, f.pos.column);
    }
    if (!f.hint.empty()) out += fmt::format("  hint: {}\n", visible(f.hint));
    return out;
}

void print_findings(std::ostream& out, const Findings& findings, SourceCache& sources,
                    const TextStyle& style) {
    for (const Finding& f : findings) out << format_finding(f, sources, style);
}

}  // namespace rolekit

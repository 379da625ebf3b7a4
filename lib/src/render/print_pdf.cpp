// PDF by an engine on PATH: the page written into a private temporary
// folder, the engine run there without a shell (io/run_process), its output
// checked and read back, the folder removed.

#include <fmt/format.h>

#include <array>
#include <cctype>
#include <cstdlib>

#include "io/run_process.hpp"
#include "io/scratch_folder.hpp"
#include "rolekit/pdf.hpp"
#include "rolekit/visible_text.hpp"

namespace rolekit {

namespace {

constexpr std::array<std::string_view, 4> kEngineNames = {"chromium", "chromium-browser",
                                                          "google-chrome", "weasyprint"};
constexpr std::uintmax_t kMaxPdfSize = std::uintmax_t{1} << 30;
constexpr std::size_t kStderrLines = 8;
constexpr std::size_t kStderrLineBytes = 240;

// A path as a file: URL, every byte but unreserved ones and '/' percent-encoded.
std::string file_url(const std::filesystem::path& path) {
    std::string out = "file://";
    for (const unsigned char c : path.string()) {
        if (std::isalnum(c) != 0 || c == '/' || c == '-' || c == '.' || c == '_' || c == '~')
            out += static_cast<char>(c);
        else
            out += fmt::format("%{:02X}", c);
    }
    return out;
}

// How the engine is run in `dir`: its arguments, and the environment it needs
// (a browser's home inside the folder, so that nothing of it lands in the user's).
io::ProcessSpec engine_spec(const PdfEngine& engine, const std::filesystem::path& dir) {
    io::ProcessSpec spec;
    const std::string program = engine.program.string();
    const std::string in = (dir / "page.html").string(), out = (dir / "page.pdf").string();
    if (engine.kind == PdfEngineKind::weasyprint) {
        spec.argv = {program, in, out};
    } else {
        spec.argv = {program,
                     "--headless",
                     "--no-sandbox",
                     "--disable-gpu",
                     "--no-pdf-header-footer",
                     "--no-first-run",
                     "--disable-background-networking",
                     "--disable-component-update",
                     "--disable-sync",
                     "--disable-extensions",
                     "--user-data-dir=" + (dir / "profile").string(),
                     "--print-to-pdf=" + out,
                     file_url(dir / "page.html")};
        const std::string home = (dir / "home").string();
        spec.environment = {"HOME=" + home, "XDG_CONFIG_HOME=" + home + "/.config",
                            "XDG_CACHE_HOME=" + home + "/.cache"};
    }
    spec.stdout_file = dir / "stdout.txt";
    spec.stderr_file = dir / "stderr.txt";
    return spec;
}

// The last lines of the engine's standard error, trimmed and made inert for
// a terminal, each indented: what a person needs to see why it failed.
std::string stderr_tail(const io::OwnedFolder& dir) {
    const auto file = dir.read_regular("stderr.txt", 1u << 24);
    if (!file) return {};
    std::vector<std::string_view> lines;
    std::string_view text = file->data;
    while (!text.empty()) {
        const std::size_t nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
        while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t'))
            line.remove_suffix(1);
        if (!line.empty()) lines.push_back(line);
    }
    std::string out;
    for (std::size_t i = lines.size() > kStderrLines ? lines.size() - kStderrLines : 0;
         i < lines.size(); ++i) {
        const bool cut = lines[i].size() > kStderrLineBytes;
        out += "\n  " + visible(lines[i].substr(0, kStderrLineBytes)) + (cut ? " …" : "");
    }
    return out;
}

std::string duration_words(std::chrono::milliseconds d) {
    return d.count() % 1000 == 0 ? fmt::format("{} s", d.count() / 1000)
                                 : fmt::format("{} ms", d.count());
}

// Why the run gave no PDF, or empty when `pdf` holds one.
std::string run_problem(const io::ProcessResult& run, const io::OwnedFolder& dir,
                        const std::optional<io::RegularFile>& pdf, const PdfOptions& options) {
    using End = io::ProcessResult::End;
    switch (run.end) {
        case End::not_started:
            return fmt::format("could not be started: {}", run.error);
        case End::timed_out:
            return fmt::format("did not finish within {} and was stopped",
                               duration_words(options.time_limit));
        case End::signalled:
            return fmt::format("was killed by signal {}", run.code);
        case End::interrupted:
            return fmt::format("was stopped: rolekit got signal {}", run.code);
        case End::exited:
            if (run.code != 0) return fmt::format("failed (exit status {})", run.code);
    }
    if (!pdf) {
        const io::EntryStat seen = dir.stat("page.pdf");
        return seen.kind == io::EntryKind::missing
                   ? std::string("exited 0 but wrote no PDF")
                   : fmt::format("exited 0 but its output is {}, not a PDF",
                                 io::kind_phrase(seen.kind));
    }
    if (!pdf->data.starts_with("%PDF-")) return "exited 0 but wrote a file that is not a PDF";
    return {};
}

}  // namespace

std::span<const std::string_view> pdf_engine_names() {
    return kEngineNames;
}

PdfEngineKind pdf_engine_kind(const std::filesystem::path& program) {
    return program.filename().string().find("weasyprint") != std::string::npos
               ? PdfEngineKind::weasyprint
               : PdfEngineKind::chromium;
}

std::variant<PdfEngine, std::string> find_pdf_engine(const PdfOptions& options) {
    if (!options.engine.empty()) {
        if (const std::string problem = io::program_problem(options.engine); !problem.empty())
            return fmt::format("PDF engine {} cannot be run: {}", visible(options.engine.string()),
                               problem);
        return PdfEngine{options.engine, pdf_engine_kind(options.engine)};
    }
    const char* env = std::getenv("PATH");
    const std::string search = options.search_path ? *options.search_path
                               : env != nullptr    ? env
                                                   : "";
    for (const std::string_view name : kEngineNames)
        if (std::filesystem::path found = io::find_on_path(name, search); !found.empty())
            return PdfEngine{found, pdf_engine_kind(found)};
    return fmt::format(
        "no PDF engine found: none of {} is on PATH\n"
        "  install one (Debian: apt install chromium, or apt install weasyprint), or name one with "
        "--pdf-engine PATH;\n"
        "  or write the page as HTML (-o page.html) and print it from a browser: the same pages",
        fmt::join(kEngineNames, ", "));
}

PdfResult print_pdf(std::string_view html, const PdfOptions& options) {
    PdfResult result;
    auto found = find_pdf_engine(options);
    if (auto* why = std::get_if<std::string>(&found)) {
        result.error = std::move(*why);
        return result;
    }
    const PdfEngine& engine = std::get<PdfEngine>(found);
    // Ctrl-C while the engine runs: the engine stopped and the folder removed
    // first, then the signal delivered (the hold ends after the folder's removal).
    const io::StopSignalsHeld held;
    io::ScratchFolder scratch = io::ScratchFolder::create("rolekit-pdf-");
    if (!scratch.ok()) {
        result.error = scratch.error();
        return result;
    }
    const io::OwnedFolder& dir = scratch.folder();
    if (std::string why = dir.write_replace("page.html", std::string(html)); !why.empty()) {
        result.error = "cannot write the page for the PDF engine: " + why;
        return result;
    }
    // A browser's home: made here, so that it writes nothing into the user's.
    if (engine.kind == PdfEngineKind::chromium &&
        !io::OwnedFolder::create(scratch.path(), "home").ok()) {
        result.error = "cannot make the PDF engine's home folder in " + scratch.path().string();
        return result;
    }
    io::ProcessSpec spec = engine_spec(engine, scratch.path());
    spec.time_limit = options.time_limit;
    const io::ProcessResult run = io::run_process(spec);
    std::optional<io::RegularFile> pdf = dir.read_regular("page.pdf", kMaxPdfSize);
    if (const std::string problem = run_problem(run, dir, pdf, options); !problem.empty()) {
        const std::string tail = stderr_tail(dir);
        result.error = fmt::format("PDF engine {} {}{}", visible(engine.program.string()), problem,
                                   tail.empty() ? "" : "; the end of its standard error:" + tail);
    } else {
        result.pdf = std::move(pdf->data);
    }
    if (std::string why = scratch.remove(); !why.empty()) result.warnings.push_back(std::move(why));
    return result;
}

}  // namespace rolekit

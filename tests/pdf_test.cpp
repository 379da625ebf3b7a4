// PDF by an engine: the page's print frame in its stylesheet, the engine
// found and run (fake engines, small shell scripts written here: one that
// prints, one that fails, one that writes nothing, one that sleeps past the
// limit), and render/diff --format pdf through the binary. The real engines
// are tests/pdf_check.py's.

#include <signal.h>
#include <sys/stat.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "render/markdown_html.hpp"
#include "rolekit/pdf.hpp"
#include "rolekit/render.hpp"
#include "test_support.hpp"

namespace fs = std::filesystem;
using namespace rolekit;
using rolekit::test::read_file;
using rolekit::test::run_rolekit;
using rolekit::test::shell_quote;
using rolekit::test::temp_dir;

namespace {

// An executable script `name` in `dir`.
fs::path script(const fs::path& dir, const std::string& name, const std::string& body) {
    const fs::path p = dir / name;
    rolekit::test::write_file(p, "#!/bin/sh\n" + body);
    fs::permissions(p, fs::perms::owner_all);
    return p;
}

// A fake Chromium: records its arguments and HOME, keeps a copy of the page
// it was given (its file: URL) and writes a small "PDF" where --print-to-pdf says.
fs::path fake_chromium(const fs::path& dir) {
    const std::string log = (dir / "log").string();
    return script(dir, "chromium",
                  "for a in \"$@\"; do echo \"$a\"; done > " + log +
                      "/argv\n"
                      "echo \"$HOME\" > " +
                      log +
                      "/home\n"
                      "for a in \"$@\"; do case $a in --print-to-pdf=*) out=${a#--print-to-pdf=};; "
                      "file://*) cp \"${a#file://}\" " +
                      log +
                      "/page.html;; "
                      "esac; done\n"
                      "printf '%%PDF-1.7 fake\\n' > \"$out\"\n");
}

// Runs print_pdf with TMPDIR set to a folder of the test's own, so that what
// rolekit leaves there (nothing) can be seen.
PdfResult print_in(const fs::path& tmp, std::string_view html, const PdfOptions& options) {
    fs::create_directories(tmp);
    ::setenv("TMPDIR", tmp.c_str(), 1);
    PdfResult r = print_pdf(html, options);
    ::unsetenv("TMPDIR");
    return r;
}

bool empty_folder(const fs::path& dir) {
    return fs::is_empty(dir);
}

}  // namespace

TEST_CASE("css_string: hostile text cannot end the string, the rule or the style element") {
    using rolekit::detail::css_string;
    CHECK(css_string("Peer Support Worker — Wiltshire") == "\"Peer Support Worker — Wiltshire\"");
    CHECK(css_string("a\"b'c\\d") == R"("a\22 b\27 c\5c d")");
    CHECK(css_string("one\ntwo\r\nthree\tfour") == R"("one\a two\a three\9 four")");
    CHECK(css_string("</style><script>alert(1)</script>") ==
          R"("\3c /style\3e \3c script\3e alert(1)\3c /script\3e ")");
    CHECK(css_string("}; @page { } &amp;") == R"("}; @page { } \26 amp;")");
    // Other control characters are U+FFFD already, as in the page's HTML.
    CHECK(css_string("\x1b[31m\x7f") == "\"\xEF\xBF\xBD[31m\xEF\xBF\xBD\"");
    CHECK(css_string("bad \xff byte") == "\"bad \xEF\xBF\xBD byte\"");
}

TEST_CASE("the HTML page prints its frame in the @page margin boxes") {
    const std::string html =
        render_document(rolekit::test::builtin_doc("ld-peer-support-worker-l3"),
                        rolekit::test::builtin().documents, RenderFormat::html);
    CHECK(html.find("@page { size: A4; margin: 18mm 14mm;\n  @top-left { content: \"Peer Support "
                    "Worker\"; ") != std::string::npos);
    CHECK(html.find("@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); ") !=
          std::string::npos);
    // One style element, closed once.
    CHECK(html.find("</style>") == html.rfind("</style>"));
    // pdf is the same page, for the engine to print.
    CHECK(render_document(rolekit::test::builtin_doc("ld-peer-support-worker-l3"),
                          rolekit::test::builtin().documents, RenderFormat::pdf) == html);
}

TEST_CASE("a hostile running head stays inside its CSS string") {
    const fs::path dir = temp_dir("pdf-hostile-head");
    std::string text =
        read_file(rolekit::test::frameworks_dir() / "profiles" / "ld-peer-support-worker-l3.yaml");
    const std::string from = "title: Peer Support Worker\n";
    REQUIRE(text.find(from) != std::string::npos);
    text.replace(text.find(from), from.size(),
                 "title: \"Worker\\\"; } </style><script>x()</script>\\\\\\nend\"\n");
    const LoadResult loaded = rolekit::test::load_text(text);
    REQUIRE(loaded.document);
    const std::string html =
        render_document(*loaded.document, rolekit::test::builtin().documents, RenderFormat::html);
    CHECK(html.find("@top-left { content: \"Worker\\22 ; } \\3c /style\\3e \\3c script\\3e x()\\3c "
                    "/script\\3e "
                    "\\5c \\a end\"; ") != std::string::npos);
    CHECK(html.find("<script>") == std::string::npos);
    CHECK(html.find("</style>") == html.rfind("</style>"));
}

TEST_CASE("engines are looked for on PATH in order, and their kind is told by the name") {
    const fs::path dir = temp_dir("pdf-engine-order");
    fs::create_directories(dir / "a");
    fs::create_directories(dir / "b");
    rolekit::test::write_file(dir / "a" / "chromium", "#!/bin/sh\n");  // not executable: skipped
    script(dir / "a", "weasyprint", "");
    script(dir / "b", "google-chrome", "");
    PdfOptions options;
    options.search_path = (dir / "a").string() + "::" + (dir / "b").string();
    auto found = find_pdf_engine(options);
    REQUIRE(std::holds_alternative<PdfEngine>(found));
    CHECK(std::get<PdfEngine>(found).program == dir / "b" / "google-chrome");
    CHECK(std::get<PdfEngine>(found).kind == PdfEngineKind::chromium);
    options.search_path = (dir / "a").string();
    found = find_pdf_engine(options);
    REQUIRE(std::holds_alternative<PdfEngine>(found));
    CHECK(std::get<PdfEngine>(found).kind == PdfEngineKind::weasyprint);

    CHECK(pdf_engine_kind("/opt/weasyprint-61/bin/weasyprint") == PdfEngineKind::weasyprint);
    CHECK(pdf_engine_kind("/usr/bin/chromium") == PdfEngineKind::chromium);
    CHECK(pdf_engine_kind("/opt/weasyprint/bin/chrome") ==
          PdfEngineKind::chromium);  // the name, not the folder
}

TEST_CASE("no engine on PATH: which to install, and HTML printed from a browser") {
    const fs::path dir = temp_dir("pdf-no-engine");
    PdfOptions options;
    options.search_path = dir.string();
    const PdfResult r = print_pdf("<html></html>", options);
    CHECK(r.pdf.empty());
    CHECK(
        r.error ==
        "no PDF engine found: none of chromium, chromium-browser, google-chrome, weasyprint is on "
        "PATH\n"
        "  install one (Debian: apt install chromium, or apt install weasyprint), or name one with "
        "--pdf-engine PATH;\n"
        "  or write the page as HTML (-o page.html) and print it from a browser: the same pages");
}

TEST_CASE("--pdf-engine names a program that is not there, or cannot run") {
    const fs::path dir = temp_dir("pdf-missing-engine");
    PdfOptions options;
    options.engine = dir / "nowhere" / "chromium";
    CHECK(print_pdf("x", options).error ==
          "PDF engine " + options.engine.string() + " cannot be run: there is no such file");
    options.engine = dir;
    CHECK(print_pdf("x", options).error ==
          "PDF engine " + dir.string() + " cannot be run: it is a folder");
    rolekit::test::write_file(dir / "plain", "");
    options.engine = dir / "plain";
    CHECK(print_pdf("x", options).error ==
          "PDF engine " + (dir / "plain").string() + " cannot be run: it is not executable");
}

TEST_CASE(
    "a Chromium-style engine is run without a shell, in a private folder removed afterwards") {
    const fs::path dir = temp_dir("pdf-fake-chromium");
    fs::create_directories(dir / "log");
    PdfOptions options;
    options.engine = fake_chromium(dir);
    const PdfResult r = print_in(dir / "tmp", "<p>the page</p>", options);
    REQUIRE(r.error.empty());
    CHECK(r.pdf == "%PDF-1.7 fake\n");
    CHECK(r.warnings.empty());
    CHECK(read_file(dir / "log" / "page.html") == "<p>the page</p>");
    CHECK(empty_folder(dir / "tmp"));  // the folder, the page, the profile and the PDF: gone
    // The folder it ran in: the one whose page it read.
    const std::string argv = read_file(dir / "log" / "argv");
    const std::string home = read_file(dir / "log" / "home");
    REQUIRE(home.starts_with((dir / "tmp" / "rolekit-pdf-").string()));
    const std::string work = home.substr(0, home.size() - std::string("/home\n").size());
    CHECK(argv ==
          "--headless\n--no-sandbox\n--disable-gpu\n--no-pdf-header-footer\n--no-first-run\n"
          "--disable-background-networking\n--disable-component-update\n--disable-sync\n"
          "--disable-extensions\n--user-data-dir=" +
              work + "/profile\n--print-to-pdf=" + work + "/page.pdf\nfile://" + work +
              "/page.html\n");
}

TEST_CASE("a WeasyPrint engine gets the page and the PDF's paths") {
    const fs::path dir = temp_dir("pdf-fake-weasyprint");
    PdfOptions options;
    options.engine = script(dir, "weasyprint",
                            "echo \"$#\" > " + (dir / "argc").string() + "\ncp \"$1\" " +
                                (dir / "page.html").string() + "\nprintf '%%PDF-1.4 w' > \"$2\"\n");
    const PdfResult r = print_in(dir / "tmp", "<p>w</p>", options);
    REQUIRE(r.error.empty());
    CHECK(r.pdf == "%PDF-1.4 w");
    CHECK(read_file(dir / "argc") == "2\n");
    CHECK(read_file(dir / "page.html") == "<p>w</p>");
    CHECK(empty_folder(dir / "tmp"));
}

TEST_CASE("an engine that fails: its exit status and the end of its stderr") {
    const fs::path dir = temp_dir("pdf-fake-fails");
    PdfOptions options;
    options.engine = script(dir, "chromium",
                            "i=0; while [ $i -lt 20 ]; do echo \"noise $i\" >&2; i=$((i+1)); done\n"
                            "printf 'ERROR: no usable fonts \\033[31m\\n\\n   \\n' >&2\nexit 3\n");
    const PdfResult r = print_in(dir / "tmp", "<p>x</p>", options);
    CHECK(r.pdf.empty());
    CHECK(r.error ==
          "PDF engine " + options.engine.string() +
              " failed (exit status 3); the end of its standard error:\n"
              "  noise 13\n  noise 14\n  noise 15\n  noise 16\n  noise 17\n  noise 18\n  noise 19\n"
              "  ERROR: no usable fonts \\x1b[31m");
    CHECK(empty_folder(dir / "tmp"));
}

TEST_CASE("an engine that writes nothing, or something that is not a PDF") {
    const fs::path dir = temp_dir("pdf-fake-nothing");
    PdfOptions options;
    options.engine = script(dir, "chromium", "exit 0\n");
    CHECK(print_in(dir / "tmp", "x", options).error ==
          "PDF engine " + options.engine.string() + " exited 0 but wrote no PDF");
    options.engine = script(dir, "weasyprint", "echo '<html>' > \"$2\"; echo done >&2\n");
    CHECK(
        print_in(dir / "tmp", "x", options).error ==
        "PDF engine " + options.engine.string() +
            " exited 0 but wrote a file that is not a PDF; the end of its standard error:\n  done");
    options.engine = script(dir, "weasyprint-dir", "mkdir \"$2\"\n");
    CHECK(print_in(dir / "tmp", "x", options).error ==
          "PDF engine " + options.engine.string() +
              " exited 0 but its output is a folder, not a PDF");
    CHECK(empty_folder(dir / "tmp"));
}

TEST_CASE("an engine that runs past the time limit is stopped, with what it started") {
    const fs::path dir = temp_dir("pdf-fake-sleeps");
    PdfOptions options;
    options.engine = script(
        dir, "chromium",
        "sleep 30 &\necho $! > " + (dir / "child").string() + "\necho 'still loading' >&2\nwait\n");
    options.time_limit = std::chrono::milliseconds(1000);
    const auto start = std::chrono::steady_clock::now();
    const PdfResult r = print_in(dir / "tmp", "x", options);
    const auto took = std::chrono::steady_clock::now() - start;
    CHECK(took >= std::chrono::milliseconds(1000));
    CHECK(took < std::chrono::seconds(10));
    CHECK(r.error ==
          "PDF engine " + options.engine.string() +
              " did not finish within 1 s and was stopped; the end of its standard error:\n"
              "  still loading");
    // The sleep it started was in its process group: killed too (and reaped
    // by init soon after).
    const pid_t child = std::stoi(read_file(dir / "child"));
    bool gone = false;
    for (int i = 0; i < 100 && !gone; ++i) {
        gone = ::kill(child, 0) != 0 ||
               read_file(fs::path("/proc") / std::to_string(child) / "stat").find(") Z ") !=
                   std::string::npos;
        if (!gone) std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    CHECK(gone);
    CHECK(empty_folder(dir / "tmp"));
}

// ---- through the binary ----

TEST_CASE("render --format pdf and -o FILE.pdf print the HTML page with the engine") {
    const fs::path dir = temp_dir("pdf-cli-render");
    fs::create_directories(dir / "log");
    const fs::path engine = fake_chromium(dir);
    const auto r =
        run_rolekit("render ld-peer-support-worker-l3 -o " + shell_quote(dir / "l3.pdf") +
                    " --pdf-engine " + shell_quote(engine));
    CHECK(r.exit_code == 0);
    CHECK(r.err == "wrote " + (dir / "l3.pdf").string() + "\n");
    CHECK(read_file(dir / "l3.pdf") == "%PDF-1.7 fake\n");
    CHECK(read_file(dir / "log" / "page.html") ==
          render_document(rolekit::test::builtin_doc("ld-peer-support-worker-l3"),
                          rolekit::test::builtin().documents, RenderFormat::html));
    // --format pdf to standard output (not a terminal here).
    const auto out = run_rolekit("render ld-strategic-manager-l8 --format pdf --pdf-engine " +
                                 shell_quote(engine));
    CHECK(out.exit_code == 0);
    CHECK(out.out == "%PDF-1.7 fake\n");
    CHECK(read_file(dir / "log" / "page.html").find("<title>Strategic Manager") !=
          std::string::npos);
}

TEST_CASE("diff -o FILE.pdf prints the diff's HTML page") {
    const fs::path dir = temp_dir("pdf-cli-diff");
    fs::create_directories(dir / "log");
    const fs::path engine = fake_chromium(dir);
    const auto r = run_rolekit("diff ld-peer-support-worker-l3 ld-strategic-manager-l8 -o " +
                               shell_quote(dir / "d.pdf") + " --pdf-engine " + shell_quote(engine));
    CHECK(r.exit_code == 0);
    CHECK(r.err == "wrote " + (dir / "d.pdf").string() + "\n");
    CHECK(read_file(dir / "d.pdf") == "%PDF-1.7 fake\n");
    const std::string page = read_file(dir / "log" / "page.html");
    CHECK(page.starts_with("<!DOCTYPE html>"));
    CHECK(page.find("<table class=\"diff\">") != std::string::npos);
}

TEST_CASE("render -o FILE.pdf: a failing engine is exit 2 with its stderr, and no file") {
    const fs::path dir = temp_dir("pdf-cli-fails");
    const fs::path engine = script(dir, "chromium", "echo 'cannot open display' >&2\nexit 1\n");
    const auto r =
        run_rolekit("render ld-peer-support-worker-l3 -o " + shell_quote(dir / "l3.pdf") +
                    " --pdf-engine " + shell_quote(engine));
    CHECK(r.exit_code == 2);
    CHECK(r.err ==
          "rolekit: error: PDF engine " + engine.string() +
              " failed (exit status 1); the end of its standard error:\n  cannot open display\n");
    CHECK_FALSE(fs::exists(dir / "l3.pdf"));

    const auto missing = run_rolekit(
        "diff ld-peer-support-worker-l3 ld-strategic-manager-l8 --format pdf "
        "-o " +
        shell_quote(dir / "d.pdf") + " --pdf-engine " + shell_quote(dir / "no-such-engine"));
    CHECK(missing.exit_code == 2);
    CHECK(missing.err == "rolekit: error: PDF engine " + (dir / "no-such-engine").string() +
                             " cannot be run: there is no such file\n");
    CHECK_FALSE(fs::exists(dir / "d.pdf"));
}

TEST_CASE("--pdf-engine without PDF output is an error, not ignored") {
    const fs::path dir = temp_dir("pdf-cli-engine-unused");
    const std::string message =
        "rolekit: error: --pdf-engine is for PDF output: add --format pdf, or name a .pdf file "
        "with -o\n";
    const auto render =
        run_rolekit("render ld-peer-support-worker-l3 -o " + shell_quote(dir / "l3.html") +
                    " --pdf-engine /usr/bin/chromium");
    CHECK(render.exit_code == 2);
    CHECK(render.err == message);
    CHECK_FALSE(fs::exists(dir / "l3.html"));
    const auto diff = run_rolekit(
        "diff ld-peer-support-worker-l3 ld-strategic-manager-l8 --pdf-engine weasyprint");
    CHECK(diff.exit_code == 2);
    CHECK(diff.err == message);
    CHECK(diff.out.empty());
}

TEST_CASE("render -o FILE.pdf with no engine on PATH says which to install") {
    const fs::path dir = temp_dir("pdf-cli-no-engine");
    fs::create_directories(dir / "empty");
    const auto r = run_rolekit("render ld-peer-support-worker-l3 -o " + shell_quote(dir / "l3.pdf"),
                               "PATH=" + shell_quote(dir / "empty"));
    CHECK(r.exit_code == 2);
    CHECK(
        r.err ==
        "rolekit: error: no PDF engine found: none of chromium, chromium-browser, google-chrome, "
        "weasyprint is "
        "on PATH\n"
        "  install one (Debian: apt install chromium, or apt install weasyprint), or name one with "
        "--pdf-engine PATH;\n"
        "  or write the page as HTML (-o page.html) and print it from a browser: the same pages\n");
    CHECK_FALSE(fs::exists(dir / "l3.pdf"));
}

TEST_CASE(
    "rolekit stopped while the engine runs: the engine stopped and the folder removed first") {
    const fs::path dir = temp_dir("pdf-cli-interrupted");
    fs::create_directories(dir / "tmp");
    const fs::path engine =
        script(dir, "chromium", "sleep 30 &\necho $! > " + (dir / "child").string() + "\nwait\n");
    // rolekit in the background, SIGTERM once its engine has started.
    const std::string cmd =
        "cd " + shell_quote(dir) + " && { TMPDIR=tmp " + std::string(ROLEKIT_BINARY) +
        " render ld-peer-support-worker-l3 -o l3.pdf --pdf-engine " + shell_quote(engine) +
        " 2>err & pid=$!; i=0; while [ ! -s child ] && [ $i -lt 200 ]; do sleep 0.05; "
        "i=$((i+1)); done; kill -TERM $pid; wait $pid; echo $? > status; }";
    REQUIRE(std::system(cmd.c_str()) == 0);
    CHECK(read_file(dir / "status") == "143\n");  // ended by SIGTERM, as without an engine
    CHECK(read_file(dir / "err").empty());
    CHECK_FALSE(fs::exists(dir / "l3.pdf"));
    CHECK(empty_folder(dir / "tmp"));
    const pid_t child = std::stoi(read_file(dir / "child"));
    bool gone = false;
    for (int i = 0; i < 100 && !gone; ++i) {
        gone = ::kill(child, 0) != 0 ||
               read_file(fs::path("/proc") / std::to_string(child) / "stat").find(") Z ") !=
                   std::string::npos;
        if (!gone) std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    CHECK(gone);
}

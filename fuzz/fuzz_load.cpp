// libFuzzer target: any bytes through load_document, and a document that
// results through the checks (beside the built-in library), the YAML writer
// and the renderers (exercise.hpp). Besides crashes, sanitizer reports and
// hangs, it stops on a broken promise of the writer or the renderers.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "exercise.hpp"
#include "rolekit/library.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // Loaded once: the fuzzer calls this millions of times.
    static const rolekit::Library library =
        rolekit::load_library({rolekit::builtin_frameworks_dir()});
    const std::string broken =
        rolekit::fuzz::exercise({reinterpret_cast<const char*>(data), size}, library.documents);
    if (!broken.empty()) {
        std::fprintf(stderr, "fuzz_load: %s\n", broken.c_str());
        std::abort();
    }
    return 0;
}

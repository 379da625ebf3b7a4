// A file made by name in a scratch folder and read back (made_file.hpp).

#include "io/made_file.hpp"

#include "io/scratch_folder.hpp"

namespace rolekit::io {

namespace {

// Far beyond any workbook rolekit writes; a bound on what is read back.
constexpr std::uintmax_t kMaxMadeFile = std::uintmax_t{256} << 20;

}  // namespace

MadeFile make_in_scratch(std::string_view prefix, const std::string& name,
                         const std::function<std::string(const std::filesystem::path&,
                                                         const std::filesystem::path&)>& make) {
    ScratchFolder scratch = ScratchFolder::create(prefix);
    if (!scratch.ok()) return {"", scratch.error()};
    MadeFile out;
    out.error = make(scratch.path(), scratch.path() / name);
    if (out.error.empty()) {
        if (auto file = scratch.folder().read_regular(name, kMaxMadeFile))
            out.bytes = std::move(file->data);
        else
            out.error = "cannot read back " + (scratch.path() / name).string();
    }
    if (std::string why = scratch.remove(); !why.empty() && out.error.empty()) out.error = why;
    return out;
}

}  // namespace rolekit::io

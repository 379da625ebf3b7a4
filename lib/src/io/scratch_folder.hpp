#pragma once
// A private temporary folder for another program's work (a PDF engine's
// page, profile and output): made by rolekit with mode 0700 under $TMPDIR
// (else /tmp), reached through its OwnedFolder, and removed whole when done:
// every entry inside, never through a symbolic link (a link is removed, not
// followed), and nothing outside it.

#include <filesystem>
#include <string>
#include <string_view>

#include "io/owned_folder.hpp"

namespace rolekit::io {

class ScratchFolder {
  public:
    // A new folder `<prefix>XXXXXX` (mkdtemp); not ok() when it cannot be made.
    static ScratchFolder create(std::string_view prefix);

    ScratchFolder() = default;
    ~ScratchFolder();
    ScratchFolder(ScratchFolder&& other) noexcept;
    ScratchFolder& operator=(ScratchFolder&& other) noexcept;
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;

    bool ok() const { return folder_.ok(); }
    // Why it could not be made.
    const std::string& error() const { return error_; }
    const std::filesystem::path& path() const { return folder_.path(); }
    const OwnedFolder& folder() const { return folder_; }

    // Removes the folder and everything in it now; why not, or empty. A
    // program that is still writing into it (one left running is killed, but
    // may not have died yet) is waited for a little.
    std::string remove();

  private:
    OwnedFolder folder_;
    std::string error_;
};

}  // namespace rolekit::io

#pragma once
// Gitignore-style globs, compiled once and matched in time linear in the
// path: `**` across directories, `*`, `?`, `[...]` and `\` escapes within a
// name. A hostile pattern (`**/**/**/…/x` on a deep tree, `*a*a*a*b` on a
// long name) cannot make a scan hang, as backtracking matchers can.

#include <string>
#include <string_view>
#include <vector>

namespace rolekit::detail {

// One `/`-separated part of a glob: `**`, or a pattern for one name.
class GlobSegment {
  public:
    explicit GlobSegment(std::string_view text);
    bool any_depth() const { return any_depth_; }
    // Does the name (no '/') match? O(pattern × name) at worst.
    bool matches(std::string_view name) const;

  private:
    struct Token {
        enum class Kind { literal, any_char, any_run, set } kind = Kind::literal;
        char ch = 0;
        bool negated = false;                                         // a set: [!…] or [^…]
        std::vector<std::pair<unsigned char, unsigned char>> ranges;  // a set's ranges
    };
    static bool token_matches(const Token& t, unsigned char c);
    std::vector<Token> tokens_;
    bool any_depth_ = false;
};

class Glob {
  public:
    explicit Glob(std::string_view pattern);
    explicit Glob(std::vector<std::string> segments);
    // Does the glob match the whole '/'-separated relative path?
    bool matches(std::string_view path) const;
    bool matches(const std::vector<std::string_view>& names) const;
    bool empty() const { return segments_.empty(); }

  private:
    std::vector<GlobSegment> segments_;
};

// A path's names, split at '/', empty names left out.
std::vector<std::string_view> split_path(std::string_view path);

}  // namespace rolekit::detail

#pragma once
// "did you mean": the known word closest to a mistyped one. The one algorithm
// for every suggestion: the command line's commands, options and values, keys
// of a document or `.rolekit.yaml`, rule ids, directives and document ids
// (suggest_id only words the hint).

#include <string>
#include <string_view>
#include <vector>

namespace rolekit {

// The candidate closest to `word` by edit distance, when close enough to be
// a typo (at most two edits, or a third of the word); else a candidate that
// `word` is the only prefix of ("val" for "validate"); else empty. Ties go to
// the earlier candidate, so the answer is the same on every run.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace rolekit

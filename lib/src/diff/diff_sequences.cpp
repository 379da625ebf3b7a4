#include <algorithm>

#include "diff/diff_parts.hpp"

namespace rolekit {

namespace {

// Lines with the piece after a last line break, so that "a\n" and "a" differ.
std::vector<std::string> exact_lines(const std::string& text) {
    std::vector<std::string> out = split_lines(text);
    if (!text.empty() && text.back() == '\n') out.emplace_back();
    return out;
}

// Beyond this many cells the quadratic table is not worth it: report the
// sequences as replaced wholesale.
constexpr std::size_t kMaxCells = 4'000'000;

}  // namespace

std::vector<EditOp> diff_sequences(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    std::vector<EditOp> out;
    if (a.size() * b.size() > kMaxCells) {
        for (const auto& x : a) out.push_back({'-', x});
        for (const auto& y : b) out.push_back({'+', y});
        return out;
    }
    // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
    std::vector<std::vector<std::size_t>> lcs(a.size() + 1, std::vector<std::size_t>(b.size() + 1, 0));
    for (std::size_t i = a.size(); i-- > 0;)
        for (std::size_t j = b.size(); j-- > 0;)
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    std::size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        if (i < a.size() && j < b.size() && a[i] == b[j]) {
            out.push_back({' ', a[i]});
            ++i;
            ++j;
        } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
            out.push_back({'+', b[j++]});
        } else {
            out.push_back({'-', a[i++]});
        }
    }
    // Removals before additions within a run of changes reads better.
    for (std::size_t k = 0; k < out.size();) {
        std::size_t end = k;
        while (end < out.size() && out[end].op != ' ') ++end;
        std::stable_partition(out.begin() + static_cast<long>(k), out.begin() + static_cast<long>(end),
                              [](const EditOp& e) { return e.op == '-'; });
        k = end == k ? k + 1 : end;
    }
    return out;
}

std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t nl = std::min(text.find('\n', start), text.size());
        out.push_back(text.substr(start, nl - start));
        start = nl + 1;
    }
    return out;
}

std::vector<std::string> split_words(const std::string& text) {
    std::vector<std::string> out;
    std::string word;
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\t') {
            if (!word.empty()) out.push_back(std::move(word));
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.empty()) out.push_back(std::move(word));
    return out;
}

namespace detail {

void field(std::vector<FieldChange>& out, const std::string& name, const std::string& a,
           const std::string& b) {
    if (a == b) return;
    std::vector<std::string> la = split_lines(a), lb = split_lines(b);
    if (la == lb) {
        la = exact_lines(a);
        lb = exact_lines(b);
    }
    out.push_back({name, diff_sequences(la, lb)});
}

}  // namespace detail

}  // namespace rolekit

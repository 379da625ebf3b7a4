// The default id of `init overlay`: short enough to type and to read in a
// merged profile's `derived_from`, e.g. "dorset-psw" for the Dorset Liaison
// and Diversion Service on the Peer Support Worker template.

#include <array>
#include <cctype>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "rolekit/overlay_template.hpp"

namespace rolekit {

namespace {

// Accented Latin letters as their base letter, so "Môn" is "mon" and "Zürich"
// "zurich"; the Welsh circumflexes (ŵ, ŷ) included. Other characters beyond
// ASCII (letters with no ASCII spelling, dashes) separate words.
struct Folded {
    std::string_view utf8;
    char ascii;
};
constexpr std::array<Folded, 62> kFolded{{
    {"à", 'a'}, {"á", 'a'}, {"â", 'a'}, {"ã", 'a'}, {"ä", 'a'}, {"å", 'a'}, {"ç", 'c'}, {"è", 'e'},
    {"é", 'e'}, {"ê", 'e'}, {"ë", 'e'}, {"ì", 'i'}, {"í", 'i'}, {"î", 'i'}, {"ï", 'i'}, {"ñ", 'n'},
    {"ò", 'o'}, {"ó", 'o'}, {"ô", 'o'}, {"õ", 'o'}, {"ö", 'o'}, {"ø", 'o'}, {"ù", 'u'}, {"ú", 'u'},
    {"û", 'u'}, {"ü", 'u'}, {"ý", 'y'}, {"ÿ", 'y'}, {"ŵ", 'w'}, {"ŷ", 'y'}, {"À", 'a'}, {"Á", 'a'},
    {"Â", 'a'}, {"Ã", 'a'}, {"Ä", 'a'}, {"Å", 'a'}, {"Ç", 'c'}, {"È", 'e'}, {"É", 'e'}, {"Ê", 'e'},
    {"Ë", 'e'}, {"Ì", 'i'}, {"Í", 'i'}, {"Î", 'i'}, {"Ï", 'i'}, {"Ñ", 'n'}, {"Ò", 'o'}, {"Ó", 'o'},
    {"Ô", 'o'}, {"Õ", 'o'}, {"Ö", 'o'}, {"Ø", 'o'}, {"Ù", 'u'}, {"Ú", 'u'}, {"Û", 'u'}, {"Ü", 'u'},
    {"Ý", 'y'}, {"Ŵ", 'w'}, {"Ŷ", 'y'}, {"ß", 's'}, {"æ", 'a'}, {"Æ", 'a'},
}};

// The ASCII letter of the accented letter at `i`, or 0.
char folded(std::string_view text, std::size_t i) {
    for (const Folded& f : kFolded)
        if (text.substr(i, f.utf8.size()) == f.utf8) return f.ascii;
    return 0;
}

bool ascii_alnum(std::string_view text, std::size_t i) {
    return i < text.size() && static_cast<unsigned char>(text[i]) < 0x80 &&
           std::isalnum(static_cast<unsigned char>(text[i])) != 0;
}

// Apostrophes ("King's", "King’s") are left out of a word, and `&` between
// two letters joins them ("L&D" is "ld"); every other character that is not a
// letter or digit separates words.
bool joins_word(std::string_view text, std::size_t i, std::size_t& length) {
    if (text[i] == '\'') return (length = 1), true;
    if (text.substr(i, 3) == "\u2019") return (length = 3), true;
    if (text[i] == '&' && i > 0 && ascii_alnum(text, i - 1) && ascii_alnum(text, i + 1))
        return (length = 1), true;
    return false;
}

std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> words(1);
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t length = 1;
        if (c < 0x80 && std::isalnum(c) != 0) {
            words.back() += static_cast<char>(std::tolower(c));
        } else if (joins_word(text, i, length)) {
        } else if (const char ascii = folded(text, i); ascii != 0) {
            words.back() += ascii;
            length = (c >= 0xE0) ? 3 : 2;
        } else if (!words.back().empty()) {
            words.emplace_back();
        }
        i += length;
    }
    if (words.back().empty()) words.pop_back();
    return words;
}

bool is_one_of(const std::string& word, std::initializer_list<std::string_view> list) {
    for (std::string_view w : list)
        if (word == w) return true;
    return false;
}

// Words that never name a place on their own: articles and prepositions.
bool insignificant(const std::string& word) {
    return is_one_of(word,
                     {"the", "a", "an", "of", "and", "for", "in", "on", "at", "to", "y", "yr"});
}

// Words that name a place only with the word after them: "West Sussex",
// "St Helens", "Greater Manchester".
bool qualifier(const std::string& word) {
    return is_one_of(word, {"north", "south", "east", "west", "central", "mid", "greater", "st",
                            "saint", "new", "upper", "lower", "great", "little"});
}

constexpr std::size_t kMaxPlace = 40;

}  // namespace

std::string place_word(const std::string& locality) {
    const std::vector<std::string> words = words_of(locality);
    std::string place;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (insignificant(words[i])) continue;
        place = words[i];
        if (qualifier(words[i]) && i + 1 < words.size() && !insignificant(words[i + 1]))
            place += "-" + words[i + 1];
        break;
    }
    if (place.size() > kMaxPlace) place.resize(kMaxPlace);
    while (!place.empty() && place.back() == '-') place.pop_back();
    return place;
}

std::string title_initials(const std::string& title) {
    std::string initials;
    for (const std::string& word : words_of(title))
        if (!insignificant(word)) initials += word.front();
    return initials;
}

std::string default_overlay_id(const std::string& locality, const Document& base) {
    const std::string place = place_word(locality);
    if (place.empty()) return {};
    const auto* profile = base.as<RoleProfile>();
    const std::string initials = profile ? title_initials(profile->title.value) : std::string();
    return initials.empty() ? place + "-" + base.id.value : place + "-" + initials;
}

}  // namespace rolekit

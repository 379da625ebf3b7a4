#pragma once
// The commented starter overlay `rolekit init overlay` writes.

#include <string>

#include "rolekit/document.hpp"

namespace rolekit {

// A lower-case id made from free text: "Wiltshire L&D" -> "wiltshire-l-d".
std::string slug(const std::string& text);

// The default id of an overlay: the locality's place word and the initials
// of the base's title, "Dorset Liaison and Diversion Service" on "Peer Support
// Worker" -> "dorset-psw". Empty when the locality has no word to take.
//
// The place word is the locality's first word that is not an article or a
// preposition ("The", "of", ...), lower-cased, accents dropped ("Môn" ->
// "mon"), apostrophes left out ("King's" -> "kings"), `&` between letters too ("L&D"
// -> "ld"), at most 40 characters;
// a compass word or the like ("West", "St", "Greater") takes the next word
// with it ("west-sussex"). Initials skip the same small words; a base with no
// title gives its id instead.
std::string default_overlay_id(const std::string& locality, const Document& base);
std::string place_word(const std::string& locality);
std::string title_initials(const std::string& title);

// A starter LocalityOverlay for `base` (a RoleProfile) that loads and
// validates as it is, with comments showing what each section does and one
// commented example block per section, each of which validates too once
// uncommented (`# ` removed from its lines); or, in `error` and `hint`, why
// there is none (an empty or multi-line locality, an id that is not an id).
// `id` may be empty: it is then `default_overlay_id`. `file` is where the
// starter is written, named in its comments' commands; empty (standard
// output) names it OVERLAY.yaml there.
struct StarterOverlay {
    std::string text;
    std::string error;
    std::string hint;
};
StarterOverlay starter_overlay(const Document& base, const std::string& id,
                               const std::string& locality, const std::string& file = {});

// The commands of the starter's header, for the overlay at `file` ("" for a
// placeholder): "rolekit validate dorset.yaml", "rolekit merge dorset.yaml -o
// dorset-profile.yaml". A name that a shell would split is quoted.
std::string starter_validate_command(const std::string& file);
std::string starter_merge_command(const std::string& file);

}  // namespace rolekit

#include "rolekit/document_set.hpp"
#include "rolekit/builtin_location.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "rolekit/file_set.hpp"

namespace rolekit {

namespace fs = std::filesystem;

bool base_is_path(std::string_view base) {
    return base.find('/') != std::string_view::npos || base.ends_with(".yaml") ||
           base.ends_with(".yml");
}

namespace {

bool profile_made_from(const Document& profile, const Document& overlay) {
    const auto* p = profile.as<RoleProfile>();
    const auto* o = overlay.as<LocalityOverlay>();
    if (p == nullptr || o == nullptr || !p->derived_from || profile.id.value != overlay.id.value)
        return false;
    const std::vector<Text>& applied = p->derived_from->overlays;
    const auto at = std::find_if(applied.rbegin(), applied.rend(),
                                 [&](const Text& t) { return t.value == overlay.id.value; });
    if (at == applied.rend()) return false;
    // A base named by path cannot be resolved here; an overlay applied after
    // others may name the profile the earlier ones made (its last overlay's id).
    const std::string& base = o->base.value;
    return base_is_path(base) || base == p->derived_from->base.value ||
           (std::next(at) != applied.rend() && base == std::next(at)->value);
}

}  // namespace

bool merged_pair(const Document& a, const Document& b) {
    return profile_made_from(a, b) || profile_made_from(b, a);
}

Findings DocumentSet::add(Document doc) {
    Findings findings;
    const auto taken = by_id_.find(doc.id.value);
    // The pair may stand side by side; a second document of either kind may not.
    const Document* same_kind = nullptr;
    if (taken != by_id_.end())
        for (const Document& d : documents_)
            if (d.id.value == doc.id.value && d.kind == doc.kind) same_kind = &d;
    if (taken != by_id_.end() && same_kind == nullptr && merged_pair(*taken->second, doc)) {
        documents_.push_back(std::move(doc));
        if (documents_.back().as<RoleProfile>() != nullptr) taken->second = &documents_.back();
        return findings;
    }
    if (const Document* other = same_kind != nullptr ? same_kind
                                : taken == by_id_.end() ? nullptr
                                                        : taken->second;
        other != nullptr && !doc.id.value.empty()) {
        findings.push_back(Finding{
            "id-collision", Severity::error, doc.path, doc.id.pos,
            fmt::format("id '{}' is already used by {}", doc.id.value, shown_path(other->path)),
            "ids must be unique among the files loaded together; rename one of them"});
        return findings;
    }
    documents_.push_back(std::move(doc));
    by_id_.emplace(documents_.back().id.value, &documents_.back());
    return findings;
}

DocumentSet::Inserted DocumentSet::insert(Document doc) {
    const auto taken = by_id_.find(doc.id.value);
    const Document* holder = doc.id.value.empty() || taken == by_id_.end() ? nullptr : taken->second;
    documents_.push_back(std::move(doc));
    const Document* kept = &documents_.back();
    if (holder == nullptr && !kept->id.value.empty()) by_id_.emplace(kept->id.value, kept);
    return {kept, holder};
}

void DocumentSet::reindex() {
    by_id_.clear();
    for (const Document& d : documents_) {
        const auto [it, fresh] = by_id_.emplace(d.id.value, &d);
        if (!fresh && d.as<RoleProfile>() != nullptr && merged_pair(*it->second, d)) it->second = &d;
    }
}

const Document* DocumentSet::find(std::string_view id) const {
    const auto it = by_id_.find(std::string(id));
    if (it != by_id_.end()) return it->second;
    return fallback_ != nullptr ? fallback_->find(id) : nullptr;
}

const Document* DocumentSet::find_path(const fs::path& path) const {
    // One file however it is spelled; a path that names nothing is compared as written.
    const std::string wanted = file_identity(path);
    const auto same = [&](const fs::path& other) {
        return wanted.empty() ? other.lexically_normal() == path.lexically_normal()
                              : file_identity(other) == wanted;
    };
    for (const Document& d : documents_)
        if (same(d.source_file())) return &d;
    return fallback_ != nullptr ? fallback_->find_path(path) : nullptr;
}

std::vector<const NosCatalog*> DocumentSet::catalogs() const {
    std::vector<const NosCatalog*> out;
    for (const Document& d : documents_)
        if (const auto* c = d.as<NosCatalog>()) out.push_back(c);
    if (fallback_ != nullptr) {
        const auto more = fallback_->catalogs();
        out.insert(out.end(), more.begin(), more.end());
    }
    return out;
}

template <class T>
const T* DocumentSet::first_of() const {
    for (const Document& d : documents_)
        if (const auto* t = d.as<T>()) return t;
    return fallback_ != nullptr ? fallback_->first_of<T>() : nullptr;
}

const FunctionalMap* DocumentSet::functional_map() const { return first_of<FunctionalMap>(); }
const CareerFramework* DocumentSet::career_framework() const { return first_of<CareerFramework>(); }

const Document* DocumentSet::find_profile(std::string_view id) const {
    // An overlay and the profile merged from it share an id (validate lets
    // them stand side by side): a base named by that id is the profile.
    const Document* first = find_own(id);
    if (first != nullptr && first->as<RoleProfile>() != nullptr) return first;
    if (first != nullptr)
        for (const Document& d : documents_)
            if (d.id.value == id && d.as<RoleProfile>() != nullptr) return &d;
    return fallback_ != nullptr ? fallback_->find_profile(id) : nullptr;
}

std::vector<std::string> DocumentSet::ids(DocumentKind kind) const {
    std::vector<std::string> out = fallback_ != nullptr ? fallback_->ids(kind) : std::vector<std::string>{};
    for (const Document& d : documents_)
        if (d.kind == kind) out.push_back(d.id.value);
    return out;
}

const Document* DocumentSet::find_own(std::string_view id) const {
    const auto it = by_id_.find(std::string(id));
    return it != by_id_.end() ? it->second : nullptr;
}

const Document* DocumentSet::overlay_base(const Document& overlay) const {
    const auto* o = overlay.as<LocalityOverlay>();
    if (o == nullptr) return nullptr;
    const std::string& base = o->base.value;
    const Document* found = base_is_path(base)
                                ? find_path(fs::path(overlay.source_file()).parent_path() / base)
                                : find_profile(base);
    return (found != nullptr && found->as<RoleProfile>() != nullptr) ? found : nullptr;
}

}  // namespace rolekit

#pragma once
// Documents loaded together, indexed by id, resolving the references between
// them (an overlay's base, the catalogues, the functional map, the career
// framework).

#include <deque>
#include <string>
#include <unordered_map>
#include <filesystem>
#include <string_view>
#include <vector>

#include "rolekit/document.hpp"
#include "rolekit/finding.hpp"

namespace rolekit {

class DocumentSet {
public:
    DocumentSet() = default;
    // The id index points into the documents: a copy indexes its own.
    DocumentSet(const DocumentSet& other) : documents_(other.documents_), fallback_(other.fallback_) {
        reindex();
    }
    DocumentSet& operator=(const DocumentSet& other) {
        documents_ = other.documents_;
        fallback_ = other.fallback_;
        reindex();
        return *this;
    }
    DocumentSet(DocumentSet&&) = default;  // a moved deque keeps its elements in place
    DocumentSet& operator=(DocumentSet&&) = default;

    // Adds a document. Ids must be unique among the documents loaded together:
    // a second document with a taken id is not added, and an id-collision
    // finding (at the newcomer) is returned. The one exception is an overlay
    // and the profile merged from it (merge gives the profile the overlay's
    // id, see `merged_pair`): both are kept, and the id finds the profile.
    Findings add(Document doc);

    // Keeps a document whatever its id; indexes it only if its id is free.
    // Returns the kept document and the one that already held its id (or null).
    struct Inserted {
        const Document* document;
        const Document* holder;
    };
    Inserted insert(Document doc);

    // Where lookups go when this set has no answer (a set of inputs over the
    // set of references). The fallback must outlive this set.
    void set_fallback(const DocumentSet* fallback) { fallback_ = fallback; }

    // This set's own documents, without the fallback's.
    const std::deque<Document>& documents() const { return documents_; }
    const Document* find(std::string_view id) const;
    const Document* find_path(const std::filesystem::path& path) const;

    // Every NosCatalog, this set's then the fallback's, in load order.
    std::vector<const NosCatalog*> catalogs() const;
    // The first FunctionalMap / CareerFramework (this set's first), or null.
    const FunctionalMap* functional_map() const;
    const CareerFramework* career_framework() const;

    // The RoleProfile an overlay builds on: by id, else by a path relative to
    // the overlay's file. Null when it is not loaded. By id, a RoleProfile
    // is chosen over another document with its id (the overlay a merged
    // profile was made from has the profile's id).
    const Document* overlay_base(const Document& overlay) const;
    // The first RoleProfile with this id (this set's, then the fallback's).
    const Document* find_profile(std::string_view id) const;
    // The ids of every document of `kind` (this set's, then the fallback's):
    // the candidates of "did you mean" for an id of that kind not found.
    std::vector<std::string> ids(DocumentKind kind) const;

private:
    const Document* find_own(std::string_view id) const;
    template <class T>
    const T* first_of() const;
    void reindex();

    std::deque<Document> documents_;  // deque: stable addresses as it grows
    std::unordered_map<std::string, const Document*> by_id_;
    const DocumentSet* fallback_ = nullptr;
};

// True when an overlay's `base` names a file rather than an id.
// True when one of `a` and `b` is a RoleProfile whose derived_from lists the
// other, a LocalityOverlay of the same id, applied to the base it names.
bool merged_pair(const Document& a, const Document& b);

bool base_is_path(std::string_view base);

}  // namespace rolekit

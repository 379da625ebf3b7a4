#include "rolekit/extension.hpp"

#include <algorithm>

namespace rolekit {

const EmptyKey* MapExtras::find_empty(std::string_view key) const {
    const auto it = std::find_if(empty_keys.begin(), empty_keys.end(),
                                 [&](const EmptyKey& e) { return e.key == key; });
    return it == empty_keys.end() ? nullptr : &*it;
}

void MapExtras::merge(const MapExtras& other) {
    for (const Extension& e : other.extensions) {
        const auto same = std::find_if(extensions.begin(), extensions.end(),
                                       [&](const Extension& x) { return x.key == e.key; });
        if (same == extensions.end())
            extensions.push_back(e);
        else
            *same = e;
    }
    for (const EmptyKey& e : other.empty_keys)
        if (find_empty(e.key) == nullptr) empty_keys.push_back(e);
}

}  // namespace rolekit

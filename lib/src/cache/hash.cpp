#include "cache/hash.hpp"

#include <fmt/format.h>
#include <xxhash.h>

#include <new>

namespace rolekit::detail {

namespace {

XXH3_state_t* state_of(void* p) {
    return static_cast<XXH3_state_t*>(p);
}

Digest digest_of(XXH128_hash_t h) {
    return Digest{h.high64, h.low64};
}

}  // namespace

std::string Digest::hex() const {
    return fmt::format("{:016x}{:016x}", high, low);
}

Digest hash_bytes(std::string_view bytes) {
    return digest_of(XXH3_128bits(bytes.data(), bytes.size()));
}

Hasher::Hasher() : state_(XXH3_createState()) {
    if (state_ == nullptr) throw std::bad_alloc();
    XXH3_128bits_reset(state_of(state_));
}

Hasher::~Hasher() {
    XXH3_freeState(state_of(state_));
}

Hasher& Hasher::add(std::string_view field) {
    add(static_cast<std::uint64_t>(field.size()));
    XXH3_128bits_update(state_of(state_), field.data(), field.size());
    return *this;
}

Hasher& Hasher::add(std::uint64_t field) {
    unsigned char bytes[8];
    for (int i = 0; i < 8; ++i) bytes[i] = static_cast<unsigned char>(field >> (8 * i));
    XXH3_128bits_update(state_of(state_), bytes, sizeof bytes);
    return *this;
}

Hasher& Hasher::add(const Digest& field) {
    return add(field.high).add(field.low);
}

Digest Hasher::digest() const {
    return digest_of(XXH3_128bits_digest(state_of(state_)));
}

}  // namespace rolekit::detail

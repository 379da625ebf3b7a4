#pragma once
// XXH3-128 (xxHash): the cache's content addresses and its entries'
// checksums. Fast enough that hashing every input costs far less than
// parsing one, and 128 bits make an accidental collision beyond reach.

#include <cstdint>
#include <string>
#include <string_view>

namespace rolekit::detail {

struct Digest {
    std::uint64_t high = 0;
    std::uint64_t low = 0;

    std::string hex() const;  // 32 lowercase hex digits
    friend bool operator==(const Digest&, const Digest&) = default;
};

Digest hash_bytes(std::string_view bytes);

// Hashes a sequence of fields. Each field is length-prefixed, so ("ab", "c")
// and ("a", "bc") differ.
class Hasher {
  public:
    Hasher();
    ~Hasher();
    Hasher(const Hasher&) = delete;
    Hasher& operator=(const Hasher&) = delete;

    Hasher& add(std::string_view field);
    Hasher& add(std::uint64_t field);
    Hasher& add(const Digest& field);
    Digest digest() const;

  private:
    void* state_;  // XXH3_state_t, kept out of this header
};

}  // namespace rolekit::detail

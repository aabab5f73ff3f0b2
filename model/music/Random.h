#pragma once
// Portable randomness (study designs, training data order, rhythm choices): std::shuffle and
// std::uniform_int_distribution differ between standard libraries, so a seed would give another trial order
// on another machine. SplitMix64 and Fisher-Yates are written out here and give the same sequence everywhere.
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace fgg {

/// SplitMix64's finaliser: a well-mixed 64-bit hash of `x`.
constexpr std::uint64_t mix64(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

/// FNV-1a of a string (stable ids -> seeds).
constexpr std::uint64_t hashString(std::string_view s) {
    std::uint64_t h = 0xCBF29CE484222325ull;
    for (char c : s) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001B3ull;
    }
    return h;
}

class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        state_ += 0x9E3779B97F4A7C15ull;
        return mix64(state_ - 0x9E3779B97F4A7C15ull);
    }
    /// Uniform in [0, bound), without modulo bias (rejection sampling).
    std::uint64_t below(std::uint64_t bound) {
        if (bound <= 1) return 0;
        const std::uint64_t limit = ~std::uint64_t(0) - (~std::uint64_t(0) % bound);
        std::uint64_t r;
        do
            r = next();
        while (r >= limit);
        return r % bound;
    }

private:
    std::uint64_t state_;
};

/// Fisher-Yates with SplitMix64.
template <typename T>
void shuffle(std::vector<T>& items, SplitMix64& rng) {
    for (std::size_t i = items.size(); i > 1; --i) {
        const std::size_t j = static_cast<std::size_t>(rng.below(i));
        std::swap(items[i - 1], items[j]);
    }
}

} // namespace fgg

#pragma once
// A set of pitch classes (C = 0 ... B = 11): chord chromas, scales, the allowed set of a 16th step.
#include <bitset>
#include <cstdint>
#include <initializer_list>
#include <string>

namespace fgg {

class PitchClassSet {
public:
    constexpr PitchClassSet() = default;
    PitchClassSet(std::initializer_list<int> pcs) {
        for (int pc : pcs)
            insert(pc);
    }
    static PitchClassSet fromMask(std::uint16_t mask) {
        PitchClassSet s;
        s.bits_ = std::bitset<12>(mask & 0xFFFu);
        return s;
    }
    static PitchClassSet all() { return fromMask(0xFFF); }

    static int normalise(int pc) { return ((pc % 12) + 12) % 12; }
    bool contains(int pc) const { return bits_.test(static_cast<std::size_t>(normalise(pc))); }
    void insert(int pc) { bits_.set(static_cast<std::size_t>(normalise(pc))); }
    void erase(int pc) { bits_.reset(static_cast<std::size_t>(normalise(pc))); }
    int size() const { return static_cast<int>(bits_.count()); }
    bool empty() const { return bits_.none(); }
    bool isAll() const { return bits_.all(); }
    std::uint16_t mask() const { return static_cast<std::uint16_t>(bits_.to_ulong()); }

    /// Every pitch class moved up by `semitones` (transposition).
    PitchClassSet transposed(int semitones) const {
        PitchClassSet r;
        for (int pc = 0; pc < 12; ++pc)
            if (contains(pc)) r.insert(pc + semitones);
        return r;
    }
    bool isSubsetOf(const PitchClassSet& o) const { return (bits_ & ~o.bits_).none(); }
    PitchClassSet operator|(const PitchClassSet& o) const { return fromMask(mask() | o.mask()); }
    PitchClassSet operator&(const PitchClassSet& o) const { return fromMask(mask() & o.mask()); }
    bool operator==(const PitchClassSet&) const = default;

    /// "C E G" style listing (sharps), for messages and debugging.
    std::string toString() const;

private:
    std::bitset<12> bits_;
};

} // namespace fgg

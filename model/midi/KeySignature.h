#pragma once
// The key signature meta event (sharps/flats and major/minor) <-> Key. A mode other than major or minor is
// written as the major or minor key on the same tonic (by its third): the tonic survives, the mode cannot.
#include "model/music/Scale.h"

#include <optional>

namespace fgg::smf {

struct KeySignature {
    int sharps = 0; ///< -7 (7 flats) .. 7 (7 sharps)
    bool minor = false;
    bool operator==(const KeySignature&) const = default;
};

/// nullopt for a signature outside -7..7.
std::optional<Key> keyFromSignature(KeySignature signature);
KeySignature signatureOfKey(const Key& key);

} // namespace fgg::smf

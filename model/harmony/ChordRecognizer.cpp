#include "model/harmony/ChordRecognizer.h"

#include "model/harmony/ChordTemplates.h"

#include <algorithm>

namespace fgg::harmony {

SpelledPitch spellPitchClass(int pitchClass) {
    return harmony::spellRoot(pitchClass);
}

// One recogniser in model/: the keyboard names its held notes with the detector's template table.
std::optional<Chord> recognizeChord(const std::vector<int>& pitches) {
    return harmony::nameChord(pitches);
}

void ChordGesture::noteOn(int pitch) {
    auto it = std::lower_bound(held_.begin(), held_.end(), pitch);
    if (it == held_.end() || *it != pitch) held_.insert(it, pitch);
    if (held_.size() >= fullest_.size()) fullest_ = held_;
}

std::optional<std::vector<int>> ChordGesture::noteOff(int pitch) {
    auto it = std::lower_bound(held_.begin(), held_.end(), pitch);
    if (it == held_.end() || *it != pitch) return std::nullopt; // a release we never saw pressed
    held_.erase(it);
    if (!held_.empty()) return std::nullopt;
    std::vector<int> done;
    done.swap(fullest_);
    return done;
}

void ChordGesture::reset() {
    held_.clear();
    fullest_.clear();
}

} // namespace fgg::harmony

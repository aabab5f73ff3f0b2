#pragma once
// The melody as the learned harmoniser reads it (MelodyChordModel.h). Per segment of two beats (half a 4/4
// bar), six views of the pitch classes: how long each sounds, which sounds as the segment starts, which are
// struck on a beat and which off it, the lowest, and the last one struck. The network's input for a segment
// is its views and its neighbours' (the segments one before and after in full, two to four away by duration),
// where it sits in the bar and in an 8-bar phrase, the key's mode and the whole melody's pitch classes: all
// relative to the key's major tonic, so that one network serves every key.
#include "model/music/Note.h"

#include <array>
#include <vector>

namespace fgg::harmony {

enum class MelodyView { Duration, SoundingAtStart, StruckOnBeat, StruckOffBeat, Lowest, LastStruck };
inline constexpr int kMelodyViews = 6;

struct MelodySegment {
    /// [view * 12 + pitch class]: beats sounding (Duration), counts of notes struck (StruckOnBeat,
    /// StruckOffBeat), 1 or 0 (the others).
    std::array<float, 12 * kMelodyViews> views{};
    bool sung = false;      ///< a note sounds in it
    bool atBarLine = false; ///< it starts a bar
    float view(MelodyView v, int pitchClass) const {
        return views[static_cast<std::size_t>(static_cast<int>(v) * 12 + pitchClass)];
    }
};

/// Segments of two beats over [from, to) (`from` on a bar line), of `melody` (sorted by start).
std::vector<MelodySegment> melodySegments(const std::vector<Note>& melody, Tick ticksPerBeat, int beatsPerBar,
                                          Tick from, Tick to);

/// What the network sees of a whole melody besides its segments.
struct MelodyContext {
    int majorTonic = 0;              ///< the key's (KeyEstimate::majorTonic)
    bool minor = false;              ///< the key's mode
    int phraseStart = 0;             ///< the segment that starts the bar where the melody starts
    std::array<float, 12> pitches{}; ///< the melody's pitch classes by duration, mean 1
};

/// The context of `segments` (from melodySegments) in the key given.
MelodyContext melodyContext(const std::vector<MelodySegment>& segments, int majorTonic, bool minor);

inline constexpr int kMelodyInputs = 3 * 12 * kMelodyViews + 6 * 12 + 1 + 16 + 1 + 12;

/// The network's input for segment `i` (kMelodyInputs values).
std::array<float, kMelodyInputs> melodyInput(const std::vector<MelodySegment>& segments, std::size_t i,
                                             const MelodyContext& context);

} // namespace fgg::harmony

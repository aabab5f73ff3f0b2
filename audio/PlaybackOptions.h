#pragma once
// How a score is voiced for playback: per-track program, volume, mute and solo, and the optional chord pad.
// The mix is part of the snapshot, so the internal synth and an external MIDI port hear the same thing.
#include "model/music/GeneralMidi.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fgg {
struct Score;
}

namespace fgg::audio {

/// General MIDI programs the workstation suggests for its tracks (0-based; names in model/music/GeneralMidi).
namespace programs {
inline constexpr int kAcousticGrandPiano = gm::kAcousticGrandPiano;
inline constexpr int kFlute = gm::kFlute;
inline constexpr int kSquareLead = gm::kSquareLead;
inline constexpr int kWarmPad = gm::kWarmPad;
} // namespace programs

/// The program the workstation suggests for a new track: a lead (flute) for the melody, piano otherwise.
int suggestedProgram(std::string_view trackName);

struct TrackMix {
    std::string track;          ///< the Track's name
    std::optional<int> program; ///< overrides Track::program
    double volume = 0.8;        ///< 0..1, sent as CC 7
    bool mute = false;
    bool solo = false;
};

/// The score's chord progression voiced as sustained pad chords (root position around C3-C5).
struct ChordPadOptions {
    bool enabled = false;
    int program = programs::kWarmPad;
    int velocity = 40;
    double volume = 0.6;
    int channel = -1; ///< -1: the lowest channel no track uses (never 9, the drum channel)
    bool mute = false;
    bool solo = false;
};

struct PlaybackOptions {
    std::vector<TrackMix> mix; ///< tracks not listed play with their own program at volume 0.8
    ChordPadOptions chordPad;

    const TrackMix* mixFor(std::string_view track) const {
        for (const TrackMix& m : mix)
            if (m.track == track) return &m;
        return nullptr;
    }
};

/// What the score asks for itself: its chord pad (Score::chordPad) with its program, the tracks with their
/// own programs. The app plays and renders with these, so what is heard is what the exported MIDI file holds.
PlaybackOptions playbackOptionsFor(const Score& score);

} // namespace fgg::audio

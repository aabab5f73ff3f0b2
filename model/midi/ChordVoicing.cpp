#include "model/midi/ChordVoicing.h"

#include <algorithm>

namespace fgg {

namespace {
constexpr int kChordVelocity = 60;
constexpr int kUpperLow = 54; // F#3: the window F#3..F4 is centred on C4
constexpr int kBassLow = kUpperLow - 12;

int inWindow(int pc, int low) {
    return low + PitchClassSet::normalise(pc - low);
}
} // namespace

std::vector<int> voiceChord(const Chord& chord) {
    std::vector<int> pitches;
    if (chord.isNoChord()) return pitches;
    pitches.push_back(inWindow(chord.bassPitchClass(), kBassLow));
    const PitchClassSet chroma = chord.chroma();
    for (int pc = 0; pc < 12; ++pc)
        if (chroma.contains(pc)) pitches.push_back(inWindow(pc, kUpperLow));
    std::sort(pitches.begin(), pitches.end());
    return pitches;
}

Track chordTrack(const Score& score) {
    Track t;
    t.name = "Chords";
    if (score.chordPad.enabled) t.program = score.chordPad.program; // the pad's sound, as the app plays it
    bool used[16] = {};
    for (const Track& other : score.tracks)
        used[std::clamp(other.channel, 0, 15)] = true;
    t.channel = 15;
    for (int ch = 0; ch < 16; ++ch)
        if (!used[ch] && ch != 9) { // 9 is the General MIDI drum channel
            t.channel = ch;
            break;
        }
    for (const ChordSpan& span : score.chords) {
        if (span.length <= 0) continue;
        for (int pitch : voiceChord(span.chord))
            t.notes.push_back(Note{pitch, span.start, span.length, kChordVelocity});
    }
    t.sort();
    return t;
}

} // namespace fgg

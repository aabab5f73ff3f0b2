#pragma once
// The chord qualities fgg recognises, as interval templates over pitch classes, and naming an exact set of
// held pitches (a MIDI keyboard chord) with them. The detector (ChordDetector.h) scores the same templates
// against weighted pitch-class profiles; this file is the one table both use.
#include "model/music/Chord.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace fgg::harmony {

struct ChordTemplate {
    ChordQuality quality;
    std::uint16_t intervals; ///< bit i = i semitones above the root
    bool seventh;            ///< a seventh / ninth chord that may be played without its fifth
};

/// Every recognised quality, simplest first: the order breaks ties between readings of the same notes.
std::span<const ChordTemplate> chordTemplates();

/// The pitch classes of `mask` moved down by `by` semitones (intervals above a root `by`).
std::uint16_t rotateDown(std::uint16_t mask, int by);

/// The bass written as a chord degree of `quality`, Harte style (/3, /b7, /5, /bb7 ...).
ChordDegree bassDegree(ChordQuality quality, int semitones);

/// The plain spelling of a recognised root: C Db D Eb E F F# G Ab A Bb B.
SpelledPitch spellRoot(int pitchClass);

/// The chord `pitches` (MIDI numbers, any octave and order) spell exactly, or nothing when they spell none
/// of the qualities (a single note, a cluster). The lowest pitch is the bass: when it is not the root the
/// result is a slash chord. Among readings of the same notes (Am7 / C6) the one whose root is in the bass
/// wins, then the simpler quality; sevenths and ninths may omit their fifth.
std::optional<Chord> nameChord(const std::vector<int>& pitches);

} // namespace fgg::harmony

#pragma once
// POP909 (Wang et al., ISMIR 2020; MIT): NNN/NNN.mid (MELODY, BRIDGE, PIANO), chord_midi.txt, beat_midi.txt.
// Notes and chords are placed on the 16th grid through the beat times of beat_midi.txt (step 0 = first
// downbeat); songs in triple meter are skipped, as in the paper.
#include "model/data/QuantisedSong.h"
#include "model/music/Score.h"

#include <string>
#include <utility>
#include <vector>

namespace fgg {

struct Pop909Report {
    int songsRead = 0;
    std::vector<std::pair<std::string, std::string>> skipped; ///< (song folder, reason)
    long long melodyNotes = 0, bridgeNotes = 0, pianoNotes = 0;
    long long segments = 0; ///< non-overlapping 4-bar windows (the paper's count)
};

/// The ids of POP909's triple-meter songs (skipped).
const std::vector<int>& pop909TripleMeterSongs();

/// Loads one song folder (e.g. ".../pop909/001"). Throws Error naming the file and line on bad data.
QuantisedSong loadPop909Song(const std::string& songDir);

/// Loads every song folder under `dir`; bad songs are reported in `report.skipped`, never fatal.
std::vector<QuantisedSong> loadPop909(const std::string& dir, Pop909Report& report);

/// The song as a Score (ticks at 480 per beat, 120 per step): tracks Melody, Bridge, Piano; chords as spans.
Score toScore(const QuantisedSong& song);

} // namespace fgg

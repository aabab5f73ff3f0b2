#pragma once
// POP909's own chord labels (chord_midi.txt, Harte syntax) on the song's 16th grid, as chord spans in the
// ticks of toScore() (480 per beat, step 0 = the first downbeat): what the progression model learns from and
// what the chord-help measurements compare with. Also the annotated key (key_audio.txt), which the learned
// harmoniser's key finder learns from. (The dataset cache keeps only chroma, which cannot tell
// C6 from Am7.)
#include "model/harmony/KeyEstimate.h"
#include "model/music/Score.h"

#include <string>
#include <vector>

namespace fgg::harmony {

inline constexpr Tick kPop909TicksPerStep = Score::kDefaultTicksPerBeat / 4;

/// Labels of one song folder (e.g. ".../pop909/001"), `N` left out as gaps. Throws Error naming the file and
/// line on bad data.
std::vector<ChordSpan> loadPop909ChordLabels(const std::string& songDir);

/// The song's annotated key (key_audio.txt; the longest one where the key changes), correlation 1.
/// Throws Error naming the file and line on bad data or when it has none.
KeyEstimate loadPop909Key(const std::string& songDir);

enum class Pop909Split { Training, Validation };
/// Song folders of the split (by isValidationSong), triple-meter songs left out, sorted by number.
std::vector<std::string> pop909SongFolders(const std::string& pop909Dir, Pop909Split split);

/// The label sounding for most of [from, to), or no chord.
Chord labelOver(const std::vector<ChordSpan>& labels, Tick from, Tick to);

} // namespace fgg::harmony

#pragma once
// What `fgg generate` reads before any model loads: the lead sheet, the input MIDI file (its melody and
// accompaniment), a motif to continue, notes to lock, bars to regenerate, a melody rhythm. Every problem is
// reported here, naming the option and the file, before the first diffusion step.
#include "app/cli/Args.h"
#include "model/diffusion/GenerationParams.h"
#include "model/music/Score.h"

#include <optional>

namespace fgg::cli {

/// The prompt: chords from --chords / --chords-file (or the --melody file's markers), the tempo, and the
/// --melody file's Melody (else its first track with notes) and Accompaniment tracks.
Score promptFrom(const Args& a);

/// --motif FILE: its melody as locked notes of the prompt's Melody track (replacing what was there). Returns
/// the tick where the melody continues: the bar after the motif's last note.
Tick addMotif(Score& prompt, const std::string& file);

/// --lock-notes FILE: every note of FILE, locked, in the track of the same name (a single unnamed track: the
/// Melody). A note of the prompt at the same start and pitch is replaced by the locked one.
void lockNotesFrom(Score& prompt, const std::string& file);

/// --regenerate A-B (bars, 1-based, inclusive) of `track`, checked against the piece's length.
InpaintRegion regenerateRegion(const std::string& bars, const Score& prompt, const std::string& track);

} // namespace fgg::cli

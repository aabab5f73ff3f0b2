#pragma once
// What one generation pass writes and what it keeps (issues 17 and 19). Generate and Regenerate differ only
// in their passes: Generate writes each wanted track over the whole piece, Regenerate one track over a
// region; in both, the locked notes (Note::locked) and everything outside the region are the inpainting's
// known cells, so the sampler writes around them and they come back bit for bit.
#include "model/diffusion/GenerationParams.h"
#include "model/diffusion/WindowedPass.h"
#include "model/music/Score.h"
#include "model/music/VelocityShape.h"
#include "model/roll/PianoRoll.h"

#include <cstdint>
#include <string>
#include <vector>

namespace fgg::diffusion {

/// The piece as the sampler sees it: at least one window long, in whole bars. Throws Error for a resolution
/// the 16th grid cannot divide and for metres other than 4/4 (the models know only 4/4).
struct PieceGrid {
    Tick ticksPerStep = 120;
    int steps = 0;     ///< the piece's own steps (whole bars)
    int gridSteps = 0; ///< >= 64: padded to one window

    explicit PieceGrid(const Score& score);
    Tick endTick() const { return static_cast<Tick>(steps) * ticksPerStep; }
};

/// One pass: the cells of one track that are written, [from, to) x [lowRow, highRow]; the rest is known.
struct PassRegion {
    Task task = Task::Melody; ///< Melody or Accompaniment: the model that writes
    std::string track;
    int from = 0, to = 0;
    int lowRow = 0, highRow = roll::kPitches - 1;
    /// Regenerate keeps the track's notes outside the region; Generate starts the track afresh (but for its
    /// locked notes).
    bool keepOutside = false;
};

/// Generate's passes: the melody over the whole piece, then the accompaniment, as `task` asks.
std::vector<PassRegion> wholePiecePasses(Task task, const PieceGrid& grid);
/// Regenerate's pass over `region`. Throws Error for an unknown track or a region outside the piece or the
/// model's pitch range.
PassRegion regionPass(const InpaintRegion& region, const PieceGrid& grid);

/// The model's name for a task's checkpoint ("melody", "accompaniment": CheckpointInfo::task).
std::string modelName(Task task);
/// The seed of a task's noise (one derivation for every pass, so a melody and its accompaniment differ).
std::uint64_t passSeed(std::uint64_t seed, Task task);

/// The known content and the unknown mask of `pass` over `notes` (the track's notes now).
struct PassCells {
    PianoRoll known;
    PianoRoll unknown; ///< 1 where the pass writes
};
PassCells passCells(const std::vector<Note>& notes, const PassRegion& pass, const PieceGrid& grid);

/// Everything one pass needs, for `candidates` candidates: chords, allowed pitch classes, the requested
/// rhythm (with the known notes' own onsets where the pass writes nothing), and the melody condition of an
/// accompaniment pass (`melody`, one roll per candidate).
PassInputs buildPassInputs(const Score& score, const GenerationParams& params, const PassRegion& pass,
                           const PieceGrid& grid, int candidates, const std::vector<PianoRoll>& melody);

/// The track after the pass: the kept notes as they were, then the notes the pass wrote (starting in
/// `writable`, the pass's unknown cells as buildPassInputs made them, cut at the region's end) with
/// velocities shaped by `shape` (accents, contour, humanise).
std::vector<Note> mergePass(const std::vector<Note>& notes, const PianoRoll& made, const PianoRoll& writable,
                            const PassRegion& pass, const PieceGrid& grid, const Meter& meter,
                            const VelocityShape& shape);

} // namespace fgg::diffusion

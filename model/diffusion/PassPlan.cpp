#include "model/diffusion/PassPlan.h"

#include "model/diffusion/RhythmBank.h"
#include "model/diffusion/RhythmPlan.h"
#include "model/roll/Conditions.h"

#include <algorithm>

namespace fgg::diffusion {

namespace {

/// The melody rhythm bank shipped with the program, or nullptr (RhythmPlan then uses metrical weights).
const RhythmBank* shippedRhythmBank() {
    const std::optional<RhythmBank>& bank = RhythmBank::shipped();
    return bank ? &*bank : nullptr;
}

int stepOf(Tick tick, Tick ticksPerStep) {
    return static_cast<int>(tick / ticksPerStep);
}

bool inRegion(const Note& n, const PassRegion& pass, const PieceGrid& grid) {
    const int step = stepOf(n.start, grid.ticksPerStep);
    const int row = roll::pitchToRow(n.pitch);
    return step >= pass.from && step < pass.to && row >= pass.lowRow && row <= pass.highRow;
}

/// The notes a pass keeps: the locked ones always, the rest outside the region when the pass says so.
std::vector<Note> keptNotes(const std::vector<Note>& notes, const PassRegion& pass, const PieceGrid& grid) {
    std::vector<Note> kept;
    for (const Note& n : notes)
        if (n.locked || (pass.keepOutside && !inRegion(n, pass, grid))) kept.push_back(n);
    return kept;
}

} // namespace

PieceGrid::PieceGrid(const Score& score) {
    if (score.ticksPerBeat % 4 != 0 || score.ticksPerBeat <= 0)
        throw Error("the score's resolution (" + std::to_string(score.ticksPerBeat) +
                    " ticks per beat) must be divisible by 4 for the 16th-note grid");
    const TimeSignature ts = score.timeSignatures.empty() ? TimeSignature{} : score.timeSignatures.front();
    if (ts.numerator != 4 || ts.denominator != 4)
        throw Error("the models were trained on 4/4 music; this piece is in " + std::to_string(ts.numerator) +
                    "/" + std::to_string(ts.denominator));
    ticksPerStep = score.ticksPerBeat / 4;
    steps = std::max(1, score.bars()) * roll::kStepsPerBar;
    gridSteps = std::max(steps, roll::kWindowSteps);
}

std::vector<PassRegion> wholePiecePasses(Task task, const PieceGrid& grid) {
    std::vector<PassRegion> passes;
    if (task != Task::Accompaniment) passes.push_back({Task::Melody, kMelodyTrack, 0, grid.steps});
    if (task != Task::Melody) passes.push_back({Task::Accompaniment, kAccompanimentTrack, 0, grid.steps});
    return passes;
}

PassRegion regionPass(const InpaintRegion& region, const PieceGrid& grid) {
    PassRegion pass;
    if (region.track == kMelodyTrack)
        pass.task = Task::Melody;
    else if (region.track == kAccompanimentTrack)
        pass.task = Task::Accompaniment;
    else
        throw Error("can only regenerate the Melody or Accompaniment track, not '" + region.track + "'");
    if (region.end <= region.start)
        throw Error("the region to regenerate is empty: select a time range first");
    pass.track = region.track;
    pass.from = static_cast<int>(std::max<Tick>(0, region.start / grid.ticksPerStep));
    pass.to = static_cast<int>(
        std::min<Tick>(grid.steps, (region.end + grid.ticksPerStep - 1) / grid.ticksPerStep));
    pass.lowRow = std::max(0, roll::pitchToRow(region.lowPitch));
    pass.highRow = std::min(roll::kPitches - 1, roll::pitchToRow(region.highPitch));
    pass.keepOutside = true;
    if (pass.to <= pass.from || pass.highRow < pass.lowRow)
        throw Error(
            "the region to regenerate lies outside the piece or the model's pitch range (MIDI 33-96)");
    return pass;
}

std::string modelName(Task task) {
    return task == Task::Accompaniment ? "accompaniment" : "melody";
}

std::uint64_t passSeed(std::uint64_t seed, Task task) {
    return seed + (task == Task::Accompaniment ? 1000003u : 0u);
}

PassCells passCells(const std::vector<Note>& notes, const PassRegion& pass, const PieceGrid& grid) {
    const std::vector<Note> kept = keptNotes(notes, pass, grid);
    PassCells cells{encodeNotes(kept, 0, grid.gridSteps, grid.ticksPerStep), PianoRoll(grid.gridSteps)};
    for (int s = pass.from; s < pass.to; ++s)
        for (int c = 0; c < 2; ++c)
            for (int r = pass.lowRow; r <= pass.highRow; ++r)
                if (cells.known.at(c, s, r) <= roll::kNoteThreshold) cells.unknown.at(c, s, r) = 1.0f;
    if (pass.task == Task::Melody) {
        // One line at a time: while a locked melody note sounds, no other melody note may.
        for (const Note& n : kept) {
            if (!n.locked) continue;
            const int first = stepOf(n.start, grid.ticksPerStep);
            const int last = std::max(first, stepOf(n.end() - 1, grid.ticksPerStep));
            for (int s = std::max(first, 0); s <= last && s < grid.gridSteps; ++s)
                for (int c = 0; c < 2; ++c)
                    for (int r = 0; r < roll::kPitches; ++r)
                        cells.unknown.at(c, s, r) = 0.0f;
        }
    }
    return cells;
}

PassInputs buildPassInputs(const Score& score, const GenerationParams& params, const PassRegion& pass,
                           const PieceGrid& grid, int candidates, const std::vector<PianoRoll>& melody) {
    const Track* track = score.track(pass.track);
    const PassCells cells = passCells(track ? track->notes : std::vector<Note>{}, pass, grid);
    PassInputs in;
    in.task = pass.task;
    in.chroma = chromaPerStep(score.chords, 0, grid.gridSteps, grid.ticksPerStep);
    const PitchClassSet* scale = params.scale ? &*params.scale : nullptr;
    in.allowed = allowedPerStep(score.chords, 0, grid.gridSteps, grid.ticksPerStep, scale);
    in.rhythm = requestedRhythm(params, pass.task, grid.gridSteps, in.chroma, shippedRhythmBank());
    if (in.rhythm) {
        // The rhythm condition describes the whole window: where the pass writes nothing, the known notes'
        // own onsets; where it writes around known onsets (a pitch-limited region), those plus the request.
        for (int s = 0; s < grid.gridSteps; ++s) {
            int knownOnsets = 0;
            bool writes = false;
            for (int r = 0; r < roll::kPitches; ++r) {
                knownOnsets += cells.known.at(PianoRoll::Onset, s, r) > roll::kNoteThreshold;
                writes |= cells.unknown.at(PianoRoll::Onset, s, r) > 0.5f;
            }
            int& count = (*in.rhythm)[static_cast<std::size_t>(s)];
            count = knownOnsets + (writes ? count : 0);
        }
    }
    in.enforceRhythm = params.rhythmGuidance;
    in.underMelody = params.underMelody;
    if (params.completeChords) {
        in.roots = chordRootPerStep(score.chords, 0, grid.gridSteps, grid.ticksPerStep);
        in.thirds = chordThirdPerStep(score.chords, 0, grid.gridSteps, grid.ticksPerStep);
    }
    in.holdThreshold = static_cast<float>(params.holdThreshold);
    in.from = pass.from;
    in.to = pass.to;
    const auto B = static_cast<std::size_t>(std::max(1, candidates));
    in.rolls.assign(B, cells.known);
    in.unknown.assign(B, cells.unknown);
    if (pass.task == Task::Accompaniment) in.melody = melody;
    return in;
}

std::vector<Note> mergePass(const std::vector<Note>& notes, const PianoRoll& made, const PianoRoll& writable,
                            const PassRegion& pass, const PieceGrid& grid, const Meter& meter,
                            const VelocityShape& shape) {
    const Tick regionEnd = static_cast<Tick>(pass.to) * grid.ticksPerStep;
    std::vector<Note> written;
    for (const Note& n : decodeNotes(made, 0, grid.ticksPerStep, shape.base)) {
        const int step = stepOf(n.start, grid.ticksPerStep);
        const int row = roll::pitchToRow(n.pitch);
        if (!inRegion(n, pass, grid) || writable.at(PianoRoll::Onset, step, row) < 0.5f) continue;
        written.push_back(n.end() > regionEnd ? n.withLength(regionEnd - n.start) : n);
    }
    std::vector<Note> out = keptNotes(notes, pass, grid);
    for (const Note& n : shapeVelocities(std::move(written), meter, shape))
        out.push_back(n);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace fgg::diffusion

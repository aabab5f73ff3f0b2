#pragma once
// Which stimuli a study needs: one per prompt x condition x sample (the "original" condition: one per prompt,
// heard in every sample's trial), their file names under `stimuli/` and their seeds. Every condition of one
// prompt and sample shares a seed, so generated conditions start from the same noise and differ only by their
// settings (a paired comparison).
#include "model/music/Score.h"
#include "model/study/Study.h"

#include <cstdint>
#include <string>
#include <vector>

namespace fgg::study {

struct Stimulus {
    std::string promptId;
    std::string conditionId;
    int sample = 0;         ///< 0 for the original condition
    std::uint64_t seed = 0; ///< generation seed (unused for the original)
    std::string baseName;   ///< relative to the study folder, without extension: `stimuli/p1-fgg-0`

    std::string midiPath() const { return baseName + ".mid"; }
    std::string wavPath() const { return baseName + ".wav"; }
    bool operator==(const Stimulus&) const = default;
};

/// Every stimulus the study needs, prompt by prompt, in condition and sample order; the original once per
/// prompt.
std::vector<Stimulus> planStimuli(const Study& study);
/// The stimulus heard for (prompt, condition, sample) (for the original: the prompt's one file).
Stimulus stimulusFor(const Study& study, const Prompt& prompt, const Condition& condition, int sample);
/// The seed shared by every condition of (prompt, sample): from the study seed and the prompt's id, so
/// reordering prompts keeps each one's stimuli.
std::uint64_t stimulusSeed(const Study& study, const std::string& promptId, int sample);

/// A prompt's MIDI file resolved against the study folder (absolute paths stay).
std::string resolvePromptFile(const Prompt& prompt, const std::string& studyDir);
/// What the generator gets: the prompt's chords (lead sheet, else the MIDI file's chord markers), tempo and
/// key, and the imported song's melody (for the accompaniment task), on a 480-ticks-per-beat grid, cut to
/// `bars`. Throws Error naming the prompt when there are no chords.
Score promptScore(const Prompt& prompt, const std::string& studyDir);
/// The "original" stimulus: the imported song itself, cut to `bars`.
Score originalScore(const Prompt& prompt, const std::string& studyDir);

/// `score` cut to its first `bars` bars (notes and chords past the end are dropped or shortened).
Score firstBars(const Score& score, int bars);
/// `score` on another tick resolution.
Score withTicksPerBeat(const Score& score, int ticksPerBeat);

} // namespace fgg::study

#include "model/diffusion/WindowedPass.h"

#include "model/diffusion/ChordCompletion.h"
#include "model/diffusion/Guidance.h"
#include "model/diffusion/WindowPlan.h"
#include "model/roll/Conditions.h"

#include <cstring>

namespace fgg::diffusion {

torch::Tensor rollsToTensor(const std::vector<PianoRoll>& rolls) {
    const auto B = static_cast<int64_t>(rolls.size());
    const int64_t T = B ? rolls.front().steps() : 0;
    torch::Tensor t = torch::empty({B, 2, T, roll::kPitches});
    for (int64_t b = 0; b < B; ++b)
        std::memcpy(t[b].data_ptr<float>(), rolls[static_cast<std::size_t>(b)].cells().data(),
                    sizeof(float) * static_cast<std::size_t>(2 * T * roll::kPitches));
    return t;
}

PianoRoll tensorToRoll(const torch::Tensor& x, int64_t b) {
    const torch::Tensor s = x[b].to(torch::kCPU, torch::kFloat).contiguous();
    PianoRoll r(static_cast<int>(s.size(1)));
    std::memcpy(r.cells().data(), s.data_ptr<float>(), sizeof(float) * r.cells().size());
    return r;
}

torch::Tensor belowMelody(const std::vector<PianoRoll>& melody) {
    const auto B = static_cast<int64_t>(melody.size());
    const int T = B ? melody.front().steps() : 0;
    torch::Tensor mask = torch::ones({B, 1, T, roll::kPitches});
    auto m = mask.accessor<float, 4>();
    for (int64_t b = 0; b < B; ++b) {
        const PianoRoll& r = melody[static_cast<std::size_t>(b)];
        for (int t = 0; t < T; ++t) {
            int top = -1;
            for (int row = roll::kPitches - 1; row >= 0 && top < 0; --row)
                if (r.at(0, t, row) > roll::kNoteThreshold || r.at(1, t, row) > roll::kNoteThreshold)
                    top = row;
            for (int row = std::max(top, 0); top >= 0 && row < roll::kPitches; ++row)
                m[b][0][t][row] = 0.0f;
        }
    }
    return mask;
}

int windowCount(int pieceSteps, int from, int to) {
    return static_cast<int>(planWindows(pieceSteps, from, to, roll::kWindowSteps).size());
}

namespace {
template <class T>
std::vector<T> sliceOf(const std::vector<T>& v, int origin, int count, T fill = T{}) {
    std::vector<T> out(static_cast<std::size_t>(count), fill);
    for (int i = 0; i < count; ++i)
        if (origin + i < static_cast<int>(v.size()))
            out[static_cast<std::size_t>(i)] = v[static_cast<std::size_t>(origin + i)];
    return out;
}
} // namespace

std::vector<Window> passWindows(const PassInputs& in) {
    return planWindows(in.rolls.front().steps(), in.from, in.to, roll::kWindowSteps);
}

void runWindow(Sampler& sampler, PassInputs& in, const std::vector<Window>& windows, std::size_t w,
               const SamplerSettings& settings, const PassStepCallback& onStep,
               const std::atomic<bool>* cancel) {
    const int W = roll::kWindowSteps;
    const std::size_t B = in.rolls.size();
    const bool accompaniment = in.task == Task::Accompaniment;
    const int origin = windows[w].origin;
    const auto chroma = sliceOf(in.chroma, origin, W);
    const auto allowedSteps = sliceOf(in.allowed, origin, W, PitchClassSet::all());
    // Conditions: chord with rhythm when a rhythm is asked for, else the chord without rhythm (the
    // paper's null-rhythm encoding, which lets the model choose a rhythm it learned from POP909).
    const PianoRoll nullChord = nullChordCondition(chroma);
    PianoRoll chord = nullChord;
    std::vector<int> counts;
    if (in.rhythm) {
        counts = sliceOf(*in.rhythm, origin, W);
        chord = chordRhythmCondition(chroma, counts);
    }
    std::vector<PianoRoll> cond, nullCond, known, knownValues;
    for (std::size_t b = 0; b < B; ++b) {
        cond.push_back(chord);
        nullCond.push_back(nullChord);
        const PianoRoll unknown = in.unknown[b].slice(origin, W);
        PianoRoll k(W);
        for (std::size_t i = 0; i < k.cells().size(); ++i)
            k.cells()[i] = unknown.cells()[i] > 0.5f ? 0.0f : 1.0f;
        known.push_back(std::move(k));
        knownValues.push_back(in.rolls[b].slice(origin, W));
    }
    SamplerInputs si;
    si.cond = rollsToTensor(cond);
    si.nullCond = rollsToTensor(nullCond);
    if (accompaniment) {
        std::vector<PianoRoll> mel, nullMel;
        for (std::size_t b = 0; b < B; ++b) {
            mel.push_back(in.melody[b].slice(origin, W));
            nullMel.push_back(nullMelodyCondition(W));
        }
        si.cond = torch::cat({si.cond, rollsToTensor(mel)}, 1);
        si.nullCond = torch::cat({si.nullCond, rollsToTensor(nullMel)}, 1);
    } else if (!in.rhythm) {
        si.nullCond = torch::Tensor(); // identical conditions: CFG is the identity, skip the second forward
    }
    si.allowed = allowedMask(std::vector<std::vector<PitchClassSet>>(B, allowedSteps), torch::kCPU);
    if (accompaniment && in.underMelody) {
        std::vector<PianoRoll> mel;
        for (std::size_t b = 0; b < B; ++b)
            mel.push_back(in.melody[b].slice(origin, W));
        si.allowed = si.allowed * belowMelody(mel);
    }
    if (accompaniment && !in.roots.empty() && !(in.rhythm && in.enforceRhythm)) {
        // Not under an enforced rhythm: a completed tone would be one onset more than asked for. The root
        // is the accompaniment's to state; the third is also stated by a melody that sounds it.
        const auto roots = sliceOf(in.roots, origin, W), thirds = sliceOf(in.thirds, origin, W);
        std::vector<std::vector<PitchClassSet>> rootTones(B, roots), thirdTones;
        for (std::size_t b = 0; b < B; ++b) {
            const PianoRoll melody = in.melody[b].slice(origin, W);
            thirdTones.push_back(tonesToComplete(thirds, &melody, kChordStretchSteps));
        }
        si.roots = allowedMask(rootTones, torch::kCPU);
        si.thirds = allowedMask(thirdTones, torch::kCPU);
    }
    if (accompaniment) si.holdThreshold = in.holdThreshold;
    if (!accompaniment)
        si.chordTones = allowedMask(std::vector<std::vector<PitchClassSet>>(B, chroma), torch::kCPU);
    if (in.rhythm && in.enforceRhythm)
        si.rhythm = torch::tensor(std::vector<int64_t>(counts.begin(), counts.end()), torch::kLong)
                        .unsqueeze(0)
                        .expand({static_cast<int64_t>(B), W})
                        .contiguous();
    const torch::Tensor knownMask = rollsToTensor(known);
    if (knownMask.min().item<float>() < 0.5f) { // something to generate in this window
        if (knownMask.max().item<float>() > 0.5f) {
            si.knownMask = knownMask;
            si.knownValues = rollsToTensor(knownValues);
        }
    } else {
        return; // everything here is known already
    }
    SamplerSettings s = settings;
    s.seed = settings.seed + 7919u * w; // a fresh, reproducible noise stream per window
    const PassProgress progress{static_cast<int>(w) + 1, static_cast<int>(windows.size()), origin};
    const torch::Tensor out = sampler.sample(
        si, s,
        [&](int step, int total, const torch::Tensor& x0) {
            if (onStep) onStep(progress, step, total, x0);
        },
        cancel);
    for (std::size_t b = 0; b < B; ++b) {
        const PianoRoll made = tensorToRoll(out, static_cast<int64_t>(b));
        in.rolls[b].paste(made, origin);
        PianoRoll none(W); // everything in this window is known from now on
        in.unknown[b].paste(none, origin);
    }
}

void runWindowedPass(Sampler& sampler, PassInputs& in, const SamplerSettings& settings,
                     const PassStepCallback& onStep, const std::atomic<bool>* cancel) {
    const std::vector<Window> windows = passWindows(in);
    for (std::size_t w = 0; w < windows.size(); ++w)
        runWindow(sampler, in, windows, w, settings, onStep, cancel);
}

} // namespace fgg::diffusion

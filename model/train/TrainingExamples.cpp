#include "model/train/TrainingExamples.h"

#include "model/music/Error.h"
#include "model/music/Random.h"
#include "model/nn/CheckpointInfo.h"
#include "model/roll/Conditions.h"

#include <algorithm>
#include <cstring>

namespace fgg::train {
namespace {
constexpr int W = roll::kWindowSteps;
constexpr int P = roll::kPitches;
constexpr std::size_t kRollFloats = static_cast<std::size_t>(2 * W * P);

std::vector<Note> windowNotes(const std::vector<GridNote>& notes, int origin, int shift) {
    std::vector<Note> out;
    for (const GridNote& n : notes) {
        if (n.step + n.length <= origin || n.step >= origin + W) continue;
        const int pitch = n.pitch + shift;
        if (pitch < 0 || pitch > 127) continue;
        // Ticks = steps here (ticksPerStep 1); notes that started before the window keep their sustain.
        out.push_back(Note{pitch, n.step - origin, n.length, 100});
    }
    return out;
}
} // namespace

TrainingExamples::TrainingExamples(std::vector<QuantisedSong> songs, std::string task, double dropProbability)
    : songs_(std::move(songs)), task_(std::move(task)), drop_(dropProbability) {
    if (task_ != "melody" && task_ != "accompaniment")
        throw Error("unknown training task '" + task_ + "' (melody or accompaniment)");
    if (songs_.empty()) throw Error("no songs to train on: check the POP909 folder / dataset cache");
    double total = 0;
    for (const QuantisedSong& s : songs_) {
        total += std::max(1, s.steps / roll::kStepsPerBar - roll::kWindowBars + 1);
        cumulativeBars_.push_back(total);
    }
}

long long TrainingExamples::windowCount() const {
    long long n = 0;
    for (const QuantisedSong& s : songs_)
        n += s.steps / W;
    return n;
}

void TrainingExamples::fill(const QuantisedSong& song, int origin, int shift, bool dropChord, bool dropMelody,
                            float* target, float* conditions) const {
    const bool melodyTask = task_ == "melody";
    const std::vector<Note> targetNotes = windowNotes(melodyTask ? song.melody : song.piano, origin, shift);
    const PianoRoll x0 = encodeNotes(targetNotes, 0, W, 1);
    std::memcpy(target, x0.cells().data(), kRollFloats * sizeof(float));

    std::vector<PitchClassSet> chroma(W);
    for (int s = 0; s < W; ++s) {
        const int step = origin + s;
        if (step < static_cast<int>(song.chroma.size()))
            chroma[static_cast<std::size_t>(s)] =
                PitchClassSet::fromMask(song.chroma[static_cast<std::size_t>(step)]).transposed(shift);
    }
    // The rhythm condition counts the target track's onsets at every step, over all pitches (before the cut).
    const PianoRoll chord = dropChord ? nullChordCondition(chroma)
                                      : chordRhythmCondition(chroma, onsetCounts(targetNotes, 0, W, 1));
    std::memcpy(conditions, chord.cells().data(), kRollFloats * sizeof(float));
    if (!melodyTask) {
        const PianoRoll melody = dropMelody ? nullMelodyCondition(W)
                                            : encodeNotes(windowNotes(song.melody, origin, shift), 0, W, 1);
        std::memcpy(conditions + kRollFloats, melody.cells().data(), kRollFloats * sizeof(float));
    }
}

ExampleBatch TrainingExamples::sample(int batch, std::mt19937_64& rng) const {
    const int condChannels = conditionChannelsForTask(task_);
    ExampleBatch b{torch::empty({batch, 2, W, P}), torch::empty({batch, condChannels, W, P})};
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::uniform_int_distribution<int> shiftDist(-5, 6);
    for (int i = 0; i < batch; ++i) {
        const double pick = u(rng) * cumulativeBars_.back();
        const auto idx = static_cast<std::size_t>(
            std::upper_bound(cumulativeBars_.begin(), cumulativeBars_.end(), pick) - cumulativeBars_.begin());
        const QuantisedSong& song = songs_[std::min(idx, songs_.size() - 1)];
        const int startBars = std::max(1, song.steps / roll::kStepsPerBar - roll::kWindowBars + 1);
        const int origin = std::uniform_int_distribution<int>(0, startBars - 1)(rng) * roll::kStepsPerBar;
        const int shift = shiftDist(rng);
        const bool dropChord = u(rng) < drop_;
        const bool dropMelody = u(rng) < drop_;
        fill(song, origin, shift, dropChord, dropMelody, b.target[i].data_ptr<float>(),
             b.conditions[i].data_ptr<float>());
    }
    return b;
}

WindowDraw TrainingExamples::draw(long long window, SplitMix64& rng) const {
    auto unit = [&] { return double(rng.next() >> 11) * 0x1.0p-53; }; // uniform in [0, 1), 53 bits
    WindowDraw d;
    d.window = window;
    d.shift = static_cast<int>(rng.below(12)) - 5;
    d.dropChord = unit() < drop_;
    d.dropMelody = unit() < drop_;
    return d;
}

ExampleBatch TrainingExamples::gather(const std::vector<WindowDraw>& draws) const {
    const int condChannels = conditionChannelsForTask(task_);
    const auto n = static_cast<int64_t>(draws.size());
    ExampleBatch b{torch::empty({n, 2, W, P}), torch::empty({n, condChannels, W, P})};
    for (int64_t i = 0; i < n; ++i) {
        const WindowDraw& d = draws[static_cast<std::size_t>(i)];
        if (d.window < 0 || d.window >= windowStartCount())
            throw Error("window " + std::to_string(d.window) + " is outside the training set's " +
                        std::to_string(windowStartCount()) + " window starts");
        // cumulativeBars_ holds whole numbers: the song is the first whose running total exceeds the index.
        const auto song = static_cast<std::size_t>(
            std::upper_bound(cumulativeBars_.begin(), cumulativeBars_.end(), double(d.window)) -
            cumulativeBars_.begin());
        const double before = song == 0 ? 0.0 : cumulativeBars_[song - 1];
        const int origin = static_cast<int>(double(d.window) - before) * roll::kStepsPerBar;
        fill(songs_[song], origin, d.shift, d.dropChord, d.dropMelody, b.target[i].data_ptr<float>(),
             b.conditions[i].data_ptr<float>());
    }
    return b;
}

ExampleBatch TrainingExamples::windows(int maxWindows) const {
    std::vector<std::pair<const QuantisedSong*, int>> picks;
    for (const QuantisedSong& s : songs_)
        for (int o = 0; o + W <= s.steps; o += W)
            picks.emplace_back(&s, o);
    // An even spread over the songs when capped.
    std::vector<std::pair<const QuantisedSong*, int>> chosen;
    const std::size_t n = std::min<std::size_t>(picks.size(), static_cast<std::size_t>(maxWindows));
    for (std::size_t i = 0; i < n; ++i)
        chosen.push_back(picks[i * picks.size() / n]);
    const int condChannels = conditionChannelsForTask(task_);
    const auto N = static_cast<int64_t>(chosen.size());
    ExampleBatch b{torch::empty({N, 2, W, P}), torch::empty({N, condChannels, W, P})};
    for (int64_t i = 0; i < N; ++i)
        fill(*chosen[static_cast<std::size_t>(i)].first, chosen[static_cast<std::size_t>(i)].second, 0, false,
             false, b.target[i].data_ptr<float>(), b.conditions[i].data_ptr<float>());
    return b;
}

} // namespace fgg::train

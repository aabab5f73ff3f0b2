#include "model/diffusion/Generator.h"

#include "model/diffusion/NoiseSchedule.h"
#include "model/diffusion/RhythmPlan.h"
#include "model/diffusion/Runtime.h"
#include "model/diffusion/WindowedPass.h"
#include "model/nn/Checkpoint.h"
#include "model/nn/InferenceFormat.h"
#include "model/roll/Conditions.h"

#include <filesystem>
#include <map>
#include <mutex>
#include <set>

namespace fgg {

namespace {

torch::Device resolveDevice(DevicePreference p) {
    const bool cuda = torch::cuda::is_available();
    if (p == DevicePreference::Cuda && !cuda)
        throw Error("CUDA was requested, but this LibTorch build has no CUDA support or no GPU is visible: "
                    "choose the CPU device (--device cpu / Preferences)");
    if (p == DevicePreference::Cpu) return torch::kCPU;
    return cuda ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
}

/// bf16 where it pays (GenerationParams.h), else fp32; channels-last everywhere (InferenceFormat.h).
nn::InferenceFormat resolveFormat(Precision p, torch::Device device) {
    nn::InferenceFormat f;
    const bool bf16 = p == Precision::BFloat16 ||
                      (p == Precision::Auto && device.is_cpu() && configureRuntime().cpuHasAmxBf16);
    f.dtype = bf16 ? torch::kBFloat16 : torch::kFloat;
    return f;
}

/// The piece as the sampler sees it: at least one window long, in whole bars.
struct PieceGrid {
    Tick ticksPerStep = 120;
    int steps = 0;     ///< the piece's own steps (whole bars)
    int gridSteps = 0; ///< >= 64: padded to one window

    explicit PieceGrid(const Score& score) {
        if (score.ticksPerBeat % 4 != 0 || score.ticksPerBeat <= 0)
            throw Error("the score's resolution (" + std::to_string(score.ticksPerBeat) +
                        " ticks per beat) must be divisible by 4 for the 16th-note grid");
        const TimeSignature ts =
            score.timeSignatures.empty() ? TimeSignature{} : score.timeSignatures.front();
        if (ts.numerator != 4 || ts.denominator != 4)
            throw Error("the models were trained on 4/4 music; this piece is in " +
                        std::to_string(ts.numerator) + "/" + std::to_string(ts.denominator));
        ticksPerStep = score.ticksPerBeat / 4;
        const int bars = std::max(1, score.bars());
        steps = bars * roll::kStepsPerBar;
        gridSteps = std::max(steps, roll::kWindowSteps);
    }
};

void trimToLength(std::vector<Note>& notes, Tick end) {
    std::vector<Note> kept;
    for (const Note& n : notes) {
        if (n.start >= end) continue;
        kept.push_back(n.end() > end ? n.withLength(end - n.start) : n);
    }
    notes = std::move(kept);
}

/// The melody rhythm bank shipped with the program, or nullptr (RhythmPlan then uses metrical weights).
const RhythmBank* shippedRhythmBank() {
    const std::optional<RhythmBank>& bank = RhythmBank::shipped();
    return bank ? &*bank : nullptr;
}

} // namespace

struct Generator::Impl {
    ModelFiles files;
    std::mutex mutex; // one generation at a time per Generator
    std::map<std::string, nn::LoadedModel> models;
    std::set<std::pair<std::string, int64_t>> warmed; // (task, batch) that prepare() has run once
    torch::Device loadedOn = torch::kCPU;
    nn::InferenceFormat loadedAs;

    nn::LoadedModel& model(const std::string& task, torch::Device device, const nn::InferenceFormat& format) {
        if (device != loadedOn || format != loadedAs) {
            models.clear();
            warmed.clear();
            loadedOn = device;
            loadedAs = format;
        }
        auto it = models.find(task);
        if (it != models.end()) return it->second;
        const std::string& path = task == "melody" ? files.melody : files.accompaniment;
        if (path.empty() || !std::filesystem::exists(path))
            throw Error("no " + task + " model at '" + path +
                        "': choose a model file, set FGG_MODEL_DIR, or train one with `fgg train --task " +
                        task + "`");
        nn::LoadedModel m = nn::loadCheckpoint(path, device);
        if (m.info.task != task)
            throw Error(path + " is a " + m.info.task + " model, but a " + task + " model is needed here");
        nn::convertForInference(m.unet, format);
        return models.emplace(task, std::move(m)).first->second;
    }

    /// Runs one pass for `task` and returns the filled rolls.
    void pass(const std::string& task, diffusion::PassInputs& in, const GenerationParams& params,
              torch::Device device, int passIndex, int totalPasses, const std::string& trackName,
              Tick ticksPerStep, const ProgressCallback& progress, const std::atomic<bool>* cancel) {
        nn::LoadedModel& m = model(task, device, resolveFormat(params.precision, device));
        diffusion::Sampler sampler(m.unet, device);
        diffusion::SamplerSettings s;
        s.guidance = params.guidance;
        s.steps = params.steps;
        s.cfgScale = params.cfgScale;
        s.cfgRescale = params.cfgRescale;
        s.line = params.line;
        s.seed = params.seed + (task == "melody" ? 0u : 1000003u);
        in.task = task;
        diffusion::runWindowedPass(
            sampler, in, s,
            [&](const diffusion::PassProgress& p, int step, int total, const torch::Tensor& x0) {
                if (!progress) return;
                GenerationProgress g;
                g.step = step;
                g.totalSteps = total;
                g.pass = passIndex + p.window - 1;
                g.totalPasses = totalPasses;
                g.track = trackName;
                g.origin = p.origin * ticksPerStep;
                for (int64_t b = 0; b < x0.size(0); ++b)
                    g.previewX0.push_back(diffusion::tensorToRoll(x0, b));
                progress(g);
            },
            cancel);
    }
};

Generator::Generator(ModelFiles files) : impl_(std::make_unique<Impl>()) {
    impl_->files = std::move(files);
}
Generator::~Generator() = default;
const ModelFiles& Generator::files() const {
    return impl_->files;
}

DeviceInfo Generator::device(DevicePreference preference, Precision precision) const {
    const RuntimeInfo rt = configureRuntime();
    const torch::Device d = resolveDevice(preference);
    const char* arithmetic = resolveFormat(precision, d).dtype == torch::kBFloat16 ? "bf16" : "fp32";
    DeviceInfo info;
    info.cuda = d.is_cuda();
    info.name = info.cuda
                    ? std::string("CUDA (") + arithmetic + ")"
                    : "CPU (" + std::to_string(rt.threads) + " threads, " + rt.blas + ", " + arithmetic + ")";
    info.blasWarning = info.cuda ? "" : rt.blasWarning;
    return info;
}

void Generator::prepare(const GenerationParams& params) {
    std::lock_guard lock(impl_->mutex);
    configureRuntime();
    const torch::Device device = resolveDevice(params.device);
    const nn::InferenceFormat format = resolveFormat(params.precision, device);
    // Classifier-free guidance runs the conditioned and the null half of every candidate in one batch.
    const int64_t batch = 2 * std::max(1, params.candidates);
    torch::InferenceMode guard;
    for (const char* task : {"melody", "accompaniment"}) {
        nn::LoadedModel& m = impl_->model(task, device, format);
        if (!impl_->warmed.emplace(task, batch).second) continue;
        const torch::Tensor x =
            torch::zeros({batch, m.unet->config().inChannels, roll::kWindowSteps, roll::kPitches},
                         torch::dtype(torch::kFloat).device(device));
        m.unet->forward(
            x, torch::full({batch}, NoiseSchedule::kSteps - 1, torch::dtype(torch::kLong).device(device)));
    }
}

std::vector<Score> Generator::generate(const Score& prompt, const GenerationParams& params,
                                       const ProgressCallback& progress, const std::atomic<bool>* cancel) {
    checkGenerationParams(params);
    std::lock_guard lock(impl_->mutex);
    configureRuntime();
    const torch::Device device = resolveDevice(params.device);
    const PieceGrid grid(prompt);
    const int B = std::max(1, params.candidates);
    const auto chroma = chromaPerStep(prompt.chords, 0, grid.gridSteps, grid.ticksPerStep);
    const PitchClassSet* scale = params.scale ? &*params.scale : nullptr;
    const auto allowed = allowedPerStep(prompt.chords, 0, grid.gridSteps, grid.ticksPerStep, scale);

    auto freshInputs = [&](Task task) {
        diffusion::PassInputs in;
        in.chroma = chroma;
        in.allowed = allowed;
        in.rhythm = requestedRhythm(params, task, grid.gridSteps, chroma, shippedRhythmBank());
        in.enforceRhythm = params.rhythmGuidance;
        in.underMelody = params.underMelody;
        in.from = 0;
        in.to = grid.steps;
        for (int b = 0; b < B; ++b) {
            in.rolls.emplace_back(grid.gridSteps);
            // Unknown over the piece; the padding past its end stays known silence.
            PianoRoll unknown(grid.gridSteps);
            for (int s = 0; s < grid.steps; ++s)
                for (int c = 0; c < 2; ++c)
                    for (int p = 0; p < roll::kPitches; ++p)
                        unknown.at(c, s, p) = 1.0f;
            in.unknown.push_back(std::move(unknown));
        }
        return in;
    };

    const bool wantMelody = params.task != Task::Accompaniment;
    const bool wantAcc = params.task != Task::Melody;
    const int melodyWindows = wantMelody ? diffusion::windowCount(grid.gridSteps, 0, grid.steps) : 0;
    const int accWindows = wantAcc ? diffusion::windowCount(grid.gridSteps, 0, grid.steps) : 0;
    const int totalPasses = melodyWindows + accWindows;

    std::vector<PianoRoll> melodyRolls;
    if (wantMelody) {
        diffusion::PassInputs in = freshInputs(Task::Melody);
        impl_->pass("melody", in, params, device, 1, totalPasses, kMelodyTrack, grid.ticksPerStep, progress,
                    cancel);
        melodyRolls = std::move(in.rolls);
    } else {
        const Track* melody = prompt.track(kMelodyTrack);
        if (!melody || melody->empty())
            throw Error(
                "the accompaniment task needs a melody: draw or import one in the Melody track, or choose "
                "the task 'both'");
        melodyRolls.assign(static_cast<std::size_t>(B),
                           encodeNotes(melody->notes, 0, grid.gridSteps, grid.ticksPerStep));
    }
    std::vector<PianoRoll> accRolls;
    if (wantAcc) {
        diffusion::PassInputs in = freshInputs(Task::Accompaniment);
        in.melody = melodyRolls;
        impl_->pass("accompaniment", in, params, device, melodyWindows + 1, totalPasses, kAccompanimentTrack,
                    grid.ticksPerStep, progress, cancel);
        accRolls = std::move(in.rolls);
    }

    const Tick end = static_cast<Tick>(grid.steps) * grid.ticksPerStep;
    std::vector<Score> results;
    for (int b = 0; b < B; ++b) {
        Score s = prompt;
        if (s.length == 0) s.length = end;
        if (wantMelody) {
            Track& t = s.ensureTrack(kMelodyTrack);
            t.notes = decodeNotes(melodyRolls[static_cast<std::size_t>(b)], 0, grid.ticksPerStep, 100);
            trimToLength(t.notes, end);
        }
        if (wantAcc) {
            Track& t = s.ensureTrack(kAccompanimentTrack);
            t.notes = decodeNotes(accRolls[static_cast<std::size_t>(b)], 0, grid.ticksPerStep, 80);
            trimToLength(t.notes, end);
        }
        results.push_back(std::move(s));
    }
    return results;
}

std::vector<Score> Generator::regenerate(const Score& current, const InpaintRegion& region,
                                         const GenerationParams& params, const ProgressCallback& progress,
                                         const std::atomic<bool>* cancel) {
    checkGenerationParams(params);
    std::lock_guard lock(impl_->mutex);
    configureRuntime();
    const torch::Device device = resolveDevice(params.device);
    const PieceGrid grid(current);
    const bool melodyTrack = region.track == kMelodyTrack;
    if (!melodyTrack && region.track != kAccompanimentTrack)
        throw Error("can only regenerate the Melody or Accompaniment track, not '" + region.track + "'");
    if (region.end <= region.start)
        throw Error("the region to regenerate is empty: select a time range first");
    const int from = static_cast<int>(std::max<Tick>(0, region.start / grid.ticksPerStep));
    const int to = static_cast<int>(
        std::min<Tick>(grid.steps, (region.end + grid.ticksPerStep - 1) / grid.ticksPerStep));
    const int lowRow = std::max(0, roll::pitchToRow(region.lowPitch));
    const int highRow = std::min(roll::kPitches - 1, roll::pitchToRow(region.highPitch));
    if (to <= from || highRow < lowRow)
        throw Error(
            "the region to regenerate lies outside the piece or the model's pitch range (MIDI 33-96)");

    const int B = std::max(1, params.candidates);
    const auto chroma = chromaPerStep(current.chords, 0, grid.gridSteps, grid.ticksPerStep);
    const PitchClassSet* scale = params.scale ? &*params.scale : nullptr;
    const Track* existing = current.track(region.track);
    const std::vector<Note> noNotes;
    const std::vector<Note>& notes = existing ? existing->notes : noNotes;

    diffusion::PassInputs in;
    in.chroma = chroma;
    in.allowed = allowedPerStep(current.chords, 0, grid.gridSteps, grid.ticksPerStep, scale);
    const Task task = melodyTrack ? Task::Melody : Task::Accompaniment;
    in.rhythm = requestedRhythm(params, task, grid.gridSteps, chroma, shippedRhythmBank());
    in.enforceRhythm = params.rhythmGuidance;
    in.underMelody = params.underMelody;
    in.from = from;
    in.to = to;
    const PianoRoll base = encodeNotes(notes, 0, grid.gridSteps, grid.ticksPerStep);
    PianoRoll unknown(grid.gridSteps);
    for (int s = from; s < to; ++s)
        for (int c = 0; c < 2; ++c)
            for (int p = lowRow; p <= highRow; ++p)
                unknown.at(c, s, p) = 1.0f;
    PianoRoll cleared = base; // the region starts empty, so nothing of the old content leaks in
    for (std::size_t i = 0; i < cleared.cells().size(); ++i)
        if (unknown.cells()[i] > 0.5f) cleared.cells()[i] = 0.0f;
    in.rolls.assign(static_cast<std::size_t>(B), cleared);
    in.unknown.assign(static_cast<std::size_t>(B), unknown);
    if (!melodyTrack) {
        const Track* melody = current.track(kMelodyTrack);
        in.melody.assign(static_cast<std::size_t>(B),
                         encodeNotes(melody ? melody->notes : noNotes, 0, grid.gridSteps, grid.ticksPerStep));
    }
    const int windows = diffusion::windowCount(grid.gridSteps, from, to);
    impl_->pass(melodyTrack ? "melody" : "accompaniment", in, params, device, 1, windows, region.track,
                grid.ticksPerStep, progress, cancel);

    const Tick regionStart = static_cast<Tick>(from) * grid.ticksPerStep;
    const Tick regionEnd = static_cast<Tick>(to) * grid.ticksPerStep;
    auto inRegion = [&](const Note& n) {
        return n.start >= regionStart && n.start < regionEnd && n.pitch >= roll::rowToPitch(lowRow) &&
               n.pitch <= roll::rowToPitch(highRow);
    };
    std::vector<Score> results;
    for (int b = 0; b < B; ++b) {
        Score s = current;
        Track& t = s.ensureTrack(region.track);
        std::vector<Note> merged;
        for (const Note& n : t.notes)
            if (!inRegion(n)) merged.push_back(n);
        for (const Note& n :
             decodeNotes(in.rolls[static_cast<std::size_t>(b)], 0, grid.ticksPerStep, melodyTrack ? 100 : 80))
            if (inRegion(n)) merged.push_back(n.end() > regionEnd ? n.withLength(regionEnd - n.start) : n);
        t.notes = std::move(merged);
        t.sort();
        results.push_back(std::move(s));
    }
    return results;
}

} // namespace fgg

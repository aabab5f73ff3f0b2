#include "model/diffusion/Generator.h"

#include "model/diffusion/IntraOpThreads.h"
#include "model/diffusion/NoiseSchedule.h"
#include "model/diffusion/PassPlan.h"
#include "model/diffusion/Runtime.h"
#include "model/diffusion/TwoStreams.h"
#include "model/nn/Checkpoint.h"
#include "model/nn/InferenceFormat.h"

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
                      (p == Precision::Auto && device.is_cpu() && configureRuntime().bf16Pays());
    f.dtype = bf16 ? torch::kBFloat16 : torch::kFloat;
    return f;
}

} // namespace

struct Generator::Impl {
    ModelFiles files;
    std::mutex mutex; // one generation at a time per Generator
    std::map<std::string, nn::LoadedModel> models;
    std::set<std::pair<Task, int64_t>> warmed; // (task, candidates) that prepare() has run once
    torch::Device loadedOn = torch::kCPU;
    nn::InferenceFormat loadedAs;

    nn::LoadedModel& model(Task t, torch::Device device, const nn::InferenceFormat& format) {
        const std::string task = diffusion::modelName(t);
        if (device != loadedOn || format != loadedAs) {
            models.clear();
            warmed.clear();
            loadedOn = device;
            loadedAs = format;
        }
        auto it = models.find(task);
        if (it != models.end()) return it->second;
        const std::string& path = t == Task::Accompaniment ? files.accompaniment : files.melody;
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

    diffusion::SamplerSettings samplerSettings(Task task, const GenerationParams& params) const {
        diffusion::SamplerSettings s;
        s.guidance = params.guidance;
        s.steps = params.steps;
        s.cfgScale = task == Task::Accompaniment ? params.accompanimentCfgScale : params.cfgScale;
        s.cfgRescale = params.cfgRescale;
        s.line = params.line;
        s.seed = diffusion::passSeed(params.seed, task);
        return s;
    }

    /// The per-step report of a pass whose first window is pass number `passIndex` of `totalPasses`.
    static diffusion::PassStepCallback stepReport(int passIndex, int totalPasses,
                                                  const std::string& trackName, Tick ticksPerStep,
                                                  const ProgressCallback& progress) {
        if (!progress) return {};
        return [=](const diffusion::PassProgress& p, int step, int total, const torch::Tensor& x0) {
            GenerationProgress g;
            g.step = step;
            g.totalSteps = total;
            g.pass = passIndex + p.window - 1;
            g.totalPasses = totalPasses;
            g.track = trackName;
            g.origin = p.origin * ticksPerStep;
            for (int64_t b = 0; b < x0.size(0); ++b)
                g.preview.push_back(decodeNotes(diffusion::tensorToRoll(x0, b), g.origin, ticksPerStep, 90));
            progress(g);
        };
    }

    /// Runs one pass, filling the unknown cells of `in.rolls`.
    void pass(diffusion::PassInputs& in, const GenerationParams& params, torch::Device device, int passIndex,
              int totalPasses, const std::string& trackName, Tick ticksPerStep,
              const ProgressCallback& progress, const std::atomic<bool>* cancel) {
        nn::LoadedModel& m = model(in.task, device, resolveFormat(params.precision, device));
        diffusion::Sampler sampler(m.unet, device);
        diffusion::runWindowedPass(sampler, in, samplerSettings(in.task, params),
                                   stepReport(passIndex, totalPasses, trackName, ticksPerStep, progress),
                                   cancel);
    }

    /// The accompaniment's melody condition: the melody track's notes on the piece's grid.
    static PianoRoll melodyCondition(const Track* melody, const diffusion::PieceGrid& grid) {
        return encodeNotes(melody ? melody->notes : std::vector<Note>{}, 0, grid.gridSteps,
                           grid.ticksPerStep);
    }

    /// Candidate `b`'s track after pass `p` made `made`: its notes in `r` kept as the pass keeps them, the
    /// new ones with velocities: the melody sings over the accompaniment (a higher level), each candidate
    /// with its own jitter.
    static std::vector<Note> passNotes(const Score& r, const diffusion::PassRegion& p, const PianoRoll& made,
                                       const PianoRoll& writable, const diffusion::PieceGrid& grid,
                                       const GenerationParams& params, std::size_t b) {
        VelocityShape shape;
        shape.base = p.task == Task::Melody ? 96 : 78;
        shape.humanise = params.humanise;
        shape.seed = diffusion::passSeed(params.seed, p.task) + 7919u * b;
        const Track* t = r.track(p.track);
        return diffusion::mergePass(t ? t->notes : std::vector<Note>{}, made, writable, p, grid, Meter::of(r),
                                    shape);
    }

    /// Generate's melody and accompaniment as two streams (TwoStreams.h): the same music as one pass after
    /// the other.
    void runTwoStreams(const Score& score, const diffusion::PassRegion& melodyPass,
                       const diffusion::PassRegion& accompanimentPass, const diffusion::PieceGrid& grid,
                       const GenerationParams& params, int totalPasses, const ProgressCallback& progress,
                       const std::atomic<bool>* cancel, std::vector<Score>& results) {
        const torch::Device device = torch::kCPU;
        const nn::InferenceFormat format = resolveFormat(params.precision, device);
        // Both models loaded here, before the second stream starts (model() is not for two threads).
        diffusion::Sampler melodySampler(model(Task::Melody, device, format).unet, device);
        diffusion::Sampler accompanimentSampler(model(Task::Accompaniment, device, format).unet, device);
        const int B = static_cast<int>(results.size());
        diffusion::PassInputs melody = diffusion::buildPassInputs(score, params, melodyPass, grid, B, {});
        const PianoRoll melodyWritable = melody.unknown.front();
        std::vector<PianoRoll> noMelodyYet(results.size(), PianoRoll(grid.gridSteps));
        diffusion::PassInputs accompaniment =
            diffusion::buildPassInputs(score, params, accompanimentPass, grid, B, noMelodyYet);
        const PianoRoll accompanimentWritable = accompaniment.unknown.front();
        const auto melodySoFar = [&](std::size_t b) {
            return passNotes(results[b], melodyPass, melody.rolls[b], melodyWritable, grid, params, b);
        };
        const int melodyWindows = diffusion::windowCount(grid.gridSteps, melodyPass.from, melodyPass.to);
        diffusion::runTwoStreams(
            {&melodySampler, &melody, samplerSettings(Task::Melody, params),
             stepReport(1, totalPasses, melodyPass.track, grid.ticksPerStep, progress)},
            {&accompanimentSampler, &accompaniment, samplerSettings(Task::Accompaniment, params),
             stepReport(1 + melodyWindows, totalPasses, accompanimentPass.track, grid.ticksPerStep,
                        progress)},
            [&] {
                // Decoded and encoded again, exactly as the melody track the accompaniment pass reads when
                // the passes run one after the other.
                for (std::size_t b = 0; b < results.size(); ++b) {
                    Track t;
                    t.notes = melodySoFar(b);
                    accompaniment.melody[b] = melodyCondition(&t, grid);
                }
            },
            configureRuntime().threads, cancel);
        for (std::size_t b = 0; b < results.size(); ++b) {
            results[b].ensureTrack(melodyPass.track).notes = melodySoFar(b);
            results[b].ensureTrack(accompanimentPass.track).notes =
                passNotes(results[b], accompanimentPass, accompaniment.rolls[b], accompanimentWritable, grid,
                          params, b);
        }
    }

    /// Generate and Regenerate: every pass in order, each candidate's accompaniment over its own melody.
    std::vector<Score> run(const Score& score, const std::vector<diffusion::PassRegion>& passes,
                           const diffusion::PieceGrid& grid, const GenerationParams& params,
                           const ProgressCallback& progress, const std::atomic<bool>* cancel) {
        const torch::Device device = resolveDevice(params.device);
        const int B = std::max(1, params.candidates);
        int totalPasses = 0;
        for (const diffusion::PassRegion& p : passes)
            totalPasses += diffusion::windowCount(grid.gridSteps, p.from, p.to);
        std::vector<Score> results(static_cast<std::size_t>(B), score);
        for (Score& r : results)
            if (r.length == 0) r.length = grid.endTick();
        if (passes.size() == 2 && device.is_cpu() &&
            diffusion::twoStreamsApply(passes[0], passes[1], grid.gridSteps, configureRuntime().threads)) {
            runTwoStreams(score, passes[0], passes[1], grid, params, totalPasses, progress, cancel, results);
            return results;
        }
        int passIndex = 1;
        for (const diffusion::PassRegion& p : passes) {
            std::vector<PianoRoll> melody;
            if (p.task == Task::Accompaniment)
                for (const Score& r : results)
                    melody.push_back(melodyCondition(r.track(kMelodyTrack), grid));
            diffusion::PassInputs in = diffusion::buildPassInputs(score, params, p, grid, B, melody);
            const PianoRoll writable = in.unknown.front(); // the pass clears in.unknown as it writes
            pass(in, params, device, passIndex, totalPasses, p.track, grid.ticksPerStep, progress, cancel);
            passIndex += diffusion::windowCount(grid.gridSteps, p.from, p.to);
            for (std::size_t b = 0; b < results.size(); ++b)
                results[b].ensureTrack(p.track).notes =
                    passNotes(results[b], p, in.rolls[b], writable, grid, params, b);
        }
        return results;
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
                    : "CPU (" + std::to_string(rt.threads) + " threads, " +
                          (rt.kernels.empty() ? "" : rt.kernels + ", ") + rt.blas + ", " + arithmetic + ")";
    info.blasWarning = info.cuda ? "" : rt.blasWarning;
    return info;
}

void Generator::prepare(const GenerationParams& params) {
    std::lock_guard lock(impl_->mutex);
    configureRuntime();
    const torch::Device device = resolveDevice(params.device);
    const nn::InferenceFormat format = resolveFormat(params.precision, device);
    const int64_t candidates = std::max(1, params.candidates);
    torch::InferenceMode guard;
    // Warmed through the sampler's own guided epsilon, so the shapes and thread counts are Generate's: a
    // window alone (CFG's halves side by side where there are two threads) and, for two streams
    // (TwoStreams.h), a window on one thread: oneDNN makes kernels per thread count and batch.
    const int threads = configureRuntime().threads;
    const bool twoStreams = device.is_cpu() && threads >= 2 && intraOpThreadsArePerThread();
    for (Task task : {Task::Melody, Task::Accompaniment}) {
        nn::LoadedModel& m = impl_->model(task, device, format);
        if (!impl_->warmed.emplace(task, candidates).second) continue;
        diffusion::Sampler sampler(m.unet, device);
        const auto zeros = [&](int64_t channels) {
            return torch::zeros({candidates, channels, roll::kWindowSteps, roll::kPitches},
                                torch::dtype(torch::kFloat).device(device));
        };
        const torch::Tensor x = zeros(2); // onset and sustain; the conditions fill the network's other inputs
        diffusion::SamplerInputs in;
        in.cond = zeros(m.unet->config().inChannels - 2);
        in.nullCond = in.cond;
        const diffusion::SamplerSettings settings; // CFG on, as Generate runs it
        sampler.guidedEpsilon(x, NoiseSchedule::kSteps - 1, in, settings);
        if (!twoStreams) continue;
        const IntraOpThreadsScope oneThread(1, threads); // a window beside the other stream's
        sampler.guidedEpsilon(x, NoiseSchedule::kSteps - 1, in, settings);
    }
}

std::vector<Score> Generator::generate(const Score& prompt, const GenerationParams& params,
                                       const ProgressCallback& progress, const std::atomic<bool>* cancel) {
    checkGenerationParams(params);
    std::lock_guard lock(impl_->mutex);
    configureRuntime();
    const diffusion::PieceGrid grid(prompt);
    if (params.task == Task::Accompaniment) {
        const Track* melody = prompt.track(kMelodyTrack);
        if (!melody || melody->empty())
            throw Error("the accompaniment task needs a melody: draw or import one in the Melody track, or "
                        "choose the task 'both'");
    }
    return impl_->run(prompt, diffusion::wholePiecePasses(params.task, grid), grid, params, progress, cancel);
}

std::vector<Score> Generator::continueMelody(const Score& prompt, Tick from, const GenerationParams& params,
                                             const ProgressCallback& progress,
                                             const std::atomic<bool>* cancel) {
    checkGenerationParams(params);
    std::lock_guard lock(impl_->mutex);
    configureRuntime();
    const diffusion::PieceGrid grid(prompt);
    const InpaintRegion rest{kMelodyTrack, from, grid.endTick()};
    std::vector<diffusion::PassRegion> passes{diffusion::regionPass(rest, grid)};
    if (params.task == Task::Both)
        passes.push_back(diffusion::wholePiecePasses(Task::Accompaniment, grid).front());
    return impl_->run(prompt, passes, grid, params, progress, cancel);
}

std::vector<Score> Generator::regenerate(const Score& current, const InpaintRegion& region,
                                         const GenerationParams& params, const ProgressCallback& progress,
                                         const std::atomic<bool>* cancel) {
    checkGenerationParams(params);
    std::lock_guard lock(impl_->mutex);
    configureRuntime();
    const diffusion::PieceGrid grid(current);
    return impl_->run(current, {diffusion::regionPass(region, grid)}, grid, params, progress, cancel);
}

} // namespace fgg

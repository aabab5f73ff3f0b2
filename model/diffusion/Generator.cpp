#include "model/diffusion/Generator.h"

#include "model/diffusion/NoiseSchedule.h"
#include "model/diffusion/PassPlan.h"
#include "model/diffusion/Runtime.h"
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
    std::set<std::pair<Task, int64_t>> warmed; // (task, batch) that prepare() has run once
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

    /// Runs one pass, filling the unknown cells of `in.rolls`.
    void pass(diffusion::PassInputs& in, const GenerationParams& params, torch::Device device, int passIndex,
              int totalPasses, const std::string& trackName, Tick ticksPerStep,
              const ProgressCallback& progress, const std::atomic<bool>* cancel) {
        nn::LoadedModel& m = model(in.task, device, resolveFormat(params.precision, device));
        diffusion::Sampler sampler(m.unet, device);
        diffusion::SamplerSettings s;
        s.guidance = params.guidance;
        s.steps = params.steps;
        s.cfgScale = in.task == Task::Accompaniment ? params.accompanimentCfgScale : params.cfgScale;
        s.cfgRescale = params.cfgRescale;
        s.line = params.line;
        s.seed = diffusion::passSeed(params.seed, in.task);
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
                    g.preview.push_back(
                        decodeNotes(diffusion::tensorToRoll(x0, b), g.origin, ticksPerStep, 90));
                progress(g);
            },
            cancel);
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
        int passIndex = 1;
        for (const diffusion::PassRegion& p : passes) {
            std::vector<PianoRoll> melody;
            if (p.task == Task::Accompaniment)
                for (const Score& r : results) {
                    const Track* t = r.track(kMelodyTrack);
                    melody.push_back(encodeNotes(t ? t->notes : std::vector<Note>{}, 0, grid.gridSteps,
                                                 grid.ticksPerStep));
                }
            diffusion::PassInputs in = diffusion::buildPassInputs(score, params, p, grid, B, melody);
            const PianoRoll writable = in.unknown.front(); // the pass clears in.unknown as it writes
            pass(in, params, device, passIndex, totalPasses, p.track, grid.ticksPerStep, progress, cancel);
            passIndex += diffusion::windowCount(grid.gridSteps, p.from, p.to);
            // The melody sings over the accompaniment: a higher level; each candidate its own jitter.
            VelocityShape shape;
            shape.base = p.task == Task::Melody ? 96 : 78;
            shape.humanise = params.humanise;
            for (std::size_t b = 0; b < results.size(); ++b) {
                shape.seed = diffusion::passSeed(params.seed, p.task) + 7919u * b;
                Track& t = results[b].ensureTrack(p.track);
                t.notes =
                    diffusion::mergePass(t.notes, in.rolls[b], writable, p, grid, Meter::of(score), shape);
            }
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
    for (Task task : {Task::Melody, Task::Accompaniment}) {
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

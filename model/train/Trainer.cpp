#include "model/data/DatasetCache.h"
#include "model/data/Pop909.h"
#include "model/diffusion/NoiseSchedule.h"
#include "model/diffusion/Runtime.h"
#include "model/music/AtomicFile.h"
#include "model/music/Error.h"
#include "model/nn/Checkpoint.h"
#include "model/train/TrainOptions.h"
#include "model/train/TrainingExamples.h"

#include <ATen/autocast_mode.h>
#include <chrono>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fgg {
namespace {

using Clock = std::chrono::steady_clock;

torch::Device trainingDevice(const std::string& name) {
    if (name == "cpu") return torch::kCPU;
    if (name == "cuda") {
        if (!torch::cuda::is_available())
            throw Error("--device cuda was requested, but this LibTorch has no CUDA or no GPU is visible");
        return torch::kCUDA;
    }
    if (name != "auto") throw Error("unknown device '" + name + "' (auto, cpu or cuda)");
    return torch::cuda::is_available() ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
}

std::vector<QuantisedSong> loadSongs(const TrainOptions& o) {
    namespace fs = std::filesystem;
    if (!o.cachePath.empty() && fs::exists(o.cachePath)) return readDatasetCache(o.cachePath);
    if (o.pop909Dir.empty()) throw Error("give --pop909 DIR (or --cache FILE made by `fgg data`)");
    Pop909Report report;
    std::vector<QuantisedSong> songs = loadPop909(o.pop909Dir, report);
    if (!o.cachePath.empty()) writeDatasetCache(o.cachePath, songs);
    return songs;
}

/// Guards autocast for one region (bf16 on CPU or CUDA).
struct AutocastScope {
    AutocastScope(bool on, torch::Device d) {
        at::autocast::set_autocast_cpu_dtype(at::kBFloat16);
        at::autocast::set_autocast_gpu_dtype(at::kBFloat16);
        at::autocast::set_cpu_enabled(on && d.is_cpu());
        at::autocast::set_enabled(on && d.is_cuda());
    }
    ~AutocastScope() {
        at::autocast::set_cpu_enabled(false);
        at::autocast::set_enabled(false);
        at::autocast::clear_cache();
    }
};

/// One diffusion training loss (fgg-method 4.2): t ~ U{0..999}, x_t = sqrt(ab) x0 + sqrt(1-ab) eps, MSE on
/// eps.
torch::Tensor diffusionLoss(nn::UNet& unet, const torch::Tensor& alphaBar, const torch::Tensor& x0,
                            const torch::Tensor& cond, const torch::Tensor& t, const torch::Tensor& eps,
                            bool bf16) {
    const auto ab = alphaBar.index_select(0, t).view({-1, 1, 1, 1});
    const auto xt = ab.sqrt() * x0 + (1 - ab).sqrt() * eps;
    torch::Tensor pred;
    {
        AutocastScope autocast(bf16, x0.device());
        pred = unet->forward(torch::cat({xt, cond}, 1), t);
    }
    return torch::mse_loss(pred.to(torch::kFloat), eps);
}

struct TrainState {
    long long step = 0;
    long long samples = 0;
    double elapsed = 0;
};

std::string statePath(const TrainOptions& o) {
    return o.out + ".train";
}

void saveState(const TrainOptions& o, nn::UNet& unet, nn::UNet& ema, torch::optim::Adam& opt,
               const TrainState& st) {
    torch::serialize::OutputArchive archive;
    archive.write("step", torch::tensor(static_cast<int64_t>(st.step)));
    archive.write("samples", torch::tensor(static_cast<int64_t>(st.samples)));
    archive.write("elapsed", torch::tensor(st.elapsed, torch::kDouble));
    torch::serialize::OutputArchive model, emaArchive, optimiser;
    for (const auto& p : unet->named_parameters())
        model.write(p.key(), p.value());
    for (const auto& p : ema->named_parameters())
        emaArchive.write(p.key(), p.value());
    opt.save(optimiser);
    archive.write("model", model);
    archive.write("ema", emaArchive);
    archive.write("optimizer", optimiser);
    std::ostringstream bytes;
    archive.save_to(bytes);
    writeFileAtomically(statePath(o), bytes.str());
}

TrainState loadState(const TrainOptions& o, nn::UNet& unet, nn::UNet& ema, torch::optim::Adam& opt) {
    torch::serialize::InputArchive archive;
    try {
        archive.load_from(statePath(o));
    } catch (const c10::Error& e) {
        throw Error("cannot resume from " + statePath(o) + ": the training state is missing or damaged (" +
                    std::string(e.what_without_backtrace()).substr(0, 200) + ")");
    }
    TrainState st;
    // A fresh tensor per read: InputArchive::read reuses a defined tensor's type.
    auto scalar = [&](const char* key) {
        torch::Tensor t;
        archive.read(key, t);
        return t;
    };
    st.step = scalar("step").item<int64_t>();
    st.samples = scalar("samples").item<int64_t>();
    st.elapsed = scalar("elapsed").item<double>();
    if (!(st.elapsed >= 0 && st.elapsed < 1e9)) st.elapsed = 0; // states written before this fix held garbage
    torch::serialize::InputArchive model, emaArchive, optimiser;
    archive.read("model", model);
    archive.read("ema", emaArchive);
    archive.read("optimizer", optimiser);
    torch::NoGradGuard ng;
    try {
        for (auto& p : unet->named_parameters())
            model.read(p.key(), p.value());
        for (auto& p : ema->named_parameters())
            emaArchive.read(p.key(), p.value());
    } catch (const c10::Error&) {
        throw Error(statePath(o) + " holds a different model (preset or task) than --preset " + o.preset +
                    " --task " + o.task);
    }
    opt.load(optimiser);
    return st;
}

} // namespace

void trainModel(const TrainOptions& o, const std::function<void(const TrainProgress&)>& onProgress,
                const std::atomic<bool>* stop) {
    if (o.out.empty()) throw Error("give --out CHECKPOINT.fggm");
    if (o.batch < 1 || o.steps < 1) throw Error("--batch and --steps must be positive");
    configureRuntime(o.threads);
    const torch::Device device = trainingDevice(o.device);
    if (auto dir = std::filesystem::path(o.out).parent_path(); !dir.empty())
        std::filesystem::create_directories(dir);

    std::vector<QuantisedSong> all = loadSongs(o);
    std::vector<QuantisedSong> trainSongs, validSongs;
    for (QuantisedSong& s : all)
        (isValidationSong(s.id) ? validSongs : trainSongs).push_back(std::move(s));
    const train::TrainingExamples trainSet(std::move(trainSongs), o.task, o.dropProbability);
    const train::TrainingExamples validSet(std::move(validSongs), o.task, 0.0);
    // Validation: fixed windows, timesteps and noise, so the figure is comparable across runs and resumes.
    const train::ExampleBatch valid = validSet.windows(o.validWindows);
    auto vgen = at::make_generator<at::CPUGeneratorImpl>(12345);
    const auto validT = torch::randint(0, NoiseSchedule::kSteps, {valid.target.size(0)}, vgen, torch::kLong);
    const auto validEps = torch::randn(valid.target.sizes(), vgen, torch::kFloat);

    const NoiseSchedule schedule;
    const torch::Tensor alphaBar = torch::tensor(schedule.alphaBars()).to(device);
    const UNetConfig config = unetPreset(o.preset, inputChannelsForTask(o.task));
    torch::manual_seed(o.seed);
    nn::UNet unet(config), ema(config);
    unet->to(device);
    ema->to(device);
    {
        torch::NoGradGuard ng;
        auto src = unet->parameters();
        auto dst = ema->parameters();
        for (std::size_t i = 0; i < src.size(); ++i)
            dst[i].copy_(src[i]);
    }
    torch::optim::Adam opt(unet->parameters(), torch::optim::AdamOptions(o.learningRate));
    TrainState st;
    if (o.resume && std::filesystem::exists(statePath(o)))
        st = loadState(o, unet, ema, opt);
    else if (o.resume)
        std::fprintf(stderr, "fgg train: no training state at %s: starting from step 0\n",
                     statePath(o).c_str());

    const std::string csvPath = o.out + ".csv";
    const bool newCsv = !std::filesystem::exists(csvPath) || !o.resume;
    std::ofstream csv(csvPath, newCsv ? std::ios::trunc : std::ios::app);
    if (newCsv) csv << "step,samples,loss,valid_loss,samples_per_s,elapsed_s,lr\n";

    auto validate = [&]() {
        torch::NoGradGuard ng;
        ema->eval();
        double sum = 0;
        const int64_t N = valid.target.size(0);
        for (int64_t i = 0; i < N; i += 32) {
            const int64_t n = std::min<int64_t>(32, N - i);
            sum +=
                diffusionLoss(ema, alphaBar, valid.target.narrow(0, i, n).to(device),
                              valid.conditions.narrow(0, i, n).to(device), validT.narrow(0, i, n).to(device),
                              validEps.narrow(0, i, n).to(device), o.bf16)
                    .item<double>() *
                double(n);
        }
        ema->train();
        return N ? sum / double(N) : 0.0;
    };
    double lastValid = -1;
    auto writeCheckpoint = [&](double loss) {
        CheckpointInfo info;
        info.task = o.task;
        info.training["steps"] = std::to_string(st.step);
        info.training["samples"] = std::to_string(st.samples);
        info.training["batch"] = std::to_string(o.batch);
        info.training["learning_rate"] = std::to_string(o.learningRate);
        info.training["ema_decay"] = std::to_string(o.emaDecay);
        info.training["loss"] = std::to_string(loss);
        if (lastValid >= 0) info.training["valid_loss"] = std::to_string(lastValid);
        info.training["data"] = "POP909 (MIT), 4/4 songs, validation = ~5% of songs by id hash";
        info.training["train_songs"] = std::to_string(trainSet.songCount());
        info.training["valid_songs"] = std::to_string(validSet.songCount());
        info.training["hours"] = std::to_string(st.elapsed / 3600.0);
        nn::saveCheckpoint(o.out, o.emaDecay > 0 ? ema : unet, info);
        saveState(o, unet, ema, opt, st);
    };

    unet->train();
    std::deque<double> recent;
    auto lastCheckpoint = Clock::now();
    auto windowStart = Clock::now();
    long long windowSamples = 0;
    double meanLoss = 0;
    while (st.step < o.steps && !(stop && stop->load())) {
        const auto stepStart = Clock::now();
        // Every step's randomness derives from (seed, step): a resumed run continues the same data order.
        std::mt19937_64 rng(o.seed * 0x9E3779B97F4A7C15ull + static_cast<std::uint64_t>(st.step));
        const train::ExampleBatch batch = trainSet.sample(o.batch, rng);
        auto gen = at::make_generator<at::CPUGeneratorImpl>(rng());
        const auto t = torch::randint(0, NoiseSchedule::kSteps, {o.batch}, gen, torch::kLong).to(device);
        const auto eps = torch::randn(batch.target.sizes(), gen, torch::kFloat).to(device);

        const double lr = o.learningRate * std::min(1.0, double(st.step + 1) / std::max(1, o.warmupSteps));
        for (auto& group : opt.param_groups())
            static_cast<torch::optim::AdamOptions&>(group.options()).lr(lr);
        opt.zero_grad();
        torch::Tensor loss = diffusionLoss(unet, alphaBar, batch.target.to(device),
                                           batch.conditions.to(device), t, eps, o.bf16);
        loss.backward();
        torch::nn::utils::clip_grad_norm_(unet->parameters(), o.gradClip);
        opt.step();
        if (o.emaDecay > 0) {
            torch::NoGradGuard ng;
            // Warm-up of the EMA decay so early weights do not dominate (as in common EMA practice).
            const double d = std::min(o.emaDecay, (1.0 + double(st.step)) / (10.0 + double(st.step)));
            auto src = unet->parameters();
            auto dst = ema->parameters();
            for (std::size_t i = 0; i < src.size(); ++i)
                dst[i].mul_(d).add_(src[i].detach(), 1.0 - d);
        }
        ++st.step;
        st.samples += o.batch;
        windowSamples += o.batch;
        st.elapsed += std::chrono::duration<double>(Clock::now() - stepStart).count();
        recent.push_back(loss.item<double>());
        if (recent.size() > 50) recent.pop_front();
        meanLoss = 0;
        for (double v : recent)
            meanLoss += v;
        meanLoss /= double(recent.size());

        TrainProgress p;
        p.step = st.step;
        p.totalSteps = o.steps;
        p.loss = meanLoss;
        const double windowSeconds = std::chrono::duration<double>(Clock::now() - windowStart).count();
        p.samplesPerSecond = windowSeconds > 0 ? double(windowSamples) / windowSeconds : 0;
        p.etaSeconds = p.samplesPerSecond > 0 ? double(o.steps - st.step) * o.batch / p.samplesPerSecond : 0;
        if (st.step % o.validEvery == 0 || st.step == o.steps) p.validLoss = lastValid = validate();
        if (std::chrono::duration<double>(Clock::now() - lastCheckpoint).count() >
            60.0 * o.checkpointMinutes) {
            writeCheckpoint(meanLoss);
            lastCheckpoint = Clock::now();
            p.checkpointWritten = true;
        }
        if (st.step % 10 == 0 || p.validLoss || p.checkpointWritten) {
            csv << st.step << "," << st.samples << "," << meanLoss << ","
                << (p.validLoss ? std::to_string(*p.validLoss) : "") << "," << p.samplesPerSecond << ","
                << st.elapsed << "," << lr << "\n";
            csv.flush();
        }
        if (windowSeconds > 60) { // a sliding measurement of throughput
            windowStart = Clock::now();
            windowSamples = 0;
        }
        if (onProgress) onProgress(p);
    }
    writeCheckpoint(meanLoss);
    TrainProgress done;
    done.step = st.step;
    done.totalSteps = o.steps;
    done.loss = meanLoss;
    done.checkpointWritten = true;
    if (onProgress) onProgress(done);
}

double measureTrainingThroughput(const std::string& preset, const std::string& task, int batch, bool bf16,
                                 int steps) {
    configureRuntime();
    const UNetConfig config = unetPreset(preset, inputChannelsForTask(task));
    nn::UNet unet(config);
    torch::optim::Adam opt(unet->parameters(), torch::optim::AdamOptions(1e-4));
    const NoiseSchedule schedule;
    const torch::Tensor alphaBar = torch::tensor(schedule.alphaBars());
    const auto x0 = (torch::rand({batch, 2, 64, 64}) > 0.97).to(torch::kFloat);
    const auto cond = torch::rand({batch, config.inChannels - 2, 64, 64});
    auto step = [&] {
        const auto t = torch::randint(0, 1000, {batch}, torch::kLong);
        opt.zero_grad();
        auto loss = diffusionLoss(unet, alphaBar, x0, cond, t, torch::randn_like(x0), bf16);
        loss.backward();
        torch::nn::utils::clip_grad_norm_(unet->parameters(), 10.0);
        opt.step();
    };
    step(); // warm-up: allocator and oneDNN primitive caches
    const auto start = Clock::now();
    for (int i = 0; i < steps; ++i)
        step();
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    return double(batch) * steps / seconds;
}

} // namespace fgg

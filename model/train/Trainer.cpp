#include "model/data/DatasetCache.h"
#include "model/data/Pop909.h"
#include "model/diffusion/NoiseSchedule.h"
#include "model/diffusion/Runtime.h"
#include "model/music/AtomicFile.h"
#include "model/music/Error.h"
#include "model/nn/Checkpoint.h"
#include "model/train/DiffusionLoss.h"
#include "model/train/DistributedContext.h"
#include "model/train/GradientAllReduce.h"
#include "model/train/GradientClip.h"
#include "model/train/ShardedSampler.h"
#include "model/train/StepTrace.h"
#include "model/train/TrainOptions.h"
#include "model/train/TrainState.h"
#include "model/train/TrainingExamples.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fgg {
namespace {

using Clock = std::chrono::steady_clock;
using train::CollectiveError;
using train::DistributedContext;

/// The training device. In a group every rank takes its own GPU: rank r uses GPU r mod (GPUs here), which
/// numbers ranks machine by machine; `cuda:K` chooses one explicitly.
torch::Device trainingDevice(const std::string& name, const DistributedOptions& group) {
    if (name == "cpu") return torch::kCPU;
    const bool cudaAsked = name == "cuda" || name.rfind("cuda:", 0) == 0;
    if (!cudaAsked && name != "auto")
        throw Error("unknown device '" + name + "' (auto, cpu, cuda or cuda:K)");
    if (!torch::cuda::is_available()) {
        if (cudaAsked)
            throw Error("--device " + name +
                        " was requested, but this LibTorch has no CUDA or no GPU is visible");
        return torch::kCPU;
    }
    const auto gpus = static_cast<int>(torch::cuda::device_count());
    int index = group.worldSize > 1 ? group.rank % gpus : 0;
    if (name.rfind("cuda:", 0) == 0) {
        index = std::atoi(name.c_str() + 5);
        if (index < 0 || index >= gpus)
            throw Error("--device " + name + ": this machine has GPUs 0 .. " + std::to_string(gpus - 1));
    }
    return torch::Device(torch::kCUDA, static_cast<c10::DeviceIndex>(index));
}

/// Songs from the cache (or POP909). Only `writeCache` ranks write a missing cache: ranks sharing a folder
/// would otherwise race to write the same file.
std::vector<QuantisedSong> loadSongs(const TrainOptions& o, bool writeCache) {
    namespace fs = std::filesystem;
    if (!o.cachePath.empty() && fs::exists(o.cachePath)) return readDatasetCache(o.cachePath);
    if (o.pop909Dir.empty()) throw Error("give --pop909 DIR (or --cache FILE made by `fgg data`)");
    Pop909Report report;
    std::vector<QuantisedSong> songs = loadPop909(o.pop909Dir, report);
    if (!o.cachePath.empty() && writeCache) writeDatasetCache(o.cachePath, songs);
    return songs;
}

std::string statePath(const TrainOptions& o) {
    return o.statePath.empty() ? o.out + ".train" : o.statePath;
}

/// The training state is gone but the weights are not (the state is never committed): continue from the
/// checkpoint's weights, the same in the model and its EMA, with a fresh optimiser. The step count carries
/// on, so the learning-rate warm-up and the data order continue where the checkpoint was written.
train::TrainState resumeFromWeights(const TrainOptions& o, const UNetConfig& config, nn::UNet& unet,
                                    nn::UNet& ema) {
    nn::LoadedModel saved = nn::loadCheckpoint(o.out);
    if (saved.info.task != o.task || !(saved.unet->config() == config))
        throw Error(o.out + " holds a " + saved.info.config.preset + " " + saved.info.task +
                    " model, not the --preset " + o.preset + " --task " + o.task +
                    " one asked for: choose another --out");
    auto recorded = [&](const char* key) {
        const auto it = saved.info.training.find(key);
        if (it == saved.info.training.end()) return 0.0;
        try {
            return std::stod(it->second);
        } catch (const std::exception&) {
            throw FileFormatError(o.out + ": its training record '" + key + "' is not a number ('" +
                                  it->second + "')");
        }
    };
    train::TrainState st;
    st.step = static_cast<long long>(recorded("steps"));
    st.samples = static_cast<long long>(recorded("samples"));
    st.elapsed = recorded("hours") * 3600.0;
    auto from = saved.unet->parameters();
    auto toModel = unet->parameters(), toEma = ema->parameters();
    for (std::size_t i = 0; i < from.size(); ++i) {
        toModel[i].copy_(from[i]);
        toEma[i].copy_(from[i]);
    }
    return st;
}

/// What every rank must agree on, as "key=value;...": options that shape the computation and the data.
std::string runDescription(const TrainOptions& o, const train::TrainingExamples& trainSet,
                           const train::TrainingExamples& validSet) {
    std::ostringstream s;
    s.precision(17);
    s << "task=" << o.task << ";preset=" << o.preset << ";batch=" << o.batch << ";steps=" << o.steps
      << ";lr=" << o.learningRate << ";warmup=" << o.warmupSteps << ";clip=" << o.gradClip
      << ";drop=" << o.dropProbability << ";ema=" << o.emaDecay << ";bf16=" << o.bf16 << ";seed=" << o.seed
      << ";valid-every=" << o.validEvery << ";valid-windows=" << o.validWindows
      << ";train-songs=" << trainSet.songCount() << ";train-windows=" << trainSet.windowStartCount()
      << ";valid-songs=" << validSet.songCount() << ";valid-windows-found=" << validSet.windowCount();
    return s.str();
}

std::string stepName(const char* what, long long step) {
    return std::string(what) + " of step " + std::to_string(step);
}

void checkOptions(const TrainOptions& o) {
    if (o.out.empty()) throw Error("give --out CHECKPOINT.fggm");
    if (o.batch < 1 || o.steps < 1) throw Error("--batch and --steps must be positive");
    if (o.store != "fp32" && o.store != "fp16" && o.store != "bf16")
        throw Error("--store must be fp32, fp16 or bf16, got '" + o.store + "'");
    const DistributedOptions& d = o.distributed;
    if (d.worldSize < 1) throw Error("--world-size must be 1 or more");
    if (d.rank < 0 || d.rank >= d.worldSize)
        throw Error("--rank " + std::to_string(d.rank) + " is outside --world-size " +
                    std::to_string(d.worldSize) + " (ranks are 0 .. world size - 1)");
    if (o.batch % d.worldSize != 0)
        throw Error("--batch " + std::to_string(o.batch) +
                    " is the global batch and must split evenly over " + std::to_string(d.worldSize) +
                    " ranks: choose a multiple of " + std::to_string(d.worldSize));
}

} // namespace

void trainModel(const TrainOptions& o, const std::function<void(const TrainProgress&)>& onProgress,
                const std::atomic<bool>* stop) {
    checkOptions(o);
    const int rank = o.distributed.rank, worldSize = o.distributed.worldSize;
    const bool leader = rank == 0; // writes checkpoints, the loss log and the dataset cache
    configureRuntime(o.threads);
    const torch::Device device = trainingDevice(o.device, o.distributed);
    for (const std::string& file : {o.out, statePath(o)})
        if (auto dir = std::filesystem::path(file).parent_path(); leader && !dir.empty())
            std::filesystem::create_directories(dir);

    std::vector<QuantisedSong> all = loadSongs(o, leader);
    std::vector<QuantisedSong> trainSongs, validSongs;
    for (QuantisedSong& s : all)
        (isValidationSong(s.id) ? validSongs : trainSongs).push_back(std::move(s));
    const train::TrainingExamples trainSet(std::move(trainSongs), o.task, o.dropProbability);
    const train::TrainingExamples validSet(std::move(validSongs), o.task, 0.0);

    std::unique_ptr<DistributedContext> group;
    if (worldSize > 1) {
        group = std::make_unique<DistributedContext>(o.distributed, device);
        group->checkSameEverywhere(runDescription(o, trainSet, validSet), "the check of the ranks' options");
    }

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
    torch::optim::Adam opt(unet->parameters(), torch::optim::AdamOptions(o.learningRate));

    // Rank 0 reads the state and sends it to the others: other machines need no copy of the checkpoint.
    std::string stateBytes;
    const bool haveState = leader && o.resume && std::filesystem::exists(statePath(o));
    const bool haveWeights = o.resume && !haveState && std::filesystem::exists(o.out);
    if (haveState) {
        const std::vector<std::uint8_t> bytes = readFileBytes(statePath(o));
        stateBytes.assign(bytes.begin(), bytes.end());
    } else if (leader && haveWeights) {
        std::fprintf(stderr,
                     "fgg train: no training state at %s: continuing from the weights in %s with a fresh "
                     "optimiser\n",
                     statePath(o).c_str(), o.out.c_str());
    } else if (leader && o.resume) {
        std::fprintf(stderr,
                     "fgg train: no training state at %s and no checkpoint at %s: starting from step 0\n",
                     statePath(o).c_str(), o.out.c_str());
    }
    if (group) stateBytes = group->broadcastBytes(stateBytes, "sending the training state");
    train::TrainState st;
    {
        torch::NoGradGuard ng;
        if (!stateBytes.empty()) {
            st = train::restoreTrainState(stateBytes, statePath(o),
                                          "--preset " + o.preset + " --task " + o.task, unet, ema, opt);
        } else if (haveWeights) {
            // Every rank reads the checkpoint itself (they share the folder when they share the state).
            st = resumeFromWeights(o, config, unet, ema);
        } else {
            // A fresh run: every rank starts from rank 0's initial weights, whatever its RNG did.
            if (group)
                for (auto& p : unet->parameters())
                    group->broadcast(p, "sending the initial weights");
            auto src = unet->parameters();
            auto dst = ema->parameters();
            for (std::size_t i = 0; i < src.size(); ++i)
                dst[i].copy_(src[i]);
        }
    }
    stateBytes.clear();
    stateBytes.shrink_to_fit();
    st.worldSize = worldSize;
    train::ShardedSampler sampler(trainSet, st.dataOrder, o.seed, o.batch, worldSize, rank);
    std::unique_ptr<train::GradientAllReduce> allReduce;
    if (group) allReduce = std::make_unique<train::GradientAllReduce>(unet->parameters(), *group);
    train::StepTrace trace(o.stepTrace);

    // The loss log lives beside the training state (outside git when the state is).
    std::string csvPath = statePath(o);
    if (csvPath.size() > 6 && csvPath.ends_with(".train")) csvPath.resize(csvPath.size() - 6);
    csvPath += ".csv";
    std::ofstream csv;
    if (leader) {
        const bool newCsv = !std::filesystem::exists(csvPath) || !o.resume;
        csv.open(csvPath, newCsv ? std::ios::trunc : std::ios::app);
        if (newCsv) csv << "step,samples,loss,valid_loss,samples_per_s,elapsed_s,lr\n";
    }

    auto validate = [&]() {
        torch::NoGradGuard ng;
        ema->eval();
        // Each rank scores its share of the windows; the sums meet in one all-reduce.
        const int64_t N = valid.target.size(0);
        const int64_t first = N * rank / worldSize, last = N * (rank + 1) / worldSize;
        double sum = 0;
        for (int64_t i = first; i < last; i += 32) {
            const int64_t n = std::min<int64_t>(32, last - i);
            sum += train::diffusionLoss(ema, alphaBar, valid.target.narrow(0, i, n).to(device),
                                        valid.conditions.narrow(0, i, n).to(device),
                                        validT.narrow(0, i, n).to(device),
                                        validEps.narrow(0, i, n).to(device), o.bf16)
                       .item<double>() *
                   double(n);
        }
        if (group) {
            const torch::Tensor total = torch::tensor({sum}, torch::kDouble).to(group->commDevice());
            group->sum(total, stepName("the validation", st.step));
            sum = total.cpu().item<double>();
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
        if (worldSize > 1) info.training["ranks"] = std::to_string(worldSize);
        info.training["data"] = "POP909 (MIT), 4/4 songs, validation = ~5% of songs by id hash";
        info.training["train_songs"] = std::to_string(trainSet.songCount());
        info.training["valid_songs"] = std::to_string(validSet.songCount());
        info.training["hours"] = std::to_string(st.elapsed / 3600.0);
        nn::saveCheckpoint(o.out, o.emaDecay > 0 ? ema : unet, info, nn::parseWeightStorage(o.store));
        writeFileAtomically(statePath(o), train::serializeTrainState(unet, ema, opt, st));
    };

    unet->train();
    std::vector<torch::Tensor> replica = unet->parameters(); // what the step trace digests
    for (const auto& p : ema->parameters())
        replica.push_back(p);
    std::deque<double> recent;
    auto lastCheckpoint = Clock::now();
    auto windowStart = Clock::now();
    long long windowSamples = 0;
    double meanLoss = 0;
    bool stopAgreed = false;
    auto stopWanted = [&] { return stop && stop->load(); };
    try {
        while (st.step < o.steps && !(group ? stopAgreed : stopWanted())) {
            const auto stepStart = Clock::now();
            // Every step's data and noise derive from (seed, step): a resumed run continues the same order.
            const train::ShardBatch batch = sampler.batch(st.step);
            const double lr =
                o.learningRate * std::min(1.0, double(st.step + 1) / std::max(1, o.warmupSteps));
            for (auto& paramGroup : opt.param_groups())
                static_cast<torch::optim::AdamOptions&>(paramGroup.options()).lr(lr);
            opt.zero_grad();
            if (allReduce) allReduce->beginStep();
            torch::Tensor loss =
                train::diffusionLoss(unet, alphaBar, batch.target.to(device), batch.conditions.to(device),
                                     batch.t.to(device), batch.eps.to(device), o.bf16);
            loss.backward();
            double stepLoss = 0;
            if (group) {
                allReduce->finishStep(stepName("the gradient all-reduce", st.step + 1));
                // One small all-reduce agrees on the loss (for the log), on stopping (Ctrl-C reaches ranks at
                // different steps) and on the gradient norm (so every rank clips by the same factor).
                const torch::Tensor agreed = torch::tensor({loss.item<double>(), stopWanted() ? 1.0 : 0.0,
                                                            train::gradientNorm(unet->parameters())},
                                                           torch::kDouble)
                                                 .to(group->commDevice());
                group->sum(agreed, stepName("the loss all-reduce", st.step + 1));
                const torch::Tensor totals = agreed.cpu();
                stepLoss = totals[0].item<double>() / worldSize;
                stopAgreed = totals[1].item<double>() > 0;
                train::clipGradientsToNorm(unet->parameters(), o.gradClip,
                                           totals[2].item<double>() / worldSize);
            } else {
                torch::nn::utils::clip_grad_norm_(unet->parameters(), o.gradClip);
                stepLoss = loss.item<double>();
            }
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
            trace.record(st.step, stepLoss, replica);
            recent.push_back(stepLoss);
            if (recent.size() > 50) recent.pop_front();
            meanLoss = 0;
            for (double v : recent)
                meanLoss += v;
            meanLoss /= double(recent.size());

            TrainProgress p;
            p.rank = rank;
            p.step = st.step;
            p.totalSteps = o.steps;
            p.loss = meanLoss;
            const double windowSeconds = std::chrono::duration<double>(Clock::now() - windowStart).count();
            p.samplesPerSecond = windowSeconds > 0 ? double(windowSamples) / windowSeconds : 0;
            p.etaSeconds =
                p.samplesPerSecond > 0 ? double(o.steps - st.step) * o.batch / p.samplesPerSecond : 0;
            if (st.step % o.validEvery == 0 || st.step == o.steps) p.validLoss = lastValid = validate();
            if (leader && std::chrono::duration<double>(Clock::now() - lastCheckpoint).count() >
                              60.0 * o.checkpointMinutes) {
                writeCheckpoint(meanLoss);
                lastCheckpoint = Clock::now();
                p.checkpointWritten = true;
            }
            if (leader && (st.step % 10 == 0 || p.validLoss || p.checkpointWritten)) {
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
    } catch (const CollectiveError& e) {
        // The weights, EMA, Adam state and step here are those of the last step every rank completed (no
        // collective runs between the optimiser step and the step count): rank 0 keeps them.
        if (!leader) throw;
        writeCheckpoint(meanLoss);
        throw CollectiveError(std::string(e.what()) + ". Rank 0 saved the last complete step (" +
                              std::to_string(st.step) + ") to " + o.out + ": continue with --resume");
    }
    if (leader) writeCheckpoint(meanLoss);
    TrainProgress done;
    done.rank = rank;
    done.step = st.step;
    done.totalSteps = o.steps;
    done.loss = meanLoss;
    done.checkpointWritten = leader;
    if (onProgress) onProgress(done);
}

} // namespace fgg

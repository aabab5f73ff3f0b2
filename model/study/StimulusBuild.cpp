#include "model/study/StimulusBuild.h"

#include "model/diffusion/Generator.h"
#include "model/midi/MidiFile.h"

#include <algorithm>
#include <filesystem>
#include <map>

namespace fgg::study {

namespace fs = std::filesystem;

GenerationParams generationParams(const Condition& condition, std::uint64_t seed, DevicePreference device) {
    GenerationParams p;
    p.task = condition.task;
    p.guidance = condition.guidance;
    p.cfgScale = condition.cfgScale;
    p.steps = condition.steps;
    p.seed = seed;
    p.candidates = 1;
    p.device = device;
    return p;
}

StimulusGenerateFn engineGenerator(DevicePreference device) {
    // Shared by copies of the function object; a Generator keeps its loaded models warm.
    auto generators = std::make_shared<std::map<std::string, std::unique_ptr<Generator>>>();
    return
        [generators, device](const Score& prompt, const Condition& condition, std::uint64_t seed,
                             const std::function<void(double)>& progress, const std::atomic<bool>* cancel) {
            auto& slot = (*generators)[condition.modelDir];
            if (!slot) {
                ModelFiles files = ModelFiles::shipped();
                if (!condition.modelDir.empty())
                    files = {(fs::path(condition.modelDir) / "melody.fggm").string(),
                             (fs::path(condition.modelDir) / "accompaniment.fggm").string()};
                slot = std::make_unique<Generator>(files);
            }
            const auto results = slot->generate(
                prompt, generationParams(condition, seed, device),
                [&](const GenerationProgress& g) {
                    if (!progress || g.totalSteps <= 0 || g.totalPasses <= 0) return;
                    progress((g.pass - 1 + double(g.step) / g.totalSteps) / g.totalPasses);
                },
                cancel);
            if (results.empty()) throw Error("the generator returned no result");
            return results.front();
        };
}

std::vector<Stimulus> missingStimuli(const Study& study, const std::string& studyDir) {
    std::vector<Stimulus> missing;
    for (const Stimulus& s : planStimuli(study))
        if (!fs::exists(fs::path(studyDir) / s.midiPath())) missing.push_back(s);
    return missing;
}

StimulusBuildResult buildStimuli(const Study& study, const std::string& studyDir,
                                 const StimulusBuildOptions& options) {
    study.validate();
    const std::vector<Stimulus> plan = planStimuli(study);
    std::error_code ec;
    fs::create_directories(fs::path(studyDir) / kStimuliFolder, ec);
    if (ec)
        throw Error("cannot create " + (fs::path(studyDir) / kStimuliFolder).string() + ": " + ec.message());
    const StimulusGenerateFn generate = options.generate ? options.generate : engineGenerator(options.device);

    StimulusBuildResult result;
    result.wav = static_cast<bool>(options.renderWav);
    const int total = static_cast<int>(plan.size());
    for (int i = 0; i < total; ++i) {
        const Stimulus& s = plan[static_cast<std::size_t>(i)];
        if (options.cancel && options.cancel->load()) throw Cancelled();
        const std::string midi = (fs::path(studyDir) / s.midiPath()).string();
        const std::string wav = (fs::path(studyDir) / s.wavPath()).string();
        StimulusProgress p{i, total, fs::path(s.baseName).filename().string(), double(i) / total, false};
        const bool have = fs::exists(midi) && (!options.renderWav || fs::exists(wav));
        if (have && !options.overwrite) {
            ++result.skipped;
            p.skipped = true;
            if (options.progress) options.progress(p);
            continue;
        }
        if (options.progress) options.progress(p);

        const Condition* condition = study.condition(s.conditionId);
        const Prompt* prompt = study.prompt(s.promptId);
        Score score;
        try {
            if (condition->kind == ConditionKind::Original) {
                score = originalScore(*prompt, studyDir);
            } else {
                const Score input = promptScore(*prompt, studyDir);
                score = generate(
                    input, *condition, s.seed,
                    [&](double f) {
                        if (!options.progress) return;
                        StimulusProgress step = p;
                        step.fraction = (i + std::clamp(f, 0.0, 1.0)) / total;
                        options.progress(step);
                    },
                    options.cancel);
            }
            writeMidiFile(score, midi);
            if (options.renderWav && !options.renderWav(score, wav)) throw Cancelled();
        } catch (const Cancelled&) {
            throw;
        } catch (const std::exception& e) {
            throw Error("stimulus " + s.baseName + " (prompt '" + s.promptId + "', condition '" +
                        s.conditionId + "'): " + e.what());
        }
        ++result.made;
    }
    if (options.progress) options.progress({total, total, "", 1.0, false});
    return result;
}

} // namespace fgg::study

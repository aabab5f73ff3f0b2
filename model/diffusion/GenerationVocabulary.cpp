#include "model/diffusion/GenerationVocabulary.h"

#include "model/music/Error.h"

#include <array>
#include <utility>

namespace fgg {

namespace {

template <class E, std::size_t N>
struct Words {
    const char* what; ///< "task", "guidance mode", ...
    std::array<std::pair<E, const char*>, N> names;

    const char* print(E value) const {
        for (const auto& [e, name] : names)
            if (e == value) return name;
        return "?";
    }
    E parse(const std::string& text) const {
        std::string choices;
        for (std::size_t i = 0; i < N; ++i) {
            if (text == names[i].second) return names[i].first;
            choices += std::string(i == 0 ? "" : i + 1 == N ? " or " : ", ") + names[i].second;
        }
        throw Error("unknown " + std::string(what) + " '" + text + "' (choose " + choices + ")");
    }
};

constexpr Words<Task, 3> kTasks{
    "task", {{{Task::Melody, "melody"}, {Task::Accompaniment, "accompaniment"}, {Task::Both, "both"}}}};
constexpr Words<GuidanceMode, 5> kGuidance{"guidance mode",
                                           {{{GuidanceMode::Fgg, "fgg"},
                                             {GuidanceMode::None, "none"},
                                             {GuidanceMode::LastStep, "last-step"},
                                             {GuidanceMode::Round, "round"},
                                             {GuidanceMode::Inpaint, "inpaint"}}}};
constexpr Words<DevicePreference, 3> kDevices{
    "device",
    {{{DevicePreference::Auto, "auto"}, {DevicePreference::Cpu, "cpu"}, {DevicePreference::Cuda, "cuda"}}}};
constexpr Words<Precision, 3> kPrecisions{
    "precision", {{{Precision::Auto, "auto"}, {Precision::Float32, "fp32"}, {Precision::BFloat16, "bf16"}}}};
constexpr Words<ScaleStyle, 4> kScaleStyles{"scale style",
                                            {{{ScaleStyle::FromChords, "chords"},
                                              {ScaleStyle::Dorian, "dorian"},
                                              {ScaleStyle::Pentatonic, "pentatonic"},
                                              {ScaleStyle::Custom, "custom"}}}};

} // namespace

const char* toString(Task t) {
    return kTasks.print(t);
}
const char* toString(GuidanceMode g) {
    return kGuidance.print(g);
}
const char* toString(DevicePreference d) {
    return kDevices.print(d);
}
const char* toString(Precision p) {
    return kPrecisions.print(p);
}
const char* toString(ScaleStyle s) {
    return kScaleStyles.print(s);
}

Task parseTask(const std::string& text) {
    return kTasks.parse(text);
}
GuidanceMode parseGuidance(const std::string& text) {
    return kGuidance.parse(text);
}
DevicePreference parseDevice(const std::string& text) {
    return kDevices.parse(text);
}
Precision parsePrecision(const std::string& text) {
    return kPrecisions.parse(text);
}
ScaleStyle parseScaleStyle(const std::string& text) {
    return kScaleStyles.parse(text);
}

} // namespace fgg

#include "audio/PeakNormalise.h"

#include <algorithm>
#include <cmath>

namespace fgg::audio {

double peakNormalisingGain(const std::vector<float>& samples, double peakDbfs) {
    float peak = 0.0f;
    for (float s : samples)
        if (std::isfinite(s)) peak = std::max(peak, std::fabs(s));
    if (peak <= 0.0f) return 1.0;
    const double target = std::pow(10.0, std::min(peakDbfs, 0.0) / 20.0);
    return std::min(target / peak, std::pow(10.0, kMaxNormaliseBoostDb / 20.0));
}

std::vector<std::int16_t> toPcm16(const std::vector<float>& samples, double gain) {
    std::vector<std::int16_t> out(samples.size());
    const auto g = static_cast<float>(gain * 32767.0);
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const float v = std::isfinite(samples[i]) ? std::nearbyint(samples[i] * g) : 0.0f;
        out[i] = static_cast<std::int16_t>(std::clamp(v, -32768.0f, 32767.0f));
    }
    return out;
}

} // namespace fgg::audio

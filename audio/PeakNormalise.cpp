#include "audio/PeakNormalise.h"

#include <algorithm>
#include <cmath>

namespace fgg::audio {

float peakOf(const float* samples, std::size_t n) {
    float peak = 0.0f;
    for (std::size_t i = 0; i < n; ++i)
        if (std::isfinite(samples[i])) peak = std::max(peak, std::fabs(samples[i]));
    return peak;
}

double peakNormalisingGain(float peak, double peakDbfs) {
    if (!(peak > 0.0f) || !std::isfinite(peak)) return 1.0;
    const double target = std::pow(10.0, std::min(peakDbfs, 0.0) / 20.0);
    return std::min(target / peak, std::pow(10.0, kMaxNormaliseBoostDb / 20.0));
}

void toPcm16(const float* samples, std::size_t n, double gain, std::int16_t* out) {
    const auto g = static_cast<float>(gain * 32767.0);
    for (std::size_t i = 0; i < n; ++i) {
        const float v = std::isfinite(samples[i]) ? std::nearbyint(samples[i] * g) : 0.0f;
        out[i] = static_cast<std::int16_t>(std::clamp(v, -32768.0f, 32767.0f));
    }
}

} // namespace fgg::audio

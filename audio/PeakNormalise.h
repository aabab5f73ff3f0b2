#pragma once
// Exported audio at a useful level. The synth plays at a fixed gain that leaves room for dense imported
// piano parts (a POP909 song peaks near full scale at twice that gain), so a generated 8-bar sketch, sparser,
// peaks around -14 dBFS with its RMS near -30 dBFS: quiet beside anything else a composer plays. An export
// can know its whole signal before writing it: scaled so its loudest sample sits just under full scale, it
// never clips and sounds as loud as it can.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace fgg::audio {

/// The most an export is raised: a nearly silent render (one soft note) is not blown up into noise.
inline constexpr double kMaxNormaliseBoostDb = 18.0;

/// The gain that puts the largest |sample| at `peakDbfs` (<= 0), at most kMaxNormaliseBoostDb up; 1 for
/// silence. Lowers a render that would clip.
double peakNormalisingGain(const std::vector<float>& samples, double peakDbfs);

/// samples * gain as 16-bit PCM, rounded to nearest and clamped to the 16-bit range.
std::vector<std::int16_t> toPcm16(const std::vector<float>& samples, double gain);

} // namespace fgg::audio

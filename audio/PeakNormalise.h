#pragma once
// Exported audio at a useful level. The synth plays at a fixed gain that leaves room for dense imported
// piano parts (a POP909 song peaks near full scale at twice that gain), so a generated 8-bar sketch, sparser,
// peaks around -14 dBFS with its RMS near -30 dBFS: quiet beside anything else a composer plays. An export
// can render twice, once to find its loudest sample and once scaled so that sample sits just under full
// scale: it never clips and sounds as loud as it can.
#include <cstddef>
#include <cstdint>

namespace fgg::audio {

/// The most an export is raised: a nearly silent render (one soft note) is not blown up into noise.
inline constexpr double kMaxNormaliseBoostDb = 18.0;

/// The largest |sample| of n, ignoring what is not a number.
float peakOf(const float* samples, std::size_t n);

/// The gain that puts `peak` at `peakDbfs` (<= 0), at most kMaxNormaliseBoostDb up; 1 for silence. Lowers a
/// render that would clip.
double peakNormalisingGain(float peak, double peakDbfs);

/// n samples * gain as 16-bit PCM, rounded to nearest and clamped to the 16-bit range; NaN becomes 0.
void toPcm16(const float* samples, std::size_t n, double gain, std::int16_t* out);

} // namespace fgg::audio

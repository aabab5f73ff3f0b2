#pragma once
// The General MIDI level 1 sound set: the 128 program names (0-based numbers, as they travel in a program
// change), the programs the workstation suggests, the drum channel and the controllers the audio layer sends,
// so the app's sound choice, the exported MIDI file and FluidSynth's GM soundfont all speak of the same
// instrument.
#include <string_view>

namespace fgg::gm {

inline constexpr int kPrograms = 128;

inline constexpr int kAcousticGrandPiano = 0;
inline constexpr int kFlute = 73;
inline constexpr int kSquareLead = 80;
inline constexpr int kWarmPad = 89;

inline constexpr int kDrumChannel = 9;   ///< channel 10 in 1-based MIDI speech
inline constexpr int kHiWoodBlock = 76;  ///< drum note: the metronome's downbeat
inline constexpr int kLowWoodBlock = 77; ///< drum note: the metronome's other beats
inline constexpr int kCcVolume = 7;
inline constexpr int kCcSustain = 64;
inline constexpr int kCcAllSoundOff = 120;
inline constexpr int kCcAllNotesOff = 123;

/// "Acoustic Grand Piano" for 0 ... "Gunshot" for 127; "" outside 0..127.
std::string_view programName(int program);
/// The GM family of the program: "Piano", "Chromatic Percussion", ... "Sound Effects" (eight programs each).
std::string_view familyName(int program);
/// The program called `name` (case-insensitive), or -1.
int programNamed(std::string_view name);

} // namespace fgg::gm

#pragma once
// The words of generation, and the one place each is read and written: the CLI's options, the project file
// and the app's settings all parse and print through these functions (issue 19). Qt-free and torch-free.
#include <string>

namespace fgg {

enum class Task { Melody, Accompaniment, Both };

/// The paper's ablations: `Fgg` corrects x0 at every step (the product default); `None` relies on training
/// alone; `LastStep` removes out-of-key notes at the end; `Round` moves them to the nearest allowed pitch at
/// the end; `Inpaint` treats out-of-key cells as a known empty region and re-noises them every step.
enum class GuidanceMode { None, LastStep, Round, Inpaint, Fgg };

/// Where the UNet runs: a preference of this machine's user (Preferences, `--device`), never part of a
/// portable project file.
enum class DevicePreference { Auto, Cpu, Cuda };

/// The UNet's arithmetic while sampling. `Auto` is bf16 on a CPU with AMX or AVX-512 bf16 (oneDNN's bf16
/// kernels run there 1.3-3x faster than fp32; the predicted noise differs by about 1 % relative L2 and
/// `fgg eval --precision` shows what that does to the music) and fp32 everywhere else.
enum class Precision { Auto, Float32, BFloat16 };

/// Where the allowed pitch classes come from: the chords (the paper's default), a mode on the key's tonic, or
/// a scale the user types.
enum class ScaleStyle { FromChords, Dorian, Pentatonic, Custom };

const char* toString(Task t);             ///< "melody", "accompaniment", "both"
const char* toString(GuidanceMode g);     ///< "fgg", "none", "last-step", "round", "inpaint"
const char* toString(DevicePreference d); ///< "auto", "cpu", "cuda"
const char* toString(Precision p);        ///< "auto", "fp32", "bf16"
const char* toString(ScaleStyle s);       ///< "chords", "dorian", "pentatonic", "custom"

// Each throws Error naming the text and the accepted words.
Task parseTask(const std::string& text);
GuidanceMode parseGuidance(const std::string& text);
DevicePreference parseDevice(const std::string& text);
Precision parsePrecision(const std::string& text);
ScaleStyle parseScaleStyle(const std::string& text);

} // namespace fgg

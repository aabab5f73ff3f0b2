#pragma once
// Finding and checking SoundFont 2 files. FluidSynth owns a loaded soundfont (see Synth); this file only
// decides which path to load and rejects bad ones with an Error that says what to do.
#include <string>
#include <vector>

namespace fgg::audio {

/// Where the default General MIDI soundfont is looked for, in order ($FGG_SOUNDFONT comes first when set).
const std::vector<std::string>& soundFontSearchPaths();
/// The first existing default soundfont; throws Error listing the places tried when there is none.
std::string findDefaultSoundFont();
/// Throws Error naming `path` when it is missing, unreadable or not a SoundFont 2 (RIFF sfbk) file.
void checkSoundFont(const std::string& path);
/// `path` checked, or the default soundfont when `path` is empty.
std::string resolveSoundFont(const std::string& path);

} // namespace fgg::audio

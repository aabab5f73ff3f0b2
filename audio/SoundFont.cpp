#include "audio/SoundFont.h"

#include "model/music/Error.h"

#include <array>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace fgg::audio {

namespace {
constexpr const char* kWhatToDo = "install fluid-soundfont-gm or choose a soundfont in Preferences";
}

const std::vector<std::string>& soundFontSearchPaths() {
    static const std::vector<std::string> paths = [] {
        std::vector<std::string> p;
        if (const char* env = std::getenv("FGG_SOUNDFONT"); env && *env) p.emplace_back(env);
        for (const char* candidate :
             {"/usr/share/sounds/sf2/FluidR3_GM.sf2", "/usr/share/sounds/sf2/default-GM.sf2",
              "/usr/share/soundfonts/FluidR3_GM.sf2", "/usr/share/soundfonts/default.sf2",
              "/usr/share/sounds/sf2/TimGM6mb.sf2"})
            p.emplace_back(candidate);
        return p;
    }();
    return paths;
}

std::string findDefaultSoundFont() {
    std::string tried;
    for (const std::string& p : soundFontSearchPaths()) {
        std::error_code ec;
        if (std::filesystem::is_regular_file(p, ec)) return p;
        tried += (tried.empty() ? "" : ", ") + p;
    }
    throw Error("no General MIDI soundfont found (looked at " + tried + "); " + kWhatToDo);
}

void checkSoundFont(const std::string& path) {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        throw Error("cannot load soundfont '" + path + "': no such file; " + kWhatToDo);
    if (!std::filesystem::is_regular_file(path, ec))
        throw Error("cannot load soundfont '" + path + "': not a regular file; " + kWhatToDo);
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw Error("cannot load soundfont '" + path + "': " + std::strerror(errno) + "; " + kWhatToDo);
    }
    std::array<char, 12> header{};
    in.read(header.data(), static_cast<std::streamsize>(header.size()));
    if (in.gcount() != 12 || std::memcmp(header.data(), "RIFF", 4) != 0 ||
        std::memcmp(header.data() + 8, "sfbk", 4) != 0)
        throw Error("cannot load soundfont '" + path +
                    "': not a SoundFont 2 file (no RIFF 'sfbk' header at byte 0); " + kWhatToDo);
    // The RIFF size covers the whole file: a shorter file is truncated (an interrupted download).
    std::uint64_t riffSize = 0;
    for (int i = 3; i >= 0; --i)
        riffSize = (riffSize << 8) | static_cast<std::uint8_t>(header[4 + static_cast<std::size_t>(i)]);
    const std::uint64_t fileSize = std::filesystem::file_size(path, ec);
    if (!ec && riffSize + 8 > fileSize)
        throw Error("cannot load soundfont '" + path + "': truncated (" + std::to_string(fileSize) +
                    " bytes, its header says " + std::to_string(riffSize + 8) + "); " + kWhatToDo);
}

std::string resolveSoundFont(const std::string& path) {
    const std::string resolved = path.empty() ? findDefaultSoundFont() : path;
    checkSoundFont(resolved);
    return resolved;
}

} // namespace fgg::audio

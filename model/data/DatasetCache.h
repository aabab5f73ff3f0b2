#pragma once
// A binary cache of quantised songs, so training starts in seconds: magic "FGGDATA", version, songs.
#include "model/data/QuantisedSong.h"

#include <string>
#include <vector>

namespace fgg {

void writeDatasetCache(const std::string& path, const std::vector<QuantisedSong>& songs); ///< atomic
/// Throws FileFormatError naming the path and offset on a corrupt or foreign file.
std::vector<QuantisedSong> readDatasetCache(const std::string& path);

/// Where `fgg data` keeps the POP909 cache: $XDG_CACHE_HOME/fgg-studio/pop909.fggdata, else
/// ~/.cache/fgg-studio/pop909.fggdata, else ./pop909.fggdata. The folder is not created here.
std::string defaultDatasetCachePath();

} // namespace fgg

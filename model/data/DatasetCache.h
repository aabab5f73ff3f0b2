#pragma once
// A binary cache of quantised songs, so training starts in seconds: magic "FGGDATA", version, songs (with
// POP909's chord labels since version 2).
#include "model/data/QuantisedSong.h"

#include <string>
#include <vector>

namespace fgg {

void writeDatasetCache(const std::string& path, const std::vector<QuantisedSong>& songs); ///< atomic
/// Throws FileFormatError naming the path and offset on a corrupt or foreign file.
std::vector<QuantisedSong> readDatasetCache(const std::string& path);

/// Where `fgg data` keeps the POP909 cache: $XDG_CACHE_HOME/fgg-studio/pop909-v2.fggdata, else
/// ~/.cache/fgg-studio/pop909-v2.fggdata, else ./pop909-v2.fggdata. The folder is not created here.
/// (Version-1 caches, chroma only, were pop909.fggdata: still read when named, never written over.)
std::string defaultDatasetCachePath();

} // namespace fgg

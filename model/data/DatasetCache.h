#pragma once
// A binary cache of quantised songs, so training starts in seconds: magic "FGGDATA", version, songs.
#include "model/data/QuantisedSong.h"

#include <string>
#include <vector>

namespace fgg {

void writeDatasetCache(const std::string& path, const std::vector<QuantisedSong>& songs); ///< atomic
/// Throws FileFormatError naming the path and offset on a corrupt or foreign file.
std::vector<QuantisedSong> readDatasetCache(const std::string& path);

} // namespace fgg

// libFuzzer target: tests/fuzz/FuzzTargets.h (datasetCache). Run with scripts/fuzz dataset_cache [SECONDS].
#include "tests/fuzz/FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fgg::fuzz::datasetCache(data, size);
    return 0;
}

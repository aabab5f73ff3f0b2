// libFuzzer target: tests/fuzz/FuzzTargets.h (checkpoint). Run with scripts/fuzz checkpoint [SECONDS].
#include "tests/fuzz/FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fgg::fuzz::checkpoint(data, size);
    return 0;
}

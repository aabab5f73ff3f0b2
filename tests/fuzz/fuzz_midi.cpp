// libFuzzer target: tests/fuzz/FuzzTargets.h (midi). Run with scripts/fuzz midi [SECONDS].
#include "tests/fuzz/FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fgg::fuzz::midi(data, size);
    return 0;
}

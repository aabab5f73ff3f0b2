// libFuzzer target: tests/fuzz/FuzzTargets.h (chordSymbol). Run with scripts/fuzz chord_symbol [SECONDS].
#include "tests/fuzz/FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fgg::fuzz::chordSymbol(data, size);
    return 0;
}

// libFuzzer target: tests/fuzz/FuzzTargets.h (leadSheet). Run with scripts/fuzz lead_sheet [SECONDS].
#include "tests/fuzz/FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fgg::fuzz::leadSheet(data, size);
    return 0;
}

// libFuzzer target: tests/fuzz/FuzzTargets.h (studyFile). Run with scripts/fuzz study_file [SECONDS].
#include "tests/fuzz/FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fgg::fuzz::studyFile(data, size);
    return 0;
}

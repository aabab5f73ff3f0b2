// libFuzzer target: the project-file loader (tests/fuzz/FuzzProjectFile.h). Run with scripts/fuzz
// project_file.
#include "tests/fuzz/FuzzProjectFile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fgg::fuzz::projectFile(data, size);
    return 0;
}

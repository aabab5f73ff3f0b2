#pragma once
// The project-file fuzz entry point (app/studio/ProjectFile: QtCore only). See FuzzTargets.h.
#include <cstddef>
#include <cstdint>

namespace fgg::fuzz {
void projectFile(const std::uint8_t* data,
                 std::size_t size); ///< projectFromJson, then projectToJson and back
} // namespace fgg::fuzz

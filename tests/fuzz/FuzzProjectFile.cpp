#include "tests/fuzz/FuzzProjectFile.h"

#include "app/studio/ProjectFile.h"
#include "model/music/Error.h"

namespace fgg::fuzz {

void projectFile(const std::uint8_t* data, std::size_t size) {
    try {
        const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
        const studio::Project p = studio::projectFromJson(json, QStringLiteral("fuzz.fggproj"));
        // What loads must save and load again.
        (void)studio::projectFromJson(studio::projectToJson(p), QStringLiteral("fuzz-resaved.fggproj"));
    } catch (const Error&) {
    }
}

} // namespace fgg::fuzz

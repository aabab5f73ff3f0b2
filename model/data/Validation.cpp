#include "model/data/QuantisedSong.h"

namespace fgg {

bool isValidationSong(std::int32_t id) {
    // Knuth's multiplicative hash: spreads consecutive ids, identical on every machine.
    return (static_cast<std::uint32_t>(id) * 2654435761u) % 1000u < 50u;
}

} // namespace fgg

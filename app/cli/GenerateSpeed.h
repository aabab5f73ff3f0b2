#pragma once
// `fgg bench`'s user-facing generation figures (issue 20): 8 bars of melody + accompaniment with the shipped
// models, in the engine (the first Generate cold, the second, the first after Generator::prepare()) and as a
// whole `fgg generate` process, start-up included.

namespace fgg::cli {

void runShippedGenerateBench(bool json);

} // namespace fgg::cli

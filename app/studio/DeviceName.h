#pragma once
// The status bar's short name of where generation runs, from the engine's device line.
#include <QString>

namespace fgg::studio {

/// "CPU (2 threads, AVX512, OpenBLAS 0.3.21 (OpenMP), bf16)" -> "CPU, 2 threads, bf16": where, how wide and
/// in what arithmetic ("CUDA (bf16)" -> "CUDA, bf16"); only the first line of `deviceLine`, at most 36
/// characters. The whole line belongs in a tooltip.
QString shortDeviceName(const QString& deviceLine);

} // namespace fgg::studio

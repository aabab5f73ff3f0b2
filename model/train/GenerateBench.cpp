#include "model/train/GenerateBench.h"

#include <chrono>

namespace fgg {
namespace {

template <class F>
double seconds(F&& f) {
    const auto start = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

FirstGenerateBench benchFirstGenerate(const Score& piece, const GenerationParams& params,
                                      const ModelFiles& files) {
    FirstGenerateBench b;
    {
        Generator cold(files);
        b.firstCold = seconds([&] { cold.generate(piece, params); });
        b.secondCold = seconds([&] { cold.generate(piece, params); });
    }
    Generator prepared(files);
    b.prepare = seconds([&] { prepared.prepare(params); });
    b.firstPrepared = seconds([&] { prepared.generate(piece, params); });
    return b;
}

} // namespace fgg

#include "model/train/StepTrace.h"

#include "model/music/Error.h"
#include "model/music/Random.h"

#include <cinttypes>
#include <cstdio>

namespace fgg::train {

std::uint64_t tensorsDigest(const std::vector<torch::Tensor>& tensors) {
    std::uint64_t h = 0;
    for (const torch::Tensor& t : tensors) {
        const torch::Tensor c = t.detach().to(torch::kCPU).contiguous();
        const auto bytes = static_cast<std::size_t>(c.numel()) * c.element_size();
        h = mix64(h ^ hashString(std::string_view(static_cast<const char*>(c.data_ptr()), bytes)));
    }
    return h;
}

StepTrace::StepTrace(const std::string& path) {
    if (path.empty()) return;
    out_.open(path, std::ios::trunc);
    if (!out_)
        throw Error("cannot write the step trace " + path + ": check the folder exists and is writable");
}

void StepTrace::record(long long step, double loss, const std::vector<torch::Tensor>& tensors) {
    if (!out_.is_open()) return;
    char line[96];
    std::snprintf(line, sizeof line, "%lld %.9g %016" PRIx64 "\n", step, loss, tensorsDigest(tensors));
    out_ << line;
    out_.flush();
}

} // namespace fgg::train

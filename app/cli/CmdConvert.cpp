// fgg convert: stores a checkpoint's weights in another precision (fp16 halves a shipped model's size).
#include "app/cli/Args.h"
#include "app/cli/Command.h"
#include "model/music/Error.h"
#include "model/nn/CheckpointInfo.h"

#include <cstdio>
#include <filesystem>

namespace fgg::cli {
namespace {

int run(const std::vector<std::string>& argv) {
    Args a(argv, {"out", "store"}, {});
    if (a.positional().size() != 1) throw Error("expects one checkpoint (see `fgg help convert`)");
    const std::string in = a.positional().front();
    const std::string out = a.valueOr("out", in);
    const std::string store = a.valueOr("store", "fp16");
    convertCheckpoint(in, out, store);
    std::printf("wrote %s (%s weights, %.1f MB)\n", out.c_str(), store.c_str(),
                double(std::filesystem::file_size(out)) / 1e6);
    return 0;
}

const CommandRegistration
    reg("convert", {"store a model checkpoint's weights as fp32, fp16 or bf16 (norms stay fp32)",
                    "fgg convert CKPT.fggm [--out OUT.fggm] [--store fp32|fp16|bf16]\n"
                    "  Without --out the file is rewritten in place (atomically). Default --store fp16.",
                    run});
} // namespace
} // namespace fgg::cli

#include "model/nn/Checkpoint.h"

#include "model/music/AtomicFile.h"
#include "model/music/Error.h"
#include "model/nn/CheckpointFormat.h"

#include <cstring>
#include <set>
#include <sstream>

namespace fgg::nn {
namespace {

std::string shapeText(c10::IntArrayRef shape) {
    std::ostringstream s;
    s << "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        s << (i ? ", " : "") << shape[i];
    return s.str() + "]";
}

torch::ScalarType torchType(StoredType t) {
    switch (t) {
    case StoredType::BFloat16:
        return torch::kBFloat16;
    case StoredType::Float16:
        return torch::kHalf;
    default:
        return torch::kFloat;
    }
}

StoredType storedType(torch::ScalarType t) {
    if (t == torch::kBFloat16) return StoredType::BFloat16;
    if (t == torch::kHalf) return StoredType::Float16;
    if (t == torch::kFloat) return StoredType::Float32;
    throw Error("checkpoints store float32, bfloat16 or float16 weights");
}

/// Parameters and buffers under their state-dict names.
std::vector<std::pair<std::string, torch::Tensor>> stateDict(UNet& unet) {
    std::vector<std::pair<std::string, torch::Tensor>> out;
    for (const auto& p : unet->named_parameters())
        out.emplace_back(p.key(), p.value());
    for (const auto& b : unet->named_buffers())
        out.emplace_back(b.key(), b.value());
    return out;
}

} // namespace

void saveCheckpoint(const std::string& path, UNet& unet, const CheckpointInfo& info,
                    torch::ScalarType storeAs) {
    CheckpointFile file;
    file.info = info;
    file.info.config = unet->config();
    for (auto& [name, value] : stateDict(unet)) {
        // Norm parameters stay fp32 whatever the storage type: they are tiny and precision-sensitive.
        const bool norm = name.find("norm") != std::string::npos ||
                          name.find("in_layers.0") != std::string::npos ||
                          name.find("out_layers.0") != std::string::npos || name.rfind("out.0", 0) == 0;
        const torch::ScalarType type = norm ? torch::kFloat : storeAs;
        const torch::Tensor t = value.detach().to(torch::kCPU, type).contiguous();
        StoredTensor st;
        st.name = name;
        st.type = storedType(type);
        st.shape.assign(t.sizes().begin(), t.sizes().end());
        const auto* p = static_cast<const std::uint8_t*>(t.data_ptr());
        st.data.assign(p, p + t.numel() * t.element_size());
        file.tensors.push_back(std::move(st));
    }
    writeFileAtomically(path, encodeCheckpoint(file));
}

torch::ScalarType parseWeightStorage(const std::string& name) {
    if (name == "fp32") return torch::kFloat;
    if (name == "fp16") return torch::kHalf;
    if (name == "bf16") return torch::kBFloat16;
    throw Error("weights are stored as fp32, fp16 or bf16, not '" + name + "'");
}

LoadedModel loadCheckpoint(const std::string& path, torch::Device device) {
    const CheckpointFile file = decodeCheckpoint(readFileBytes(path), path);
    LoadedModel m;
    m.info = file.info;
    if (m.info.task != "melody" && m.info.task != "accompaniment")
        throw FileFormatError(path + ": unknown task '" + m.info.task + "'");
    if (m.info.config.inChannels != inputChannelsForTask(m.info.task))
        throw FileFormatError(path + ": a " + m.info.task + " model needs " +
                              std::to_string(inputChannelsForTask(m.info.task)) + " input channels, not " +
                              std::to_string(m.info.config.inChannels));
    // Build the network only when the file can fill it: a damaged or hostile header must not allocate
    // gigabytes.
    double storedElements = 0;
    for (const StoredTensor& t : file.tensors) {
        double n = 1;
        for (const auto d : t.shape)
            n *= double(d);
        storedElements += n;
    }
    if (storedElements < 0.5 * analyseUNet(m.info.config).weights)
        throw FileFormatError(path + ": its tensors hold " +
                              std::to_string(static_cast<long long>(storedElements)) +
                              " weights, far fewer than its " + m.info.config.preset +
                              " configuration needs (the file is damaged or not an fgg-studio model)");
    m.unet = UNet(m.info.config);
    std::map<std::string, const StoredTensor*> stored;
    for (const StoredTensor& t : file.tensors)
        stored[t.name] = &t;
    std::set<std::string> used;
    torch::NoGradGuard noGrad;
    for (auto& [name, target] : stateDict(m.unet)) {
        auto it = stored.find(name);
        if (it == stored.end())
            throw FileFormatError(path + ": missing tensor '" + name + "' (the file is not a " +
                                  m.info.config.preset + " model, or it is damaged)");
        const StoredTensor& st = *it->second;
        if (c10::IntArrayRef(st.shape) != target.sizes())
            throw FileFormatError(path + ": tensor '" + name + "' has shape " + shapeText(st.shape) +
                                  ", the model expects " + shapeText(target.sizes()));
        torch::Tensor src = torch::empty(st.shape, torch::dtype(torchType(st.type)));
        std::memcpy(src.data_ptr(), st.data.data(), st.data.size());
        target.copy_(src.to(torch::kFloat));
        used.insert(name);
    }
    for (const StoredTensor& t : file.tensors)
        if (!used.count(t.name)) throw FileFormatError(path + ": unexpected tensor '" + t.name + "'");
    m.unet->to(device);
    m.unet->eval();
    return m;
}

} // namespace fgg::nn

namespace fgg {

CheckpointInfo readCheckpointInfo(const std::string& path) {
    // Metadata sits at the front: read a bounded prefix rather than the whole file.
    return nn::decodeCheckpoint(readFileBytes(path), path, /*headerOnly=*/true).info;
}

void convertCheckpoint(const std::string& in, const std::string& out, const std::string& storage) {
    const torch::ScalarType type = nn::parseWeightStorage(storage);
    nn::LoadedModel m = nn::loadCheckpoint(in);
    nn::saveCheckpoint(out, m.unet, m.info, type);
}

void writeRandomCheckpoint(const std::string& path, const std::string& preset, const std::string& task,
                           std::uint64_t seed) {
    torch::manual_seed(seed);
    CheckpointInfo info;
    info.task = task;
    info.config = unetPreset(preset, inputChannelsForTask(task));
    nn::UNet unet(info.config);
    info.training["steps"] = "0";
    info.training["note"] = "untrained: random initial weights";
    nn::saveCheckpoint(path, unet, info);
}

} // namespace fgg

#include "model/train/TrainState.h"

#include "model/music/Error.h"

#include <optional>
#include <sstream>

namespace fgg::train {
namespace {
constexpr std::int64_t kFormat = 2;

std::string shortReason(const c10::Error& e) {
    return std::string(e.what_without_backtrace()).substr(0, 200);
}
} // namespace

std::string serializeTrainState(nn::UNet& unet, nn::UNet& ema, torch::optim::Adam& optimiser,
                                const TrainState& st) {
    torch::serialize::OutputArchive archive;
    archive.write("format", torch::tensor(kFormat));
    archive.write("step", torch::tensor(static_cast<int64_t>(st.step)));
    archive.write("samples", torch::tensor(static_cast<int64_t>(st.samples)));
    archive.write("elapsed", torch::tensor(st.elapsed, torch::kDouble));
    archive.write("data_order", torch::tensor(static_cast<int64_t>(st.dataOrder)));
    archive.write("world_size", torch::tensor(static_cast<int64_t>(st.worldSize)));
    torch::serialize::OutputArchive model, emaArchive, optimiserArchive;
    for (const auto& p : unet->named_parameters())
        model.write(p.key(), p.value());
    for (const auto& p : ema->named_parameters())
        emaArchive.write(p.key(), p.value());
    optimiser.save(optimiserArchive);
    archive.write("model", model);
    archive.write("ema", emaArchive);
    archive.write("optimizer", optimiserArchive);
    std::ostringstream bytes;
    archive.save_to(bytes);
    return bytes.str();
}

TrainState restoreTrainState(const std::string& bytes, const std::string& where, const std::string& modelName,
                             nn::UNet& unet, nn::UNet& ema, torch::optim::Adam& optimiser) {
    torch::serialize::InputArchive archive;
    try {
        archive.load_from(bytes.data(), bytes.size());
    } catch (const c10::Error& e) {
        throw Error("cannot resume from " + where + ": the training state is missing or damaged (" +
                    shortReason(e) + ")");
    }
    // A fresh tensor per read: InputArchive::read reuses a defined tensor's type.
    auto scalar = [&](const char* key) -> std::optional<torch::Tensor> {
        torch::Tensor t;
        if (!archive.try_read(key, t) || t.numel() != 1) return std::nullopt;
        return t;
    };
    auto required = [&](const char* key) {
        auto t = scalar(key);
        if (!t)
            throw Error("cannot resume from " + where + ": the training state has no '" + key + "' entry");
        return *t;
    };
    TrainState st;
    const auto formatEntry = scalar("format");
    const std::int64_t format = formatEntry ? formatEntry->item<int64_t>() : 1;
    if (format > kFormat)
        throw Error(where + " is a version " + std::to_string(format) +
                    " training state, newer than this fgg reads (version " + std::to_string(kFormat) +
                    "): resume with the fgg that wrote it, or update");
    st.step = required("step").item<int64_t>();
    st.samples = required("samples").item<int64_t>();
    st.elapsed = required("elapsed").item<double>();
    if (!(st.elapsed >= 0 && st.elapsed < 1e9)) st.elapsed = 0; // states written before this fix held garbage
    // Version 1 states were trained with windows drawn with replacement: keep their order on resume.
    st.dataOrder = DataOrder::Replacement;
    st.worldSize = 1;
    if (format >= 2) {
        const std::int64_t order = required("data_order").item<int64_t>();
        if (order != static_cast<std::int64_t>(DataOrder::Replacement) &&
            order != static_cast<std::int64_t>(DataOrder::EpochShuffle))
            throw Error("cannot resume from " + where + ": unknown data order " + std::to_string(order));
        st.dataOrder = static_cast<DataOrder>(order);
        st.worldSize = static_cast<int>(required("world_size").item<int64_t>());
    }
    if (st.step < 0 || st.samples < 0)
        throw Error("cannot resume from " + where + ": the training state holds a negative step count");

    torch::serialize::InputArchive model, emaArchive, optimiserArchive;
    try {
        archive.read("model", model);
        archive.read("ema", emaArchive);
        archive.read("optimizer", optimiserArchive);
    } catch (const c10::Error& e) {
        throw Error("cannot resume from " + where + ": the training state is missing or damaged (" +
                    shortReason(e) + ")");
    }
    // Read into fresh tensors and check shapes: InputArchive::read into a parameter of another shape would
    // silently re-shape it (set_), and a model of another preset or task would "load".
    torch::NoGradGuard ng;
    auto readInto = [&](torch::serialize::InputArchive& from, const char* part, nn::UNet& module) {
        for (auto& p : module->named_parameters()) {
            torch::Tensor stored;
            if (!from.try_read(p.key(), stored) || stored.sizes() != p.value().sizes())
                throw Error(where + " holds a different model (preset or task) than " + modelName + ": its " +
                            part + " tensor '" + p.key() + "' " +
                            (stored.defined() ? "has shape " + c10::str(stored.sizes()) + ", not " +
                                                    c10::str(p.value().sizes())
                                              : "is missing"));
            p.value().copy_(stored);
        }
    };
    readInto(model, "model", unet);
    readInto(emaArchive, "EMA", ema);
    optimiser.load(optimiserArchive);
    return st;
}

} // namespace fgg::train

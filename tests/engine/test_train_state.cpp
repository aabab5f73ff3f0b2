// The training state beside a checkpoint: version-1 files (written before data-parallel training) still
// load, with the data order they were trained with; version-2 files round-trip.
#include "model/music/Error.h"
#include "model/train/TrainState.h"

#include <gtest/gtest.h>
#include <sstream>

using namespace fgg;
using namespace fgg::train;

namespace {
struct Replica {
    Replica() : unet(unetPreset("tiny", 4)), ema(unetPreset("tiny", 4)), opt(unet->parameters()) {}
    nn::UNet unet, ema;
    torch::optim::Adam opt;
};

/// A state exactly as the trainer wrote it before the "format" entry existed.
std::string versionOneState(Replica& r, long long step) {
    torch::serialize::OutputArchive archive, optimiser;
    archive.write("step", torch::tensor(static_cast<int64_t>(step)));
    archive.write("samples", torch::tensor(static_cast<int64_t>(step * 16)));
    archive.write("elapsed", torch::tensor(12.5, torch::kDouble));
    for (auto [name, module] : {std::pair{"model", &r.unet}, std::pair{"ema", &r.ema}}) {
        torch::serialize::OutputArchive weights;
        for (const auto& p : (*module)->named_parameters())
            weights.write(p.key(), p.value());
        archive.write(name, weights);
    }
    r.opt.save(optimiser);
    archive.write("optimizer", optimiser);
    std::ostringstream bytes;
    archive.save_to(bytes);
    return bytes.str();
}
} // namespace

TEST(TrainState, VersionOneStatesResumeWithTheirDataOrder) {
    Replica written, read;
    const std::string bytes = versionOneState(written, 1750);
    const TrainState st = restoreTrainState(bytes, "old.fggm.train", "tiny", read.unet, read.ema, read.opt);
    EXPECT_EQ(st.step, 1750);
    EXPECT_EQ(st.samples, 28000);
    EXPECT_DOUBLE_EQ(st.elapsed, 12.5);
    EXPECT_EQ(st.dataOrder, DataOrder::Replacement);
    for (const auto& p : written.unet->named_parameters())
        EXPECT_TRUE(torch::equal(p.value(), read.unet->named_parameters()[p.key()])) << p.key();
}

TEST(TrainState, VersionTwoRoundTrips) {
    Replica written, read;
    TrainState st;
    st.step = 40;
    st.samples = 640;
    st.dataOrder = DataOrder::EpochShuffle;
    st.worldSize = 2;
    const TrainState back = restoreTrainState(serializeTrainState(written.unet, written.ema, written.opt, st),
                                              "new.fggm.train", "tiny", read.unet, read.ema, read.opt);
    EXPECT_EQ(back.step, 40);
    EXPECT_EQ(back.dataOrder, DataOrder::EpochShuffle);
    EXPECT_EQ(back.worldSize, 2);
    for (const auto& p : written.ema->named_parameters())
        EXPECT_TRUE(torch::equal(p.value(), read.ema->named_parameters()[p.key()])) << p.key();
}

TEST(TrainState, DamagedOrForeignStatesAreRejected) {
    Replica r;
    EXPECT_THROW(restoreTrainState("not a state", "x.train", "tiny", r.unet, r.ema, r.opt), Error);
    Replica other;
    nn::UNet bigger(unetPreset("tiny", 6));
    torch::optim::Adam biggerOpt(bigger->parameters());
    TrainState st;
    const std::string bytes = serializeTrainState(bigger, bigger, biggerOpt, st);
    try {
        restoreTrainState(bytes, "x.train", "--preset tiny --task melody", other.unet, other.ema, other.opt);
        FAIL() << "a state of another model loaded";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("different model"), std::string::npos) << e.what();
    }
}

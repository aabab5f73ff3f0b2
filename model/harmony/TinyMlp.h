#pragma once
// A small classifier network in plain C++ (model/harmony stays torch-free and it is small enough to learn in
// a minute on a CPU): inputs -> one hidden layer of ReLUs -> softmax over the outputs, learned by minibatch
// Adam with L2 on the weights. Deterministic: the same data and seed give the same weights everywhere
// (SplitMix64 for the initial weights and the order of the samples).
#include <cstdint>
#include <span>
#include <vector>

namespace fgg::harmony {

class TinyMlp {
public:
    TinyMlp() = default;
    TinyMlp(int inputs, int hidden, int outputs, std::uint64_t seed);

    int inputs() const { return inputs_; }
    int hidden() const { return hidden_; }
    int outputs() const { return outputs_; }
    bool empty() const { return outputs_ == 0; }

    /// log P(each output | x); x has inputs() values.
    std::vector<float> logProbabilities(std::span<const float> x) const;

    struct Training {
        int epochs = 5;
        int finalEpochs = 2; ///< the last epochs run at finalRate
        int batch = 128;
        float rate = 2e-3f, finalRate = 5e-4f;
        float l2 = 3e-4f;
        std::uint64_t seed = 7;
    };
    /// Learns from `x` (rows of inputs() values) and labels (0..outputs()-1). Returns the mean loss of the
    /// last epoch.
    double train(const std::vector<float>& x, const std::vector<int>& labels, const Training& options);

    // The parameters, for the text table: w1 [hidden][inputs], b1 [hidden], w2 [outputs][hidden], b2
    // [outputs].
    std::vector<float> w1, b1, w2, b2;

private:
    void forward(const float* x, std::vector<float>& hidden, std::vector<float>& logP) const;
    int inputs_ = 0, hidden_ = 0, outputs_ = 0;
};

} // namespace fgg::harmony

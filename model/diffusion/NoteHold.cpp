#include "model/diffusion/NoteHold.h"

#include "model/roll/PianoRoll.h"

namespace fgg::diffusion {

torch::Tensor holdNotes(const torch::Tensor& x0In, const torch::Tensor& allowedIn, float threshold) {
    torch::Tensor x0 = x0In.to(torch::kCPU, torch::kFloat).contiguous().clone();
    const torch::Tensor allowed = allowedIn.to(torch::kCPU, torch::kFloat).contiguous();
    auto x = x0.accessor<float, 4>();
    auto ok = allowed.accessor<float, 4>();
    const int64_t B = x0.size(0), T = x0.size(2), P = x0.size(3);
    const float on = roll::kNoteThreshold;
    for (int64_t b = 0; b < B; ++b)
        for (int64_t r = 0; r < P; ++r) {
            bool open = false; // a note sounds in this row at the previous step, as decodeNotes reads it
            for (int64_t s = 0; s < T; ++s) {
                if (x[b][0][s][r] > on) {
                    open = true;
                    continue;
                }
                float& sustain = x[b][1][s][r];
                if (open && !(sustain > on) && sustain > threshold && ok[b][0][s][r] > 0.5f)
                    sustain = roll::kJustSounding;
                open = open && sustain > on;
            }
        }
    return x0.to(x0In.device(), x0In.scalar_type());
}

} // namespace fgg::diffusion

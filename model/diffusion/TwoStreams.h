#pragma once
// Generate's melody and accompaniment as two streams (issue 20). The accompaniment of window k needs the
// melody of window k's span only, and the melody's window k+1 writes outside that span, so once the melody's
// first window is made the two models can run side by side: melody k+1 beside accompaniment k, each on one
// core. On a 2-core CPU two single-threaded streams of the small model run 1.4x faster than one stream on
// both cores (the network spends most of its time in calls too small to share).
#include "model/diffusion/PassPlan.h"
#include "model/diffusion/WindowedPass.h"

#include <atomic>
#include <functional>

namespace fgg::diffusion {

/// One pass as the streams run it: its sampler, its inputs (updated in place, as by runWindowedPass), its
/// settings and its per-step report.
struct StreamPass {
    Sampler* sampler = nullptr;
    PassInputs* in = nullptr;
    SamplerSettings settings;
    PassStepCallback onStep;
};

/// True when the passes can run as two streams: a melody pass then an accompaniment pass over the same span
/// of at least two windows, at least two intra-op threads to split, and a build that can split them.
bool twoStreamsApply(const PassRegion& melody, const PassRegion& accompaniment, int pieceSteps, int threads);

/// Runs both passes: the melody's first window on all `threads`, then melody k+1 beside accompaniment k
/// with one thread each, then the accompaniment's last window on all threads. Before each accompaniment
/// window `updateMelodyCondition` is called (from the calling thread, while no stream runs) to refresh
/// accompaniment.in->melody from the melody made so far. Reports come one at a time and in one stream's
/// order (the accompaniment's windows made beside the melody report once the melody is done). Throws what a
/// window throws (Cancelled) once both streams have stopped.
void runTwoStreams(StreamPass melody, StreamPass accompaniment,
                   const std::function<void()>& updateMelodyCondition, int threads,
                   const std::atomic<bool>* cancel);

} // namespace fgg::diffusion

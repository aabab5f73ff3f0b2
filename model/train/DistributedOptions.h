#pragma once
// Data-parallel training options (`fgg train --world-size N --rank R --master HOST:PORT`), torch-free so the
// CLI can parse and check them without LibTorch or c10d headers. docs/distributed-training.md explains them.
#include <string>

namespace fgg {

struct DistributedOptions {
    int worldSize = 1;  ///< processes training together; 1 = no process group at all
    int rank = 0;       ///< 0 .. worldSize-1; rank 0 hosts the rendezvous store, writes checkpoints and logs
    std::string master; ///< HOST:PORT where rank 0's rendezvous store listens
    int timeoutSeconds = 60; ///< rendezvous and every collective: a silent rank ends the run after this long
};

/// True when this build has LibTorch's c10d with Gloo (FGG_HAVE_C10D): --world-size > 1 needs it.
bool distributedTrainingAvailable();

/// The c10d backends compiled in, e.g. "gloo" or "gloo, nccl"; empty without c10d.
std::string distributedBackends();

/// Splits "HOST:PORT" (or "[IPv6]:PORT"); throws Error naming the option and the expected form.
struct MasterAddress {
    std::string host;
    int port = 0;
};
MasterAddress parseMasterAddress(const std::string& text);

} // namespace fgg

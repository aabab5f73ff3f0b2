#include "model/train/DistributedContext.h"

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <vector>

#ifdef FGG_HAVE_C10D
#include <arpa/inet.h>
#include <netdb.h>
#include <sys/socket.h>
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#include <unistd.h>
#ifdef FGG_HAVE_C10D_NCCL
#include <torch/csrc/distributed/c10d/ProcessGroupNCCL.hpp>
#endif
#endif

namespace fgg::train {
namespace {

/// The first line of an exception's text, without c10's backtrace: enough to tell a refused connection from
/// a timeout.
std::string reasonOf(const std::exception& e) {
    std::string text = e.what();
    if (const auto* c10error = dynamic_cast<const c10::Error*>(&e)) text = c10error->what_without_backtrace();
    text = text.substr(0, text.find('\n'));
    return text.size() > 240 ? text.substr(0, 240) + "..." : text;
}

std::string seconds(int s) {
    return std::to_string(s) + " s";
}

} // namespace

#ifdef FGG_HAVE_C10D

namespace {

/// The address of this machine's interface that reaches `host` (a UDP "connect" sends nothing; it only
/// asks the kernel for the route), so Gloo listens where the other ranks can reach it. Empty when unknown.
std::string localAddressTowards(const std::string& host) {
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_DGRAM;
    addrinfo* found = nullptr;
    if (::getaddrinfo(host.c_str(), "9", &hints, &found) != 0 || !found) return "";
    std::string address;
    const int fd = ::socket(found->ai_family, SOCK_DGRAM, 0);
    if (fd >= 0 && ::connect(fd, found->ai_addr, found->ai_addrlen) == 0) {
        sockaddr_storage local{};
        socklen_t length = sizeof local;
        char text[NI_MAXHOST];
        if (::getsockname(fd, reinterpret_cast<sockaddr*>(&local), &length) == 0 &&
            ::getnameinfo(reinterpret_cast<sockaddr*>(&local), length, text, sizeof text, nullptr, 0,
                          NI_NUMERICHOST) == 0)
            address = text;
    }
    if (fd >= 0) ::close(fd);
    ::freeaddrinfo(found);
    return address;
}

std::shared_ptr<::gloo::transport::Device> glooDevice(const std::string& masterHost) {
    // GLOO_SOCKET_IFNAME is PyTorch's variable for the same choice: honour it on multi-homed machines.
    if (const char* interface = std::getenv("GLOO_SOCKET_IFNAME"); interface && *interface)
        return c10d::ProcessGroupGloo::createDeviceForInterface(interface);
    const std::string local = localAddressTowards(masterHost);
    if (!local.empty()) return c10d::ProcessGroupGloo::createDeviceForHostname(local);
    return c10d::ProcessGroupGloo::createDefaultDevice();
}

} // namespace

struct DistributedContext::Impl {
    c10::intrusive_ptr<c10d::Store> store;
    c10::intrusive_ptr<c10d::ProcessGroup> group;
    std::vector<c10::intrusive_ptr<c10d::Work>> pending;
    torch::Device device{torch::kCPU}; ///< where collectives' tensors live (the GPU for NCCL)
    std::chrono::milliseconds timeout{60000};
};

DistributedContext::DistributedContext(const DistributedOptions& o, torch::Device device)
    : options_(o), impl_(std::make_unique<Impl>()) {
    if (o.worldSize < 2) throw Error("a process group needs --world-size 2 or more");
    if (o.rank < 0 || o.rank >= o.worldSize)
        throw Error("--rank " + std::to_string(o.rank) + " is outside --world-size " +
                    std::to_string(o.worldSize) + " (ranks are 0 .. " + std::to_string(o.worldSize - 1) +
                    ")");
    if (o.timeoutSeconds < 1) throw Error("--timeout-seconds must be at least 1");
    if (o.master.empty())
        throw Error("give --master HOST:PORT: the address of rank 0, where the ranks meet (the same on every "
                    "rank)");
    const MasterAddress master = parseMasterAddress(o.master);
    impl_->timeout = std::chrono::milliseconds(1000LL * o.timeoutSeconds);
    impl_->device = device;
    const std::string who = "rank " + std::to_string(o.rank);

    c10d::TCPStoreOptions storeOptions;
    storeOptions.port = static_cast<std::uint16_t>(master.port);
    storeOptions.isServer = o.rank == 0;
    storeOptions.numWorkers = static_cast<std::size_t>(o.worldSize);
    storeOptions.waitWorkers = false; // the process group's rendezvous waits (with the timeout) instead
    storeOptions.timeout = impl_->timeout;
    try {
        impl_->store = c10::make_intrusive<c10d::TCPStore>(master.host, storeOptions);
    } catch (const std::exception& e) {
        if (o.rank == 0)
            throw Error(who + " cannot host the rendezvous at " + o.master + ": " + reasonOf(e) +
                        " (is another run using the port? choose another --master port on every rank)");
        throw Error(who + " could not reach the master at " + o.master + " within " +
                    seconds(o.timeoutSeconds) + ": " + reasonOf(e) +
                    " (is rank 0 running with the same --master, and can this machine reach it?)");
    }

    try {
        if (device.is_cuda()) {
#ifdef FGG_HAVE_C10D_NCCL
            // Without blocking waits NCCL ignores the timeout and a dead peer hangs the step forever.
            ::setenv("NCCL_BLOCKING_WAIT", "1", 0);
            auto options = c10d::ProcessGroupNCCL::Options::create();
            options->timeout = impl_->timeout;
            impl_->group =
                c10::make_intrusive<c10d::ProcessGroupNCCL>(impl_->store, o.rank, o.worldSize, options);
            backend_ = "nccl";
#else
            throw Error("--device cuda with --world-size " + std::to_string(o.worldSize) +
                        " needs NCCL, and this LibTorch has none: train with --device cpu (Gloo), or build "
                        "against a CUDA LibTorch with NCCL");
#endif
        } else {
            auto options = c10d::ProcessGroupGloo::Options::create(impl_->timeout);
            options->devices.push_back(glooDevice(master.host));
            impl_->group =
                c10::make_intrusive<c10d::ProcessGroupGloo>(impl_->store, o.rank, o.worldSize, options);
            backend_ = "gloo";
        }
    } catch (const Error&) {
        throw;
    } catch (const std::exception& e) {
        throw Error(who + " could not connect to the other ranks through " + o.master + " within " +
                    seconds(o.timeoutSeconds) + ": " + reasonOf(e) + " (did ranks 0 .. " +
                    std::to_string(o.worldSize - 1) + " all start with --world-size " +
                    std::to_string(o.worldSize) +
                    " and the same --master? Between machines the ranks' own ports must be open too; "
                    "GLOO_SOCKET_IFNAME picks the network interface)");
    }
}

DistributedContext::~DistributedContext() = default;

void DistributedContext::lostContact(const std::string& what, const std::string& reason) const {
    const std::string who = "rank " + std::to_string(rank());
    const std::string others =
        worldSize() == 2
            ? "rank " + std::to_string(1 - rank()) + " (is it still running?)"
            : "the group of " + std::to_string(worldSize()) + " ranks (are they all still running?)";
    throw CollectiveError(who + " lost contact with " + others + " during " + what + " (" + reason +
                          "). A rank that crashed or was stopped, a network failure, or a rank silent for " +
                          seconds(options_.timeoutSeconds) + " (--timeout-seconds) ends the run");
}

void DistributedContext::startSum(const torch::Tensor& t) {
    std::vector<at::Tensor> tensors{t};
    try {
        impl_->pending.push_back(impl_->group->allreduce(tensors));
    } catch (const std::exception& e) {
        impl_->pending.clear();
        lostContact("an all-reduce", reasonOf(e));
    }
}

void DistributedContext::waitAll(const std::string& what) {
    auto pending = std::move(impl_->pending);
    impl_->pending.clear();
    for (auto& work : pending) {
        try {
            work->wait(impl_->timeout);
        } catch (const std::exception& e) {
            lostContact(what, reasonOf(e));
        }
    }
}

void DistributedContext::sum(const torch::Tensor& t, const std::string& what) {
    startSum(t);
    waitAll(what);
}

void DistributedContext::broadcast(const torch::Tensor& t, const std::string& what) {
    std::vector<at::Tensor> tensors{t};
    c10d::BroadcastOptions options;
    options.rootRank = 0;
    try {
        impl_->group->broadcast(tensors, options)->wait(impl_->timeout);
    } catch (const std::exception& e) {
        lostContact(what, reasonOf(e));
    }
}

torch::Device DistributedContext::commDevice() const {
    return impl_->device;
}

std::string DistributedContext::broadcastBytes(const std::string& bytes, const std::string& what) {
    const auto onDevice = torch::TensorOptions().device(impl_->device);
    torch::Tensor size = torch::tensor({static_cast<int64_t>(bytes.size())}, onDevice.dtype(torch::kLong));
    broadcast(size, what);
    const int64_t n = size.cpu().item<int64_t>();
    torch::Tensor data = torch::empty({n}, torch::kUInt8);
    if (rank() == 0 && n > 0) std::memcpy(data.data_ptr<std::uint8_t>(), bytes.data(), bytes.size());
    data = data.to(impl_->device);
    if (n > 0) broadcast(data, what);
    data = data.cpu();
    return std::string(reinterpret_cast<const char*>(data.data_ptr<std::uint8_t>()),
                       static_cast<std::size_t>(n));
}

#else // no c10d in this LibTorch

struct DistributedContext::Impl {};

DistributedContext::DistributedContext(const DistributedOptions& o, torch::Device) : options_(o) {
    throw Error(
        "--world-size " + std::to_string(o.worldSize) +
        " needs LibTorch's distributed engine (c10d with Gloo), which this build of fgg lacks: rebuild "
        "against a LibTorch built with USE_DISTRIBUTED (on Debian, libtorch-dev with libgloo-dev; "
        "scripts/setup installs both), or train in one process");
}
DistributedContext::~DistributedContext() = default;
void DistributedContext::lostContact(const std::string& what, const std::string& reason) const {
    throw CollectiveError(what + ": " + reason);
}
torch::Device DistributedContext::commDevice() const {
    return torch::kCPU;
}
void DistributedContext::startSum(const torch::Tensor&) {}
void DistributedContext::waitAll(const std::string&) {}
void DistributedContext::sum(const torch::Tensor&, const std::string&) {}
void DistributedContext::broadcast(const torch::Tensor&, const std::string&) {}
std::string DistributedContext::broadcastBytes(const std::string& bytes, const std::string&) {
    return bytes;
}

#endif

void DistributedContext::checkSameEverywhere(const std::string& description, const std::string& what) {
    const std::string reference = broadcastBytes(description, what);
    // The first differing entry, for this rank's message.
    std::string mine, theirs;
    std::size_t a = 0, b = 0;
    while (a < description.size() || b < reference.size()) {
        const std::size_t ae = std::min(description.find(';', a), description.size());
        const std::size_t be = std::min(reference.find(';', b), reference.size());
        if (description.compare(a, ae - a, reference, b, be - b) != 0) {
            mine = description.substr(a, ae - a);
            theirs = reference.substr(b, be - b);
            break;
        }
        a = ae + 1;
        b = be + 1;
    }
    const bool differs = description != reference;
    torch::Tensor count = torch::tensor({differs ? 1.0 : 0.0}, torch::kDouble);
    count = count.to(commDevice());
    sum(count, what);
    const int different = static_cast<int>(count.cpu().item<double>());
    if (differs)
        throw Error("rank " + std::to_string(rank()) +
                    " was started with other options or data than rank 0: '" + mine + "' here, '" + theirs +
                    "' on rank 0 (start every rank with the same options and the "
                    "same dataset)");
    if (different > 0)
        throw Error("rank " + std::to_string(rank()) + ": " + std::to_string(different) +
                    " rank(s) were started with other options or data than rank 0 (their messages name the "
                    "difference)");
}

} // namespace fgg::train

#include "model/train/DistributedOptions.h"

#include "model/music/Error.h"

#include <cstdlib>

namespace fgg {

bool distributedTrainingAvailable() {
#ifdef FGG_HAVE_C10D
    return true;
#else
    return false;
#endif
}

std::string distributedBackends() {
#if defined(FGG_HAVE_C10D) && defined(FGG_HAVE_C10D_NCCL)
    return "gloo, nccl";
#elif defined(FGG_HAVE_C10D)
    return "gloo";
#else
    return "";
#endif
}

MasterAddress parseMasterAddress(const std::string& text) {
    const std::string form = " (expected HOST:PORT, e.g. 10.0.0.1:29500 or [fe80::1]:29500)";
    const std::size_t colon = text.rfind(':');
    if (text.empty() || colon == std::string::npos || colon == 0 || colon + 1 == text.size())
        throw Error("--master '" + text + "' is not an address" + form);
    MasterAddress a;
    a.host = text.substr(0, colon);
    if (a.host.size() >= 2 && a.host.front() == '[' && a.host.back() == ']')
        a.host = a.host.substr(1, a.host.size() - 2);
    else if (a.host.find(':') != std::string::npos)
        throw Error("--master '" + text + "': write an IPv6 host in brackets" + form);
    const std::string port = text.substr(colon + 1);
    char* end = nullptr;
    const long value = std::strtol(port.c_str(), &end, 10);
    if (*end != '\0' || value < 1 || value > 65535)
        throw Error("--master '" + text + "': the port must be a number from 1 to 65535" + form);
    a.port = static_cast<int>(value);
    return a;
}

} // namespace fgg

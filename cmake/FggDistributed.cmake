# fgg_detect_c10d(): does this LibTorch carry PyTorch's distributed engine (c10d)? Sets, in the cache,
#   FGG_HAVE_C10D       TCPStore + ProcessGroupGloo compile and link (`fgg train --world-size N` on CPUs)
#   FGG_HAVE_C10D_NCCL  ProcessGroupNCCL too (a CUDA LibTorch built with NCCL: the GPU path)
# A LibTorch built without USE_DISTRIBUTED still builds fgg; --world-size > 1 then says what is missing.
# ProcessGroupGloo.hpp includes gloo's own headers, which Debian ships apart (libgloo-dev).
include(CheckCXXSourceCompiles)
include(CMakePushCheckState)

function(fgg_detect_c10d)
  cmake_push_check_state(RESET)
  # The torch targets bring their include folders and USE_C10D_* definitions, as for fgg_model.
  set(CMAKE_REQUIRED_LIBRARIES ${TORCH_LIBRARIES})
  set(CMAKE_REQUIRED_QUIET ON)
  check_cxx_source_compiles([=[
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#ifndef USE_C10D_GLOO
#error "LibTorch built without Gloo"
#endif
int main() {
    auto options = c10d::ProcessGroupGloo::Options::create();
    c10d::TCPStoreOptions store;
    return options && store.port ? 0 : 1;
}
]=] FGG_HAVE_C10D)
  if(FGG_HAVE_C10D)
    check_cxx_source_compiles([=[
#include <torch/csrc/distributed/c10d/ProcessGroupNCCL.hpp>
#ifndef USE_C10D_NCCL
#error "LibTorch built without NCCL"
#endif
int main() { return c10d::ProcessGroupNCCL::Options::create() ? 0 : 1; }
]=] FGG_HAVE_C10D_NCCL)
  endif()
  cmake_pop_check_state()
  if(FGG_HAVE_C10D AND FGG_HAVE_C10D_NCCL)
    message(STATUS "c10d: Gloo and NCCL (distributed training on CPUs and GPUs)")
  elseif(FGG_HAVE_C10D)
    message(STATUS "c10d: Gloo (distributed training on CPUs; no NCCL in this LibTorch)")
  else()
    message(STATUS "c10d: not available (LibTorch without USE_DISTRIBUTED, or gloo headers missing: "
                   "libgloo-dev): fgg train runs in one process only")
  endif()
endfunction()

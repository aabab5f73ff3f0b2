# fgg_warnings(target): the project's warning set, errors in CI (FGG_WERROR=ON).
function(fgg_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor
                                           -Wno-unused-parameter)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # GCC 12's flow analysis reports impossible memcpy sizes inside libstdc++'s std::string at -O2/-O3
    # (GCC bugs 105329, 105651): false positives on correct code.
    target_compile_options(${target} PRIVATE -Wno-restrict -Wno-stringop-overflow -Wno-array-bounds)
  endif()
  if(FGG_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

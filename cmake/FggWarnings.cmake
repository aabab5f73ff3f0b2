# fgg_warnings(target): the project's warning set, errors in CI (FGG_WERROR=ON).
function(fgg_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor
                                           -Wno-unused-parameter)
  if(FGG_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

# fgg_check_layer(FOLDER ROOT SOURCES src... USES folder... [FORBID top...]): fails configuring when one of the
# sources of ROOT/FOLDER includes a ROOT/ folder other than FOLDER and the USES ones, or anything under the
# FORBID top-level folders. model/ and widgets/ use it to keep their folders' dependencies one-way.
function(fgg_check_layer folder root)
  cmake_parse_arguments(ARG "" "" "SOURCES;USES;FORBID" ${ARGN})
  foreach(src ${ARG_SOURCES})
    file(STRINGS ${src} includes REGEX "^#include \"[a-z]+/")
    foreach(line ${includes})
      string(REGEX REPLACE "^#include \"([a-z]+)/([a-z]*).*" "\\1;\\2" parts "${line}")
      list(GET parts 0 top)
      list(GET parts 1 used)
      if(top IN_LIST ARG_FORBID)
        message(FATAL_ERROR "${src} includes ${top}/, which ${root}/${folder}/ may not use; see the layering "
                            "in ${root}/CMakeLists.txt")
      elseif(top STREQUAL root AND NOT used STREQUAL folder AND NOT used IN_LIST ARG_USES)
        message(FATAL_ERROR "${src} includes ${root}/${used}/, which ${root}/${folder}/ may not use (allowed: "
                            "${ARG_USES}); see the layering in ${root}/CMakeLists.txt")
      endif()
    endforeach()
  endforeach()
endfunction()

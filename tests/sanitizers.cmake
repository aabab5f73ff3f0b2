# Included at the end of tests/CMakeLists.txt. Two things the robustness work needs from the test suite:
#
# 1. The label `threaded`: the tests that exercise more than one thread, which `scripts/sanitize thread` runs
#    under TSan (a TSan build of the whole suite would take hours and find nothing new).
# 2. The replay of the fuzz corpus (tests/unit/test_fuzz_regressions.cpp) and the atomic-save test call the
#    checkpoint loader, whose header is LibTorch's: they get the torch include folders here, and the replay test
#    the fuzz entry points (tests/fuzz/FuzzTargets.cpp) it shares with the libFuzzer targets.

# Engine: cancellation (sampler and generator), checked from a second thread in test_errors.cpp.
if(TARGET engine_tests)
  add_test(NAME engine_tests_threaded COMMAND engine_tests --gtest_filter=*Cancel*)
  set_tests_properties(engine_tests_threaded PROPERTIES LABELS threaded ENVIRONMENT "${FGG_TEST_ENV}" TIMEOUT 3000)
endif()
# Audio: the scheduler/transport thread against the UI thread; its deadline figures read from another thread.
# Not the GUI generation worker (gui_generation_test): its hand-offs are Qt queued calls, locked inside
# Debian's uninstrumented libQt6Core with futexes TSan cannot see, so every value passed between the threads
# is reported as a race (~300 reports, all through QMetaObject::invokeMethod / queued signals). Checking it
# needs a TSan-instrumented Qt; the worker's own threading (a generation on a second thread cancelled by
# the first) is what engine_tests_threaded checks.
foreach(test audio_scheduler_test audio_deadline_test)
  if(TEST ${test})
    set_property(TEST ${test} APPEND PROPERTY LABELS threaded)
  endif()
endforeach()

if(TARGET test_fuzz_regressions)
  target_sources(test_fuzz_regressions PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/FuzzTargets.cpp
                                               ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/FuzzCheckpoint.cpp)
  target_include_directories(test_fuzz_regressions SYSTEM PRIVATE ${TORCH_INCLUDE_DIRS})
  target_link_libraries(test_fuzz_regressions PRIVATE ${TORCH_LIBRARIES})
  target_compile_definitions(test_fuzz_regressions PRIVATE FGG_FUZZ_CORPUS="${CMAKE_CURRENT_SOURCE_DIR}/fuzz/corpus")
  if(TARGET fgg_app)
    target_sources(test_fuzz_regressions PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/FuzzProjectFile.cpp)
    target_link_libraries(test_fuzz_regressions PRIVATE fgg_app)
    target_compile_definitions(test_fuzz_regressions PRIVATE FGG_FUZZ_HAVE_PROJECT=1)
  endif()
endif()
if(TARGET test_atomic_save)
  target_include_directories(test_atomic_save SYSTEM PRIVATE ${TORCH_INCLUDE_DIRS})
  target_link_libraries(test_atomic_save PRIVATE ${TORCH_LIBRARIES})
endif()

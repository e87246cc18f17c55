// The runtime defines main() for Go programs (runtime/main.c); the tests bring their own, which
// keeps that object out of the link, and initialise the runtime the same way.
#include <gtest/gtest.h>

#include "runtime/internal.h"

int main(int argc, char** argv) {
  gocc_runtime_init(argc, argv);
  // Tests keep heap objects in C++ containers the collector does not see: no automatic cycles
  // (GOGC=off); the collector's tests (gc_test.cpp) run cycles explicitly.
  gocc_gc.percent = -1;
  gocc_gc.stress = 0;
  gocc_gc_stats.next_gc = UINT64_MAX;
  testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}

// The runtime defines main() for Go programs (runtime/main.c); the tests bring their own, which
// keeps that object out of the link, and initialise the runtime the same way.
#include <gtest/gtest.h>

#include "runtime/goccrt.h"

int main(int argc, char** argv) {
  gocc_runtime_init(argc, argv);
  testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}

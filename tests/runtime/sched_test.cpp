// The scheduler (runtime/sched.c) driven from C++: FIFO order, Gosched interleaving, many
// goroutines, stack reuse, semaphores, deadlock and stack-overflow texts, panics in goroutines.
#include <gtest/gtest.h>

#include <string>

#include "sched_util.h"

extern "C" {
void gocc_gosched(void);
}

namespace {

TEST(Sched, RunQueueIsFifo) {
  std::string log;
  for (int i = 0; i < 5; i++) rt::Go([&log, i] { log += std::to_string(i); });
  EXPECT_EQ(log, "");
  gocc_sched_run_until_idle();
  EXPECT_EQ(log, "01234");
}

TEST(Sched, GoschedInterleaves) {
  std::string log;
  rt::Go([&log] {
    for (int i = 0; i < 3; i++) {
      log += "a";
      gocc_gosched();
    }
  });
  rt::Go([&log] {
    for (int i = 0; i < 3; i++) {
      log += "b";
      gocc_gosched();
    }
  });
  gocc_sched_run_until_idle();
  EXPECT_EQ(log, "ababab");
}

TEST(Sched, NumGoroutineCountsLiveOnes) {
  EXPECT_EQ(gocc_sched_num_goroutines(), 1);
  int64_t seen = 0;
  rt::Go([&seen] { seen = gocc_sched_num_goroutines(); });
  rt::Go([] {});
  EXPECT_EQ(gocc_sched_num_goroutines(), 3);
  gocc_sched_run_until_idle();
  EXPECT_EQ(seen, 3);
  EXPECT_EQ(gocc_sched_num_goroutines(), 1);
}

TEST(Sched, ManyGoroutinesReuseStacks) {
  // 5,000 goroutines alive at once, then again: the second round reuses the first's stacks.
  int64_t sum = 0;
  for (int round = 0; round < 2; round++) {
    for (int i = 0; i < 5000; i++) {
      rt::Go([&sum, i] {
        volatile char buf[512];
        buf[0] = static_cast<char>(i);
        gocc_gosched();
        sum += i + buf[0] - static_cast<char>(i);
      });
    }
    gocc_sched_run_until_idle();
  }
  EXPECT_EQ(sum, 2 * (5000LL * 4999 / 2));
}

TEST(Sched, DeepRecursionOnGoroutineStack) {
  // 100,000 frames of ~64 bytes stay well inside the 1 MiB stack... only if it is really used.
  std::function<int(int)> depth = [&](int n) -> int {
    volatile char pad[32];
    pad[0] = 1;
    return n == 0 ? 0 : depth(n - 1) + pad[0];
  };
  int got = -1;
  rt::Go([&] { got = depth(2000); });
  gocc_sched_run_until_idle();
  EXPECT_EQ(got, 2000);
}

TEST(Sched, SemaphoreHandsOffInOrder) {
  uint32_t sema = 0;
  std::string log;
  for (int i = 0; i < 3; i++) {
    rt::Go([&, i] {
      gocc_semacquire(&sema);
      log += std::to_string(i);
    });
  }
  gocc_sched_run_until_idle();  // all three wait
  EXPECT_EQ(log, "");
  gocc_semrelease(&sema);
  gocc_semrelease(&sema);
  gocc_sched_run_until_idle();
  EXPECT_EQ(log, "01");
  EXPECT_EQ(sema, 0u);
  gocc_semrelease(&sema);
  gocc_semrelease(&sema);  // nobody waits: counted
  gocc_sched_run_until_idle();
  EXPECT_EQ(log, "012");
  EXPECT_EQ(sema, 1u);
}

// 34,000 goroutines blocked at once: each has a stack with a guard, and mprotect'ed guards (two
// memory maps per stack) would exhaust vm.max_map_count (65,530) at ~32,000. Released in FIFO order.
TEST(Sched, ThirtyFourThousandBlockedGoroutines) {
  const int kGoroutines = 34000;
  uint32_t sema = 0;
  std::vector<int> order;
  order.reserve(kGoroutines);
  for (int i = 0; i < kGoroutines; i++) {
    rt::Go([&, i] {
      gocc_semacquire(&sema);
      order.push_back(i);
    });
  }
  gocc_sched_run_until_idle();
  EXPECT_EQ(gocc_sched_num_goroutines(), kGoroutines + 1);
  for (int i = 0; i < kGoroutines; i++) gocc_semrelease(&sema);
  gocc_sched_run_until_idle();
  ASSERT_EQ(static_cast<int>(order.size()), kGoroutines);
  for (int i = 0; i < kGoroutines; i++) ASSERT_EQ(order[i], i);
  EXPECT_EQ(gocc_sched_num_goroutines(), 1);
}

// Waiters on two addresses of the same hash bucket: each address hands off in its own order.
TEST(Sched, SemaphoreBucketKeepsOrderPerAddress) {
  static uint32_t words[251 * 2 + 1];
  uint32_t* a = &words[0];
  uint32_t* b = &words[251 * 2];  // 251 * 8 bytes further: the same bucket
  std::string log;
  for (int i = 0; i < 4; i++) {
    rt::Go([&, i] {
      gocc_semacquire(i % 2 ? b : a);
      log += static_cast<char>('0' + i);
    });
  }
  gocc_sched_run_until_idle();
  gocc_semrelease(b);
  gocc_sched_run_until_idle();
  EXPECT_EQ(log, "1");
  gocc_semrelease(a);
  gocc_semrelease(b);
  gocc_semrelease(a);
  gocc_sched_run_until_idle();
  EXPECT_EQ(log, "1032");
}

void Deadlock() {
  uint32_t sema = 0;
  gocc_semacquire(&sema);
}

TEST(SchedDeathTest, DeadlockIsFatal) {
  EXPECT_EXIT(Deadlock(), testing::ExitedWithCode(2),
              "^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \\[semacquire\\]:\n");
}

int Recurse(int n) {
  volatile char pad[256];
  pad[0] = static_cast<char>(n);
  return Recurse(n + 1) + pad[0];
}

void OverflowInGoroutine() {
  rt::Go([] { Recurse(0); });
  gocc_sched_run_until_idle();
}

TEST(SchedDeathTest, GoroutineStackOverflowIsFatal) {
  EXPECT_EXIT(OverflowInGoroutine(), testing::ExitedWithCode(2), "fatal error: stack overflow");
}

void PanicInGoroutine() {
  rt::Go([] {});
  rt::Go([] { gocc_panic_plain("boom"); });
  gocc_sched_run_until_idle();
}

TEST(SchedDeathTest, PanicInGoroutineNamesIt) {
  EXPECT_EXIT(PanicInGoroutine(), testing::ExitedWithCode(2),
              "^panic: boom\n\ngoroutine [0-9]+ \\[running\\]:\n");
}

}  // namespace

// The timer queue (runtime/timer.c): the 4-ary heap against a sorted reference under random
// add/delete/modify, firing order, periodic re-arming, and sleeping goroutines woken in
// deadline order without waking early.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <string>

#include "sched_util.h"

namespace {

std::vector<int64_t> g_fired;

void Record(gocc_timer* t) { g_fired.push_back(t->when); }

TEST(Timer, HeapMatchesSortedReference) {
  std::mt19937_64 rng(12345);
  const int kTimers = 20000;
  std::vector<gocc_timer> timers(kTimers);
  std::multimap<int64_t, int> ref;  // when -> timer index, for pending timers
  std::vector<std::multimap<int64_t, int>::iterator> where(kTimers, ref.end());
  for (auto& t : timers) t = gocc_timer{.cfn = Record};
  for (int step = 0; step < 200000; step++) {
    int i = static_cast<int>(rng() % kTimers);
    int64_t when = static_cast<int64_t>(rng() % 1000000) + 1;
    switch (rng() % 3) {
      case 0:  // add or modify
        if (where[i] != ref.end()) ref.erase(where[i]);
        EXPECT_EQ(gocc_timer_mod(&timers[i], when, 0), where[i] != ref.end());
        where[i] = ref.emplace(when, i);
        break;
      case 1:  // delete
        EXPECT_EQ(gocc_timer_del(&timers[i]), where[i] != ref.end());
        if (where[i] != ref.end()) ref.erase(where[i]);
        where[i] = ref.end();
        break;
      case 2:  // earliest
        EXPECT_EQ(gocc_timer_next(), ref.empty() ? -1 : ref.begin()->first);
        break;
    }
  }
  EXPECT_EQ(gocc_timer_count(), static_cast<int64_t>(ref.size()));
  g_fired.clear();
  EXPECT_EQ(gocc_timers_run(500000), static_cast<int64_t>(std::distance(ref.begin(), ref.upper_bound(500000))));
  EXPECT_TRUE(std::is_sorted(g_fired.begin(), g_fired.end()));
  for (int64_t w : g_fired) EXPECT_LE(w, 500000);
  gocc_timers_run(INT64_MAX - 1);
  EXPECT_EQ(gocc_timer_count(), 0);
  EXPECT_EQ(static_cast<int64_t>(g_fired.size()), static_cast<int64_t>(ref.size()));
  EXPECT_TRUE(std::is_sorted(g_fired.begin(), g_fired.end()));
  EXPECT_EQ(gocc_timer_next(), -1);
}

TEST(Timer, PeriodicTimerSkipsMissedTicks) {
  gocc_timer t{.when = 100, .period = 10, .cfn = Record};
  g_fired.clear();
  gocc_timer_add(&t);
  EXPECT_EQ(gocc_timers_run(100), 1);
  EXPECT_EQ(t.when, 110);
  EXPECT_EQ(gocc_timers_run(135), 1);  // late: one tick, next at 140 (not 120, 130)
  EXPECT_EQ(t.when, 140);
  EXPECT_TRUE(gocc_timer_del(&t));
  EXPECT_FALSE(gocc_timer_del(&t));
  EXPECT_EQ(gocc_timer_count(), 0);
}

TEST(Timer, SleepersWakeInDeadlineOrder) {
  std::string log;
  int64_t start = gocc_nanotime();
  int64_t woke[3] = {0, 0, 0};
  const int64_t ms = 1000000;
  int64_t delays[3] = {30 * ms, 10 * ms, 20 * ms};
  for (int i = 0; i < 3; i++) {
    rt::Go([&, i] {
      gocc_sleep(delays[i]);
      woke[i] = gocc_nanotime();
      log += std::to_string(i);
    });
  }
  gocc_sched_run_until_idle();
  EXPECT_EQ(log, "120");
  for (int i = 0; i < 3; i++) EXPECT_GE(woke[i] - start, delays[i]);
}

TEST(Timer, MainSleepsWhileOthersRun) {
  int64_t start = gocc_nanotime();
  int ran = 0;
  rt::Go([&] { ran++; });
  gocc_sleep(5000000);
  EXPECT_EQ(ran, 1);
  EXPECT_GE(gocc_nanotime() - start, 5000000);
  gocc_sleep(0);
  gocc_sleep(-5);
}

}  // namespace

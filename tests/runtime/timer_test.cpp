// The timer queues (runtime/timer.c): every test runs against both backends, the 4-ary heap
// (Timer/Heap) and the hierarchical timing wheel (Timer/Wheel, GOCCDEBUG=timers=wheel): a sorted
// reference under random add/delete/modify, with a frozen and with an advancing clock, firing
// order, deadlines across all 64 bits, periodic re-arming, callbacks that stop or reset timers of
// their own batch, and sleeping goroutines woken in deadline order without waking early.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <string>

#include "sched_util.h"

// The hooks of package time (stdlib/time/sleep.go; defined in runtime/timer.c).
extern "C" {
void gocc_time_startTimer(gocc_timer* t);
bool gocc_time_stopTimer(gocc_timer* t);
bool gocc_time_resetTimer(gocc_timer* t, int64_t when, int64_t period);
}

namespace {

std::vector<int64_t> g_fired;

void Record(gocc_timer* t) { g_fired.push_back(t->when); }

// A timer record that is not pending, with all other fields zero.
gocc_timer MakeTimer(void (*cfn)(gocc_timer*), int64_t when = 0, int64_t period = 0) {
  gocc_timer t{};
  t.cfn = cfn;
  t.when = when;
  t.period = period;
  return t;
}

// Runs each test with the heap (false) and with the wheel (true); the queue is empty between tests.
class Timer : public ::testing::TestWithParam<bool> {
 protected:
  void SetUp() override { gocc_timers_use_wheel(GetParam()); }
  void TearDown() override {
    EXPECT_EQ(gocc_timer_count(), 0);
    gocc_timers_use_wheel(false);
  }
};

INSTANTIATE_TEST_SUITE_P(, Timer, ::testing::Values(false, true),
                         [](const ::testing::TestParamInfo<bool>& info) {
                           return std::string(info.param ? "Wheel" : "Heap");
                         });

TEST_P(Timer, QueueMatchesSortedReference) {
  std::mt19937_64 rng(12345);
  const int kTimers = 20000;
  std::vector<gocc_timer> timers(kTimers);
  std::multimap<int64_t, int> ref;  // when -> timer index, for pending timers
  std::vector<std::multimap<int64_t, int>::iterator> where(kTimers, ref.end());
  for (auto& t : timers) t = MakeTimer(Record);
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

TEST_P(Timer, PeriodicTimerSkipsMissedTicks) {
  gocc_timer t = MakeTimer(Record, 100, 10);
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

TEST_P(Timer, SleepersWakeInDeadlineOrder) {
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

TEST_P(Timer, MainSleepsWhileOthersRun) {
  int64_t start = gocc_nanotime();
  int ran = 0;
  rt::Go([&] { ran++; });
  gocc_sleep(5000000);
  EXPECT_EQ(ran, 1);
  EXPECT_GE(gocc_nanotime() - start, 5000000);
  gocc_sleep(0);
  gocc_sleep(-5);
}


// The clock moves forward in random steps (1 ns to 2^40 ns) while timers come and go with
// deadlines from the past to far ahead (every level of the wheel): after each run the fired
// deadlines are exactly the reference's due ones, in order, and next() is always exact.
TEST_P(Timer, AdvancingClockMatchesReference) {
  std::mt19937_64 rng(777);
  const int kTimers = 3000;
  std::vector<gocc_timer> timers(kTimers);
  std::multimap<int64_t, int> ref;
  std::vector<std::multimap<int64_t, int>::iterator> where(kTimers, ref.end());
  for (auto& t : timers) t = MakeTimer(Record);
  int64_t now = int64_t{1} << 40;
  auto ahead = [&] { return static_cast<int64_t>(rng() >> (24 + rng() % 40)); };  // < 2^40
  for (int step = 0; step < 100000; step++) {
    int i = static_cast<int>(rng() % kTimers);
    switch (rng() % 8) {
      case 0: case 1: case 2: {  // add or modify, sometimes in the past
        int64_t when = rng() % 16 == 0 ? now - static_cast<int64_t>(rng() % 1000) : now + ahead();
        if (where[i] != ref.end()) ref.erase(where[i]);
        EXPECT_EQ(gocc_timer_mod(&timers[i], when, 0), where[i] != ref.end());
        where[i] = ref.emplace(when, i);
        break;
      }
      case 3:  // delete
        EXPECT_EQ(gocc_timer_del(&timers[i]), where[i] != ref.end());
        if (where[i] != ref.end()) ref.erase(where[i]);
        where[i] = ref.end();
        break;
      case 4: case 5:  // earliest
        ASSERT_EQ(gocc_timer_next(), ref.empty() ? -1 : ref.begin()->first) << "step " << step;
        break;
      case 6: case 7: {  // advance and fire
        now += rng() % 4 == 0 ? ahead() : static_cast<int64_t>(rng() % 2000);
        std::vector<int64_t> want;
        while (!ref.empty() && ref.begin()->first <= now) {
          want.push_back(ref.begin()->first);
          where[ref.begin()->second] = ref.end();
          ref.erase(ref.begin());
        }
        g_fired.clear();
        EXPECT_EQ(gocc_timers_run(now), static_cast<int64_t>(want.size()));
        ASSERT_EQ(g_fired, want) << "step " << step;
        for (int k = 0; k < kTimers; k++) {
          if (where[k] == ref.end()) {
            EXPECT_EQ(timers[k].idx, 0);
          }
        }
        break;
      }
    }
    ASSERT_EQ(gocc_timer_count(), static_cast<int64_t>(ref.size()));
  }
  for (auto& t : timers) gocc_timer_del(&t);
}

// Deadlines 2^k - 1, 2^k and 2^k + 1 for every k, and the largest: each is the earliest in turn
// and fires alone when the clock reaches it, never a nanosecond early.
TEST_P(Timer, DeadlinesAcrossAllBits) {
  std::vector<int64_t> whens;
  for (int k = 1; k < 63; k++) {
    for (int64_t d = -1; d <= 1; d++) whens.push_back((int64_t{1} << k) + d);
  }
  whens.push_back(INT64_MAX);
  std::sort(whens.begin(), whens.end());
  whens.erase(std::unique(whens.begin(), whens.end()), whens.end());
  std::vector<gocc_timer> timers(whens.size());
  for (size_t i = 0; i < whens.size(); i++) {
    size_t j = (i * 7919) % whens.size();  // a scrambled order of adds
    timers[j] = MakeTimer(Record, whens[j]);
  }
  for (size_t i = 0; i < whens.size(); i++) gocc_timer_add(&timers[(i * 7919) % whens.size()]);
  EXPECT_EQ(gocc_timer_count(), static_cast<int64_t>(whens.size()));
  for (int64_t w : whens) {
    ASSERT_EQ(gocc_timer_next(), w);
    g_fired.clear();
    EXPECT_EQ(gocc_timers_run(w - 1), 0) << w;
    EXPECT_EQ(gocc_timers_run(w), 1) << w;
    EXPECT_EQ(g_fired, std::vector<int64_t>{w});
  }
  EXPECT_EQ(gocc_timer_next(), -1);
}

// A callback may stop, reset or add timers of the batch being fired: a stopped one does not
// fire, one reset to a passed deadline and one added already due fire in the same run.
gocc_timer g_batch[4];
std::string g_batch_log;
bool g_stop_result;

void BatchCallback(gocc_timer* t) {
  int i = static_cast<int>(t - g_batch);
  g_batch_log += static_cast<char>('A' + i);
  if (i == 0) {
    g_stop_result = gocc_timer_del(&g_batch[1]);   // B (due in this run) is stopped
    EXPECT_TRUE(gocc_timer_mod(&g_batch[2], 15, 0));  // C: from 30 to 15, still due
    g_batch[3].when = 5;
    gocc_timer_add(&g_batch[3]);                   // D: added, already due
  }
}

TEST_P(Timer, CallbacksStopResetAndAddTimersOfTheirBatch) {
  int64_t whens[3] = {10, 20, 30};
  for (int i = 0; i < 4; i++) g_batch[i] = MakeTimer(BatchCallback);
  for (int i = 0; i < 3; i++) {
    g_batch[i].when = whens[i];
    gocc_timer_add(&g_batch[i]);
  }
  g_batch_log.clear();
  EXPECT_EQ(gocc_timers_run(100), 3);
  EXPECT_TRUE(g_stop_result);
  EXPECT_EQ(g_batch_log.size(), 3u);
  EXPECT_EQ(g_batch_log[0], 'A');
  EXPECT_EQ(g_batch_log.find('B'), std::string::npos);
  EXPECT_NE(g_batch_log.find('C'), std::string::npos);
  EXPECT_NE(g_batch_log.find('D'), std::string::npos);
  EXPECT_EQ(gocc_timer_count(), 0);
  for (auto& t : g_batch) EXPECT_EQ(t.idx, 0);
}

// Go 1.19's Stop/Reset results through the hooks of package time: Stop of a pending timer is
// true, of a stopped or fired one false; Reset reports whether the timer was pending.
TEST_P(Timer, StopAndResetResults) {
  gocc_timer t = MakeTimer(Record);
  t.when = 50;
  gocc_time_startTimer(&t);
  EXPECT_TRUE(gocc_time_stopTimer(&t));
  EXPECT_FALSE(gocc_time_stopTimer(&t));
  EXPECT_FALSE(gocc_time_resetTimer(&t, 60, 0));
  EXPECT_TRUE(gocc_time_resetTimer(&t, 70, 0));
  g_fired.clear();
  EXPECT_EQ(gocc_timers_run(69), 0);
  EXPECT_EQ(gocc_timers_run(70), 1);
  EXPECT_FALSE(gocc_time_stopTimer(&t));
  EXPECT_FALSE(gocc_time_resetTimer(&t, -1, 0));  // negative: never (INT64_MAX)
  EXPECT_EQ(gocc_timer_next(), INT64_MAX);
  EXPECT_TRUE(gocc_time_stopTimer(&t));
  // A ticker: Reset changes the period too.
  EXPECT_FALSE(gocc_time_resetTimer(&t, 100, 10));
  EXPECT_EQ(gocc_timers_run(125), 1);
  EXPECT_EQ(t.when, 130);
  EXPECT_TRUE(gocc_time_resetTimer(&t, 200, 50));
  EXPECT_EQ(gocc_timers_run(300), 1);
  EXPECT_EQ(t.when, 350);
  EXPECT_TRUE(gocc_time_stopTimer(&t));
}

}  // namespace

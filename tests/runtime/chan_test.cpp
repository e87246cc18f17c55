// Channels and select (runtime/chan.c, chan_select.c) driven from C++ goroutines: hand-off on
// unbuffered channels, buffer order, close semantics, gc's panic texts, nil channels, select
// with default, blocking select woken by either side, and the uniform choice among ready cases.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "rt_test_util.h"
#include "sched_util.h"

extern "C" {
bool gocc_chansend(gocc_hchan* c, const void* ep, bool block);
gocc_pair gocc_chanrecv(gocc_hchan* c, void* ep, bool block);
void gocc_chansend1(void* c, void* elem);
void gocc_chanrecv1(void* c, void* elem);
bool gocc_chanrecv2(void* c, void* elem);
void gocc_closechan(void* c);
void* gocc_makechan(const gocc_type* elem, int64_t size);
int64_t gocc_chanlen(void* c);
int64_t gocc_chancap(void* c);
struct Scase {
  void* c;
  void* elem;
  int64_t dir;
};
gocc_pair gocc_selectgo(Scase* cases, int64_t ncases, bool block);
}

namespace {

void* MakeInt(int64_t size) { return gocc_makechan(&gocc_type_int, size); }

TEST(Chan, UnbufferedHandOff) {
  void* c = MakeInt(0);
  std::string log;
  rt::Go([&] {
    for (int64_t i = 1; i <= 3; i++) {
      gocc_chansend1(c, &i);
      log += "s" + std::to_string(i);
    }
  });
  int64_t sum = 0;
  for (int i = 0; i < 3; i++) {
    int64_t v = 0;
    gocc_chanrecv1(c, &v);
    log += "r" + std::to_string(v);
    sum += v;
  }
  EXPECT_EQ(sum, 6);
  // The receiver blocks first; each send completes a waiting receive and the sender runs on.
  EXPECT_EQ(log, "s1r1r2s2s3r3");
  gocc_sched_run_until_idle();
}

TEST(Chan, BufferedKeepsOrderAndCounts) {
  void* c = MakeInt(3);
  EXPECT_EQ(gocc_chancap(c), 3);
  for (int64_t i = 10; i < 13; i++) EXPECT_TRUE(gocc_chansend(static_cast<gocc_hchan*>(c), &i, false));
  int64_t extra = 99;
  EXPECT_FALSE(gocc_chansend(static_cast<gocc_hchan*>(c), &extra, false));  // full
  EXPECT_EQ(gocc_chanlen(c), 3);
  // A blocked sender's value goes to the tail when a receive frees a slot.
  rt::Go([&] { gocc_chansend1(c, &extra); });
  gocc_sched_run_until_idle();
  std::vector<int64_t> got;
  for (int i = 0; i < 4; i++) {
    int64_t v;
    gocc_chanrecv1(c, &v);
    got.push_back(v);
  }
  EXPECT_EQ(got, (std::vector<int64_t>{10, 11, 12, 99}));
  EXPECT_EQ(gocc_chanlen(c), 0);
  EXPECT_EQ(gocc_chanlen(nullptr), 0);
  EXPECT_EQ(gocc_chancap(nullptr), 0);
}

TEST(Chan, CloseDrainsThenZeroes) {
  void* c = MakeInt(2);
  int64_t v = 7;
  gocc_chansend1(c, &v);
  gocc_closechan(c);
  int64_t out = 0;
  EXPECT_TRUE(gocc_chanrecv2(c, &out));
  EXPECT_EQ(out, 7);
  out = 5;
  EXPECT_FALSE(gocc_chanrecv2(c, &out));
  EXPECT_EQ(out, 0);
}

TEST(Chan, CloseWakesBlockedReceivers) {
  void* c = MakeInt(0);
  int woke = 0;
  for (int i = 0; i < 3; i++) {
    rt::Go([&] {
      int64_t v = 1;
      if (!gocc_chanrecv2(c, &v) && v == 0) woke++;
    });
  }
  gocc_sched_run_until_idle();
  EXPECT_EQ(woke, 0);
  gocc_closechan(c);
  gocc_sched_run_until_idle();
  EXPECT_EQ(woke, 3);
}

TEST(Chan, PanicTexts) {
  void* c = MakeInt(1);
  gocc_closechan(c);
  int64_t v = 1;
  EXPECT_EQ(rt::PanicText([&] { gocc_chansend1(c, &v); }), "send on closed channel");
  EXPECT_EQ(rt::PanicText([&] { gocc_closechan(c); }), "close of closed channel");
  EXPECT_EQ(rt::PanicText([&] { gocc_closechan(nullptr); }), "close of nil channel");
  EXPECT_EQ(rt::PanicText([&] { MakeInt(-1); }), "makechan: size out of range");
}

TEST(Chan, NilChannelOpsNeverReady) {
  int64_t v = 0;
  EXPECT_FALSE(gocc_chansend(nullptr, &v, false));
  EXPECT_EQ(gocc_chanrecv(nullptr, &v, false).a, 0);
}

TEST(Chan, SelectDefaultWhenNothingReady) {
  void* a = MakeInt(0);
  int64_t v = 0, w = 3;
  Scase cases[] = {{a, &v, 0}, {a, &w, 1}, {nullptr, &v, 0}};
  EXPECT_EQ(gocc_selectgo(cases, 3, false).a, -1);
}

TEST(Chan, SelectBlocksUntilAnySideIsReady) {
  void* a = MakeInt(0);
  void* b = MakeInt(0);
  int64_t va = 0, vb = 0;
  rt::Go([&] {
    int64_t x = 42;
    gocc_chansend1(b, &x);
  });
  Scase cases[] = {{a, &va, 0}, {b, &vb, 0}};
  gocc_pair r = gocc_selectgo(cases, 2, true);
  EXPECT_EQ(r.a, 1);
  EXPECT_EQ(r.b, 1);
  EXPECT_EQ(vb, 42);
  // Now a receiver waits on a while select sends on a or b: its sudog on b must be gone.
  int64_t got = 0;
  rt::Go([&] { gocc_chanrecv1(a, &got); });
  gocc_sched_run_until_idle();
  int64_t s1 = 5, s2 = 6;
  Scase sends[] = {{b, &s1, 1}, {a, &s2, 1}};
  EXPECT_EQ(gocc_selectgo(sends, 2, true).a, 1);
  gocc_sched_run_until_idle();
  EXPECT_EQ(got, 6);
  EXPECT_EQ(b == nullptr, false);
  EXPECT_EQ(static_cast<gocc_hchan*>(b)->sendq.first, nullptr);
  EXPECT_EQ(static_cast<gocc_hchan*>(a)->recvq.first, nullptr);
}

TEST(Chan, BlockedSelectIsWokenOnceAndUnlinked) {
  void* a = MakeInt(0);
  void* b = MakeInt(0);
  int64_t va = 0, vb = 0;
  int64_t chosen = -2;
  rt::Go([&] {
    Scase cases[] = {{a, &va, 0}, {b, &vb, 0}};
    chosen = gocc_selectgo(cases, 2, true).a;
  });
  gocc_sched_run_until_idle();  // the select waits on both
  int64_t x = 9;
  EXPECT_TRUE(gocc_chansend(static_cast<gocc_hchan*>(a), &x, false));
  // The goroutine has not run yet: its sudog on b must not accept a second value.
  EXPECT_FALSE(gocc_chansend(static_cast<gocc_hchan*>(b), &x, false));
  gocc_sched_run_until_idle();
  EXPECT_EQ(chosen, 0);
  EXPECT_EQ(va, 9);
  EXPECT_EQ(static_cast<gocc_hchan*>(b)->recvq.first, nullptr);
}

TEST(Chan, SelectClosedChannelReceivesZero) {
  void* a = MakeInt(0);
  gocc_closechan(a);
  int64_t v = 4;
  Scase cases[] = {{a, &v, 0}};
  gocc_pair r = gocc_selectgo(cases, 1, true);
  EXPECT_EQ(r.a, 0);
  EXPECT_EQ(r.b, 0);
  EXPECT_EQ(v, 0);
  int64_t w = 1;
  Scase send[] = {{a, &w, 1}};
  EXPECT_EQ(rt::PanicText([&] { gocc_selectgo(send, 1, true); }), "send on closed channel");
}

TEST(Chan, SelectChoosesUniformly) {
  // Four always-ready cases, 40,000 selects: each count is Binomial(40000, 1/4), sd ~87; a
  // bound of 6 sd fails a biased choice (e.g. always the first ready case) and almost never a
  // fair one.
  void* cs[4];
  for (auto& c : cs) c = MakeInt(1);
  int counts[4] = {0, 0, 0, 0};
  for (int i = 0; i < 40000; i++) {
    int64_t v = i, out = 0;
    for (auto& c : cs) gocc_chansend(static_cast<gocc_hchan*>(c), &v, false);
    Scase cases[] = {{cs[0], &out, 0}, {cs[1], &out, 0}, {cs[2], &out, 0}, {cs[3], &out, 0}};
    counts[gocc_selectgo(cases, 4, false).a]++;
  }
  for (int k = 0; k < 4; k++) EXPECT_LT(std::abs(counts[k] - 10000), 6 * 87) << "case " << k;
}

TEST(Chan, PingPong) {
  void* ping = MakeInt(0);
  void* pong = MakeInt(0);
  rt::Go([&] {
    for (;;) {
      int64_t v;
      if (!gocc_chanrecv2(ping, &v)) return;
      v++;
      gocc_chansend1(pong, &v);
    }
  });
  int64_t v = 0;
  for (int i = 0; i < 100000; i++) {
    gocc_chansend1(ping, &v);
    gocc_chanrecv1(pong, &v);
  }
  EXPECT_EQ(v, 100000);
  gocc_closechan(ping);
  gocc_sched_run_until_idle();
}

void SendOnNilForever() {
  int64_t v = 0;
  gocc_chansend1(nullptr, &v);
}

TEST(ChanDeathTest, NilChannelBlocksForever) {
  EXPECT_EXIT(SendOnNilForever(), testing::ExitedWithCode(2),
              "^fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \\[chan send \\(nil chan\\)\\]:\n");
}

}  // namespace

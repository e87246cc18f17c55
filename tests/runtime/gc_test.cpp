// The garbage collector without the compiler: objects reached from registered roots, through
// interior pointers, precise heap scanning (pointer bitmaps, noscan spans), conservative false
// positives, reclamation and reuse, huge objects across arenas, fragmentation, deep structures
// (explicit mark stack), map internals, defer records, pacing and the scavenger.
//
// Automatic cycles are off in the test binary (test_main.cpp sets GOGC=off behaviour); each test
// calls Collect(). Pointers the test must not keep alive are held "hidden" (XOR-ed), and the
// stack below the caller is cleared before a cycle, so stale copies in dead frames do not count
// as conservative roots.
#include <gtest/gtest.h>

#include <cstring>
#include <vector>

#include "runtime/internal.h"
#include "tests/runtime/rt_test_util.h"

extern "C" void gocc_runtime_GC(void);

namespace {

constexpr uintptr_t kMask = 0x5a5a5a5a5a5a5a5aull;
uintptr_t Hide(const void* p) { return reinterpret_cast<uintptr_t>(p) ^ kMask; }
void* Reveal(uintptr_t h) { return reinterpret_cast<void*>(h ^ kMask); }

__attribute__((noinline)) void ClobberStack() {
  volatile char buf[32 * 1024];
  memset(const_cast<char*>(buf), 0, sizeof buf);
  __asm__ volatile("" : : "r"(buf) : "memory");
}

// A full cycle and the sweep finished, as runtime.GC() does, from a clean stack.
__attribute__((noinline)) void Collect() {
  ClobberStack();
  gocc_runtime_GC();
}

__attribute__((noinline)) bool Allocated(uintptr_t hidden) { return gocc_object_base(Reveal(hidden)) != nullptr; }

// Root slots the tests control: registered as a conservative C root.
void* g_roots[8];

struct GcTest : ::testing::Test {
  void SetUp() override {
    memset(g_roots, 0, sizeof g_roots);
    gocc_gc_add_root(g_roots, g_roots + 8);
  }
  void TearDown() override {
    memset(g_roots, 0, sizeof g_roots);
    gocc_gc_remove_root(g_roots);
  }
};

// {p unsafe.Pointer; x uintptr}: word 0 is a pointer, word 1 is not.
const gocc_type* PtrIntType() {
  static const gocc_type* t = [] {
    static const uint8_t bits[] = {1};
    gocc_type proto{};
    proto.size = 16;
    proto.ptrdata = 8;
    proto.kind = GOCC_KIND_STRUCT;
    proto.align = proto.field_align = 8;
    proto.gcdata = bits;
    proto.str = rt::Str("main.ptrint");
    return rt::NewType(proto);
  }();
  return t;
}

// Helpers do the pointer work in their own frames, so the test bodies hold hidden values only
// (an optimised test body may otherwise keep a stale pointer in a callee-saved register).
__attribute__((noinline)) uintptr_t NewNoscan(uint64_t size) { return Hide(gocc_alloc_noscan(size)); }
__attribute__((noinline)) void SetRoot(int i, uintptr_t hidden, uint64_t offset = 0) {
  g_roots[i] = hidden ? static_cast<char*>(Reveal(hidden)) + offset : nullptr;
}
__attribute__((noinline)) void SetWord(uintptr_t object, int word, uintptr_t hidden_value) {
  static_cast<uintptr_t*>(Reveal(object))[word] = reinterpret_cast<uintptr_t>(Reveal(hidden_value));
}
__attribute__((noinline)) uint64_t Word(uintptr_t object, int word) {
  return static_cast<uint64_t*>(Reveal(object))[word];
}

TEST_F(GcTest, UnreachableObjectsAreFreedAndTheirSlotsReused) {
  NewNoscan(48);
  Collect();
  uint64_t frees0 = gocc_gc_stats.frees, inuse0 = gocc_gc_stats.heap_inuse;
  std::vector<uintptr_t> hidden;
  for (int i = 0; i < 10000; i++) hidden.push_back(NewNoscan(48));
  Collect();
  int still = 0;
  for (uintptr_t h : hidden) still += Allocated(h);
  EXPECT_EQ(still, 0);
  EXPECT_GE(gocc_gc_stats.frees - frees0, 10000u);
  EXPECT_LE(gocc_gc_stats.heap_inuse, inuse0);
  // The same amount again fits in the memory just freed.
  uint64_t sys = gocc_stats.heap_sys;
  for (int i = 0; i < 10000; i++) NewNoscan(48);
  EXPECT_EQ(gocc_stats.heap_sys, sys);
}

__attribute__((noinline)) uintptr_t NewCounted() {
  auto* p = static_cast<uint64_t*>(gocc_alloc_noscan(64));
  for (int i = 0; i < 8; i++) p[i] = 1000 + i;
  return Hide(p);
}

TEST_F(GcTest, RootedObjectSurvivesWithItsContents) {
  uintptr_t h = NewCounted();
  SetRoot(0, h);
  Collect();
  ASSERT_TRUE(Allocated(h));
  for (int i = 0; i < 8; i++) EXPECT_EQ(Word(h, i), 1000u + i);
  SetRoot(0, 0);
  Collect();
  EXPECT_FALSE(Allocated(h));
}

TEST_F(GcTest, InteriorPointerKeepsTheObject) {
  for (uint64_t size : {16u, 96u, 4096u, 32768u, 100000u}) {
    uintptr_t h = NewNoscan(size);
    SetRoot(1, h, size - 1);  // the last byte
    Collect();
    EXPECT_TRUE(Allocated(h)) << size;
    SetRoot(1, 0);
    Collect();
    EXPECT_FALSE(Allocated(h)) << size;
  }
}

__attribute__((noinline)) uintptr_t NewPtrInt() { return Hide(gocc_alloc(16, PtrIntType())); }

TEST_F(GcTest, HeapIsScannedPreciselyByType) {
  uintptr_t holder = NewPtrInt(), a = NewNoscan(32), b = NewNoscan(32);
  SetWord(holder, 0, a);  // pointer word
  SetWord(holder, 1, b);  // integer word holding an address
  SetRoot(0, holder);
  Collect();
  EXPECT_TRUE(Allocated(a));
  EXPECT_FALSE(Allocated(b)) << "a non-pointer word kept an object alive";
}

TEST_F(GcTest, NoscanObjectsAreNeverScanned) {
  uintptr_t holder = NewNoscan(16), a = NewNoscan(32);
  SetWord(holder, 0, a);
  SetRoot(0, holder);
  Collect();
  EXPECT_TRUE(Allocated(holder));
  EXPECT_FALSE(Allocated(a));
}

TEST_F(GcTest, ConservativeRootsKeepFalsePositives) {
  // An integer in a conservative root that happens to equal an interior address retains the
  // object: the documented price of conservative stacks and C roots.
  uintptr_t h = NewNoscan(256);
  uintptr_t as_int = reinterpret_cast<uintptr_t>(Reveal(h)) + 100;
  memcpy(&g_roots[2], &as_int, sizeof as_int);
  Collect();
  EXPECT_TRUE(Allocated(h));
}

TEST_F(GcTest, ObjectsReachableOnlyFromTheStackSurvive) {
  // A pointer in this frame (kept in memory by the volatile) is a root.
  void* volatile local = gocc_alloc_noscan(40);
  uintptr_t h = Hide(local);
  Collect();
  EXPECT_TRUE(Allocated(h));
  EXPECT_EQ(gocc_object_base(local), local);
}

// A singly linked list of n nodes {next, value}, only its head rooted.
__attribute__((noinline)) void* BuildList(int n, const gocc_type* node) {
  void* head = nullptr;
  for (int i = 0; i < n; i++) {
    auto* p = static_cast<uintptr_t*>(gocc_alloc(16, node));
    p[0] = reinterpret_cast<uintptr_t>(head);
    p[1] = static_cast<uintptr_t>(i);
    head = p;
  }
  return head;
}

TEST_F(GcTest, DeepListIsMarkedWithoutRecursion) {
  const int n = 1000000;
  g_roots[0] = BuildList(n, PtrIntType());
  Collect();
  int count = 0;
  for (auto* p = static_cast<uintptr_t*>(g_roots[0]); p; p = reinterpret_cast<uintptr_t*>(p[0])) {
    ASSERT_EQ(p[1], static_cast<uintptr_t>(n - 1 - count));
    count++;
  }
  EXPECT_EQ(count, n);
  uint64_t frees0 = gocc_gc_stats.frees;
  g_roots[0] = nullptr;
  Collect();
  EXPECT_GE(gocc_gc_stats.frees - frees0, static_cast<uint64_t>(n) - 10);
}

TEST_F(GcTest, HugeObjectsFreeTheirPagesForReuse) {
  Collect();
  uint64_t inuse0 = gocc_gc_stats.heap_inuse;
  uintptr_t h = NewNoscan(100 << 20);
  EXPECT_GE(gocc_gc_stats.heap_inuse - inuse0, 100u << 20);
  Collect();
  EXPECT_FALSE(Allocated(h));
  EXPECT_LT(gocc_gc_stats.heap_inuse, inuse0 + (1 << 20));
  uint64_t sys = gocc_stats.heap_sys;
  NewNoscan(100 << 20);
  EXPECT_EQ(gocc_stats.heap_sys, sys) << "the freed pages were not reused";
}

__attribute__((noinline)) uintptr_t NewPointerArray(uint64_t n) {
  return Hide(gocc_alloc(n * 8, &gocc_type_unsafe_pointer));
}

TEST_F(GcTest, PointerArraySpanningArenasIsScannedToTheEnd) {
  // 80 MiB of pointers: the object crosses a 64 MiB arena boundary, so does its bitmap.
  const uint64_t n = (80u << 20) / 8;
  uintptr_t arr = NewPointerArray(n);
  uintptr_t first = NewNoscan(24), last = NewNoscan(24);
  SetWord(arr, 0, first);
  SetWord(arr, static_cast<int>(n - 1), last);
  SetRoot(0, arr);
  Collect();
  EXPECT_TRUE(Allocated(first));
  EXPECT_TRUE(Allocated(last));
  SetRoot(0, 0);
  Collect();
  EXPECT_FALSE(Allocated(arr));
  EXPECT_FALSE(Allocated(last));
}

TEST_F(GcTest, FragmentedSpansAreReusedBeforeTheHeapGrows) {
  // Keep every other object of several classes; the holes are reused by later allocations.
  const uint64_t sizes[] = {8, 24, 48, 112, 512, 1024, 4096};
  auto* keep = static_cast<void**>(gocc_alloc_words(7 * 2000 * 8));
  g_roots[0] = keep;
  for (int c = 0; c < 7; c++)
    for (int i = 0; i < 4000; i++) {
      void* p = gocc_alloc_noscan(sizes[c]);
      if (i % 2 == 0) keep[c * 2000 + i / 2] = p;
    }
  Collect();
  uint64_t sys = gocc_stats.heap_sys, inuse = gocc_gc_stats.heap_inuse;
  for (int c = 0; c < 7; c++)
    for (int i = 0; i < 2000; i++) gocc_alloc_noscan(sizes[c]);
  EXPECT_EQ(gocc_stats.heap_sys, sys);
  EXPECT_EQ(gocc_gc_stats.heap_inuse, inuse) << "new spans taken although holes were free";
  for (int c = 0; c < 7; c++)
    for (int i = 0; i < 2000; i++) ASSERT_NE(gocc_object_base(keep[c * 2000 + i]), nullptr);
}

TEST_F(GcTest, MapWithoutPointersKeepsItsOverflowBuckets) {
  // map[int64]int64 buckets are scanned only for their overflow pointer.
  const gocc_type* mt = rt::MapOf(&gocc_type_int64, &gocc_type_int64, "map[int64]int64");
  gocc_hmap* h = gocc_makemap(mt, 0);
  g_roots[0] = h;
  for (int64_t i = 0; i < 50000; i++) *static_cast<int64_t*>(gocc_mapassign_fast64(mt, h, (uint64_t)i * 7)) = i;
  for (int round = 0; round < 3; round++) {
    Collect();
    for (int i = 0; i < 1000; i++) gocc_alloc_noscan(208);  // reuse freed slots, if any
  }
  for (int64_t i = 0; i < 50000; i++) {
    auto* v = static_cast<int64_t*>(gocc_mapaccess2_fast64(mt, h, (uint64_t)i * 7));
    ASSERT_NE(v, nullptr) << i;
    ASSERT_EQ(*v, i);
  }
}

__attribute__((noinline)) void FillPointerMap(const gocc_type* mt, gocc_hmap* h, int64_t n) {
  for (int64_t i = 0; i < n; i++) {
    auto* obj = static_cast<int64_t*>(gocc_alloc_noscan(32));
    obj[0] = obj[3] = i;
    gocc_string key = gocc_slicebytetostring(nullptr, reinterpret_cast<const uint8_t*>(&i), 8);  // heap key
    *static_cast<void**>(gocc_mapassign_faststr(mt, h, key.ptr, key.len)) = obj;
  }
}

TEST_F(GcTest, MapWithPointersKeepsKeysAndValues) {
  // map[string]unsafe.Pointer: keys' data and values are reached only through the buckets.
  const gocc_type* mt = rt::MapOf(&gocc_type_string, &gocc_type_unsafe_pointer, "map[string]unsafe.Pointer");
  gocc_hmap* h = gocc_makemap(mt, 0);
  g_roots[0] = h;
  FillPointerMap(mt, h, 20000);
  for (int round = 0; round < 3; round++) {
    Collect();
    for (int i = 0; i < 2000; i++) memset(gocc_alloc_noscan(32), 0xff, 32);  // reuse freed slots
  }
  for (int64_t i = 0; i < 20000; i++) {
    auto* v = static_cast<int64_t**>(gocc_mapaccess2_faststr(mt, h, reinterpret_cast<const uint8_t*>(&i), 8));
    ASSERT_NE(v, nullptr) << i;
    ASSERT_EQ((*v)[0], i);
    ASSERT_EQ((*v)[3], i);
  }
  int64_t n = 0;
  gocc_mapiter it;
  for (gocc_mapiterinit(mt, h, &it); it.key != nullptr; gocc_mapiternext(&it)) {
    auto* key = static_cast<gocc_string*>(it.key);
    int64_t k;
    memcpy(&k, key->ptr, 8);
    ASSERT_EQ((*static_cast<int64_t**>(it.elem))[0], k);
    n++;
  }
  EXPECT_EQ(n, 20000);
}

TEST_F(GcTest, PacingGoalIsMarkedTimesOnePlusGogc) {
  int saved = gocc_gc.percent;
  gocc_gc.percent = 100;
  auto* keep = static_cast<void**>(gocc_alloc_words(4096 * 8));
  g_roots[0] = keep;
  for (int i = 0; i < 4096; i++) keep[i] = gocc_alloc_noscan(4096);  // 16 MiB live
  Collect();
  uint64_t marked = gocc_gc_stats.heap_marked;
  EXPECT_GE(marked, 16u << 20);
  EXPECT_EQ(gocc_gc_stats.next_gc, marked * 2);
  gocc_gc.percent = 50;
  Collect();
  EXPECT_EQ(gocc_gc_stats.next_gc, gocc_gc_stats.heap_marked * 3 / 2);
  gocc_gc.percent = saved;
}

TEST_F(GcTest, AutomaticCyclesBoundTheHeap) {
  int saved = gocc_gc.percent;
  gocc_gc.percent = 100;
  Collect();
  uint64_t sys0 = gocc_stats.heap_sys, gc0 = gocc_gc_stats.num_gc;
  for (int i = 0; i < 200000; i++) gocc_alloc_noscan(1024);  // 200 MiB of garbage
  EXPECT_GT(gocc_gc_stats.num_gc - gc0, 5u);
  EXPECT_LE(gocc_stats.heap_sys - sys0, 64u << 20);
  gocc_gc.percent = saved;
}

TEST_F(GcTest, IdleFreePagesAreReturnedToTheOs) {
  uint64_t released0 = gocc_gc_stats.heap_released;
  uintptr_t h = NewNoscan(8 << 20);
  (void)h;
  Collect();  // frees the 8 MiB run
  Collect();  // idle for a whole cycle now; the paced scavenger may have released it
  EXPECT_EQ(gocc_heap_scavenge(0), 0u);  // no budget, nothing released
  gocc_heap_scavenge(UINT64_MAX);
  EXPECT_GE(gocc_gc_stats.heap_released - released0, 8u << 20);
}

// Simulated generated code: a frame whose only deferred closure lives in an off-heap record.
int g_deferred_value;
void DeferredFn(void* closure) { g_deferred_value = static_cast<int*>(closure)[2]; }

TEST_F(GcTest, DeferredClosuresAreRoots) {
  gocc_frame fr;
  gocc_frame_push(&fr);
  {
    auto* c = static_cast<int*>(gocc_alloc_words(16));
    *reinterpret_cast<void**>(c) = reinterpret_cast<void*>(&DeferredFn);
    c[2] = 4242;
    gocc_defer(&fr, c);
    c = nullptr;
  }
  for (int round = 0; round < 2; round++) {
    Collect();
    for (int i = 0; i < 1000; i++) memset(gocc_alloc_words(16), 0xff, 16);  // reuse if freed
  }
  gocc_frame_return(&fr);
  EXPECT_EQ(g_deferred_value, 4242);
}

TEST_F(GcTest, MemStatsCountFrees) {
  Collect();
  uint64_t mallocs = gocc_stats.mallocs, frees = gocc_gc_stats.frees, gcs = gocc_gc_stats.num_gc;
  for (int i = 0; i < 1000; i++) NewNoscan(16);
  Collect();
  EXPECT_EQ(gocc_stats.mallocs - mallocs, 1000u);
  EXPECT_GE(gocc_gc_stats.frees - frees, 1000u);
  EXPECT_EQ(gocc_gc_stats.num_gc - gcs, 1u);
  EXPECT_GT(gocc_gc_stats.pause_total_ns, 0u);
}

}  // namespace

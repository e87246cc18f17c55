// Maps: against std::unordered_map, iteration guarantees, growth during iteration, key kinds.
#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <random>
#include <set>
#include <unordered_map>

#include "runtime/internal.h"
#include "tests/runtime/rt_test_util.h"

namespace {

using rt::Str;
using rt::ToStd;

const gocc_type* MapIntInt() {
  static const gocc_type* t = rt::MapOf(&gocc_type_int64, &gocc_type_int64, "map[int64]int64");
  return t;
}

TEST(Map, RandomOpsAgainstUnorderedMap) {
  const gocc_type* mt = MapIntInt();
  gocc_hmap* h = gocc_makemap(mt, 0);
  std::unordered_map<int64_t, int64_t> ref;
  std::mt19937_64 rng(42);
  for (int i = 0; i < 100000; i++) {
    int64_t k = (int64_t)(rng() % 50000) - 25000;
    switch (rng() % 4) {
      case 0:
      case 1: {
        int64_t v = (int64_t)rng();
        *static_cast<int64_t*>(gocc_mapassign_fast64(mt, h, (uint64_t)k)) = v;
        ref[k] = v;
        break;
      }
      case 2:
        gocc_mapdelete(mt, h, &k);
        ref.erase(k);
        break;
      case 3: {
        auto* v = static_cast<int64_t*>(gocc_mapaccess2_fast64(mt, h, (uint64_t)k));
        auto it = ref.find(k);
        if (it == ref.end()) {
          ASSERT_EQ(v, nullptr);
          ASSERT_EQ(*static_cast<int64_t*>(gocc_mapaccess1(mt, h, &k)), 0);
        } else {
          ASSERT_NE(v, nullptr);
          ASSERT_EQ(*v, it->second);
        }
        break;
      }
    }
    ASSERT_EQ(gocc_maplen(h), (int64_t)ref.size());
  }
  for (auto& [k, v] : ref) ASSERT_EQ(*static_cast<int64_t*>(gocc_mapaccess1_fast64(mt, h, (uint64_t)k)), v);
  // Iteration visits each key exactly once.
  std::set<int64_t> seen;
  gocc_mapiter it;
  for (gocc_mapiterinit(mt, h, &it); it.key; gocc_mapiternext(&it)) {
    int64_t k = *static_cast<int64_t*>(it.key);
    ASSERT_TRUE(seen.insert(k).second) << "key " << k << " visited twice";
    ASSERT_EQ(*static_cast<int64_t*>(it.elem), ref.at(k));
  }
  EXPECT_EQ(seen.size(), ref.size());
}

TEST(Map, InsertLookupDelete100kKeys) {
  const gocc_type* mt = MapIntInt();
  gocc_hmap* h = gocc_makemap(mt, 0);
  std::mt19937_64 rng(7);
  std::vector<int64_t> keys;
  std::unordered_map<int64_t, int64_t> ref;
  for (int i = 0; i < 100000; i++) {
    int64_t k = (int64_t)rng();
    keys.push_back(k);
    ref[k] = i;
    *static_cast<int64_t*>(gocc_mapassign(mt, h, &k)) = i;
  }
  ASSERT_EQ(gocc_maplen(h), (int64_t)ref.size());
  for (int64_t k : keys) ASSERT_EQ(*static_cast<int64_t*>(gocc_mapaccess1(mt, h, &k)), ref[k]);
  for (size_t i = 0; i < keys.size(); i += 2) {
    gocc_mapdelete_fast64(mt, h, (uint64_t)keys[i]);
    ref.erase(keys[i]);
  }
  ASSERT_EQ(gocc_maplen(h), (int64_t)ref.size());
  for (size_t i = 0; i < keys.size(); i++) {
    void* v = gocc_mapaccess2(mt, h, &keys[i]);
    ASSERT_EQ(v != nullptr, ref.count(keys[i]) == 1);
  }
}

TEST(Map, IterationOrderIsRandomised) {
  const gocc_type* mt = MapIntInt();
  gocc_hmap* h = gocc_makemap(mt, 0);
  for (int64_t k = 0; k < 50; k++) *static_cast<int64_t*>(gocc_mapassign(mt, h, &k)) = k;
  std::set<int64_t> firsts;
  for (int round = 0; round < 50; round++) {
    gocc_mapiter it;
    gocc_mapiterinit(mt, h, &it);
    firsts.insert(*static_cast<int64_t*>(it.key));
  }
  EXPECT_GT(firsts.size(), 5u);
}

TEST(Map, GrowthDuringIterationVisitsOldKeysOnce) {
  const gocc_type* mt = MapIntInt();
  for (int trial = 0; trial < 20; trial++) {
    gocc_hmap* h = gocc_makemap(mt, 0);
    const int64_t n = 13 + trial * 37;
    for (int64_t k = 0; k < n; k++) *static_cast<int64_t*>(gocc_mapassign(mt, h, &k)) = k;
    std::map<int64_t, int> seen;
    int64_t next = 1000000;
    gocc_mapiter it;
    for (gocc_mapiterinit(mt, h, &it); it.key; gocc_mapiternext(&it)) {
      int64_t k = *static_cast<int64_t*>(it.key);
      seen[k]++;
      // Each step inserts three new keys: the map grows several times during the loop.
      for (int j = 0; j < 3; j++, next++) *static_cast<int64_t*>(gocc_mapassign(mt, h, &next)) = next;
    }
    for (int64_t k = 0; k < n; k++) ASSERT_EQ(seen[k], 1) << "trial " << trial << " key " << k;
    for (auto& [k, count] : seen) ASSERT_EQ(count, 1) << "key " << k;
  }
}

TEST(Map, DeleteDuringIteration) {
  const gocc_type* mt = MapIntInt();
  gocc_hmap* h = gocc_makemap(mt, 0);
  for (int64_t k = 0; k < 1000; k++) *static_cast<int64_t*>(gocc_mapassign(mt, h, &k)) = k;
  std::set<int64_t> seen, deleted;
  gocc_mapiter it;
  for (gocc_mapiterinit(mt, h, &it); it.key; gocc_mapiternext(&it)) {
    int64_t k = *static_cast<int64_t*>(it.key);
    ASSERT_EQ(deleted.count(k), 0u) << "deleted key " << k << " produced";
    ASSERT_TRUE(seen.insert(k).second);
    int64_t partner = 999 - k;  // delete a key not yet seen (maybe)
    if (!seen.count(partner)) {
      gocc_mapdelete(mt, h, &partner);
      deleted.insert(partner);
    }
  }
  EXPECT_EQ(seen.size() + deleted.size(), 1000u);
  EXPECT_EQ(gocc_maplen(h), (int64_t)seen.size());
}

TEST(Map, DeleteEverythingDuringIterationAndClear) {
  const gocc_type* mt = MapIntInt();
  gocc_hmap* h = gocc_makemap(mt, 100);
  for (int64_t k = 0; k < 500; k++) *static_cast<int64_t*>(gocc_mapassign(mt, h, &k)) = k;
  gocc_mapiter it;
  int visited = 0;
  for (gocc_mapiterinit(mt, h, &it); it.key; gocc_mapiternext(&it)) {
    gocc_mapdelete(mt, h, it.key);
    visited++;
  }
  EXPECT_EQ(visited, 500);
  EXPECT_EQ(gocc_maplen(h), 0);
  for (int64_t k = 0; k < 10; k++) *static_cast<int64_t*>(gocc_mapassign(mt, h, &k)) = k;
  gocc_mapclear(mt, h);
  EXPECT_EQ(gocc_maplen(h), 0);
  int64_t k = 3;
  EXPECT_EQ(gocc_mapaccess2(mt, h, &k), nullptr);
}

TEST(Map, StringKeys) {
  const gocc_type* mt = rt::MapOf(&gocc_type_string, &gocc_type_int, "map[string]int");
  gocc_hmap* h = gocc_makemap(mt, 0);
  std::vector<std::string> keys;
  for (int i = 0; i < 5000; i++) keys.push_back("key-" + std::to_string(i * 7919));
  for (size_t i = 0; i < keys.size(); i++) {
    auto* v = static_cast<int64_t*>(
        gocc_mapassign_faststr(mt, h, reinterpret_cast<const uint8_t*>(keys[i].data()), (int64_t)keys[i].size()));
    *v = (int64_t)i;
  }
  EXPECT_EQ(gocc_maplen(h), 5000);
  for (size_t i = 0; i < keys.size(); i++) {
    // Look up through a different copy of the bytes: keys compare by content.
    std::string copy = keys[i];
    gocc_string k = {reinterpret_cast<const uint8_t*>(copy.data()), (int64_t)copy.size()};
    ASSERT_EQ(*static_cast<int64_t*>(gocc_mapaccess1(mt, h, &k)), (int64_t)i);
  }
  EXPECT_EQ(gocc_mapaccess2_faststr(mt, h, Str("nope").ptr, 4), nullptr);
  gocc_string empty = {nullptr, 0};
  *static_cast<int64_t*>(gocc_mapassign(mt, h, &empty)) = -1;
  EXPECT_EQ(*static_cast<int64_t*>(gocc_mapaccess1_faststr(mt, h, Str("").ptr, 0)), -1);
  gocc_mapdelete_faststr(mt, h, Str("key-0").ptr, 5);
  EXPECT_EQ(gocc_maplen(h), 5000);
}

TEST(Map, InterfaceKeys) {
  const gocc_type* mt = rt::MapOf(&gocc_type_empty_interface, &gocc_type_int, "map[interface {}]int");
  gocc_hmap* h = gocc_makemap(mt, 0);
  gocc_iface k1 = {&gocc_type_int, gocc_convT64(5)};
  gocc_iface k2 = {&gocc_type_string, gocc_convTstring(Str("5").ptr, 1)};
  gocc_iface k3 = {&gocc_type_int64, gocc_convT64(5)};  // same bits, different type
  gocc_iface knil = {nullptr, nullptr};
  *static_cast<int64_t*>(gocc_mapassign(mt, h, &k1)) = 1;
  *static_cast<int64_t*>(gocc_mapassign(mt, h, &k2)) = 2;
  *static_cast<int64_t*>(gocc_mapassign(mt, h, &k3)) = 3;
  *static_cast<int64_t*>(gocc_mapassign(mt, h, &knil)) = 4;
  EXPECT_EQ(gocc_maplen(h), 4);
  gocc_iface probe = {&gocc_type_int, gocc_convT64(5)};
  EXPECT_EQ(*static_cast<int64_t*>(gocc_mapaccess1(mt, h, &probe)), 1);
  gocc_iface sprobe = {&gocc_type_string, gocc_convTstring(Str("5").ptr, 1)};
  EXPECT_EQ(*static_cast<int64_t*>(gocc_mapaccess1(mt, h, &sprobe)), 2);
  EXPECT_EQ(*static_cast<int64_t*>(gocc_mapaccess1(mt, h, &knil)), 4);
  // An unhashable dynamic type panics, on assignment and on lookup (even in an empty map).
  const gocc_type* ints = rt::SliceOf(&gocc_type_int, "[]int");
  static gocc_slice backing = {nullptr, 0, 0};
  EXPECT_EQ(rt::PanicText([&] {
              gocc_iface bad = {ints, &backing};
              gocc_mapassign(mt, h, &bad);
            }),
            "runtime error: hash of unhashable type []int");
  gocc_hmap* empty = gocc_makemap(mt, 0);
  EXPECT_EQ(rt::PanicText([&] {
              gocc_iface bad = {ints, &backing};
              gocc_mapaccess1(mt, empty, &bad);
            }),
            "runtime error: hash of unhashable type []int");
}

TEST(Map, FloatKeys) {
  const gocc_type* mt = rt::MapOf(&gocc_type_float64, &gocc_type_int, "map[float64]int");
  gocc_hmap* h = gocc_makemap(mt, 0);
  double nan = std::nan(""), zero = 0.0, negzero = -0.0;
  *static_cast<int64_t*>(gocc_mapassign(mt, h, &nan)) = 1;
  *static_cast<int64_t*>(gocc_mapassign(mt, h, &nan)) = 2;
  EXPECT_EQ(gocc_maplen(h), 2);  // NaN != NaN: two entries
  EXPECT_EQ(gocc_mapaccess2(mt, h, &nan), nullptr);
  *static_cast<int64_t*>(gocc_mapassign(mt, h, &zero)) = 3;
  *static_cast<int64_t*>(gocc_mapassign(mt, h, &negzero)) = 4;
  EXPECT_EQ(gocc_maplen(h), 3);  // +0 == -0
  EXPECT_EQ(*static_cast<int64_t*>(gocc_mapaccess1(mt, h, &zero)), 4);
  // The key is updated to the last one stored, as gc does.
  int nan_seen = 0;
  gocc_mapiter it;
  for (gocc_mapiterinit(mt, h, &it); it.key; gocc_mapiternext(&it)) {
    double k = *static_cast<double*>(it.key);
    if (k != k) nan_seen++;
    else EXPECT_TRUE(std::signbit(k));
  }
  EXPECT_EQ(nan_seen, 2);
  // Growth with NaN keys present and an iterator running.
  for (int i = 0; i < 200; i++) *static_cast<int64_t*>(gocc_mapassign(mt, h, &nan)) = i;
  int count = 0;
  for (gocc_mapiterinit(mt, h, &it); it.key; gocc_mapiternext(&it)) {
    count++;
    double extra = 1000.0 + count;
    if (count < 50) *static_cast<int64_t*>(gocc_mapassign(mt, h, &extra)) = 0;
  }
  EXPECT_GE(count, 203);
}

TEST(Map, StructKeysWithPaddingAndBigValues) {
  // struct { a int8; b int64 } has 7 bytes of padding: hashed and compared field by field.
  const gocc_type* key = rt::StructOf({{"a", &gocc_type_int8}, {"b", &gocc_type_int64}}, "main.K", "main");
  ASSERT_EQ(key->equal, gocc_equal_struct);
  const gocc_type* big = rt::ArrayOf(&gocc_type_int64, 40, "[40]int64");  // 320 bytes: indirect
  const gocc_type* mt = rt::MapOf(key, big, "map[main.K][40]int64");
  gocc_hmap* h = gocc_makemap(mt, 0);
  for (int64_t i = 0; i < 300; i++) {
    uint8_t k[16];
    memset(k, (int)i, sizeof k);  // garbage in the padding
    k[0] = (uint8_t)(i % 3);
    int64_t b = i;
    memcpy(k + 8, &b, 8);
    auto* v = static_cast<int64_t*>(gocc_mapassign(mt, h, k));
    v[39] = i;
  }
  EXPECT_EQ(gocc_maplen(h), 300);
  for (int64_t i = 0; i < 300; i++) {
    uint8_t k[16] = {};
    k[0] = (uint8_t)(i % 3);
    memcpy(k + 8, &i, 8);
    auto* v = static_cast<int64_t*>(gocc_mapaccess2(mt, h, k));
    ASSERT_NE(v, nullptr) << i;
    EXPECT_EQ(v[39], i);
    EXPECT_EQ(v[0], 0);
  }
  // Big keys are stored indirectly too.
  const gocc_type* bigkey = rt::ArrayOf(&gocc_type_int64, 20, "[20]int64");
  const gocc_type* mt2 = rt::MapOf(bigkey, &gocc_type_int, "map[[20]int64]int");
  gocc_hmap* h2 = gocc_makemap(mt2, 0);
  for (int64_t i = 0; i < 100; i++) {
    int64_t k[20] = {};
    k[19] = i;
    *static_cast<int64_t*>(gocc_mapassign(mt2, h2, k)) = i * 2;
  }
  for (int64_t i = 0; i < 100; i++) {
    int64_t k[20] = {};
    k[19] = i;
    EXPECT_EQ(*static_cast<int64_t*>(gocc_mapaccess1(mt2, h2, k)), i * 2);
  }
  gocc_mapiter it;
  int n = 0;
  for (gocc_mapiterinit(mt2, h2, &it); it.key; gocc_mapiternext(&it)) {
    EXPECT_EQ(static_cast<int64_t*>(it.key)[19] * 2, *static_cast<int64_t*>(it.elem));
    n++;
  }
  EXPECT_EQ(n, 100);
}

TEST(Map, NilMap) {
  const gocc_type* mt = MapIntInt();
  int64_t k = 1;
  EXPECT_EQ(*static_cast<int64_t*>(gocc_mapaccess1(mt, nullptr, &k)), 0);
  EXPECT_EQ(gocc_mapaccess2(mt, nullptr, &k), nullptr);
  EXPECT_EQ(gocc_maplen(nullptr), 0);
  gocc_mapdelete(mt, nullptr, &k);  // no-op
  gocc_mapiter it;
  gocc_mapiterinit(mt, nullptr, &it);
  EXPECT_EQ(it.key, nullptr);
  EXPECT_EQ(rt::PanicText([&] { gocc_mapassign(mt, nullptr, &k); }), "assignment to entry in nil map");
  gocc_iface v;
  ASSERT_TRUE(rt::Catch([&] { gocc_mapassign_fast64(mt, nullptr, 1); }, &v));
  // It is a runtime.Error: it has a RuntimeError method.
  auto* t = static_cast<const gocc_type*>(v.tab);
  EXPECT_EQ(rt::ToStd(t->str), "runtime.plainError");
  EXPECT_EQ(t->nmethods, 2);
  EXPECT_EQ(rt::ToStd(t->methods[1].name), "RuntimeError");
}

TEST(Map, MakemapHintSizesTheTable) {
  const gocc_type* mt = MapIntInt();
  gocc_hmap* h = gocc_makemap(mt, 1000);
  for (int64_t k = 0; k < 1000; k++) *static_cast<int64_t*>(gocc_mapassign(mt, h, &k)) = k;
  EXPECT_EQ(gocc_maplen(h), 1000);
  EXPECT_NE(gocc_makemap(mt, -5), nullptr);  // negative hints are ignored, as in gc
}

}  // namespace

// The fixed-width hashes of 8- and 4-byte keys are gocc_memhash of the same bytes.
TEST(Map, FixedWidthHashesEqualTheByteHash) {
  uint64_t v = 0x9e3779b97f4a7c15ull;
  for (int i = 0; i < 1000; i++) {
    v = v * 6364136223846793005ull + 1442695040888963407ull;
    uint64_t seed = v ^ (v >> 29);
    uint32_t w = static_cast<uint32_t>(v >> 17);
    EXPECT_EQ(gocc_memhash64(v, seed), gocc_memhash(&v, 8, seed));
    EXPECT_EQ(gocc_memhash32(w, seed), gocc_memhash(&w, 4, seed));
  }
}

#include "tests/runtime/rt_test_util.h"

#include <fcntl.h>
#include <setjmp.h>
#include <stdio.h>
#include <unistd.h>

#include <cstring>
#include <deque>

extern "C" void* gocc_find_string_method(const gocc_type* t, const char* name);

namespace rt {

gocc_string Str(const char* s) { return {reinterpret_cast<const uint8_t*>(s), (int64_t)strlen(s)}; }
std::string ToStd(gocc_string s) {
  return s.len ? std::string(reinterpret_cast<const char*>(s.ptr), (size_t)s.len) : std::string();
}

uint32_t TypeHash(const char* s) { return gocc_fnv1a32(reinterpret_cast<const uint8_t*>(s), (int64_t)strlen(s)); }

static std::deque<gocc_type>& Types() {
  static std::deque<gocc_type> types;
  return types;
}
static std::deque<std::vector<uint8_t>>& Bitmaps() {
  static std::deque<std::vector<uint8_t>> maps;
  return maps;
}

gocc_type* NewType(const gocc_type& proto) {
  Types().push_back(proto);
  gocc_type* t = &Types().back();
  t->hash = gocc_fnv1a32(t->str.ptr, t->str.len);
  return t;
}

static const uint8_t* Bitmap(const std::vector<bool>& words) {
  std::vector<uint8_t> bits((words.size() + 7) / 8 + 1);
  for (size_t i = 0; i < words.size(); i++)
    if (words[i]) bits[i / 8] |= (uint8_t)(1 << (i % 8));
  Bitmaps().push_back(bits);
  return Bitmaps().back().data();
}

static std::vector<bool> Words(const gocc_type* t) {
  std::vector<bool> w(t->ptrdata / 8);
  for (size_t i = 0; i < w.size(); i++) w[i] = (t->gcdata[i / 8] >> (i % 8)) & 1;
  return w;
}

const gocc_type* SliceOf(const gocc_type* elem, const char* name) {
  gocc_type t{};
  t.size = 24;
  t.ptrdata = 8;
  t.kind = GOCC_KIND_SLICE;
  t.align = t.field_align = 8;
  t.gcdata = Bitmap({true});
  t.str = Str(name);
  t.elem = elem;
  return NewType(t);
}

const gocc_type* PtrTo(const gocc_type* elem, const char* name) {
  gocc_type t{};
  t.size = 8;
  t.ptrdata = 8;
  t.kind = GOCC_KIND_POINTER;
  t.align = t.field_align = 8;
  t.flags = GOCC_TFLAG_COMPARABLE | GOCC_TFLAG_REGMEM | GOCC_TFLAG_DIRECTIFACE;
  t.equal = gocc_equal_mem;
  t.gcdata = Bitmap({true});
  t.str = Str(name);
  t.elem = elem;
  return NewType(t);
}

const gocc_type* MapOf(const gocc_type* key, const gocc_type* elem, const char* name) {
  gocc_type t{};
  t.size = 8;
  t.ptrdata = 8;
  t.kind = GOCC_KIND_MAP;
  t.align = t.field_align = 8;
  t.flags = GOCC_TFLAG_DIRECTIFACE;
  t.gcdata = Bitmap({true});
  t.str = Str(name);
  t.key = key;
  t.elem = elem;
  return NewType(t);
}

const gocc_type* ArrayOf(const gocc_type* elem, int64_t len, const char* name) {
  gocc_type t{};
  t.size = elem->size * (uint64_t)len;
  t.kind = GOCC_KIND_ARRAY;
  t.align = elem->align;
  t.field_align = elem->field_align;
  t.len = len;
  t.elem = elem;
  t.str = Str(name);
  std::vector<bool> words;
  if (elem->ptrdata) {
    for (int64_t i = 0; i < len; i++) {
      std::vector<bool> w = Words(elem);
      w.resize(elem->size / 8);
      words.insert(words.end(), w.begin(), w.end());
    }
    while (!words.empty() && !words.back()) words.pop_back();
  }
  t.ptrdata = words.size() * 8;
  t.gcdata = Bitmap(words);
  if (elem->flags & GOCC_TFLAG_COMPARABLE) {
    t.flags |= GOCC_TFLAG_COMPARABLE;
    t.equal = gocc_equal_array;
    if (elem->flags & GOCC_TFLAG_REGMEM) {
      t.flags |= GOCC_TFLAG_REGMEM;
      t.equal = gocc_equal_mem;
    }
  }
  return NewType(t);
}

const gocc_type* StructOf(const std::vector<std::pair<const char*, const gocc_type*>>& fields,
                          const char* name, const char* pkgpath) {
  static std::deque<std::vector<gocc_field>> field_store;
  std::vector<gocc_field> fs;
  uint64_t off = 0, align = 1;
  bool comparable = true, regmem = true;
  std::vector<bool> words;
  for (auto& [fname, ft] : fields) {
    off = (off + ft->align - 1) / ft->align * ft->align;
    if (off % 8 == 0 && ft->ptrdata) {
      words.resize(off / 8);
      for (bool b : Words(ft)) words.push_back(b);
    }
    fs.push_back({Str(fname), ft, off, 0});
    if (ft->align > align) align = ft->align;
    comparable = comparable && (ft->flags & GOCC_TFLAG_COMPARABLE);
    regmem = regmem && (ft->flags & GOCC_TFLAG_REGMEM);
    off += ft->size;
  }
  uint64_t size = (off + align - 1) / align * align;
  // Regular memory needs no padding anywhere.
  uint64_t sum = 0;
  for (auto& f : fs) sum += f.type->size;
  regmem = regmem && sum == size;
  for (auto& f : fs) regmem = regmem && !(f.name.len == 1 && f.name.ptr[0] == '_');
  while (!words.empty() && !words.back()) words.pop_back();
  field_store.push_back(fs);
  gocc_type t{};
  t.size = size;
  t.ptrdata = words.size() * 8;
  t.gcdata = Bitmap(words);
  t.kind = GOCC_KIND_STRUCT;
  t.align = t.field_align = (uint8_t)align;
  t.str = Str(name);
  t.pkgpath = Str(pkgpath);
  if (*pkgpath) t.flags |= GOCC_TFLAG_NAMED;
  t.fields = field_store.back().data();
  t.nfields = (int64_t)fs.size();
  if (comparable) {
    t.flags |= GOCC_TFLAG_COMPARABLE;
    t.equal = regmem ? gocc_equal_mem : gocc_equal_struct;
    if (regmem) t.flags |= GOCC_TFLAG_REGMEM;
  }
  return NewType(t);
}

std::string CaptureStderr(const std::function<void()>& f) {
  fflush(stderr);
  char path[] = "/tmp/goccrt_stderrXXXXXX";
  int fd = mkstemp(path);
  int saved = dup(2);
  dup2(fd, 2);
  f();
  fflush(stderr);
  dup2(saved, 2);
  close(saved);
  std::string out;
  lseek(fd, 0, SEEK_SET);
  char buf[4096];
  ssize_t n;
  while ((n = read(fd, buf, sizeof buf)) > 0) out.append(buf, (size_t)n);
  close(fd);
  unlink(path);
  return out;
}

// ---- a simulated Go function: func() (r any) { defer func() { r = recover() }(); body() } ----

struct RecoverClosure {
  void (*fn)(void*);
  gocc_iface* result;
  bool* panicked;
};

__attribute__((noinline)) static void RecoverDeferred(void* c) {
  auto* self = static_cast<RecoverClosure*>(c);
  gocc_iface v = gocc_recover(__builtin_frame_address(0));
  *self->result = v;
  // A recovered panic(nil) is indistinguishable from no panic, as in Go 1.19.
  *self->panicked = v.tab != nullptr;
}

static void CallBody(const std::function<void()>* f) { (*f)(); }

__attribute__((noinline)) static void Protected(const std::function<void()>* f,
                                                RecoverClosure* closure) {
  gocc_frame fr;
  gocc_frame_push(&fr);
  if (_setjmp(fr.jb) != 0) {
    gocc_frame_landing(&fr);
    return;
  }
  gocc_defer(&fr, closure);
  CallBody(f);
  gocc_frame_return(&fr);
}

bool Catch(const std::function<void()>& f, gocc_iface* value) {
  gocc_iface result{nullptr, nullptr};
  bool panicked = false;
  RecoverClosure closure{RecoverDeferred, &result, &panicked};
  Protected(&f, &closure);
  if (value) *value = result;
  return panicked;
}

std::string PanicText(const std::function<void()>& f) {
  gocc_iface v;
  if (!Catch(f, &v)) return "<no panic>";
  auto* t = static_cast<const gocc_type*>(v.tab);
  void* fn = gocc_find_string_method(t, "Error");
  if (fn) return ToStd(reinterpret_cast<gocc_string (*)(void*)>(fn)(v.data));
  if (t == &gocc_type_string) return ToStd(*static_cast<gocc_string*>(v.data));
  return "<value of type " + ToStd(t->str) + ">";
}

}  // namespace rt

// From the IR to the escape graph: one batch of functions (a strongly connected component of the
// call graph, with the function literals nested in its functions) at a time.
//
// gc builds its graph from the syntax tree; we build it from the SSA IR, where:
//   - every SSA value that may hold a pointer is a temporary location, and each instruction says
//     how its value derives from its operands (Load: +1, FieldAddr/Slice/Phi/conversions: 0);
//   - every allocation site is an object location, and its value is the object's address (-1):
//     Alloc (a variable moved to memory, new(T), &T{...}, the backing array of []T{...} or of a
//     `...` argument), MakeInterface (the box), MakeClosure (the closure record), MakeSlice,
//     MakeMap;
//   - a Store goes into the object its address is known to point into (an Alloc, through field
//     and array-element addresses), else into the heap, as gc treats `*p = x`;
//   - a parameter stored into an Alloc at entry ("moved to heap: p") is one location with it;
//   - calls inside the batch connect arguments to the callee's parameters and its results to
//     the call's value; calls outside it apply the callee's summary; unknown callees (function
//     values, interface methods, functions without a body) leak every argument to the heap.
// Loop depth, which gc counts syntactically, is the natural-loop nesting of a block; a phi at a
// loop header is a variable declared before the loop, so it counts one loop less.
#include <algorithm>
#include <cctype>
#include <functional>

#include "analysis/escape/internal.h"
#include "ir/dom.h"
#include "ir/typeutil.h"

namespace gocc::escape {

namespace {

constexpr int64_t kMaxByValueCapture = 128;

auto IsUintptr(const types::Type* t) -> bool { return ir::IsBasic(t, types::BasicKind::Uintptr); }
auto IsUnsafePointer(const types::Type* t) -> bool { return ir::IsBasic(t, types::BasicKind::UnsafePointer); }

// Values that may carry a pointer through the graph. A uintptr does not, except inside the one
// expression that turns a pointer into a uintptr and back (gc's unsafeValue, below).
auto Carries(const types::Type* t) -> bool { return t != nullptr && HasPointers(t); }

// gc's types.IsDirectIface: the value is stored in the interface word itself, no box.
auto IsDirectIface(const types::Type* t) -> bool {
  t = ir::Under(t);
  switch (t->kind) {
    case types::TypeKind::Pointer:
    case types::TypeKind::Chan:
    case types::TypeKind::Map:
    case types::TypeKind::Signature: return true;
    case types::TypeKind::Basic: return IsUnsafePointer(t);
    case types::TypeKind::Array: {
      const auto* a = static_cast<const types::Array*>(t);
      return a->len == 1 && IsDirectIface(a->elem);
    }
    case types::TypeKind::Struct: {
      const auto* s = static_cast<const types::Struct*>(t);
      return s->fields.size() == 1 && IsDirectIface(s->fields[0].type);
    }
    default: return false;
  }
}

auto IsPointerLike(const types::Type* t) -> bool {
  t = ir::Under(t);
  return t->kind == types::TypeKind::Pointer || IsUnsafePointer(t) || IsUintptr(t);
}

auto CountUses(const ir::Function* fn, const ir::Value* v) -> int {
  int n = 0;
  for (const auto& b : fn->blocks()) {
    for (const ir::Value* x : b->instrs) {
      for (const ir::Value* op : x->Operands()) n += op == v ? 1 : 0;
    }
  }
  return n;
}

}  // namespace

auto HasPointers(const types::Type* t) -> bool {
  if (t == nullptr) return false;
  t = ir::Under(t);
  switch (t->kind) {
    case types::TypeKind::Basic: {
      auto k = static_cast<const types::Basic*>(t)->basic;
      return k == types::BasicKind::String || k == types::BasicKind::UnsafePointer ||
             k == types::BasicKind::UntypedString || k == types::BasicKind::UntypedNil;
    }
    case types::TypeKind::Array: {
      const auto* a = static_cast<const types::Array*>(t);
      return a->len > 0 && HasPointers(a->elem);
    }
    case types::TypeKind::Struct:
      for (const types::Var& f : static_cast<const types::Struct*>(t)->fields) {
        if (HasPointers(f.type)) return true;
      }
      return false;
    case types::TypeKind::Tuple:  // the IR's tuples (call results, comma-ok forms)
      for (const types::Type* e : static_cast<const ir::Tuple*>(t)->elems) {
        if (HasPointers(e)) return true;
      }
      return false;
    default: return true;
  }
}

auto ClassifySite(const ir::Value* v) -> SiteKind {
  std::string_view text = v->str();
  switch (v->op) {
    case ir::Op::Alloc:
      if (text.starts_with("moved to heap: ")) return SiteKind::kVariable;
      if (text.starts_with("&") || text.starts_with("new(") || text.starts_with("[]") ||
          text == "... argument") {
        return SiteKind::kReported;
      }
      if (text.empty() || text == "temporary" || text == "receiver" || text.find(' ') != std::string_view::npos ||
          text.find('{') != std::string_view::npos) {
        return SiteKind::kSilent;
      }
      return SiteKind::kVariable;
    case ir::Op::MakeInterface:
    case ir::Op::MakeClosure:
    case ir::Op::MakeSlice:
    case ir::Op::MakeMap: return text.empty() ? SiteKind::kSilent : SiteKind::kReported;
    default: return SiteKind::kSilent;
  }
}

auto VariableName(const ir::Value* v) -> std::string_view {
  std::string_view text = v->str();
  if (text.starts_with("moved to heap: ")) text.remove_prefix(15);
  return text;
}

BatchBuilder::BatchBuilder(Graph& graph, const Summaries& summaries, const std::vector<const ir::Function*>& batch,
                           const types::Sizes& sizes, const SourceMap* sources, StackLimits limits)
    : g_(graph),
      summaries_(summaries),
      batch_(batch),
      sizes_(sizes),
      sources_(sources),
      limits_(limits),
      in_batch_(batch.begin(), batch.end()) {}

// Whether a store into the object of `&T{...}` fills the literal (an element between its
// braces) rather than assigning through the pointer later, which gc sends to the heap.
auto BatchBuilder::InLiteral(const ir::Value* alloc, const ir::Value* store) -> bool {
  if (store == nullptr) return true;
  if (sources_ == nullptr || !store->pos.IsValid() || !alloc->pos.IsValid()) return true;
  if (store->pos < alloc->pos) return false;
  auto [it, fresh] = literal_end_.try_emplace(alloc, UINT32_MAX);
  if (fresh) {
    if (const SourceFile* f = sources_->FileOf(alloc->pos)) {
      std::string_view text = f->text();
      size_t i = text.find('{', f->OffsetOf(alloc->pos));
      int depth = 0;
      for (; i < text.size(); ++i) {
        char c = text[i];
        if (c == '"' || c == '`' || c == '\'') {
          for (++i; i < text.size() && text[i] != c; ++i) {
            if (text[i] == '\\' && c != '`') ++i;
          }
          continue;
        }
        if (c == '{') ++depth;
        if (c == '}' && --depth == 0) {
          it->second = f->PosAt(static_cast<uint32_t>(i)).value;
          break;
        }
      }
    }
  }
  return store->pos.value <= it->second;
}

void BatchBuilder::Build() {
  for (const ir::Function* fn : batch_) InitFunction(fn);
  // Closure sites first: free variables are linked to what each site binds.
  for (const ir::Function* fn : batch_) {
    for (const auto& b : fn->blocks()) {
      for (ir::Value* v : b->instrs) {
        if (v->op == ir::Op::MakeClosure) closure_sites_[v->Operand(0)->func()].push_back(v);
      }
    }
  }
  for (const ir::Function* fn : batch_) Walk(states_.at(fn));
  HeapReasons();
}

void BatchBuilder::LoopDepths(FunctionState& st) {
  const ir::Function& fn = *st.fn;
  st.block_depth.assign(fn.num_blocks(), 1);
  st.header_loops.assign(fn.num_blocks(), 0);
  ir::DomTree dom(fn);
  std::vector<std::vector<ir::Block*>> latches(fn.num_blocks());
  for (ir::Block* b : dom.ReversePostorder()) {
    for (ir::Block* s : b->succs) {
      if (dom.Dominates(s, b)) latches[s->id].push_back(b);
    }
  }
  std::vector<uint32_t> mark(fn.num_blocks(), UINT32_MAX);
  for (uint32_t h = 0; h < fn.num_blocks(); ++h) {
    if (latches[h].empty()) continue;
    st.header_loops[h] = 1;
    if (fn.block(h)->comment == "label") {
      // A label with a goto back to it: gc counts one loop more from the label to the end of
      // its block, whether or not a goto follows (escape_goto.go's "BAD" case); the blocks the
      // label dominates.
      for (const auto& b : fn.blocks()) {
        if (dom.Reachable(b.get()) && dom.Dominates(fn.block(h), b.get())) ++st.block_depth[b->id];
      }
      continue;
    }
    std::vector<ir::Block*> work;
    mark[h] = h;
    ++st.block_depth[h];
    for (ir::Block* l : latches[h]) {
      if (mark[l->id] != h) {
        mark[l->id] = h;
        ++st.block_depth[l->id];
        work.push_back(l);
      }
    }
    while (!work.empty()) {
      ir::Block* b = work.back();
      work.pop_back();
      for (ir::Block* p : b->preds) {
        if (mark[p->id] != h && dom.Reachable(p)) {
          mark[p->id] = h;
          ++st.block_depth[p->id];
          work.push_back(p);
        }
      }
    }
  }
}

void BatchBuilder::InitFunction(const ir::Function* fn) {
  FunctionState& st = states_[fn];
  st.fn = fn;
  st.values.assign(fn->num_values(), nullptr);
  LoopDepths(st);
  st.merged_param_allocs.assign(fn->params().size(), nullptr);
  // A parameter moved to memory: `Store(Alloc "moved to heap: p", p)` in the entry block.
  if (fn->entry() != nullptr) {
    for (ir::Value* v : fn->entry()->instrs) {
      if (v->op != ir::Op::Store || v->Operand(1)->op != ir::Op::Param || v->Operand(0)->op != ir::Op::Alloc) continue;
      const ir::Value* a = v->Operand(0);
      const ir::Value* p = v->Operand(1);
      if (ClassifySite(a) == SiteKind::kVariable && VariableName(a) == p->str() && p->aux16 < fn->params().size()) {
        st.merged_param_allocs[p->aux16] = a;
      }
    }
  }
  for (size_t i = 0; i < fn->params().size(); ++i) {
    Location* l = nullptr;
    if (const ir::Value* a = st.merged_param_allocs[i]) {
      l = Object(st, a);
    } else {
      l = g_.NewLocation(LocKind::kParam, fn, 1);
      l->site = fn->params()[i];
    }
    l->kind = LocKind::kParam;
    l->index = static_cast<int>(i);
    st.params.push_back(l);
  }
  auto results = fn->result_types();
  const auto& declared = fn->signature()->results;
  for (size_t j = 0; j < results.size(); ++j) {
    // A named result moved to memory is one location with its Alloc, as gc's PPARAMOUT.
    const ir::Value* alloc = nullptr;
    if (j < declared.size() && !declared[j].name.empty() && declared[j].name != "_" && fn->entry() != nullptr) {
      for (const ir::Value* v : fn->entry()->instrs) {
        if (v->op == ir::Op::Alloc && ClassifySite(v) == SiteKind::kVariable && VariableName(v) == declared[j].name) {
          alloc = v;
          break;
        }
      }
    }
    Location* l = alloc != nullptr ? Object(st, alloc) : g_.NewLocation(LocKind::kResult, fn, 1);
    l->kind = LocKind::kResult;
    l->loop_depth = 1;
    l->index = static_cast<int>(j);
    st.results.push_back(l);
  }
}

auto BatchBuilder::Depth(FunctionState& st, const ir::Value* v) -> int {
  if (v->block == nullptr) return 1;
  int d = st.block_depth[v->block->id];
  if (v->op == ir::Op::Phi) d -= st.header_loops[v->block->id];
  return std::max(d, 1);
}

auto BatchBuilder::Loc(FunctionState& st, const ir::Value* v) -> Location* {
  if (v == nullptr) return nullptr;
  switch (v->op) {
    case ir::Op::Param: return v->aux16 < st.params.size() ? st.params[v->aux16] : nullptr;
    case ir::Op::FreeVar:
      break;
    default:
      if (!v->IsInstruction()) return nullptr;
  }
  if (v->id >= st.values.size()) st.values.resize(v->id + 1, nullptr);
  Location*& l = st.values[v->id];
  if (l == nullptr) {
    l = g_.NewLocation(LocKind::kTemp, st.fn, Depth(st, v));
    l->site = v;
  }
  return l;
}

auto BatchBuilder::Object(FunctionState& st, const ir::Value* v) -> Location* {
  Location*& cached = object_index_[v];
  if (cached != nullptr) return cached;
  Location* l = g_.NewLocation(LocKind::kObject, st.fn, Depth(st, v));
  l->site = v;
  objects_.emplace_back(v, l);
  cached = l;
  return l;
}

// Where a store through p goes: the object p points into when that is known, else the heap.
auto BatchBuilder::AddrHole(FunctionState& st, const ir::Value* p, const ir::Value* store) -> Location* {
  for (;;) {
    switch (p->op) {
      case ir::Op::Alloc: {
        for (size_t i = 0; i < st.merged_param_allocs.size(); ++i) {
          if (st.merged_param_allocs[i] == p) return st.params[i];
        }
        // new(T) and &T{...} are reached through a pointer: gc's `p.f = x` goes to the heap.
        std::string_view text = p->str();
        if (store != nullptr && ClassifySite(p) == SiteKind::kReported &&
            (text.starts_with("new(") || (text.starts_with("&") && !InLiteral(p, store)))) {
          return g_.Heap();
        }
        return Object(st, p);
      }
      case ir::Op::FieldAddr: p = p->Operand(0); continue;
      case ir::Op::IndexAddr:
        if (ir::PointerElem(p->Operand(0)->type) == nullptr) return g_.Heap();  // into a slice
        p = p->Operand(0);
        continue;
      case ir::Op::FreeVar: {
        // A captured variable: the enclosing function's Alloc, when the closure is made once.
        auto it = closure_sites_.find(st.fn);
        if (it == closure_sites_.end() || it->second.size() != 1) return g_.Heap();
        const ir::Value* site = it->second[0];
        size_t i = p->aux16;
        if (i + 1 >= site->num_operands) return g_.Heap();
        const ir::Value* b = site->Operand(i + 1);
        if (b->op != ir::Op::Alloc || b->block == nullptr) return g_.Heap();
        return AddrHole(states_.at(b->block->func), b, store);
      }
      default: return g_.Heap();
    }
  }
}

void BatchBuilder::FlowValue(Location* dst, int derefs, FunctionState& st, const ir::Value* src) {
  if (dst == nullptr || src == nullptr) return;
  if (derefs >= 0 && !Carries(src->type)) return;
  g_.Flow(dst, derefs, Loc(st, src));
}

auto BatchBuilder::CallResult(FunctionState& st, const ir::Value* call, int j) -> Location* {
  if (call->type == nullptr) return g_.Blank();
  if (types::As<ir::Tuple>(call->type) == nullptr) return Loc(st, call);
  Location*& l = call_results_[{call, j}];
  if (l == nullptr) l = g_.NewLocation(LocKind::kTemp, st.fn, Depth(st, call));
  return l;
}

auto BatchBuilder::Callee(const ir::Value* v) -> const ir::Function* {
  const ir::Value* f = v->Operand(0);
  switch (v->call_kind()) {
    case ir::CallKind::Static: return f->func();
    case ir::CallKind::Closure:
      if (f->op == ir::Op::Func) return f->func();
      if (f->op == ir::Op::MakeClosure) return f->Operand(0)->func();
      return nullptr;
    default: return nullptr;
  }
}

void BatchBuilder::ApplySummary(FunctionState& st, const ir::Function* callee, size_t param, const ir::Value* arg,
                                const ir::Value* call, int extra_derefs) {
  if (!Carries(arg->type)) return;
  auto it = summaries_.find(callee);
  if (it == summaries_.end() || param >= it->second.size()) {
    FlowValue(g_.Heap(), extra_derefs, st, arg);
    return;
  }
  const Leaks& leaks = it->second[param];
  if (int x = leaks.Heap(); x >= 0) FlowValue(g_.Heap(), x + extra_derefs, st, arg);
  size_t nresults = callee->result_types().size();
  for (size_t j = 0; j < nresults && j < Leaks::kNumResults; ++j) {
    if (int x = leaks.Result(static_cast<int>(j)); x >= 0) {
      FlowValue(CallResult(st, call, static_cast<int>(j)), x + extra_derefs, st, arg);
    }
  }
}

// A static call's arguments: into the callee's parameters inside the batch, else through its
// summary. The first argument reaches its parameter dereferenced receiver_derefs times (a
// devirtualized call's receiver is the interface's data word or what it points to).
void BatchBuilder::CallArgs(FunctionState& st, const ir::Function* callee, const ir::Value* call,
                            std::span<ir::Value* const> args, int receiver_derefs) {
  if (in_batch_.contains(callee)) {
    FunctionState& cs = states_.at(callee);
    for (size_t i = 0; i < args.size() && i < cs.params.size(); ++i) {
      FlowValue(cs.params[i], i == 0 ? receiver_derefs : 0, st, args[i]);
    }
    for (size_t j = 0; j < cs.results.size(); ++j) g_.Flow(CallResult(st, call, static_cast<int>(j)), 0, cs.results[j]);
    return;
  }
  for (size_t i = 0; i < args.size(); ++i) ApplySummary(st, callee, i, args[i], call, i == 0 ? receiver_derefs : 0);
}

// gc's devirtualize.Call: the receiver of an interface method call is a conversion of a value
// of concrete type T (SSA sees through the variable gc's ir.StaticValue follows).
auto BatchBuilder::Devirtualize(FunctionState& st, ir::Value* v) -> bool {
  const ir::Value* iface = v->Operand(0);
  if (iface->op != ir::Op::MakeInterface) return false;
  const types::Type* t = iface->Operand(0)->type;
  if (t == nullptr || ir::IsInterfaceType(t)) return false;
  // gc's ir.StaticValue follows a variable only when it is never reassigned.
  for (const ir::Function::VarAssign& a : st.fn->var_assigns) {
    if (a.value != iface) continue;
    int n = 0;
    for (const ir::Function::VarAssign& b : st.fn->var_assigns) n += b.var == a.var ? 1 : 0;
    if (n > 1) return false;
  }
  const types::Type* base = t;
  bool pointer = false;
  if (const types::Type* elem = ir::PointerElem(t); elem != nullptr && types::As<types::Named>(elem) != nullptr) {
    base = elem;
    pointer = true;
  }
  const auto* named = types::As<types::Named>(base);
  if (named == nullptr) return false;
  std::string_view method = v->str();
  const ir::MethodEntry* entry = nullptr;
  for (const ir::MethodEntry& m : st.fn->program()->MethodsOf(named)) {
    if (m.name == method) entry = &m;
  }
  bool boxed = !IsDirectIface(t);
  auto args = v->Operands().subspan(1);
  bool partial = false;
  if (entry != nullptr) {
    if (entry->pointer_receiver && !pointer) return false;
    // A wrapper reaching the method through an embedded interface: still an interface call.
    if (entry->func->wrapper == ir::Function::Wrapper::kMethodSet) {
      for (const auto& b : entry->func->blocks()) {
        for (const ir::Value* x : b->instrs) {
          if (x->op == ir::Op::Call && x->call_kind() == ir::CallKind::Invoke) partial = true;
        }
      }
    }
  } else {
    // A local type has no wrappers: the method comes from an embedded interface field or none.
    const auto* s = types::As<types::Struct>(ir::Under(named));
    if (s == nullptr) return false;
    for (const types::Var& f : s->fields) {
      const auto* fi = f.embedded ? types::As<types::Interface>(ir::Under(f.type)) : nullptr;
      if (fi == nullptr) continue;
      for (const types::Method& m : fi->methods) partial = partial || m.name == method;
    }
    if (!partial) return false;
  }
  devirtualized_.push_back({v, t, partial});
  if (partial) {
    // The embedded interface is part of T's value: the box's contents leak, as an interface
    // call's receiver.
    FlowValue(g_.Heap(), boxed ? 1 : 0, st, iface);
    for (const ir::Value* a : args) FlowValue(g_.Heap(), 0, st, a);
    return true;
  }
  int receiver_derefs = (boxed ? 1 : 0) + (pointer && !entry->pointer_receiver ? 1 : 0);
  std::vector<ir::Value*> all(v->Operands().begin(), v->Operands().end());
  CallArgs(st, entry->func, v, all, receiver_derefs);
  return true;
}

void BatchBuilder::Call(FunctionState& st, ir::Value* v, bool is_defer) {
  ir::CallKind kind = v->call_kind();
  size_t first_arg = kind == ir::CallKind::Runtime ? 0 : 1;
  auto args = v->Operands().subspan(std::min<size_t>(first_arg, v->num_operands));
  bool in_loop = is_defer && Depth(st, v) > 1;
  if (is_defer) defers_.emplace_back(v, in_loop);
  if (in_loop) {
    // The deferred call's record and everything it holds outlive the iteration.
    for (const ir::Value* op : v->Operands()) FlowValue(g_.Heap(), 0, st, op);
  }
  if (kind == ir::CallKind::Invoke && !in_loop && Devirtualize(st, v)) return;
  if (kind == ir::CallKind::Invoke) {
    FlowValue(g_.Heap(), 0, st, v->Operand(0));
    for (const ir::Value* a : args) FlowValue(g_.Heap(), 0, st, a);
    return;
  }
  if (kind == ir::CallKind::Runtime) {
    // The C functions behind the bundled standard library keep no pointer they are given, but
    // for finalizers and timers. A function of the program without a body is unknown, as in gc.
    std::string_view name = v->str();
    if (name.starts_with("gocc_main_") && st.fn->pos().IsValid() && HasPragma(st.fn->pos(), "//go:noescape")) {
      // gc's //go:noescape on a function without a body: its pointer arguments go nowhere.
      return;
    }
    if (name.find("Finalizer") != std::string_view::npos || name.find("imer") != std::string_view::npos ||
        name.starts_with("gocc_main_")) {
      for (const ir::Value* a : args) FlowValue(g_.Heap(), 0, st, a);
      return;
    }
    // They may return what they were given, or an address inside it (gort.IfaceElem returns
    // the address of the data word of the interface its argument points to): every argument
    // flows to every result.
    if (v->type != nullptr) {
      auto* tuple = types::As<ir::Tuple>(v->type);
      int nresults = tuple != nullptr ? static_cast<int>(tuple->elems.size()) : 1;
      for (int j = 0; j < nresults; ++j) {
        for (const ir::Value* a : args) FlowValue(CallResult(st, v, j), 0, st, a);
      }
    }
    return;
  }
  const ir::Function* callee = Callee(v);
  if (callee != nullptr && in_batch_.contains(callee)) {
    // gc's ClosureCalled: a function literal called right where it is made.
    const ir::Value* f = v->Operand(0);
    if (kind == ir::CallKind::Closure && f->op == ir::Op::MakeClosure && CountUses(st.fn, f) == 1) {
      called_.insert(callee);
    }
    CallArgs(st, callee, v, args, 0);
    return;
  }
  // An external function is unknown unless an earlier run left its summary (Options::imported).
  if (callee != nullptr && (!callee->IsExternal() || summaries_.contains(callee))) {
    CallArgs(st, callee, v, args, 0);
    return;
  }
  for (const ir::Value* a : args) FlowValue(g_.Heap(), 0, st, a);
}

void BatchBuilder::Closure(FunctionState& st, ir::Value* v) {
  const ir::Function* f = v->Operand(0)->func();
  Location* obj = Object(st, v);
  g_.Flow(Loc(st, v), -1, obj);
  bool inside = in_batch_.contains(f);
  for (size_t i = 1; i < v->num_operands; ++i) {
    const ir::Value* b = v->Operand(i);
    if (inside && i - 1 < f->free_vars().size()) {
      FunctionState& fs = states_.at(f);
      g_.Flow(Loc(fs, f->free_vars()[i - 1]), 0, Loc(st, b));
    }
    if (!inside) {
      // A method value: the receiver goes where the method sends it, results count as heap.
      const ir::Function* target = nullptr;
      for (const auto& blk : f->blocks()) {
        for (const ir::Value* x : blk->instrs) {
          if (x->op == ir::Op::Call && x->call_kind() == ir::CallKind::Static) target = x->Operand(0)->func();
        }
      }
      auto it = target != nullptr ? summaries_.find(target) : summaries_.end();
      if (it == summaries_.end() || it->second.empty()) {
        FlowValue(g_.Heap(), 0, st, b);
      } else {
        const Leaks& l = it->second[0];
        int best = l.Heap();
        for (int j = 0; j < Leaks::kNumResults; ++j) {
          if (l.Result(j) >= 0 && (best < 0 || l.Result(j) < best)) best = l.Result(j);
        }
        if (best >= 0) FlowValue(g_.Heap(), best, st, b);
      }
      FlowValue(obj, 0, st, b);
      continue;
    }
    // gc captures by value a variable that is never reassigned nor has its address taken and
    // is at most 128 bytes; gocc always captures the variable's address. Count as gc does.
    bool byval = false;
    if (b->op == ir::Op::Alloc && ClassifySite(b) == SiteKind::kVariable && b->block != nullptr) {
      int stores = 0;
      bool other = false;
      bool part_stored = false;  // `v.f = x`, `v[i] = x`: v is reassigned for gc
      const ir::Value* store = nullptr;
      // A field or element of the variable (v.f, v[i] of an array) is the variable to gc: read
      // it and v is read; assign it and v is reassigned.
      std::function<void(const ir::Function*, const ir::Value*, bool)> scan = [&](const ir::Function* fn,
                                                                               const ir::Value* addr, bool part) {
        for (const auto& blk : fn->blocks()) {
          for (const ir::Value* x : blk->instrs) {
            for (size_t k = 0; k < x->num_operands; ++k) {
              if (x->Operand(k) != addr) continue;
              if (x->op == ir::Op::Load) continue;
              if (x->op == ir::Op::Store && k == 0) {
                if (part) {
                  part_stored = true;
                } else {
                  ++stores;
                  store = x;
                }
                continue;
              }
              if (x->op == ir::Op::MakeClosure && k > 0) continue;
              if (k == 0 && (x->op == ir::Op::FieldAddr ||
                             (x->op == ir::Op::IndexAddr && types::As<types::Array>(types::Underlying(ir::PointerElem(addr->type))) != nullptr))) {
                scan(fn, x, true);
                continue;
              }
              other = true;
            }
          }
        }
      };
      scan(b->block->func, b, false);
      bool inner_stores = false;  // the closure assigns the variable
      if (i - 1 < f->free_vars().size()) {
        int outer_stores = stores;
        scan(f, f->free_vars()[i - 1], false);
        inner_stores = stores != outer_stores;
        stores = outer_stores;
      }
      // The one store must be the declaration's (`x := v`, right after the Alloc): `var x T`
      // assigned later is reassigned for gc.
      bool declared = stores == 0;
      if (stores == 1) {
        const auto& instrs = b->block->instrs;
        auto at = std::find(instrs.begin(), instrs.end(), b);
        declared = store->block == b->block && at != instrs.end() && at + 1 != instrs.end() && *(at + 1) == store;
      }
      int64_t width = sizes_.SizeOf(ir::PointerElem(b->type));
      bool reassigned = !declared || inner_stores || part_stored;
      byval = !other && !reassigned && width <= kMaxByValueCapture;
      captures_.push_back(Capture{b, byval, other, reassigned, width});
    }
    if (byval) {
      g_.Flow(obj, 1, Loc(st, b));
      byval_.emplace_back(b, obj);
    } else {
      g_.Flow(obj, 0, Loc(st, b));
    }
  }
}

// unsafe.Pointer(x) of a uintptr x: the pointers x was computed from, through conversions and
// arithmetic, within the expression: a uintptr variable carries no pointer for gc
// (`u := uintptr(p); unsafe.Pointer(u ^ 0)` hides p, as strings.noescape relies on).
void BatchBuilder::UnsafeValue(FunctionState& st, Location* dst, const ir::Value* x) {
  const auto& vars = st.fn->var_assigns;
  if (std::any_of(vars.begin(), vars.end(), [&](const ir::Function::VarAssign& a) { return a.value == x; })) return;
  switch (x->op) {
    case ir::Op::Convert:
      if (IsUnsafePointer(x->Operand(0)->type)) {
        FlowValue(dst, 0, st, x->Operand(0));
      } else if (IsUintptr(x->Operand(0)->type)) {
        UnsafeValue(st, dst, x->Operand(0));
      }
      return;
    case ir::Op::BinOp:
      if (!ir::IsComparison(x->binop())) {
        UnsafeValue(st, dst, x->Operand(0));
        UnsafeValue(st, dst, x->Operand(1));
      }
      return;
    case ir::Op::UnOp: UnsafeValue(st, dst, x->Operand(0)); return;
    default: return;
  }
}

auto BatchBuilder::HasPragma(Pos pos, std::string_view directive) const -> bool {
  return sources_ != nullptr && HasDirective(*sources_, pos, directive);
}

void BatchBuilder::Walk(FunctionState& st) {
  for (const auto& b : st.fn->blocks()) {
    for (ir::Value* v : b->instrs) {
      g_.SetWhere(v);
      Instr(st, v);
    }
  }
  g_.SetWhere(nullptr);
  // A variable in an SSA register is still a variable for gc: one location at the loop depth of
  // its declaration, which every value assigned to it flows into, and which every read of it
  // (a use of any of those values) reads. A variable declared outside a loop then outlives what
  // a loop iteration assigns to it even where no phi joins the values (the variable is dead
  // after the loop, or read only before the next assignment), and `l = v; sink = l; l = w`
  // leaks w as well.
  // A parameter flows wherever the values assigned to its variable flow (gc: one location).
  for (const ir::Function::ParamCopy& c : st.fn->param_copies) {
    if (c.copy->block != nullptr && Carries(c.copy->type)) g_.Flow(Loc(st, c.copy), 0, Loc(st, c.param));
  }
  std::unordered_map<uint32_t, Location*> vars;
  for (const ir::Function::VarAssign& a : st.fn->var_assigns) {
    if (a.decl == nullptr || a.value->block == nullptr || !Carries(a.value->type)) continue;
    Location*& var = vars[a.var];
    if (var == nullptr) var = g_.NewLocation(LocKind::kTemp, st.fn, std::max(st.block_depth[a.decl->id], 1));
    g_.Flow(var, 0, Loc(st, a.value));
    g_.Flow(Loc(st, a.value), 0, var);
  }
}

void BatchBuilder::Instr(FunctionState& st, ir::Value* v) {
  using ir::Op;
  auto same = [&](size_t k) {
    if (Carries(v->type)) FlowValue(Loc(st, v), 0, st, v->Operand(k));
  };
  switch (v->op) {
    case Op::Alloc: {
      Location* obj = AddrHole(st, v, nullptr);
      g_.Flow(Loc(st, v), -1, obj);
      return;
    }
    case Op::Load:
      if (Carries(v->type)) FlowValue(Loc(st, v), 1, st, v->Operand(0));
      return;
    case Op::Store: {
      const ir::Value* val = v->Operand(1);
      if (val->op == Op::Param && v->block == st.fn->entry()) {
        const ir::Value* a = v->Operand(0);
        if (val->aux16 < st.merged_param_allocs.size() && st.merged_param_allocs[val->aux16] == a) return;
      }
      if (!v->str().empty() && IsSelfAssign(v)) {  // (a candidate carries its statement's text)
        self_assigns_.push_back(v);
        return;
      }
      // gc's `*p = x`: a store through a pointer goes to the heap, even where SSA knows which
      // variable p points to (`y := &p; *y = x`).
      FlowValue(v->Has(ir::kFlagIndirect) ? g_.Heap() : AddrHole(st, v->Operand(0), v), 0, st, val);
      return;
    }
    case Op::FieldAddr:
    case Op::IndexAddr:
    case Op::Field:
    case Op::Index:
    case Op::Slice:
    case Op::ChangeType:
    case Op::ChangeInterface: same(0); return;
    case Op::Convert: {
      const types::Type* from = v->Operand(0)->type;
      const types::Type* to = v->type;
      if (IsUintptr(from) && IsUnsafePointer(to)) {
        UnsafeValue(st, Loc(st, v), v->Operand(0));
        return;
      }
      // string <-> []byte/[]rune and int -> string make new memory (gc's spill).
      if (ir::IsAllocatingConvert(v)) {
        g_.Flow(Loc(st, v), -1, Object(st, v));
        return;
      }
      bool from_slice = types::As<types::Slice>(ir::Under(from)) != nullptr;
      if ((IsPointerLike(from) && IsPointerLike(to)) || (from_slice && IsPointerLike(to))) same(0);
      return;
    }
    case Op::BinOp:
      if (!ir::IsStringConcat(v)) return;
      // `s += t` is `s = t` to gc (an OASOP, not an OADDSTR): no allocation site of its own.
      if (v->Has(ir::kFlagOpAssign)) {
        same(1);
        return;
      }
      // String concatenation makes a new string (gc's OADDSTR spill).
      g_.Flow(Loc(st, v), -1, Object(st, v));
      return;
    case Op::MakeInterface: {
      const ir::Value* x = v->Operand(0);
      if (ir::IsInterfaceType(x->type) || IsDirectIface(x->type)) {
        same(0);
        return;
      }
      Location* obj = Object(st, v);
      FlowValue(obj, 0, st, x);
      g_.Flow(Loc(st, v), -1, obj);
      return;
    }
    case Op::TypeAssert: {
      const types::Type* t = v->asserted_type();
      int d = ir::IsInterfaceType(t) || IsDirectIface(t) ? 0 : 1;
      if (HasPointers(t)) g_.Flow(Loc(st, v), d, Loc(st, v->Operand(0)));
      return;
    }
    case Op::MakeClosure: Closure(st, v); return;
    case Op::MakeSlice:
    case Op::MakeMap: g_.Flow(Loc(st, v), -1, Object(st, v)); return;
    case Op::MapUpdate:
      FlowValue(g_.Heap(), 0, st, v->Operand(1));
      FlowValue(g_.Heap(), 0, st, v->Operand(2));
      return;
    case Op::Append: {
      const ir::Value* s = v->Operand(0);
      same(0);
      if (HasPointers(ir::ElemType(s->type))) FlowValue(g_.Heap(), 1, st, s);
      if (v->Has(ir::kFlagSpread)) {
        const ir::Value* t = v->Operand(1);
        if (HasPointers(ir::ElemType(t->type))) FlowValue(g_.Heap(), 1, st, t);
      } else {
        for (size_t k = 1; k < v->num_operands; ++k) FlowValue(g_.Heap(), 0, st, v->Operand(k));
      }
      return;
    }
    case Op::Copy: {
      const ir::Value* src = v->Operand(1);
      if (HasPointers(ir::ElemType(src->type))) FlowValue(g_.Heap(), 1, st, src);
      return;
    }
    case Op::Call: Call(st, v, false); return;
    case Op::Defer: Call(st, v, true); return;
    case Op::Go:  // the goroutine outlives the frame: callee and arguments (gc: heap hole)
      for (const ir::Value* op : v->Operands()) FlowValue(g_.Heap(), 0, st, op);
      return;
    case Op::Send:  // ch <- x: x flows to the heap (gc: assignHeap "send"), ch goes nowhere
      FlowValue(g_.Heap(), 0, st, v->Operand(1));
      return;
    case Op::Select: {  // the values of its send cases, as Send
      size_t k = 0;
      for (int64_t c = 0; k < v->num_operands; ++c) {
        ++k;  // the channel
        if ((v->aux.i >> c & 1) != 0) FlowValue(g_.Heap(), 0, st, v->Operand(k++));
      }
      return;
    }

    case Op::Panic: FlowValue(g_.Heap(), 0, st, v->Operand(0)); return;
    case Op::Return:
      for (size_t j = 0; j < v->num_operands && j < st.results.size(); ++j) {
        FlowValue(st.results[j], 0, st, v->Operand(j));
      }
      return;
    case Op::Phi:
      if (Carries(v->type)) {
        for (const ir::Value* op : v->Operands()) FlowValue(Loc(st, v), 0, st, op);
      }
      return;
    case Op::Extract: {
      const ir::Value* t = v->Operand(0);
      if (!Carries(v->type)) return;
      if (t->op == Op::Call) {
        g_.Flow(Loc(st, v), 0, CallResult(st, t, static_cast<int>(v->aux.i)));
      } else if (t->op == Op::TypeAssert && v->aux.i == 0) {
        g_.Flow(Loc(st, v), 0, Loc(st, t));
      } else if (t->op == Op::Next && v->aux.i == 2) {
        // `for k, v := range m`: v is read out of m (gc: flow from deref(m), "range-deref");
        // the key gets nothing, as in gc.
        const ir::Value* iter = t->Operand(0);
        if (iter->op == Op::Range) FlowValue(Loc(st, v), 1, st, iter->Operand(0));
      }
      return;
    }
    default: return;  // no pointer flows: arithmetic, lookups (map contents are on the heap), ...
  }
}

namespace {

// gc's ir.SameSafeExpr on SSA values: the same value, or the same loads and field selections of
// the same values.
auto SameSafe(const ir::Value* a, const ir::Value* b) -> bool {
  if (a == b) return true;
  if (a->op != b->op) return false;
  switch (a->op) {
    case ir::Op::Load: return SameSafe(a->Operand(0), b->Operand(0));
    case ir::Op::FieldAddr:
    case ir::Op::Field: return a->aux.i == b->aux.i && SameSafe(a->Operand(0), b->Operand(0));
    case ir::Op::ConstInt: return a->aux.i == b->aux.i;
    default: return false;
  }
}

// gc's mayAffectMemory, negated: an index made of names, constants and arithmetic.
auto SafeIndex(const ir::Value* v) -> bool {
  switch (v->op) {
    case ir::Op::ConstInt:
    case ir::Op::Param:
    case ir::Op::Phi: return true;
    case ir::Op::BinOp: return SafeIndex(v->Operand(0)) && SafeIndex(v->Operand(1));
    case ir::Op::Convert:
    case ir::Op::UnOp: return SafeIndex(v->Operand(0));
    case ir::Op::Load: return v->Operand(0)->op == ir::Op::Alloc;
    default: return false;
  }
}

}  // namespace

auto BatchBuilder::IsSelfAssign(const ir::Value* store) -> bool {
  const ir::Value* dst = store->Operand(0);
  const ir::Value* val = store->Operand(1);
  // p.f = p.g[...] and *p = (*p)[...] (isSliceSelfAssign): p a pointer variable.
  if (val->op == ir::Op::Slice && val->Operand(0)->op == ir::Op::Load) {
    const ir::Value* src = val->Operand(0)->Operand(0);
    const ir::Value* dbase = dst->op == ir::Op::FieldAddr ? dst->Operand(0) : dst;
    const ir::Value* sbase = src->op == ir::Op::FieldAddr ? src->Operand(0) : src;
    if ((dst->op == ir::Op::FieldAddr) == (src->op == ir::Op::FieldAddr) && dbase == sbase &&
        dbase->op != ir::Op::Alloc && dbase->op != ir::Op::Global) {
      return true;
    }
  }
  if (val->op != ir::Op::Load) return false;
  const ir::Value* src = val->Operand(0);
  if (dst->op != src->op) return false;
  if (dst->op == ir::Op::FieldAddr) return SameSafe(dst->Operand(0), src->Operand(0));
  if (dst->op == ir::Op::IndexAddr) {
    return SafeIndex(dst->Operand(1)) && SafeIndex(src->Operand(1)) && SameSafe(dst->Operand(0), src->Operand(0));
  }
  return false;
}

void BatchBuilder::HeapReasons() {
  for (auto& [v, obj] : objects_) {
    bool heap = false;
    switch (v->op) {
      case ir::Op::Alloc: {
        int64_t size = sizes_.SizeOf(ir::PointerElem(v->type));
        std::string_view text = v->str();
        if (size > limits_.var) heap = true;
        if ((text.starts_with("&") || text.starts_with("new(")) && size > limits_.implicit) heap = true;
        break;
      }
      case ir::Op::MakeSlice: {
        const ir::Value* r = v->Operand(1);
        // SSA folds `n := 32; make([]int, n)` to a constant; gc sees the variable n. The
        // size as written decides: a literal or a constant's (capitalised) name.
        std::string_view text = v->str();
        std::string_view arg;
        if (size_t comma = text.rfind(", "); comma != std::string_view::npos && text.ends_with(")")) {
          arg = text.substr(comma + 2, text.size() - comma - 3);
        }
        bool written_variable = !arg.empty() && (std::islower(static_cast<unsigned char>(arg[0])) != 0 || arg[0] == '_') &&
                                arg.find_first_of("()+-*/") == std::string_view::npos;
        if (r->op != ir::Op::ConstInt || r->aux.i < 0 || written_variable) {
          heap = true;
        } else {
          int64_t elem = sizes_.SizeOf(ir::ElemType(v->type));
          if (elem != 0 && r->aux.i > limits_.implicit / elem) heap = true;
        }
        break;
      }
      case ir::Op::MakeClosure: {
        int64_t size = 8;
        for (size_t i = 1; i < v->num_operands; ++i) size += sizes_.SizeOf(v->Operand(i)->type);
        if (size > limits_.implicit) heap = true;
        break;
      }
      default: break;
    }
    if (heap) {
      g_.SetWhere(v, "too large for stack");
      g_.Flow(g_.Heap(), -1, obj);
      g_.SetWhere(nullptr);
    }
  }
}

}  // namespace gocc::escape

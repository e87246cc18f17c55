// Dropping the functions a program cannot reach.
//
// Every package is built whole, so a program importing fmt carries all of fmt, strconv, os, ...
// Compiling all of that for every program would cost most of the compile time. After building,
// the functions reachable from main.main and main.init are found by a worklist: a function is
// live if a live function refers to it (a static call, a func value, a closure, a defer), or if
// it is a method of a named type or of an unnamed struct type (promoted) that live code mentions
// — any type a live value has, or one nested in such a type — because that type's descriptor
// (and with it its method table, its itabs) may be emitted. The rest is removed from the
// Program before the passes and codegen.
#include "ir/build_internal.h"

namespace gocc::ir {

void PruneUnreachable(Program& program) {
  std::unordered_set<const Function*> live;
  std::vector<const Function*> work;
  std::unordered_set<const types::Type*> seen;
  auto mark = [&](const Function* f) {
    if (f != nullptr && live.insert(f).second) work.push_back(f);
  };
  std::function<void(const types::Type*)> see = [&](const types::Type* t) {
    if (t == nullptr || !seen.insert(t).second) return;
    switch (t->kind) {
      case types::TypeKind::Named: {
        const auto* n = static_cast<const types::Named*>(t);
        for (const MethodEntry& m : program.MethodsOf(n)) mark(m.func);
        see(n->underlying);
        break;
      }
      case types::TypeKind::Pointer: see(static_cast<const types::Pointer*>(t)->elem); break;
      case types::TypeKind::Slice: see(static_cast<const types::Slice*>(t)->elem); break;
      case types::TypeKind::Array: see(static_cast<const types::Array*>(t)->elem); break;
      case types::TypeKind::Chan: see(static_cast<const types::Chan*>(t)->elem); break;
      case types::TypeKind::Map:
        see(static_cast<const types::Map*>(t)->key);
        see(static_cast<const types::Map*>(t)->value);
        break;
      case types::TypeKind::Struct:  // an unnamed struct has the methods its embedded fields promote
        for (const MethodEntry& m : program.MethodsOf(t)) mark(m.func);
        for (const types::Var& f : static_cast<const types::Struct*>(t)->fields) see(f.type);
        break;
      case types::TypeKind::Signature: {
        const auto* sig = static_cast<const types::Signature*>(t);
        for (const types::Var& p : sig->params) see(p.type);
        for (const types::Var& r : sig->results) see(r.type);
        break;
      }
      case types::TypeKind::Interface: {
        const auto* iface = static_cast<const types::Interface*>(t);
        for (const types::Method& m : iface->methods) see(m.type);
        for (const types::Type* e : iface->embeddeds) see(e);
        break;
      }
      default: break;  // basic types; tuples' elements are seen through Extract
    }
  };
  mark(program.FindFunction("main.main"));
  mark(program.FindFunction("main.init"));
  while (!work.empty()) {
    const Function* f = work.back();
    work.pop_back();
    see(f->signature());
    for (const Value* p : f->params()) see(p->type);
    for (const Value* p : f->free_vars()) see(p->type);
    for (const auto& b : f->blocks()) {
      for (const Value* v : b->instrs) {
        see(v->type);
        if (v->op == Op::TypeAssert) see(v->asserted_type());
        for (const Value* o : v->Operands()) {
          if (o == nullptr) continue;
          if (o->op == Op::Func) mark(o->func());
          see(o->type);
        }
      }
    }
  }
  program.RemoveFunctions([&](const Function* f) { return live.count(f) == 0; });
}

}  // namespace gocc::ir

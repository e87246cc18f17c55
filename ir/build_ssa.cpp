// Local variables: SSA registers where possible, memory where Go's semantics need an address.
//
// Before any code is built, a pre-scan walks every function body once (ScanFunction) and learns,
// for each local variable object, whether
//   - its address is taken: `&x`, or implicitly by calling a pointer-receiver method on it
//     (`x.Inc()` means `(&x).Inc()`), or
//   - it is captured: used inside a function literal other than the one declaring it (Go
//     closures capture variables by reference);
// and which functions contain a `defer` (their named results must be in memory, because a
// deferred closure may change them and the recover block reads them back).
//
// A local then lives in an SSA register (SsaBuilder: WriteVariable at each assignment,
// ReadVariable at each use, Braun et al.) unless it is address-taken or captured, has a struct or
// array type (their fields and elements are assigned in place, which values in registers cannot
// express), or is a named result of a function with defers. Those get an Alloc at their
// declaration — `moved to heap: x` with the heap flag when the address may outlive the frame
// (address-taken or captured; escape analysis will narrow that, issue 5), a frame slot
// otherwise. A declaration executed again (in a loop body) makes a fresh variable each time, as
// Go requires for closures capturing it.
//
// A closure reads a captured variable through a free variable holding the variable's address;
// FunctionBuilder::LocalAddr asks the enclosing builder for the address the first time an object
// is met, and the enclosing builder binds those addresses in MakeClosure.
#include "ir/build_internal.h"

namespace gocc::ir {

auto CountFuncLits(const ast::Node* n) -> int {
  if (n == nullptr) return 0;
  if (n->kind == ast::NodeKind::FuncLit) return 1;
  int count = 0;
  ForEachChild(n, [&](const ast::Node* c) { count += CountFuncLits(c); });
  return count;
}

// The pre-scan of one function declaration (or package-level initializer expression).
class Scanner {
 public:
  explicit Scanner(ProgramBuilder& pb) : pb_(pb) {}

  void Visit(const ast::Node* n) {
    switch (n->kind) {
      case ast::NodeKind::FuncLit:
      case ast::NodeKind::FuncDecl: {
        funcs_.push_back(n);
        if (const auto* d = n->As<ast::FuncDecl>()) {
          if (d->recv != nullptr) Visit(d->recv);
          Visit(d->type);
          if (d->body != nullptr) Visit(d->body);
        } else {
          ForEachChild(n, [&](const ast::Node* c) { Visit(c); });
        }
        funcs_.pop_back();
        return;
      }
      case ast::NodeKind::Ident: Ident(static_cast<const ast::Ident*>(n)); return;
      case ast::NodeKind::UnaryExpr: {
        const auto* u = static_cast<const ast::UnaryExpr*>(n);
        if (u->op == lex::TokenKind::And) TakeAddress(u->x);
        break;
      }
      case ast::NodeKind::SelectorExpr: {
        const auto* s = static_cast<const ast::SelectorExpr*>(n);
        const types::Selection* sel = pb_.SelectionOf(s);
        if (sel != nullptr && sel->kind == types::SelectionKind::MethodVal && sel->pointer_receiver &&
            PointerElem(sel->recv) == nullptr) {
          TakeAddress(s->x);
        }
        break;
      }
      case ast::NodeKind::SliceExpr: TakeAddress(static_cast<const ast::SliceExpr*>(n)->x); break;
      case ast::NodeKind::DeferStmt:
        if (!funcs_.empty()) pb_.defer_funcs_.insert(funcs_.back());
        break;
      case ast::NodeKind::TypeSwitchStmt: {
        for (const ast::CaseClause* c : static_cast<const ast::TypeSwitchStmt*>(n)->body) {
          auto it = pb_.info_.implicits.find(c);
          if (it != pb_.info_.implicits.end() && !funcs_.empty()) pb_.owner_of_[it->second] = funcs_.back();
        }
        break;
      }
      default: break;
    }
    ForEachChild(n, [&](const ast::Node* c) { Visit(c); });
  }

 private:
  void Ident(const ast::Ident* id) {
    if (auto it = pb_.info_.defs.find(id); it != pb_.info_.defs.end()) {
      const types::Object* obj = it->second;
      if (obj != nullptr && obj->kind == types::ObjectKind::Var && !obj->global && !funcs_.empty()) {
        pb_.owner_of_[obj] = funcs_.back();
      }
      return;
    }
    auto it = pb_.info_.uses.find(id);
    if (it == pb_.info_.uses.end() || it->second == nullptr) return;
    const types::Object* obj = it->second;
    if (obj->kind != types::ObjectKind::Var || obj->global || funcs_.empty()) return;
    auto owner = pb_.owner_of_.find(obj);
    if (owner != pb_.owner_of_.end() && owner->second != funcs_.back()) {
      pb_.captured_.insert(obj);
      pb_.memory_locals_.insert(obj);
    }
  }

  // The variable at the root of an addressed operand must be in memory. Struct and array
  // variables always are; this matters for the others (`&n`, `n.PtrMethod()`).
  void TakeAddress(const ast::Expr* e) {
    e = Unparen(e);
    if (const auto* id = e->As<ast::Ident>()) {
      if (types::Object* obj = pb_.ObjectOf(id); obj != nullptr && obj->kind == types::ObjectKind::Var && !obj->global) {
        pb_.memory_locals_.insert(obj);
      }
    }
  }

  ProgramBuilder& pb_;
  std::vector<const ast::Node*> funcs_;
};

void ProgramBuilder::ScanFunction(const ast::Node* root) { Scanner(*this).Visit(root); }

// ---- locals ----

namespace {

auto NeedsMemory(const types::Type* t) -> bool {
  const types::Type* u = Under(t);
  return u->kind == types::TypeKind::Struct || u->kind == types::TypeKind::Array;
}

}  // namespace

auto FunctionBuilder::IsRegister(const types::Object* obj) -> bool {
  if (pb_.IsEscapingLocal(obj) || NeedsMemory(obj->type)) return false;
  if (has_defer_ && std::find(named_results_.begin(), named_results_.end(), obj) != named_results_.end()) {
    return false;
  }
  return true;
}

void FunctionBuilder::DeclareLocal(const types::Object* obj, Value* init, Pos pos) {
  if (obj == nullptr || obj->name == "_") return;
  Local& local = locals_[obj];
  if (IsRegister(obj)) {
    if (!local.reg) {
      local.reg = true;
      local.var = ssa_.NewVariable(obj->type);
    }
    var_decls_[local.var] = b_.block();
    if (init != nullptr && init->op == Op::Param) param_vars_[local.var] = init;
    Value* value = init != nullptr ? init : b_.Zero(obj->type);
    ssa_.WriteVariable(local.var, b_.block(), value);
    NoteAssign(local.var, value);
    return;
  }
  Pos saved = b_.pos();
  b_.SetPos(pos.IsValid() ? pos : obj->pos);
  bool heap = pb_.IsEscapingLocal(obj);
  local.addr = b_.Alloc(obj->type, heap ? "moved to heap: " + std::string(obj->name) : std::string(obj->name), heap);
  b_.SetPos(saved);
  if (init != nullptr) b_.Store(local.addr, init);
}

void FunctionBuilder::NoteAssign(SsaBuilder::Variable var, Value* value) {
  auto it = var_decls_.find(var);
  if (it != var_decls_.end() && value->IsInstruction()) fn_->var_assigns.push_back({value, it->second, var});
}

auto FunctionBuilder::RegisterOf(const types::Object* obj) -> SsaBuilder::Variable { return locals_[obj].var; }

auto FunctionBuilder::ReadLocal(const types::Object* obj) -> Value* {
  auto it = locals_.find(obj);
  if (it != locals_.end() && it->second.reg) return ssa_.ReadVariable(it->second.var, b_.block());
  return b_.Load(LocalAddr(obj));
}

auto FunctionBuilder::LocalAddr(const types::Object* obj) -> Value* {
  auto it = locals_.find(obj);
  if (it != locals_.end()) {
    if (it->second.addr == nullptr) throw BuildError{obj->pos, "variable " + std::string(obj->name) + " has no address"};
    return it->second.addr;
  }
  if (auto fv = free_vars_.find(obj); fv != free_vars_.end()) return fv->second;
  if (parent_ == nullptr) {
    throw BuildError{obj->pos, "unknown variable " + std::string(obj->name)};
  }
  // First use of a variable of an enclosing function: capture its address.
  Value* v = fn_->AddFreeVar(obj->name, pb_.program()->PointerTo(obj->type), obj->pos);
  free_vars_[obj] = v;
  captures_.push_back(obj);
  return v;
}

}  // namespace gocc::ir

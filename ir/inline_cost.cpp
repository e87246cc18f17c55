// gc's inlining budget (cmd/compile/internal/inline: CanInline and hairyVisitor), computed on the
// typed syntax tree of the user's package.
//
// gc counts one unit per node of its own IR after type checking, with exceptions: a call to an
// inlinable function costs that function's cost, any other call 57 more, panic one more, a
// conversion that changes no representation nothing. Its IR is not go/ast, so the walk below
// charges each syntax node what the nodes gc makes of it cost: `x := v` is a declaration and
// an assignment (ODCL x, OAS x v), a method call's receiver gains an implicit & or *, a value
// passed as an interface gains an OCONVIFACE, and so on. The costs of `gocc -m=2` equal gc's
// on tests/escape/inline_cost.go.
//
// A function is inlinable when its cost is at most 80 and it holds nothing gc refuses: go and
// defer statements, recover, local type declarations. Function literals are costed and
// inlined too (gc's default -d=inlfuncswithclosures=1).
#include <unordered_set>

#include "ir/build_internal.h"
#include "typecheck/predicates.h"
#include "typecheck/typestring.h"

namespace gocc::ir {

namespace {

constexpr int32_t kMaxBudget = 80;       // inlineMaxBudget
constexpr int32_t kExtraCallCost = 57;   // inlineExtraCallCost
constexpr int32_t kExtraPanicCost = 1;   // inlineExtraPanicCost
constexpr int kBigFunctionNodes = 5000;  // inlineBigFunctionNodes

// Functions gc compiles to instructions on amd64 (ssagen's intrinsics): their calls cost one node.
auto IsIntrinsic(std::string_view pkg, std::string_view name) -> bool {
  if (pkg == "math") {
    return name == "Sqrt" || name == "Floor" || name == "Ceil" || name == "Trunc" || name == "RoundToEven" ||
           name == "FMA";
  }
  if (pkg == "math/bits") {
    for (std::string_view prefix : {"RotateLeft", "TrailingZeros", "Len", "OnesCount", "ReverseBytes"}) {
      if (name.starts_with(prefix)) return true;
    }
    return name == "Add64" || name == "Sub64" || name == "Mul64" || name == "Div64" || name == "Add" ||
           name == "Sub" || name == "Mul" || name == "Div";
  }
  if (pkg == "sync/atomic" || pkg == "runtime/internal/atomic") return true;
  return false;
}

// Methods whose calls gc costs as one node (inl.go): encoding/binary's byte-order readers and
// writers, cheap in practice on architectures that merge loads (issue 42958).
auto IsCheapMethod(const Function* fn) -> bool {
  constexpr std::string_view kPackage = "encoding/binary.";
  std::string_view name = fn != nullptr ? std::string_view(fn->name()) : std::string_view();
  if (!name.starts_with(kPackage)) return false;
  name.remove_prefix(kPackage.size());
  for (std::string_view order : {"littleEndian.", "bigEndian."}) {
    if (!name.starts_with(order)) continue;
    name.remove_prefix(order.size());
    return name == "Uint16" || name == "Uint32" || name == "Uint64" || name == "PutUint16" || name == "PutUint32" ||
           name == "PutUint64";
  }
  return false;
}

auto IsConstant(const types::TypeAndValue* tv) -> bool {
  return tv != nullptr && tv->mode == types::OperandMode::Constant;
}

// Whether converting from to to changes no representation (gc's OCONVNOP).
auto IsNopConversion(const types::Type* from, const types::Type* to) -> bool {
  if (from == nullptr || to == nullptr) return false;
  const types::Type* uf = types::Underlying(from);
  const types::Type* ut = types::Underlying(to);
  if (types::Identical(uf, ut)) return true;
  // gc's convertop: a pointer or uintptr to unsafe.Pointer and back, a pointer to a pointer.
  auto basic = [](const types::Type* u, types::BasicKind k) {
    const auto* b = types::As<types::Basic>(u);
    return b != nullptr && b->basic == k;
  };
  auto unsafe_pointer = [&](const types::Type* u) { return basic(u, types::BasicKind::UnsafePointer); };
  auto pointer_or_uintptr = [&](const types::Type* u) {
    return PointerElem(u) != nullptr || basic(u, types::BasicKind::Uintptr);
  };
  if (PointerElem(uf) != nullptr && PointerElem(ut) != nullptr) return true;
  return (pointer_or_uintptr(uf) && unsafe_pointer(ut)) || (unsafe_pointer(uf) && pointer_or_uintptr(ut));
}

// gc's ir.StaticValue for function values: the local variables of a body that hold one value
// for good (declared with it, never assigned again nor addressed), followed to a function
// literal or a declared function.
class StaticLiterals {
 public:
  StaticLiterals(const ProgramBuilder& pb, const ast::Node* body) : pb_(pb) { Scan(body); }

  // The function literal or declaration a call's function value certainly is, or nullptr.
  auto Of(const ast::Expr* fun) const -> const ast::Node* {
    for (int hops = 0; hops < 16; ++hops) {  // a chain of variables: tmp2 := tmp1; tmp1 := f
      fun = Unparen(fun);
      if (const auto* lit = fun->As<ast::FuncLit>()) return lit;
      const auto* id = fun->As<ast::Ident>();
      const types::Object* obj = id != nullptr ? pb_.ObjectOf(id) : nullptr;
      if (obj == nullptr) return nullptr;
      if (obj->kind == types::ObjectKind::Func) return obj->decl != nullptr ? obj->decl->As<ast::FuncDecl>() : nullptr;
      auto it = values_.find(obj);
      if (it == values_.end() || changed_.contains(obj)) return nullptr;
      fun = it->second;
    }
    return nullptr;
  }

 private:
  void Scan(const ast::Node* n) {
    if (const auto* a = n->As<ast::AssignStmt>()) {
      for (size_t i = 0; i < a->lhs.size(); ++i) {
        const types::Object* obj = Local(a->lhs[i]);
        if (obj == nullptr) continue;
        bool declares = a->op == lex::TokenKind::Define && pb_.info().defs.count(a->lhs[i]->As<ast::Ident>()) != 0;
        if (declares && a->lhs.size() == a->rhs.size()) {
          values_[obj] = a->rhs[i];
        } else {
          changed_.insert(obj);
        }
      }
    } else if (const auto* vs = n->As<ast::ValueSpec>()) {
      for (size_t i = 0; i < vs->names.size() && i < vs->values.size(); ++i) {
        if (const types::Object* obj = pb_.ObjectOf(vs->names[i])) values_[obj] = vs->values[i];
      }
    } else if (const auto* u = n->As<ast::UnaryExpr>(); u != nullptr && u->op == lex::TokenKind::And) {
      if (const types::Object* obj = Local(u->x)) changed_.insert(obj);
    } else if (const auto* r = n->As<ast::RangeStmt>(); r != nullptr && r->tok == lex::TokenKind::Assign) {
      for (const ast::Expr* e : {r->key, r->value}) {
        if (const types::Object* obj = e != nullptr ? Local(e) : nullptr) changed_.insert(obj);
      }
    }
    ForEachChild(n, [&](const ast::Node* c) { Scan(c); });
  }

  auto Local(const ast::Expr* e) const -> const types::Object* {
    const auto* id = Unparen(e)->As<ast::Ident>();
    const types::Object* obj = id != nullptr ? pb_.ObjectOf(id) : nullptr;
    return obj != nullptr && obj->kind == types::ObjectKind::Var && !obj->global ? obj : nullptr;
  }

  const ProgramBuilder& pb_;
  std::unordered_map<const types::Object*, const ast::Expr*> values_;  // declared with
  std::unordered_set<const types::Object*> changed_;
};

class CostVisitor {
 public:
  // pkg: the import path of the package whose function is costed.
  // sig: the costed function's signature (its results' types).
  CostVisitor(ProgramBuilder& pb, const StaticLiterals& literals, std::string_view pkg, const types::Signature* sig)
      : pb_(pb), literals_(literals), pkg_(pkg) {
    sigs_.push_back(sig);
  }

  void Visit(const ast::Node* n);
  auto budget() const -> int32_t { return budget_; }
  auto reason() const -> const std::string& { return reason_; }

 private:
  void Refuse(std::string reason) {
    if (reason_.empty()) reason_ = std::move(reason);
  }
  void Expr(const ast::Expr* e);
  void Call(const ast::CallExpr* call);
  void Stmt(const ast::Stmt* s);
  static auto ParamType(const types::Signature* sig, size_t i, bool has_dots) -> const types::Type*;
  void Each(auto list) {
    for (const ast::Node* n : list) Visit(n);
  }
  // One more node where a value of type from goes where an interface is expected.
  void ToInterface(const types::Type* to, const ast::Expr* value) { ToInterfaceFrom(to, TypeOf(value)); }
  void ToInterfaceFrom(const types::Type* to, const types::Type* from) {
    if (to != nullptr && IsInterfaceType(to) && from != nullptr && !types::Identical(from, to) &&
        !IsBasic(from, types::BasicKind::UntypedNil)) {
      --budget_;  // OCONVIFACE, from an interface too
    }
  }
  // The new names a `:=` declares: gc makes an ODCL of each.
  void Declares(std::span<ast::Expr* const> lhs) {
    for (const ast::Expr* e : lhs) {
      const auto* id = e->As<ast::Ident>();
      if (id != nullptr && id->name != "_" && pb_.info().defs.count(id) != 0) budget_ -= 2;
    }
  }

  // The recorded type, or the object's for a declaring name; nullptr for `_`.
  auto TypeOf(const ast::Expr* e) const -> const types::Type* {
    if (const types::TypeAndValue* tv = pb_.TypeAndValueOf(e); tv != nullptr) return tv->type;
    const auto* id = e->As<ast::Ident>();
    const types::Object* obj = id != nullptr ? pb_.ObjectOf(id) : nullptr;
    return obj != nullptr ? obj->type : nullptr;
  }

  ProgramBuilder& pb_;
  std::string_view pkg_;
  const StaticLiterals& literals_;
  int32_t budget_ = kMaxBudget;
  std::string reason_;
  std::vector<const types::Signature*> sigs_;  // the results a return statement converts to
};

void CostVisitor::Visit(const ast::Node* n) {
  if (n == nullptr) return;
  if (n->kind == ast::NodeKind::CaseClause || n->kind == ast::NodeKind::CommClause) {
    --budget_;  // OCASE
    if (const auto* c = n->As<ast::CaseClause>()) {
      for (const ast::Expr* e : c->list) {
        if (pb_.TypeAndValueOf(e) != nullptr && pb_.TypeAndValueOf(e)->mode == types::OperandMode::TypeExpr) {
          --budget_;  // a type switch's OTYPE
        } else {
          Expr(e);
        }
      }
      Each(c->body);
    } else {
      const auto* cc = n->As<ast::CommClause>();
      Visit(cc->comm);
      Each(cc->body);
    }
    return;
  }
  switch (n->kind) {
#define NODE(Name, Category)                                                 \
  case ast::NodeKind::Name:                                                  \
    if constexpr (std::string_view(#Category) == "Expr") {                   \
      Expr(static_cast<const ast::Expr*>(n));                                \
    } else if constexpr (std::string_view(#Category) == "Stmt") {            \
      Stmt(static_cast<const ast::Stmt*>(n));                                \
    }                                                                        \
    return;
#include "ast/node_kinds.def"
  }
}

void CostVisitor::Expr(const ast::Expr* e) {
  using K = ast::NodeKind;
  if (e->kind == K::ParenExpr) return Expr(static_cast<const ast::ParenExpr*>(e)->x);
  const types::TypeAndValue* tv = pb_.TypeAndValueOf(e);
  if (IsConstant(tv)) {
    --budget_;  // OLITERAL: gc folds constant expressions
    return;
  }
  if (tv != nullptr && tv->mode == types::OperandMode::TypeExpr) return;
  switch (e->kind) {
    case K::Ident: {
      const types::Object* obj = pb_.ObjectOf(static_cast<const ast::Ident*>(e));
      if (obj == nullptr || obj->kind != types::ObjectKind::Builtin) --budget_;  // ONAME, ONIL
      return;
    }
    case K::BasicLit: --budget_; return;
    case K::CompositeLit: {
      const auto* c = static_cast<const ast::CompositeLit*>(e);
      const types::Type* u = types::Underlying(TypeOf(e));
      budget_ -= types::As<types::Slice>(u) != nullptr ? 2 : 1;  // OSLICELIT costs two
      bool is_struct = types::As<types::Struct>(u) != nullptr;
      for (const ast::Expr* elt : c->elts) {
        if (const auto* kv = elt->As<ast::KeyValueExpr>()) {
          --budget_;  // OSTRUCTKEY, OKEY
          if (!is_struct) Expr(kv->key);
          Expr(kv->value);
        } else {
          if (is_struct) --budget_;
          Expr(elt);
        }
      }
      return;
    }
    case K::FuncLit:
      budget_ -= 16;  // gc's flat 15 for a closure, and the node
      sigs_.push_back(types::As<types::Signature>(types::Underlying(TypeOf(e))));
      Visit(static_cast<const ast::FuncLit*>(e)->body);
      sigs_.pop_back();
      return;
    case K::SelectorExpr: {
      const auto* s = static_cast<const ast::SelectorExpr*>(e);
      const types::Selection* sel = pb_.SelectionOf(s);
      if (sel == nullptr) {  // a package's name
        --budget_;
        return;
      }
      switch (sel->kind) {
        case types::SelectionKind::FieldVal: budget_ -= static_cast<int32_t>(sel->path.size()); break;
        case types::SelectionKind::MethodVal: budget_ -= 2; break;  // OMETHVALUE
        case types::SelectionKind::MethodExpr: return;           // OMETHEXPR costs nothing
      }
      Expr(s->x);
      return;
    }
    case K::IndexExpr: {
      const auto* ix = static_cast<const ast::IndexExpr*>(e);
      --budget_;
      Expr(ix->x);
      Each(ix->indices);
      return;
    }
    case K::SliceExpr: {
      const auto* s = static_cast<const ast::SliceExpr*>(e);
      --budget_;
      if (types::As<types::Array>(types::Underlying(TypeOf(s->x))) != nullptr) --budget_;  // OADDR
      Expr(s->x);
      for (const ast::Expr* part : {s->low, s->high, s->max}) {
        if (part != nullptr) Expr(part);
      }
      return;
    }
    case K::TypeAssertExpr: {
      --budget_;
      Expr(static_cast<const ast::TypeAssertExpr*>(e)->x);
      return;
    }
    case K::CallExpr: Call(static_cast<const ast::CallExpr*>(e)); return;
    case K::StarExpr: {
      const auto* s = static_cast<const ast::StarExpr*>(e);
      --budget_;
      // *(*T)(unsafe.Pointer(&x)) is cheap: gc undoes half of ODEREF+OADDR.
      const ast::Expr* ptr = Unparen(s->x);
      while (const auto* conv = ptr->As<ast::CallExpr>()) {
        const auto* ftv = pb_.TypeAndValueOf(conv->fun);
        if (ftv == nullptr || ftv->mode != types::OperandMode::TypeExpr || conv->args.size() != 1 ||
            !IsNopConversion(TypeOf(conv->args[0]), ftv->type)) {
          break;
        }
        ptr = Unparen(conv->args[0]);
      }
      if (const auto* u = ptr->As<ast::UnaryExpr>(); u != nullptr && u->op == lex::TokenKind::And) ++budget_;
      Expr(s->x);
      return;
    }
    case K::UnaryExpr: {
      const auto* u = static_cast<const ast::UnaryExpr*>(e);
      --budget_;  // OADDR, OPTRLIT, ONEG, ONOT, OBITNOT, ORECV
      Expr(u->x);
      return;
    }
    case K::BinaryExpr: {
      const auto* b = static_cast<const ast::BinaryExpr*>(e);
      --budget_;
      // gc adds a chain of strings in one OADDSTR.
      bool concat = b->op == lex::TokenKind::Add && IsStringType(TypeOf(e));
      const ast::Expr* x = Unparen(b->x);
      if (const auto* inner = x->As<ast::BinaryExpr>(); concat && inner != nullptr && inner->op == b->op &&
                                                         !IsConstant(pb_.TypeAndValueOf(x))) {
        ++budget_;
      }
      Expr(b->x);
      Expr(b->y);
      return;
    }
    case K::KeyValueExpr: {
      const auto* kv = static_cast<const ast::KeyValueExpr*>(e);
      Expr(kv->key);
      Expr(kv->value);
      return;
    }
    default: return;  // types, BadExpr
  }
}

void CostVisitor::Call(const ast::CallExpr* call) {
  const ast::Expr* fun = Unparen(call->fun);
  const types::TypeAndValue* ftv = pb_.TypeAndValueOf(fun);
  if (ftv != nullptr && ftv->mode == types::OperandMode::TypeExpr) {  // a conversion
    if (call->args.size() == 1 && !IsNopConversion(TypeOf(call->args[0]), ftv->type)) --budget_;
    Each(call->args);
    return;
  }
  const types::Object* obj = nullptr;
  if (const auto* id = fun->As<ast::Ident>()) obj = pb_.ObjectOf(id);
  if (const auto* s = fun->As<ast::SelectorExpr>(); s != nullptr && pb_.SelectionOf(s) == nullptr) obj = pb_.ObjectOf(s->sel);
  if (obj != nullptr && obj->kind == types::ObjectKind::Builtin) {
    --budget_;
    if (obj->name == "recover") Refuse("call to recover");
    if (obj->name == "panic") {
      budget_ -= kExtraPanicCost;  // the implicit conversion to interface{} costs nothing here
      Each(call->args);
      return;
    }
    Each(call->args);
    return;
  }
  --budget_;  // OCALLFUNC, OCALLINTER
  const types::Signature* sig = types::As<types::Signature>(types::Underlying(TypeOf(fun)));
  const ast::FuncDecl* callee = nullptr;
  std::string_view callee_pkg;
  if (const auto* s = fun->As<ast::SelectorExpr>(); s != nullptr && pb_.SelectionOf(s) != nullptr) {
    const types::Selection* sel = pb_.SelectionOf(s);
    if (sel->kind == types::SelectionKind::MethodVal && IsInterfaceType(sel->method_recv)) {
      budget_ -= 1 + kExtraCallCost;  // ODOTINTER
      Expr(s->x);
    } else if (sel->kind == types::SelectionKind::MethodVal) {
      callee = sel->method_decl;
      // gc calls T.m(x, args): the method expression's type node, then the receiver with the
      // embedded fields on the way and an implicit & or *.
      budget_ -= static_cast<int32_t>(sel->path.size()) + 1;
      bool recv_is_pointer = PointerElem(sel->recv) != nullptr;
      if (sel->pointer_receiver != recv_is_pointer) --budget_;
      Expr(s->x);
    } else if (sel->method_decl != nullptr && !IsInterfaceType(sel->method_recv)) {
      callee = sel->method_decl;  // T.m(x, args): the method expression's type node
      budget_ -= static_cast<int32_t>(sel->path.size()) + 1;
    } else {
      Expr(fun);
      budget_ -= kExtraCallCost;
    }
  } else if (obj != nullptr && obj->kind == types::ObjectKind::Func) {
    --budget_;  // ONAME
    callee = obj->decl != nullptr ? obj->decl->As<ast::FuncDecl>() : nullptr;
    callee_pkg = pkg_;
    if (const auto* s = fun->As<ast::SelectorExpr>()) {
      const types::Object* pkg = pb_.ObjectOf(s->x->As<ast::Ident>());
      if (pkg != nullptr) callee_pkg = pkg->import_path;
    }
  } else if (const ast::Node* target = literals_.Of(fun)) {
    Expr(fun);  // a literal called where it is written, or a function through a variable holding it for good
    int32_t cost = pb_.InlineCostOf(target);
    budget_ -= cost >= 0 ? cost : kExtraCallCost;
  } else {
    Expr(fun);
    budget_ -= kExtraCallCost;
  }
  if (obj != nullptr && obj->kind == types::ObjectKind::Func) {
    if (!callee_pkg.empty() && IsIntrinsic(callee_pkg, obj->name)) {
      // like any other node
    } else if (int32_t cost = callee != nullptr ? pb_.InlineCostOf(callee) : -1; cost >= 0) {
      budget_ -= cost;
    } else {
      budget_ -= kExtraCallCost;
    }
  } else if (callee != nullptr && !IsCheapMethod(pb_.MethodOf(callee))) {
    int32_t cost = pb_.InlineCostOf(callee);
    budget_ -= cost >= 0 ? cost : kExtraCallCost;
  }
  for (size_t i = 0; i < call->args.size(); ++i) {
    if (sig != nullptr) ToInterface(ParamType(sig, i, call->has_dots), call->args[i]);
    Expr(call->args[i]);
  }
}

// The type argument i of a call converts to: its parameter's, for a variadic function's extra
// arguments the element type (with `...`, the slice passes as it is: nullptr).
auto CostVisitor::ParamType(const types::Signature* sig, size_t i, bool has_dots) -> const types::Type* {
  size_t n = sig->params.size();
  if (!sig->variadic || i + 1 < n) return i < n ? sig->params[i].type : nullptr;
  if (has_dots || n == 0) return nullptr;
  const auto* slice = types::As<types::Slice>(types::Underlying(sig->params[n - 1].type));
  return slice != nullptr ? slice->elem : nullptr;
}

void CostVisitor::Stmt(const ast::Stmt* s) {
  using K = ast::NodeKind;
  switch (s->kind) {
    case K::DeclStmt: {
      const ast::GenDecl* g = static_cast<const ast::DeclStmt*>(s)->decl;
      if (g->tok == lex::TokenKind::Type) {
        Refuse("unhandled op DCLTYPE");
        return;
      }
      if (g->tok != lex::TokenKind::Var) return;  // ODCLCONST costs nothing
      for (const ast::Node* spec : g->specs) {
        const auto* vs = spec->As<ast::ValueSpec>();
        if (vs == nullptr) continue;
        budget_ -= 4 * static_cast<int32_t>(vs->names.size());  // ODCL x; OAS x value
        for (size_t i = 0; i < vs->values.size(); ++i) {
          if (i < vs->names.size()) ToInterface(TypeOf(vs->names[i]), vs->values[i]);
          Expr(vs->values[i]);
        }
      }
      return;
    }
    case K::LabeledStmt: {
      --budget_;
      Visit(static_cast<const ast::LabeledStmt*>(s)->stmt);
      return;
    }
    case K::ExprStmt: Expr(static_cast<const ast::ExprStmt*>(s)->x); return;
    case K::SendStmt: {
      const auto* send = static_cast<const ast::SendStmt*>(s);
      --budget_;
      Expr(send->chan);
      Expr(send->value);
      return;
    }
    case K::IncDecStmt: {
      budget_ -= 2;  // OASOP x 1
      Expr(static_cast<const ast::IncDecStmt*>(s)->x);
      return;
    }
    case K::AssignStmt: {
      const auto* a = static_cast<const ast::AssignStmt*>(s);
      --budget_;
      if (a->op == lex::TokenKind::Define) Declares(a->lhs);
      for (size_t i = 0; i < a->lhs.size(); ++i) {
        Expr(a->lhs[i]);
        if (a->lhs.size() == a->rhs.size()) ToInterface(TypeOf(a->lhs[i]), a->rhs[i]);
      }
      Each(a->rhs);
      return;
    }
    case K::GoStmt: Refuse("unhandled op GO"); return;
    case K::DeferStmt: Refuse("unhandled op DEFER"); return;
    case K::ReturnStmt: {
      const auto* r = static_cast<const ast::ReturnStmt*>(s);
      --budget_;
      const types::Signature* sig = sigs_.back();
      const auto* tuple = r->results.size() == 1 ? types::As<types::Tuple>(TypeOf(r->results[0])) : nullptr;
      if (tuple != nullptr && tuple->vars.size() >= 2) {
        // gc's RewriteMultiValueCall: `t1, t2 := f(); return t1, t2`: an OAS2FUNC, an ODCL of
        // each temporary (and its name), the names assigned and the names returned.
        budget_ -= 1 + 4 * static_cast<int32_t>(tuple->vars.size());
        for (size_t i = 0; sig != nullptr && i < tuple->vars.size() && i < sig->results.size(); ++i) {
          ToInterfaceFrom(sig->results[i].type, tuple->vars[i].type);
        }
        Each(r->results);
        return;
      }
      for (size_t i = 0; i < r->results.size(); ++i) {
        if (sig != nullptr && i < sig->results.size()) ToInterface(sig->results[i].type, r->results[i]);
        Visit(r->results[i]);
      }
      return;
    }
    case K::BranchStmt:
      if (static_cast<const ast::BranchStmt*>(s)->op != lex::TokenKind::Fallthrough) --budget_;
      return;
    case K::BlockStmt: Each(static_cast<const ast::BlockStmt*>(s)->stmts); return;
    case K::IfStmt: {
      const auto* i = static_cast<const ast::IfStmt*>(s);
      const types::TypeAndValue* tv = pb_.TypeAndValueOf(i->cond);
      if (IsConstant(tv) && tv->value.kind() == types::ConstKind::Bool) {  // the if and its condition cost nothing
        Visit(i->init);
        Visit(tv->value.bool_value() ? static_cast<const ast::Node*>(i->then) : i->else_);
        return;
      }
      --budget_;
      Visit(i->init);
      Expr(i->cond);
      Visit(i->then);
      Visit(i->else_);
      return;
    }
    case K::SwitchStmt: {
      const auto* sw = static_cast<const ast::SwitchStmt*>(s);
      --budget_;
      Visit(sw->init);
      if (sw->tag != nullptr) Expr(sw->tag);
      // gc's deadcode ran first: a switch on constants keeps only the clause that runs, with
      // one value.
      bool constant = false;
      if (const ast::CaseClause* taken = ConstantSwitchClause(pb_, sw, &constant); constant) {
        if (taken != nullptr) {
          budget_ -= taken->list.empty() ? 1 : 2;  // OCASE and its value
          Each(taken->body);
        }
        return;
      }
      Each(sw->body);
      return;
    }
    case K::TypeSwitchStmt: {
      const auto* sw = static_cast<const ast::TypeSwitchStmt*>(s);
      budget_ -= 2;  // OSWITCH, OTYPESW
      Visit(sw->init);
      const ast::Expr* x = nullptr;
      if (const auto* a = sw->assign->As<ast::AssignStmt>()) {
        --budget_;  // the bound name
        x = a->rhs[0];
      } else {
        x = sw->assign->As<ast::ExprStmt>()->x;
      }
      Expr(x->As<ast::TypeAssertExpr>() != nullptr ? x->As<ast::TypeAssertExpr>()->x : x);
      Each(sw->body);
      return;
    }
    case K::SelectStmt: {
      --budget_;
      Each(static_cast<const ast::SelectStmt*>(s)->body);
      return;
    }
    case K::ForStmt: {
      const auto* f = static_cast<const ast::ForStmt*>(s);
      --budget_;
      Visit(f->init);
      if (f->cond != nullptr) Expr(f->cond);
      Visit(f->post);
      Visit(f->body);
      return;
    }
    case K::RangeStmt: {
      const auto* r = static_cast<const ast::RangeStmt*>(s);
      --budget_;
      if (r->key != nullptr) Expr(r->key);
      if (r->value != nullptr) Expr(r->value);
      if (r->tok == lex::TokenKind::Define) {
        ast::Expr* vars[] = {r->key, r->value};
        for (ast::Expr* v : vars) {
          if (v != nullptr) Declares(std::span<ast::Expr* const>(&v, 1));
        }
      }
      Expr(r->x);
      Visit(r->body);
      return;
    }
    default: return;  // EmptyStmt, BadStmt
  }
}

// Every syntax node of the body, up to kBigFunctionNodes (gc's isBigFunc counts its own).
auto CountNodes(const ast::Node* n, int limit) -> int {
  int count = 1;
  ForEachChild(n, [&](const ast::Node* c) {
    if (count < limit) count += CountNodes(c, limit - count);
  });
  return count;
}

// The body as `gocc -m=2` shows an inlinable function: statements on one line, compound ones
// named (gc prints them so: "for loop", "switch statement").
auto BodyText(const ast::BlockStmt* body) -> std::string {
  std::string out;
  for (const ast::Stmt* s : body->stmts) {
    if (!out.empty()) out += "; ";
    switch (s->kind) {
      case ast::NodeKind::ForStmt:
      case ast::NodeKind::RangeStmt: out += "for loop"; break;
      case ast::NodeKind::SwitchStmt:
      case ast::NodeKind::TypeSwitchStmt: out += "switch statement"; break;
      case ast::NodeKind::SelectStmt: out += "select statement"; break;
      case ast::NodeKind::IfStmt: out += "if " + ast::ExprString(static_cast<const ast::IfStmt*>(s)->cond) + " { ... }"; break;
      case ast::NodeKind::ReturnStmt: {
        const auto* r = static_cast<const ast::ReturnStmt*>(s);
        out += r->results.empty() ? "return" : "return " + ast::ExprListString(r->results);
        break;
      }
      case ast::NodeKind::DeclStmt: out += "var declaration"; break;
      default: out += ast::StmtString(s);
    }
  }
  return out;
}

// A signature as gc prints a function's type: func(int, ...string) (int, error).
auto SignatureText(const types::Signature* sig) -> std::string {
  std::string out = "func(";
  for (size_t i = 0; i < sig->params.size(); ++i) {
    if (i > 0) out += ", ";
    const auto* slice = types::As<types::Slice>(sig->params[i].type);
    if (sig->variadic && i + 1 == sig->params.size() && slice != nullptr) {
      out += "..." + types::TypeString(slice->elem);
    } else {
      out += types::TypeString(sig->params[i].type);
    }
  }
  out += ")";
  if (sig->results.size() == 1) out += " " + types::TypeString(sig->results[0].type);
  if (sig->results.size() > 1) {
    out += " (";
    for (size_t i = 0; i < sig->results.size(); ++i) out += (i > 0 ? ", " : "") + types::TypeString(sig->results[i].type);
    out += ")";
  }
  return out;
}

}  // namespace

auto ProgramBuilder::InlineCostOf(const ast::Node* node) -> int32_t {
  auto [it, inserted] = inline_costs_.emplace(node, -1);
  if (!inserted) return it->second;  // known, or being computed (a recursive cycle: a plain call)
  const auto* decl = node->As<ast::FuncDecl>();
  const auto* lit = node->As<ast::FuncLit>();
  Function* fn = nullptr;
  if (decl != nullptr) {
    fn = MethodOf(decl);
  } else if (auto f = literal_functions.find(lit); f != literal_functions.end()) {
    fn = f->second;
  }
  if (fn == nullptr) return -1;
  const ast::BlockStmt* body = decl != nullptr ? decl->body : lit->body;
  std::string_view pkg = PackagePathOf(fn->name());
  fn->intrinsic = decl != nullptr && decl->recv == nullptr && IsIntrinsic(pkg, decl->name->name);
  // gofmt puts one space after `func`.
  fn->decl_pos = decl == nullptr ? lit->pos : decl->recv != nullptr ? Pos{decl->pos.value + 5} : decl->name->pos;
  std::string reason;
  int32_t cost = -1;
  // A bundled library function marked //gocc:asm is assembly in gc, without a Go body.
  if (body == nullptr || (decl != nullptr && HasDirective(diags_.sources(), decl->pos, "//gocc:asm"))) {
    reason = "no function body";
  } else if (decl != nullptr && HasDirective(diags_.sources(), decl->pos, "//go:noinline")) {
    reason = "marked go:noinline";
  } else {
    StaticLiterals literals(*this, body);
    CostVisitor v(*this, literals, pkg, fn->signature());
    v.Visit(body);
    cost = kMaxBudget - v.budget();
    if (!v.reason().empty()) {
      reason = v.reason();
    } else if (v.budget() < 0) {
      reason = "function too complex: cost " + std::to_string(cost) + " exceeds budget " + std::to_string(kMaxBudget);
    }
    fn->big = CountNodes(body, kBigFunctionNodes + 1) > kBigFunctionNodes;
  }
  if (!reason.empty()) {
    fn->not_inlinable = *program_->Intern(reason);
    return -1;
  }
  fn->inline_cost = cost;
  std::string text = SignatureText(fn->signature());
  if (fn->is_method && decl != nullptr) {
    const auto& fi = info_.funcs.at(decl);
    text = "method(" + std::string(fi.pointer_receiver ? "*" : "") + types::TypeString(fi.recv) + ") " + text;
  }
  fn->inline_text = *program_->Intern(text + " { " + BodyText(body) + " }");
  it = inline_costs_.find(node);
  it->second = cost;
  return cost;
}

void ProgramBuilder::ComputeInlineCosts(const PackageFiles& pkg) {
  package_path_ = pkg.path;
  for (const ast::File* file : pkg.files) {
    for (const ast::Decl* decl : file->decls) {
      const auto* f = decl->As<ast::FuncDecl>();
      if (f != nullptr && MethodOf(f) != nullptr) InlineCostOf(f);  // init functions too, as gc reports them
    }
  }
  std::string prefix = std::string(pkg.path) + ".";
  for (const auto& [lit, fn] : literal_functions) {
    if (fn->name().starts_with(prefix)) InlineCostOf(lit);
  }
}

}  // namespace gocc::ir

// Function bodies and the straight-line statements: declarations, assignments, inc/dec, returns,
// defer, expression statements. Control flow (if, for, range, switch, labels, goto) is in
// build_control.cpp.
//
// Assignment follows the spec's two phases: the index and pointer operands of every left-hand
// side and all right-hand values are evaluated first, left to right, then the stores happen in
// order (`a[i], i = 1, 2` stores into the old a[i]; `x, y = y, x` swaps). `x op= y` evaluates
// x's operands once. Right-hand values are converted to the target's type as assignment does
// (to interfaces, nil and untyped constants to the target).
//
// Returns: a function with defers runs them (RunDefers) before every Return; named results are
// stored first and reloaded after, because a deferred closure may change them. Such a function
// also gets a recover block (Function::recover_block), where execution resumes after a deferred
// call recovered a panic: it returns the named results (or zero values).
#include "ir/build_internal.h"
#include "typecheck/predicates.h"

namespace gocc::ir {

namespace {

// Whether `m[k] op= y` becomes one map assignment (MapUpdate with kFlagOpAssign). gc's order.go
// fuses every op but / and %, whose panic must come before the assignment; here the element
// must also be an integer or a float and the op one that cannot panic (no shifts).
auto FusesIntoMapAssign(lex::TokenKind op, const types::Type* t) -> bool {
  using T = lex::TokenKind;
  switch (op) {
    case T::Add:
    case T::Sub:
    case T::Mul: return types::IsInteger(t) || types::IsFloat(t);
    case T::And:
    case T::Or:
    case T::Xor:
    case T::AndNot: return types::IsInteger(t);
    default: return false;
  }
}

}  // namespace

void FunctionBuilder::BuildBody(const ast::Node* node, const ast::Field* recv, const ast::FuncType* type,
                                const ast::BlockStmt* body) {
  sig_ = fn_->signature();
  has_defer_ = pb_.HasDefer(node);
  b_.SetBlock(fn_->NewBlock("entry"));
  b_.SetPos(node->pos);
  std::vector<std::pair<const types::Object*, Value*>> params;
  if (recv != nullptr) {
    const auto& fi = pb_.info().funcs.at(static_cast<const ast::FuncDecl*>(node));
    const types::Type* rt = fi.pointer_receiver ? static_cast<const types::Type*>(pb_.program()->PointerTo(fi.recv))
                                                : fi.recv;
    std::string_view name = recv->names.empty() ? std::string_view{} : recv->names[0]->name;
    Value* p = fn_->AddParam(name, rt, recv->pos);
    if (!recv->names.empty()) params.emplace_back(pb_.ObjectOf(recv->names[0]), p);
  }
  size_t i = 0;
  for (const ast::Field* f : type->params) {
    if (f->names.empty()) {
      fn_->AddParam("", sig_->params[i++].type, f->pos);
      continue;
    }
    for (const ast::Ident* n : f->names) {
      Value* p = fn_->AddParam(n->name, sig_->params[i++].type, n->pos);
      params.emplace_back(pb_.ObjectOf(n), p);
    }
  }
  for (const ast::Field* f : type->results) {
    for (const ast::Ident* n : f->names) named_results_.push_back(pb_.ObjectOf(n));
  }
  for (auto& [obj, p] : params) DeclareLocal(obj, p, p->pos);
  std::vector<Value*> result_slots;  // has_defer_: where the recover block finds each named result
  for (const types::Object* obj : named_results_) {
    DeclareLocal(obj, nullptr, obj != nullptr ? obj->pos : Pos{});
    if (!has_defer_) continue;
    if (obj == nullptr || obj->name == "_") {
      result_slots.push_back(nullptr);
      continue;
    }
    Value* addr = LocalAddr(obj);
    if (addr->Has(kFlagHeap)) {
      // A heap variable's address is made in the body, which the landing path skips: keep it in
      // a frame slot the recover block can read.
      Value* slot = b_.Alloc(addr->type, "result slot", false);
      b_.Store(slot, addr);
      result_slots.push_back(slot);
    } else {
      result_slots.push_back(addr);
    }
  }
  if (has_defer_) {
    Block* saved = b_.block();
    fn_->recover_block = fn_->NewBlock("recover");
    b_.SetBlock(fn_->recover_block);
    std::vector<Value*> results;
    for (size_t k = 0; k < sig_->results.size(); ++k) {
      const types::Type* t = sig_->results[k].type;
      Value* slot = k < result_slots.size() ? result_slots[k] : nullptr;
      if (slot == nullptr) {
        results.push_back(b_.Zero(t));
      } else if (PointerElem(slot->type) == t) {
        results.push_back(b_.Load(slot));
      } else {
        results.push_back(b_.Load(b_.Load(slot)));
      }
    }
    b_.Return(results);
    b_.SetBlock(saved);
  }
  StmtList(body->stmts);
  if (!b_.Terminated()) {
    b_.SetPos(body->rbrace);
    if (sig_->results.empty()) {
      EmitReturn({});
    } else {
      b_.Unreachable();
    }
  }
}

void FunctionBuilder::BuildInit(const std::vector<types::Info::Initializer>& inits, std::span<Function* const> deps,
                                std::span<Function* const> init_funcs) {
  sig_ = fn_->signature();
  b_.SetBlock(fn_->NewBlock("entry"));
  for (Function* f : deps) b_.Call(f, {});
  for (const auto& init : inits) {
    b_.SetPos(init.rhs->pos);
    std::vector<const types::Type*> types;
    for (const types::Object* obj : init.lhs) types.push_back(obj->type);
    std::vector<Value*> values;
    if (init.lhs.size() == 1) {
      // `var t = &T{...}`: the literals are static data, as gc lays them out (staticinit).
      const types::Type* rt = pb_.TypeOf(init.rhs);
      static_literal_ = IsStaticLiteral(init.rhs) && rt != nullptr && types::Identical(rt, init.lhs[0]->type);
      values.push_back(ExprTo(init.rhs, init.lhs[0]->type));
      static_literal_ = false;
    } else {
      values = MultiValues(init.rhs, init.lhs.size());
      for (size_t i = 0; i < values.size(); ++i) values[i] = Coerce(values[i], types[i]);
    }
    for (size_t i = 0; i < init.lhs.size(); ++i) {
      GlobalVar* g = pb_.GlobalOf(init.lhs[i]);
      if (g != nullptr) b_.Store(g->addr, values[i]);
    }
  }
  for (Function* f : init_funcs) b_.Call(f, {});
  b_.Return({});
}

void FunctionBuilder::Finish() {
  if (!b_.Terminated()) {
    if (sig_ != nullptr && sig_->results.empty()) {
      EmitReturn({});
    } else {
      b_.Unreachable();
    }
  }
  for (const auto& block : fn_->blocks()) {
    if (!ssa_.IsSealed(block.get())) ssa_.SealBlock(block.get());
  }
  ssa_.Finish();
  for (Function::VarAssign& a : fn_->var_assigns) a.value = ssa_.Resolve(a.value);
}

void FunctionBuilder::StartDeadBlock() { b_.SetBlock(fn_->NewBlock("unreachable")); }

void FunctionBuilder::StmtList(ast::List<ast::Stmt> list) {
  for (const ast::Stmt* s : list) Stmt(s);
}

void FunctionBuilder::Stmt(const ast::Stmt* s) {
  if (b_.Terminated()) StartDeadBlock();
  b_.SetPos(s->pos);
  using K = ast::NodeKind;
  switch (s->kind) {
    case K::EmptyStmt: return;
    case K::BlockStmt: StmtList(static_cast<const ast::BlockStmt*>(s)->stmts); return;
    case K::ExprStmt: {
      const ast::Expr* x = static_cast<const ast::ExprStmt*>(s)->x;
      Expr(x);

      return;
    }
    case K::DeclStmt: {
      const ast::GenDecl* g = static_cast<const ast::DeclStmt*>(s)->decl;
      if (g->tok != lex::TokenKind::Var) return;  // const and type declarations need no code
      for (const ast::Node* spec : g->specs) VarDecl(static_cast<const ast::ValueSpec*>(spec));
      return;
    }
    case K::AssignStmt: Assign(static_cast<const ast::AssignStmt*>(s)); return;
    case K::IncDecStmt: {
      const auto* inc = static_cast<const ast::IncDecStmt*>(s);
      LValue lv = LValueOf(inc->x);
      Value* one = Constant(types::TypeAndValue{types::OperandMode::Constant, lv.type, types::Value::Int(types::BigInt(1))},
                            lv.type);
      OpAssign(lv, inc->op == lex::TokenKind::Inc ? lex::TokenKind::Add : lex::TokenKind::Sub, one, s->pos);
      return;
    }
    case K::ReturnStmt: Return(static_cast<const ast::ReturnStmt*>(s)); return;
    case K::IfStmt: If(static_cast<const ast::IfStmt*>(s)); return;
    case K::ForStmt: For(static_cast<const ast::ForStmt*>(s), {}); return;
    case K::RangeStmt: Range(static_cast<const ast::RangeStmt*>(s), {}); return;
    case K::SwitchStmt: Switch(static_cast<const ast::SwitchStmt*>(s), {}); return;
    case K::TypeSwitchStmt: TypeSwitch(static_cast<const ast::TypeSwitchStmt*>(s), {}); return;
    case K::BranchStmt: Branch(static_cast<const ast::BranchStmt*>(s)); return;
    case K::LabeledStmt: Labeled(static_cast<const ast::LabeledStmt*>(s)); return;
    case K::DeferStmt: Defer(static_cast<const ast::DeferStmt*>(s)); return;
    case K::GoStmt: Go(static_cast<const ast::GoStmt*>(s)); return;
    case K::SendStmt: Send(static_cast<const ast::SendStmt*>(s)); return;
    case K::SelectStmt: Select(static_cast<const ast::SelectStmt*>(s), {}); return;

    default: throw BuildError{s->pos, "unexpected statement " + std::string(ast::NameOf(s->kind))};
  }
}

void FunctionBuilder::VarDecl(const ast::ValueSpec* spec) {
  std::vector<const types::Object*> objs;
  std::vector<const types::Type*> types;
  for (const ast::Ident* n : spec->names) {
    const types::Object* obj = pb_.ObjectOf(n);
    objs.push_back(obj);
    types.push_back(obj != nullptr ? obj->type : nullptr);
  }
  if (spec->values.empty()) {
    for (const types::Object* obj : objs) DeclareLocal(obj, nullptr, obj != nullptr ? obj->pos : spec->pos);
    return;
  }
  // gc converts the values of `var x, y I = v, w` where it leaves w (a constant: at y).
  std::vector<Value*> values = RhsValues(spec->values, objs.size(), types,
                                         OperandAt(spec->values[spec->values.size() - 1], spec->names.back()->pos));
  for (size_t i = 0; i < objs.size(); ++i) {
    if (objs[i] != nullptr) DeclareLocal(objs[i], values[i], objs[i]->pos);
  }
}

// a, b := x, y: new variables are declared, the others assigned.
void FunctionBuilder::Define(ast::List<ast::Expr> lhs, ast::List<ast::Expr> rhs, Pos pos) {
  std::vector<const types::Type*> types;
  std::vector<const types::Object*> objs;
  std::vector<bool> is_new;
  for (const ast::Expr* e : lhs) {
    const auto* id = e->As<ast::Ident>();
    const types::Object* obj = id != nullptr ? pb_.ObjectOf(id) : nullptr;
    bool fresh = id != nullptr && pb_.info().defs.count(id) != 0;
    objs.push_back(obj);
    is_new.push_back(fresh);
    types.push_back(obj != nullptr ? obj->type : nullptr);
  }
  std::vector<Value*> values = RhsValues(rhs, lhs.size(), types);
  for (size_t i = 0; i < lhs.size(); ++i) {
    if (objs[i] == nullptr || objs[i]->name == "_") continue;
    if (is_new[i]) {
      DeclareLocal(objs[i], values[i], objs[i]->pos);
    } else {
      Store(LValueOf(lhs[i]), values[i]);
    }
  }
  (void)pos;
}

namespace {

auto OpOfAssign(lex::TokenKind k) -> lex::TokenKind {
  using T = lex::TokenKind;
  switch (k) {
    case T::AddAssign: return T::Add;
    case T::SubAssign: return T::Sub;
    case T::MulAssign: return T::Mul;
    case T::QuoAssign: return T::Quo;
    case T::RemAssign: return T::Rem;
    case T::AndAssign: return T::And;
    case T::OrAssign: return T::Or;
    case T::XorAssign: return T::Xor;
    case T::ShlAssign: return T::Shl;
    case T::ShrAssign: return T::Shr;
    case T::AndNotAssign: return T::AndNot;
    default: return T::EndOfFile;
  }
}

}  // namespace

void FunctionBuilder::Assign(const ast::AssignStmt* s) {
  if (s->op == lex::TokenKind::Define) {
    Define(s->lhs, s->rhs, s->pos);
    return;
  }
  if (s->op != lex::TokenKind::Assign) {
    // gc's order: the operands of x, then y, then x's value (a call in y that changes x is
    // seen: `m[k] += f()` adds f's result to what f left in m[k]).
    LValue lv = LValueOf(s->lhs[0]);
    lex::TokenKind op = OpOfAssign(s->op);
    Value* y;
    if (op == lex::TokenKind::Shl || op == lex::TokenKind::Shr) {
      y = Expr(s->rhs[0]);
    } else {
      y = ExprTo(s->rhs[0], lv.type);
    }
    OpAssign(lv, op, y, s->pos);
    return;
  }
  // Phase one: the operands of the left-hand sides, then the values.
  std::vector<LValue> lvs;
  std::vector<const types::Type*> types;
  for (const ast::Expr* e : s->lhs) {
    lvs.push_back(LValueOf(e));
    types.push_back(lvs.back().type);
  }
  // gc converts the values of `x = v` and `y, x = v, w` at x, the last target.
  Pos at = ast::StartPos(s->lhs[s->lhs.size() - 1]);
  std::vector<Value*> values = RhsValues(s->rhs, s->lhs.size(), types, at);
  for (size_t i = 0; i < lvs.size(); ++i) {
    b_.SetPos(s->pos);  // the `=`, where gc places an assignment
    Store(lvs[i], values[i]);
    // A store of a field, an element or a slice of one into a field or an element may be a
    // self-assignment, which escape analysis ignores (gc's isSelfAssign, syntactic: `p.x =
    // p.y`, `a[i], a[j] = a[j], a[i]`, `p.s = p.s[1:]`, `*p = (*p)[1:]`); such a store carries gc's text of the
    // statement, for -m and for escape analysis, also where it is inlined (the copy keeps aux).
    auto selects = [](const ast::Expr* e) {
      e = Unparen(e);
      return e->As<ast::SelectorExpr>() != nullptr || e->As<ast::IndexExpr>() != nullptr;
    };
    const ast::Expr* rhs = s->rhs.size() == s->lhs.size() ? Unparen(s->rhs[i]) : nullptr;
    Block* b = b_.block();
    const ast::Expr* lhs = Unparen(s->lhs[i]);
    if ((selects(lhs) || lhs->As<ast::StarExpr>() != nullptr) && rhs != nullptr && (selects(rhs) || rhs->As<ast::SliceExpr>() != nullptr) && b != nullptr &&
        !b->instrs.empty() && b->instrs.back()->op == Op::Store) {
      b->instrs.back()->aux.p = pb_.program()->Intern(AssignText(s));
    }
  }
}

auto FunctionBuilder::AssignText(const ast::AssignStmt* s) -> std::string {
  std::string text;
  for (size_t i = 0; i < s->lhs.size(); ++i) text += (i > 0 ? ", " : "") + GcText(s->lhs[i]);
  text += " = ";
  for (size_t i = 0; i < s->rhs.size(); ++i) text += (i > 0 ? ", " : "") + GcText(s->rhs[i]);
  return text;
}

void FunctionBuilder::EmitReturn(std::vector<Value*> results) {
  if (has_defer_) {
    if (!named_results_.empty()) {
      for (size_t i = 0; i < results.size() && i < named_results_.size(); ++i) {
        const types::Object* obj = named_results_[i];
        if (obj != nullptr && obj->name != "_") b_.Store(LocalAddr(obj), results[i]);
      }
      b_.RunDefers();
      for (size_t i = 0; i < named_results_.size(); ++i) {
        const types::Object* obj = named_results_[i];
        if (obj != nullptr && obj->name != "_") {
          if (i < results.size()) results[i] = b_.Load(LocalAddr(obj));
        }
      }
    } else {
      b_.RunDefers();
    }
  }
  b_.Return(results);
}

void FunctionBuilder::Return(const ast::ReturnStmt* s) {
  std::vector<const types::Type*> types;
  for (const types::Var& r : sig_->results) types.push_back(r.type);
  std::vector<Value*> results;
  if (s->results.empty()) {
    for (size_t i = 0; i < named_results_.size(); ++i) {
      const types::Object* obj = named_results_[i];
      results.push_back(obj != nullptr && obj->name != "_" ? ReadLocal(obj) : b_.Zero(types[i]));
    }
  } else {
    // gc converts a return's values to interfaces where its type checker last was: at the last
    // value that is not a name (its operator, `.`, `[`, `{`, a call's parenthesis), else at
    // the last name.
    Pos at = Unparen(s->results[s->results.size() - 1])->pos;
    for (const ast::Expr* r : s->results) {
      if (Unparen(r)->As<ast::Ident>() == nullptr) at = Unparen(r)->pos;
    }
    results = RhsValues(s->results, types.size(), types, at);
  }
  b_.SetPos(s->pos);
  EmitReturn(std::move(results));
}

void FunctionBuilder::Defer(const ast::DeferStmt* s) { LaterCall(Op::Defer, s->call, s->pos); }

// `go f(x)` and `defer f(x)` (op Go or Defer): f and its arguments are evaluated now, the call
// happens later, so both statements take the callee kinds a call does (a static function or
// method, an interface method, a func value). A built-in or a conversion (`defer println(x)`,
// `go close(c)`) has no function to call later: its arguments are evaluated now and passed to
// a function literal made here that performs it.
void FunctionBuilder::LaterCall(Op op, const ast::CallExpr* call, Pos pos) {
  const ast::Expr* fun = call->fun;
  while (const auto* p = fun->As<ast::ParenExpr>()) fun = p->x;
  const types::TypeAndValue* ftv = pb_.TypeAndValueOf(fun);
  bool go = op == Op::Go;
  if (!BuiltinName(fun).empty() || (ftv != nullptr && ftv->mode == types::OperandMode::TypeExpr)) {
    std::vector<Value*> args;
    Function* wrap = BuiltinCallWrapper(call, fun, go, pos, &args);
    b_.SetPos(pos);
    go ? b_.Go(wrap, args) : b_.Defer(wrap, args);
    return;
  }
  Callee callee = CalleeOf(fun);
  // `go f(a, []T{x, y}...)` is to gc the call its FixVariadicCall makes of `go f(a, x, y)`: the
  // elements are evaluated now, the literal is made by the wrapper when the call happens.
  ast::CallExpr unspread;
  std::vector<ast::Expr*> unspread_args;
  const ast::CompositeLit* literal = SpreadSliceLiteral(call, callee.sig);
  if (literal != nullptr) {
    unspread = *call;
    unspread_args.assign(call->args.begin(), call->args.end() - 1);
    unspread_args.insert(unspread_args.end(), literal->elts.begin(), literal->elts.end());
    unspread.args = unspread_args;
    unspread.has_dots = false;
    call = &unspread;
  }
  std::vector<Value*> args = ArgValues(call, callee.sig);
  if (callee.sig->variadic && !call->has_dots && (args.size() >= callee.sig->params.size() || literal != nullptr)) {
    Function* wrap = VariadicCallWrapper(call, callee, go, pos, literal, &args);
    b_.SetPos(pos);
    go ? b_.Go(wrap, args) : b_.Defer(wrap, args);
    return;
  }
  args = PackVariadic(call, callee.sig, std::move(args));
  b_.SetPos(pos);
  switch (callee.kind) {
    case Callee::Static:
      if (callee.receiver != nullptr) args.insert(args.begin(), callee.receiver);
      go ? b_.Go(callee.fn, args) : b_.Defer(callee.fn, args);
      break;
    case Callee::Invoke:
      go ? b_.GoInvoke(callee.value, callee.method, args)
         : b_.DeferInvoke(callee.value, callee.method, args);
      break;
    case Callee::Value:
      go ? b_.GoValue(callee.value, args) : b_.DeferValue(callee.value, args);
      break;
  }
}

auto FunctionBuilder::LaterCallWrapper(bool go, Pos pos, std::span<Value* const> args,
                                       const WrapperBody& body) -> Function* {
  std::vector<const types::Type*> arg_types;
  for (const Value* a : args) arg_types.push_back(a->type);
  std::string name = fn_->name() + (go ? ".gowrap" : ".deferwrap") +
                     std::to_string(++pb_.closure_counts[fn_] + 1000);
  Function* wrap = pb_.program()->NewFunction(name, pb_.SignatureOf(arg_types, {}, false), pos);
  fn_->anon_funcs.push_back(wrap);
  wrap->parent = fn_;
  FunctionBuilder fb(pb_, wrap, this);
  fb.sig_ = wrap->signature();
  fb.b_.SetBlock(wrap->NewBlock("entry"));
  fb.b_.SetPos(pos);
  std::vector<Value*> params;
  for (const types::Type* t : arg_types) params.push_back(wrap->AddParam("", t, pos));
  body(fb, params);
  fb.Finish();
  return wrap;
}

// The explicit slice literal spread into a go or defer call's variadic parameter, when its
// elements can stand as the call's arguments (no keys, no elided types), else nullptr.
auto FunctionBuilder::SpreadSliceLiteral(const ast::CallExpr* call, const types::Signature* sig)
    -> const ast::CompositeLit* {
  if (!sig->variadic || !call->has_dots || call->args.empty()) return nullptr;
  const auto* lit = Unparen(call->args.back())->As<ast::CompositeLit>();
  if (lit == nullptr || lit->type == nullptr || types::As<types::Slice>(Under(pb_.TypeOf(lit))) == nullptr) {
    return nullptr;
  }
  for (const ast::Expr* elt : lit->elts) {
    if (elt->As<ast::KeyValueExpr>() != nullptr) return nullptr;
    if (const auto* c = elt->As<ast::CompositeLit>(); c != nullptr && c->type == nullptr) return nullptr;
  }
  return lit;
}

auto FunctionBuilder::VariadicCallWrapper(const ast::CallExpr* call, const Callee& callee,
                                          bool go, Pos pos, const ast::CompositeLit* literal,
                                          std::vector<Value*>* args) -> Function* {
  Value* operand = callee.kind == Callee::Static ? callee.receiver : callee.value;
  if (operand != nullptr) args->insert(args->begin(), operand);
  Function* wrap = LaterCallWrapper(go, pos, *args, [&](FunctionBuilder& fb, std::span<Value* const> params) {
    std::span<Value* const> rest = params.subspan(operand != nullptr ? 1 : 0);
    std::vector<Value*> inner = fb.PackVariadic(call, callee.sig, {rest.begin(), rest.end()}, literal);
    fb.b_.SetPos(call->pos);
    switch (callee.kind) {
      case Callee::Static:
        if (operand != nullptr) inner.insert(inner.begin(), params[0]);
        fb.b_.Call(callee.fn, inner);
        break;
      case Callee::Invoke: fb.b_.Invoke(params[0], callee.method, callee.sig, inner); break;
      case Callee::Value: fb.b_.CallValue(params[0], inner); break;
    }
  });
  wrap->is_call_wrapper = true;
  return wrap;
}

// The function literal for `defer println(x)`, `go close(c)`: args receives the arguments,
// evaluated now; the literal takes them as parameters and calls the built-in.
auto FunctionBuilder::BuiltinCallWrapper(const ast::CallExpr* call, const ast::Expr* fun, bool go,
                                         Pos pos, std::vector<Value*>* args) -> Function* {
  for (const ast::Expr* a : call->args) args->push_back(Expr(a));
  return LaterCallWrapper(go, pos, *args, [&](FunctionBuilder& fb, std::span<Value* const> params) {
    const auto* id = fun->As<ast::Ident>();
    std::string_view builtin = id != nullptr ? id->name : std::string_view{};
    if (builtin == "print" || builtin == "println") {
      fb.b_.Print(params, builtin == "println");
    } else if (builtin == "panic") {
      fb.b_.Panic(fb.Coerce(params[0], pb_.program()->EmptyInterface()));
    } else if (builtin == "delete") {
      fb.b_.MapDelete(params[0],
                      fb.Coerce(params[1], types::As<types::Map>(Under(params[0]->type))->key));
    } else if (builtin == "close") {
      Value* ops[] = {params[0]};
      fb.b_.CallRuntime("gocc_closechan", nullptr, ops);
    } else if (builtin == "recover") {
      // `defer recover()`: recover is the deferred call itself, not called by a deferred
      // function, so it recovers nothing (spec "Handling panics").
    } else {
      pb_.Unsupported(pos, go ? "go statements calling this built-in function"
                              : "deferred calls of this built-in function");
    }
  });
}

void FunctionBuilder::OpAssign(const LValue& lv, lex::TokenKind op, Value* y, Pos pos) {
  if (lv.kind == LValue::MapElem && FusesIntoMapAssign(op, lv.type)) {
    b_.SetPos(pos);
    b_.MapUpdateOp(lv.addr, lv.key, ToBinaryOp(op), y);
    return;
  }
  Value* x = Load(lv);
  Value* r = Arith(op, x, y, lv.type, pos);
  if (IsStringConcat(r)) r->flags |= kFlagOpAssign;
  Store(lv, r);
}

}  // namespace gocc::ir

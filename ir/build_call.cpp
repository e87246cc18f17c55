// Calls, built-in functions, function literals, method values and method expressions.
//
// A call's callee is resolved statically where Go allows: a declared function (Static call), a
// method of a concrete type (Static call with the receiver first: its address for pointer
// receivers — `x.M()` on an addressable x means `(&x).M()` — its value otherwise, through the
// Selection's embedded-field path), an interface method (Invoke); anything else is a func value
// (Closure call). Arguments: `f(g())` spreads g's results; a variadic function gets its extra
// arguments packed into a fresh `[n]T` array sliced to `[]T` (the Alloc is gc's `... argument`),
// or the slice itself with `s...`; each argument is converted to its parameter's type.
//
// A function literal is built right where it appears, by a nested FunctionBuilder whose free
// variables are the addresses of the captured variables; the MakeClosure binds them. Its name is
// gc's: `pkg.F.func1`, `pkg.F.func1.1` for one nested inside, `pkg.glob..func1` in a package
// variable's initializer.
//
// Method values `x.M` bind the receiver (evaluated now) into a closure of the wrapper
// `T.M-fm`, which calls the method with it; method expressions `T.M` are wrappers taking the
// receiver as their first parameter.
#include "ir/build_internal.h"

#include "typecheck/predicates.h"
#include "typecheck/typestring.h"

namespace gocc::ir {

namespace {

// Returns the results of a call value as a Return needs them.
auto ResultsOf(Builder& b, Value* r, const types::Signature* sig) -> std::vector<Value*> {
  std::vector<Value*> out;
  if (sig->results.size() == 1) {
    out.push_back(r);
  } else {
    for (size_t i = 0; i < sig->results.size(); ++i) out.push_back(b.Extract(r, static_cast<int>(i)));
  }
  return out;
}

}  // namespace

auto FunctionBuilder::HasCall(const ast::Expr* e) -> bool {
  const types::TypeAndValue* tv = pb_.TypeAndValueOf(e);
  if (tv != nullptr && tv->mode == types::OperandMode::Constant) return false;
  switch (e->kind) {
    case ast::NodeKind::CallExpr: {
      const auto* c = static_cast<const ast::CallExpr*>(e);
      const types::TypeAndValue* ftv = pb_.TypeAndValueOf(c->fun);
      if ((ftv != nullptr && ftv->mode == types::OperandMode::TypeExpr) || !BuiltinName(c->fun).empty()) {
        for (const ast::Expr* a : c->args) {
          if (HasCall(a)) return true;
        }
        return false;
      }
      return true;
    }
    case ast::NodeKind::ParenExpr: return HasCall(static_cast<const ast::ParenExpr*>(e)->x);
    case ast::NodeKind::SelectorExpr: return HasCall(static_cast<const ast::SelectorExpr*>(e)->x);
    case ast::NodeKind::StarExpr: return HasCall(static_cast<const ast::StarExpr*>(e)->x);
    case ast::NodeKind::UnaryExpr: return HasCall(static_cast<const ast::UnaryExpr*>(e)->x);
    case ast::NodeKind::BinaryExpr:
      return HasCall(static_cast<const ast::BinaryExpr*>(e)->x) || HasCall(static_cast<const ast::BinaryExpr*>(e)->y);
    case ast::NodeKind::IndexExpr: {
      const auto* ix = static_cast<const ast::IndexExpr*>(e);
      return HasCall(ix->x) || HasCall(ix->indices[0]);
    }
    case ast::NodeKind::Ident:
    case ast::NodeKind::BasicLit:
    case ast::NodeKind::FuncLit: return false;
    case ast::NodeKind::TypeAssertExpr: return HasCall(static_cast<const ast::TypeAssertExpr*>(e)->x);
    case ast::NodeKind::KeyValueExpr: return HasCall(static_cast<const ast::KeyValueExpr*>(e)->value);
    case ast::NodeKind::CompositeLit:
      for (const ast::Expr* x : static_cast<const ast::CompositeLit*>(e)->elts) {
        if (HasCall(x)) return true;
      }
      return false;
    case ast::NodeKind::SliceExpr: {
      const auto* s = static_cast<const ast::SliceExpr*>(e);
      return HasCall(s->x) || (s->low && HasCall(s->low)) || (s->high && HasCall(s->high)) ||
             (s->max && HasCall(s->max));
    }
    default: return true;
  }
}

auto FunctionBuilder::BuiltinName(const ast::Expr* fun) -> std::string_view {
  fun = Unparen(fun);
  const ast::Ident* id = fun->As<ast::Ident>();
  if (const auto* s = fun->As<ast::SelectorExpr>()) id = s->sel;
  if (id == nullptr) return {};
  const types::TypeAndValue* ftv = pb_.TypeAndValueOf(fun);
  const types::Object* obj = pb_.ObjectOf(id);
  if ((ftv != nullptr && ftv->mode == types::OperandMode::Builtin) ||
      (obj != nullptr && obj->kind == types::ObjectKind::Builtin)) {
    return id->name;
  }
  if (const auto* s = fun->As<ast::SelectorExpr>()) {  // unsafe.Add, unsafe.Slice
    const auto* pkg = s->x->As<ast::Ident>();
    const types::Object* pobj = pkg != nullptr ? pb_.ObjectOf(pkg) : nullptr;
    bool is_unsafe = pobj != nullptr ? pobj->kind == types::ObjectKind::Package && pobj->import_path == "unsafe"
                                     : pkg != nullptr && pkg->name == "unsafe" && pb_.SelectionOf(s) == nullptr;
    if (is_unsafe) return id->name;
  }
  return {};
}

auto FunctionBuilder::CalleeOf(const ast::Expr* fun) -> Callee {
  fun = Unparen(fun);
  Callee c;
  if (const auto* id = fun->As<ast::Ident>()) {
    const types::Object* obj = pb_.ObjectOf(id);
    if (obj != nullptr && obj->kind == types::ObjectKind::Func) {
      if (Function* f = pb_.FuncOf(obj)) {
        c.kind = Callee::Static;
        c.fn = f;
        c.sig = f->signature();
        return c;
      }
    }
  } else if (const auto* s = fun->As<ast::SelectorExpr>()) {
    const types::Selection* sel = pb_.SelectionOf(s);
    if (sel == nullptr) {
      const types::Object* obj = pb_.ObjectOf(s->sel);
      if (obj != nullptr && obj->kind == types::ObjectKind::Func) {
        if (Function* f = pb_.FuncOf(obj)) {
          c.kind = Callee::Static;
          c.fn = f;
          c.sig = f->signature();
          return c;
        }
      }
    } else if (sel->kind == types::SelectionKind::MethodVal) {
      Place p = WalkPath(SelectorBase(s->x), sel->path);
      b_.SetPos(s->pos);
      if (IsInterfaceType(p.t)) {
        c.kind = Callee::Invoke;
        c.value = PlaceValue(p);
        c.method = s->sel->name;
        c.sig = types::As<types::Signature>(sel->type);
        return c;
      }
      Function* f = sel->method_decl != nullptr ? pb_.MethodOf(sel->method_decl) : nullptr;
      if (f == nullptr) throw BuildError{s->pos, "method " + std::string(s->sel->name) + " not found"};
      c.kind = Callee::Static;
      c.fn = f;
      c.receiver = Receiver(p, sel->pointer_receiver);
      c.sig = f->signature();
      return c;
    } else if (const auto* msig = types::As<types::Signature>(Under(pb_.TypeOf(s)));
               sel->kind == types::SelectionKind::MethodExpr && sel->path.empty() && sel->method_decl != nullptr &&
               !IsInterfaceType(msig->params[0].type) &&
               (PointerElem(msig->params[0].type) != nullptr) == sel->pointer_receiver) {
      // T.m(x, args) with m declared on T itself, receiver kind as declared: a call of the
      // method (gc's OMETHEXPR call), not of a method-expression wrapper.
      if (Function* f = pb_.MethodOf(sel->method_decl)) {
        c.kind = Callee::Static;
        c.fn = f;
        c.sig = msig;
        return c;
      }
    }
  }
  c.kind = Callee::Value;
  c.value = Expr(fun);
  c.sig = types::As<types::Signature>(Under(c.value->type));
  if (c.sig == nullptr) throw BuildError{fun->pos, "call of a non-function"};
  return c;
}

auto FunctionBuilder::Args(const ast::CallExpr* e, const types::Signature* sig) -> std::vector<Value*> {
  return PackVariadic(e, sig, ArgValues(e, sig));
}

auto FunctionBuilder::ArgValues(const ast::CallExpr* e, const types::Signature* sig)
    -> std::vector<Value*> {
  size_t n = sig->params.size();
  auto param_type = [&](size_t i) -> const types::Type* {
    if (sig->variadic && i >= n - 1 && !e->has_dots) {
      return types::As<types::Slice>(Under(sig->params[n - 1].type))->elem;
    }
    return i < n ? sig->params[i].type : nullptr;
  };
  std::vector<Value*> values;
  bool spread = e->args.size() == 1 && (n > 1 || sig->variadic);
  if (spread) {
    const types::Type* at = pb_.TypeOf(e->args[0]);
    const auto* tuple = types::As<types::Tuple>(at);
    const auto* irtuple = at->kind == types::TypeKind::Tuple ? tuple : nullptr;
    if (irtuple != nullptr && irtuple->vars.size() > 1) {
      values = MultiValues(e->args[0], irtuple->vars.size());
      for (size_t i = 0; i < values.size(); ++i) values[i] = Coerce(values[i], param_type(i));
    } else {
      spread = false;
    }
  }
  if (!spread) {
    // gc's order: arguments containing calls first, left to right, then the others (`f(x.n,
    // g())` reads x.n after g ran).
    values.resize(e->args.size());
    // gc converts a variable argument to an interface where its type checker last was: at the
    // argument before it that is not a variable, or at the call's `(`.
    std::vector<Pos> at(e->args.size());
    Pos last = e->pos;
    for (size_t i = 0; i < e->args.size(); ++i) {
      const ast::Expr* arg = Unparen(e->args[i]);
      const types::TypeAndValue* tv = pb_.TypeAndValueOf(arg);
      bool constant = tv != nullptr && (tv->mode == types::OperandMode::Constant || tv->mode == types::OperandMode::Nil);
      bool name = arg->As<ast::Ident>() != nullptr;
      if (const auto* sel = arg->As<ast::SelectorExpr>(); sel != nullptr && sel->x->As<ast::Ident>() != nullptr) {
        name = pb_.TypeAndValueOf(sel->x) == nullptr;  // pkg.Name: a package has no type
      }
      if (name && !constant) {
        at[i] = last;
      } else {
        last = arg->pos;
      }
    }
    for (int pass = 0; pass < 2; ++pass) {
      for (size_t i = 0; i < e->args.size(); ++i) {
        if (HasCall(e->args[i]) == (pass == 0)) values[i] = ExprTo(e->args[i], param_type(i), at[i]);
      }
    }
  }
  return values;
}

auto FunctionBuilder::PackVariadic(const ast::CallExpr* e, const types::Signature* sig,
                                   std::vector<Value*> values, const ast::CompositeLit* literal)
    -> std::vector<Value*> {
  size_t n = sig->params.size();
  if (sig->variadic && !e->has_dots) {
    const types::Type* st = sig->params[n - 1].type;
    const types::Type* elem = types::As<types::Slice>(Under(st))->elem;
    size_t k = values.size() >= n - 1 ? values.size() - (n - 1) : 0;
    Value* slice;
    b_.SetPos(literal != nullptr ? literal->pos : e->pos);
    if (k == 0 && literal == nullptr) {
      slice = b_.Nil(st);
    } else {
      // At the call's `(`, where gc reports "... argument does not escape" (or the literal).
      Value* arr = b_.Alloc(pb_.ArrayOf(elem, static_cast<int64_t>(k)),
                            literal != nullptr ? GcText(literal) : "... argument", true);
      for (size_t i = 0; i < k; ++i) {
        b_.Store(b_.IndexAddr(arr, b_.ConstInt(pb_.Int(), static_cast<int64_t>(i)), false), values[n - 1 + i]);
      }
      slice = Coerce(b_.Slice(arr, nullptr, nullptr, nullptr, false), st);
    }
    values.resize(n - 1);
    values.push_back(slice);
  }
  return values;
}

auto FunctionBuilder::Call(const ast::CallExpr* e) -> Value* {
  const ast::Expr* fun = Unparen(e->fun);
  const types::TypeAndValue* ftv = pb_.TypeAndValueOf(fun);
  if (ftv != nullptr && ftv->mode == types::OperandMode::TypeExpr) {
    const ast::Expr* arg = e->args[0];
    const types::TypeAndValue* atv = pb_.TypeAndValueOf(arg);
    if (atv != nullptr && atv->mode == types::OperandMode::Nil) return b_.Nil(ftv->type);
    Value* x = Expr(arg);
    b_.SetPos(e->pos);
    Value* r = Conversion(ftv->type, x, arg);
    if (IsAllocatingConvert(r) && r->aux.p == nullptr) {
      // gc's text: T(x) for a named or predeclared T, (T)(x) otherwise; a []rune of a constant
      // string is a composite literal to gc.
      const types::Type* to = ftv->type;
      bool named = types::As<types::Named>(to) != nullptr || types::As<types::Basic>(to) != nullptr;
      bool literal = atv != nullptr && atv->mode == types::OperandMode::Constant && IsStringType(x->type);
      std::string type = GcText(fun);
      std::string text = (named ? type : "(" + type + ")") + "(" + GcText(arg) + ")";
      if (literal) {
        r->flags |= kFlagLiteral;
        if (!IsStringType(to) && !named && IsBasic(types::As<types::Slice>(Under(to))->elem, types::BasicKind::Int32)) {
          text = type + "{...}";
        }
      }
      r->aux.p = pb_.program()->Intern(text);
    }
    return r;
  }
  if (std::string_view name = BuiltinName(fun); !name.empty()) return Builtin(e, name);
  Callee callee = CalleeOf(fun);
  std::vector<Value*> args = Args(e, callee.sig);
  b_.SetPos(e->pos);
  switch (callee.kind) {
    case Callee::Static:
      if (callee.receiver != nullptr) args.insert(args.begin(), callee.receiver);
      return b_.Call(callee.fn, args);
    case Callee::Invoke: return b_.Invoke(callee.value, callee.method, callee.sig, args);
    case Callee::Value: return b_.CallValue(callee.value, args);
  }
  return nullptr;
}

auto FunctionBuilder::Builtin(const ast::CallExpr* e, std::string_view name) -> Value* {
  // complex(f()), append(f()), copy(f()): the arguments spread from one multi-value call
  // (print and println spread theirs below).
  if (name != "print" && name != "println" && e->args.size() == 1 &&
      types::As<types::Tuple>(pb_.TypeOf(e->args[0])) != nullptr) {
    pb_.Unsupported(e->pos, "multiple-value calls as the arguments of " + std::string(name));
    return b_.Zero(pb_.TypeOf(e));
  }
  auto arg = [&](size_t i) { return e->args[i]; };
  auto int_arg = [&](size_t i) -> Value* {
    const types::TypeAndValue* tv = pb_.TypeAndValueOf(arg(i));
    if (tv != nullptr && tv->mode == types::OperandMode::Constant) return Constant(*tv, pb_.Int());
    return ToInt(Expr(arg(i)));
  };
  Pos pos = e->pos;
  if (name == "len" || name == "cap") {
    Value* x = Expr(arg(0));
    b_.SetPos(pos);
    if (Under(x->type)->kind == types::TypeKind::Chan) {
      Value* ops[] = {x};
      return b_.CallRuntime(name == "len" ? "gocc_chanlen" : "gocc_chancap", pb_.Int(), ops);
    }
    return name == "len" ? b_.Len(x) : b_.Cap(x);

  }
  if (name == "append") {
    const types::Type* st = pb_.TypeOf(e);
    Value* s = ExprTo(arg(0), st);
    if (e->has_dots) {
      Value* more = Expr(arg(1));
      b_.SetPos(pos);
      return b_.AppendSpread(s, more);
    }
    if (e->args.size() == 1) return s;
    const types::Type* elem = types::As<types::Slice>(Under(st))->elem;
    std::vector<Value*> elems;
    for (size_t i = 1; i < e->args.size(); ++i) elems.push_back(ExprTo(arg(i), elem));
    b_.SetPos(pos);
    return b_.Append(s, elems);
  }
  if (name == "copy") {
    Value* dst = Expr(arg(0));
    Value* src = Expr(arg(1));
    b_.SetPos(pos);
    return b_.Copy(dst, src);
  }
  if (name == "delete") {
    Value* m = Expr(arg(0));
    Value* k = ExprTo(arg(1), types::As<types::Map>(Under(m->type))->key, OperandAt(arg(1), ast::StartPos(arg(0))));
    b_.SetPos(pos);
    b_.MapDelete(m, k);
    return nullptr;
  }
  if (name == "make") {
    const types::Type* t = pb_.TypeOf(arg(0));
    const types::Type* u = Under(t);
    if (u->kind == types::TypeKind::Slice) {
      Value* len = int_arg(1);
      Value* cap = e->args.size() > 2 ? int_arg(2) : nullptr;
      b_.SetPos(pos);
      return b_.MakeSlice(t, len, cap, GcText(e));
    }
    if (u->kind == types::TypeKind::Map) {
      Value* hint = e->args.size() > 1 ? int_arg(1) : nullptr;
      b_.SetPos(pos);
      return b_.MakeMap(t, hint, GcText(e));
    }
    if (u->kind == types::TypeKind::Chan) {
      Value* size = e->args.size() > 1 ? int_arg(1) : b_.ConstInt(pb_.Int(), 0);
      b_.SetPos(pos);
      return b_.MakeChan(t, size, GcText(e));
    }
    pb_.Unsupported(pos, "this make call");
    return b_.Nil(t);
  }

  if (name == "new") {
    b_.SetPos(pos);
    return b_.Alloc(pb_.TypeOf(arg(0)), GcText(e), true);
  }
  if (name == "panic") {
    Value* v = ExprTo(arg(0), pb_.program()->EmptyInterface(), OperandAt(arg(0), pos));
    b_.SetPos(pos);
    b_.Panic(v);
    StartDeadBlock();
    return nullptr;
  }
  if (name == "recover") {
    b_.SetPos(pos);
    return b_.Recover();
  }
  if (name == "print" || name == "println") {
    std::vector<Value*> args;
    const auto* tuple = e->args.size() == 1 ? types::As<types::Tuple>(pb_.TypeOf(arg(0))) : nullptr;
    if (tuple != nullptr) {
      args = MultiValues(arg(0), tuple->vars.size());  // println(f()) with several results
    } else {
      for (const ast::Expr* a : e->args) args.push_back(Expr(a));
    }
    b_.SetPos(pos);
    b_.Print(args, name == "println");
    return nullptr;
  }
  if (name == "complex") {
    const types::Type* t = pb_.TypeOf(e);
    if (types::IsUntyped(t)) t = pb_.program()->Basic(types::BasicKind::Complex128);
    const types::Type* ft = pb_.program()->Basic(IsBasic(t, types::BasicKind::Complex64) ? types::BasicKind::Float32
                                                                                          : types::BasicKind::Float64);
    Value* re = ExprTo(arg(0), ft);
    Value* im = ExprTo(arg(1), ft);
    b_.SetPos(pos);
    return b_.MakeComplex(t, re, im);
  }
  if (name == "real" || name == "imag") {
    Value* c = Expr(arg(0));
    b_.SetPos(pos);
    return name == "real" ? b_.Real(c) : b_.Imag(c);
  }
  if (name == "Slice") {  // unsafe.Slice(p, n): the runtime checks n and p as gc's unsafeslice does
    using B = types::BasicKind;
    Value* p = Expr(arg(0));
    Value* n = Expr(arg(1));
    b_.SetPos(pos);
    const types::Type* elem = PointerElem(p->type);
    Value* ops[] = {b_.Convert(pb_.program()->Basic(B::UnsafePointer), p),
                    b_.Convert(pb_.program()->Basic(B::Int64), n),
                    b_.ConstInt(pb_.program()->Basic(B::Int64), pb_.sizes().SizeOf(elem)),
                    b_.ConstInt(pb_.program()->Basic(B::Int64), types::IsUnsigned(n->type) ? 1 : 0)};
    return b_.CallRuntime("gocc_unsafeslice", pb_.TypeOf(e), ops);
  }
  if (name == "Add") {  // unsafe.Add(p, n)
    const types::Type* uptr = pb_.program()->Basic(types::BasicKind::Uintptr);
    Value* p = b_.Convert(uptr, Expr(arg(0)));
    Value* n = Expr(arg(1));
    b_.SetPos(pos);
    return b_.Convert(pb_.TypeOf(e), b_.BinOp(BinaryOp::Add, p, b_.Convert(uptr, n)));
  }
  if (name == "close") {
    Value* c = Expr(arg(0));
    b_.SetPos(pos);
    Value* ops[] = {c};
    b_.CallRuntime("gocc_closechan", nullptr, ops);
    return nullptr;
  }

  pb_.Unsupported(pos, "the built-in function " + std::string(name) + " calls");
  return nullptr;
}

auto FunctionBuilder::FuncLit(const ast::FuncLit* e) -> Value* {
  int n = ++pb_.closure_counts[fn_];
  std::string name;
  std::string init_name = pb_.QualifiedName("init");
  if (fn_->name() == init_name) {
    name = pb_.QualifiedName("glob.") + ".func" + std::to_string(n);
  } else {
    name = ClosureName(*fn_, n);
  }
  const auto* sig = types::As<types::Signature>(Under(pb_.TypeOf(e)));
  Function* f = pb_.program()->NewFunction(name, sig, e->pos);
  f->parent = fn_;
  fn_->anon_funcs.push_back(f);
  pb_.literal_functions[e] = f;
  FunctionBuilder fb(pb_, f, this);
  fb.BuildBody(e, nullptr, e->type, e->body);
  fb.Finish();
  std::vector<Value*> bindings;
  for (const types::Object* obj : fb.captures_) bindings.push_back(LocalAddr(obj));
  b_.SetPos(e->pos);
  return b_.MakeClosure(f, bindings, "func literal");
}

auto FunctionBuilder::MethodValue(const ast::SelectorExpr* e, const types::Selection& sel) -> Value* {
  Place p = WalkPath(SelectorBase(e->x), sel.path);
  b_.SetPos(e->pos);
  Value* recv = IsInterfaceType(p.t) ? PlaceValue(p) : Receiver(p, sel.pointer_receiver);
  if (IsInterfaceType(p.t)) b_.NilCheck(recv);  // i.M of a nil interface panics when evaluated
  Function* wrapper = pb_.BoundMethodWrapper(sel, recv->type);
  return b_.MakeClosure(wrapper, {&recv, 1}, ast::ExprString(e));
}

auto ProgramBuilder::BoundMethodWrapper(const types::Selection& sel, const types::Type* recv_type) -> Function* {
  const auto* msig = types::As<types::Signature>(sel.type);
  std::string base;
  Function* method = nullptr;
  if (sel.method_decl != nullptr) {
    method = MethodOf(sel.method_decl);
    base = method->name();
  } else {
    base = types::TypeString(recv_type) + "." + std::string(sel.method);
  }
  std::string name = base + "-fm";
  if (auto it = wrappers_.find(name); it != wrappers_.end()) return it->second;
  Function* fn = program_->NewFunction(name, msig);
  fn->wrapper = Function::Wrapper::kLate;
  wrappers_[name] = fn;
  Value* recv = fn->AddFreeVar("recv", recv_type);
  std::vector<Value*> args;
  for (const types::Var& p : msig->params) args.push_back(fn->AddParam(p.name, p.type));
  Builder b(fn);
  b.SetBlock(fn->NewBlock("entry"));
  Value* r;
  if (method == nullptr) {
    r = b.Invoke(recv, sel.method, msig, args);
  } else {
    args.insert(args.begin(), recv);
    r = b.Call(method, args);
  }
  b.Return(msig->results.empty() ? std::vector<Value*>{} : ResultsOf(b, r, msig));
  return fn;
}

auto ProgramBuilder::MethodExprWrapper(const types::Selection& sel, const types::Signature* sig) -> Function* {
  const types::Type* recv_type = sig->params[0].type;
  std::string name = types::TypeString(recv_type) + "." + std::string(sel.method) + "-expr";
  if (auto it = wrappers_.find(name); it != wrappers_.end()) return it->second;
  Function* fn = program_->NewFunction(name, sig);
  fn->wrapper = Function::Wrapper::kLate;
  wrappers_[name] = fn;
  std::vector<Value*> params;
  for (const types::Var& p : sig->params) params.push_back(fn->AddParam(p.name, p.type));
  FunctionBuilder fb(*this, fn);
  fb.sig_ = sig;
  Builder& b = fb.builder();
  b.SetBlock(fn->NewBlock("entry"));
  std::vector<Value*> args(params.begin() + 1, params.end());
  const auto* msig = types::As<types::Signature>(sel.type);
  const types::Type* elem = IsInterfaceType(recv_type) ? nullptr : PointerElem(recv_type);
  FunctionBuilder::Place p = elem != nullptr ? FunctionBuilder::Place{params[0], true, elem}
                                             : FunctionBuilder::Place{params[0], false, recv_type};
  p = fb.WalkPath(p, sel.path);
  Value* r;
  if (IsInterfaceType(p.t)) {
    r = b.Invoke(fb.PlaceValue(p), sel.method, msig, args);
  } else {
    Function* method = MethodOf(sel.method_decl);
    if (method == nullptr) throw BuildError{Pos{}, "method expression without a method"};
    args.insert(args.begin(), fb.Receiver(p, sel.pointer_receiver));
    r = b.Call(method, args);
  }
  b.Return(sig->results.empty() ? std::vector<Value*>{} : ResultsOf(b, r, sig));
  fb.Finish();
  return fn;
}

}  // namespace gocc::ir

// Calls (functions, methods, conversions, built-ins), selectors, index expressions and composite
// literals.
#include <algorithm>

#include "typecheck/check.h"
#include "typecheck/predicates.h"
#include "typecheck/sizes.h"
#include "typecheck/typestring.h"

namespace gocc::types {

namespace {
constexpr std::string_view kInvalidOp = "invalid operation: ";

}  // namespace

void Checker::Call(Operand& x, const ast::CallExpr* e) {
  Operand f;
  ExprOrType(f, e->fun);
  x = Operand();
  x.expr = e;
  // The kind of this call, recorded when it is done (checking the arguments checks other calls).
  CallKind kind = CallKind::Statement;
  if (f.mode == OperandMode::TypeExpr) {
    kind = CallKind::Conversion;
  } else if (f.mode == OperandMode::Builtin) {
    std::string_view b = f.builtin;
    bool statement = b == "copy" || b == "delete" || b == "panic" || b == "print" ||
                     b == "println" || b == "recover" || b == "close";
    kind = statement ? CallKind::Statement : CallKind::Expression;
  }
  struct RecordKind {
    Checker& c;
    CallKind k;
    ~RecordKind() { c.last_call_kind_ = k; }
  } record{*this, kind};
  if (f.IsInvalid()) {
    UseExprs(e->args);
    return;
  }
  if (f.mode == OperandMode::TypeExpr) {  // a conversion
    last_call_kind_ = CallKind::Conversion;
    if (e->args.size() != 1 || e->has_dots) {
      Error(e->args.empty() ? e->pos : ast::StartPos(e->args.back()),
            e->args.empty() ? "missing argument in conversion to " : "too many arguments in conversion to ",
            TypeString(f.type));
      UseExprs(e->args);
      return;
    }
    Expr(x, e->args[0]);
    if (x.IsInvalid()) return;
    Conversion(x, f.type);
    x.expr = e;
    return;
  }
  if (f.mode == OperandMode::Builtin) {
    Builtin(x, e, f.builtin);
    x.expr = e;
    if (!x.IsInvalid() && x.mode != OperandMode::Constant) has_call_or_recv_ = true;
    return;
  }
  has_call_or_recv_ = true;
  const auto* sig = As<Signature>(Underlying(f.type));
  if (sig == nullptr) {
    Error(ast::StartPos(e->fun), kInvalidOp, "cannot call non-function ", OperandString(f));
    UseExprs(e->args);
    return;
  }
  // Arguments: f(g()) spreads g's results.
  std::vector<Operand> args;
  if (e->args.size() == 1 && !e->has_dots) {
    MultiExpr(args, e->args[0], /*comma_ok=*/false);
  } else {
    for (const ast::Expr* a : e->args) {
      args.emplace_back();
      Expr(args.back(), a);
    }
  }
  bool any_invalid = std::any_of(args.begin(), args.end(), [](const Operand& o) { return o.IsInvalid(); });
  size_t nparams = sig->params.size();
  if (e->has_dots && !sig->variadic && !any_invalid) {
    Error(ast::StartPos(e->args.back()), "cannot use ... in call to non-variadic ", ExprString(e->fun));
    return;
  }
  bool arity_ok = sig->variadic && !e->has_dots ? args.size() >= nparams - 1 : args.size() == nparams;
  if (!arity_ok && !any_invalid) {
    std::string have = "(";
    for (size_t i = 0; i < args.size(); ++i) {
      if (i > 0) have += ", ";
      have += SummaryTypeString(args[i].type);
    }
    have += ")";
    std::string want = "(";
    for (size_t i = 0; i < nparams; ++i) {
      if (i > 0) want += ", ";
      if (sig->variadic && i + 1 == nparams) {
        want += "..." + TypeString(As<Slice>(sig->params[i].type)->elem);
      } else {
        want += TypeString(sig->params[i].type);
      }
    }
    want += ")";
    bool too_few = args.size() < nparams;
    Pos at = too_few || e->args.empty()
                 ? e->pos
                 : ast::StartPos(e->args[std::min(nparams, e->args.size() - 1)]);
    if (too_few) {
      // gc positions "not enough arguments" at the closing parenthesis; the call's position is
      // the opening one, which is on the same line in all but multi-line calls.
      at = e->pos;
    }
    Error(at, too_few ? "not enough arguments in call to " : "too many arguments in call to ",
          ExprString(e->fun), "\n\thave ", have, "\n\twant ", want);
  } else if (!any_invalid) {
    std::string context = "argument to " + ExprString(e->fun);
    for (size_t i = 0; i < args.size(); ++i) {
      const Type* t;
      if (sig->variadic && i + 1 >= nparams) {
        t = e->has_dots ? sig->params.back().type : As<Slice>(sig->params.back().type)->elem;
      } else {
        t = sig->params[i].type;
      }
      Assignment(args[i], t, context);
    }
  }
  if (sig->results.size() == 1) {
    x.mode = OperandMode::Value;
    x.type = sig->results[0].type;
  } else {
    // No value, or several: Expr reports either where one value is needed.
    x.mode = sig->results.empty() ? OperandMode::NoValue : OperandMode::Value;
    x.type = ResultTuple(sig);
  }
}

// make(T, n[, m]) and new(T): the first argument is a type; the arity is checked before any
// argument is evaluated, as types2 does.
void Checker::MakeOrNew(Operand& x, const ast::CallExpr* e, std::string_view name) {
  size_t nargs = e->args.size();
  if (nargs == 0 || (name == "new" && nargs > 1)) {
    std::string_view which = nargs == 0 ? "not enough" : "too many";
    Error(nargs == 0 ? e->pos : ast::StartPos(e->args[1]), "invalid operation: ", which, " arguments for ",
          ExprString(e), " (expected 1, found ", std::to_string(nargs), ")");
    return;
  }
  Operand t;
  ExprOrType(t, e->args[0]);
  if (t.IsInvalid()) return;
  if (t.mode != OperandMode::TypeExpr) {
    Error(ast::StartPos(e->args[0]), ExprString(e->args[0]), " is not a type");
    return;
  }
  if (name == "new") {
    Pointer* p = NewType<Pointer>();
    p->elem = t.type;
    x.mode = OperandMode::Value;
    x.type = p;
    return;
  }
  const Type* u = Underlying(t.type);
  size_t min = As<Slice>(u) ? 2 : 1;
  if (!As<Slice>(u) && !As<Map>(u) && !As<Chan>(u)) {
    Error(ast::StartPos(e->args[0]), "invalid argument: cannot make ", ExprString(e->args[0]),
          "; type must be slice, map, or channel");
    return;
  }
  if (nargs < min || nargs > min + 1) {
    Error(e->pos, "invalid operation: ", ExprString(e), " expects ", std::to_string(min), " or ",
          std::to_string(min + 1), " arguments; found ", std::to_string(nargs));
    return;
  }
  std::vector<int64_t> sizes;
  for (size_t i = 1; i < nargs; ++i) {
    int64_t size = CheckIndex(e->args[i], -1);
    if (size >= 0) sizes.push_back(size);
  }
  if (sizes.size() == 2 && sizes[0] > sizes[1]) {
    Error(ast::StartPos(e->args[1]), "invalid argument: length and capacity swapped");
  }
  x.mode = OperandMode::Value;
  x.type = t.type;
}

void Checker::Builtin(Operand& x, const ast::CallExpr* e, std::string_view name) {
  // append is the only built-in that takes `...`.
  if (e->has_dots && name != "append") {
    Error(ast::StartPos(e->args[0]), "invalid operation: invalid use of ... with built-in ", std::string(name));
    UseExprs(e->args);
    return;
  }
  if (name == "make" || name == "new") {
    MakeOrNew(x, e, name);
    return;
  }
  // len(x) and cap(x) need to know whether x itself has calls or receives; the flag of the
  // enclosing expression is restored afterwards (Call sets it if the result is not constant).
  bool outer_has_call_or_recv = has_call_or_recv_;
  if (name == "len" || name == "cap") has_call_or_recv_ = false;
  struct RestoreFlag {
    Checker& c;
    bool active, value;
    ~RestoreFlag() {
      if (active) c.has_call_or_recv_ = value;
    }
  } restore{*this, name == "len" || name == "cap", outer_has_call_or_recv};
  std::vector<Operand> args;
  if (e->args.size() == 1 && !e->has_dots) {
    MultiExpr(args, e->args[0], false);  // f(g()) spreads g's results for built-ins too
  } else {
    args.reserve(e->args.size());
  }
  for (size_t i = args.size(); i < e->args.size(); ++i) {
    args.emplace_back();
    Expr(args.back(), e->args[i]);
  }
  if (std::any_of(args.begin(), args.end(), [](const Operand& o) { return o.IsInvalid(); })) return;
  auto need = [&](size_t min, size_t max) {
    if (args.size() < min) {
      Error(e->pos, "invalid operation: not enough arguments for ", ExprString(e), " (expected ",
            std::to_string(min), ", found ", std::to_string(args.size()), ")");
      return false;
    }
    if (args.size() > max) {
      // (Arguments spread from one call, complex(f()), have no expression of their own.)
      Pos at = max < e->args.size() ? ast::StartPos(e->args[max]) : ast::StartPos(e);
      Error(at, "invalid operation: too many arguments for ", ExprString(e), " (expected ",
            std::to_string(max), ", found ", std::to_string(args.size()), ")");
      return false;
    }
    return true;
  };
  if (name == "len" || name == "cap") {
    if (!need(1, 1)) return;
    Operand& a = args[0];
    const Type* u = Underlying(a.type);
    if (const auto* p = As<Pointer>(u); p && As<Array>(Underlying(p->elem))) u = Underlying(p->elem);
    bool ok = As<Array>(u) || As<Slice>(u) || As<Chan>(u) || (name == "len" && (IsString(u) || As<Map>(u)));
    if (!ok) {
      Error(ast::StartPos(e->args[0]), "invalid argument: ", OperandString(a), " for ", std::string(name));
      return;
    }
    x.type = BasicType(BasicKind::Int);
    if (a.mode == OperandMode::Constant && IsString(u)) {
      x.mode = OperandMode::Constant;
      x.value = Value::Int(BigInt(static_cast<int64_t>(a.value.string_value().size())));
    } else if (const auto* arr = As<Array>(u); arr != nullptr && !has_call_or_recv_) {
      x.mode = OperandMode::Constant;
      x.value = Value::Int(BigInt(arr->len));
    } else {
      x.mode = OperandMode::Value;
    }
    return;
  }
  if (name == "append") {
    if (args.empty()) {
      need(1, 1000000);
      return;
    }
    const auto* s = As<Slice>(Underlying(args[0].type));
    if (s == nullptr) {
      Error(ast::StartPos(e->args[0]), "first argument to append must be a slice; ",
            args[0].mode == OperandMode::Nil ? std::string("have untyped nil") : "have " + OperandString(args[0]));
      return;
    }
    for (size_t i = 1; i < args.size(); ++i) {
      if (e->has_dots && i + 1 == args.size()) break;
      Assignment(args[i], s->elem, "argument to append");
    }
    x.mode = OperandMode::Value;
    x.type = args[0].type;
    return;
  }
  if (name == "copy") {  // copy(dst, src []T) int; src may be a string for []byte
    if (!need(2, 2)) return;
    const auto* dst = As<Slice>(Underlying(args[0].type));
    const Type* src_elem = nullptr;
    if (IsString(Underlying(args[1].type))) {
      src_elem = universe_.LookupLocal("byte")->type;
    } else if (const auto* src = As<Slice>(Underlying(args[1].type))) {
      src_elem = src->elem;
    }
    if (dst == nullptr || src_elem == nullptr) {
      Error(ast::StartPos(e->args[0]), "invalid argument: copy expects slice arguments; found ",
            OperandString(args[0]), " and ", OperandString(args[1]));
      return;
    }
    if (!Identical(dst->elem, src_elem)) {
      Error(ast::StartPos(e->args[0]), "invalid argument: arguments to copy ", OperandString(args[0]), " and ",
            OperandString(args[1]), " have different element types ", TypeString(dst->elem), " and ",
            TypeString(src_elem));
      return;
    }
    x.mode = OperandMode::Value;
    x.type = BasicType(BasicKind::Int);
    return;
  }
  if (name == "delete") {  // delete(m map[K]V, k K)
    if (!need(2, 2)) return;
    const auto* m = As<Map>(Underlying(args[0].type));
    if (m == nullptr) {
      Error(ast::StartPos(e->args[0]), "invalid argument: ", OperandString(args[0]), " is not a map");
      return;
    }
    Assignment(args[1], m->key, "argument to delete");
    x.mode = OperandMode::NoValue;
    return;
  }
  if (name == "panic") {
    if (!need(1, 1)) return;
    ConvertUntyped(args[0], nullptr);
    x.mode = OperandMode::NoValue;
    return;
  }
  if (name == "print" || name == "println") {
    for (Operand& a : args) {
      if (a.mode == OperandMode::Nil) {
        Error(ast::StartPos(a.expr), "use of untyped nil in argument to built-in ", std::string(name));
        continue;
      }
      ConvertUntyped(a, nullptr);
    }
    x.mode = OperandMode::NoValue;
    return;
  }
  if (name == "recover") {
    if (!need(0, 0)) return;
    x.mode = OperandMode::Value;
    x.type = empty_interface_;  // written interface{}, not any
    return;
  }
  if (name == "close") {
    if (!need(1, 1)) return;
    x.mode = OperandMode::NoValue;
    return;
  }
  if (name == "complex") {  // complex(re, im floatT) complexT
    if (!need(2, 2)) return;
    Operand& re = args[0];
    Operand& im = args[1];
    auto untyped_to_float = [&](Operand& o) {
      if (o.mode != OperandMode::Constant || !IsNumeric(o.type)) return;
      if (std::optional<Value> f = o.value.ToFloat()) {
        o.value = *f;
        o.type = BasicType(BasicKind::UntypedFloat);  // not recorded: go/types keeps the kind
      }
    };
    bool ure = IsUntyped(re.type), uim = IsUntyped(im.type);
    if (ure && !uim) ConvertUntyped(re, im.type);
    if (uim && !ure) ConvertUntyped(im, re.type);
    if (ure && uim) {
      untyped_to_float(re);
      untyped_to_float(im);
    }
    if (re.IsInvalid() || im.IsInvalid()) return;
    if (!Identical(re.type, im.type)) {
      Error(ast::StartPos(e->args[0]), kInvalidOp, ExprString(e), " (mismatched types ",
            TypeString(re.type), " and ", TypeString(im.type), ")");
      return;
    }
    const auto* fb = As<Basic>(Underlying(re.type));
    if (fb == nullptr || !IsFloat(fb)) {
      Error(ast::StartPos(e->args[0]), "invalid argument: arguments have type ", TypeString(re.type),
            ", expected floating-point");
      return;
    }
    x.mode = re.mode == OperandMode::Constant && im.mode == OperandMode::Constant ? OperandMode::Constant
                                                                                  : OperandMode::Value;
    x.type = fb->basic == BasicKind::UntypedFloat ? BasicType(BasicKind::UntypedComplex)
             : fb->basic == BasicKind::Float32    ? BasicType(BasicKind::Complex64)
                                                  : BasicType(BasicKind::Complex128);
    if (x.mode == OperandMode::Constant) x.value = Value::Complex(re.value.real(), im.value.real());
    return;
  }
  if (name == "real" || name == "imag") {  // real(c complexT) floatT
    if (!need(1, 1)) return;
    Operand& c = args[0];
    if (IsUntyped(c.type) && c.mode == OperandMode::Constant && IsNumeric(c.type)) {
      if (std::optional<Value> v = c.value.ToComplex()) {
        c.value = *v;
        c.type = BasicType(BasicKind::UntypedComplex);
      }
    }
    const auto* cb = As<Basic>(Underlying(c.type));
    if (cb == nullptr || !IsComplex(cb)) {
      Error(ast::StartPos(e->args[0]), "invalid argument: argument has type ", TypeString(c.type),
            ", expected complex type");
      return;
    }
    x.mode = c.mode == OperandMode::Constant ? OperandMode::Constant : OperandMode::Value;
    x.type = cb->basic == BasicKind::UntypedComplex ? BasicType(BasicKind::UntypedFloat)
             : cb->basic == BasicKind::Complex64    ? BasicType(BasicKind::Float32)
                                                    : BasicType(BasicKind::Float64);
    if (x.mode == OperandMode::Constant) {
      x.value = Value::Float(name == "real" ? c.value.real() : c.value.imag());
    }
    return;
  }
  if (name == "Add") {  // unsafe.Add(ptr Pointer, len IntegerType) Pointer
    if (!need(2, 2)) return;
    if (!Assignment(args[0], BasicType(BasicKind::UnsafePointer), "argument to unsafe.Add")) return;
    ConvertUntyped(args[1], BasicType(BasicKind::Int));
    x.mode = OperandMode::Value;
    x.type = BasicType(BasicKind::UnsafePointer);
    return;
  }
  if (name == "Slice") {  // unsafe.Slice(ptr *T, len IntegerType) []T
    if (!need(2, 2)) return;
    ConvertUntyped(args[1], BasicType(BasicKind::Int));
    const auto* p = As<Pointer>(Underlying(args[0].type));
    if (p == nullptr) {
      Error(ast::StartPos(e->args[0]), "invalid argument: ", OperandString(args[0]), " is not a pointer");
      return;
    }
    Slice* s = NewType<Slice>();
    s->elem = p->elem;
    x.mode = OperandMode::Value;
    x.type = s;
    return;
  }
  // unsafe.Sizeof, Alignof, Offsetof: constants of type uintptr.
  if (name == "Sizeof" || name == "Alignof" || name == "Offsetof") {
    if (!need(1, 1)) return;
    if (args[0].mode == OperandMode::Nil) {
      Error(ast::StartPos(e->args[0]), "use of untyped nil in argument to unsafe.", std::string(name));
      return;
    }
    ConvertUntyped(args[0], nullptr);
    Arch arch{"", word_size_, word_size_};
    Sizes sizes(arch);
    x.mode = OperandMode::Constant;
    x.type = BasicType(BasicKind::Uintptr);
    if (name == "Sizeof") {
      x.value = Value::Int(BigInt(sizes.SizeOf(args[0].type)));
    } else if (name == "Alignof") {
      x.value = Value::Int(BigInt(sizes.AlignOf(args[0].type)));
    } else {
      // Offsetof(s.f): the offset of a field of s's struct type (direct fields; a path through
      // embedded fields adds their offsets, and must not go through a pointer).
      const ast::Expr* arg = e->args[0];
      while (const auto* p = arg->As<ast::ParenExpr>()) arg = p->x;
      const auto* sel = arg->As<ast::SelectorExpr>();
      if (sel == nullptr) {
        Error(ast::StartPos(e->args[0]), "invalid argument: ", ExprString(e->args[0]),
              " is not a selector expression");
        x.mode = OperandMode::Invalid;
        return;
      }
      Operand base;
      Expr(base, sel->x);
      if (base.IsInvalid()) {
        x.mode = OperandMode::Invalid;
        return;
      }
      // types2: look the field up in the (dereferenced) base type; a promoted field adds the
      // offsets along its path, which must not follow an embedded pointer.
      const Type* base_type = base.type;
      if (const auto* p = As<Pointer>(Underlying(base_type)); p != nullptr && As<Struct>(Underlying(p->elem))) {
        base_type = p->elem;
      }
      FieldOrMethod fm = LookupFieldOrMethod(base_type, sel->sel->name);
      if (fm.kind == FieldOrMethod::Method) {
        Error(ast::StartPos(e->args[0]), "invalid argument: ", ExprString(e->args[0]), " is a method value");
        x.mode = OperandMode::Invalid;
        return;
      }
      if (fm.kind != FieldOrMethod::Field) {
        Error(ast::StartPos(e->args[0]), "invalid argument: ", TypeString(base_type), " has no single field ",
              std::string(sel->sel->name));
        x.mode = OperandMode::Invalid;
        return;
      }
      if (fm.indirect) {
        Error(ast::StartPos(e->args[0]), "invalid argument: field ", std::string(sel->sel->name),
              " is embedded via a pointer in ", TypeString(base_type));
        x.mode = OperandMode::Invalid;
        return;
      }
      int64_t offset = 0;
      const Type* cur = base_type;
      for (int index : fm.path) {
        const auto* st = As<Struct>(Underlying(cur));
        if (st == nullptr || index < 0 || static_cast<size_t>(index) >= st->fields.size()) {
          x.mode = OperandMode::Invalid;
          return;
        }
        offset += sizes.Offsets(st)[index];
        cur = st->fields[index].type;
      }
      x.value = Value::Int(BigInt(offset));
    }
    return;
  }
  x.mode = OperandMode::Value;
  x.type = Invalid();
}

// The function type of a method expression T.m: the receiver becomes the first parameter.
auto Checker::MethodExprType(const Type* recv, const Signature* m, std::string_view recv_name)
    -> const Signature* {
  std::vector<Var> params;
  // Named or unnamed like the method's parameters (types2), the receiver's name or "_".
  std::string_view name;
  if (!m->params.empty() && !m->params[0].name.empty()) name = recv_name.empty() ? "_" : recv_name;
  params.push_back(Var{name, recv, Pos{}, false});
  params.insert(params.end(), m->params.begin(), m->params.end());
  Signature* sig = NewType<Signature>();
  sig->params = Copy(params);
  sig->results = m->results;
  sig->variadic = m->variadic;
  return sig;
}

// x.sel: a package member, a struct field (through embedded fields too), or a method.
void Checker::Selector(Operand& x, const ast::SelectorExpr* e) {
  if (const auto* id = e->x->As<ast::Ident>()) {
    if (Object* obj = current_scope_->Lookup(id->name); obj && obj->kind == ObjectKind::Package) {
      obj->used = true;
      if (obj->import_path == "unsafe") {
        std::string_view n = e->sel->name;
        if (n == "Pointer") {
          x.mode = OperandMode::TypeExpr;
          x.type = BasicType(BasicKind::UnsafePointer);
        } else if (n == "Sizeof" || n == "Alignof" || n == "Offsetof" || n == "Add" || n == "Slice") {
          x.mode = OperandMode::Builtin;
          x.builtin = n;
        } else {
          Error(e->sel->pos, "undefined: unsafe.", std::string(n));
        }
        return;
      }
      if (obj->package == nullptr) return;  // not loaded (reported at the import)
      std::string_view member = e->sel->name;
      Object* m = obj->package->scope->LookupLocal(member);
      if (m == nullptr) {
        Error(e->sel->pos, "undefined: ", std::string(id->name), ".", std::string(member));
        return;
      }
      if (!(member[0] >= 'A' && member[0] <= 'Z')) {
        Error(e->sel->pos, "name ", std::string(member), " not exported by package ",
              std::string(obj->package->name));
        return;
      }
      // Resolve the member as its own package would see it.
      Scope* saved = current_scope_;
      current_scope_ = obj->package->scope;
      ast::Ident name_node = *e->sel;
      Ident(x, &name_node);
      current_scope_ = saved;
      if (info_ != nullptr) {
        info_->uses.erase(&name_node);
        RecordUse(e->sel, m);
        RecordUse(id, obj);
      }
      x.expr = e;
      return;
    }
  }
  ExprOrType(x, e->x);
  x.expr = e;
  if (x.IsInvalid()) return;
  std::string_view name = e->sel->name;
  {
    // Unknown types (a package not loaded yet, or an earlier error) stay quiet.
    const Type* t = x.type;
    if (const auto* p = As<Pointer>(t)) t = p->elem;
    const auto* b = As<Basic>(t);
    if (b != nullptr && b->basic == BasicKind::Invalid) {
      x.mode = OperandMode::Invalid;
      return;
    }
  }
  bool method_expr = x.mode == OperandMode::TypeExpr;
  const Type* recv_type = x.type;
  FieldOrMethod found = LookupFieldOrMethod(x.type, name);
  if (found.kind == FieldOrMethod::Ambiguous) {
    Error(e->sel->pos, "ambiguous selector ", ExprString(e));
    x.mode = OperandMode::Invalid;
    return;
  }
  if (found.kind == FieldOrMethod::Unknown) {
    x.mode = OperandMode::Invalid;  // an interface embedding an unresolved type: reported there
    return;
  }
  if (found.kind != FieldOrMethod::NotFound) {
    Selection sel;
    sel.recv = recv_type;
    sel.path = std::move(found.path);
    sel.indirect = found.indirect;
    sel.type = found.type;
    if (found.kind == FieldOrMethod::Field) {
      if (method_expr) {
        Error(e->sel->pos, ExprString(e), " undefined (type ", TypeString(recv_type),
              " has no method ", std::string(name), ")");
        x.mode = OperandMode::Invalid;
        return;
      }
      x.mode = x.mode == OperandMode::Variable || found.indirect ? OperandMode::Variable
                                                                 : OperandMode::Value;
      x.type = found.type;
    } else {
      const auto* sig = static_cast<const Signature*>(found.type);
      sel.kind = method_expr ? SelectionKind::MethodExpr : SelectionKind::MethodVal;
      sel.method = name;
      sel.method_recv = found.method_recv;
      sel.pointer_receiver = found.pointer_receiver;
      sel.method_decl = found.decl;
      if (found.decl != nullptr) AddDep(MethodObject(found.decl));
      if (found.pointer_receiver && !found.indirect && x.mode != OperandMode::Variable) {
        Error(e->sel->pos, "cannot call pointer method ", std::string(name), " on ",
              TypeString(recv_type));
        x.mode = OperandMode::Invalid;
        return;
      }
      x.mode = OperandMode::Value;
      std::string_view recv_name;
      if (found.decl != nullptr && found.decl->recv != nullptr && !found.decl->recv->names.empty()) {
        recv_name = found.decl->recv->names[0]->name;
      }
      x.type = method_expr ? MethodExprType(recv_type, sig, recv_name) : sig;
    }
    if (info_ != nullptr) info_->selections[e] = std::move(sel);
    return;
  }
  if (const auto* p = As<Pointer>(x.type); p && As<Interface>(Underlying(p->elem))) {
    Error(e->sel->pos, ExprString(e), " undefined (type ", TypeString(x.type),
          " is pointer to interface, not interface)");
    x.mode = OperandMode::Invalid;
    return;
  }
  // gc's hint when the name exists with other capitalisation: ", but does have a".
  std::string hint;
  auto same_fold = [&](std::string_view other) {
    if (other.size() != name.size() || other == name) return false;
    for (size_t i = 0; i < name.size(); ++i) {
      if ((other[i] | 0x20) != (name[i] | 0x20)) return false;
    }
    return true;
  };
  const Type* hint_base = As<Pointer>(x.type) ? As<Pointer>(x.type)->elem : x.type;
  if (const auto* st = As<Struct>(Underlying(hint_base))) {
    for (const Var& f : st->fields) {
      if (same_fold(f.name)) hint = ", but does have " + std::string(f.name);
    }
  }
  if (const auto* named = As<Named>(hint_base); named && methods_.count(named)) {
    for (const MethodDecl& m : methods_[named]) {
      if (same_fold(m.name)) hint = ", but does have " + std::string(m.name);
    }
  }
  Error(e->sel->pos, ExprString(e), " undefined (type ", TypeString(x.type),
        " has no field or method ", std::string(name), hint, ")");
  x.mode = OperandMode::Invalid;
}

void Checker::Index(Operand& x, const ast::IndexExpr* e) {
  ExprOrType(x, e->x);
  if (x.mode == OperandMode::TypeExpr || e->indices.size() != 1) {
    if (!reported_generics_) {
      reported_generics_ = true;
      diags_.Report(e->pos, DiagKind::Unsupported, "type parameters");
    }
    x.mode = OperandMode::Invalid;
    return;
  }
  x.expr = e;
  if (x.IsInvalid()) {
    Operand idx;
    Expr(idx, e->indices[0]);
    return;
  }
  const Type* u = Underlying(x.type);
  if (const auto* m = As<Map>(u)) {
    Operand idx;
    Expr(idx, e->indices[0]);
    if (!idx.IsInvalid()) Assignment(idx, m->key, "map index");
    x.mode = OperandMode::MapIndex;
    x.type = m->value;
    return;
  }
  const Type* elem = nullptr;
  int64_t length = -1;
  OperandMode mode = OperandMode::Variable;
  if (IsString(u)) {
    elem = universe_.LookupLocal("byte")->type;
    mode = OperandMode::Value;
    if (x.mode == OperandMode::Constant) length = static_cast<int64_t>(x.value.string_value().size());
  } else if (const auto* a = As<Array>(u)) {
    elem = a->elem;
    length = a->len;
    if (x.mode != OperandMode::Variable) mode = OperandMode::Value;
  } else if (const auto* p = As<Pointer>(u); p && As<Array>(Underlying(p->elem))) {
    elem = As<Array>(Underlying(p->elem))->elem;
    length = As<Array>(Underlying(p->elem))->len;
  } else if (const auto* s = As<Slice>(u)) {
    elem = s->elem;
  } else {
    Error(e->pos, kInvalidOp, "cannot index ", OperandString(Operand{x.mode, e->x, x.type, x.value, {}}));
    x.mode = OperandMode::Invalid;
    return;
  }
  CheckIndex(e->indices[0], length);
  x.mode = mode;
  x.type = elem;
}

// types2's index: the index expression must be an integer (an untyped constant becomes int),
// a constant one non-negative, representable as int and below max (when max >= 0). Returns
// the constant's value, -1 for a valid non-constant index, or -2 after an error.
auto Checker::CheckIndex(const ast::Expr* index, int64_t max) -> int64_t {
  Operand x;
  Expr(x, index);
  if (x.IsInvalid()) return -2;
  if (IsUntyped(x.type)) {
    // gc's words for an untyped index that is not an int: "cannot convert "hi" (untyped
    // string constant) to int", "1.5 (untyped float constant) truncated to int".
    const Basic* int_type = BasicType(BasicKind::Int);
    if (!IsNumeric(x.type)) {
      Error(ast::StartPos(index), "cannot convert ", OperandString(x), " to int");
      return -2;
    }
    Value rounded;
    bool truncated;
    if (x.mode == OperandMode::Constant && !Representable(x.value, int_type, word_size_, &rounded, &truncated)) {
      Error(ast::StartPos(index), OperandString(x),
            IsInteger(x.type) ? " overflows int" : " truncated to int");
      return -2;
    }
    ConvertUntyped(x, int_type);
    if (x.IsInvalid()) return -2;
  }
  if (!IsInteger(x.type)) {
    Error(ast::StartPos(index), "invalid argument: index ", OperandString(x), " must be integer");
    return -2;
  }
  if (x.mode != OperandMode::Constant) return -1;
  const BigInt& v = x.value.int_value();
  if (v.IsNegative()) {
    Error(ast::StartPos(index), "invalid argument: index ", OperandString(x), " must not be negative");
    return -2;
  }
  std::optional<int64_t> value = v.ToInt64();
  if (!value) {
    Error(ast::StartPos(index), "invalid argument: index ", OperandString(x), " overflows int");
    return -2;
  }
  if (max >= 0 && *value >= max) {
    Error(ast::StartPos(index), "invalid argument: index ", x.value.ToString(), " out of bounds [0:",
          std::to_string(max), "]");
    return -2;
  }
  return *value;
}

// types2's indexedElts: the elements of an array or slice literal, with their keys; returns
// the length the literal needs (the largest index + 1).
auto Checker::IndexedElems(ast::List<ast::Expr> elts, const Type* elem, int64_t length) -> int64_t {
  std::unordered_set<int64_t> visited;
  int64_t index = 0, max = 0;
  for (const ast::Expr* e : elts) {
    bool valid = false;
    const ast::Expr* value = e;
    if (const auto* kv = e->As<ast::KeyValueExpr>()) {
      int64_t i = CheckIndex(kv->key, length);
      if (i >= 0) {
        index = i;
        valid = true;
      } else if (i == -1) {
        Error(kv->pos, "index ", ExprString(kv->key), " must be integer constant");
      }
      value = kv->value;
    } else if (length >= 0 && index >= length) {
      Error(ast::StartPos(e), "index ", std::to_string(index), " is out of bounds (>= ",
            std::to_string(length), ")");
    } else {
      valid = true;
    }
    if (valid && !visited.insert(index).second) {
      // types2 reports at the node's position, a key-value pair's being its colon.
      Error(e->As<ast::KeyValueExpr>() ? e->pos : ast::StartPos(e), "duplicate index ", std::to_string(index), " in array or slice literal");
    }
    ++index;
    max = std::max(max, index);
    Operand x;
    ExprWithHint(x, value, elem);
    if (!x.IsInvalid()) Assignment(x, elem, "array or slice literal");
  }
  return max;
}

// An element of a composite literal: a literal without a type takes the hint (an element type
// T, or *T meaning &T{...}).
void Checker::ExprWithHint(Operand& x, const ast::Expr* e, const Type* hint) {
  const ast::Expr* inner = e;
  while (const auto* p = inner->As<ast::ParenExpr>()) inner = p->x;
  if (const auto* lit = inner->As<ast::CompositeLit>(); lit && lit->type == nullptr) {
    CompositeLit(x, lit, hint);
    x.expr = e;
    if (info_ != nullptr) {
      Record(lit, x);
      if (inner != e) Record(e, x);
    }
    return;
  }
  Expr(x, e);
}

void Checker::CompositeLit(Operand& x, const ast::CompositeLit* e, const Type* hint) {
  x = Operand();
  x.expr = e;
  const Type* t = nullptr;
  const Type* base = nullptr;
  Array* open_array = nullptr;  // [...]T: the length comes from the elements
  if (e->type != nullptr) {
    if (const auto* at = e->type->As<ast::ArrayType>(); at && at->len && at->len->kind == ast::NodeKind::Ellipsis) {
      open_array = NewType<Array>();
      open_array->elem = TypeOf(at->elem);
      open_array->len = -1;
      t = open_array;
    } else {
      t = TypeOf(e->type);
    }
    base = t;
  } else if (hint != nullptr) {
    t = hint;
    base = t;
    if (const auto* p = As<Pointer>(Underlying(t))) base = p->elem;  // *T means &T{...}
  } else {
    Error(e->pos, "invalid composite literal type: missing type");
    UseExprs(e->elts);
    return;
  }
  const Type* u = Underlying(base);
  auto value_of = [](const ast::Expr* el) {
    const auto* kv = el->As<ast::KeyValueExpr>();
    return kv != nullptr ? kv->value : el;
  };
  if (const auto* st = As<Struct>(u)) {
    if (!e->elts.empty() && e->elts[0]->As<ast::KeyValueExpr>() != nullptr) {
      std::vector<bool> visited(st->fields.size());
      for (const ast::Expr* el : e->elts) {
        const auto* kv = el->As<ast::KeyValueExpr>();
        if (kv == nullptr) {
          Error(ast::StartPos(el), "mixture of field:value and value elements in struct literal");
          continue;
        }
        Operand v;
        Expr(v, kv->value);
        const auto* key = kv->key->As<ast::Ident>();
        if (key == nullptr) {
          Error(kv->pos, "invalid field name ", ExprString(kv->key), " in struct literal");
          continue;
        }
        size_t i = 0;
        while (i < st->fields.size() && st->fields[i].name != key->name) ++i;
        if (i == st->fields.size()) {
          Error(key->pos, "unknown field '", std::string(key->name), "' in struct literal of type ",
                TypeString(base));
          continue;
        }
        if (!v.IsInvalid()) Assignment(v, st->fields[i].type, "struct literal");
        if (visited[i]) {
          Error(kv->pos, "duplicate field name ", std::string(key->name), " in struct literal");
          continue;
        }
        visited[i] = true;
      }
    } else {
      for (size_t i = 0; i < e->elts.size(); ++i) {
        const ast::Expr* el = e->elts[i];
        if (el->As<ast::KeyValueExpr>() != nullptr) {
          Error(ast::StartPos(el), "mixture of field:value and value elements in struct literal");
          continue;
        }
        Operand v;
        Expr(v, el);
        if (i >= st->fields.size()) {
          Error(ast::StartPos(el), "too many values in ", TypeString(base), "{…}");
          break;
        }
        const Var& f = st->fields[i];
        bool exported = !f.name.empty() && f.name[0] >= 'A' && f.name[0] <= 'Z';
        const auto* named = As<Named>(base);
        if (!exported && named != nullptr && named->pkg_path != current_package_->path && !f.name.empty() &&
            static_cast<unsigned char>(f.name[0]) < 0x80) {
          Error(ast::StartPos(el), "implicit assignment to unexported field ", std::string(f.name), " in ",
                TypeString(t), " literal");
          continue;
        }
        if (!v.IsInvalid()) Assignment(v, f.type, "struct literal");
      }
      if (!e->elts.empty() && e->elts.size() < st->fields.size()) {
        Error(e->rbrace, "too few values in ", TypeString(base), "{…}");
      }
    }
  } else if (const auto* a = As<Array>(u)) {
    int64_t n = IndexedElems(e->elts, a->elem, a->len);
    if (open_array != nullptr) open_array->len = n;
  } else if (const auto* s = As<Slice>(u)) {
    IndexedElems(e->elts, s->elem, -1);
  } else if (const auto* m = As<Map>(u)) {
    std::vector<std::pair<Value, const Type*>> seen;
    bool key_is_interface = IsInterface(m->key);
    for (const ast::Expr* el : e->elts) {
      const auto* kv = el->As<ast::KeyValueExpr>();
      if (kv == nullptr) {
        Error(ast::StartPos(el), "missing key in map literal");
        continue;
      }
      Operand k;
      ExprWithHint(k, kv->key, m->key);
      if (!k.IsInvalid()) Assignment(k, m->key, "map literal");
      if (k.IsInvalid()) continue;
      if (k.mode == OperandMode::Constant) {
        bool duplicate = false;
        for (const auto& [v, kt] : seen) {
          if (v.kind() == k.value.kind() && CompareValues(v, lex::TokenKind::Equal, k.value) &&
              (!key_is_interface || Identical(kt, k.type))) {
            duplicate = true;
          }
        }
        if (duplicate) {
          Error(ast::StartPos(kv->key), "duplicate key ", k.value.ToString(), " in map literal");
          continue;
        }
        seen.emplace_back(k.value, k.type);
      }
      Operand v;
      ExprWithHint(v, kv->value, m->value);
      if (!v.IsInvalid()) Assignment(v, m->value, "map literal");
    }
  } else {
    for (const ast::Expr* el : e->elts) {
      Operand v;
      Expr(v, value_of(el));
    }
    if (!(As<Basic>(u) && static_cast<const Basic*>(u)->basic == BasicKind::Invalid)) {
      Error(e->pos, "invalid composite literal type ", TypeString(t));
    }
    return;
  }
  x.mode = OperandMode::Value;
  x.type = t;
}

}  // namespace gocc::types

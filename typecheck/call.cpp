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
    return;
  }
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
  if (sig->results.empty()) {
    x.mode = OperandMode::NoValue;
  } else if (sig->results.size() == 1) {
    x.mode = OperandMode::Value;
    x.type = sig->results[0].type;
  } else {
    x.mode = OperandMode::Value;  // used as a single value: reported by the user of x
    x.type = sig->results[0].type;
  }
}

void Checker::Builtin(Operand& x, const ast::CallExpr* e, std::string_view name) {
  std::vector<Operand> args;
  bool type_first = name == "make" || name == "new";
  for (size_t i = 0; i < e->args.size(); ++i) {
    args.emplace_back();
    if (i == 0 && type_first) {
      ExprOrType(args.back(), e->args[i]);
    } else {
      Expr(args.back(), e->args[i]);
    }
  }
  if (std::any_of(args.begin(), args.end(), [](const Operand& o) { return o.IsInvalid(); })) return;
  auto need = [&](size_t min, size_t max) {
    if (args.size() < min) {
      Error(e->pos, "invalid operation: not enough arguments for ", ExprString(e), " (expected ",
            std::to_string(min), ", found ", std::to_string(args.size()), ")");
      return false;
    }
    if (args.size() > max) {
      Error(ast::StartPos(e->args[max]), "invalid operation: too many arguments for ", ExprString(e), " (expected ",
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
    } else if (const auto* arr = As<Array>(u)) {
      x.mode = OperandMode::Constant;  // (unless the operand has calls or receives)
      x.value = Value::Int(BigInt(arr->len));
    } else {
      x.mode = OperandMode::Value;
    }
    return;
  }
  if (name == "new") {
    if (!need(1, 1)) return;
    if (args[0].mode != OperandMode::TypeExpr) {
      Error(ast::StartPos(e->args[0]), ExprString(e->args[0]), " is not a type");
      return;
    }
    Pointer* p = NewType<Pointer>();
    p->elem = args[0].type;
    x.mode = OperandMode::Value;
    x.type = p;
    return;
  }
  if (name == "make") {
    if (args.empty() || args[0].mode != OperandMode::TypeExpr) {
      if (!args.empty()) Error(ast::StartPos(e->args[0]), ExprString(e->args[0]), " is not a type");
      else need(1, 3);
      return;
    }
    const Type* u = Underlying(args[0].type);
    size_t min = As<Slice>(u) ? 2 : 1;
    if (!As<Slice>(u) && !As<Map>(u) && !As<Chan>(u)) {
      Error(ast::StartPos(e->args[0]), "invalid argument: cannot make ", ExprString(e->args[0]),
            "; type must be slice, map, or channel");
      return;
    }
    if (!need(min, As<Slice>(u) ? 3 : 2)) return;
    for (size_t i = 1; i < args.size(); ++i) {
      if (IsUntyped(args[i].type)) ConvertUntyped(args[i], BasicType(BasicKind::Int));
    }
    x.mode = OperandMode::Value;
    x.type = args[0].type;
    return;
  }
  if (name == "append") {
    if (args.empty()) {
      need(1, 1000000);
      return;
    }
    const auto* s = As<Slice>(Underlying(args[0].type));
    if (s == nullptr && args[0].mode != OperandMode::Nil) {
      Error(ast::StartPos(e->args[0]), "invalid argument: ", OperandString(args[0]), " (",
            "variable of type", ") is not a slice");
      return;
    }
    for (size_t i = 1; i < args.size() && s != nullptr; ++i) {
      if (e->has_dots && i + 1 == args.size()) break;
      Assignment(args[i], s->elem, "argument to append");
    }
    x.mode = OperandMode::Value;
    x.type = args[0].type;
    return;
  }
  if (name == "copy") {
    if (!need(2, 2)) return;
    x.mode = OperandMode::Value;
    x.type = BasicType(BasicKind::Int);
    return;
  }
  if (name == "delete") {
    if (!need(2, 2)) return;
    if (const auto* m = As<Map>(Underlying(args[0].type))) Assignment(args[1], m->key, "argument to delete");
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
    x.type = universe_.LookupLocal("any")->type;
    return;
  }
  if (name == "close") {
    if (!need(1, 1)) return;
    x.mode = OperandMode::NoValue;
    return;
  }
  if (name == "complex" || name == "real" || name == "imag") {
    if (!need(name == "complex" ? 2 : 1, name == "complex" ? 2 : 1)) return;
    x.mode = OperandMode::Value;
    bool untyped = std::all_of(args.begin(), args.end(), [](const Operand& o) { return IsUntyped(o.type); });
    if (name == "complex") {
      const Type* typed = IsUntyped(args[0].type) ? args[1].type : args[0].type;
      x.type = untyped ? BasicType(BasicKind::UntypedComplex)
               : IsBasicKind(typed, [](BasicKind k) { return k == BasicKind::Float32; })
                   ? BasicType(BasicKind::Complex64)
                   : BasicType(BasicKind::Complex128);
    } else {
      x.type = untyped ? BasicType(BasicKind::UntypedFloat)
               : IsBasicKind(args[0].type, [](BasicKind k) { return k == BasicKind::Complex64; })
                   ? BasicType(BasicKind::Float32)
                   : BasicType(BasicKind::Float64);
    }
    if (untyped && std::all_of(args.begin(), args.end(), [](const Operand& o) { return o.mode == OperandMode::Constant; })) {
      x.mode = OperandMode::Constant;
      if (name == "complex") {
        x.value = Value::Complex(args[0].value.ToFloat()->real(), args[1].value.ToFloat()->real());
      } else {
        std::optional<Value> c = args[0].value.ToComplex();
        x.value = Value::Float(name == "real" ? c->real() : c->imag());
      }
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
      const Type* u = base.IsInvalid() ? nullptr : Underlying(base.type);
      if (const auto* p = As<Pointer>(u)) u = Underlying(p->elem);
      const auto* st = As<Struct>(u);
      bool found = false;
      if (st != nullptr) {
        std::vector<int64_t> offsets = sizes.Offsets(st);
        for (size_t i = 0; i < st->fields.size(); ++i) {
          if (st->fields[i].name == sel->sel->name) {
            x.value = Value::Int(BigInt(offsets[i]));
            found = true;
          }
        }
      }
      if (!found) x.mode = OperandMode::Invalid;  // promoted fields: with field paths
    }
    return;
  }
  x.mode = OperandMode::Value;
  x.type = Invalid();
}

// The function type of a method expression T.m: the receiver becomes the first parameter.
auto Checker::MethodExprType(const Type* recv, const Signature* m) -> const Signature* {
  std::vector<Var> params;
  params.push_back(Var{"", recv, Pos{}, false});
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
      x.expr = e;
      return;
    }
  }
  ExprOrType(x, e->x);
  x.expr = e;
  if (x.IsInvalid()) return;
  std::string_view name = e->sel->name;
  bool method_expr = x.mode == OperandMode::TypeExpr;
  const Type* recv_type = x.type;
  auto found_method = [&](const Signature* sig) {
    x.mode = OperandMode::Value;
    x.type = method_expr ? MethodExprType(recv_type, sig) : sig;
  };
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
  // Methods declared on the named type (or on *T).
  const Type* base = x.type;
  bool through_pointer = false;
  if (const auto* p = As<Pointer>(base); p && As<Named>(p->elem)) {
    base = p->elem;
    through_pointer = true;
  }
  (void)through_pointer;
  if (const auto* named = As<Named>(base)) {
    auto it = methods_.find(named);
    if (it != methods_.end()) {
      for (const MethodDecl& m : it->second) {
        if (m.name == name) {
          found_method(m.type);  // a method expression T.m is func(T, params...)
          return;
        }
      }
    }
  }
  // Fields, breadth-first through embedded structs.
  std::vector<const Type*> level{x.type};
  for (int depth = 0; depth < 8 && !level.empty(); ++depth) {
    std::vector<const Type*> next;
    for (const Type* t : level) {
      const Type* u = Underlying(t);
      if (const auto* p = As<Pointer>(u)) u = Underlying(p->elem);
      const auto* st = As<Struct>(u);
      if (const auto* iface = As<Interface>(u); iface != nullptr && depth > 0) {
        for (const Method& m : iface->methods) {
          if (m.name == name) {
            found_method(m.type);
            return;
          }
        }
        if (!iface->embeddeds.empty()) {  // flattened method sets come with interface embedding
          x.mode = OperandMode::Invalid;
          return;
        }
      }
      if (st == nullptr) {
        if (depth > 0) {
          const Type* base_t = As<Pointer>(t) ? As<Pointer>(t)->elem : t;
          if (const auto* named = As<Named>(base_t); named && methods_.count(named)) {
            for (const MethodDecl& m : methods_[named]) {
              if (m.name == name) {
                found_method(m.type);
                return;
              }
            }
          }
        }
        continue;
      }
      for (const Var& f : st->fields) {
        if (f.name == name) {
          x.mode = x.mode == OperandMode::Variable || As<Pointer>(Underlying(x.type)) ? OperandMode::Variable
                                                                                      : OperandMode::Value;
          x.type = f.type;
          return;
        }
        if (f.embedded) next.push_back(f.type);
      }
      if (depth > 0) {
        const Type* base_t = As<Pointer>(t) ? As<Pointer>(t)->elem : t;
        if (const auto* named = As<Named>(base_t); named && methods_.count(named)) {
          for (const MethodDecl& m : methods_[named]) {
            if (m.name == name) {
              found_method(m.type);
              return;
            }
          }
        }
      }
    }
    level = std::move(next);
  }
  // Interface methods.
  if (const auto* iface = As<Interface>(Underlying(x.type))) {
    for (const Method& m : iface->methods) {
      if (m.name == name) {
        found_method(m.type);
        return;
      }
    }
    if (!iface->embeddeds.empty()) {  // flattened method sets come with interface embedding
      x.mode = OperandMode::Invalid;
      return;
    }
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
  Operand idx;
  Expr(idx, e->indices[0]);
  x.expr = e;
  if (x.IsInvalid() || idx.IsInvalid()) {
    x.mode = OperandMode::Invalid;
    return;
  }
  const Type* u = Underlying(x.type);
  if (const auto* m = As<Map>(u)) {
    Assignment(idx, m->key, "map index");
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
  if (!IsInteger(idx.type) && !(idx.mode == OperandMode::Constant && idx.value.ToInt())) {
    Error(ast::StartPos(e->indices[0]), "invalid argument: index ", OperandString(idx),
          " must be integer");
  } else if (idx.mode == OperandMode::Constant) {
    std::optional<Value> i = idx.value.ToInt();
    if (i && i->int_value().IsNegative()) {
      Error(ast::StartPos(e->indices[0]), "invalid argument: index ", OperandString(idx),
            " must not be negative");
    } else if (i && length >= 0 && Compare(i->int_value(), BigInt(length)) >= 0) {
      Error(ast::StartPos(e->indices[0]), "invalid argument: index ", i->ToString(),
            " out of bounds [0:", std::to_string(length), "]");
    }
  }
  x.mode = mode;
  x.type = elem;
}

void Checker::CompositeLit(Operand& x, const ast::CompositeLit* e, const Type* hint) {
  const Type* t = hint;
  if (e->type != nullptr) {
    if (const auto* at = e->type->As<ast::ArrayType>(); at && at->len && at->len->kind == ast::NodeKind::Ellipsis) {
      // [...]T{...}: the length is the number of elements (keys not counted yet).
      Array* a = NewType<Array>();
      a->elem = TypeOf(at->elem);
      a->len = static_cast<int64_t>(e->elts.size());
      t = a;
    } else {
      t = TypeOf(e->type);
    }
  }
  x.expr = e;
  if (t == nullptr) {
    Error(e->pos, "invalid composite literal type: missing type");
    UseExprs(e->elts);
    return;
  }
  const Type* u = Underlying(t);
  if (const auto* p = As<Pointer>(u); p && hint != nullptr) u = Underlying(p->elem);
  auto element = [&](const ast::Expr* v, const Type* want, std::string_view context) {
    Operand ev;
    if (const auto* lit = v->As<ast::CompositeLit>(); lit && lit->type == nullptr) {
      CompositeLit(ev, lit, want);
      return;
    }
    Expr(ev, v);
    if (!ev.IsInvalid() && want != nullptr) Assignment(ev, want, context);
  };
  if (const auto* st = As<Struct>(u)) {
    for (size_t i = 0; i < e->elts.size(); ++i) {
      const ast::Expr* el = e->elts[i];
      if (const auto* kv = el->As<ast::KeyValueExpr>()) {
        const auto* key = kv->key->As<ast::Ident>();
        const Var* field = nullptr;
        for (const Var& f : st->fields) {
          if (key != nullptr && f.name == key->name) field = &f;
        }
        if (field == nullptr) {
          Error(ast::StartPos(kv->key), "unknown field ", ExprString(kv->key), " in struct literal of type ",
                TypeString(t));
          Operand ev;
          Expr(ev, kv->value);
          continue;
        }
        element(kv->value, field->type, "struct literal");
      } else {
        if (i >= st->fields.size()) {
          Error(ast::StartPos(el), "too many values in struct literal of type ", TypeString(t));
          break;
        }
        element(el, st->fields[i].type, "struct literal");
      }
    }
  } else if (const auto* a = As<Array>(u)) {
    for (const ast::Expr* el : e->elts) {
      if (const auto* kv = el->As<ast::KeyValueExpr>()) {
        Operand k;
        Expr(k, kv->key);
        element(kv->value, a->elem, "array or slice literal");
      } else {
        element(el, a->elem, "array or slice literal");
      }
    }
  } else if (const auto* s = As<Slice>(u)) {
    for (const ast::Expr* el : e->elts) {
      if (const auto* kv = el->As<ast::KeyValueExpr>()) {
        Operand k;
        Expr(k, kv->key);
        element(kv->value, s->elem, "array or slice literal");
      } else {
        element(el, s->elem, "array or slice literal");
      }
    }
  } else if (const auto* m = As<Map>(u)) {
    for (const ast::Expr* el : e->elts) {
      const auto* kv = el->As<ast::KeyValueExpr>();
      if (kv == nullptr) {
        Error(ast::StartPos(el), "missing key in map literal");
        continue;
      }
      element(kv->key, m->key, "map literal");
      element(kv->value, m->value, "map literal");
    }
  } else if (!(As<Basic>(u) && static_cast<const Basic*>(u)->basic == BasicKind::Invalid)) {
    Error(e->pos, "invalid composite literal type ", TypeString(t));
    UseExprs(e->elts);
    return;
  }
  x.mode = OperandMode::Value;
  x.type = t;
}

}  // namespace gocc::types

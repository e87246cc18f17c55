// Expressions: values, addresses and assignable places.
//
// Three views of an expression: Expr (its value), Addr (a pointer to it, for addressable
// operands and `&`), and LValueOf (where an assignment stores: an SSA register, an address, a map
// element, or nothing for `_`). Constants never reach code: every expression the checker
// recorded as a constant becomes an IR constant of its final type (untyped ones that were never
// converted take their default type).
//
// Implicit conversions happen at the edges: ExprTo(e, T) converts as assignment does (a concrete
// value to an interface is a MakeInterface whose comment is gc's text for the operand, `x`; an
// interface to another a ChangeInterface; nil and untyped constants become T's), and comparisons
// of an interface with a concrete value convert the concrete side first (spec "Comparison
// operators").
//
// Dereferences of pointers that may be nil get an explicit NilCheck (Deref), as gc's OpNilCheck:
// the load they guard may be dead (`_ = p.x`, an argument the callee ignores after inlining) or
// only an address may be computed (`&p.f`), and Go still panics. Pointers that cannot be nil
// (allocations, globals, field and element addresses) are not checked.
//
// Selectors follow the checker's Selection: the path of embedded fields is walked from the
// operand's address when it has one (FieldAddr, Load through embedded pointers) and from its
// value otherwise (Field), so `s.Inner.x` of a local struct is one FieldAddr chain and a Load.
#include "ir/build_internal.h"

#include "typecheck/predicates.h"

namespace gocc::ir {

auto Unparen(const ast::Expr* e) -> const ast::Expr* {
  while (const auto* p = e->As<ast::ParenExpr>()) e = p->x;
  return e;
}

namespace {

auto DefaultKind(types::BasicKind k) -> types::BasicKind {
  using B = types::BasicKind;
  switch (k) {
    case B::UntypedBool: return B::Bool;
    case B::UntypedInt: return B::Int;
    case B::UntypedRune: return B::Int32;
    case B::UntypedFloat: return B::Float64;
    case B::UntypedComplex: return B::Complex128;
    case B::UntypedString: return B::String;
    default: return k;
  }
}

auto IsComparisonToken(lex::TokenKind op) -> bool {
  using T = lex::TokenKind;
  return op == T::Equal || op == T::NotEqual || op == T::Less || op == T::LessEqual || op == T::Greater ||
         op == T::GreaterEqual;
}

}  // namespace

auto ToBinaryOp(lex::TokenKind op) -> BinaryOp {
  using T = lex::TokenKind;
  switch (op) {
    case T::Add: return BinaryOp::Add;
    case T::Sub: return BinaryOp::Sub;
    case T::Mul: return BinaryOp::Mul;
    case T::Quo: return BinaryOp::Div;
    case T::Rem: return BinaryOp::Rem;
    case T::And: return BinaryOp::And;
    case T::Or: return BinaryOp::Or;
    case T::Xor: return BinaryOp::Xor;
    case T::AndNot: return BinaryOp::AndNot;
    case T::Shl: return BinaryOp::Shl;
    case T::Shr: return BinaryOp::Shr;
    case T::Equal: return BinaryOp::Eq;
    case T::NotEqual: return BinaryOp::Ne;
    case T::Less: return BinaryOp::Lt;
    case T::LessEqual: return BinaryOp::Le;
    case T::Greater: return BinaryOp::Gt;
    case T::GreaterEqual: return BinaryOp::Ge;
    default: return BinaryOp::Add;
  }
}

auto FunctionBuilder::Constant(const types::TypeAndValue& tv, const types::Type* t) -> Value* {
  if (t == nullptr) t = tv.type;
  if (IsInterfaceType(t)) return Coerce(Constant(tv, tv.type), t);
  const auto* basic = types::As<types::Basic>(Under(t));
  if (basic == nullptr) {
    if (types::HasNil(t)) return b_.Nil(t);
    throw BuildError{b_.pos(), "constant of a non-basic type"};
  }
  using B = types::BasicKind;
  B kind = DefaultKind(basic->basic);
  if (kind != basic->basic) t = pb_.program()->Basic(kind);
  const types::Value& v = tv.value;
  Value* c = nullptr;
  switch (kind) {
    case B::Bool: c = b_.ConstBool(v.kind() == types::ConstKind::Bool && v.bool_value()); break;
    case B::String:
      c = b_.ConstString(t, v.kind() == types::ConstKind::String ? std::string_view(v.string_value()) : "");
      break;
    case B::Float32:
    case B::Float64: {
      auto f = v.ToFloat();
      double d = f ? f->real().ToFloat(kind == B::Float32 ? 24 : 53) : 0;
      c = b_.ConstFloat(t, d);
      break;
    }
    case B::Complex64:
    case B::Complex128: {
      auto z = v.ToComplex();
      int bits = kind == B::Complex64 ? 24 : 53;
      c = b_.ConstComplex(t, z ? z->real().ToFloat(bits) : 0, z ? z->imag().ToFloat(bits) : 0);
      break;
    }
    case B::UntypedNil: c = b_.Nil(t); break;
    default: {
      auto i = v.ToInt();
      int64_t bits = 0;
      if (i) {
        if (auto s = i->int_value().ToInt64()) {
          bits = *s;
        } else if (auto u = i->int_value().ToUint64()) {
          bits = static_cast<int64_t>(*u);
        }
      }
      c = b_.ConstInt(t, bits);
    }
  }
  c->type = t;
  return c;
}

auto FunctionBuilder::Coerce(Value* v, const types::Type* t, const ast::Expr* origin, Pos at) -> Value* {
  if (t == nullptr || v == nullptr || v->type == t) return v;
  if (IsInterfaceType(t)) {
    // Untyped nil (or a nil interface) is the nil interface; a typed nil pointer is not.
    if (v->op == Op::ConstNil && (IsInterfaceType(v->type) || IsBasic(v->type, types::BasicKind::UntypedNil))) {
      return b_.Nil(t);
    }
    if (IsInterfaceType(v->type)) {
      return types::Identical(v->type, t) ? v : b_.ChangeInterface(t, v);
    }
    const auto* call = origin != nullptr ? Unparen(origin)->As<ast::CallExpr>() : nullptr;
    if (call == nullptr) {
      // gc places the conversion of a computed value at its operand (an operator, `[`, `.`,
      // `{`), of a variable where its type checker last was: `at` when the caller knows it.
      Pos saved = b_.pos();
      if (at.IsValid()) {
        b_.SetPos(at);
      } else if (origin != nullptr && v->IsInstruction() && Unparen(origin)->As<ast::Ident>() == nullptr) {
        b_.SetPos(Unparen(origin)->pos);
      }
      Value* r = b_.MakeInterface(t, v, origin != nullptr ? GcIfaceText(origin, v->type, t, GcText(origin)) : std::string{});
      b_.SetPos(saved);
      return r;
    }
    // An operand that is a call: gc places the conversion at the call's parenthesis (unless the
    // caller knows better), and names a conversion operand the way it names the conversion's
    // own allocation.
    Pos saved = b_.pos();
    b_.SetPos(at.IsValid() ? at : call->pos);
    bool conv = IsAllocatingConvert(v) && !v->str().empty();
    Value* r = b_.MakeInterface(t, v, GcIfaceText(origin, v->type, t, conv ? std::string(v->str()) : GcText(origin)));
    b_.SetPos(saved);
    return r;
  }
  if (v->op == Op::ConstNil) return b_.Nil(t);
  if (types::Identical(v->type, t)) return v;
  if (!v->IsInstruction() && v->op != Op::Func && v->op != Op::Param && v->op != Op::FreeVar &&
      v->op != Op::Global) {
    // A constant: retype it.
    Value* c = fn_->NewValue(v->op, t, {}, v->pos);
    c->aux = v->aux;
    return c;
  }
  return b_.ChangeType(t, v);
}

auto FunctionBuilder::OperandAt(const ast::Expr* x, Pos constant_at) -> Pos {
  const types::TypeAndValue* tv = pb_.TypeAndValueOf(x);
  if (tv != nullptr && (tv->mode == types::OperandMode::Constant || tv->mode == types::OperandMode::Nil)) {
    return constant_at;
  }
  using K = ast::NodeKind;
  while (true) {
    switch (x->kind) {
      case K::ParenExpr: x = static_cast<const ast::ParenExpr*>(x)->x; break;
      case K::UnaryExpr: x = static_cast<const ast::UnaryExpr*>(x)->x; break;
      case K::BinaryExpr: x = static_cast<const ast::BinaryExpr*>(x)->x; break;
      case K::SelectorExpr: x = static_cast<const ast::SelectorExpr*>(x)->x; break;
      case K::IndexExpr: x = static_cast<const ast::IndexExpr*>(x)->x; break;
      case K::SliceExpr: x = static_cast<const ast::SliceExpr*>(x)->x; break;
      case K::TypeAssertExpr: x = static_cast<const ast::TypeAssertExpr*>(x)->x; break;
      default: return x->pos;  // a name, a call's parenthesis, a composite literal's brace
    }
  }
}

auto FunctionBuilder::ExprTo(const ast::Expr* e, const types::Type* t, Pos at) -> Value* {
  const types::TypeAndValue* tv = pb_.TypeAndValueOf(e);
  if (tv != nullptr && tv->mode == types::OperandMode::Constant && t != nullptr && !IsInterfaceType(t)) {
    b_.SetPos(e->pos);
    return Constant(*tv, t);
  }
  if (tv != nullptr && tv->mode == types::OperandMode::Nil && t != nullptr) return b_.Nil(t);
  return Coerce(Expr(e), t, e, at);
}

auto FunctionBuilder::AssertedType(const ast::TypeAssertExpr* e) -> const types::Type* {
  if (const types::TypeAndValue* tv = pb_.TypeAndValueOf(e->type)) return tv->type;
  const types::Type* t = pb_.TypeOf(e);
  if (const auto* tuple = types::As<types::Tuple>(t)) return tuple->vars[0].type;
  return t;
}

auto FunctionBuilder::Deref(Value* p) -> Value* {
  switch (p->op) {
    case Op::Alloc:
    case Op::Global:
    case Op::FreeVar:  // a captured variable's cell
    case Op::FieldAddr:
    case Op::IndexAddr: return p;
    default: break;
  }
  if (checked_block_ != b_.block()) {
    checked_block_ = b_.block();
    checked_.clear();
  }
  for (const Value* c : checked_) {
    if (c == p) return p;
  }
  checked_.push_back(p);
  b_.NilCheck(p);
  return p;
}

auto FunctionBuilder::ToInt(Value* v) -> Value* {
  if (IsBasic(v->type, types::BasicKind::Int)) return v;
  if (v->op == Op::ConstInt) return b_.ConstInt(pb_.Int(), v->aux.i);
  return b_.Convert(pb_.Int(), v);
}

auto FunctionBuilder::Expr(const ast::Expr* e) -> Value* {
  const types::TypeAndValue* tv = pb_.TypeAndValueOf(e);
  if (tv != nullptr && tv->mode == types::OperandMode::Constant) {
    b_.SetPos(e->pos);
    return Constant(*tv, tv->type);
  }
  Pos saved = b_.pos();
  b_.SetPos(e->pos);
  Value* v = nullptr;
  using K = ast::NodeKind;
  switch (e->kind) {
    case K::ParenExpr: v = Expr(static_cast<const ast::ParenExpr*>(e)->x); break;
    case K::Ident: {
      const auto* id = static_cast<const ast::Ident*>(e);
      const types::Object* obj = pb_.ObjectOf(id);
      if (obj == nullptr) throw BuildError{e->pos, "unresolved identifier " + std::string(id->name)};
      switch (obj->kind) {
        case types::ObjectKind::Nil: v = b_.Nil(tv != nullptr ? tv->type : pb_.program()->EmptyInterface()); break;
        case types::ObjectKind::Var:
          if (GlobalVar* g = pb_.GlobalOf(obj)) {
            v = b_.Load(g->addr);
          } else {
            v = ReadLocal(obj);
          }
          break;
        case types::ObjectKind::Func: {
          Function* f = pb_.FuncOf(obj);
          if (f == nullptr) throw BuildError{e->pos, "function " + std::string(id->name) + " has no body"};
          v = f->value();
          break;
        }
        default: throw BuildError{e->pos, "unexpected identifier " + std::string(id->name)};
      }
      break;
    }
    case K::FuncLit: v = FuncLit(static_cast<const ast::FuncLit*>(e)); break;
    case K::CompositeLit: v = CompositeLit(static_cast<const ast::CompositeLit*>(e), pb_.TypeOf(e), false); break;
    case K::SelectorExpr: v = Selector(static_cast<const ast::SelectorExpr*>(e)); break;
    case K::IndexExpr: v = Index(static_cast<const ast::IndexExpr*>(e)); break;
    case K::SliceExpr: v = SliceExpr(static_cast<const ast::SliceExpr*>(e)); break;
    case K::TypeAssertExpr: {
      const auto* ta = static_cast<const ast::TypeAssertExpr*>(e);
      Value* x = Expr(ta->x);
      b_.SetPos(e->pos);
      v = b_.TypeAssert(x, AssertedType(ta), false);
      break;
    }
    case K::CallExpr: v = Call(static_cast<const ast::CallExpr*>(e)); break;
    case K::StarExpr: {
      Value* p = Expr(static_cast<const ast::StarExpr*>(e)->x);
      b_.SetPos(e->pos);
      v = b_.Load(Deref(p));
      break;
    }
    case K::UnaryExpr: v = Unary(static_cast<const ast::UnaryExpr*>(e)); break;
    case K::BinaryExpr: v = Binary(static_cast<const ast::BinaryExpr*>(e)); break;
    default: throw BuildError{e->pos, "unexpected expression " + std::string(ast::NameOf(e->kind))};
  }
  b_.SetPos(saved);
  return v;
}

auto FunctionBuilder::Unary(const ast::UnaryExpr* e) -> Value* {
  using T = lex::TokenKind;
  switch (e->op) {
    case T::Add: return Expr(e->x);
    case T::Sub: return b_.UnOp(UnaryOp::Neg, Expr(e->x));
    case T::Not: return b_.UnOp(UnaryOp::Not, Expr(e->x));
    case T::Xor: return b_.UnOp(UnaryOp::Complement, Expr(e->x));
    case T::And: {
      const ast::Expr* x = Unparen(e->x);
      if (const auto* lit = x->As<ast::CompositeLit>()) {
        const types::Type* t = pb_.TypeOf(lit);
        if (const types::Type* elem = PointerElem(t); elem != nullptr && lit->type == nullptr) t = elem;
        return CompositeLit(lit, t, true, e->pos);
      }
      return Addr(x);
    }
    case T::Arrow: {
      Value* c = Expr(e->x);
      b_.SetPos(e->pos);
      return b_.Recv(c, false);
    }

    default: throw BuildError{e->pos, "unexpected unary operator"};
  }
}

auto FunctionBuilder::Arith(lex::TokenKind op, Value* x, Value* y, const types::Type* t, Pos pos) -> Value* {
  b_.SetPos(pos);
  (void)t;
  return b_.BinOp(ToBinaryOp(op), x, y);
}

auto FunctionBuilder::Compare(lex::TokenKind op, Value* x, Value* y) -> Value* {
  if (x->op == Op::ConstNil && y->op != Op::ConstNil) x = b_.Nil(y->type);
  if (y->op == Op::ConstNil && x->op != Op::ConstNil) y = b_.Nil(x->type);
  bool xi = IsInterfaceType(x->type);
  bool yi = IsInterfaceType(y->type);
  if (xi && !yi) {
    y = b_.MakeInterface(x->type, y);
  } else if (yi && !xi) {
    x = b_.MakeInterface(y->type, x);
  } else if (xi && yi && !types::Identical(x->type, y->type)) {
    x = Coerce(x, pb_.program()->EmptyInterface());
    y = Coerce(y, pb_.program()->EmptyInterface());
  } else if (!types::Identical(x->type, y->type)) {
    y = Coerce(y, x->type);
  }
  return b_.BinOp(ToBinaryOp(op), x, y);
}

auto FunctionBuilder::Binary(const ast::BinaryExpr* e) -> Value* {
  using T = lex::TokenKind;
  const types::Type* t = pb_.TypeOf(e);
  if (e->op == T::LogicalAnd || e->op == T::LogicalOr) {
    const types::Type* bt = IsBasic(t, types::BasicKind::UntypedBool) ? pb_.program()->Bool() : t;
    SsaBuilder::Variable r = NewTemp(bt);
    Block* yes = fn_->NewBlock("cond.true");
    Block* no = fn_->NewBlock("cond.false");
    Block* done = fn_->NewBlock("cond.done");
    Cond(e, yes, no);
    b_.SetBlock(yes);
    WriteTemp(r, Coerce(b_.ConstBool(true), bt));
    b_.Jump(done);
    b_.SetBlock(no);
    WriteTemp(r, Coerce(b_.ConstBool(false), bt));
    b_.Jump(done);
    b_.SetBlock(done);
    return ReadTemp(r);
  }
  if (IsComparisonToken(e->op)) {
    const types::TypeAndValue* xtv = pb_.TypeAndValueOf(e->x);
    const types::TypeAndValue* ytv = pb_.TypeAndValueOf(e->y);
    Value* x = nullptr;
    Value* y = nullptr;
    // An untyped operand takes the other's type.
    bool x_loose = xtv != nullptr && (xtv->mode == types::OperandMode::Nil ||
                                      (xtv->mode == types::OperandMode::Constant && types::IsUntyped(xtv->type)));
    bool y_loose = ytv != nullptr && (ytv->mode == types::OperandMode::Nil ||
                                      (ytv->mode == types::OperandMode::Constant && types::IsUntyped(ytv->type)));
    if (x_loose && !y_loose) {
      y = Expr(e->y);
      x = ExprTo(e->x, y->type);
      // Keep the evaluation order: x has no side effects (a constant or nil).
    } else if (y_loose && !x_loose) {
      x = Expr(e->x);
      y = ExprTo(e->y, x->type);
    } else {
      x = Expr(e->x);
      y = Expr(e->y);
    }
    b_.SetPos(e->pos);
    Value* r = Compare(e->op, x, y);
    if (!IsBasic(t, types::BasicKind::UntypedBool) && !IsBasic(t, types::BasicKind::Bool)) r = Coerce(r, t);
    return r;
  }
  if (e->op == T::Shl || e->op == T::Shr) {
    Value* x = ExprTo(e->x, t);
    // A constant count may be an untyped float or complex of integer value (`x << 1.`, spec
    // "Operators": it is converted to uint).
    const types::TypeAndValue* ytv = pb_.TypeAndValueOf(e->y);
    Value* y = ytv != nullptr && ytv->mode == types::OperandMode::Constant && types::IsUntyped(ytv->type)
                   ? Constant(*ytv, pb_.program()->Basic(types::BasicKind::Uint))
                   : Expr(e->y);
    if (!types::IsUnsigned(y->type) && y->op == Op::ConstInt) y = Coerce(y, pb_.program()->Basic(types::BasicKind::Uint));
    return Arith(e->op, x, y, t, e->pos);
  }
  Value* x = ExprTo(e->x, t);
  Value* y = ExprTo(e->y, t);
  Value* r = Arith(e->op, x, y, t, e->pos);
  if (IsStringConcat(r)) r->aux.p = pb_.program()->Intern(GcText(e));  // gc's -m text
  return r;
}

void FunctionBuilder::Cond(const ast::Expr* e, Block* yes, Block* no) {
  e = Unparen(e);
  if (const auto* be = e->As<ast::BinaryExpr>()) {
    if (be->op == lex::TokenKind::LogicalAnd) {
      Block* mid = fn_->NewBlock("cond.and");
      Cond(be->x, mid, no);
      b_.SetBlock(mid);
      Cond(be->y, yes, no);
      return;
    }
    if (be->op == lex::TokenKind::LogicalOr) {
      Block* mid = fn_->NewBlock("cond.or");
      Cond(be->x, yes, mid);
      b_.SetBlock(mid);
      Cond(be->y, yes, no);
      return;
    }
  }
  if (const auto* u = e->As<ast::UnaryExpr>(); u != nullptr && u->op == lex::TokenKind::Not) {
    Cond(u->x, no, yes);
    return;
  }
  Value* v = Expr(e);
  if (!IsBasic(v->type, types::BasicKind::Bool) || v->type != pb_.program()->Bool()) {
    v = v->op == Op::ConstBool ? b_.ConstBool(v->aux.i != 0) : b_.ChangeType(pb_.program()->Bool(), v);
  }
  b_.If(v, yes, no);
}

// ---- selectors, index, slice ----

auto FunctionBuilder::SelectorBase(const ast::Expr* x) -> Place {
  const types::Type* t = pb_.TypeOf(x);
  if (const types::Type* elem = PointerElem(t)) return Place{Expr(x), true, elem};  // Deref'd when used
  if (IsAddressable(x)) return Place{Addr(x), true, t};
  return Place{Expr(x), false, t};
}

auto FunctionBuilder::WalkPath(Place p, std::span<const int> path) -> Place {
  for (int idx : path) {
    if (const types::Type* elem = PointerElem(p.t)) {
      Value* ptr = p.is_addr ? b_.Load(p.v) : p.v;
      p = Place{Deref(ptr), true, elem};
    }
    const types::Struct* st = StructOf(p.t);
    if (st == nullptr) throw BuildError{b_.pos(), "selector path through a non-struct"};
    const types::Type* ft = st->fields[idx].type;
    p = p.is_addr ? Place{b_.FieldAddr(Deref(p.v), idx), true, ft} : Place{b_.Field(p.v, idx), false, ft};
  }
  return p;
}

auto FunctionBuilder::PlaceValue(const Place& p) -> Value* { return p.is_addr ? b_.Load(Deref(p.v)) : p.v; }

auto FunctionBuilder::Receiver(Place p, bool pointer_receiver) -> Value* {
  if (PointerElem(p.t) != nullptr && !IsInterfaceType(p.t)) {
    Value* ptr = p.is_addr ? b_.Load(p.v) : p.v;
    return pointer_receiver ? ptr : b_.Load(Deref(ptr));
  }
  if (pointer_receiver) {
    if (p.is_addr) return p.v;
    Value* tmp = b_.Alloc(p.t, "receiver", false);
    b_.Store(tmp, p.v);
    return tmp;
  }
  return PlaceValue(p);  // a value receiver: *p.v (Deref'd)
}

auto FunctionBuilder::Selector(const ast::SelectorExpr* e) -> Value* {
  const types::Selection* sel = pb_.SelectionOf(e);
  if (sel == nullptr) {  // a qualified identifier: pkg.Name
    const types::Object* obj = pb_.ObjectOf(e->sel);
    if (obj != nullptr && obj->kind == types::ObjectKind::Var) {
      if (GlobalVar* g = pb_.GlobalOf(obj)) return b_.Load(g->addr);
    }
    if (obj != nullptr && obj->kind == types::ObjectKind::Func) {
      if (Function* f = pb_.FuncOf(obj)) return f->value();
    }
    throw BuildError{e->pos, "unresolved selector " + ast::ExprString(e)};
  }
  switch (sel->kind) {
    case types::SelectionKind::FieldVal: {
      Place p = WalkPath(SelectorBase(e->x), sel->path);
      return PlaceValue(p);
    }
    case types::SelectionKind::MethodVal: return MethodValue(e, *sel);
    case types::SelectionKind::MethodExpr: {
      const auto* sig = types::As<types::Signature>(Under(pb_.TypeOf(e)));
      return pb_.MethodExprWrapper(*sel, sig)->value();
    }
  }
  return nullptr;
}

auto FunctionBuilder::Index(const ast::IndexExpr* e) -> Value* {
  const types::Type* xt = Under(pb_.TypeOf(e->x));
  const ast::Expr* index = e->indices[0];
  if (const auto* m = types::As<types::Map>(xt)) {
    Value* mv = Expr(e->x);
    Value* k = ExprTo(index, m->key, OperandAt(index, ast::StartPos(e->x)));
    b_.SetPos(e->pos);
    return b_.MapLookup(mv, k, false);
  }
  if (IsStringType(xt)) {
    Value* s = Expr(e->x);
    Value* i = ToInt(Expr(index));
    b_.SetPos(e->pos);
    return b_.Index(s, i, NeedsBoundsCheck(e));
  }
  if (xt->kind == types::TypeKind::Array && !IsAddressable(e->x)) {
    Value* a = Expr(e->x);
    Value* i = ToInt(Expr(index));
    b_.SetPos(e->pos);
    return b_.Index(a, i, NeedsBoundsCheck(e));
  }
  return b_.Load(Addr(e));
}

auto FunctionBuilder::NeedsBoundsCheck(const ast::IndexExpr* e) -> bool {
  const types::Type* xt = Under(pb_.TypeOf(e->x));
  if (const auto* p = types::As<types::Pointer>(xt)) xt = Under(p->elem);
  int64_t len = -1;
  if (const auto* a = types::As<types::Array>(xt)) {
    len = a->len;
  } else if (const types::TypeAndValue* tv = pb_.TypeAndValueOf(e->x);
             tv != nullptr && tv->mode == types::OperandMode::Constant && tv->value.kind() == types::ConstKind::String) {
    len = static_cast<int64_t>(tv->value.string_value().size());
  }
  if (len < 0 || !GcBounded(pb_, e->indices[0], len)) return true;
  const types::TypeAndValue* itv = pb_.TypeAndValueOf(e->indices[0]);
  if (itv == nullptr || itv->mode != types::OperandMode::Constant) {
    fn_->remarks.push_back({e->pos, "index bounds check elided"});
  }
  return false;
}

auto FunctionBuilder::SliceExpr(const ast::SliceExpr* e) -> Value* {
  const types::Type* xt = Under(pb_.TypeOf(e->x));
  Value* x = xt->kind == types::TypeKind::Array ? Addr(e->x) : Expr(e->x);
  if (xt->kind == types::TypeKind::Pointer) x = Deref(x);  // p[lo:hi] of p *[N]T
  Value* lo = e->low != nullptr ? ToInt(Expr(e->low)) : nullptr;
  Value* hi = e->high != nullptr ? ToInt(Expr(e->high)) : nullptr;
  Value* max = e->max != nullptr ? ToInt(Expr(e->max)) : nullptr;
  b_.SetPos(e->pos);
  Value* r = b_.Slice(x, lo, hi, max);
  return Coerce(r, pb_.TypeOf(e));
}

// ---- addresses and assignment targets ----

auto FunctionBuilder::IsAddressable(const ast::Expr* e) -> bool {
  e = Unparen(e);
  switch (e->kind) {
    case ast::NodeKind::Ident: {
      const types::Object* obj = pb_.ObjectOf(static_cast<const ast::Ident*>(e));
      if (obj == nullptr || obj->kind != types::ObjectKind::Var) return false;
      if (pb_.GlobalOf(obj) != nullptr) return true;
      auto it = locals_.find(obj);
      if (it != locals_.end()) return !it->second.reg;
      return parent_ != nullptr;  // captured from an enclosing function
    }
    case ast::NodeKind::StarExpr: return true;
    case ast::NodeKind::SelectorExpr: {
      const auto* s = static_cast<const ast::SelectorExpr*>(e);
      const types::Selection* sel = pb_.SelectionOf(s);
      if (sel == nullptr) {
        const types::Object* obj = pb_.ObjectOf(s->sel);
        return obj != nullptr && obj->kind == types::ObjectKind::Var;
      }
      if (sel->kind != types::SelectionKind::FieldVal) return false;
      return sel->indirect || IsAddressable(s->x);
    }
    case ast::NodeKind::IndexExpr: {
      const auto* ix = static_cast<const ast::IndexExpr*>(e);
      const types::Type* xt = Under(pb_.TypeOf(ix->x));
      if (xt->kind == types::TypeKind::Slice || xt->kind == types::TypeKind::Pointer) return true;
      if (xt->kind == types::TypeKind::Array) return IsAddressable(ix->x);
      return false;
    }
    default: return false;
  }
}

auto FunctionBuilder::Addr(const ast::Expr* e) -> Value* {
  e = Unparen(e);
  b_.SetPos(e->pos);
  switch (e->kind) {
    case ast::NodeKind::Ident: {
      const types::Object* obj = pb_.ObjectOf(static_cast<const ast::Ident*>(e));
      if (obj != nullptr && obj->kind == types::ObjectKind::Var) {
        if (GlobalVar* g = pb_.GlobalOf(obj)) return g->addr;
        if (!IsRegister(obj) || locals_.count(obj) == 0) return LocalAddr(obj);
      }
      break;
    }
    case ast::NodeKind::StarExpr: {
      Value* p = Expr(static_cast<const ast::StarExpr*>(e)->x);
      b_.SetPos(e->pos);
      return Deref(p);
    }
    case ast::NodeKind::SelectorExpr: {
      const auto* s = static_cast<const ast::SelectorExpr*>(e);
      const types::Selection* sel = pb_.SelectionOf(s);
      if (sel == nullptr) {
        const types::Object* obj = pb_.ObjectOf(s->sel);
        if (GlobalVar* g = obj != nullptr ? pb_.GlobalOf(obj) : nullptr) return g->addr;
        break;
      }
      if (sel->kind != types::SelectionKind::FieldVal) break;
      Place p = WalkPath(SelectorBase(s->x), sel->path);
      if (p.is_addr) return p.v;
      Value* tmp = b_.Alloc(p.t, "temporary", false);
      b_.Store(tmp, p.v);
      return tmp;
    }
    case ast::NodeKind::IndexExpr: {
      const auto* ix = static_cast<const ast::IndexExpr*>(e);
      const types::Type* xt = Under(pb_.TypeOf(ix->x));
      Value* base = nullptr;
      if (xt->kind == types::TypeKind::Array) {
        base = Addr(ix->x);
      } else if (xt->kind == types::TypeKind::Slice) {
        base = Expr(ix->x);
      } else if (xt->kind == types::TypeKind::Pointer) {  // p[i] of p *[N]T
        base = Deref(Expr(ix->x));
      } else {
        break;
      }
      Value* i = ToInt(Expr(ix->indices[0]));
      b_.SetPos(ix->pos);
      return b_.IndexAddr(base, i, xt->kind == types::TypeKind::Slice || NeedsBoundsCheck(ix));
    }
    case ast::NodeKind::CompositeLit: {
      const auto* lit = static_cast<const ast::CompositeLit*>(e);
      return CompositeLit(lit, pb_.TypeOf(lit), true);
    }
    default: break;
  }
  // Not addressable in Go's sense (the receiver of a value method, an array operand): a copy.
  Value* v = Expr(e);
  Value* tmp = b_.Alloc(v->type, "temporary", false);
  b_.Store(tmp, v);
  return tmp;
}

auto FunctionBuilder::LValueOf(const ast::Expr* e) -> LValue {
  e = Unparen(e);
  if (const auto* id = e->As<ast::Ident>()) {
    if (id->name == "_") return LValue{};
    const types::Object* obj = pb_.ObjectOf(id);
    if (obj == nullptr) throw BuildError{e->pos, "unresolved identifier " + std::string(id->name)};
    if (GlobalVar* g = pb_.GlobalOf(obj)) return LValue{LValue::Address, 0, g->addr, nullptr, obj->type};
    auto it = locals_.find(obj);
    if (it != locals_.end() && it->second.reg) return LValue{LValue::Register, it->second.var, nullptr, nullptr, obj->type};
    return LValue{LValue::Address, 0, LocalAddr(obj), nullptr, obj->type};
  }
  if (const auto* ix = e->As<ast::IndexExpr>()) {
    if (const auto* m = types::As<types::Map>(Under(pb_.TypeOf(ix->x)))) {
      Value* mv = Expr(ix->x);
      Value* k = ExprTo(ix->indices[0], m->key, OperandAt(ix->indices[0], ast::StartPos(ix->x)));
      return LValue{LValue::MapElem, 0, mv, k, m->value};
    }
  }
  const types::Type* t = pb_.TypeOf(e);
  LValue lv{LValue::Address, 0, Addr(e), nullptr, t};
  // Through a pointer, or a variable's own memory (x.f, a[i] of an array variable)?
  for (const ast::Expr* x = e;;) {
    x = Unparen(x);
    if (x->As<ast::StarExpr>() != nullptr) {
      lv.indirect = true;
      break;
    }
    if (const auto* sel = x->As<ast::SelectorExpr>()) {
      // pkg.V: a package variable's own memory (the package name has no type).
      if (const auto* pkg = Unparen(sel->x)->As<ast::Ident>()) {
        const types::Object* obj = pb_.ObjectOf(pkg);
        if (obj != nullptr && obj->kind == types::ObjectKind::Package) break;
      }
      if (types::As<types::Pointer>(Under(pb_.TypeOf(sel->x))) != nullptr) {
        lv.indirect = true;
        break;
      }
      x = sel->x;
      continue;
    }
    if (const auto* ix = x->As<ast::IndexExpr>()) {
      if (types::As<types::Array>(Under(pb_.TypeOf(ix->x))) == nullptr) {
        lv.indirect = true;
        break;
      }
      x = ix->x;
      continue;
    }
    break;
  }
  return lv;
}

void FunctionBuilder::Store(const LValue& lv, Value* v) {
  switch (lv.kind) {
    case LValue::Blank: return;
    case LValue::Register: {
      Value* value = Coerce(v, lv.type);
      if (auto param = param_vars_.find(lv.var); param != param_vars_.end()) {
        // A parameter takes a new value: a copy of it, so escape analysis can treat the
        // parameter and the values its variable holds as one location (Function::param_copies).
        value = b_.ChangeType(lv.type, value);
        fn_->param_copies.push_back({param->second, value});
      }
      ssa_.WriteVariable(lv.var, b_.block(), value);
      NoteAssign(lv.var, value);
      return;
    }
    case LValue::Address: {
      b_.Store(lv.addr, Coerce(v, lv.type));
      if (lv.indirect && !b_.block()->instrs.empty() && b_.block()->instrs.back()->op == Op::Store) {
        b_.block()->instrs.back()->flags |= kFlagIndirect;
      }
      return;
    }
    case LValue::MapElem: b_.MapUpdate(lv.addr, lv.key, Coerce(v, lv.type)); return;
  }
}

auto FunctionBuilder::Load(const LValue& lv) -> Value* {
  switch (lv.kind) {
    case LValue::Blank: throw BuildError{b_.pos(), "read of _"};
    case LValue::Register: return ssa_.ReadVariable(lv.var, b_.block());
    case LValue::Address: return b_.Load(lv.addr);
    case LValue::MapElem: return b_.MapLookup(lv.addr, lv.key, false);
  }
  return nullptr;
}

// ---- several values ----

auto FunctionBuilder::MultiValues(const ast::Expr* e, size_t want) -> std::vector<Value*> {
  e = Unparen(e);
  Value* tuple = nullptr;
  if (const auto* ix = e->As<ast::IndexExpr>()) {
    const auto* m = types::As<types::Map>(Under(pb_.TypeOf(ix->x)));
    if (m == nullptr) throw BuildError{e->pos, "comma-ok index of a non-map"};
    Value* mv = Expr(ix->x);
    Value* k = ExprTo(ix->indices[0], m->key, OperandAt(ix->indices[0], ast::StartPos(ix->x)));
    b_.SetPos(e->pos);
    tuple = b_.MapLookup(mv, k, true);
  } else if (const auto* ta = e->As<ast::TypeAssertExpr>()) {
    Value* x = Expr(ta->x);
    b_.SetPos(e->pos);
    tuple = b_.TypeAssert(x, AssertedType(ta), true);
  } else if (const auto* u = e->As<ast::UnaryExpr>(); u != nullptr && u->op == lex::TokenKind::Arrow) {
    Value* c = Expr(u->x);
    b_.SetPos(e->pos);
    tuple = b_.Recv(c, true);
  } else {

    tuple = Expr(e);
  }
  std::vector<Value*> values;
  for (size_t i = 0; i < want; ++i) values.push_back(b_.Extract(tuple, static_cast<int>(i)));
  return values;
}

auto FunctionBuilder::RhsValues(ast::List<ast::Expr> rhs, size_t want, const std::vector<const types::Type*>& types,
                                Pos at) -> std::vector<Value*> {
  std::vector<Value*> values;
  if (rhs.size() == want) {
    for (size_t i = 0; i < want; ++i) {
      values.push_back(types[i] != nullptr ? ExprTo(rhs[i], types[i], at) : Expr(rhs[i]));
    }
    return values;
  }
  values = MultiValues(rhs[0], want);
  for (size_t i = 0; i < want; ++i) values[i] = Coerce(values[i], types[i], nullptr, at);
  return values;
}

}  // namespace gocc::ir

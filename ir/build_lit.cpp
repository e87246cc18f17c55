// Composite literals and conversions.
//
// A struct or array literal fills a zeroed Alloc field by field (element by element) and is
// loaded when its value is wanted; `&T{...}` (and an elided `{...}` whose type is *T) returns the
// Alloc itself, on the heap, with gc's text `&T{...}`. A slice literal is a heap array `[n]T`
// (gc: `[]T{...}`), n being one more than the largest index, sliced whole; a map literal is a
// MakeMap sized for its entries followed by one MapUpdate per entry, in source order. Keys of
// array and slice literals are constant indices; elements without a key follow the previous one.
//
// Conversions (spec "Conversions"): to an interface as assignment; between types of identical
// underlying type (or pointers to such) a ChangeType; everything that changes the representation
// — numbers, string <-> []byte/[]rune, integer -> string, unsafe.Pointer <-> uintptr and
// pointers, slice -> array pointer — a Convert.
#include "ir/build_internal.h"

#include "typecheck/predicates.h"
#include "typecheck/typestring.h"

namespace gocc::ir {

namespace {

// ".A.B": the names of the fields path selects from a value of type t (through pointers).
auto FieldPath(const types::Type* t, std::span<const int> path) -> std::string {
  std::string out;
  for (int i : path) {
    if (const types::Type* elem = PointerElem(t)) t = elem;
    const types::Struct* st = StructOf(t);
    if (st == nullptr || i < 0 || static_cast<size_t>(i) >= st->fields.size()) break;
    out += ".";
    out += st->fields[static_cast<size_t>(i)].name;
    t = st->fields[static_cast<size_t>(i)].type;
  }
  return out;
}

// `T.M` or `(*T).M` for a method declared on the named type t, as gc prints method
// expressions: the package's name unless it is main.
auto MethodExprText(const types::Named* t, std::string_view method, bool pointer) -> std::string {
  std::string type(t->name);
  if (!t->pkg_path.empty() && t->pkg_path != "main") type = std::string(t->pkg_name) + "." + type;
  return (pointer ? "(*" + type + ")" : type) + "." + std::string(method);
}

}  // namespace

// GcText of a call (false: print it as written): see GcText.
auto FunctionBuilder::GcCallText(const ast::CallExpr* call, const ast::PrintHook& hook, std::string& out) -> bool {
  const ast::Expr* fun = Unparen(call->fun);
  const types::TypeAndValue* ftv = pb_.TypeAndValueOf(fun);
  if (ftv != nullptr && ftv->mode == types::OperandMode::TypeExpr && call->args.size() == 1 &&
      fun->As<ast::Ident>() == nullptr && fun->As<ast::SelectorExpr>() == nullptr) {
    // A conversion to a type literal: `([]int)(nil)`.
    out += "(" + ast::ExprString(fun, hook) + ")(" + ast::ExprString(call->args[0], hook) + ")";
    return true;
  }
  if (ftv == nullptr || ftv->mode == types::OperandMode::TypeExpr || !BuiltinName(fun).empty()) return false;
  const auto* sig = types::As<types::Signature>(Under(ftv->type));
  if (sig == nullptr) return false;
  // f(g()) with g's several results: gc's text names temporaries.
  if (call->args.size() == 1) {
    const types::TypeAndValue* atv = pb_.TypeAndValueOf(call->args[0]);
    if (atv == nullptr || atv->type == nullptr || atv->type->kind == types::TypeKind::Tuple) return false;
  }
  std::vector<std::string> args;
  std::string head;
  const auto* s = fun->As<ast::SelectorExpr>();
  const types::Selection* sel = s != nullptr ? pb_.SelectionOf(s) : nullptr;
  const auto* named = sel != nullptr ? types::As<types::Named>(sel->method_recv) : nullptr;
  if (sel != nullptr && sel->kind == types::SelectionKind::MethodVal && sel->method_decl != nullptr &&
      named != nullptr && !IsInterfaceType(named)) {
    head = MethodExprText(named, sel->method, sel->pointer_receiver);
    args.push_back(ast::ExprString(s->x, hook) + FieldPath(sel->recv, sel->path));
  } else {
    head = ast::ExprString(fun, hook);
  }
  size_t fixed = sig->variadic && !call->has_dots ? sig->params.size() - 1 : call->args.size();
  for (size_t i = 0; i < call->args.size() && i < fixed; ++i) {
    args.push_back(ast::ExprString(call->args[i], hook) + (call->has_dots && i + 1 == call->args.size() ? "..." : ""));
  }
  if (sig->variadic && !call->has_dots) args.push_back(call->args.size() > fixed ? "... argument..." : "nil...");
  out += head;
  out += "(";
  for (size_t i = 0; i < args.size(); ++i) out += (i == 0 ? "" : ", ") + args[i];
  out += ")";
  return true;
}

// In another package's function (printed only when inlined into the user's package) the text
// is gc's of an imported inline body: the package's own names are qualified with its name
// (`bytes.b.buf`, `&list.Element{...}`), and conversions to interface are explicit
// (`sort.Interface(sort.StringSlice(sort.x))`, `(interface {})(string("text"))`).
auto FunctionBuilder::GcText(const ast::Expr* e) -> std::string {
  std::string_view path = pb_.current_package();
  bool imported = path != "main";
  std::string qualifier = imported ? std::string(path.substr(path.rfind('/') + 1)) + "." : "";
  ast::PrintHook hook;
  hook = [&](std::string& out, const ast::Expr* x) -> bool {
    // A constant keeps its source form (`unsafe.Offsetof(o.X)`).
    if (const types::TypeAndValue* tv = pb_.TypeAndValueOf(x); tv != nullptr && tv->mode == types::OperandMode::Constant) {
      out += ast::ExprString(x);
      return true;
    }
    if (const auto* s = x->As<ast::SelectorExpr>()) {
      const types::Selection* sel = pb_.SelectionOf(s);
      if (sel == nullptr) {
        if (!imported) return false;
        out += ast::ExprString(s);  // another package's name: pkg.Name as written
        return true;
      }
      out += ast::ExprString(s->x, hook);
      if (sel->kind == types::SelectionKind::FieldVal && sel->path.size() >= 2) {
        out += FieldPath(sel->recv, sel->path);
      } else {
        out += "." + std::string(s->sel->name);
      }
      return true;
    }
    if (const auto* id = x->As<ast::Ident>(); id != nullptr && imported) {
      const types::Object* obj = pb_.ObjectOf(id);
      bool own = obj != nullptr && obj->pos.IsValid() && id->name != "_" &&
                 (obj->kind == types::ObjectKind::Var || obj->kind == types::ObjectKind::Func ||
                  obj->kind == types::ObjectKind::TypeName);
      out += (own ? qualifier : "") + std::string(id->name);
      return true;
    }
    if (x->As<ast::FuncLit>() != nullptr) {
      out += "func literal";
      return true;
    }
    // A literal of an unnamed type (or an alias of one) names the type as gc's types print
    // it: `struct { A int; B int }{...}`, one field per declaration.
    if (const auto* lit = x->As<ast::CompositeLit>(); lit != nullptr && lit->type != nullptr) {
      const types::TypeAndValue* tv = pb_.TypeAndValueOf(lit);
      if (tv == nullptr || tv->type == nullptr) return false;
      if (const auto* named = types::As<types::Named>(tv->type)) {
        if (!imported || named->pkg_path != path) return false;
        out += qualifier + std::string(named->name) + (lit->elts.empty() ? "{}" : "{...}");
        return true;
      }
      out += types::TypeString(tv->type);
      out += lit->elts.empty() ? "{}" : "{...}";
      return true;
    }
    const auto* call = x->As<ast::CallExpr>();
    return call != nullptr && GcCallText(call, hook, out);
  };
  std::string s = ast::ExprString(Unparen(e), hook);  // gc prints no parentheses around it
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.compare(i, 3, "\xE2\x80\xA6") == 0) {
      out += "...";
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

auto FunctionBuilder::GcIfaceText(const ast::Expr* e, const types::Type* from, const types::Type* t, std::string text)
    -> std::string {
  if (pb_.current_package() == "main") return text;
  if (const types::TypeAndValue* tv = pb_.TypeAndValueOf(e); tv != nullptr && tv->mode == types::OperandMode::Constant) {
    text = types::TypeString(from) + "(" + text + ")";
  }
  std::string iface = types::TypeString(t);
  if (types::As<types::Named>(t) == nullptr) iface = "(" + iface + ")";
  return iface + "(" + text + ")";
}

auto IsStaticLiteral(const ast::Expr* e) -> bool {
  e = Unparen(e);
  if (const auto* u = e->As<ast::UnaryExpr>(); u != nullptr && u->op == lex::TokenKind::And) e = Unparen(u->x);
  return e->As<ast::CompositeLit>() != nullptr;
}

auto FunctionBuilder::LiteralObject(const types::Type* t, std::string text) -> Value* {
  if (static_literal_) return pb_.NewStaticTemp(t, b_.pos());
  return b_.Alloc(t, std::move(text), true);
}

auto ProgramBuilder::NewStaticTemp(const types::Type* t, Pos pos) -> Value* {
  std::string name = QualifiedName(".stmp_" + std::to_string(static_temps_++));
  return program_->NewGlobal(*program_->Intern(name), t, pos)->addr;
}

namespace {

// The indices of an array or slice literal's elements, and the length they imply.
auto ElementIndices(FunctionBuilder& fb, const ast::CompositeLit* e, int64_t* length) -> std::vector<int64_t> {
  std::vector<int64_t> indices;
  int64_t next = 0;
  int64_t max = 0;
  for (const ast::Expr* elt : e->elts) {
    if (const auto* kv = elt->As<ast::KeyValueExpr>()) {
      const types::TypeAndValue* tv = fb.pb_.TypeAndValueOf(kv->key);
      if (tv != nullptr && tv->mode == types::OperandMode::Constant) {
        if (auto i = tv->value.ToInt()) next = i->int_value().ToInt64().value_or(0);
      }
    }
    indices.push_back(next);
    ++next;
    max = std::max(max, next);
  }
  *length = max;
  return indices;
}

auto ElementValue(const ast::Expr* elt) -> const ast::Expr* {
  if (const auto* kv = elt->As<ast::KeyValueExpr>()) return kv->value;
  return elt;
}

// Where gc places the implicit conversion of an element: at the colon of a keyed one (key or
// value), else where the value is (no position).
auto ConversionPos(const ast::Expr* elt) -> Pos {
  if (const auto* kv = elt->As<ast::KeyValueExpr>()) return kv->pos;
  return Pos{};
}

}  // namespace

// Stores the element e of type t at addr, a fresh (zeroed) location: a nested value literal is
// filled in place instead of being built in a temporary and copied. A conversion goes at `at`
// if valid (ConversionPos).
void FunctionBuilder::StoreElement(Value* addr, const ast::Expr* e, const types::Type* t, Pos at) {
  const ast::Expr* x = e;
  while (const auto* p = x->As<ast::ParenExpr>()) x = p->x;
  // In a static initializer, an element that is a literal is static too; anything else (a
  // call's arguments, say) is made as it would be anywhere.
  bool saved_static = static_literal_;
  static_literal_ = saved_static && IsStaticLiteral(x);
  struct Restore {
    bool& flag;
    bool value;
    ~Restore() { flag = value; }
  } restore{static_literal_, saved_static};
  if (const auto* lit = x->As<ast::CompositeLit>()) {
    const types::Type* lt = pb_.TypeOf(lit);
    const types::Type* u = Under(lt);
    if ((u->kind == types::TypeKind::Struct || u->kind == types::TypeKind::Array) && types::Identical(lt, t)) {
      FillComposite(addr, lit, lt);
      return;
    }
  }
  Value* v = ExprTo(e, t, at);
  b_.SetPos(e->pos);
  b_.Store(addr, v);
}

void FunctionBuilder::FillComposite(Value* addr, const ast::CompositeLit* e, const types::Type* t) {
  const types::Type* u = Under(t);
  if (const auto* st = types::As<types::Struct>(u)) {
    for (size_t i = 0; i < e->elts.size(); ++i) {
      const ast::Expr* elt = e->elts[i];
      int field = static_cast<int>(i);
      if (const auto* kv = elt->As<ast::KeyValueExpr>()) {
        const auto* key = kv->key->As<ast::Ident>();
        for (size_t f = 0; key != nullptr && f < st->fields.size(); ++f) {
          if (st->fields[f].name == key->name) field = static_cast<int>(f);
        }
      }
      b_.SetPos(elt->pos);
      StoreElement(b_.FieldAddr(addr, field), ElementValue(elt), st->fields[field].type, ConversionPos(elt));
    }
    return;
  }
  if (const auto* arr = types::As<types::Array>(u)) {
    int64_t length = 0;
    std::vector<int64_t> indices = ElementIndices(*this, e, &length);
    for (size_t i = 0; i < e->elts.size(); ++i) {
      b_.SetPos(e->elts[i]->pos);
      StoreElement(b_.IndexAddr(addr, b_.ConstInt(pb_.Int(), indices[i]), false), ElementValue(e->elts[i]), arr->elem,
                   ConversionPos(e->elts[i]));
    }
    return;
  }
  throw BuildError{e->pos, "composite literal of an unexpected type"};
}

auto FunctionBuilder::CompositeLit(const ast::CompositeLit* e, const types::Type* t, bool take_addr, Pos amp) -> Value* {
  if (const types::Type* elem = PointerElem(t); elem != nullptr && e->type == nullptr) {
    t = elem;  // an elided &T{...} in a []*T or map[K]*T literal
    take_addr = true;
  }
  std::string text;
  if (e->type != nullptr) {
    text = GcText(e);
  } else {
    text = types::TypeString(t) + (e->elts.empty() ? "{}" : "{...}");
  }
  if (take_addr) text = "&" + text;
  b_.SetPos(e->pos);
  const types::Type* u = Under(t);
  if (const auto* sl = types::As<types::Slice>(u)) {
    int64_t length = 0;
    std::vector<int64_t> indices = ElementIndices(*this, e, &length);
    Value* arr = LiteralObject(pb_.ArrayOf(sl->elem, length), take_addr ? text.substr(1) : text);
    for (size_t i = 0; i < e->elts.size(); ++i) {
      b_.SetPos(e->elts[i]->pos);
      StoreElement(b_.IndexAddr(arr, b_.ConstInt(pb_.Int(), indices[i]), false), ElementValue(e->elts[i]), sl->elem,
                   ConversionPos(e->elts[i]));
    }
    b_.SetPos(e->pos);
    Value* s = Coerce(b_.Slice(arr, nullptr, nullptr, nullptr, false), t);
    if (!take_addr) return s;
    if (amp.IsValid()) b_.SetPos(amp);
    Value* p = LiteralObject(t, text);
    b_.Store(p, s);
    return p;
  }
  if (const auto* mt = types::As<types::Map>(u)) {
    static_literal_ = false;  // gc makes map literals when the package is initialised
    Value* hint = e->elts.empty() ? nullptr : b_.ConstInt(pb_.Int(), static_cast<int64_t>(e->elts.size()));
    Value* m = b_.MakeMap(t, hint, take_addr ? text.substr(1) : text);
    for (const ast::Expr* elt : e->elts) {
      const auto* kv = elt->As<ast::KeyValueExpr>();
      if (kv == nullptr) throw BuildError{elt->pos, "map literal element without a key"};
      Value* k = ExprTo(kv->key, mt->key, kv->pos);
      Value* v = ExprTo(kv->value, mt->value, kv->pos);
      b_.SetPos(kv->pos);
      b_.MapUpdate(m, k, v);
    }
    if (!take_addr) return m;
    b_.SetPos(amp.IsValid() ? amp : e->pos);
    Value* p = b_.Alloc(t, text, true);
    b_.Store(p, m);
    return p;
  }
  if (take_addr && amp.IsValid()) b_.SetPos(amp);
  Value* addr = take_addr ? LiteralObject(t, text) : b_.Alloc(t, text, false);
  FillComposite(addr, e, t);
  if (take_addr) return addr;
  b_.SetPos(e->pos);
  return b_.Load(addr);
}

auto FunctionBuilder::Conversion(const types::Type* to, Value* x, const ast::Expr* origin) -> Value* {
  if (x->op == Op::ConstNil) return b_.Nil(to);
  if (IsInterfaceType(to)) return Coerce(x, to, origin);
  const types::Type* from = x->type;
  if (types::Identical(from, to)) return x->type == to ? x : Coerce(x, to);
  const types::Type* uf = Under(from);
  const types::Type* ut = Under(to);
  if (types::Identical(uf, ut)) return b_.ChangeType(to, x);
  const auto* pf = types::As<types::Pointer>(uf);
  const auto* pt = types::As<types::Pointer>(ut);
  if (pf != nullptr && pt != nullptr && types::Identical(Under(pf->elem), Under(pt->elem))) {
    return b_.ChangeType(to, x);
  }
  return b_.Convert(to, x);
}

}  // namespace gocc::ir

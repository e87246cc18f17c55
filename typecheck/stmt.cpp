// Function bodies: statements, block scopes, local declarations, returns, "declared but not
// used" and "missing return" (spec "Statements", "Terminating statements").
#include <algorithm>

#include "typecheck/check.h"
#include "typecheck/predicates.h"
#include "typecheck/typestring.h"

namespace gocc::types {

void Checker::OpenScope() {
  scopes_.push_back(std::make_unique<Scope>(current_scope_));
  current_scope_ = scopes_.back().get();
}

void Checker::CloseScope() { current_scope_ = current_scope_->parent(); }

auto Checker::DeclareLocal(const ast::Ident* name, const Type* type) -> Object* {
  Object* obj = NewObject(ObjectKind::Var, name->name, name->pos);
  obj->type = type;
  RecordDef(name, obj);
  if (name->name == "_") return obj;
  auto* scope = current_scope_;
  if (const Object* other = scope->Insert(obj)) {
    ReportRedeclared(obj, other);
    return obj;
  }
  if (func_ != nullptr) func_->locals.push_back(obj);
  return obj;
}

void Checker::CheckFuncBody(const ast::BlockStmt* body, const Signature* sig, const Object* recv,
                            const ast::FuncType* type) {
  FuncContext ctx{sig, {}};
  FuncContext* outer = func_;
  func_ = &ctx;
  OpenScope();
  auto* scope = current_scope_;
  // Parameters and results are declared in the function's outermost block; they are never
  // "unused".
  if (recv != nullptr && recv->name != "_" && !recv->name.empty()) scope->Insert(const_cast<Object*>(recv));  // NOLINT: the receiver object is owned by the arena
  auto declare = [&](ast::List<ast::Field> fields, std::span<const Var> vars) {
    size_t i = 0;
    for (const ast::Field* f : fields) {
      if (f->names.empty()) {
        ++i;
        continue;
      }
      for (const ast::Ident* n : f->names) {
        Object* obj = NewObject(ObjectKind::Var, n->name, n->pos);
        obj->type = i < vars.size() ? vars[i].type : Invalid();
        RecordDef(n, obj);
        obj->used = true;
        if (n->name != "_") scope->Insert(obj);
        ++i;
      }
    }
  };
  declare(type->params, sig->params);
  declare(type->results, sig->results);
  CheckBranches(body);
  StmtList(body->stmts);
  CloseScope();
  if (!sig->results.empty() && !IsTerminating(body)) Error(body->rbrace, "missing return");
  ReportUnused();
  func_ = outer;
}

void Checker::ReportUnused() {
  for (const Object* obj : func_->locals) {
    if (!obj->used) Error(obj->pos, std::string(obj->name), " declared but not used");
  }
}

void Checker::StmtList(ast::List<ast::Stmt> list) {
  for (const ast::Stmt* s : list) Stmt(s);
}

void Checker::Stmt(const ast::Stmt* s) {
  switch (s->kind) {
    case ast::NodeKind::EmptyStmt: case ast::NodeKind::BadStmt: case ast::NodeKind::BranchStmt:
      return;
    case ast::NodeKind::BlockStmt:
      OpenScope();
      StmtList(static_cast<const ast::BlockStmt*>(s)->stmts);
      CloseScope();
      return;
    case ast::NodeKind::LabeledStmt:
      Stmt(static_cast<const ast::LabeledStmt*>(s)->stmt);
      return;
    case ast::NodeKind::ExprStmt: {
      const ast::Expr* e = static_cast<const ast::ExprStmt*>(s)->x;
      Operand x;
      ExprOrType(x, e);
      if (x.IsInvalid()) return;
      const ast::Expr* inner = e;
      while (const auto* p = inner->As<ast::ParenExpr>()) inner = p->x;
      bool is_call = inner->kind == ast::NodeKind::CallExpr;
      bool is_recv = inner->kind == ast::NodeKind::UnaryExpr &&
                     static_cast<const ast::UnaryExpr*>(inner)->op == lex::TokenKind::Arrow;
      if (is_call && x.mode != OperandMode::TypeExpr && x.mode != OperandMode::Builtin &&
          last_call_kind_ == CallKind::Statement) {
        return;
      }
      if (is_recv) return;
      std::string what = x.mode == OperandMode::TypeExpr  ? "is not an expression"
                         : x.mode == OperandMode::Builtin ? "must be called"
                                                          : "is not used";
      Error(ast::StartPos(e), OperandString(x), " ", what);
      return;
    }
    case ast::NodeKind::IncDecStmt: {
      const auto* inc = static_cast<const ast::IncDecStmt*>(s);
      Operand x;
      Expr(x, inc->x);
      if (x.IsInvalid()) return;
      if (x.mode != OperandMode::Variable && x.mode != OperandMode::MapIndex) {
        Error(ast::StartPos(inc->x), "cannot assign to ", OperandString(x));
        return;
      }
      if (!IsNumeric(x.type)) {
        Error(ast::StartPos(inc->x), "invalid operation: ", ExprString(inc->x),
              std::string(lex::SpellingOf(inc->op)), " (non-numeric type ", TypeString(x.type), ")");
      }
      return;
    }
    case ast::NodeKind::AssignStmt: {
      const auto* a = static_cast<const ast::AssignStmt*>(s);
      if (a->op == lex::TokenKind::Define) {
        ShortVarDecl(a);
      } else {
        AssignStmt(a);
      }
      return;
    }
    case ast::NodeKind::DeclStmt:
      LocalDecl(static_cast<const ast::DeclStmt*>(s)->decl);
      return;
    case ast::NodeKind::ReturnStmt:
      ReturnStmt(static_cast<const ast::ReturnStmt*>(s));
      return;
    case ast::NodeKind::GoStmt: case ast::NodeKind::DeferStmt: {
      const ast::CallExpr* call = s->kind == ast::NodeKind::GoStmt
                                      ? static_cast<const ast::GoStmt*>(s)->call
                                      : static_cast<const ast::DeferStmt*>(s)->call;
      Operand x;
      ExprOrType(x, call);
      if (x.IsInvalid() || last_call_kind_ == CallKind::Statement) return;
      const char* keyword = s->kind == ast::NodeKind::GoStmt ? "go" : "defer";
      Error(ast::StartPos(call), keyword,
            last_call_kind_ == CallKind::Conversion ? " requires function call, not conversion "
                                                    : " discards result of ",
            OperandString(x));
      return;
    }
    case ast::NodeKind::SendStmt: {
      const auto* send = static_cast<const ast::SendStmt*>(s);
      Operand ch, v;
      Expr(ch, send->chan);
      Expr(v, send->value);
      if (ch.IsInvalid() || v.IsInvalid()) return;
      if (const auto* c = As<Chan>(Underlying(ch.type))) Assignment(v, c->elem, "send");
      return;
    }
    case ast::NodeKind::IfStmt: {
      const auto* i = static_cast<const ast::IfStmt*>(s);
      OpenScope();
      if (i->init != nullptr) Stmt(i->init);
      Operand c;
      Expr(c, i->cond);
      if (!c.IsInvalid() && !IsBoolean(c.type)) {
        Error(ast::StartPos(i->cond), "non-boolean condition in if statement");
      }
      Stmt(i->then);
      if (i->else_ != nullptr) Stmt(i->else_);
      CloseScope();
      return;
    }
    case ast::NodeKind::ForStmt: {
      const auto* f = static_cast<const ast::ForStmt*>(s);
      OpenScope();
      if (f->init != nullptr) Stmt(f->init);
      if (f->cond != nullptr) {
        Operand c;
        Expr(c, f->cond);
        if (!c.IsInvalid() && !IsBoolean(c.type)) {
          Error(ast::StartPos(f->cond), "non-boolean condition in for statement");
        }
      }
      if (f->post != nullptr) Stmt(f->post);
      Stmt(f->body);
      CloseScope();
      return;
    }
    case ast::NodeKind::RangeStmt:
      RangeStmt(static_cast<const ast::RangeStmt*>(s));
      return;
    case ast::NodeKind::SwitchStmt:
      SwitchStmt(static_cast<const ast::SwitchStmt*>(s));
      return;
    case ast::NodeKind::TypeSwitchStmt: {
      const auto* ts = static_cast<const ast::TypeSwitchStmt*>(s);
      OpenScope();
      if (ts->init != nullptr) Stmt(ts->init);
      const ast::Expr* guard = nullptr;
      const ast::Ident* bound = nullptr;
      if (const auto* es = ts->assign->As<ast::ExprStmt>()) guard = es->x;
      if (const auto* as = ts->assign->As<ast::AssignStmt>()) {
        guard = as->rhs[0];
        bound = as->lhs[0]->As<ast::Ident>();
      }
      Operand x;
      Expr(x, static_cast<const ast::TypeAssertExpr*>(guard)->x);
      if (!x.IsInvalid() && !IsInterface(x.type)) {
        Error(ast::StartPos(x.expr), OperandString(x), " is not an interface");
        x.mode = OperandMode::Invalid;
      }
      // types2's caseTypes: no type (or nil) twice; each type must be possible for x.
      struct SeenCase {
        const Type* type;  // nullptr for nil
        Pos pos;
      };
      std::vector<SeenCase> seen;
      Pos first_default;
      // The bound variable is declared in each clause; it is unused only if no clause uses it.
      std::vector<Object*> bound_vars;
      for (const ast::CaseClause* clause : ts->body) {
        OpenScope();
        if (clause->list.empty()) {
          if (first_default.IsValid()) {
            Error(clause->pos, "multiple defaults (first at ", diags_.FormatPos(first_default), ")");
          } else {
            first_default = clause->pos;
          }
        }
        const Type* t = x.type != nullptr ? x.type : Invalid();
        for (const ast::Expr* e : clause->list) {
          Operand c;
          ExprOrType(c, e);
          if (clause->list.size() == 1 && c.mode == OperandMode::TypeExpr) t = c.type;
          if (c.mode != OperandMode::TypeExpr && c.mode != OperandMode::Nil) continue;
          const Type* ct = c.mode == OperandMode::Nil ? nullptr : c.type;
          auto dup = std::find_if(seen.begin(), seen.end(), [&](const SeenCase& p) {
            return (p.type == nullptr && ct == nullptr) || (p.type && ct && Identical(p.type, ct));
          });
          if (dup != seen.end()) {
            Error(ast::StartPos(e), "duplicate case ", ct == nullptr ? std::string("nil") : TypeString(ct),
                  " in type switch\n\t", diags_.FormatPos(dup->pos), ": previous case");
            continue;
          }
          seen.push_back(SeenCase{ct, ast::StartPos(e)});
          std::string reason;
          if (ct != nullptr && !x.IsInvalid() && !IsInterface(ct) && !Implements(ct, x.type, &reason)) {
            Error(ast::StartPos(e), "impossible type switch case: ", ExprString(e), "\n\t", OperandString(x),
                  " cannot have dynamic type ", TypeString(ct), " ", reason);
          }
        }
        if (bound != nullptr && bound->name != "_") {
          Object* v = NewObject(ObjectKind::Var, bound->name, bound->pos);
          v->type = t;
          if (info_ != nullptr) info_->implicits[clause] = v;
          current_scope_->Insert(v);
          bound_vars.push_back(v);
        }
        StmtList(clause->body);
        CloseScope();
      }
      if (bound != nullptr && bound->name != "_" &&
          std::none_of(bound_vars.begin(), bound_vars.end(), [](const Object* v) { return v->used; })) {
        Error(bound->pos, std::string(bound->name), " declared but not used");
      }
      CloseScope();
      return;
    }
    case ast::NodeKind::SelectStmt:
      for (const ast::CommClause* clause : static_cast<const ast::SelectStmt*>(s)->body) {
        OpenScope();
        if (clause->comm != nullptr) Stmt(clause->comm);
        StmtList(clause->body);
        CloseScope();
      }
      return;
    default:
      return;
  }
}

void Checker::SwitchStmt(const ast::SwitchStmt* s) {
  OpenScope();
  if (s->init != nullptr) Stmt(s->init);
  Operand tag;
  if (s->tag != nullptr) {
    Expr(tag, s->tag);
    if (!tag.IsInvalid()) ConvertUntyped(tag, nullptr);
  }
  // types2's caseValues: each case value is converted to the tag's type and compared with the
  // tag (so errors are at the case value); constant values must not repeat. Without a tag the
  // switch is on the constant true.
  Operand truth;
  if (s->tag == nullptr) {
    truth.mode = OperandMode::Constant;
    truth.type = BasicType(BasicKind::Bool);
    truth.value = Value::Bool(true);
    truth.expr = nullptr;
  }
  const Operand& x = s->tag != nullptr ? tag : truth;
  struct Seen {
    Value value;
    const Type* type;
    Pos pos;
  };
  std::vector<Seen> seen;
  Pos first_default;
  for (const ast::CaseClause* clause : s->body) {
    if (clause->list.empty()) {
      if (first_default.IsValid()) {
        Error(clause->pos, "multiple defaults (first at ", diags_.FormatPos(first_default), ")");
      } else {
        first_default = clause->pos;
      }
    }
    for (const ast::Expr* e : clause->list) {
      Operand c;
      Expr(c, e);
      if (c.IsInvalid() || x.IsInvalid()) continue;
      if (IsUntyped(c.type)) {
        std::string_view saved = pending_context_;
        pending_context_ = {};  // gc's conversion wording: "cannot convert 1 (...) to bool"
        ConvertUntyped(c, x.type);
        pending_context_ = saved;
        if (c.IsInvalid()) continue;
      }
      // Compare c == x as a binary expression would, with the switch's wording for errors.
      ast::BinaryExpr cmp;
      cmp.kind = ast::NodeKind::BinaryExpr;
      cmp.pos = ast::StartPos(e);
      cmp.op = lex::TokenKind::Equal;
      cmp.x = const_cast<ast::Expr*>(e);  // NOLINT: only read
      cmp.y = s->tag != nullptr ? s->tag : nullptr;
      Operand res = c;
      Operand y = x;
      switch_case_ = true;
      Comparison(res, y, &cmp);
      switch_case_ = false;
      if (res.IsInvalid() || c.mode != OperandMode::Constant) continue;
      if (c.value.kind() != ConstKind::Int && c.value.kind() != ConstKind::Float &&
          c.value.kind() != ConstKind::String) {
        continue;  // gc does not look for duplicate boolean (or complex) cases
      }
      auto dup = std::find_if(seen.begin(), seen.end(), [&](const Seen& p) {
        Value a = p.value, b = c.value;
        MatchKinds(a, b);
        return a.kind() == b.kind() && CompareValues(a, lex::TokenKind::Equal, b) && Identical(p.type, c.type);
      });
      if (dup != seen.end()) {
        Error(ast::StartPos(e), "duplicate case ", OperandString(c), " in expression switch\n\t",
              diags_.FormatPos(dup->pos), ": previous case");
        continue;
      }
      seen.push_back(Seen{c.value, c.type, ast::StartPos(e)});
    }
    OpenScope();
    StmtList(clause->body);
    CloseScope();
  }
  CloseScope();
}

void Checker::RangeStmt(const ast::RangeStmt* s) {
  OpenScope();
  bool chan_extra_var = false;  // reported: the second variable stays quiet
  Operand x;
  Expr(x, s->x);
  const Type* key = Invalid();
  const Type* value = nullptr;
  if (!x.IsInvalid()) {
    const Type* u = Underlying(x.type);
    if (const auto* p = As<Pointer>(u); p != nullptr && As<Array>(Underlying(p->elem))) {
      u = Underlying(p->elem);
    }
    if (IsString(u)) {
      key = BasicType(BasicKind::Int);
      value = universe_.LookupLocal("rune")->type;
    } else if (const auto* a = As<Array>(u)) {
      key = BasicType(BasicKind::Int);
      value = a->elem;
    } else if (const auto* sl = As<Slice>(u)) {
      key = BasicType(BasicKind::Int);
      value = sl->elem;
    } else if (const auto* m = As<Map>(u)) {
      key = m->key;
      value = m->value;
    } else if (const auto* c = As<Chan>(u)) {
      key = c->elem;
      if (s->value != nullptr) {
        Error(ast::StartPos(s->value), "range over ", OperandString(x), " permits only one iteration variable");
        value = Invalid();
        chan_extra_var = true;
      }
    } else {
      Error(ast::StartPos(s->x), "cannot range over ", OperandString(x));
    }
  }
  if (s->tok == lex::TokenKind::Define) {
    if (const auto* k = s->key ? s->key->As<ast::Ident>() : nullptr) DeclareLocal(k, key);
    if (const auto* v = s->value ? s->value->As<ast::Ident>() : nullptr) {
      DeclareLocal(v, value != nullptr ? value : Invalid())->used |= chan_extra_var;
    }
  } else if (s->tok == lex::TokenKind::Assign) {
    auto assign = [&](const ast::Expr* lhs, const Type* t) {
      if (lhs == nullptr || t == nullptr) return;
      Operand v;
      v.mode = OperandMode::Value;
      v.type = t;
      v.expr = lhs;
      AssignVar(lhs, v);
    };
    assign(s->key, key);
    assign(s->value, value);
  }
  Stmt(s->body);
  CloseScope();
}

void Checker::LocalDecl(const ast::GenDecl* g) {
  int iota = 0;
  const ast::ValueSpec* last_values = nullptr;  // a const spec without values repeats these
  for (const ast::Node* spec : g->specs) {
    if (const auto* vs = spec->As<ast::ValueSpec>()) {
      const Type* declared = vs->type != nullptr ? TypeOf(vs->type) : nullptr;
      if (g->tok == lex::TokenKind::Var) {
        std::optional<std::vector<Operand>> checked = VarDeclValues(vs);
        if (!checked) {
          for (const ast::Ident* n : vs->names) DeclareLocal(n, declared ? declared : Invalid())->used = true;
          continue;
        }
        std::vector<Operand>& values = *checked;
        for (size_t i = 0; i < vs->names.size(); ++i) {
          const Type* t = declared;
          bool failed = i < values.size() && values[i].IsInvalid();
          if (i < values.size() && !values[i].IsInvalid()) {
            if (t != nullptr) {
              failed = !Assignment(values[i], t, "variable declaration");
            } else {
              DefaultUntyped(values[i], "variable declaration");
              failed = values[i].IsInvalid();
              t = values[i].type;
            }
          }
          // After a failed initialisation, no follow-on "declared but not used" (as gc).
          DeclareLocal(vs->names[i], t != nullptr ? t : Invalid())->used |= failed;
        }
      } else {  // local constants: evaluated where declared; never reported as unused
        if (!vs->values.empty()) last_values = vs;
        for (size_t i = 0; i < vs->names.size(); ++i) {
          Object* obj = NewObject(ObjectKind::Const, vs->names[i]->name, vs->names[i]->pos);
          RecordDef(vs->names[i], obj);
          obj->decl = last_values != nullptr ? last_values : vs;
          obj->value = last_values != nullptr && i < last_values->values.size() ? last_values->values[i]
                                                                                : nullptr;
          obj->iota = iota;
          obj->used = true;
          obj->type_expr = last_values != nullptr ? last_values->type : vs->type;
          ConstObject(obj);
          if (obj->name != "_") current_scope_->Insert(obj);
        }
        ++iota;
      }
    } else if (const auto* ts = spec->As<ast::TypeSpec>()) {
      Object* obj = NewObject(ObjectKind::TypeName, ts->name->name, ts->name->pos);
      obj->decl = ts;
      RecordDef(ts->name, obj);
      if (obj->name != "_") current_scope_->Insert(obj);
      object_file_scope_[obj] = current_scope_;
      ResolveTypeName(obj);
    }
  }
}

void Checker::ShortVarDecl(const ast::AssignStmt* s) {
  std::vector<Operand> values = RhsValues(s->rhs, s->lhs.size());
  if (values.size() != s->lhs.size()) {
    bool any_invalid = std::any_of(values.begin(), values.end(),
                                   [](const Operand& o) { return o.IsInvalid(); });
    // Declare the names anyway (with invalid types) so that later uses stay quiet.
    for (const ast::Expr* lhs : s->lhs) {
      const auto* id = lhs->As<ast::Ident>();
      if (id != nullptr && id->name != "_" && current_scope_->LookupLocal(id->name) == nullptr) {
        DeclareLocal(id, Invalid())->used = true;
      }
    }
    if (!any_invalid) ReportAssignMismatch(s->lhs.size(), s->rhs, values.size());
    return;
  }
  bool any_new = false;
  for (size_t i = 0; i < s->lhs.size(); ++i) {
    const auto* id = s->lhs[i]->As<ast::Ident>();
    if (id == nullptr) {
      Error(ast::StartPos(s->lhs[i]), "non-name ", ExprString(s->lhs[i]),
            " on left side of :=");
      continue;
    }
    Object* existing = id->name == "_" ? nullptr : current_scope_->LookupLocal(id->name);
    if (existing != nullptr) {
      AssignVar(id, values[i]);
      if (info_ != nullptr) info_->types.erase(id);  // a use, not an expression (go/types)
      continue;
    }
    if (id->name != "_") any_new = true;
    const Type* t = Invalid();
    if (!values[i].IsInvalid()) {
      if (values[i].mode == OperandMode::Nil) {
        Error(ast::StartPos(s->rhs[std::min(i, s->rhs.size() - 1)]),
              "use of untyped nil in assignment");
      } else {
        ConvertUntyped(values[i], nullptr);
        t = values[i].type;
      }
    }
    DeclareLocal(id, t)->used |= values[i].IsInvalid();
  }
  if (!any_new) Error(s->pos, "no new variables on left side of :=");
}

void Checker::AssignVar(const ast::Expr* lhs, Operand& x) {
  if (const auto* id = lhs->As<ast::Ident>(); id != nullptr && id->name == "_") {
    if (!x.IsInvalid()) ConvertUntyped(x, nullptr);
    return;
  }
  // An assignment does not count as a use of the variable it assigns.
  Object* target = nullptr;
  if (const auto* id = lhs->As<ast::Ident>()) target = current_scope_->Lookup(id->name);
  bool was_used = target != nullptr && target->used;
  Operand z;
  Expr(z, lhs);
  if (target != nullptr) target->used = was_used;
  if (z.IsInvalid() || x.IsInvalid()) return;
  if (z.mode != OperandMode::Variable && z.mode != OperandMode::MapIndex) {
    // types2: m[k].f = v is "cannot assign to struct field m[k].f in map".
    const ast::Expr* inner = lhs;
    while (inner->kind == ast::NodeKind::ParenExpr) inner = static_cast<const ast::ParenExpr*>(inner)->x;
    if (const auto* sel = inner->As<ast::SelectorExpr>()) {
      const ast::Expr* base = sel->x;
      while (base->kind == ast::NodeKind::ParenExpr) base = static_cast<const ast::ParenExpr*>(base)->x;
      const auto* index = base->As<ast::IndexExpr>();
      if (index != nullptr && index->indices.size() == 1) {
        Operand m;
        Expr(m, index->x);
        if (!m.IsInvalid() && As<Map>(Underlying(m.type)) != nullptr) {
          Error(ast::StartPos(lhs), "cannot assign to struct field ", ExprString(lhs), " in map");
          return;
        }
      }
    }
    Error(ast::StartPos(lhs), "cannot assign to ", OperandString(z));
    return;
  }
  Assignment(x, z.type, "assignment");
}

void Checker::AssignStmt(const ast::AssignStmt* s) {
  if (s->op != lex::TokenKind::Assign) {  // x op= y is checked as x = x op y
    auto* bin = arena_.New<ast::BinaryExpr>();
    bin->kind = ast::NodeKind::BinaryExpr;
    bin->pos = s->pos;
    bin->op = static_cast<lex::TokenKind>(static_cast<int>(lex::TokenKind::Add) +
                                          static_cast<int>(s->op) - static_cast<int>(lex::TokenKind::AddAssign));
    bin->x = s->lhs[0];
    bin->y = s->rhs[0];
    op_assign_ = s;
    Operand x;
    Binary(x, bin);
    op_assign_ = nullptr;
    if (!x.IsInvalid()) AssignVar(s->lhs[0], x);
    return;
  }
  std::vector<Operand> values = RhsValues(s->rhs, s->lhs.size());
  if (values.size() != s->lhs.size()) {
    // The variables count as used (types2's check.use), so no follow-on "declared but not used".
    for (const ast::Expr* lhs : s->lhs) {
      if (const auto* id = lhs->As<ast::Ident>()) {
        if (Object* obj = current_scope_->Lookup(id->name); obj && obj->kind == ObjectKind::Var) obj->used = true;
      }
    }
    if (std::none_of(values.begin(), values.end(), [](const Operand& o) { return o.IsInvalid(); })) {
      ReportAssignMismatch(s->lhs.size(), s->rhs, values.size());
    }
    return;
  }
  for (size_t i = 0; i < s->lhs.size(); ++i) AssignVar(s->lhs[i], values[i]);
}

void Checker::ReturnStmt(const ast::ReturnStmt* s) {
  const Signature* sig = func_->sig;
  std::vector<Operand> values = RhsValues(s->results, sig->results.size(), /*comma_ok=*/false);
  if (values.empty() && !sig->results.empty() && !sig->results[0].name.empty()) return;
  if (values.size() != sig->results.size()) {
    if (std::any_of(values.begin(), values.end(), [](const Operand& o) { return o.IsInvalid(); })) {
      return;
    }
    std::string have = "(";
    for (size_t i = 0; i < values.size(); ++i) {
      if (i > 0) have += ", ";
      have += SummaryTypeString(values[i].type);
    }
    have += ")";
    std::string want = "(";
    for (size_t i = 0; i < sig->results.size(); ++i) {
      if (i > 0) want += ", ";
      want += TypeString(sig->results[i].type);
    }
    want += ")";
    Error(values.empty() ? s->pos : ast::StartPos(s->results[0]),
          values.size() < sig->results.size() ? "not enough return values" : "too many return values",
          "\n\thave ", have, "\n\twant ", want);
    return;
  }
  for (size_t i = 0; i < values.size(); ++i) {
    if (!values[i].IsInvalid()) Assignment(values[i], sig->results[i].type, "return statement");
  }
}

// Spec "Terminating statements".
// Whether s contains a break that leaves the enclosing statement (labelled `label`): an unlabelled
// break not inside a nested for/switch/select, or a break to that label.
auto Checker::HasBreak(const ast::Stmt* s, std::string_view label, bool nested) const -> bool {
  if (s == nullptr) return false;
  switch (s->kind) {
    case ast::NodeKind::BranchStmt: {
      const auto* b = static_cast<const ast::BranchStmt*>(s);
      if (b->op != lex::TokenKind::Break) return false;
      return b->label == nullptr ? !nested : (!label.empty() && b->label->name == label);
    }
    case ast::NodeKind::BlockStmt:
      for (const ast::Stmt* st : static_cast<const ast::BlockStmt*>(s)->stmts) {
        if (HasBreak(st, label, nested)) return true;
      }
      return false;
    case ast::NodeKind::IfStmt: {
      const auto* i = static_cast<const ast::IfStmt*>(s);
      return HasBreak(i->then, label, nested) || HasBreak(i->else_, label, nested);
    }
    case ast::NodeKind::LabeledStmt:
      return HasBreak(static_cast<const ast::LabeledStmt*>(s)->stmt, label, nested);
    case ast::NodeKind::ForStmt:
      return HasBreak(static_cast<const ast::ForStmt*>(s)->body, label, true);
    case ast::NodeKind::RangeStmt:
      return HasBreak(static_cast<const ast::RangeStmt*>(s)->body, label, true);
    case ast::NodeKind::SwitchStmt:
      for (const ast::CaseClause* c : static_cast<const ast::SwitchStmt*>(s)->body) {
        for (const ast::Stmt* st : c->body) {
          if (HasBreak(st, label, true)) return true;
        }
      }
      return false;
    case ast::NodeKind::TypeSwitchStmt:
      for (const ast::CaseClause* c : static_cast<const ast::TypeSwitchStmt*>(s)->body) {
        for (const ast::Stmt* st : c->body) {
          if (HasBreak(st, label, true)) return true;
        }
      }
      return false;
    case ast::NodeKind::SelectStmt:
      for (const ast::CommClause* c : static_cast<const ast::SelectStmt*>(s)->body) {
        for (const ast::Stmt* st : c->body) {
          if (HasBreak(st, label, true)) return true;
        }
      }
      return false;
    default:
      return false;
  }
}

auto Checker::IsTerminating(const ast::Stmt* s, std::string_view label) const -> bool {
  switch (s->kind) {
    case ast::NodeKind::ReturnStmt: return true;
    case ast::NodeKind::BranchStmt: {
      auto op = static_cast<const ast::BranchStmt*>(s)->op;
      return op == lex::TokenKind::Goto;
    }
    case ast::NodeKind::ExprStmt: {
      const auto* call = static_cast<const ast::ExprStmt*>(s)->x->As<ast::CallExpr>();
      const auto* fn = call != nullptr ? call->fun->As<ast::Ident>() : nullptr;
      return fn != nullptr && fn->name == "panic" &&
             current_scope_->Lookup("panic") == universe_.LookupLocal("panic");
    }
    case ast::NodeKind::BlockStmt: {
      const auto* b = static_cast<const ast::BlockStmt*>(s);
      return !b->stmts.empty() && IsTerminating(b->stmts.back());
    }
    case ast::NodeKind::IfStmt: {
      const auto* i = static_cast<const ast::IfStmt*>(s);
      return i->else_ != nullptr && IsTerminating(i->then) && IsTerminating(i->else_);
    }
    case ast::NodeKind::LabeledStmt: {
      const auto* l = static_cast<const ast::LabeledStmt*>(s);
      return IsTerminating(l->stmt, l->label->name);
    }
    case ast::NodeKind::ForStmt: {
      // No condition and no break inside that refers to it: approximated by "no condition and
      // no unlabeled break at the loop's own level".
      const auto* f = static_cast<const ast::ForStmt*>(s);
      return f->cond == nullptr && !HasBreak(f->body, label, false);
    }
    case ast::NodeKind::SwitchStmt: case ast::NodeKind::TypeSwitchStmt: {
      ast::List<ast::CaseClause> body = s->kind == ast::NodeKind::SwitchStmt
                                            ? static_cast<const ast::SwitchStmt*>(s)->body
                                            : static_cast<const ast::TypeSwitchStmt*>(s)->body;
      bool has_default = false;
      for (const ast::CaseClause* c : body) {
        if (c->is_default) has_default = true;
        if (c->body.empty()) return false;
        const ast::Stmt* last = c->body.back();
        bool ft = last->kind == ast::NodeKind::BranchStmt &&
                  static_cast<const ast::BranchStmt*>(last)->op == lex::TokenKind::Fallthrough;
        if (!ft && !IsTerminating(last)) return false;
        for (const ast::Stmt* st : c->body) {
          if (HasBreak(st, label, false)) return false;
        }
      }
      return has_default;
    }
    case ast::NodeKind::SelectStmt: {
      for (const ast::CommClause* c : static_cast<const ast::SelectStmt*>(s)->body) {
        if (c->body.empty() || !IsTerminating(c->body.back())) return false;
        for (const ast::Stmt* st : c->body) {
          if (HasBreak(st, label, false)) return false;
        }
      }
      return true;
    }
    default: return false;
  }
}

}  // namespace gocc::types

// Control flow: if, for, range, switch, type switch, labels, break/continue/goto/fallthrough.
//
// Every construct is lowered to blocks in the usual way (the block comments name the part:
// for.loop, for.body, for.post, for.done, ...). SSA construction does not need blocks to be
// sealed early: Finish seals them all at the end (Braun et al. allow any order; reads in unsealed
// blocks place phis that sealing completes), which makes goto and labelled continue no special
// case.
//
// break/continue find their target on a stack of enclosing statements (with their labels);
// goto jumps to the label's block, created on first mention; fallthrough jumps to the next case
// body. A switch tests its cases in source order, each expression left to right, stopping at the
// first match, which is Go's evaluation order. A type switch tests each type with a comma-ok
// assertion and binds the case's variable in the case body (the asserted value when the case
// names one type, the interface otherwise).
//
// Range: arrays (copied first when the value is used, as the spec's "range expression is
// evaluated once" requires), pointers to arrays, slices (length fixed at the start) index with a
// counter; strings and maps use the Range/Next iterator ops.
#include <optional>

#include "ir/build_internal.h"

namespace gocc::ir {

void FunctionBuilder::If(const ast::IfStmt* s) {
  if (s->init != nullptr) Stmt(s->init);
  // gc's deadcode pass: with a constant condition (`if debug {` with `const debug = false`)
  // only the branch taken is compiled, so nothing in the other one makes a variable escape.
  // Its function literals keep their numbers (gc names closures before removing dead code).
  if (const types::TypeAndValue* tv = pb_.TypeAndValueOf(s->cond);
      tv != nullptr && tv->mode == types::OperandMode::Constant &&
      tv->value.kind() == types::ConstKind::Bool) {
    bool taken = tv->value.bool_value();
    pb_.closure_counts[fn_] += CountFuncLits(taken ? s->else_ : s->then);
    if (taken) {
      StmtList(s->then->stmts);
    } else if (s->else_ != nullptr) {
      Stmt(s->else_);
    }
    return;
  }
  Block* then_block = fn_->NewBlock("if.then");
  Block* done = fn_->NewBlock("if.done");
  Block* else_block = s->else_ != nullptr ? fn_->NewBlock("if.else") : done;
  Cond(s->cond, then_block, else_block);
  b_.SetBlock(then_block);
  StmtList(s->then->stmts);
  if (!b_.Terminated()) b_.Jump(done);
  if (s->else_ != nullptr) {
    b_.SetBlock(else_block);
    Stmt(s->else_);
    if (!b_.Terminated()) b_.Jump(done);
  }
  b_.SetBlock(done);
}

void FunctionBuilder::For(const ast::ForStmt* s, std::string_view label) {
  if (s->init != nullptr) Stmt(s->init);
  Block* loop = fn_->NewBlock("for.loop");
  Block* body = fn_->NewBlock("for.body");
  Block* post = fn_->NewBlock("for.post");
  Block* done = fn_->NewBlock("for.done");
  b_.Jump(loop);
  b_.SetBlock(loop);
  if (s->cond != nullptr) {
    Cond(s->cond, body, done);
  } else {
    b_.Jump(body);
  }
  b_.SetBlock(body);
  targets_.push_back(Target{label, done, post});
  StmtList(s->body->stmts);
  targets_.pop_back();
  if (!b_.Terminated()) b_.Jump(post);
  b_.SetBlock(post);
  if (s->post != nullptr) Stmt(s->post);
  if (!b_.Terminated()) b_.Jump(loop);
  b_.SetBlock(done);
}

void FunctionBuilder::Range(const ast::RangeStmt* s, std::string_view label) {
  const types::Type* xt = pb_.TypeOf(s->x);
  const types::Type* u = Under(xt);
  auto blank = [](const ast::Expr* e) {
    const auto* id = e != nullptr ? e->As<ast::Ident>() : nullptr;
    return e == nullptr || (id != nullptr && id->name == "_");
  };
  bool want_key = !blank(s->key);
  bool want_value = !blank(s->value);
  bool define = s->tok == lex::TokenKind::Define;
  // The iteration variables of `:=` are declared once, before the loop (Go 1.19).
  auto declare = [&](const ast::Expr* e) {
    if (define && e != nullptr) {
      if (const auto* id = e->As<ast::Ident>(); id != nullptr && id->name != "_") {
        DeclareLocal(pb_.ObjectOf(id), nullptr, id->pos);
      }
    }
  };
  // `for k, v = range x` assigns in two phases, as an assignment does: both targets' operands
  // (x[i]'s i) are evaluated before either is stored (`for i, x[i] = range y` uses the old i).
  auto assign = [&](Value* key, Value* value) {
    std::optional<LValue> key_lv, value_lv;
    if (key != nullptr && !blank(s->key)) key_lv = LValueOf(s->key);
    if (value != nullptr && !blank(s->value)) value_lv = LValueOf(s->value);
    if (key_lv) Store(*key_lv, Coerce(key, key_lv->type));
    if (value_lv) Store(*value_lv, Coerce(value, value_lv->type));
  };

  if (u->kind == types::TypeKind::Chan) {
    RangeChan(s, label);
    return;
  }

  if (IsStringType(u) || u->kind == types::TypeKind::Map) {
    bool over_string = IsStringType(u);
    Value* x = Expr(s->x);
    declare(s->key);
    declare(s->value);
    Value* it = b_.Range(x);
    Block* loop = fn_->NewBlock("range.loop");
    Block* body = fn_->NewBlock("range.body");
    Block* done = fn_->NewBlock("range.done");
    b_.Jump(loop);
    b_.SetBlock(loop);
    const types::Type* kt = over_string ? pb_.Int() : types::As<types::Map>(u)->key;
    const types::Type* vt = over_string ? pb_.program()->Basic(types::BasicKind::Int32) : types::As<types::Map>(u)->value;
    Value* next = b_.Next(it, kt, vt, over_string);
    b_.If(b_.Extract(next, 0), body, done);
    b_.SetBlock(body);
    assign(want_key ? b_.Extract(next, 1) : nullptr, want_value ? b_.Extract(next, 2) : nullptr);
    targets_.push_back(Target{label, done, loop});
    StmtList(s->body->stmts);
    targets_.pop_back();
    if (!b_.Terminated()) b_.Jump(loop);
    b_.SetBlock(done);
    return;
  }

  // Arrays, pointers to arrays, slices: an index counter.
  Value* base = nullptr;  // a slice, or a pointer to an array
  Value* n = nullptr;
  if (const auto* arr = types::As<types::Array>(u)) {
    n = b_.ConstInt(pb_.Int(), arr->len);
    if (want_value) {
      Value* copy = b_.Alloc(xt, "range copy", false);
      b_.Store(copy, Expr(s->x));
      base = copy;
    } else if (!pb_.TypeAndValueOf(s->x) || pb_.TypeAndValueOf(s->x)->mode != types::OperandMode::Variable) {
      Expr(s->x);
    }
  } else if (const types::Type* elem = PointerElem(u)) {
    base = Expr(s->x);
    n = b_.ConstInt(pb_.Int(), types::As<types::Array>(Under(elem))->len);
  } else {
    base = Expr(s->x);
    n = b_.Len(base);
  }
  declare(s->key);
  declare(s->value);
  SsaBuilder::Variable index = NewTemp(pb_.Int());
  WriteTemp(index, b_.ConstInt(pb_.Int(), 0));
  Block* loop = fn_->NewBlock("range.loop");
  Block* body = fn_->NewBlock("range.body");
  Block* post = fn_->NewBlock("range.post");
  Block* done = fn_->NewBlock("range.done");
  b_.Jump(loop);
  b_.SetBlock(loop);
  b_.If(b_.BinOp(BinaryOp::Lt, ReadTemp(index), n), body, done);
  b_.SetBlock(body);
  Value* i = ReadTemp(index);
  Value* value = nullptr;
  if (want_value) {
    bool through_pointer = u->kind == types::TypeKind::Pointer;  // *p[i] of p *[N]T: nil-checked
    value = b_.Load(b_.IndexAddr(through_pointer ? Deref(base) : base, i, through_pointer));
  }
  assign(want_key ? i : nullptr, value);
  targets_.push_back(Target{label, done, post});
  StmtList(s->body->stmts);
  targets_.pop_back();
  if (!b_.Terminated()) b_.Jump(post);
  b_.SetBlock(post);
  WriteTemp(index, b_.BinOp(BinaryOp::Add, ReadTemp(index), b_.ConstInt(pb_.Int(), 1)));
  b_.Jump(loop);
  b_.SetBlock(done);
}

auto ConstantSwitchClause(const ProgramBuilder& pb, const ast::SwitchStmt* s, bool* applies) -> const ast::CaseClause* {
  *applies = false;
  auto constant = [&](const ast::Expr* e) -> const types::Value* {
    const types::TypeAndValue* tv = pb.TypeAndValueOf(e);
    return tv != nullptr && tv->mode == types::OperandMode::Constant ? &tv->value : nullptr;
  };
  static const types::Value kTrue = types::Value::Bool(true);
  const types::Value* tag = s->tag != nullptr ? constant(s->tag) : &kTrue;
  if (tag == nullptr) return nullptr;
  for (const ast::CaseClause* c : s->body) {
    for (const ast::Expr* e : c->list) {
      if (constant(e) == nullptr) return nullptr;
    }
  }
  const ast::CaseClause* taken = nullptr;
  for (const ast::CaseClause* c : s->body) {
    for (const ast::Expr* e : c->list) {
      if (taken == nullptr && types::CompareValues(*tag, lex::TokenKind::Equal, *constant(e))) taken = c;
    }
  }
  if (taken == nullptr) {
    for (const ast::CaseClause* c : s->body) {
      if (c->is_default) taken = c;
    }
  }
  if (taken != nullptr) {
    for (const ast::Stmt* st : taken->body) {
      const auto* b = st->As<ast::BranchStmt>();
      if (b != nullptr && b->op == lex::TokenKind::Fallthrough) return nullptr;
    }
  }
  *applies = true;
  return taken;
}

void FunctionBuilder::Switch(const ast::SwitchStmt* s, std::string_view label) {
  if (s->init != nullptr) Stmt(s->init);
  // gc's deadcode pass: a switch on constants compiles only the clause that runs.
  bool constant = false;
  if (const ast::CaseClause* taken = ConstantSwitchClause(pb_, s, &constant); constant) {
    Block* done = fn_->NewBlock("switch.done");
    for (const ast::CaseClause* c : s->body) {
      if (c == taken) {
        targets_.push_back(Target{label, done, nullptr});
        StmtList(c->body);
        targets_.pop_back();
      } else {
        for (const ast::Stmt* st : c->body) pb_.closure_counts[fn_] += CountFuncLits(st);
      }
    }
    if (!b_.Terminated()) b_.Jump(done);
    b_.SetBlock(done);
    return;
  }
  Value* tag = s->tag != nullptr ? Expr(s->tag) : nullptr;
  Block* done = fn_->NewBlock("switch.done");
  std::vector<Block*> bodies;
  const ast::CaseClause* default_clause = nullptr;
  Block* default_body = nullptr;
  for (const ast::CaseClause* c : s->body) {
    bodies.push_back(fn_->NewBlock(c->is_default ? "switch.default" : "switch.body"));
    if (c->is_default) {
      default_clause = c;
      default_body = bodies.back();
    }
  }
  for (size_t i = 0; i < s->body.size(); ++i) {
    const ast::CaseClause* c = s->body[i];
    for (const ast::Expr* e : c->list) {
      b_.SetPos(e->pos);
      Block* next = fn_->NewBlock("switch.next");
      if (tag != nullptr) {
        const types::TypeAndValue* tv = pb_.TypeAndValueOf(e);
        bool untyped = tv != nullptr && (tv->mode == types::OperandMode::Constant || tv->mode == types::OperandMode::Nil) &&
                       !IsInterfaceType(tag->type);
        Value* v = untyped ? ExprTo(e, tag->type) : Expr(e);
        b_.If(Compare(lex::TokenKind::Equal, tag, v), bodies[i], next);
      } else if (IsInterfaceType(pb_.TypeOf(e))) {
        // A missing tag is `true`; an interface case (`case i:` with i any) compares with it.
        Value* v = Expr(e);
        b_.If(Compare(lex::TokenKind::Equal, b_.ConstBool(true), v), bodies[i], next);
      } else {
        Cond(e, bodies[i], next);
      }
      b_.SetBlock(next);
    }
  }
  (void)default_clause;
  b_.Jump(default_body != nullptr ? default_body : done);
  for (size_t i = 0; i < s->body.size(); ++i) {
    b_.SetBlock(bodies[i]);
    Block* saved_fall = fallthrough_to_;
    fallthrough_to_ = i + 1 < bodies.size() ? bodies[i + 1] : done;
    targets_.push_back(Target{label, done, nullptr});
    StmtList(s->body[i]->body);
    targets_.pop_back();
    fallthrough_to_ = saved_fall;
    if (!b_.Terminated()) b_.Jump(done);
  }
  b_.SetBlock(done);
}

void FunctionBuilder::TypeSwitch(const ast::TypeSwitchStmt* s, std::string_view label) {
  if (s->init != nullptr) Stmt(s->init);
  const ast::Expr* guard = nullptr;
  if (const auto* es = s->assign->As<ast::ExprStmt>()) {
    guard = es->x;
  } else if (const auto* as = s->assign->As<ast::AssignStmt>()) {
    guard = as->rhs[0];
  }
  while (const auto* p = guard->As<ast::ParenExpr>()) guard = p->x;
  const auto* ta = guard->As<ast::TypeAssertExpr>();
  if (ta == nullptr) throw BuildError{s->pos, "type switch without x.(type)"};
  Value* x = Expr(ta->x);
  Block* done = fn_->NewBlock("typeswitch.done");
  std::vector<Block*> bodies;
  std::vector<SsaBuilder::Variable> bound;  // the value the case's variable gets
  Block* default_body = nullptr;
  for (const ast::CaseClause* c : s->body) {
    bodies.push_back(fn_->NewBlock(c->is_default ? "typeswitch.default" : "typeswitch.body"));
    if (c->is_default) default_body = bodies.back();
    const types::Type* vt = x->type;
    if (c->list.size() == 1) {
      const types::TypeAndValue* tv = pb_.TypeAndValueOf(c->list[0]);
      if (tv != nullptr && tv->mode == types::OperandMode::TypeExpr) vt = tv->type;
    }
    bound.push_back(NewTemp(vt));
  }
  for (size_t i = 0; i < s->body.size(); ++i) {
    const ast::CaseClause* c = s->body[i];
    for (const ast::Expr* e : c->list) {
      b_.SetPos(e->pos);
      Block* next = fn_->NewBlock("typeswitch.next");
      const types::TypeAndValue* tv = pb_.TypeAndValueOf(e);
      if (tv == nullptr || tv->mode != types::OperandMode::TypeExpr) {  // case nil
        WriteTemp(bound[i], Coerce(x, ssa_.VariableType(bound[i])));
        b_.If(b_.BinOp(BinaryOp::Eq, x, b_.Nil(x->type)), bodies[i], next);
      } else {
        Value* r = b_.TypeAssert(x, tv->type, true);
        Value* v = b_.Extract(r, 0);
        WriteTemp(bound[i], c->list.size() == 1 ? v : x);
        b_.If(b_.Extract(r, 1), bodies[i], next);
      }
      b_.SetBlock(next);
    }
  }
  if (default_body != nullptr) {
    for (size_t i = 0; i < s->body.size(); ++i) {
      if (bodies[i] == default_body) WriteTemp(bound[i], x);
    }
  }
  b_.Jump(default_body != nullptr ? default_body : done);
  for (size_t i = 0; i < s->body.size(); ++i) {
    b_.SetBlock(bodies[i]);
    auto it = pb_.info().implicits.find(s->body[i]);
    if (it != pb_.info().implicits.end() && it->second != nullptr) {
      // Each clause declares its own variable, at the clause's colon (where gc reports "moved
      // to heap").
      DeclareLocal(it->second, Coerce(ReadTemp(bound[i]), it->second->type), s->body[i]->colon);
    }
    targets_.push_back(Target{label, done, nullptr});
    StmtList(s->body[i]->body);
    targets_.pop_back();
    if (!b_.Terminated()) b_.Jump(done);
  }
  b_.SetBlock(done);
}

auto FunctionBuilder::LabelBlock(std::string_view name) -> Block* {
  Block*& b = labels_[name];
  if (b == nullptr) b = fn_->NewBlock("label");
  return b;
}

void FunctionBuilder::Labeled(const ast::LabeledStmt* s) {
  Block* target = LabelBlock(s->label->name);
  b_.Jump(target);
  b_.SetBlock(target);
  const ast::Stmt* inner = s->stmt;
  b_.SetPos(inner->pos);
  switch (inner->kind) {
    case ast::NodeKind::ForStmt: For(static_cast<const ast::ForStmt*>(inner), s->label->name); return;
    case ast::NodeKind::RangeStmt: Range(static_cast<const ast::RangeStmt*>(inner), s->label->name); return;
    case ast::NodeKind::SwitchStmt: Switch(static_cast<const ast::SwitchStmt*>(inner), s->label->name); return;
    case ast::NodeKind::SelectStmt: Select(static_cast<const ast::SelectStmt*>(inner), s->label->name); return;

    case ast::NodeKind::TypeSwitchStmt:
      TypeSwitch(static_cast<const ast::TypeSwitchStmt*>(inner), s->label->name);
      return;
    default: Stmt(inner);
  }
}

void FunctionBuilder::Branch(const ast::BranchStmt* s) {
  std::string_view label = s->label != nullptr ? s->label->name : std::string_view{};
  switch (s->op) {
    case lex::TokenKind::Goto: b_.Jump(LabelBlock(label)); break;
    case lex::TokenKind::Fallthrough:
      if (fallthrough_to_ == nullptr) throw BuildError{s->pos, "fallthrough outside a switch"};
      b_.Jump(fallthrough_to_);
      break;
    case lex::TokenKind::Break:
    case lex::TokenKind::Continue: {
      bool is_break = s->op == lex::TokenKind::Break;
      Block* target = nullptr;
      for (auto it = targets_.rbegin(); it != targets_.rend(); ++it) {
        if (!label.empty() && it->label != label) continue;
        if (!is_break && it->continue_to == nullptr) continue;
        target = is_break ? it->break_to : it->continue_to;
        break;
      }
      if (target == nullptr) throw BuildError{s->pos, "branch without a target"};
      b_.Jump(target);
      break;
    }
    default: throw BuildError{s->pos, "unexpected branch"};
  }
  StartDeadBlock();
}

}  // namespace gocc::ir

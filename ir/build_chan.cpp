// Goroutines and channels: go statements, sends, receives (build_expr.cpp calls Recv for `<-c`
// and `v, ok := <-c`), range over a channel, select statements, and the Builder methods of the
// five ops (MakeChan, Send, Recv, Select, Go; docs/ir.md).
//
// `go f(x)` evaluates f and its arguments now, like defer (FunctionBuilder::LaterCall, shared
// with it), and becomes one Go op with a call's operands (a static function, a func value, or an
// interface method); codegen packs them into a heap block with a thunk and hands it to the
// scheduler.
//
// A select statement evaluates, in source order, every case's channel and every send's value,
// then one Select op does the choice (runtime gocc_selectgo). Its result is a tuple (index,
// recvOK, the value of each receive case); a chain of comparisons of the index dispatches to
// the case bodies, where the receive cases' variables are declared or assigned:
//
//   select {                      sel = select c1, c2, v2 (mask 0b10)
//   case x := <-c1: A             if sel.0 == 0 -> x := sel.2; A
//   case c2 <- v2:  B             if sel.0 == 1 -> B
//   default:        C             else C   (index -1)
//   }
//
// `select {}` blocks forever (gocc_block). Range over a channel receives with comma-ok until
// the channel is closed and drained.
#include "ir/build_internal.h"

namespace gocc::ir {

// ---- Builder methods of the channel ops ----

auto Builder::MakeChan(const types::Type* chan_type, Value* size, std::string_view comment) -> Value* {
  Value* v = Emit(Op::MakeChan, chan_type, {&size, 1});
  v->aux.p = program()->Intern(comment);
  v->flags |= kFlagHeap;
  return v;
}

void Builder::Send(Value* chan, Value* value) {
  Value* ops[] = {chan, value};
  Emit(Op::Send, nullptr, ops);
}

auto Builder::Recv(Value* chan, bool comma_ok) -> Value* {
  const types::Type* t = types::As<types::Chan>(Under(chan->type))->elem;
  if (comma_ok) {
    const types::Type* elems[] = {t, program()->Bool()};
    t = program()->TupleOf(elems);
  }
  Value* v = Emit(Op::Recv, t, {&chan, 1});
  if (comma_ok) v->flags |= kFlagCommaOk;
  return v;
}

auto Builder::Select(std::span<Value* const> chans, std::span<Value* const> values, bool has_default) -> Value* {
  std::vector<const types::Type*> elems{program()->Int(), program()->Bool()};
  std::vector<Value*> ops;
  int64_t mask = 0;
  for (size_t i = 0; i < chans.size(); ++i) {
    ops.push_back(chans[i]);
    if (values[i] != nullptr) {
      ops.push_back(values[i]);
      mask |= int64_t{1} << i;
    } else {
      elems.push_back(types::As<types::Chan>(Under(chans[i]->type))->elem);
    }
  }
  Value* v = Emit(Op::Select, program()->TupleOf(elems), ops);
  v->aux.i = mask;
  v->aux16 = has_default ? 1 : 0;
  return v;
}

namespace {
auto WithFirst(Value* first, std::span<Value* const> rest) -> std::vector<Value*> {
  std::vector<Value*> ops{first};
  ops.insert(ops.end(), rest.begin(), rest.end());
  return ops;
}
}  // namespace

void Builder::Go(Function* fn, std::span<Value* const> args) {
  Value* v = Emit(Op::Go, nullptr, WithFirst(fn->value(), args));
  v->aux16 = static_cast<uint16_t>(CallKind::Static);
  v->flags |= kFlagHeap;
}

void Builder::GoValue(Value* closure, std::span<Value* const> args) {
  Value* v = Emit(Op::Go, nullptr, WithFirst(closure, args));
  v->aux16 = static_cast<uint16_t>(CallKind::Closure);
  v->flags |= kFlagHeap;
}

void Builder::GoInvoke(Value* iface, std::string_view method, std::span<Value* const> args) {
  Value* v = Emit(Op::Go, nullptr, WithFirst(iface, args));
  v->aux16 = static_cast<uint16_t>(CallKind::Invoke);
  v->aux.p = program()->Intern(method);
  v->flags |= kFlagHeap;
}

// ---- statements ----

void FunctionBuilder::Go(const ast::GoStmt* s) { LaterCall(Op::Go, s->call, s->pos); }

void FunctionBuilder::Send(const ast::SendStmt* s) {
  Value* c = Expr(s->chan);
  const types::Type* elem = types::As<types::Chan>(Under(c->type))->elem;
  Value* v = ExprTo(s->value, elem);
  b_.SetPos(s->pos);
  b_.Send(c, v);
}

void FunctionBuilder::RangeChan(const ast::RangeStmt* s, std::string_view label) {
  Value* c = Expr(s->x);
  const auto* key = s->key != nullptr ? s->key->As<ast::Ident>() : nullptr;
  bool want = s->key != nullptr && !(key != nullptr && key->name == "_");
  bool define = s->tok == lex::TokenKind::Define;
  // The iteration variable of `:=` is declared once, before the loop (Go 1.19).
  if (want && define) DeclareLocal(pb_.ObjectOf(key), nullptr, key->pos);
  Block* loop = fn_->NewBlock("rangechan.loop");
  Block* body = fn_->NewBlock("rangechan.body");
  Block* done = fn_->NewBlock("rangechan.done");
  b_.Jump(loop);
  b_.SetBlock(loop);
  b_.SetPos(s->pos);
  Value* r = b_.Recv(c, true);
  Value* v = b_.Extract(r, 0);
  b_.If(b_.Extract(r, 1), body, done);
  b_.SetBlock(body);
  if (want) {
    LValue lv = LValueOf(s->key);
    Store(lv, Coerce(v, lv.type));
  }
  targets_.push_back(Target{label, done, loop});
  StmtList(s->body->stmts);
  targets_.pop_back();
  if (!b_.Terminated()) b_.Jump(loop);
  b_.SetBlock(done);
}

void FunctionBuilder::Select(const ast::SelectStmt* s, std::string_view label) {
  struct Case {
    const ast::CommClause* clause;
    const ast::AssignStmt* assign = nullptr;  // v [, ok] = / := <-c
    int recv_slot = -1;                       // index of its value in the Select tuple
  };
  std::vector<Case> cases;
  std::vector<Value*> chans, values;
  const ast::CommClause* default_clause = nullptr;
  int recv_count = 0;
  for (const ast::CommClause* cc : s->body) {
    if (cc->comm == nullptr) {
      default_clause = cc;
      continue;
    }
    if (cases.size() >= 63) {
      pb_.Unsupported(cc->pos, "select statements with more than 63 cases");
      return;
    }
    Case c{cc};
    const ast::Expr* recv = nullptr;
    if (const auto* send = cc->comm->As<ast::SendStmt>()) {
      Value* ch = Expr(send->chan);
      chans.push_back(ch);
      values.push_back(ExprTo(send->value, types::As<types::Chan>(Under(ch->type))->elem));
    } else if (const auto* es = cc->comm->As<ast::ExprStmt>()) {
      recv = es->x;
    } else if (const auto* as = cc->comm->As<ast::AssignStmt>()) {
      c.assign = as;
      recv = as->rhs[0];
    } else {
      throw BuildError{cc->pos, "unexpected select case"};
    }
    if (recv != nullptr) {
      while (const auto* p = recv->As<ast::ParenExpr>()) recv = p->x;
      const auto* u = recv->As<ast::UnaryExpr>();
      if (u == nullptr || u->op != lex::TokenKind::Arrow) throw BuildError{cc->pos, "select case is not a receive"};
      chans.push_back(Expr(u->x));
      values.push_back(nullptr);
      c.recv_slot = 2 + recv_count++;
    }
    cases.push_back(c);
  }
  b_.SetPos(s->pos);
  if (cases.empty() && default_clause == nullptr) {
    b_.CallRuntime("gocc_block", nullptr, {});
    b_.Unreachable();
    return;
  }
  Block* done = fn_->NewBlock("select.done");
  auto body = [&](const ast::CommClause* cc) {
    targets_.push_back(Target{label, done, nullptr});
    StmtList(cc->body);
    targets_.pop_back();
    if (!b_.Terminated()) b_.Jump(done);
  };
  if (cases.empty()) {  // only a default
    body(default_clause);
    b_.SetBlock(done);
    return;
  }
  Value* sel = b_.Select(chans, values, default_clause != nullptr);
  Value* index = b_.Extract(sel, 0);
  for (size_t i = 0; i < cases.size(); ++i) {
    const Case& c = cases[i];
    Block* then = fn_->NewBlock("select.case");
    Block* next = fn_->NewBlock("select.next");
    b_.If(Compare(lex::TokenKind::Equal, index, b_.ConstInt(pb_.Int(), static_cast<int64_t>(i))), then, next);
    b_.SetBlock(then);
    b_.SetPos(c.clause->pos);
    if (c.assign != nullptr) {
      Value* got[2] = {b_.Extract(sel, c.recv_slot), b_.Extract(sel, 1)};
      for (size_t k = 0; k < c.assign->lhs.size() && k < 2; ++k) {
        const ast::Expr* lhs = c.assign->lhs[k];
        const auto* id = lhs->As<ast::Ident>();
        if (id != nullptr && id->name == "_") continue;
        if (c.assign->op == lex::TokenKind::Define) {
          const types::Object* obj = pb_.ObjectOf(id);
          DeclareLocal(obj, Coerce(got[k], obj->type), id->pos);
        } else {
          LValue lv = LValueOf(lhs);
          Store(lv, Coerce(got[k], lv.type));
        }
      }
    }
    body(c.clause);
    b_.SetBlock(next);
  }
  if (default_clause != nullptr) body(default_clause);
  else b_.Unreachable();
  b_.SetBlock(done);
}

}  // namespace gocc::ir

// Expressions and statements back to Go source, for error messages (gc's short form: function
// bodies and composite literal contents are elided as {…}).
#include "ast/ast.h"

namespace gocc::ast {

namespace {

// methods: interface elements, whose named ones print as `name(params) results`.
void PrintFields(std::string& out, List<Field> fields, std::string_view sep, bool methods = false);

const PrintHook* print_hook = nullptr;  // ExprString's, while it runs

void Print(std::string& out, const Expr* x) {
  if (x == nullptr) return;
  if (print_hook != nullptr && (*print_hook)(out, x)) return;
  switch (x->kind) {
    case NodeKind::BadExpr: out += "BadExpr"; return;
    case NodeKind::Ident: out += static_cast<const Ident*>(x)->name; return;
    case NodeKind::BasicLit: out += static_cast<const BasicLit*>(x)->value; return;
    case NodeKind::CompositeLit: {
      auto* c = static_cast<const CompositeLit*>(x);
      Print(out, c->type);
      out += c->elts.empty() ? "{}" : "{…}";
      return;
    }
    case NodeKind::KeyValueExpr: {
      auto* kv = static_cast<const KeyValueExpr*>(x);
      Print(out, kv->key);
      out += ": ";
      Print(out, kv->value);
      return;
    }
    case NodeKind::FuncLit:
      Print(out, static_cast<const FuncLit*>(x)->type);
      out += " {…}";
      return;
    case NodeKind::ParenExpr:
      out += "(";
      Print(out, static_cast<const ParenExpr*>(x)->x);
      out += ")";
      return;
    case NodeKind::SelectorExpr: {
      auto* s = static_cast<const SelectorExpr*>(x);
      Print(out, s->x);
      out += ".";
      Print(out, s->sel);
      return;
    }
    case NodeKind::IndexExpr: {
      auto* ix = static_cast<const IndexExpr*>(x);
      Print(out, ix->x);
      out += "[";
      out += ExprListString(ix->indices);
      out += "]";
      return;
    }
    case NodeKind::SliceExpr: {
      auto* s = static_cast<const SliceExpr*>(x);
      Print(out, s->x);
      out += "[";
      Print(out, s->low);
      out += ":";
      Print(out, s->high);
      if (s->slice3) {
        out += ":";
        Print(out, s->max);
      }
      out += "]";
      return;
    }
    case NodeKind::TypeAssertExpr: {
      auto* t = static_cast<const TypeAssertExpr*>(x);
      Print(out, t->x);
      out += ".(";
      if (t->type == nullptr) {
        out += "type";
      } else {
        Print(out, t->type);
      }
      out += ")";
      return;
    }
    case NodeKind::CallExpr: {
      auto* c = static_cast<const CallExpr*>(x);
      Print(out, c->fun);
      out += "(";
      out += ExprListString(c->args);
      if (c->has_dots) out += "...";
      out += ")";
      return;
    }
    case NodeKind::StarExpr:
      out += "*";
      Print(out, static_cast<const StarExpr*>(x)->x);
      return;
    case NodeKind::UnaryExpr: {
      auto* u = static_cast<const UnaryExpr*>(x);
      out += lex::SpellingOf(u->op);
      Print(out, u->x);
      return;
    }
    case NodeKind::BinaryExpr: {
      auto* b = static_cast<const BinaryExpr*>(x);
      Print(out, b->x);
      out += " ";
      out += lex::SpellingOf(b->op);
      out += " ";
      Print(out, b->y);
      return;
    }
    case NodeKind::ArrayType: {
      auto* a = static_cast<const ArrayType*>(x);
      out += "[";
      Print(out, a->len);
      out += "]";
      Print(out, a->elem);
      return;
    }
    case NodeKind::StructType:
      out += "struct{";
      PrintFields(out, static_cast<const StructType*>(x)->fields, "; ");
      out += "}";
      return;
    case NodeKind::FuncType: {
      auto* f = static_cast<const FuncType*>(x);
      out += "func(";
      PrintFields(out, f->params, ", ");
      out += ")";
      if (f->results.size() == 1 && f->results[0]->names.empty()) {
        out += " ";
        Print(out, f->results[0]->type);
      } else if (!f->results.empty()) {
        out += " (";
        PrintFields(out, f->results, ", ");
        out += ")";
      }
      return;
    }
    case NodeKind::InterfaceType:
      out += "interface{";
      PrintFields(out, static_cast<const InterfaceType*>(x)->elems, "; ", /*methods=*/true);
      out += "}";
      return;
    case NodeKind::MapType: {
      auto* m = static_cast<const MapType*>(x);
      out += "map[";
      Print(out, m->key);
      out += "]";
      Print(out, m->value);
      return;
    }
    case NodeKind::ChanType: {
      auto* c = static_cast<const ChanType*>(x);
      out += c->dir == ChanDir::Recv ? "<-chan " : c->dir == ChanDir::Send ? "chan<- " : "chan ";
      Print(out, c->elem);
      return;
    }
    case NodeKind::Ellipsis:
      out += "...";
      Print(out, static_cast<const Ellipsis*>(x)->elem);
      return;
    default:
      out += "?";
      return;
  }
}

void PrintFields(std::string& out, List<Field> fields, std::string_view sep, bool methods) {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += sep;
    const Field* f = fields[i];
    for (size_t j = 0; j < f->names.size(); ++j) {
      if (j > 0) out += ", ";
      out += f->names[j]->name;
    }
    if (!f->names.empty()) out += " ";
    if (methods && f->type != nullptr && f->type->kind == NodeKind::FuncType && !f->names.empty()) {
      // interface method: name(params) results
      std::string sig;
      Print(sig, f->type);
      out.pop_back();
      out += sig.substr(4);
    } else {
      Print(out, f->type);
    }
  }
}

}  // namespace

auto ExprString(const Expr* x) -> std::string {
  const PrintHook* saved = print_hook;
  print_hook = nullptr;
  std::string out;
  Print(out, x);
  print_hook = saved;
  return out;
}

auto ExprString(const Expr* x, const PrintHook& hook) -> std::string {
  const PrintHook* saved = print_hook;
  print_hook = &hook;
  std::string out;
  Print(out, x);
  print_hook = saved;
  return out;
}

auto ExprListString(List<Expr> list) -> std::string {
  std::string out;
  for (size_t i = 0; i < list.size(); ++i) {
    if (i > 0) out += ", ";
    Print(out, list[i]);
  }
  return out;
}

auto StmtString(const Stmt* s) -> std::string {
  switch (s->kind) {
    case NodeKind::ExprStmt: return ExprString(static_cast<const ExprStmt*>(s)->x);
    case NodeKind::AssignStmt: {
      auto* a = static_cast<const AssignStmt*>(s);
      return ExprListString(a->lhs) + " " + std::string(lex::SpellingOf(a->op)) + " " +
             ExprListString(a->rhs);
    }
    case NodeKind::IncDecStmt: {
      auto* i = static_cast<const IncDecStmt*>(s);
      return ExprString(i->x) + std::string(lex::SpellingOf(i->op));
    }
    case NodeKind::SendStmt: {
      auto* send = static_cast<const SendStmt*>(s);
      return ExprString(send->chan) + " <- " + ExprString(send->value);
    }
    case NodeKind::RangeStmt: {
      auto* r = static_cast<const RangeStmt*>(s);
      std::string out;
      if (r->key != nullptr) {
        out += ExprString(r->key);
        if (r->value != nullptr) out += ", " + ExprString(r->value);
        out += " " + std::string(lex::SpellingOf(r->tok)) + " ";
      }
      return out + "range " + ExprString(r->x);
    }
    default: return std::string(NameOf(s->kind));
  }
}

auto StartPos(const Expr* x) -> Pos {
  while (true) {
    switch (x->kind) {
      case NodeKind::CompositeLit: {
        auto* c = static_cast<const CompositeLit*>(x);
        if (c->type == nullptr) return x->pos;
        x = c->type;
        break;
      }
      case NodeKind::KeyValueExpr: x = static_cast<const KeyValueExpr*>(x)->key; break;
      case NodeKind::SelectorExpr: x = static_cast<const SelectorExpr*>(x)->x; break;
      case NodeKind::IndexExpr: x = static_cast<const IndexExpr*>(x)->x; break;
      case NodeKind::SliceExpr: x = static_cast<const SliceExpr*>(x)->x; break;
      case NodeKind::TypeAssertExpr: x = static_cast<const TypeAssertExpr*>(x)->x; break;
      case NodeKind::CallExpr: x = static_cast<const CallExpr*>(x)->fun; break;
      case NodeKind::BinaryExpr: x = static_cast<const BinaryExpr*>(x)->x; break;
      default: return x->pos;
    }
  }
}

}  // namespace gocc::ast
